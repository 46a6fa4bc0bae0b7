"""Lexicon entries written as lemmas (`=atacar`): every form simplemma knows, without accents
where that spelling is no other word, the pack's regular endings, and a compact regex."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.claims.lexicon import compile_words, trie_regex
from newsweave.lang import LanguagePackError
from newsweave.lang.lemmas import forms, strip_accents, unaccented
from newsweave.lang.spelling import Spelling


def test_a_verb_has_its_conjugations() -> None:
    f = forms("es", ["atacar"])["atacar"]
    assert {"atacar", "atacó", "atacaron", "atacará", "atacaría", "atacando"} <= set(f)


def test_accents_dropped_by_machine_translation_still_match() -> None:
    f = forms("es", ["atacar"])["atacar"]
    assert "ataco" in f and "atacara" in f


def test_no_unaccented_spelling_that_is_another_word() -> None:
    # "sancionés" without its accent is the noun "sanciones"
    assert "sanciones" not in forms("es", ["sancionar"])["sancionar"]
    # a short word's accent tells it apart from a function word (dé / de)
    assert unaccented("dé") == "dé"
    assert strip_accents("atacó") == "ataco" and strip_accents("España") == "España"


def test_regular_endings_the_dictionary_files_elsewhere() -> None:
    # simplemma gives "enviado" (the envoy) its own lemma
    f = forms("es", ["enviar"], {"ar": ["ado", "ada"]})["enviar"]
    assert "enviado" in f and "enviada" in f
    assert "enviado" not in forms("es", ["enviar"])["enviar"]


def test_portuguese_forms() -> None:
    f = forms("pt", ["assinar"])["assinar"]
    assert {"assinou", "assinaram", "assinado", "assinará"} <= set(f)


def test_a_pack_without_a_lemmatiser_refuses_lemma_entries() -> None:
    with pytest.raises(LanguagePackError, match="lemmatizer"):
        forms("en", ["attack"])


def test_lemma_entries_compile_to_every_form() -> None:
    pat = compile_words(["=atacar"], Spelling(forms=forms("es", ["atacar"])))
    assert pat is not None
    text = "Rusia atacó Kiev; las tropas atacaron y seguirán atacando; el atacante huyó."
    assert [m.group(0) for m in pat.finditer(text)] == ["atacó", "atacaron", "atacando"]


@settings(max_examples=80, deadline=None)
@given(st.sets(st.text(alphabet="abcó", min_size=1, max_size=6), min_size=1, max_size=12),
       st.text(alphabet="abcó", min_size=1, max_size=6))
def test_the_prefix_tree_matches_exactly_its_words(words: set[str], probe: str) -> None:
    pat = re.compile(f"(?:{trie_regex(words)})")
    assert all(pat.fullmatch(w) for w in words)
    assert bool(pat.fullmatch(probe)) == (probe in words)

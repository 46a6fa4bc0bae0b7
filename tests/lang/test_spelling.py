"""One Spelling per language, built from its pack, is what the lexicon's patterns take."""

from __future__ import annotations

from dataclasses import replace

from newsweave.claims.lexicon import compile_words
from newsweave.lang import get_pack
from newsweave.lang.spelling import PLAIN, Spelling


def test_each_pack_declares_its_writing() -> None:
    ar, hi, zh, de, en = (get_pack(c).spelling() for c in ("ar", "hi", "zh", "de", "en"))
    assert ar.prefixes and ar.ignored  # clitics (و, ف) and harakat
    assert hi.marks  # Devanagari vowel signs are letters inside words
    assert zh.han and not zh.spaced
    assert de.joins  # "und" may follow a separable particle
    assert en.spaced and not en.prefixes and not en.ignored and not en.han


def test_the_spelling_is_built_once() -> None:
    assert get_pack("ar").spelling() is get_pack("ar").spelling()


def test_a_clitic_and_a_vowel_mark_are_matched_in_place() -> None:
    ar = Spelling(prefixes=("و",), ignored="\u064e\u064f\u0650")
    pat = compile_words(["قتل"], ar)
    assert pat is not None
    text = "وقُتل ثلاثة"  # "and were killed": a clitic and a damma inside the word
    m = pat.search(text)
    assert m is not None and m.group(0) == "وقُتل"
    assert compile_words(["قتل"], PLAIN).search(text) is None


def test_a_separable_particle_may_be_followed_by_a_joining_word() -> None:
    de = Spelling(joins=("und",))
    text = "Russland griff am Montag Kiew an und beschoss Charkiw."
    assert compile_words(["griff* … an"], de).search(text)
    assert not compile_words(["griff* … an"], replace(de, joins=())).search(text)

"""What the packaged knowledge base caches beside itself is what would be computed afresh: its
derived tables, the romanisations of its names, the sound keys of a country's towns."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsweave.kb import KnowledgeBase, load_knowledge_base, translit
from newsweave.kb.geosound import _sound_keys, sound_keys


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


def test_derived_tables_come_built_and_equal_a_fresh_build(kb: KnowledgeBase) -> None:
    for name in KnowledgeBase.DERIVED:
        assert name in kb.__dict__, f"{name} not cached with the knowledge base"
    fresh = KnowledgeBase()
    fresh.entities, fresh.index, fresh.geo = kb.entities, kb.index, kb.geo
    assert fresh.given_names == kb.given_names
    assert fresh.surname_tables == kb.surname_tables
    assert fresh._phonetic_keys == kb._phonetic_keys


def test_adding_an_entity_drops_the_derived_tables(kb: KnowledgeBase) -> None:
    small = KnowledgeBase(list(kb.entities.values())[:50]).with_derived()
    assert all(name in small.__dict__ for name in KnowledgeBase.DERIVED)
    small.add(kb.entities["russia"])
    assert not any(name in small.__dict__ for name in KnowledgeBase.DERIVED)


def test_remembered_romanisations_are_what_to_latin_computes(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    names = sorted(kb.latin_names)
    assert any("ア" <= c <= "ン" for n in names for c in n)  # kana among them
    sample = random.Random(7).sample(names, 300)
    monkeypatch.setattr(translit, "_KNOWN", {})
    translit.to_latin.cache_clear()
    try:
        assert {n: translit.to_latin(n) for n in sample} == {n: kb.latin_names[n] for n in sample}
    finally:
        translit.to_latin.cache_clear()


@pytest.mark.parametrize("country", ["azerbaijan", "germany"])
def test_sound_keys_read_from_the_cache_equal_a_fresh_build(
        kb: KnowledgeBase, country: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWEAVE_CACHE", str(tmp_path / "cache"))
    fresh = _sound_keys(kb.geo, country)
    assert fresh
    kb.geo.__dict__.pop("_sounds", None)
    assert sound_keys(kb.geo, country) == fresh  # built and written
    assert list((tmp_path / "cache" / "newsweave" / "geosound").glob(f"*-{country}.pickle"))
    kb.geo.__dict__.pop("_sounds", None)
    assert sound_keys(kb.geo, country) == fresh  # read back


def test_word_frequencies_come_from_the_cache_without_importing_wordfreq(
        tmp_path: Path) -> None:
    """wordfreq's import costs a third of a second: once its lists are cached, a process that
    asks how common a word is (or a place name) must not import it."""
    import os
    import subprocess
    import sys

    from wordfreq import zipf_frequency

    env = {**os.environ, "NEWSWEAVE_CACHE": str(tmp_path)}
    ask = ("import sys; from newsweave.kb.commonness import zipf; "
           "print(zipf('house', 'en'), zipf('maison', 'fr'), 'wordfreq' in sys.modules)")
    first = subprocess.run([sys.executable, "-c", ask], env=env, capture_output=True,
                           text=True, check=True).stdout.split()
    again = subprocess.run([sys.executable, "-c", ask], env=env, capture_output=True,
                           text=True, check=True).stdout.split()
    assert float(first[0]) == pytest.approx(zipf_frequency("house", "en", wordlist="small"),
                                            abs=0.01)
    assert again[:2] == first[:2]  # the same answers from the cache
    assert again[2] == "False"


def test_place_names_know_their_frequency_languages_from_the_table(kb: KnowledgeBase) -> None:
    from newsweave.kb.commonness import zipf
    from newsweave.kb.geo import key_of, zipf_langs

    assert kb.geo.zipf_languages == zipf_langs()
    # Nice, Reading: towns named like common English words, as common as the words are
    for town in ("Nice", "Reading"):
        assert kb.geo.common_in(key_of(town), "en") == pytest.approx(zipf(town, "en"), abs=0.01)
        assert kb.geo.common_in(key_of(town), "en") >= 3

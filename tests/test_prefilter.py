"""The prefilter never skips a pattern that would have matched."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.prefilter import TextPieces, starts

PATTERNS = [
    r"attack(?:s|ed)?", r"\bstrike[sd]?\b", r"(?:ceasefire|cease-fire|truce)",
    r"(?<=\s)visit(?:ed|s)?", r"[Ss]igned ~ decree", r"x?y?zeta", r"(?:ab)+cd", r"a{2,}b",
    r"(?i)İstanbul", r"kılıç", r"ſtraße", r"\u212aelvin", r"[àá]ccord", r"déclaré",
    r"停戦(?:合意)?", r"공격", r"(?:\d+)\s*killed", r".ttack", r"\w+ed\b", r"(?=a)abc|xyz",
    r"[A-Z]{3}", r"(?>foo|bar)baz", r"q(?:u|w)?ick", r"",
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("source", PATTERNS)
@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_never_skips_a_match(source: str, flags: int, data: st.DataObject) -> None:
    pattern = re.compile(source, flags)
    alphabet = st.sampled_from(list("attackvisedcfruzbyxq İıiIſsSKk\u212aàáÀçÇ停戦合意공격0123 -~"))
    text = data.draw(st.text(alphabet, max_size=40))
    if pattern.search(text):
        assert TextPieces(text).may_match(pattern), (source, text)


def test_unbounded_patterns_always_run() -> None:
    for source in (r".ttack", r"\w+ed\b", r"", r"(?:\d+)\s*killed"):
        assert starts(re.compile(source)) is None


def test_a_text_without_the_words_is_skipped() -> None:
    pattern = re.compile(r"(?:ceasefire|truce)s?", re.IGNORECASE)
    assert not TextPieces("Troops crossed the border on Monday.").may_match(pattern)
    assert TextPieces("A TRUCE was agreed.").may_match(pattern)


def test_case_pairs_that_re_knows() -> None:
    """`re` lets dotless ı match I, long ſ match S, the Kelvin sign match K under IGNORECASE."""
    for source, text in (("istanbul", "ıstanbul"), ("strasse", "ſtrasse"),
                         ("kelvin", "\u212aelvin"), ("ıdea", "IDEA")):
        pattern = re.compile(source, re.IGNORECASE)
        if pattern.search(text):
            assert TextPieces(text).may_match(pattern), (source, text)


@settings(max_examples=40, deadline=None)
@given(lang=st.sampled_from(["en", "fr", "de", "ru", "tr", "ar", "hi", "ja", "zh", "ko", "vi"]),
       data=st.data())
def test_real_trigger_patterns(lang: str, data: st.DataObject) -> None:
    """Texts made of pieces of a pack's own trigger words, joined and cut at random: whenever
    `re` finds a trigger, the prefilter lets it run."""
    from newsweave.claims.lexicon import lexicon

    lex = lexicon(lang)
    words = [w for t in lex.triggers[:40] for w in re.findall(r"\w{2,}", t.pattern.pattern)]
    pieces = data.draw(st.lists(st.sampled_from(words), min_size=1, max_size=6))
    text = data.draw(st.sampled_from([" ", "", "-", " the "])).join(pieces)
    if data.draw(st.booleans()):
        text = text.upper()
    for trig in lex.triggers:
        if trig.pattern.search(text):
            assert TextPieces(text).may_match(trig.pattern), (lang, trig.type, text)

"""Unicode normalisation keeps an exact map back to the original text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsweave.clean.normalize import normalize


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("２０２３年９月２０日", "2023年9月20日"),  # full-width digits
        ("ＫＣＮＡ報道", "KCNA報道"),  # full-width letters
        ("ｶﾞｲﾄﾞﾗｲﾝ", "ガイドライン"),  # half-width katakana, voiced marks composed
        ("Kim\u200bJong\u200bUn", "KimJongUn"),  # zero-width spaces dropped
        ("a\u00adb\ufeffc", "abc"),  # soft hyphen, BOM dropped
        ("one\r\ntwo\rthree\u2028four", "one\ntwo\nthree\nfour"),  # line endings
        ("tab\there", "tab here"),
        ("bell\x07 gone\x00", "bell gone"),  # control characters dropped
        ("READ\u00a0 news", "READ  news"),  # no-break space → space
        ("北朝鮮？ロシア！", "北朝鮮?ロシア!"),
        ("e\u0301te\u0301", "été"),  # combining marks composed
        ("ⓒ 연합", "© 연합"),  # circled c is the copyright sign, not the letter c
    ],
)
def test_normalize_table(original: str, expected: str) -> None:
    text, orig = normalize(original)
    assert text == expected
    assert len(orig) == len(text) + 1
    assert orig[-1] == len(original)


def test_expansion_maps_every_output_char_to_its_source() -> None:
    text, orig = normalize("a…b")  # "…" → "..."
    assert text == "a...b"
    assert list(orig) == [0, 1, 1, 1, 2, 3]


def test_crlf_newline_maps_to_the_original_newline() -> None:
    original = "ab\r\ncd"
    text, orig = normalize(original)
    assert text == "ab\ncd"
    assert original[orig[2]] == "\n"
    assert [original[orig[i]] for i in (0, 1, 3, 4)] == ["a", "b", "c", "d"]


# Characters that NFKC leaves alone, plus characters that are dropped or rewritten as line breaks.
_STABLE = st.characters(
    codec="utf-8",
    categories=("Lu", "Ll", "Lo", "Nd", "Po", "Zs", "Sm"),
).filter(lambda c: unicodedata.normalize("NFKC", c) == c and c != "\u3000")
_SPECIAL = st.sampled_from(["\u200b", "\ufeff", "\x07", "\r\n", "\r", "\n", "\u2028", "\u00ad"])
_TEXT = st.lists(st.one_of(_STABLE, _SPECIAL), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_unchanged_characters_map_to_themselves(original: str) -> None:
    text, orig = normalize(original)
    assert len(orig) == len(text) + 1
    assert all(orig[i] <= orig[i + 1] for i in range(len(orig) - 1))  # monotonic
    for i, c in enumerate(text):
        if c == "\n":
            assert original[orig[i]] in "\r\n\u2028"
        else:
            assert original[orig[i]] == c


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
@example("\x1f\U0001e2ae")  # a control character followed by a combining mark
@example("\u200b\u0301e\u0301\t\u0300")
def test_any_text_maps_back_to_the_characters_that_produced_it(original: str) -> None:
    text, orig = normalize(original)
    assert len(orig) == len(text) + 1 and orig[-1] == len(original)
    assert all(orig[i] <= orig[i + 1] for i in range(len(orig) - 1))  # monotonic
    for i, c in enumerate(text):
        s = orig[i]
        e = next((o for o in orig[i + 1 :] if o > s), len(original))
        # the source characters of cleaned char i, normalised alone, give that char back
        assert c in normalize(original[s:e])[0]

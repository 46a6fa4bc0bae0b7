"""Unicode normalisation keeps an exact map back to the original text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsweave.clean.normalize import normalize, normalize_map


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


# Characters that NFKC leaves alone (and that are no decimal digit of another script, nor the
# Arabic thousands and decimal marks ٬ ٫: those are read as ASCII by design), plus characters that
# are dropped or rewritten as line breaks.
_STABLE = st.characters(
    codec="utf-8",
    categories=("Lu", "Ll", "Lo", "Nd", "Po", "Zs", "Sm"),
).filter(lambda c: unicodedata.normalize("NFKC", c) == c and c != "\u3000"
         and not (c.isdecimal() and not c.isascii()) and c not in "\u066b\u066c")
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


def _boundaries(orig) -> list[int]:
    """Cleaned indices where a source cluster starts (a span may begin or end there)."""
    n = len(orig) - 1
    return [i for i in range(n + 1) if i in (0, n) or orig[i] != orig[i - 1]]


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60), st.data())
@example("e\u0301", None)  # a final combining mark: the span keeps it
@example("ｶﾞ ﾊﾟ", None)  # half-width kana composed with their voiced marks
@example("a\u0308\u0304 x\u200be\u0301\r\n", None)
def test_any_span_shows_exactly_the_characters_it_was_read_from(original: str, data) -> None:
    """For any cleaned span that starts and ends between source clusters, the original text
    at its offsets normalises back to exactly that span: the analyst is shown the very
    characters that were read, combining marks and voiced marks included."""
    text, offsets = normalize_map(original)
    cuts = _boundaries(offsets.orig)
    pairs = [(0, len(text))]
    if data is not None and len(cuts) > 1:
        i = data.draw(st.sampled_from(cuts[:-1]))
        j = data.draw(st.sampled_from([c for c in cuts if c > i]))
        pairs.append((i, j))
    for i, j in pairs:
        s, e = offsets.to_original(i, j)
        assert normalize(original[s:e])[0] == text[i:j], (i, j, original[s:e])


@pytest.mark.parametrize(("original", "kept"), [
    ("café\u0301", "café\u0301"), ("ｶﾞ", "ｶﾞ"), ("Ａﾊﾟ", "Ａﾊﾟ")])
def test_a_span_ending_in_a_composed_character_keeps_its_marks(original: str, kept: str) -> None:
    text, offsets = normalize_map(original)
    s, e = offsets.to_original(0, len(text))
    assert original[s:e] == kept


@settings(max_examples=200, deadline=None)
@given(st.lists(st.characters(categories=("Nd",)), min_size=1, max_size=20).map("".join))
def test_digits_of_every_script_read_as_ascii_at_their_own_offsets(original: str) -> None:
    text, orig = normalize(original)
    for i, c in enumerate(text):
        source = original[orig[i]]
        if source.isdecimal():
            assert c == str(unicodedata.decimal(source))  # ௦ (Tamil zero) -> 0, ३ -> 3

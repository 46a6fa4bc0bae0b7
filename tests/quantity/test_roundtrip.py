"""Property tests: any integer written with a language's grouping parses back to itself."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.lang import available, get_pack
from newsweave.quantity import parse_quantities

UNIT_WORD = {"en": "troops", "ja": "人", "zh": "人", "ko": "명", "id": "tentara",
             "ru": "солдат", "vi": "binh sĩ", "ar": "جنديا", "tr": "asker", "de": "Soldaten",
             "fr": "soldats", "es": "soldados", "pt": "soldados", "hi": "सैनिक", "uk": "солдатів"}


def grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(max_examples=80, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**12), lang=st.sampled_from(available()))
def test_any_integer_parses_back(n: int, lang: str) -> None:
    data = get_pack(lang).data("numbers")
    seps = [str(s) for s in data.get("group") or ()] + ["\u00a0"]
    sp = " " if lang not in ("ja", "zh") else ""
    for sep in seps:
        text = f"Ada {grouped(n, sep)}{sp}{UNIT_WORD[lang]} ."
        found = parse_quantities(text, lang)
        assert [q.value for q in found] == [n], (lang, repr(sep), text, found)


@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=1, max_value=9999), lang=st.sampled_from(["ja", "zh", "ko"]))
def test_ten_thousands_with_scale_word(n: int, lang: str) -> None:
    man = {"ja": "万", "zh": "万", "ko": "만"}[lang]
    text = f"{n}{man}{UNIT_WORD[lang]}"
    (q,) = parse_quantities(text, lang)
    assert q.value == n * 10000


@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=2, max_value=99999999))  # "一人" alone is a word
def test_kanji_numerals(n: int) -> None:
    digits = "〇一二三四五六七八九"

    def kanji(k: int) -> str:
        out = ""
        for unit, name in ((10000, "万"),):
            if k >= unit:
                out += kanji(k // unit) + name
                k %= unit
        for unit, name in ((1000, "千"), (100, "百"), (10, "十")):
            if k >= unit:
                q = k // unit
                out += ("" if q == 1 else digits[q]) + name
                k %= unit
        if k:
            out += digits[k]
        return out

    (q,) = parse_quantities(f"{kanji(n)}人", "ja")
    assert q.value == n

"""The one script table: what script_of says of each kind of character."""

from __future__ import annotations

import pytest

from newsweave.lang.scripts import (
    dominant,
    letter_counts,
    letters_of,
    script_name,
    script_of,
    scripts,
    unspaced_names,
)


@pytest.mark.parametrize(("ch", "name"), [
    ("a", "latin"), ("Đ", "latin"), ("ư", "latin"), ("Я", "cyrillic"), ("ї", "cyrillic"),
    ("ア", "kana"), ("ー", "kana"), ("・", "kana"), ("ｱ", "kana"), ("あ", "kana"),
    ("한", "hangul"), ("ㄱ", "hangul"), ("漢", "han"), ("々", "han"), ("𠀋", "han"),
    ("ب", "arabic"), ("क", "devanagari"), ("ก", "thai"), ("ᚠ", "runic"), ("α", "greek"),
    ("7", "digit"), ("٣", "digit"), ("७", "digit"), (" ", "other"), ("—", "other"),
    ("ꓐ", "lisu"),  # a letter outside the table is named after its Unicode name
])
def test_script_of(ch: str, name: str) -> None:
    assert script_of(ch) == name


def test_codes_and_names() -> None:
    assert script_name("Hira") == script_name("Kana") == "kana"
    assert script_name("Xxxx") is None
    assert unspaced_names() == {"kana", "han", "hangul"}
    assert all(a <= b for s in scripts().values() for a, b in s.ranges)


def test_letter_counts_and_patterns() -> None:
    text = "Путин встретился с Kim Jong Un, 2024 — 金正恩・プーチン"
    counts = letter_counts(text)
    assert counts["cyrillic"] == 16 and counts["latin"] == 9
    assert counts["han"] == 3 and counts["kana"] == 4  # the separator ・ is no letter
    assert dominant(counts) == "cyrillic" and dominant({}) is None
    assert len(letters_of("kana").findall(text)) == 4
    assert letters_of("nothing").findall(text) == []

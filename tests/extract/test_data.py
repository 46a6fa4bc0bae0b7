"""The data extraction reads: every pack's page-furniture words and months, and encodings."""

from __future__ import annotations

import pytest

from newsweave.extract._data import (
    compile_pack,
    date_labels,
    load,
    month_numbers,
    weekday_names,
    words,
)
from newsweave.lang import available, get_pack, known_languages

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


@pytest.mark.parametrize("code", [p.code for p in known_languages()])
def test_a_month_table_names_all_twelve_months(code: str) -> None:
    table = get_pack(code).data("dates").get("months") or {}
    if table:
        assert list(table) == MONTHS, code
        assert all(isinstance(s, str) and s for names in table.values() for s in names), code


def test_date_lines_read_the_months_of_packs_and_rows() -> None:
    numbers = month_numbers()
    for spelling, month in (("september", 9), ("sept", 9), ("сентября", 9), ("9월", 9),
                            ("九月", 9), ("tháng chín", 9), ("septembre", 9), ("März", 3)):
        assert numbers[spelling.lower()] == month, spelling
    assert "Montag" in weekday_names() and "Mon" in weekday_names()
    assert "月" not in weekday_names()  # one-character abbreviations only count in brackets


def test_word_lists_are_strings() -> None:
    lists = [*date_labels().values(), words("date_words"), words("date_tails"),
             words("reporter_suffixes"), words("origin_labels"), words("copyright_stops")]
    for ws in lists:
        assert ws and all(isinstance(w, str) and w.strip() for w in ws)
        assert len(ws) == len(set(ws))


@pytest.mark.parametrize("code", available())
def test_every_pack_compiles(code: str) -> None:
    compile_pack(code)


def test_magic_numbers() -> None:
    enc = load("encodings")
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in enc["magic"].items())
    assert all(isinstance(name, str) for name in enc["prefer"])

"""The extraction data files are well formed (every value a string, every month present)."""

from __future__ import annotations

import re

from newsweave.extract._data import load

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
REQUIRED_LANGUAGES = {"en", "id", "ru", "vi", "ko", "ja", "zh", "de", "fr", "es"}


def test_months() -> None:
    months = load("dates")["months"]
    assert set(months) >= REQUIRED_LANGUAGES
    for lang, table in months.items():
        assert list(table) == MONTHS, lang
        assert all(isinstance(s, str) and s for names in table.values() for s in names), lang


def test_word_lists_are_strings_without_duplicates() -> None:
    data = load("dates")
    lists = [*data["labels"].values(), data["fillers"], data["tails"], data["reporter_suffixes"],
             load("attribution")["origin_labels"]]
    for words in lists:
        assert all(isinstance(w, str) and w.strip() for w in words)
        assert len(words) == len(set(words))


def test_patterns_compile() -> None:
    data = load("attribution")
    for pattern in data["copyright_markers"]:
        assert not re.compile(pattern).match("")  # an empty marker would match everywhere
    assert all(isinstance(w, str) and w for w in data["copyright_stops"])


def test_magic_numbers() -> None:
    enc = load("encodings")
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in enc["magic"].items())
    assert all(isinstance(name, str) for name in enc["prefer"])

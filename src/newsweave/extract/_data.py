"""The data extraction reads: the words of page furniture gathered from every language pack
(extraction runs before the language is known, so all of them apply), and the encodings table
(extract/data/encodings.yaml). Loaded once per process."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from newsweave.cache import load_yaml
from newsweave.lang import get_pack, known_languages, pooled

DATA_DIR = Path(__file__).resolve().parent / "data"


@cache
def load(name: str) -> Any:
    return load_yaml(DATA_DIR / f"{name}.yaml")


@cache
def words(key: str) -> tuple[str, ...]:
    """Every pack's `extract.yaml: key` (a list of words or patterns), without repeats."""
    return tuple(str(w) for w in pooled("extract", key))


@cache
def date_labels() -> dict[str, list[str]]:
    """Date-line labels by kind ("published", "updated") from every pack."""
    out: dict[str, list[str]] = {}
    for p in known_languages():
        for kind, labels in (p.data("extract").get("date_labels") or {}).items():
            bucket = out.setdefault(kind, [])
            bucket += [str(w) for w in labels or () if w not in bucket]
    return out


@cache
def month_numbers() -> dict[str, int]:
    """Every spelling of a month in every pack's `dates.yaml: months` -> its number (1-12),
    casefolded, without a final dot (a date line may write it or not)."""
    numbers = get_pack(None).data("dates")["month_numbers"]
    out: dict[str, int] = {}
    for p in known_languages():
        for concept, spellings in (p.data("dates").get("months") or {}).items():
            for s in spellings or ():
                out.setdefault(_norm(str(s)).rstrip("."), int(numbers[concept]))
    return out


@cache
def weekday_names() -> tuple[str, ...]:
    """Every weekday name of every pack (abbreviations of one character only count in
    brackets after a date, so they are left out)."""
    out: list[str] = []
    for p in known_languages():
        d = p.data("dates")
        for table in (d.get("weekdays") or {}, d.get("weekdays_short") or {}):
            out += [str(w) for names in table.values() for w in names or () if len(str(w)) > 1]
    return tuple(dict.fromkeys(out))


@cache
def eras() -> dict[str, int]:
    """Regnal era names of every pack -> the Gregorian year before the era's first year."""
    out: dict[str, int] = {}
    for p in known_languages():
        d = p.data("dates")
        offsets = d.get("era_offsets") or {}
        for concept, names in (d.get("eras") or {}).items():
            for name in names or ():
                out.setdefault(str(name), int(offsets[concept]))
    return out


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


def compile_pack(code: str) -> None:
    """Raise if the pack's extraction words do not compile (the validator's stage check)."""
    d = get_pack(code).data("extract")
    for marker in d.get("copyright_markers") or ():
        if re.compile(marker).match(""):
            raise ValueError(f"copyright marker {marker!r} matches the empty string")
    unknown = set(d.get("date_labels") or {}) - {"published", "updated"}
    if unknown:
        raise ValueError(f"date_labels: unknown kind(s) {sorted(unknown)}")
    numbers = get_pack(None).data("dates")["month_numbers"]
    for concept in get_pack(code).data("dates").get("months") or {}:
        if concept not in numbers:
            raise ValueError(f"months: unknown month {concept!r}")

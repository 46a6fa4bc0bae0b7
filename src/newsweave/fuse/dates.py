"""Partial ISO dates ("2023", "2023-09", "2023-09-13") and how they agree."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from newsweave.model import Claim

_VALID = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def valid_date(value: str | None) -> bool:
    """A YYYY[-MM[-DD]] value: what fusion reads as a date."""
    return bool(_VALID.fullmatch(value or ""))


def sane(claim: Claim) -> Claim:
    """The claim as fusion reads it: a date that is not YYYY[-MM[-DD]] counts as no date."""
    if claim.date is not None and not valid_date(claim.date.value):
        return replace(claim, date=None)
    return claim


def precision(value: str) -> int:
    """1 = year, 2 = month, 3 = day."""
    return value.count("-") + 1


def as_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if precision(value) == 3 else None
    except ValueError:
        return None


def first_day(value: str | None) -> date | None:
    """The first day a YYYY[-MM[-DD]] value covers."""
    if not value:
        return None
    return as_date((value + "-01-01")[:10]) if len(value) < 10 else as_date(value)


def last_day(value: str | None) -> date | None:
    """The last day a YYYY[-MM[-DD]] value covers."""
    if not value or len(value) == 10:
        return as_date(value) if value else None
    start = first_day(value)
    if start is None:
        return None
    if len(value) == 4:
        return date(start.year, 12, 31)
    next_month = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date.fromordinal(next_month.toordinal() - 1)


def compatible(a: str, b: str) -> bool:
    """Agreement at the coarser precision: 2023-09 agrees with 2023-09-13."""
    return a.startswith(b) or b.startswith(a)


def day_gap(a: str, b: str) -> int | None:
    """Days between two day-precision dates, None when either is coarser."""
    da, db = as_date(a), as_date(b)
    if da is None or db is None:
        return None
    return abs((da - db).days)


def months_around(value: str, days: int) -> list[str]:
    """The months a window of ±days around a date touches (its own month for coarser dates)."""
    d = as_date(value)
    if d is None:
        return [value[:7]] if precision(value) >= 2 else []
    out = {value[:7]}
    for delta in (-days, days):
        ordinal = d.toordinal() + delta
        if ordinal > 0:
            out.add(date.fromordinal(ordinal).isoformat()[:7])
    return sorted(out)


def years_around(value: str, days: int) -> list[str]:
    return sorted({m[:4] for m in months_around(value, days)} | {value[:4]})


def months_between(first: date, last: date) -> list[str]:
    """Every month from first to last, as YYYY-MM."""
    out = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out

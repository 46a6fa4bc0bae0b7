"""Calendar arithmetic used to resolve expressions (no clock: every base is explicit)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def valid_day(year: int | None, month: int, day: int) -> bool:
    # without a year, February 29 is possible
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return 1 <= day <= last


def shift(base: date, unit: str, k: int) -> date:
    """`base` moved by k days/weeks/months/years (month ends clamp: 31 Mar - 1 month = 28 Feb)."""
    if unit == "day":
        return base + timedelta(days=k)
    if unit == "week":
        return base + timedelta(weeks=k)
    if unit == "month":
        y, m = add_months(base.year, base.month, k)
    elif unit == "year":
        y, m = base.year + k, base.month
    else:
        raise ValueError(unit)
    return date(y, m, min(base.day, calendar.monthrange(y, m)[1]))


def weekday_near(base: date, weekday: int, direction: int) -> date:
    """The `weekday` (0 = Monday) nearest `base`: direction 0 on or before, -1 strictly before,
    +1 strictly after, 2 on or after."""
    back = (base.weekday() - weekday) % 7
    if direction == 0:
        return base - timedelta(days=back)
    if direction == -1:
        return base - timedelta(days=back or 7)
    ahead = (weekday - base.weekday()) % 7
    if direction == 1:
        return base + timedelta(days=ahead or 7)
    return base + timedelta(days=ahead)


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"

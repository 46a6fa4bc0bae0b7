"""Dates and hosts from URLs.

A URL path often embeds its article's date: /2024/10/17/, /20241017/, /17102024/, 2024-10-17,
2024-1-7, or a long numeric id that holds a timestamp (yyMMddHHmmss, yyyyMMddHHmm). A date is
taken only when every reading of the URL agrees on one value; a digit run that could be read as
several dates gives None.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import unquote, urlsplit

MIN_YEAR, MAX_YEAR = 1995, 2099
URL_RE = re.compile(r"https?://[^\s<>\"'）)」』】\]]+", re.I)

_SLASHED = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?=/|$|[^\d])")
# 2024-10-17, and the unpadded slug ending of blog software (…-2024-1-15)
_DASHED = re.compile(r"(?<!\d)((?:19|20)\d{2})([-_.])(\d{1,2})\2(\d{1,2})(?!\d|\.\d)")
_DIGIT_RUN = re.compile(r"\d+")


def host(url: str) -> str | None:
    """The host of `url` in lower case, without "www." and port; None when it has none."""
    try:
        netloc = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not netloc:
        return None
    netloc = netloc.lower().rstrip(".")
    return netloc[4:] if netloc.startswith("www.") else netloc


def is_url(s: str) -> bool:
    return bool(re.fullmatch(r"https?://\S+", s.strip(), re.I)) and host(s) is not None


def _date(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _timestamps(run: str) -> set[dt.date]:
    """Dates of every yyMMddHHmmss / yyyyMMddHHmmss / yyyyMMddHHmm window of a long digit run."""
    found: set[dt.date] = set()
    for width, year_digits in ((12, 2), (14, 4), (12, 4)):
        for i in range(len(run) - width + 1):
            w = run[i:i + width]
            y = int(w[:year_digits])
            if year_digits == 2:
                y += 1900 if y >= 95 else 2000
            rest = w[year_digits:] + "00" * (width - year_digits == 8)  # no seconds: ":00"
            month, day, hour, minute, second = (int(rest[j:j + 2]) for j in range(0, 10, 2))
            if hour >= 24 or minute >= 60 or second >= 60:
                continue
            d = _date(y, month, day)
            if d:
                found.add(d)
    return found


def date_from_url(url: str) -> str | None:
    """The date embedded in `url`'s path and query, or None when there is none or it is unclear."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    path = unquote(parts.path + ("?" + parts.query if parts.query else ""))
    candidates: set[dt.date] = set()
    for pattern in (_SLASHED, _DASHED):
        for m in pattern.finditer(path):
            month, day = m.group(m.lastindex - 1), m.group(m.lastindex)
            d = _date(int(m.group(1)), int(month), int(day))
            if d:
                candidates.add(d)
    for m in _DIGIT_RUN.finditer(path):
        run = m.group(0)
        if len(run) == 8:  # yyyyMMdd or ddMMyyyy (the month of one is the year of the other)
            for d in (_date(int(run[:4]), int(run[4:6]), int(run[6:])),
                      _date(int(run[4:]), int(run[2:4]), int(run[:2]))):
                if d:
                    candidates.add(d)
        elif len(run) >= 12:
            stamps = _timestamps(run)
            if len(stamps) > 1:
                return None  # one id, several readings: not sure
            candidates |= stamps
    if len(candidates) == 1:
        return candidates.pop().isoformat()
    return None

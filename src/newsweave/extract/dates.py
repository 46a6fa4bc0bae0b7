"""Publication dates from date lines: short lines near the top or bottom of a text that hold
a date (and perhaps a time, a time zone, a weekday and a "Published"/"입력"/"公開" label) and
nothing else. Dates inside body sentences are event dates and are never taken.

A wrong date is worse than none: every rule here answers None when unsure.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from newsweave import patterns
from newsweave.extract._data import date_labels, eras, month_numbers, weekday_names, words
from newsweave.extract.lines import edge_lines
from newsweave.lang import get_pack
from newsweave.patterns import longest_first

MAX_LINE_CHARS = 90
MAX_RESIDUAL_LETTERS = 3
MIN_YEAR, MAX_YEAR = 1990, 2099

_YEAR = r"((?:19|20)\d{2})"
_YMD = re.compile(
    r"(?<!\d)" + _YEAR + r"\s*(?:[-/.]|年|년)\s*(\d{1,2})\s*(?:[-/.]|月|월)\s*(\d{1,2})"
    r"(?:\s*(?:日|일|\.))?(?!\d)"
)
_DMY_DOTTED = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?" + _YEAR + r"(?!\d)")
_NUMERIC_SLASHED = re.compile(r"(?<!\d)(\d{1,2})[/-](\d{1,2})[/-]" + _YEAR + r"(?!\d)")
_TIME = re.compile(
    r"(?<!\d)\d{1,2}\s*(?::|時|时|시|h)\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:分|분))?(?!\d)"
    r"|(?<![\d.])\d{1,2}\.\d{2}(?![\d.])"
    r"|(?<!\d)\d{1,2}\s*(?:時|时|시)(?!\d)"
)
_OFFSET = re.compile(r"(?:GMT|UTC)?\s*[+-]\s?\d{1,2}(?::?\d{2})?(?!\d)")
_PAREN = re.compile(r"[(（\[][^)）\]]{0,12}[)）\]]")
_BULLETS = re.compile(r"^[\s•·*\-–—|>»]+")
# a dateline's place: one to three capitalised words, or a run of an uncased script, then a comma
_CAPITALISED = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]*(?:[.'’-][^\W\d_]+)*"
_PLACE = re.compile(
    r"^(?:" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r"){0,2}"
    r"|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,10})\s*[,，、]\s*"
)


@dataclass(frozen=True, slots=True)
class DateLine:
    value: str  # YYYY-MM-DD
    start: int  # offsets of the whole line in the text
    end: int
    kind: str  # "published", "plain" or "updated"


def _letter_boundaries(word: str) -> str:
    """Regex for `word` that does not match inside a longer word (Latin/Cyrillic scripts)."""
    body = re.escape(word).replace(r"\ ", r"\s+")
    return r"(?<![^\W\d_])" + body + r"(?![^\W\d_])"


@cache
def _month_table() -> tuple[re.Pattern[str], dict[str, int]]:
    lookup = month_numbers()
    names = sorted(lookup, key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return patterns.compile(alternation, re.I), lookup


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


@cache
def _month_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    month_re, _ = _month_table()
    m = r"(?<![^\W_])(?P<month>" + month_re.pattern + r")(?![^\W\d_])\.?"
    mdy = patterns.compile(
        m + r"\s*(?P<day>\d{1,2})(?:st|nd|rd|th|일|日)?\s*,?\s*(?P<year>(?:19|20)\d{2})(?!\d)",
        re.I,
    )
    dmy = patterns.compile(
        # "1º de novembro", "1.º de enero" (NFKC reads º as o): the first as an ordinal
        r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th|\.?[ºo°]|\.)?\s*(?:de\s+|ngày\s+)?" + m
        + r"\s*,?\s*(?:de\s+|del\s+|năm\s+)?(?P<year>(?:19|20)\d{2})(?!\d)",
        re.I,
    )
    return mdy, dmy


@cache
def _labels() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds: dict[str, str] = {}
    for kind, labels in date_labels().items():
        for w in labels:
            kinds[_norm(w)] = kind
    parts = [_letter_boundaries(w) for w in sorted(kinds, key=len, reverse=True)]
    return patterns.compile("|".join(parts), re.I), kinds


@cache
def _fillers() -> re.Pattern[str]:
    fillers = [*words("date_words"), *weekday_names()]
    words_ = sorted({_norm(w) for w in fillers}, key=longest_first)
    return patterns.compile("|".join(_letter_boundaries(w) for w in words_), re.I)


MAX_TAIL_CHARS = 40


@cache
def _tails() -> tuple[re.Pattern[str], re.Pattern[str]]:
    tails = sorted({_norm(w) for w in words("date_tails")}, key=longest_first)
    tail = patterns.compile(
        r"(?:" + "|".join(_letter_boundaries(w) for w in tails) + r")\s*[:：]?\s*"
        r"(?P<rest>[^|]{0," + str(MAX_TAIL_CHARS) + r"}?)\s*(?=\||$)",
        re.I,
    )
    suffixes = "|".join(re.escape(w) for w in words("reporter_suffixes"))
    reporter = patterns.compile(
        r"[^\s|]{1,12}(?:\s+[^\s|]{1,12})?\s*(?:" + suffixes + r")(?![^\W\d_])")
    return tail, reporter


def _drop_tails(residual: str) -> str:
    """Remove bylines and source tails; a long tail (a sentence) stays and fails the line."""
    tail, reporter = _tails()

    def short(m: re.Match[str]) -> str:
        return " " if len(m.group("rest").split()) <= 4 else m.group(0)

    return reporter.sub(" ", tail.sub(short, residual))


@cache
def _eras() -> tuple[re.Pattern[str], dict[str, int]]:
    table = eras()
    names = "|".join(re.escape(e) for e in table)
    pattern = patterns.compile(
        r"(" + names + r")\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
    return pattern, table


def numeric_order(lang: str | None) -> str | None:
    """'dmy', 'mdy' or 'ymd' for ambiguous numeric dates in `lang` (its pack's `date_order`),
    or None when undecided."""
    return get_pack(lang).date_order if lang else None


def _valid(year: int, month: int, day: int) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(segment: str, order: Callable[[], str | None]) -> list[tuple[int, int, str | None]]:
    """Every date in `segment` as (start, end, ISO value or None when ambiguous/invalid)."""
    found: list[tuple[int, int, str | None]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: str | None) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append((start, end, value))

    _, lookup = _month_table()
    mdy, dmy = _month_patterns()
    for pattern in (mdy, dmy):
        for m in pattern.finditer(segment):
            month = lookup.get(_norm(m.group("month")))
            value = _valid(int(m.group("year")), month or 0, int(m.group("day")))
            add(m.start(), m.end(), value)
    era_re, eras = _eras()
    for m in era_re.finditer(segment):
        year = eras[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))
        add(m.start(), m.end(), _valid(year, int(m.group(3)), int(m.group(4))))
    for m in _YMD.finditer(segment):
        add(m.start(), m.end(), _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _DMY_DOTTED.finditer(segment):
        add(m.start(), m.end(), _valid(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in _NUMERIC_SLASHED.finditer(segment):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 or a == b:
            value = _valid(year, b, a)
        elif b > 12:
            value = _valid(year, a, b)
        else:
            decided = order()
            value = _valid(year, b, a) if decided == "dmy" else (
                _valid(year, a, b) if decided == "mdy" else None)
        add(m.start(), m.end(), value)
    return sorted(found)


def parse_date_line(line: str, order: Callable[[], str | None]) -> list[tuple[str, str]]:
    """The (value, kind) pairs of a date line, or [] when `line` is not a date line.

    A dateline's place may open the line ("Jakarta, 1 November 2024", "SEOUL, Oct. 17, 2024").
    """
    if len(line) > MAX_LINE_CHARS:
        return []
    # full-width digits and punctuation (２０２４年１０月１７日　１１：００) read as ASCII
    line = unicodedata.normalize("NFKC", line)
    line = _BULLETS.sub("", line).strip()
    if not line or not any(ch.isdigit() for ch in line):
        return []
    found = _parse_line(line, order)
    if not found:
        place = _PLACE.match(line)
        if place:
            found = _parse_line(line[place.end():], order)
    return found


def _parse_line(line: str, order: Callable[[], str | None]) -> list[tuple[str, str]]:
    label_re, kinds = _labels()
    # split the line at its labels; each piece's date takes the label before it
    pieces: list[tuple[str, str]] = []
    kind, pos = "plain", 0
    for m in label_re.finditer(line):
        pieces.append((kind, line[pos:m.start()]))
        kind, pos = kinds.get(_norm(m.group(0)), "plain"), m.end()
    pieces.append((kind, line[pos:]))
    results: list[tuple[str, str]] = []
    residual = ""
    for i, (kind, piece) in enumerate(pieces):
        dates = find_dates(piece, order)
        rest = piece
        for start, end, value in reversed(dates):
            rest = rest[:start] + " " + rest[end:]
            if value is None:
                return []  # an ambiguous or impossible date: not sure, so nothing
        if not dates and kind != "plain" and i > 0 and pieces[i - 1][0] == "plain":
            # a label after its date ("2024年10月17日 11時 配信", "2024.10.17 입력")
            results = [(v, kind) if k == "plain" else (v, k) for v, k in results]
        results.extend((value, kind) for _, _, value in dates if value)
        residual += " " + rest
    if not results:
        return []
    residual = _drop_tails(residual)
    residual = _TIME.sub(" ", residual)
    residual = _PAREN.sub(" ", residual)
    residual = _OFFSET.sub(" ", residual)
    residual = _fillers().sub(" ", residual)
    letters = sum(1 for ch in residual if ch.isalpha())
    digits = sum(1 for ch in residual if ch.isdigit())
    if letters > MAX_RESIDUAL_LETTERS or digits > 2:
        return []
    return results


def date_lines(text: str, order: Callable[[], str | None] = lambda: None) -> list[DateLine]:
    """Every date line near the top or bottom of `text`, in text order."""
    found: list[DateLine] = []
    for (start, end, line), _top in edge_lines(text):
        for value, kind in parse_date_line(line, order):
            found.append(DateLine(value, start, end, kind))
    return found


def published_from_text(text: str, order: Callable[[], str | None] = lambda: None) -> str | None:
    """The publication date a text states on a date line, or None.

    Preference: a line labelled as published, then an unlabelled one, then an "updated" one;
    at equal rank the top of the text before the bottom.
    """
    lines = date_lines(text, order)
    for kind in ("published", "plain", "updated"):
        values = [d.value for d in lines if d.kind == kind]
        if values:
            return values[0]
    return None


_OPENING = re.compile(r"(?:date\s*:?\s*)?((?:19|20)\d{2})-(\d{2})-(\d{2})(?=\s+\S)", re.IGNORECASE)


def opening_date(text: str) -> str | None:
    """An ISO date that opens the body's first line, before its first sentence ("2023-09-26
    A fuel depot exploded…", "date 2023-09-26 …": how excerpts and feed copies are stamped)."""
    for line in text[:3000].splitlines():
        line = line.strip()
        if not line or re.fullmatch(r"https?://\S+", line):
            continue
        m = _OPENING.match(line)
        if m is None:
            return None
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    return None

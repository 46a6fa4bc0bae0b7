"""Impossible and inconsistent dates: days that do not exist, weekdays that contradict their
date, day numbers glued to a weekday ("13 Pada hari Minggu" from "13日"), number-garbled date
runs ("31.10月1.000日"), and events dated after publication but told in the past tense."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from newsweave import patterns
from newsweave.forensics.common import Candidate, Context, alternation, data, words
from newsweave.lang import get_pack

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UPSTREAM = {
    "impossible_date": ("impossible_date", "high", "this date does not exist"),
    "weekday_mismatch": ("weekday_mismatch", "medium", "the weekday contradicts the date"),
    "garbled": ("garbled_date", "medium", "a garbled date expression"),
}

# no start inside a run of digits and separators, and possessive groups: on "1,1,1,…" the
# old form tried every start and every split of the run (quadratic; 26 s for 40,000 chars)
_CJK_DATE = re.compile(
    r"(?<![\d])(?<!\d[.,])((?:\d+[.,])*+\d+)\s?(月|월)\s?((?:\d+[.,])*+\d+)\s?(日|일)")


def _max_day(month: int, year: int | None) -> int:
    if year is None:
        return 29 if month == 2 else calendar.monthrange(2023, month)[1]
    return calendar.monthrange(year, month)[1]


def _year(ctx: Context) -> int | None:
    pub = ctx.document.published
    return int(pub[:4]) if pub and pub[:4].isdigit() else None


def _published(ctx: Context) -> dt.date | None:
    pub = ctx.document.published
    try:
        return dt.date.fromisoformat(pub[:10]) if pub and len(pub) >= 10 else None
    except ValueError:
        return None


_GARBLED_MONTH = re.compile(r"(?<![\d.,])\d{1,2}[.,]\d{1,2}\s?(?:月|월)(?!\s?\d)")


def _garbled_months(ctx: Context) -> list[Candidate]:
    """"31.10月": a day.month date (vi, id, ru style) with a CJK month marker glued on."""
    return [ctx.span_candidate(
        "garbled_date", "medium", m.start(), m.end(),
        f"'{m.group()}' glues a day.month date onto a month marker: a date format carried over"
        " from the source language", None, 0.7, "garbled_numbers")
        for m in _GARBLED_MONTH.finditer(ctx.text)]


def _cjk_dates(ctx: Context) -> list[Candidate]:
    """"11月31日" (no such day), "31.10月1.000日" (numbers garbled into a date)."""
    out = []
    year = _year(ctx)
    for m in _CJK_DATE.finditer(ctx.text):
        mon_raw, day_raw = m.group(1), m.group(3)
        garbled = not mon_raw.isdigit() or not day_raw.isdigit()
        mon = int(re.split(r"[.,]", mon_raw)[-1])
        day_digits = re.split(r"[.,]", day_raw)
        day = int(day_digits[0])
        if garbled:
            fixed = f"{mon}{m.group(2)}" if 1 <= mon <= 12 else None
            out.append(ctx.span_candidate(
                "garbled_date", "high", m.start(), m.end(),
                f"'{m.group()}' mixes grouped numbers into a date: figures from the source were"
                " glued to the month and day markers", f"a date in {fixed}" if fixed else None,
                0.85, "garbled_numbers"))
            continue
        if not 1 <= mon <= 12:
            out.append(ctx.span_candidate(
                "impossible_date", "high", m.start(), m.end(),
                f"there is no month {mon}", None, 0.85))
        elif not 1 <= day <= _max_day(mon, year):
            out.append(ctx.span_candidate(
                "impossible_date", "high", m.start(), m.end(),
                f"month {mon} has no day {day}", _neighbour_suggestion(mon, day, ctx), 0.9))
    return out


def _neighbour_suggestion(mon: int, day: int, ctx: Context) -> str | None:
    """For "11月31日" in an article of 1 November, the day before the publication: 31 October."""
    pub = _published(ctx)
    prev = 12 if mon == 1 else mon - 1
    if day <= _max_day(prev, None) and (pub is None or pub.month in (mon, prev)):
        return f"{calendar.month_name[prev]} {day} (month {prev})?"
    return None


@cache
def _month_names(lang: str) -> dict[str, int]:
    """The language's month names (lang/<code>/dates.yaml, spellings with digits left out:
    "tháng 4" is a numeric form) -> month number."""
    d = get_pack(lang).data("dates")
    numbers = d["month_numbers"]
    return {str(s).lower(): int(numbers[concept]) for concept, spellings in
            (d.get("months") or {}).items() for s in spellings or ()
            if not any(ch.isdigit() for ch in str(s))}


@cache
def _day_month_re(lang: str) -> re.Pattern[str] | None:
    months = list(_month_names(lang))
    if not months:
        return None
    alt = alternation(months)
    return patterns.compile(
        # (an ordinal mark after the day: 1st, 1er, German "31. April")
        rf"(?<![\d.,/])(?:(\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+({alt})\b|({alt})\s+(\d{{1,2}})"
        rf"(?![\d.,]\d))",
        re.IGNORECASE)


@cache
def _numeric_date_res(lang: str) -> tuple[re.Pattern[str], ...]:
    """The language's dates written with words between day and month ("ngày 31 tháng 4",
    "31 de abril"): forensics.yaml."""
    return tuple(patterns.compile(p, re.IGNORECASE) for p in words(lang, "day_month_patterns"))


def _word_dates(ctx: Context) -> list[Candidate]:
    """"30 February", "31 апреля", "ngày 31 tháng 4"."""
    out = []
    year = _year(ctx)
    for line in ctx.lines:
        lang = line.lang or ctx.lang
        if not lang:
            continue
        found: list[tuple[int, int, int, int]] = []
        rx = _day_month_re(lang)
        if rx:
            names = _month_names(lang)
            for m in rx.finditer(line.text):
                day = int(m.group(1) or m.group(4))
                mon = names[(m.group(2) or m.group(3)).lower()]
                found.append((m.start(), m.end(), mon, day))
        for rx in _numeric_date_res(lang):
            for m in rx.finditer(line.text):
                # the month as a number ("ngày 31 tháng 4") or a name ("31 de abril")
                month = m.group("month")
                mon = int(month) if month.isdigit() else _month_names(lang).get(month.lower())
                if mon is not None:
                    found.append((m.start(), m.end(), mon, int(m.group("day"))))
        for s, e, mon, day in found:
            if not 1 <= mon <= 12:
                msg = f"there is no month {mon}"
            elif not 1 <= day <= _max_day(mon, year):
                msg = f"{calendar.month_name[mon]} has no day {day}"
            else:
                continue
            out.append(ctx.span_candidate(
                "impossible_date", "high", line.start + s, line.start + e, msg,
                _neighbour_suggestion(mon, day, ctx) if 1 <= mon <= 12 else None, 0.9))
    return out


@cache
def _glued_re(lang: str) -> re.Pattern[str] | None:
    d = get_pack(lang).data("dates")
    glue = [str(w) for w in d.get("weekday_glue") or ()]
    parts = []
    for wd in WEEKDAYS:
        names = [str(w) for w in (d.get("weekdays") or {}).get(wd) or ()]
        if names:
            parts.append(f"(?P<{wd}>{alternation(names)})")
    if not parts or not glue:
        return None  # scripts without spaces write "13日" and never glue a weekday this way
    lead = "(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                               sorted(glue, key=len, reverse=True)) + r")\s+)?"
    return patterns.compile(rf"(?<![\d.,/:])(\d{{1,2}})\s+(?i:{lead})(?:{'|'.join(parts)})(?![\w])")


def _glued_weekdays(ctx: Context) -> list[Candidate]:
    """"13 Pada hari Minggu": a bare day number followed by a weekday that contradicts it."""
    out = []
    pub = _published(ctx)
    text = ctx.text
    for lang in sorted(ctx.langs):
        rx = _glued_re(lang)
        if rx is None:
            continue
        for m in rx.finditer(text):
            day = int(m.group(1))
            if not 1 <= day <= 31:
                continue
            named = next(wd for wd in WEEKDAYS if m.group(wd))
            actual = _resolve_day(day, pub)
            if actual is not None and WEEKDAYS[actual.weekday()] == named:
                continue  # "13 ... Sunday" and the 13th was a Sunday: wording, not a garble
            if actual is not None:
                msg = (f"the day number {day} is glued to '{m.group(named)}', but the {day}th"
                       f" ({actual.isoformat()}) was a {WEEKDAYS[actual.weekday()].title()}: a"
                       " 'day N' (日/일) was probably translated as a weekday")
                score = 0.85
            else:
                msg = (f"a bare day number {day} glued to the weekday '{m.group(named)}': a 'day N'"
                       " (日/일) was probably translated as a weekday")
                score = 0.6
            out.append(ctx.span_candidate(
                "garbled_date", "medium", m.start(), m.end(), msg, f"on the {day}th", score))
    return out


def _resolve_day(day: int, pub: dt.date | None) -> dt.date | None:
    """Day N without month: in the publication month, or the month before if N is later."""
    if pub is None:
        return None
    y, mo = pub.year, pub.month
    if day > pub.day:
        y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
    try:
        return dt.date(y, mo, day)
    except ValueError:
        return None


def _upstream(ctx: Context) -> list[Candidate]:
    out = []
    for t in ctx.analysis.times:
        if t.problem:
            kind, sev, msg = UPSTREAM.get(t.problem, ("garbled_date", "medium", "a garbled date"))
            out.append(Candidate(kind, sev, t.start, t.end, f"{msg}: '{t.surface}'", None, 0.85))
    return out


@cache
def _marker_re(which: str, lang: str) -> re.Pattern[str] | None:
    pats = words(lang, which)
    return patterns.compile("|".join(pats), re.IGNORECASE) if pats else None


def _future_in_past(ctx: Context) -> list[Candidate]:
    """An event dated days after publication, told in the past tense."""
    pub = _published(ctx)
    if pub is None:
        return []
    sentences = {s.index: s for s in ctx.document.sentences}
    out = []
    for t in ctx.analysis.times:
        if t.problem or t.precision != "day" or not t.value:
            continue
        try:
            when = dt.date.fromisoformat(t.value)
        except ValueError:
            continue
        if (when - pub).days < 2:
            continue
        s = sentences.get(t.sentence)
        lang = (s.lang if s else None) or ctx.lang
        if s is None or lang is None:
            continue
        past, future = _marker_re("past_tense", lang), _marker_re("future_tense", lang)
        if past and past.search(s.text) and not (future and future.search(s.text)):
            out.append(Candidate(
                "future_date", "medium", t.start, t.end,
                f"'{t.surface}' ({t.value}) is after the publication date ({pub.isoformat()}) but"
                " the sentence tells it in the past tense: the date is probably wrong", None, 0.55))
    return out


def _far_unyeared(ctx: Context) -> list[Candidate]:
    """"2月2日" in a November report: a day without a year, resolved months back."""
    pub = _published(ctx)
    if pub is None:
        return []
    limit = int(data("dates").get("far_unyeared_days", 120))
    out = []
    for t in ctx.analysis.times:
        if t.problem or t.precision != "day" or not t.relative or not t.value:
            continue
        if not re.search(r"\d", t.surface):
            continue  # "yesterday", "Tuesday": relative words, not a written day number
        try:
            when = dt.date.fromisoformat(t.value)
        except ValueError:
            continue
        if (pub - when).days > limit:
            out.append(Candidate(
                "suspicious_date", "medium", t.start, t.end,
                f"'{t.surface}' has no year and resolves to {when.isoformat()}, {(pub - when).days}"
                f" days before publication ({pub.isoformat()}): unusual for a news report; the day"
                " and month may be swapped or misread", None, 0.5))
    return out


def check(ctx: Context) -> list[Candidate]:
    return (_upstream(ctx) + _cjk_dates(ctx) + _garbled_months(ctx) + _word_dates(ctx)
            + _glued_weekdays(ctx)
            + _future_in_past(ctx) + _far_unyeared(ctx))

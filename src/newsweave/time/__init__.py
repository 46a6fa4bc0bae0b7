"""Temporal expressions → ISO values with a precision, in every language with a `dates.yaml`.

`parse_times(text, lang, base, context)` finds and resolves the expressions of one piece of text;
`find_times(document)` runs it over a document's sentences, carrying the context (the last
resolved day, the last month named) from sentence to sentence.

Resolution rules (the base is the publication date; nothing here reads the clock):
- Absolute dates keep their own precision. A month-day or month without a year takes the base
  year, or the previous year when that would put it more than `future_window_days` after the base
  (unless the sentence speaks of the future: a marker such as "will", "akan", "予定" on the side
  where the language puts the verb, `future_side` in dates.yaml).
- A day of the month alone ("on the 15th", "15日", "tanggal 15") takes the month of a date named
  earlier in the same sentence; otherwise the base month — or the previous month when the
  day is after the base day and the sentence does not speak of the future.
- A weekday alone is the most recent such day on or before the base; "next"/"last" move strictly
  forward/back; in a sentence about the future it is the next such day on or after the base.
- "the next day", "翌日", "다음날", "keesokan harinya", "two days later", "two days earlier" count
  from the last day resolved in the text; "同月", "같은 해", "that year" take its month or year.
- "last month", "昨年4月", "a month ago": against the base, at the precision they name; "last
  June"/"Juni lalu" is the latest June on or before the base month, "next June" the first after.
- A range of days ("13–15 September", "27~28일") gives its first and its last day.
- Without a base, relative expressions keep value None. Impossible dates keep value None with
  problem "impossible_date"; a weekday contradicting its date keeps the date with problem
  "weekday_mismatch"; a date glued to other digits ("31.10月1.000日") is "garbled" — or, when a
  day and month can still be read unambiguously from it ("31.10月…": 31 October), keeps that
  date with problem "garbled_readable".
- A bare day number opening a clause right before a weekday ("13 Pada hari Minggu", "13 on
  Sunday", "13 日曜日に": a translation of "13日" that read 日 as Sunday) is that day; the
  weekday only checks it ("weekday_mismatch").
Durations ("for the first time in 24 years", "6日間") are not dates and are not returned.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from newsweave.lang import get_pack
from newsweave.model import Document, Precision, TimeExpression
from newsweave.prefilter import pieces_of
from newsweave.time.calendar import add_months, iso, shift, valid_day, weekday_near
from newsweave.time.grammar import Grammar, grammar, norm_key

__all__ = ["TimeContext", "TimeMatch", "find_times", "month_base", "parse_date", "parse_times"]

# full-width digits and punctuation, and the decimal digits of every script (Devanagari
# २०२४, Arabic-Indic ٢٠٢٤) → ASCII, one character for one (offsets stay valid)
FULLWIDTH = str.maketrans("０１２３４５６７８９／．－，：", "0123456789/.-,:") | {
    o: str(unicodedata.digit(chr(o))) for o in range(0x0660, 0x1100)
    if unicodedata.category(chr(o)) == "Nd"}
_ENUMERATOR = re.compile(r"(?:^|\n)\s*\d{1,2}[.,]$")


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """One expression, with offsets into the text given to `parse_times`."""

    start: int
    end: int
    surface: str
    value: str | None
    precision: Precision | None
    relative: bool = False
    problem: str | None = None


@dataclass
class TimeContext:
    """What earlier text tells about later expressions; one per document."""

    base: date | None = None
    anchor: date | None = None  # the last day resolved in the text
    # "month": the base is only an estimated month (its last day stands for it); a day
    # computed from it ("yesterday", "on Sunday") is then given at month precision only
    base_precision: Precision = "day"
    anchor_exact: bool = True  # the anchor day was read from the text, not from the base
    month: tuple[int | None, int, int] | None = None  # (year, month, sentence) last month named
    year: int | None = None  # the year of the last resolved expression
    sentence: int = 0
    # an undated text's own years: month -> the one year the text writes with that month
    # ("January 17 to 18, 2024" … "on January 17": 2024); a month written with two years
    # has none
    month_years: dict[int, int] = field(default_factory=dict)


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_times(
    text: str,
    lang: str | None,
    base: date | None = None,
    context: TimeContext | None = None,
) -> list[TimeMatch]:
    """Every temporal expression in `text`, resolved against `base` and `context`."""
    g = grammar(lang)
    ctx = context if context is not None else TimeContext(base=base)
    if context is not None and base is not None and ctx.base is None:
        ctx.base = base
    norm = text.translate(FULLWIDTH)
    back: list[int] | None = None
    if g.kanji_run is not None and g.kanji_run.search(norm):
        norm, back = _kanji_to_digits(g, norm)
    out: list[TimeMatch] = []
    marks = [f.start() for f in g.future.finditer(norm)] if g.future is not None else []
    for m, fixed in _select(g, norm):
        parts = {k: v for k, v in m.groupdict().items() if v is not None}
        start, end = m.start(), m.end()
        while start < end and norm[start].isspace():  # an optional leading word was absent
            start += 1
        while end > start and norm[end - 1].isspace():
            end -= 1
        if "D" in parts and g.weekday_trailer is not None:
            t = g.weekday_trailer.match(norm, end)
            if t:
                parts.setdefault("WD", t.group("WD"))
                end = t.end()
        future = _speaks_of_future(g, marks, start, end)
        if set(parts) <= {"WD", "WM"} and "WM" not in parts:
            glued = _glued_day(g, norm, start, out[-1].end if out else 0)
            if glued is not None:
                # "13 Pada hari Minggu" is what a translation makes of "13日": the day wins
                start = glued.start("D")
                parts = {"D": glued.group("D"), "WD": parts["WD"]}
        garbled = _garbled(g, norm, start, end)
        if garbled:
            start, end = garbled
            res = _read_garbled(g, norm[start:end], ctx, future)
            if res is not None and res[0]:
                ctx.year = int(res[0][:4])
                out.append(TimeMatch(start, end, text[start:end], *res))
            else:
                out.append(TimeMatch(start, end, text[start:end], None, None, False, "garbled"))
            continue
        if "D0" in parts:
            # a range of days ("13–15 September", "9月13～15日"): its first day, then the rest
            first = {k: v for k, v in parts.items() if k not in ("D0", "WD")}
            first["D"] = parts["D0"]
            res = _resolve(g, first, fixed, ctx, future)
            cut = m.end("D0")
            suffix = next((x for x in g.garble_suffixes if norm.startswith(x, cut)), "")
            cut += len(suffix) if cut + len(suffix) <= m.start("D") else 0
            out.append(TimeMatch(start, cut, text[start:cut], *res))
            start = m.start("D")
        exact = ctx.anchor_exact
        value, precision, relative, problem = _resolve(g, parts, fixed, ctx, future)
        if ctx.base_precision != "day" and value and precision == "day" and relative:
            if _from_base(parts, fixed, exact):
                value, precision = value[:7], "month"
                ctx.anchor_exact = False
            else:
                ctx.anchor_exact = exact if "RA" in parts else True
        if value:
            ctx.year = int(value[:4])
        out.append(TimeMatch(start, end, text[start:end], value, precision, relative, problem))
    merged = _merge_weekdays(g, norm, text, out, ctx)
    if back is None:
        return merged
    # offsets found in the rewritten text → offsets in `text`
    mapped = []
    for t in merged:
        s, e = back[t.start], back[t.end - 1] + 1
        mapped.append(replace(t, start=s, end=e, surface=text[s:e]))
    return mapped


def _kanji_to_digits(g: Grammar, text: str) -> tuple[str, list[int]]:
    """Text with CJK numerals before date markers written in digits (九月十三日 → 9月13日), and
    for each character of the new text the index of the character it came from."""
    out: list[str] = []
    back: list[int] = []
    pos = 0
    assert g.kanji_run is not None
    for m in g.kanji_run.finditer(text):
        out.append(text[pos : m.start()])
        back.extend(range(pos, m.start()))
        digits = _kanji_number(g, m.group())
        out.append(digits)
        # spread the new digits over the numeral's span, last digit on its last character
        n = len(digits)
        back.extend(min(m.start() + i, m.end() - 1) if i < n - 1 else m.end() - 1
                    for i in range(n))
        pos = m.end()
    out.append(text[pos:])
    back.extend(range(pos, len(text) + 1))
    return "".join(out), back


def _kanji_number(g: Grammar, run: str) -> str:
    values = [g.kanji_values[c] for c in run]
    if 10 not in values:
        return "".join(str(v) for v in values)  # 二〇二三 → 2023
    i = values.index(10)
    tens = int("".join(str(v) for v in values[:i]) or "1")
    ones = int("".join(str(v) for v in values[i + 1 :]) or "0")
    return str(tens * 10 + ones)


def _from_base(parts: dict, fixed: dict, anchor_exact: bool) -> bool:
    """Whether a resolved day was computed from the base rather than read from the text."""
    if "RA" in parts:
        return not anchor_exact
    if "RD" in parts or "RW" in parts or fixed.get("ago") or fixed.get("later") or fixed.get(
            "earlier"):
        return True
    return not ("D" in parts and ("M" in parts or "MON" in parts or "RAM" in parts))


def month_base(value: str | None) -> date | None:
    """The day standing for an estimated month ("2023-09" → 2023-09-30): an article reporting
    that month's events as news was written in it or soon after."""
    if not value or len(value) < 7:
        return None
    try:
        y, m = int(value[:4]), int(value[5:7])
        return date(y, m, monthrange(y, m)[1])
    except ValueError:
        return None


def find_times(document: Document) -> list[TimeExpression]:
    """Every temporal expression, resolved against document.published and the text around it
    (or, without a publication date, against an estimated `reference_date` month: relative
    expressions then resolve to at most month precision)."""
    ctx = TimeContext(base=parse_date(document.published))
    if ctx.base is None and getattr(document, "reference_date", None):
        ctx.base = month_base(document.reference_date)
        ctx.base_precision = "month"
    if ctx.base is None:
        ctx.month_years = _text_years(document)
    found: list[TimeExpression] = []
    for sentence in document.sentences:
        ctx.sentence = sentence.index
        lang = sentence.lang or document.main_language
        for t in parse_times(sentence.text, lang, ctx.base, ctx) + _signature_date(
                sentence.text, lang, ctx):
            start, end = document.span(sentence, t.start, t.end)
            found.append(
                TimeExpression(
                    start=start,
                    end=end,
                    surface=document.original_text[start:end],
                    sentence=sentence.index,
                    value=t.value,
                    precision=t.precision,
                    relative=t.relative,
                    problem=t.problem,
                )
            )
    return found


# an embedded post's signature: "— Agency (@handle) September 20, 2023", its date written in
# the embedding service's language (English, most often), not the article's
_SIGNATURE = re.compile(r"[—–―-]\s*[^\n()—–]{1,120}?\(@\w{1,30}\)\s*(?P<date>[^\n()]{6,40}?)\s*$")


def _signature_date(text: str, lang: str | None, ctx: TimeContext) -> list[TimeMatch]:
    """The date of an embedded post's signature at the end of `text` that the text's own
    language did not read (tried in the `signature_languages` of dates.yaml)."""
    if "(@" not in text:
        return []
    m = _SIGNATURE.search(text)
    if m is None:
        return []
    a, b = m.span("date")
    if any(t.start < b and a < t.end for t in parse_times(text[a:b], lang, ctx.base)):
        return []  # the article's language reads it: the sentence's own pass has it
    for other in get_pack(lang).data("dates").get("signature_languages") or ():
        found = [replace(t, start=t.start + a, end=t.end + a)
                 for t in parse_times(text[a:b], str(other), ctx.base, ctx) if t.value]
        if found:
            return found
    return []


def _text_years(document: Document) -> dict[int, int]:
    """Month -> year, from the dates an undated text writes in full: the month of a date
    written without its year ("on January 17") is most likely that one. Months the text
    writes with two different years are left out."""
    seen: dict[int, set[int]] = {}
    ctx = TimeContext()
    for sentence in document.sentences:
        ctx.sentence = sentence.index
        for t in parse_times(sentence.text, sentence.lang or document.main_language, None, ctx):
            if t.value and len(t.value) >= 7 and not t.problem:
                seen.setdefault(int(t.value[5:7]), set()).add(int(t.value[:4]))
    return {m: next(iter(ys)) for m, ys in seen.items() if len(ys) == 1}


# --------------------------------------------------------------------------- matching


def _select(g: Grammar, text: str) -> list[tuple[re.Match[str], dict]]:
    """The longest matches that do not overlap, in text order."""
    cands: list[tuple[int, int, int, re.Match[str], dict]] = []
    pieces = pieces_of(text)
    for p in g.patterns:
        if not pieces.may_match(p.regex):
            continue  # it cannot start anywhere in this text
        for m in p.regex.finditer(text):
            if m.end() <= m.start():
                continue
            gd = m.groupdict()
            dated = gd.get("M") or gd.get("MON") or gd.get("DUR")
            if not dated and (gd.get("D") or gd.get("Y")) and g.not_date_after:
                rest = text[m.end() : m.end() + 8].lstrip()
                if rest.startswith(g.not_date_after):
                    continue  # "6日間", "3일 동안": a duration
            cands.append((m.start(), -(m.end() - m.start()), p.order, m, p.fixed))
    # longest first ("bulan September tahun ini" over "pada bulan September"), then in order
    cands.sort(key=lambda c: (c[1], c[0], c[2]))
    taken = bytearray(len(text) + 1)
    chosen: list[tuple[re.Match[str], dict]] = []
    for start, _neg, _order, m, fixed in cands:
        if not any(taken[start : m.end()]):
            taken[start : m.end()] = b"\x01" * (m.end() - start)
            chosen.append((m, fixed))
    chosen.sort(key=lambda c: c[0].start())
    return chosen


def _speaks_of_future(g: Grammar, marks: list[int], start: int, end: int) -> bool:
    """A future marker (`marks`: where they start) on the side of the expression where the
    language puts its verb: "will meet on Tuesday" (not "said on Tuesday that ... will")."""
    if not marks:
        return False
    if g.future_side == "before":
        return marks[0] < start
    if g.future_side == "after":
        return marks[-1] >= end
    return True


def _garbled(g: Grammar, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a date glued to other digits ("31.10月1.000日"), or None when clean."""
    before = text[max(0, start - 6) : start]
    glued_before = (
        len(before) >= 2
        and before[-1] in ".,"
        and before[-2].isdigit()
        and text[start].isdigit()
        and not _ENUMERATOR.search(text[:start])  # "1. 11月31日": a list label
    )
    after = text[end : end + 2]
    glued_after = (
        bool(after)
        and not text[end - 1].isdigit()
        and text[end - 1] not in ")）]"  # "25日（金）10時": a weekday, then the time
        and (after[0].isdigit() or (after[0] in ".," and after[1:2].isdigit()))
        and not (g.time_of_day and g.time_of_day.match(text, end))  # "25日10時30分"
    )
    if not glued_before and not glued_after:
        return None
    s, e = start, end
    while s > 0 and (text[s - 1].isdigit() or text[s - 1] in ".,"):
        s -= 1
    while e < len(text) and (text[e].isdigit() or text[e] in ".,"):
        e += 1
    if g.garble_suffixes and text.startswith(g.garble_suffixes, e):
        e += next(len(x) for x in g.garble_suffixes if text.startswith(x, e))
    while e > s and text[e - 1] in ".,":
        e -= 1
    return s, e


# a day and a month still readable at the start of a garbled span: "31.10月…", "31.10."
_READABLE = re.compile(r"(?P<D>\d{1,2})[./](?P<M>\d{1,2})(?P<MARK>\D)?")
_CLEAN_DAY = re.compile(r"\d{1,2}\D?")


def _glued_day(g: Grammar, text: str, start: int, floor: int) -> re.Match[str] | None:
    """A bare day number just before the weekday starting at `start`, opening a clause."""
    if g.weekday_glue is None:
        return None
    m = g.weekday_glue.search(text, max(floor, start - 40), start)
    if m is None or not 1 <= int(m.group("D")) <= 31:
        return None
    return m


def _read_garbled(g: Grammar, span: str, ctx: TimeContext, future: bool) -> Resolved | None:
    """The day and month a garbled span still gives unambiguously (year from the context):
    day.month with the month marked ("31.10月"), or a day no month number could be ("31.10.").
    Problem "garbled_readable": the value is usable, forensics still flags the span."""
    m = _READABLE.match(span)
    if m is None:
        return None
    day, month, mark = int(m.group("D")), int(m.group("M")), m.group("MARK")
    marked = mark is not None and mark in g.garble_suffixes
    if not (marked or day > 12) or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if _CLEAN_DAY.fullmatch(span[m.end():]):
        return None  # "5.10月3日": 5 October or 3 October?
    value, precision, relative, problem = _resolve(
        g, {"D": str(day), "M": str(month)}, {}, ctx, future)
    if value is None:
        return None if problem is None else (None, precision, relative, problem)
    return value, precision, relative, "garbled_readable"


def _merge_weekdays(
    g: Grammar, norm: str, text: str, found: list[TimeMatch], ctx: TimeContext
) -> list[TimeMatch]:
    """A weekday written just before a day ("Tuesday, 12 March") is checked against it."""
    out: list[TimeMatch] = []
    i = 0
    while i < len(found):
        cur = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and cur.precision == "day"
            and cur.relative
            and nxt.precision == "day"
            and nxt.value
            and re.fullmatch(r"[\s,(（)）]*", norm[cur.end : nxt.start])
        ):
            wd = _weekday_of(g, norm[cur.start : cur.end])
            if wd is not None:
                problem = nxt.problem
                if date.fromisoformat(nxt.value).weekday() != wd:
                    problem = "weekday_mismatch"
                out.append(
                    TimeMatch(cur.start, nxt.end, text[cur.start : nxt.end], nxt.value,
                              "day", nxt.relative, problem)
                )
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


def _weekday_of(g: Grammar, surface: str) -> int | None:
    key = norm_key(surface)
    for s, concept in g.lookup.get("WD", {}).items():
        if key.endswith(s) and len(s) >= 2:
            return g.weekday_numbers.get(concept)
    return None


# --------------------------------------------------------------------------- resolution


def _concept(g: Grammar, ph: str, surface: str) -> str | None:
    return g.lookup.get(ph, {}).get(norm_key(surface))


def _offset(g: Grammar, ph: str, surface: str | None) -> int | None:
    if surface is None:
        return None
    c = _concept(g, ph, surface)
    return g.offsets.get(c) if c else None


def _count(g: Grammar, surface: str | None) -> float:
    if not surface:
        return 1
    if surface.isdigit():
        return int(surface)
    return g.count_values.get(norm_key(surface), 1)


Resolved = tuple[str | None, Precision | None, bool, str | None]


def _resolve(g: Grammar, parts: dict, fixed: dict, ctx: TimeContext, future: bool) -> Resolved:
    base = ctx.base
    if "RD" in parts:
        off = _offset(g, "RD", parts["RD"])
        if base is None or off is None:
            return None, "day", True, None
        return _day(ctx, base + timedelta(days=off), True)
    if "RW" in parts:
        return _week(g, parts, ctx, future)
    if "RA" in parts:
        off = _offset(g, "RA", parts["RA"])
        if ctx.anchor is None or off is None:
            return None, "day", True, None
        return _day(ctx, ctx.anchor + timedelta(days=off), True)
    if "DUR" in parts and (fixed.get("ago") or fixed.get("later") or fixed.get("earlier")):
        unit = _concept(g, "DUR", parts["DUR"]) or "day"
        n = int(_count(g, parts.get("N")))
        precision: Precision = "day" if unit in ("day", "week") else unit  # type: ignore[assignment]
        # "two days ago" counts from the publication date; "two days later/earlier" from the
        # last day the text named ("on November 22 … seized two days earlier")
        origin = base if fixed.get("ago") else (ctx.anchor or base)
        if origin is None:
            return None, precision, True, None
        d = shift(origin, unit, n if fixed.get("later") else -n)
        if precision == "day":
            return _day(ctx, d, True)
        value = iso(d.year, d.month) if precision == "month" else iso(d.year)
        return value, precision, True, None

    year = int(parts["Y"]) if "Y" in parts else None
    if "ERA" in parts and "EY" in parts:
        offset = g.era_offsets.get(_concept(g, "ERA", parts["ERA"]) or "")
        if offset is not None:
            year = offset + (1 if parts["EY"] == "元" else int(parts["EY"]))
    if "RAM" in parts:  # "同月15日": the month of the last date named in the text
        if ctx.month is None or ctx.month[0] is None:
            return None, "day" if "D" in parts else "month", True, None
        year = ctx.month[0]
        parts = {**parts, "M": str(ctx.month[1])}
    elif "RAY" in parts:  # "同年4月": the year of the last date named
        if ctx.year is None:
            return None, "day" if "D" in parts else "month" if "M" in parts else "year", True, None
        year = ctx.year
    month: int | None = int(parts["M"]) if "M" in parts else None
    if month is None and "MON" in parts:
        month = g.month_numbers.get(_concept(g, "MON", parts["MON"]) or "")
    day = int(parts["D"]) if "D" in parts else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None, "day" if day is not None else "month", False, "impossible_date"
    wd = None
    if "WD" in parts:
        wd = g.weekday_numbers.get(_concept(g, "WD", parts["WD"]) or "")
    relative = "RAM" in parts or "RAY" in parts
    y_off = _offset(g, "RY", parts.get("RY"))
    if y_off is None:
        y_off = fixed.get("year_offset")
    m_off = _offset(g, "RM", parts.get("RM"))
    if m_off is None:
        m_off = fixed.get("month_offset")
    precision = "day" if day is not None else "month" if (month or m_off is not None) else "year"
    if "WD" in parts and day is None and month is None and year is None and m_off is None:
        if base is None or wd is None:
            return None, "day", True, None
        mod = _concept(g, "WM", parts["WM"]) if "WM" in parts else None
        direction = {"last": -1, "next": 1}.get(mod or "", 2 if future else 0)
        return _day(ctx, weekday_near(base, wd, direction), True)
    if m_off is not None:
        if base is None:
            return None, precision, True, None
        year, month = add_months(base.year, base.month, m_off)
        relative = True
    elif y_off is not None:
        if base is None:
            return None, precision, True, None
        year = base.year + y_off
        relative = True
    if month is not None and year is None and (fixed.get("recent") or fixed.get("upcoming")):
        # "last June", "Oktober lalu", "지난 9월": the latest such month before the base;
        # "next June": the first one after it
        if base is None:
            return None, precision, True, None
        if fixed.get("recent"):
            year = base.year if month <= base.month else base.year - 1
        else:
            year = base.year if month > base.month else base.year + 1
        relative = True
    if month is None and day is not None:  # a day of the month alone
        relative = True
        if ctx.month is not None and (ctx.month[2] == ctx.sentence or (
                base is None and ctx.month[0] is not None)):
            # the month named before in this sentence; in an undated text, the last one named
            year, month = ctx.month[0], ctx.month[1]
        elif base is None:
            return None, "day", True, None
        else:
            year, month = base.year, base.month
            if day > base.day and not future:
                year, month = add_months(base.year, base.month, -1)
    if month is not None and year is None:
        relative = True
        if base is None:
            if month not in ctx.month_years:
                return None, precision, True, None
            year = ctx.month_years[month]  # an undated text's own year for this month
        else:
            year = base.year
            probe = min(day or 1, 28)
            if not future and date(year, month, probe) > base + timedelta(
                    days=g.future_window_days):
                year -= 1
    if year is None:
        return None, None, relative, None
    if month is not None and (day is not None or "M" in parts or "MON" in parts):
        ctx.month = (year, month, ctx.sentence)
    if day is None:
        return (iso(year, month) if month else iso(year)), precision, relative, None
    assert month is not None
    if not valid_day(year, month, day):
        return None, "day", relative, "impossible_date"
    d = date(year, month, day)
    value, prec, rel, _ = _day(ctx, d, relative)
    if wd is not None and d.weekday() != wd:
        return value, prec, rel, "weekday_mismatch"
    return value, prec, rel, None


def _week(g: Grammar, parts: dict, ctx: TimeContext, future: bool) -> Resolved:
    """"last week", "先週", "지난주": a week is no date of ours; its month when the whole week
    (this week: up to the base, unless the sentence speaks of the future) lies in one month,
    else nothing. "先週9日": the day of that week with that number."""
    off = _offset(g, "RW", parts["RW"])
    base = ctx.base
    if base is None or off is None:
        return None, "day" if "D" in parts else "month", True, None
    monday = base - timedelta(days=base.weekday()) + timedelta(weeks=off)
    days = [monday + timedelta(days=i) for i in range(7)]
    if off == 0 and not future:
        days = [d for d in days if d <= base]
    if "D" in parts:
        same = [d for d in days if d.day == int(parts["D"])]
        if not same:
            return None, "day", True, "impossible_date"
        return _day(ctx, same[0], True)
    months = {(d.year, d.month) for d in days}
    if len(months) != 1:
        return None, "month", True, None
    (year, month), = months
    return iso(year, month), "month", True, None


def _day(ctx: TimeContext, d: date, relative: bool) -> Resolved:
    ctx.anchor = d
    return iso(d.year, d.month, d.day), "day", relative, None

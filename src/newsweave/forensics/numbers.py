"""Garbled numbers: placeholder tokens, scales read twice, foreign grouping, slashed counts,
implausible calibres and magnitudes, and figures for one measure that disagree wildly."""

from __future__ import annotations

import math
import re
from functools import cache

from newsweave.forensics.common import Candidate, Context, alternation, data, words
from newsweave.lang import get_pack, known_languages

UPSTREAM_PROBLEMS = {
    "placeholder": ("garbled_number", "high", "a placeholder token stands where a number was"),
    "double_scale": ("double_scale", "high", "a scale word is applied to a figure twice"),
    "garbled": ("garbled_number", "medium", "a garbled number"),  # own checks say more: win ties
}


@cache
def _placeholder_re() -> re.Pattern[str]:
    tokens = data("numbers")["placeholders"]
    return re.compile(rf"(?<![A-Za-z])(?:{alternation(tokens)})(?![A-Za-z])")


@cache
def _dot_group_re(lang: str) -> re.Pattern[str]:
    scales = alternation(_scale_words(lang))
    counters = alternation(words(lang, "counters"))
    return re.compile(
        rf"(?<![\d.,])(\d{{1,3}}(?:\.\d{{3}})+)(?![.,]?\d)"
        rf"(\s?(?:{scales}))?(\s?(?:{counters}))?"
    )


@cache
def _slash_re(lang: str) -> re.Pattern[str]:
    counters = alternation(words(lang, "counters"))
    return re.compile(rf"(?<![\d/.])(\d{{1,4}})/(\d{{1,4}})(?![\d/])\s?(?:{counters})",
                      re.IGNORECASE)


@cache
def _mm_re() -> re.Pattern[str]:
    """A figure in millimetres, the unit as every language writes it (forensics.yaml)."""
    units: list[str] = []
    for p in known_languages():
        units += [u for u in p.data("forensics").get("millimetres") or () if u not in units]
    alt = alternation(units) if units else "(?!)"
    return re.compile(rf"(?<![\d.,])(\d{{1,3}}(?:[.,]\d{{1,2}})?)\s?-?\s?(?:{alt})(?![a-zA-Z])")


@cache
def _calibre_word_re(lang: str) -> re.Pattern[str]:
    return re.compile(alternation(words(lang, "calibre_words")), re.IGNORECASE)


@cache
def _native_scale() -> re.Pattern[str]:
    """A comma-grouped figure below 10,000 before a myriad scale (numbers.yaml strict_scales:
    万, 億, 만) is native notation ("1,000万ドル"), not a scale read twice."""
    scales = [str(s) for s in get_pack(None).data("numbers").get("strict_scales") or ()]
    return re.compile(rf"(?<![\d.,])\d{{1,3}}(?:,\d{{3}})?\s?(?:{alternation(scales) or '(?!)'})")


@cache
def _groups_with_commas(lang: str) -> bool:
    """The language groups thousands with commas or not at all (numbers.yaml `group` has no
    dot): a dot-grouped figure like "1.500キロ" is a format carried over from another source.
    Only a pack says so."""
    pack = get_pack(lang)
    return not pack.generic and "." not in (pack.data("numbers").get("group") or ())


@cache
def _scale_words(lang: str) -> list[str]:
    """The language's scale words (numbers.yaml `scales`), without a final dot ("тыс.")."""
    scales = get_pack(lang).data("numbers").get("scales") or {}
    out: list[str] = []
    for surfaces in scales.values():
        out += [w for s in surfaces or () if (w := str(s).rstrip(".")) and w not in out]
    return out


def _fmt(value: float) -> str:
    if not math.isfinite(value):
        return "a figure too large to write out"  # hundreds of digits read as a float
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _placeholders(ctx: Context) -> list[Candidate]:
    out = []
    for m in _placeholder_re().finditer(ctx.text):
        out.append(ctx.span_candidate(
            "garbled_number", "high", m.start(), m.end(),
            f"'{m.group()}' is a placeholder a scraping or translation tool left where a number"
            " was; the figure is lost", None, 0.95, "placeholders"))
    return out


def _dot_groups(ctx: Context) -> list[Candidate]:
    """"10.000万" / "1.500キロ" in languages that group thousands with commas."""
    out = []
    for line in ctx.lines:
        lang = line.lang or ctx.lang
        if not lang or not _groups_with_commas(lang):
            continue
        for m in _dot_group_re(lang).finditer(line.text):
            figure = m.group(1)
            if not (m.group(2) or m.group(3)) or figure.startswith("0"):
                continue  # "151.250円" may be a decimal; a count of things ("8.000人") is not
            value = float(figure.replace(".", ""))
            s, e = line.start + m.start(), line.start + m.end()
            if m.group(2):
                out.append(ctx.span_candidate(
                    "double_scale", "high", s, e,
                    f"'{figure}' is already grouped in thousands (dot as separator) and a scale"
                    " word follows: read literally it multiplies the figure twice",
                    f"probably {_fmt(value)} ({figure} with the dot as thousands separator)", 0.9,
                    "garbled_numbers"))
            else:
                out.append(ctx.span_candidate(
                    "number_format", "medium", s, e,
                    f"'{figure}' uses a dot as thousands separator, foreign to {lang} text: a"
                    " copy from a language that groups with dots (it may read as a decimal)",
                    f"{_fmt(value)}", 0.6, "garbled_numbers"))
    return out


@cache
def _thousand_re(lang: str) -> re.Pattern[str] | None:
    thousands = words(lang, "thousand_words")
    if not thousands:
        return None
    grouped = r"(\d{1,3}(?:[.,\u00a0 ]\d{3})+)"
    return re.compile(rf"(?<![\d.,]){grouped}\s?(?:{alternation(thousands)})\b", re.IGNORECASE)


def _thousands_of_thousands(ctx: Context) -> list[Candidate]:
    """"10.000 ribu", "10,000 thousand": a grouped figure times a thousand again."""
    out = []
    for line in ctx.lines:
        rx = _thousand_re(line.lang or ctx.lang or "")
        if rx is None:
            continue
        for m in rx.finditer(line.text):
            value = float(re.sub(r"\D", "", m.group(1)))
            out.append(ctx.span_candidate(
                "double_scale", "high", line.start + m.start(), line.start + m.end(),
                f"'{m.group()}' multiplies a figure already in the thousands by a thousand again:"
                " a scale read twice in translation", f"probably {_fmt(value)}", 0.85,
                "garbled_numbers"))
    return out


def _slashed_counts(ctx: Context) -> list[Candidate]:
    """"48/14機": two figures joined by a slash where one count is expected."""
    out = []
    for line in ctx.lines:
        lang = line.lang or ctx.lang
        if not lang:
            continue
        for m in _slash_re(lang).finditer(line.text):
            a, b = int(m.group(1)), int(m.group(2))
            if (a <= 31 and b <= 12) or (a <= 12 and b <= 31):
                continue  # could be a day/month date
            if a < b:
                continue  # a fraction or a score "3/40" is not a garble of a count
            out.append(ctx.span_candidate(
                "garbled_number", "medium", line.start + m.start(), line.start + m.end(),
                f"two figures '{m.group(1)}/{m.group(2)}' where one count is expected: the count is"
                " garbled (often 'X of Y' collapsed)", f"{b} of {a}?", 0.7, "garbled_numbers"))
    return out


def _calibres(ctx: Context) -> list[Candidate]:
    """"52mm砲弾": a shell calibre not in service anywhere."""
    out = []
    known = [float(c) for c in data("numbers")["calibres_mm"]]
    for line in ctx.lines:
        lang = line.lang or ctx.lang
        if not lang:
            continue
        words = _calibre_word_re(lang)
        for m in _mm_re().finditer(line.text):
            window = line.text[max(0, m.start() - 25): m.end() + 12]
            if not words.search(window):
                continue
            raw = m.group(1).replace(",", ".")
            try:
                value = float(raw)
            except ValueError:
                continue
            if any(abs(value - c) < 0.01 for c in known):
                continue
            digits = m.group(1).replace(".", "").replace(",", "")
            lost_digit = [c for c in known if c == int(c) and str(int(c)).endswith(digits)
                          and len(str(int(c))) == len(digits) + 1]
            guess = lost_digit[0] if lost_digit else min(known, key=lambda c: abs(c - value))
            out.append(ctx.span_candidate(
                "implausible_value", "medium", line.start + m.start(),
                min(line.end, line.start + m.end() + _word_after(line.text, m.end(), words)),
                f"{m.group(1)} mm is not a calibre of any gun or shell in service; a digit was"
                " probably lost in copying", f"{_fmt(guess)} mm", 0.75, "garbled_numbers"))
    return out


def _word_after(text: str, pos: int, words: re.Pattern[str]) -> int:
    """Length of a calibre word right after `pos` (so the span reads "52mm砲弾")."""
    m = words.match(text, pos) or words.match(text, pos + 1)
    return (m.end() - pos) if m else 0


def _upstream(ctx: Context) -> list[Candidate]:
    out = []
    bounds = data("numbers")["max_count"]
    for q in ctx.analysis.quantities:
        if q.problem == "double_scale" and _native_scale().search(q.surface):
            continue  # "1,000万ドル" is ordinary Japanese for ten million, not a double scale
        if q.problem in UPSTREAM_PROBLEMS:
            kind, sev, msg = UPSTREAM_PROBLEMS[q.problem]
            score = 0.65 if q.problem == "garbled" else 0.85
            out.append(Candidate(kind, sev, q.start, q.end, f"{msg}: '{q.surface}'", None, score,
                                 "garbled_numbers"))
        elif q.problem:
            out.append(Candidate("garbled_number", "medium", q.start, q.end,
                                 f"the number '{q.surface}' could not be read ({q.problem})",
                                 None, 0.6, "garbled_numbers"))
        elif q.value is not None and q.unit in bounds and q.value > bounds[q.unit]:
            out.append(Candidate(
                "implausible_value", "high", q.start, q.end,
                f"{_fmt(q.value)} {q.unit} is beyond any plausible figure (at most"
                f" {_fmt(bounds[q.unit])}): a scale was probably applied twice", None, 0.8,
                "garbled_numbers"))
    return out


def _disagreeing(ctx: Context) -> list[Candidate]:
    """Claims of one type giving one measure figures 100x apart: one of them is garbled."""
    out = []
    by_key: dict[tuple[str, str], list] = {}
    for c in ctx.claims:
        if c.quantity and c.quantity.value and c.quantity.unit and c.modality != "denied":
            by_key.setdefault((c.type, c.quantity.unit), []).append(c)
    for (ctype, unit), claims in by_key.items():
        if len(claims) < 2:
            continue
        lo = min(claims, key=lambda c: c.quantity.value)
        hi = max(claims, key=lambda c: c.quantity.value)
        if hi.quantity.value >= 100 * lo.quantity.value:
            s = ctx.document.original_text.find(hi.quantity.text, hi.start, hi.end)
            start, end = (s, s + len(hi.quantity.text)) if s >= 0 else (hi.start, hi.end)
            out.append(Candidate(
                "inconsistent_numbers", "medium", start, end,
                f"the article gives {_fmt(hi.quantity.value)} and {_fmt(lo.quantity.value)} {unit}"
                f" for the same kind of event ({ctype}): orders of magnitude apart, one is garbled",
                f"compare with '{lo.quantity.text}'", 0.55, "garbled_numbers"))
    return out


def check(ctx: Context) -> list[Candidate]:
    return (_placeholders(ctx) + _upstream(ctx) + _dot_groups(ctx) + _thousands_of_thousands(ctx)
            + _slashed_counts(ctx)
            + _calibres(ctx) + _disagreeing(ctx))

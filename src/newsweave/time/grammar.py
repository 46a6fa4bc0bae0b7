"""Compile a language's `dates.yaml` into regular expressions (once per language).

Patterns are regular expressions with placeholders ({Y}, {MON}, {RM}, ...); this module fills
them from the language's word lists and remembers which concept each surface stands for. It knows
nothing about any particular language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from newsweave import patterns
from newsweave.lang import get_pack
from newsweave.lang.scripts import LETTER
from newsweave.patterns import longest_first

# placeholders filled with digits (lookarounds keep them from cutting a longer number)
NUMERIC = {
    "Y": r"(?<!\d)(?P<Y>1[89]\d\d|20\d\d)(?!\d)",
    "M": r"(?<!\d)(?P<M>1[0-2]|0?[1-9])(?!\d)",
    "D": r"(?<!\d)(?P<D>3[01]|[12]\d|0?[1-9])(?!\d)",
    # any one or two digits where a marker makes the part certain (13月, 32日): checked later
    "MX": r"(?<!\d)(?P<M>\d{1,2})(?!\d)",
    "DX": r"(?<!\d)(?P<D>\d{1,2})(?!\d)",
    "D0": r"(?<!\d)(?P<D0>3[01]|[12]\d|0?[1-9])(?!\d)",  # first day of a range: 13–15 Sept
    "EY": r"(?<!\d)(?P<EY>\d{1,3}|元)(?!\d)",  # year of an era: 令和5年, 令和元年
}
# placeholder -> the data key holding its concept -> surfaces mapping
WORDS = {
    "MON": "months",
    "WD": "weekdays",
    "WM": "weekday_modifiers",
    "RY": "relative_year",
    "RM": "relative_month",
    "RW": "relative_week",
    "RD": "relative_day",
    "RA": "anchored_day",
    "DUR": "duration_units",
    "ERA": "eras",
    "RAM": "anchored_month",  # "同月": the month of the last date in the text
    "RAY": "anchored_year",  # "同年": its year
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# a letter or a combining mark (Devanagari vowel signs are inside words: कल is not in कला)
LETTER_BEFORE = f"(?<!{LETTER})"
LETTER_AFTER = f"(?!{LETTER})"


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern[str]
    fixed: dict  # year_offset, month_offset, ago, later
    order: int


@dataclass(frozen=True)
class Grammar:
    lang: str
    patterns: tuple[Pattern, ...]
    lookup: dict[str, dict[str, str]]  # placeholder -> lowercased surface -> concept
    offsets: dict[str, int]
    month_numbers: dict[str, int]
    weekday_numbers: dict[str, int]
    era_offsets: dict[str, int]
    count_values: dict[str, float]
    future: re.Pattern[str] | None
    not_date_after: tuple[str, ...]
    garble_suffixes: tuple[str, ...]
    weekday_trailer: re.Pattern[str] | None
    future_window_days: int = 61
    future_side: str = "any"  # where a future marker must stand: "before", "after", "any"
    time_of_day: re.Pattern[str] | None = None  # a clock time right after a date is no garble
    # CJK numerals written in dates (九月十三日): run of numerals before a date marker
    kanji_run: re.Pattern[str] | None = None
    kanji_values: dict[str, int] = field(default_factory=dict)
    # a bare day number opening a clause, then glue words, ending where a weekday starts
    weekday_glue: re.Pattern[str] | None = None


def words_regex(surfaces: list[str]) -> str:
    """An alternation of literal surfaces, longest first; a space matches any white space."""
    uniq = sorted({s for s in surfaces if s}, key=longest_first)
    return "|".join(re.escape(s).replace(r"\ ", r"\s*") for s in uniq)


def norm_key(surface: str) -> str:
    return re.sub(r"\s+", "", surface).casefold()


def _concept_map(mapping: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    for concept, surfaces in (mapping or {}).items():
        for s in surfaces or ():
            out.setdefault(norm_key(str(s)), str(concept))
    return out


@cache
def grammar(lang: str | None) -> Grammar:
    pack = get_pack(lang)
    data = pack.data("dates")
    numbers = pack.data("numbers")
    lookup: dict[str, dict[str, str]] = {}
    fills: dict[str, str] = dict(NUMERIC)
    for ph, key in WORDS.items():
        mapping = data.get(key) or {}
        lookup[ph] = _concept_map(mapping)
        surfaces = [str(s) for v in mapping.values() for s in (v or ())]
        if surfaces:
            alt = words_regex(surfaces)
            if key in (data.get("case_sensitive") or ()):
                alt = f"(?-i:{alt})"  # English "May" is a month, "may" a verb
            fills[ph] = f"(?P<{ph}>{alt})"
    # {N}: digits, or number words of the language (dates' count_words and numbers' cardinals)
    values = {str(k): float(v) for k, v in (numbers.get("values") or {}).items()}
    count_values: dict[str, float] = {}
    for src in (data.get("count_words") or {}, numbers.get("cardinals") or {}):
        for concept, surfaces in src.items():
            if concept in values and values[concept] <= 100:
                for s in surfaces or ():
                    count_values.setdefault(norm_key(str(s)), values[concept])
    n_words = words_regex(list(count_values))
    fills["N"] = rf"(?P<N>(?<!\d)\d{{1,3}}(?!\d){'|' + n_words if n_words else ''})"

    start = LETTER_BEFORE if data.get("boundary_start", True) else ""
    end = LETTER_AFTER if data.get("boundary_end", True) else ""
    found: list[Pattern] = []
    for i, entry in enumerate(data.get("patterns") or ()):
        spec = entry if isinstance(entry, dict) else {"p": entry}
        template = str(spec["p"])
        names = _PLACEHOLDER.findall(template)
        if any(n not in fills for n in names):
            continue  # the language has no words for one of its parts
        body = template.replace(" ", r"\s*")
        body = _PLACEHOLDER.sub(lambda m: fills[m.group(1)], body)
        fixed = {k: v for k, v in spec.items() if k != "p"}
        found.append(Pattern(patterns.compile(start + body + end, re.IGNORECASE), fixed, i))

    future_words = [str(w) for w in data.get("future_markers") or ()]
    future = (
        patterns.compile(f"{start}(?:{words_regex(future_words)}){end}", re.IGNORECASE)
        if future_words
        else None
    )
    short = data.get("weekdays_short") or {}
    trailer = None
    wd_surfaces = [str(s) for v in (data.get("weekdays") or {}).values() for s in v or ()]
    short_surfaces = [str(s) for v in short.values() for s in v or ()]
    if wd_surfaces or short_surfaces:
        # a weekday written right after a date: "9月13日（水）", "13 September (Wednesday)"
        trailer = patterns.compile(
            r"\s*[,(（]\s*(?P<WD>" + words_regex(wd_surfaces + short_surfaces) + r")\s*[)）]?",
            re.IGNORECASE,
        )
        lookup["WD"] = {**_concept_map(short), **lookup["WD"]}
    kanji = {str(k): int(v) for k, v in (data.get("kanji_digits") or {}).items()}
    markers = [str(x) for x in data.get("kanji_digit_markers") or ()]
    kanji_run = None
    if kanji and markers:
        chars = "".join(sorted(kanji))
        kanji_run = patterns.compile(f"[{chars}]+(?=(?:{words_regex(markers)}))")
    glue = words_regex([str(w) for w in data.get("weekday_glue") or ()])
    weekday_glue = patterns.compile(
        r"(?:^|[!?;:、，。(\n]|[.,]\s)\s*(?P<D>\d{1,2})\s*"
        + (f"(?:(?:{glue})\\s*)?" if glue else "") + r"$",
        re.IGNORECASE,
    )
    return Grammar(
        weekday_glue=weekday_glue,
        kanji_run=kanji_run,
        kanji_values=kanji,
        lang=pack.code,
        patterns=tuple(found),
        lookup=lookup,
        offsets={str(k): int(v) for k, v in (data.get("offsets") or {}).items()},
        month_numbers={str(k): int(v) for k, v in (data.get("month_numbers") or {}).items()},
        weekday_numbers={str(k): int(v) for k, v in (data.get("weekday_numbers") or {}).items()},
        era_offsets={str(k): int(v) for k, v in (data.get("era_offsets") or {}).items()},
        count_values=count_values,
        future=future,
        not_date_after=tuple(str(w) for w in data.get("not_date_after") or ()),
        garble_suffixes=tuple(str(w) for w in data.get("garble_suffixes") or ()),
        weekday_trailer=trailer,
        future_window_days=int(data.get("future_window_days", 61)),
        future_side=str(data.get("future_side", "any")),
        time_of_day=patterns.compile(data["time_of_day"]) if data.get("time_of_day") else None,
    )

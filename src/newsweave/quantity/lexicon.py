"""Compile a language's `numbers.yaml` into the regular expressions the quantity finder uses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsweave import patterns
from newsweave.lang import get_pack
from newsweave.time.grammar import LETTER_AFTER, LETTER_BEFORE, norm_key, words_regex

ALWAYS_GROUP = "\u00a0\u202f\u2009’'"


@dataclass(frozen=True)
class Lexicon:
    lang: str
    decimal: str
    group: str  # characters that group thousands in this language
    token: re.Pattern[str]  # one numeral token: ph | num | word
    word_values: dict[str, tuple[float, bool]]  # surface -> (value, is a scale)
    implicit_one: frozenset[str]
    strict_scales: frozenset[str]
    connector: re.Pattern[str]  # the gap allowed between two tokens of one number
    unit_after: re.Pattern[str] | None
    unit_noun_before: re.Pattern[str] | None  # a counted noun right before the number
    unit_noun_after: re.Pattern[str] | None  # a counted noun after a counter ("の砲弾")
    # the unit after a scale word and a linker word ("1,5 millones de personas")
    unit_after_linker: re.Pattern[str] | None
    unit_before: re.Pattern[str] | None
    units: dict[str, str]  # surface -> canonical
    bounds_before: re.Pattern[str] | None
    bounds_between: re.Pattern[str] | None
    bounds_after: re.Pattern[str] | None
    bounds: dict[str, str]  # surface -> bound concept
    not_before: re.Pattern[str] | None
    not_after: re.Pattern[str] | None
    integer_units: frozenset[str]
    generic_units: frozenset[str]
    gap_words: int
    gap_block: frozenset[str]
    spaced: bool
    range_sep: re.Pattern[str] | None = None  # the words or marks joining the ends of a range
    forecast_before: re.Pattern[str] | None = None  # "expected to reach" before a number
    forecast_after: re.Pattern[str] | None = None  # "に達する見込み" right after it
    forecast_by: re.Pattern[str] | None = None  # "by" before a date after the number
    forecast_until: re.Pattern[str] | None = None  # "までに" after a date before the number
    money_scales: re.Pattern[str] | None = None  # "m", "bn" glued to a sum: "$5m"
    duals: re.Pattern[str] | None = None  # nouns in the dual: two of their unit (غارتين)
    dual_units: dict[str, str] | None = None  # norm_key(surface) -> canonical unit
    # counters whose "one" is a count, not a word ("一枚导弹": one missile; unlike 一个, 一つ)
    one_counters: tuple[str, ...] = ()
    ordinal_before_noun: re.Pattern[str] | None = None  # "26th " right before an act's noun
    ordinal_after_noun: re.Pattern[str] | None = None  # " ke-26" right after it
    partitive: re.Pattern[str] | None = None  # "of" in "25 of 30 drones"
    partitive_of_the: re.Pattern[str] | None = None  # "of these" in "two of these sites"


def _surfaces(mapping: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    for concept, items in (mapping or {}).items():
        for s in items or ():
            out.setdefault(str(s), str(concept))
    return out


def _alt(surfaces, spaced: bool, left: bool = True, right: bool = True) -> str | None:
    body = words_regex([str(s) for s in surfaces])
    if not body:
        return None
    start = LETTER_BEFORE if (spaced and left) else ""
    end = LETTER_AFTER if (spaced and right) else ""
    return f"{start}(?:{body}){end}"


def _compile(pattern: str | None, flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    return patterns.compile(pattern, flags) if pattern else None


@cache
def lexicon(lang: str | None) -> Lexicon:
    pack = get_pack(lang)
    d = pack.data("numbers")
    spaced = bool(d.get("word_boundaries", True))
    values = {str(k): float(v) for k, v in (d.get("values") or {}).items()}
    word_values: dict[str, tuple[float, bool]] = {}
    money = {str(s): str(c) for c, items in (d.get("money_scales") or {}).items() for s in items}
    for surface, concept in money.items():
        word_values.setdefault(norm_key(surface), (values[concept], True))
    for concept, items in (d.get("cardinals") or {}).items():
        for s in items or ():
            word_values[norm_key(str(s))] = (values[str(concept)], False)
    for concept, items in (d.get("scales") or {}).items():
        for s in items or ():
            word_values[norm_key(str(s))] = (values[str(concept)], True)
    decimal = str(d.get("decimal", "."))
    group = "".join(str(g) for g in d.get("group") or ()) + ALWAYS_GROUP
    group_chars = "".join(sorted(set(group + ",.")))
    sep = "[" + re.escape(group_chars.replace(" ", "")) + "]"
    if " " in group:
        sep = f"(?:{sep}| )"
    # ...and the South Asian way, in lakhs and crores (1,00,000; 12,34,56,789): never a
    # grouping in thousands, so every language reads it
    indian = r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"
    grouped = rf"(?:{indian}|\d{{1,3}}(?:{sep}\d{{3}}(?!\d))+)(?:[.,]\d+)?"
    # not inside a time (11:00), a sum (2+2), a model name (Su-27) or a fraction
    num = (LETTER_BEFORE if spaced else "") + (
        rf"(?<![\d.,:+/])(?<![^\W\d_]-)(?:{grouped}|\d+(?:[.,]\d+)?)(?![\d:]|\+\d)"
    )
    ph_words = words_regex([str(x) for x in d.get("placeholders") or ()])
    placeholders = f"(?<![A-Za-z])(?:{ph_words})(?![A-Za-z])" if ph_words else None
    cardinal_words = [s for items in (d.get("cardinals") or {}).values() for s in items or ()]
    scale_list = [s for items in (d.get("scales") or {}).values() for s in items or ()]
    if d.get("cardinals_stand_alone"):
        # Korean native numerals (두 명, 세 차례) are words of their own: 세기 is "century"
        alone = words_regex([str(x) for x in cardinal_words])
        words = "|".join(
            x for x in (f"{LETTER_BEFORE}(?:{alone})(?=\\s)" if alone else "",
                        _alt(scale_list, spaced) or "") if x
        ) or None
    else:
        words = _alt(cardinal_words + scale_list, spaced)
    # a scale word may attach straight to digits ("10万", "3천", "10rb")
    scale_words = [s for items in (d.get("scales") or {}).values() for s in items or ()]
    scales_attached = _alt(scale_words, spaced, left=False)
    parts = []
    if placeholders:
        parts.append(f"(?P<ph>{placeholders})")
    parts.append(f"(?P<num>{num})")
    if scales_attached:
        parts.append(f"(?<=\\d)(?P<scale>{scales_attached})")
    if words:
        parts.append(f"(?P<word>{words})")
    token = patterns.compile("|".join(parts), re.IGNORECASE)
    connectors = [str(c) for c in d.get("connectors") or ()]
    conn = r"[\s\-]*" + (f"(?:(?:{words_regex(connectors)})\\s+)?" if connectors else "")
    if not spaced:
        conn = r"\s?"

    units = _surfaces(d.get("units"))
    bounds = {}
    for key in ("bounds_before", "bounds_between", "bounds_after"):
        bounds.update({norm_key(k): v for k, v in _surfaces(d.get(key)).items()})
    unit_alt = _alt(units, spaced, left=False)
    generic = frozenset(str(u) for u in d.get("generic_units") or ())
    nouns = [s for s, c in units.items() if c not in generic and len(s) > 1]
    noun_alt = _alt(nouns, spaced)
    linkers = words_regex([str(x) for x in d.get("linkers") or ()])
    # words that may stand between a counted noun and its number ("砲弾など1300万発", "포탄 등")
    gap = words_regex([str(x) for x in d.get("noun_number_gap") or ()])
    noun_gap = f"(?:(?:{gap})\\s?)?" if gap else ""
    after_bounds = _alt(_surfaces(d.get("bounds_after")), spaced, left=False)
    noun_after = None
    if noun_alt and linkers:
        tail = f"(?:\\s?(?:{after_bounds}))?" if after_bounds else ""
        # after a linker, a few describing characters may come first ("8.000人の北朝鮮兵士")
        mod = str(d.get("noun_after_gap") or "")
        noun_after = (
            f"{tail}\\s?(?:(?:{linkers})?\\s?{mod})?(?P<noun>{noun_alt})"
        )
    before_units = _surfaces(d.get("units_before"))
    unit_names = {norm_key(k): v for k, v in {**units, **before_units}.items()}
    bb = _alt(_surfaces(d.get("bounds_before")), spaced)
    duals = _surfaces(d.get("duals"))
    return Lexicon(
        lang=pack.code,
        decimal=decimal,
        group=group,
        token=token,
        word_values=word_values,
        implicit_one=frozenset(norm_key(str(s)) for s in d.get("implicit_one") or ()),
        strict_scales=frozenset(norm_key(str(s)) for s in d.get("strict_scales") or ()),
        connector=patterns.compile(conn, re.IGNORECASE),
        unit_after=_compile(f"\\s?(?P<unit>{unit_alt})" if unit_alt else None),
        unit_noun_before=_compile(
            f"(?P<noun>{noun_alt})\\s?{noun_gap}$" if noun_alt else None
        ),
        unit_noun_after=_compile(noun_after),
        unit_after_linker=_compile(
            f"\\s+(?:{linkers})\\s+(?P<unit>{unit_alt})" if unit_alt and linkers and spaced
            else None),
        unit_before=_compile(
            f"(?P<unit>{words_regex(list(before_units))})\\s?$" if before_units else None
        ),
        units=unit_names,
        bounds_before=_compile(f"(?P<bound>{bb})\\s*$" if bb else None),
        bounds_between=_compile(
            f"\\s?(?P<bound>{words_regex(list(_surfaces(d.get('bounds_between'))))})"
            if d.get("bounds_between")
            else None
        ),
        bounds_after=_compile(f"\\s?(?P<bound>{after_bounds})" if after_bounds else None),
        bounds=bounds,
        not_before=_compile(
            f"(?:{_alt(d.get('not_quantity_before') or (), spaced, right=False)})\\s?$"
            if d.get("not_quantity_before")
            else None
        ),
        not_after=_compile(
            f"(?:{words_regex([str(x) for x in d.get('not_quantity_after')])})"
            if d.get("not_quantity_after")
            else None
        ),
        integer_units=frozenset(str(u) for u in d.get("integer_units") or ()),
        generic_units=generic,
        gap_words=int(d.get("unit_gap_words") or 0),
        gap_block=frozenset(str(w).casefold() for w in d.get("unit_gap_block") or ()),
        spaced=spaced,
        money_scales=_compile(
            f"(?:{words_regex(list(money))}){LETTER_AFTER}" if money else None, 0
        ),
        forecast_before=_compile(
            f"(?:{_alt(d['forecast_before'], spaced)})(?:\\s+\\S+){{0,2}}\\s*$"
            if d.get("forecast_before") else None),
        forecast_after=_compile(
            f"\\s*(?:\\S{{0,4}}\\s?)?(?:{_alt(d['forecast_after'], spaced)})"
            if d.get("forecast_after") else None),
        forecast_by=_compile(
            f"\\s*(?:\\S{{0,12}}\\s){{0,2}}?(?:{_alt(d['forecast_by'], spaced)})\\s*"
            if d.get("forecast_by") else None),
        forecast_until=_compile(
            f"\\s*(?:{_alt(d['forecast_until'], spaced)})"
            if d.get("forecast_until") else None),
        duals=_compile(_alt(list(duals), spaced)),
        dual_units={norm_key(k): v for k, v in duals.items()},
        one_counters=tuple(str(x) for x in d.get("one_counters") or ()),
        ordinal_before_noun=_compile(str(d.get("ordinal_before_noun") or "") or None),
        ordinal_after_noun=_compile(str(d.get("ordinal_after_noun") or "") or None),
        partitive=_compile(f"\\s+(?:{_alt(d['partitive'], spaced)})(?=\\s*\\d)"
                           if d.get("partitive") else None),
        partitive_of_the=_compile(f"\\s+(?:{_alt(d['partitive_of_the'], spaced)})"
                                  if d.get("partitive_of_the") else None),
        range_sep=_compile(
            f"\\s*(?:{words_regex([str(x) for x in d['range_separators']])})\\s*"
            if d.get("range_separators")
            else None
        ),
    )

"""Numbers and units → values, in every language with a `numbers.yaml`.

`parse_quantities(text, lang)` reads one piece of text; `find_quantities(document)` runs it over
the sentences. A quantity is a number (digits in any grouping, CJK numerals, number words, scale
words: "3.000", "1,5 juta", "1万2千", "полторы тысячи"), the counted noun or unit as a canonical
English word, and a bound ("about", "more_than", ...). Dates, times, article numbers and ranks are
skipped. Numbers that cannot be trusted keep value None with a `problem`:
"placeholder" (XNUMX), "double_scale" (a scale word after a thousands-grouped number, 10.000万),
"garbled" (48/14機).

Separators: a dot or comma before exactly three digits groups thousands when the language groups
with it, or when the document elsewhere groups with it unmistakably ("1.000.000", "1.234,5"), or
when the unit counts whole things, or when the three digits end in 0 (nobody writes 1.500 for one
and a half); otherwise it is the decimal mark. Such a number before a scale word ("1.500 million")
is not guessed: value None, problem "ambiguous_separator".

Units: the counter or noun after the number (canonical English, from `units`); a counter that
only says "people"/"things" (人, 명, 発, 개) takes the noun just before the number or after the
counter ("ミサイル1.000発", "2発以上のミサイル"). Both ends of a range share the unit.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from newsweave.model import Document, Quantity
from newsweave.quantity.lexicon import Lexicon, lexicon
from newsweave.time import FULLWIDTH, parse_times
from newsweave.time.grammar import norm_key

__all__ = ["QuantityMatch", "find_quantities", "parse_quantities", "read_number"]

APPROX_BOUNDS = frozenset({"about", "nearly"})
# Past any count or sum the news reports (state budgets in rupiah or rials reach 10^16): a
# figure beyond it (or a literal of hundreds of digits, which a float reads as infinity) is
# kept as a problem, which forensics reports and fusion never uses.
MAX_VALUE = 1e18
_FRACTION = re.compile(r"/(\d{1,4})(?!\d)")
_ENUMERATOR_START = re.compile(r"^\s*$")
_UNAMBIGUOUS_GROUP = re.compile(
    # "1.000.000" (the same mark twice) or "1.234,5" (a group mark, then the other as decimal)
    r"(?<![\d.,])\d{1,3}(?:([.,])\d{3}\1\d{3}(?!\d)|([.,])\d{3}(?!\2)[.,]\d)"
)


@lru_cache(maxsize=64)
def _hinted(lang: str | None, hint: str | None) -> Lexicon:
    lex = lexicon(lang)
    if not hint or (hint in lex.group and hint != lex.decimal):
        return lex
    return replace(lex, group=lex.group + hint, decimal="," if hint == "." else ".")


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    start: int
    end: int
    surface: str
    value: float | None
    unit: str | None
    approx: bool = False
    bound: str | None = None
    problem: str | None = None
    value_max: float | None = None  # a range's upper end; `value` is its lower one
    forecast: bool = False  # "expected to reach 10,000", "10,000 by December"


@dataclass
class _Token:
    kind: str  # "num", "word", "scale", "ph"
    start: int
    end: int
    text: str
    value: float = 0.0
    is_scale: bool = False


def find_quantities(document: Document) -> list[Quantity]:
    found: list[Quantity] = []
    hint = grouping_hint(document.clean_text)
    for sentence in document.sentences:
        lang = sentence.lang or document.main_language
        for q in parse_quantities(sentence.text, lang, hint):
            start, end = document.span(sentence, q.start, q.end)
            found.append(
                Quantity(
                    start=start,
                    end=end,
                    surface=document.original_text[start:end],
                    sentence=sentence.index,
                    value=q.value,
                    unit=q.unit,
                    approx=q.approx,
                    bound=q.bound,
                    problem=q.problem,
                    value_max=q.value_max,
                    forecast=q.forecast,
                )
            )
    return found


def grouping_hint(text: str) -> str | None:
    """The mark a text unmistakably groups thousands with ("1.000.000", "1.234,5"), if any.

    Machine-translated copies keep the source's number format: a Japanese text taken from a
    Vietnamese one writes 1.234 for one thousand two hundred and thirty-four.
    """
    m = _UNAMBIGUOUS_GROUP.search(text.translate(FULLWIDTH))
    return (m.group(1) or m.group(2)) if m else None


def parse_quantities(
    text: str, lang: str | None, group_hint: str | None = None
) -> list[QuantityMatch]:
    """Every quantity in `text` (offsets into `text`). `group_hint` is a mark the document is
    known to group thousands with (see `grouping_hint`)."""
    lex = _hinted(lang, group_hint)
    norm = text.translate(FULLWIDTH)
    in_date = bytearray(len(text) + 1)  # characters inside a date or time expression
    times = [(t.start, t.end) for t in parse_times(text, lang)]
    for a, b in times:
        in_date[a:b] = b"\x01" * (b - a)
    out: list[QuantityMatch] = []
    for chain in _chains(lex, norm):
        start, end = chain[0].start, chain[-1].end
        if any(in_date[start:end]):
            continue
        q = _read(lex, norm, text, chain)
        if q is not None:
            out.append(q)
    out = _join_ranges(lex, norm, text, out)
    out = sorted(out + _duals(lex, norm, text, out, in_date), key=lambda q: q.start)
    return [replace(q, forecast=True) if _forecast(lex, norm, q, times) else q for q in out]


def _duals(lex: Lexicon, norm: str, text: str, found: list[QuantityMatch],
           in_date: bytearray) -> list[QuantityMatch]:
    """Nouns in the dual number, each two of its unit ("استهدف بغارتين": two strikes), where
    no number already reads that stretch."""
    if lex.duals is None or not lex.dual_units:
        return []
    taken = bytearray(len(text) + 1)
    for q in found:
        taken[q.start:q.end] = b"\x01" * (q.end - q.start)
    out = []
    for m in lex.duals.finditer(norm):
        a, b = m.start(), m.end()
        unit = lex.dual_units.get(norm_key(m.group(0)))
        if unit is None or any(taken[a:b]) or any(in_date[a:b]):
            continue
        out.append(QuantityMatch(a, b, text[a:b], 2.0, unit))
    return out


def _join_ranges(lex: Lexicon, norm: str, text: str,
                 found: list[QuantityMatch]) -> list[QuantityMatch]:
    """"11,000–12,000 troops", "3천~5천 명", "3.000 hingga 5.000 tentara": one quantity, the
    range's lower end as its value and its upper end as `value_max`, sharing the unit."""
    if lex.range_sep is None:
        return found
    out: list[QuantityMatch] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        sep = lex.range_sep.match(norm, a.end) if b is not None else None
        low = _range_low(lex, a, b) if b is not None else None
        unit = _range_unit(lex, a, b) if b is not None else None
        if (b is None or sep is None or unit is None or a.problem is not None
                or b.problem is not None or not (b.start <= sep.end() < b.end)
                or low is None or b.value is None or not low < b.value):
            out.append(a)
            i += 1
            continue
        # the separator may have been read as b's bound ("hingga", "до"): the range has none
        bound = a.bound if a.bound is not None else (b.bound if sep.end() <= b.start else None)
        out.append(QuantityMatch(a.start, b.end, text[a.start : b.end], low, unit,
                                 a.approx or bound in APPROX_BOUNDS, bound, None, b.value))
        i += 2
    return out


def _range_unit(lex: Lexicon, a: QuantityMatch, b: QuantityMatch) -> str | None:
    """The unit two ends share: b's when a has none; the precise one when the other only
    counts people or things (兵士1万1000～1万2000人); none when they count different things."""
    if not b.unit:
        return None
    if a.unit is None or a.unit == b.unit or a.unit in lex.generic_units:
        return b.unit
    return a.unit if b.unit in lex.generic_units else None


def _range_low(lex: Lexicon, a: QuantityMatch, b: QuantityMatch) -> float | None:
    """The lower end: "11 до 12 тысяч", "3 to 5 million" share the upper end's scale word."""
    if a.value is None or b.value is None:
        return a.value
    scaled = any(m.lastgroup == "scale" or (m.lastgroup == "word" and lex.word_values.get(
        norm_key(m.group()), (0, False))[1]) for m in lex.token.finditer(b.surface))
    if scaled and not any(m.lastgroup in ("scale", "word") for m in lex.token.finditer(a.surface)):
        for k in (1e3, 1e4, 1e6, 1e8, 1e9):
            if a.value * k <= b.value < a.value * k * 10:
                return a.value * k
    return a.value


def _forecast(lex: Lexicon, norm: str, q: QuantityMatch, times: list[tuple[int, int]]) -> bool:
    """A figure told as expected later: a forecast word before it ("expected to reach 10,000",
    "预计将达1万") or after it ("1万人に達する見込み"), or a target date: "10,000 by December"
    (a `forecast_by` word, then a date, after the number) or "12月までに1万人" (a date, then a
    `forecast_until` word, before the number)."""
    digit = next((i for i, ch in enumerate(q.surface) if ch.isdigit()), 0)
    lead = norm[max(0, q.start - 40) : q.start + digit]  # "mencapai" may be the bound itself
    if lex.forecast_before and lex.forecast_before.search(lead):
        return True
    if lex.forecast_after and lex.forecast_after.match(norm, q.end):
        return True
    if lex.forecast_by:
        m = lex.forecast_by.match(norm, q.end)
        # the date may include the word itself ("by December", "akhir Desember")
        if m and any(q.end <= a <= m.end() + 2 and b > m.end() for a, b in times):
            return True
    if lex.forecast_until:
        for _, b in times:
            if 0 <= q.start - b <= 16:  # 12月までにロシアに兵士1万人
                m = lex.forecast_until.match(norm, b)
                if m and q.start - m.end() <= 12 and not re.search(
                        r"[,;:，、；：。]", norm[m.end() : q.start]):
                    return True
    return False


def read_number(literal: str, lang: str | None, unit: str | None = None) -> float | None:
    """The value of one digit literal ("3.000", "1,5") as the language writes it."""
    value, _grouped, _ambiguous = _literal(lexicon(lang), literal, unit)
    return value


# --------------------------------------------------------------------------- tokens


def _chains(lex: Lexicon, text: str) -> list[list[_Token]]:
    """Tokens grouped into numbers: "1万2千", "two hundred thousand", "10 тыс."."""
    tokens: list[_Token] = []
    for m in lex.token.finditer(text):
        kind = m.lastgroup or "num"
        tok = _Token(kind, m.start(), m.end(), m.group())
        if kind in ("word", "scale"):
            value, is_scale = lex.word_values.get(norm_key(tok.text), (0.0, False))
            tok.value, tok.is_scale = value, is_scale
        tokens.append(tok)
    chains: list[list[_Token]] = []
    for tok in tokens:
        cur = chains[-1] if chains else None
        if cur is not None and _joins(lex, text, cur, tok):
            cur.append(tok)
        else:
            chains.append([tok])
    return [c for c in chains if _starts_number(lex, c)]


def _joins(lex: Lexicon, text: str, chain: list[_Token], tok: _Token) -> bool:
    prev = chain[-1]
    gap = text[prev.end : tok.start]
    if gap and not lex.connector.fullmatch(gap):
        return False
    if prev.kind == "ph" or tok.kind == "ph":
        return False
    if tok.is_scale:
        return True
    if prev.is_scale:
        # after a scale only a smaller number may follow ("1만1000", "seribu lima ratus")
        smaller = tok.value if tok.kind != "num" else _literal(lex, tok.text, None)[0] or 0
        return smaller < prev.value and (tok.kind != "num" or not lex.spaced)
    if prev.kind == "word" and tok.kind == "word":
        return prev.value >= 20 and prev.value % 10 == 0 and tok.value < 10
    return False


def _starts_number(lex: Lexicon, chain: list[_Token]) -> bool:
    first = chain[0]
    if first.is_scale:
        return norm_key(first.text) in lex.implicit_one
    return True


# --------------------------------------------------------------------------- values


def _literal(lex: Lexicon, s: str, unit: str | None) -> tuple[float | None, bool, bool]:
    """(value, grouped in thousands, separator was ambiguous) of a digit literal."""
    seps = [(i, c) for i, c in enumerate(s) if not c.isdigit()]
    if not seps:
        return float(s), False, False
    clean = s
    for c in set(lex.group) - {",", "."}:
        clean = clean.replace(c, "")
    seps = [(i, c) for i, c in enumerate(clean) if c in ",."]
    if not seps:
        return float(clean), True, False
    kinds = {c for _, c in seps}
    if len(kinds) == 2:  # "1.234,5" / "1,234.5": the last mark is the decimal one
        dec = seps[-1][1]
        other = ({",", "."} - {dec}).pop()
        return float(clean.replace(other, "").replace(dec, ".")), True, False
    mark = seps[0][1]
    if len(seps) > 1:  # "1.000.000"
        return float(clean.replace(mark, "")), True, False
    head, tail = clean.split(mark)
    if len(tail) != 3:
        return float(f"{head}.{tail}"), False, False
    grouped_lang = mark in lex.group and mark != lex.decimal
    if grouped_lang:
        return float(head + tail), True, False
    # the language's decimal mark before exactly three digits
    whole = unit in lex.integer_units if unit else False
    if head != "0" and (whole or tail.endswith("0")):
        return float(head + tail), True, True
    return float(f"{head}.{tail}"), False, True


def _combine(values: list[tuple[float, bool]]) -> float:
    """Numbers and scales in reading order → one value: [3, 千, 万] → 30,000,000."""
    parts: list[float] = []
    for value, is_scale in values:
        if not is_scale:
            parts.append(value)
            continue
        acc = 0.0
        while parts and parts[-1] < value:
            acc += parts.pop()
        parts.append((acc or 1.0) * value)
    return sum(parts)


# --------------------------------------------------------------------------- reading


def _read(lex: Lexicon, norm: str, text: str, chain: list[_Token]) -> QuantityMatch | None:
    start, end = chain[0].start, chain[-1].end
    before = norm[max(0, start - 40) : start]
    if lex.not_before and lex.not_before.search(before):
        return None
    has_digits = any(t.kind == "num" for t in chain)
    placeholder = any(t.kind == "ph" for t in chain)
    problem: str | None = None

    # "48/14機": a slash between two numbers glued to a counter
    frac = _FRACTION.match(norm, end) if len(chain) == 1 and has_digits else None
    if frac:
        u = lex.unit_after.match(norm, frac.end()) if lex.unit_after else None
        first = _literal(lex, chain[0].text, None)[0] or 0
        if u is None or first <= int(frac.group(1)):
            return None  # a fraction, a ratio or a date
        end, problem = frac.end(), "garbled"

    # "$5m", "£2bn": a scale letter glued to a sum of money
    money_scale = 1.0
    if lex.money_scales is not None and lex.unit_before and lex.unit_before.search(before):
        ms = lex.money_scales.match(norm, end)
        if ms:
            money_scale = lex.word_values.get(norm_key(ms.group()), (1.0, True))[0]
            end = ms.end()

    # bound between number and counter ("100余人", "100多人")
    pos = end
    bound: str | None = None
    if lex.bounds_between:
        b = lex.bounds_between.match(norm, pos)
        if b and lex.unit_after and lex.unit_after.match(norm, b.end()):
            bound = lex.bounds.get(norm_key(b.group("bound")))
            pos = b.end()
    # (a word for one, which is also the indefinite article, takes no describing words before
    # its noun: "in Zuge einer Militäroffensive armenische Stellungen" counts no positions)
    article = all(t.kind == "word" for t in chain) and _combine(
        [(t.value, t.is_scale) for t in chain]) < 2
    unit, pos = _unit_after(lex, norm, pos, gaps=not article)
    if unit is None and (lex.partitive or lex.partitive_of_the) is not None:
        unit = _partitive_unit(lex, norm, pos, chain)
    if unit is None and lex.unit_after_linker and chain[-1].is_scale:
        # "1,5 millones de personas", "12 mil de soldados": the noun a scale word counts
        u = lex.unit_after_linker.match(norm, pos)
        if u:
            unit, pos = lex.units.get(norm_key(u.group("unit"))), u.end()
    na = lex.not_after.match(norm, end) if lex.not_after else None
    if na and (unit is None or na.end() > pos):  # "第5条", "3번째" (not "3번"), "15th"
        return None
    if unit is None and bound is not None:
        pos = end
        bound = None
    qend = pos
    if lex.bounds_after:
        b = lex.bounds_after.match(norm, qend)
        if b:
            bound = bound or lex.bounds.get(norm_key(b.group("bound")))
            qend = b.end()
    # a counter that only says "people"/"things": name what is counted from the nouns around
    if unit is None or unit in lex.generic_units:
        noun = None
        if lex.unit_noun_after and unit is not None:
            n = lex.unit_noun_after.match(norm, pos)
            if n:
                noun = lex.units.get(norm_key(n.group("noun")))
        if noun is None and lex.unit_noun_before and (unit is not None or not lex.spaced):
            n = lex.unit_noun_before.search(_strip_bound(lex, before))
            if n:
                noun = lex.units.get(norm_key(n.group("noun")))
        if noun is not None and (unit is not None or noun in lex.integer_units):
            unit = noun

    # currency symbol and bound before the number
    qstart = start
    if lex.unit_before:
        u = lex.unit_before.search(before)
        if u:
            unit = unit or lex.units.get(norm_key(u.group("unit")))
            qstart = start - (len(before) - u.start())
    if lex.bounds_before:
        lead = norm[max(0, qstart - 30) : qstart]
        b = lex.bounds_before.search(lead)
        if b:
            bound = lex.bounds.get(norm_key(b.group("bound"))) or bound
            qstart -= len(lead) - b.start()

    if not has_digits and not placeholder:
        # number words alone are too often "one of", "一方": only with a unit or a big scale
        big_scale = any(t.is_scale and t.value >= 1000 for t in chain[1:])
        if unit is None and not big_scale:
            return None
        if (unit in lex.generic_units and _combine([(t.value, t.is_scale) for t in chain]) < 2
                and not norm.startswith(lex.one_counters, end)):
            return None  # "一つ", "one of": a word, not a count (but "一枚": one missile)
    if problem is None and placeholder:
        problem = "placeholder"

    value: float | None = None
    if problem is None:
        value, problem = _value(lex, chain, unit)
        if value is not None:
            value *= money_scale
            if not math.isfinite(value) or abs(value) > MAX_VALUE:
                value, problem = None, "too_large"
    if value is not None and unit is None and problem is None:
        if _is_year(chain, value) or _is_enumerator(norm, start, end):
            return None
        if len(chain) == 1 and chain[0].kind == "word":
            return None
    approx = bound in APPROX_BOUNDS
    return QuantityMatch(qstart, qend, text[qstart:qend], value, unit, approx, bound, problem)


def _unit_after(lex: Lexicon, text: str, pos: int, gaps: bool = True) -> tuple[str | None, int]:
    if lex.unit_after is None:
        return None, pos
    m = lex.unit_after.match(text, pos)
    if m:
        return lex.units.get(norm_key(m.group("unit"))), m.end()
    # "3,000 North Korean troops": a few describing words before a counted noun
    p = pos
    for _ in range(lex.gap_words if gaps else 0):
        w = re.match(r"\s+([^\W\d_][\w'’\-]*)", text[p:])
        if not w or w.group(1).casefold() in lex.gap_block:
            break
        p += w.end()
        m = lex.unit_after.match(text, p)
        if m:
            unit = lex.units.get(norm_key(m.group("unit")))
            if unit in lex.integer_units:
                return unit, m.end()
    return None, pos


_WHOLE = re.compile(r"\s*\d[\d.,]*")


def _partitive_unit(lex: Lexicon, text: str, pos: int, chain: list[_Token]) -> str | None:
    """The unit of the whole a number takes a part of ("25 of 30 drones", "two of these
    installations"): a count of whole things, for a part of two or more (one of the biggest
    attacks is no count of one)."""
    m = next((m for p in (lex.partitive_of_the, lex.partitive) if p is not None
              and (m := p.match(text, pos))), None)
    if m is None:
        return None
    if all(t.kind != "num" for t in chain) and _combine([(t.value, t.is_scale)
                                                         for t in chain]) < 2:
        return None
    p = m.end()
    whole = _WHOLE.match(text, p)
    if whole:
        p = whole.end()
    unit, _ = _unit_after(lex, text, p)
    return unit if unit in lex.integer_units else None


def _strip_bound(lex: Lexicon, before: str) -> str:
    if lex.bounds_before:
        b = lex.bounds_before.search(before)
        if b:
            return before[: b.start()]
    return before


def _value(lex: Lexicon, chain: list[_Token], unit: str | None) -> tuple[float | None, str | None]:
    values: list[tuple[float, bool]] = []
    for i, t in enumerate(chain):
        if t.kind == "num":
            v, _grouped, ambiguous = _literal(lex, t.text, unit)
            if v is None:
                return None, "garbled"
            nxt = chain[i + 1] if i + 1 < len(chain) else None
            # "10.000万": a dot before three digits is either foreign thousands grouping (then
            # the scale word multiplies again) or a decimal mark with three zeros: either way
            # the text is garbled. Comma grouping before a scale word is ordinary CJK usage
            # ("1,000万ドル" is ten million dollars).
            if (
                nxt is not None
                and nxt.is_scale
                and norm_key(nxt.text) in lex.strict_scales
                and re.search(r"\.\d{3}$", t.text) is not None
            ):
                return None, "double_scale"
            if ambiguous and nxt is not None and nxt.is_scale and nxt.value >= 1000:
                # "1.500 million": one and a half, or fifteen hundred? do not guess
                return None, "ambiguous_separator"
            values.append((v, False))
        else:
            values.append((t.value, t.is_scale))
    return _combine(values), None


def _is_year(chain: list[_Token], value: float) -> bool:
    return (
        len(chain) == 1
        and chain[0].kind == "num"
        and len(chain[0].text) == 4
        and chain[0].text.isdigit()
        and 1800 <= value <= 2100
    )


def _is_enumerator(text: str, start: int, end: int) -> bool:
    """"1. ..." or "2) ..." at the start of a line is a list label."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(
        _ENUMERATOR_START.match(text[line_start:start])
        and text[end : end + 1] in (".", ")", "、")
    )

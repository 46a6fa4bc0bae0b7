"""The number a claim is about.

Of the sentence's quantities, those whose measure the claim type counts (the claim-type table's
`measures`, through the unit vocabulary: "soldiers" and "personnel" are troops); of those the one
nearest the trigger on its side of the clause. A count of people takes the measure the words
around it give ("18 people were killed": killed; "20,000 fled": displaced). A forecast ("10,000
by December", "expected to reach 10,000") is never the count of an act that happened: it is
kept only for a claim that is itself expected or speculated. Counts of one fate joined by "and"
("4 police officers and 2 civilians were killed", "경찰관 4명과 민간인 2명이 사망") are added up;
of a list of other things the head counts ("40 drones and 3 missiles", "無人機40機とミサイル3
発", whichever end stands by the verb). A toll's bare figure counts ("the death toll rose to
80"), and with no counted figure an ordinal against the act's noun counts the acts so far
("the 26th attack", "第26次袭击").
"""

from __future__ import annotations

import re

from newsweave.claims.lexicon import Lexicon
from newsweave.claims.table import ClaimType
from newsweave.claims.triggers import Hit
from newsweave.claims.view import LocalQuantity, SentenceView
from newsweave.model import QuantityValue
from newsweave.quantity.lexicon import lexicon as numbers
from newsweave.quantity.units import measure_of, vocabulary

_CLAUSE = re.compile(r"[,;:，、；：。]")
_UNLIKELY = 1000  # a forecast is chosen only when nothing else fits


def pick_quantity(view: SentenceView, hit: Hit, row: ClaimType, lex: Lexicon,
                  modality: str) -> QuantityValue | None:
    if not row.measures:
        return None
    best: tuple[float, LocalQuantity, str] | None = None
    told = _told(hit.surface, row, lex)  # "wounded": the claim counts the injured
    for q in view.quantities:
        if q.quantity.value is None or q.quantity.problem:
            continue
        measure = _measure(view, q, told, row, lex, hit)
        if measure is None:
            continue
        cost = _distance(view.text, q, hit) + (_UNLIKELY if q.quantity.forecast else 0)
        if told and measure != told and measure in lex.count_words:
            cost += 60  # "200 killed, 400 injured": the wounded's claim counts the 400
        if best is None or cost < best[0]:
            best = (cost, q, measure)
    if best is None:
        return _ordinal(view, hit, row)
    _, q, measure = best
    if measure not in vocabulary().fates:
        q = _first_listed(view, q, told, row, lex, hit)
        measure = _measure(view, q, told, row, lex, hit) or measure
    found = q.quantity
    if found.forecast and modality not in ("expected", "speculated"):
        return None  # "10,000 by December" does not count what was done on the day
    joined = _coordinated(view, q, measure, told, row, lex)
    if len(joined) > 1:
        total = sum(float(x.quantity.value or 0) for x in joined)
        surface = view.text[joined[0].start : joined[-1].end]
        return QuantityValue(total, measure, any(x.quantity.approx for x in joined), surface,
                             None, found.bound, False)
    return QuantityValue(float(found.value or 0), measure, found.approx, found.surface,
                         found.value_max, found.bound, found.forecast)


def _ordinal(view: SentenceView, hit: Hit, row: ClaimType) -> QuantityValue | None:
    """"The 26th attack since November", "der 26. Angriff", "第26次袭击", "serangan ke-26": an
    ordinal against the act's noun counts the acts so far, for a type that counts times."""
    if "times" not in row.measures:
        return None
    nums = numbers(view.lang)
    m = None
    if nums.ordinal_before_noun is not None:
        m = nums.ordinal_before_noun.search(view.text[max(0, hit.start - 12) : hit.start])
    if m is None and nums.ordinal_after_noun is not None:
        m = nums.ordinal_after_noun.match(view.text[hit.end : hit.end + 16])
    if m is None or int(m.group("n")) < 2:
        return None  # (the first is no count of several)
    return QuantityValue(float(m.group("n")), "times", False, m.group(0).strip(), None, None,
                         False)


_MAX_JOIN = 24  # characters between two joined counts: "and", a noun ("과 민간인")


def _first_listed(view: SentenceView, q: LocalQuantity, told: str | None, row: ClaimType,
                  lex: Lexicon, hit: Hit) -> LocalQuantity:
    """The first of the counts listed with the chosen one ("40 drones and 3 missiles",
    "無人機40機とミサイル3発を発射", "40 İHA ve üç füze fırlattı"): the list's head, whichever
    end of it stands next to the verb."""
    coordination = lex.cues.get("coordination")
    if coordination is None:
        return q
    ordered = sorted(view.quantities, key=lambda x: x.start)
    i = ordered.index(q)
    while i > 0:
        a, b = ordered[i - 1], ordered[i]
        gap = view.text[a.end : b.start]
        m = coordination.match(gap.lstrip())
        if not (0 < len(gap) <= _MAX_JOIN and m is not None and m.end() > 0
                and not re.search(r"[\d;:；：。.]", gap)):
            break
        v = a.quantity
        if v.value is None or v.problem or v.forecast or _measure(view, a, told, row, lex,
                                                                  hit) is None:
            break
        i -= 1
    return ordered[i]


def _coordinated(view: SentenceView, q: LocalQuantity, measure: str, told: str | None,
                 row: ClaimType, lex: Lexicon) -> list[LocalQuantity]:
    """The chosen count with the counts of the same fate joined to it by a coordinating word
    ("4 police officers and 2 civilians"), in text order; only plain exact counts of people
    (no range, forecast or problem) join."""
    if measure not in vocabulary().fates:
        return [q]
    coordination = lex.cues.get("coordination")
    if coordination is None:
        return [q]
    ordered = sorted(view.quantities, key=lambda x: x.start)

    def plain(x: LocalQuantity) -> bool:
        v = x.quantity
        return (v.value is not None and not v.problem and not v.forecast
                and v.value_max is None and _measure(view, x, told, row, lex) == measure)

    def joined(a: LocalQuantity, b: LocalQuantity) -> bool:
        gap = view.text[a.end : b.start]
        lead = gap.lstrip()
        m = coordination.match(lead)
        return (0 < len(gap) <= _MAX_JOIN and m is not None and m.end() > 0
                and not re.search(r"[\d;:；：。.]", gap) and plain(a) and plain(b))

    i = ordered.index(q)
    lo = hi = i
    while lo > 0 and joined(ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and joined(ordered[hi], ordered[hi + 1]):
        hi += 1
    return ordered[lo : hi + 1]


def _told(words: str, row: ClaimType | None, lex: Lexicon, last: bool = False) -> str | None:
    """The count measure (killed, injured, displaced…) some words name, if the type counts it
    (`row` None: any measure): the first named (`last`: the last, nearest a number that
    follows them)."""
    measures = row.measures if row is not None else tuple(lex.count_words)
    found = [(m.start(), measure) for measure in measures
             if (pat := lex.count_words.get(measure)) is not None for m in pat.finditer(words)]
    if not found:
        return None
    return (max(found) if last else min(found))[1]


def _measure(view: SentenceView, q: LocalQuantity, told: str | None, row: ClaimType,
             lex: Lexicon, hit: Hit | None = None) -> str | None:
    """The measure the quantity counts for this claim, or None when the type counts no such
    thing. A bare number or a count of people is the killed, the injured, the displaced… when
    the words right after it (or before it) say so ("400 were wounded", "погибли 200
    человек"), else when the trigger does; a bare number only when it closes the trigger's
    own phrase ("the death toll rose to 80")."""
    measure = measure_of(q.quantity.unit)
    if measure in vocabulary().fates:
        # "killing at least 68 refugees", "menewaskan 30 pengungsi": the verb that governs
        # them tells what happened to them this time
        # ("…were killed and 400 wounded": a verb before "and" governs the other conjunct)
        before = _beside(view.text, q, lex.spaced)[1]
        coordination = lex.cues.get("coordination")
        cut = max((m.end() for m in coordination.finditer(before)), default=0) \
            if coordination is not None else 0
        verb = _told(before[cut:], row, lex, last=True)
        if verb is not None and verb != measure:
            return verb
    if measure is None or measure in vocabulary().plain_people:
        after, before = _beside(view.text, q, lex.spaced)
        # the nearer of the words after it ("12 orang tewas") and before it ("menewaskan 12
        # orang dan melukai 30": not "melukai")
        # (every measure first: "300人死傷 住民脱出": the 300 are the casualties, whatever
        # claim asks)
        # (a coordinating word ends the number's own words: "12 orang tewas dan 30 lainnya
        # luka-luka", "قتل 12 شخصا وأصيب 30": the verb across it is the other conjunct's)
        after, before = _within_conjunct(after, before, lex)
        a, b = _told(after, None, lex), _told(before, None, lex, last=True)
        if b is not None and _governed(before, lex.count_words[b], lex):
            b = None  # "were killed in 2 districts": the number is the place's, not the dead's
        if a is not None and b is not None and after.startswith(
                lex.roles_after.get("actor", ()) or ("\0",)):
            own = a  # "12명이 숨지고 30명이 다쳤다": the count is the subject of the verb after it
        elif a is not None and b is not None:
            pa, pb = lex.count_words[a], lex.count_words[b]
            into_after = min(m.start() for m in pa.finditer(after))
            into_before = len(before) - max(m.end() for m in pb.finditer(before))
            # (a tie goes to the verb before it where verbs come first: "قتل 12 شخصا وأصيب")
            own = a if into_after < into_before or (
                into_after == into_before and not lex.verb_first) else b
        else:
            own = a or b
        if own is not None:
            return own if own in row.measures else None
        if measure is not None and told is not None:
            return told
        if measure is None and told is not None and hit is not None and _closes(view.text, q,
                                                                                 hit, view, lex):
            # the count word nearest the figure names it ("korban tewas … 80": the killed)
            return _told(view.text[hit.start : q.start], row, lex, last=True) or told
    return measure if measure in row.measures else None


_TOLL_REACH = 48  # characters from a count trigger to its bare figure: "death toll rose to 80"


def _closes(text: str, q: LocalQuantity, hit: Hit, view: SentenceView, lex: Lexicon) -> bool:
    """Is a bare number the figure of the count trigger just before it, in its clause, with
    no other number between, right after a word that leads to a figure ("the death toll from
    the floods rose to 80", "число погибших возросло до 80"; not "killed in 2 districts",
    "auf der Straße 9")?"""
    lead = lex.cues.get("figure_before")
    if lead is None or not 0 <= q.start - hit.end <= _TOLL_REACH:
        return False
    word = text[hit.end : q.start].rstrip()
    if not any(m.end() == len(word) for m in lead.finditer(word)):
        return False
    if _CLAUSE.search(text, hit.end, q.start):
        return False
    return not any(hit.end <= o.start < q.start for o in view.quantities if o is not q)


def _governed(before: str, word: re.Pattern[str], lex: Lexicon) -> bool:
    """Does a preposition of place, origin or goal stand between the count word and the
    number ("killed in", "tewas di jalan")?"""
    end = max(m.end() for m in word.finditer(before))
    rest = before[end:]
    bound = numbers(lex.code).bounds_before  # "killing at least 9": a bound, not a place
    if bound is not None and (m := bound.search(rest)):
        rest = rest[: m.start()]
    return any((p := lex.roles_before.get(role)) is not None and p.search(rest + " ")
               for role in ("location", "source", "target"))


def _within_conjunct(after: str, before: str, lex: Lexicon) -> tuple[str, str]:
    """The words after a number up to the first coordinating word, and those before it from
    the last one on."""
    coordination = lex.cues.get("coordination")
    if coordination is None:
        return after, before
    first = next((m.start() for m in coordination.finditer(after) if m.end() > m.start()),
                 len(after))
    last = max((m.end() for m in coordination.finditer(before) if m.end() > m.start()),
               default=0)
    return after[:first], before[last:]


def _beside(text: str, q: LocalQuantity, spaced: bool) -> tuple[str, str]:
    """The few words right after and right before a number, within its clause and up to the
    next number ("400 получили ранения", "погибли 200 человек"; not "20カ国…人質")."""
    after = re.split(r"[\d,;:，、；：。]", text[q.end : q.end + 40], maxsplit=1)[0]
    before = re.split(r"[\d,;:，、；：。]", text[max(0, q.start - 40) : q.start][::-1],
                      maxsplit=1)[0][::-1]
    if spaced:
        return " ".join(after.split()[:3]), " ".join(before.split()[-3:])
    return after[:8], before[-8:]


def _distance(text: str, q: LocalQuantity, hit: Hit) -> float:
    """Characters between the number and the trigger; a clause boundary between them counts
    as much as forty ("…killed 18, and 300 were evacuated": 300 is not the dead)."""
    lo, hi = (q.end, hit.start) if q.end <= hit.start else (hit.end, q.start)
    gap = max(0, hi - lo)
    return gap + (40 if _CLAUSE.search(text, lo, hi) else 0)

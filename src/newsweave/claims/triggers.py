"""Find the words that type a claim (verbs, nouns, collocations) in one sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsweave.claims.lexicon import Lexicon
from newsweave.claims.table import claim_type
from newsweave.prefilter import pieces_of
from newsweave.quantity.units import measure_of


@dataclass(frozen=True, slots=True)
class Hit:
    type: str
    start: int  # sentence-local offsets
    end: int
    surface: str
    nominal: bool = False
    object_word: str | None = None  # the object that decided a conditional trigger


def _object_type(text: str, start: int, end: int, lex: Lexicon, then: dict[str, str],
                 amounts: tuple[tuple[int, int, str], ...] = ()):
    """The claim type given by the object class nearest to a conditional trigger; failing
    that, by a counted amount whose unit fits a type ("8,000 were deployed": people)."""
    lo, hi = max(0, start - lex.window), min(len(text), end + lex.window)
    best: tuple[int, str, str] | None = None
    for a, b, unit in amounts:
        if b <= lo or a >= hi or (start <= a < end):
            continue
        for ctype in then.values():
            if measure_of(unit) in claim_type(ctype).measures:
                dist = (a - end if a >= end else start - b) + 8  # a word object wins
                if best is None or dist < best[0]:
                    best = (dist, ctype, text[a:b], (a, b))
    for cls, ctype in then.items():
        pat = lex.objects.get(cls)
        if pat is None:
            continue
        for m in pat.finditer(text, lo, hi):
            if start <= m.start() < end:
                continue
            dist = m.start() - end if m.start() >= end else start - m.end()
            # objects usually follow the verb; a preceding one counts a little less
            dist = dist if m.start() >= end else dist + 4
            if best is None or dist < best[0]:
                best = (dist, ctype, m.group(0), m.span())
    return best


def _in_gap(m, start: int, end: int, lex: Lexicon) -> bool:
    """Does a name lie inside a collocation's gap, clear of its first and last word? In a
    verb-first language the subject stands there ("شن الجيش الإسرائيلي غارات"); in any
    spaced language the object may ("назвал действия Пригожина предательством", "called
    Moscow's claims baseless"); in any, the object of the goal preposition an entry opens with
    ("向莫斯科进发": `preposition_object`)."""
    if preposition_object(m.string, m.start(), m.end(), start, end, lex):
        return True
    if not lex.spaced:
        return False
    words = m.group(0).split()
    if len(words) < 3:
        return False
    first_end = m.start() + len(words[0])
    last_start = m.end() - len(words[-1])
    return first_end < start and end <= last_start


def preposition_object(text: str, a: int, b: int, start: int, end: int, lex: Lexicon) -> bool:
    """Is the name at start..end, inside the trigger match a..b, the object of the goal
    preposition the match opens with ("向莫斯科靠近": 向 Moscow)? Only a preposition and
    spaces stand before it, and more of the entry follows it."""
    goal = lex.roles_before.get("target")
    lead = text[a:start]
    return (goal is not None and end < b and bool(lead.strip()) and lead.strip() == lead.rstrip()
            and any(p.start() == 0 and not lead[p.end():].strip() for p in goal.finditer(lead)))


def _verb_reading(text: str, hit: Hit, lex: Lexicon, blocked) -> bool:
    """Is a word that is both a verb and a noun ("attacks", "strike", "visit") a verb here?
    Yes after "to", "will"… ("vowed to strike") or when an object follows it ("Israel strikes
    Gaza", "attacks the city"); else a noun ("Houthi attacks on shipping", "the strike")."""
    before = lex.cues.get("verb_before")
    lead = text[max(0, hit.start - 16) : hit.start]
    if before and re.search(f"(?:{before.pattern})\\s*$", lead, re.IGNORECASE):
        return True
    rest = text[hit.end :]
    gap = len(rest) - len(rest.lstrip())
    if gap and any(a == hit.end + gap for a, _ in blocked):
        return True  # a name right after it is its object
    start = lex.cues.get("object_start")
    return bool(gap and start and start.match(text, hit.end + gap))


def find_triggers(text: str, lex: Lexicon, blocked: list[tuple[int, int]] = (),
                  amounts: tuple[tuple[int, int, str], ...] = (),
                  named_acts: list[tuple[int, int]] = ()) -> list[Hit]:
    """All trigger hits, longest first where they overlap; none inside a `blocked` span.
    `amounts` are the sentence's counted quantities (start, end, unit). `named_acts` are names
    the knowledge base does not know that a trigger may cover whole: an operation's own name
    ("Antiterör Operasyonu") names the act. A word listed both as a verb and as a noun is read
    as one of them by its context (`_verb_reading`)."""
    hits: list[Hit] = []
    objects: list[tuple[int, int]] = []  # the object words conditional triggers took
    # "Iran-backed", 伊朗支持的, イランが支援する: an epithet says who someone is, not an act
    epithet = lex.cues.get("epithet")
    if epithet is not None:
        blocked = [*blocked, *(m.span() for m in epithet.finditer(text))]
    # "هدوء حذر" (a cautious calm), "areas it controls": set phrases in which a trigger word
    # describes a state or a thing, and tells no act
    no_act = lex.cues.get("no_act")
    if no_act is not None:
        blocked = [*blocked, *(m.span() for m in no_act.finditer(text))]
    # "such attacks", こうした攻撃: a noun after these refers to acts told before, no new one
    refer = lex.cues.get("reference_before")
    refs = {m.end() for m in refer.finditer(text)} if refer is not None else set()
    # ...as does one before these where the demonstrative follows its noun ("serangan ini")
    refer_after = lex.cues.get("reference_after")
    back = {m.start() for m in refer_after.finditer(text)} if refer_after is not None else set()
    pieces = pieces_of(text)
    for trig in lex.triggers:
        if not pieces.may_match(trig.pattern):
            continue  # none of its words can start anywhere in this sentence
        for m in trig.pattern.finditer(text):
            a, b = m.span()
            if a == b or any(a < be and ba < b and not _in_gap(m, ba, be, lex)
                             for ba, be in blocked) or any(
                    a < be and ba < b and not (a <= ba and be <= b) for ba, be in named_acts):
                continue
            if (trig.nominal or not lex.spaced) and (
                    a in refs or (a - 1 in refs and text[a - 1].isspace())):
                continue
            # (not a statement's: "membantah laporan tersebut" denies that report anew)
            if b + 1 in back and text[b:b + 1].isspace() and (
                    trig.objects or not claim_type(trig.type).speech):
                continue
            if trig.objects:
                found = _object_type(text, a, b, lex, trig.objects, amounts)
                if found is None:
                    continue
                hits.append(Hit(found[1], a, b, m.group(0), trig.nominal, found[2]))
                objects.append(found[3])
            else:
                hits.append(Hit(trig.type, a, b, m.group(0), trig.nominal))
    both = {(h.start, h.end) for h in hits if h.nominal} & {
        (h.start, h.end) for h in hits if not h.nominal}
    if both:
        hits = [h for h in hits if (h.start, h.end) not in both
                or h.nominal != _verb_reading(text, h, lex, blocked)]
    # a word a conditional trigger took as its object is no act of its own ("accepted the
    # demands": no appeal; the acceptance is the act)
    hits = [h for h in hits if h.object_word is not None or (h.start, h.end) not in objects]
    # longest match wins an overlap; at equal length the one an object confirmed wins
    hits.sort(key=lambda h: (-(h.end - h.start), h.object_word is None, h.start))
    kept: list[Hit] = []
    for h in hits:
        if any(h.start < k.end and k.start < h.end for k in kept):
            continue
        kept.append(h)
    return sorted(kept, key=lambda h: h.start)

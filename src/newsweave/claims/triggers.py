"""Find the words that type a claim (verbs, nouns, collocations) in one sentence."""

from __future__ import annotations

from dataclasses import dataclass

from newsweave.claims.lexicon import Lexicon
from newsweave.claims.table import claim_type
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
                    best = (dist, ctype, text[a:b])
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
                best = (dist, ctype, m.group(0))
    return best


def find_triggers(text: str, lex: Lexicon, blocked: list[tuple[int, int]] = (),
                  amounts: tuple[tuple[int, int, str], ...] = ()) -> list[Hit]:
    """All trigger hits, longest first where they overlap; none inside a `blocked` span.
    `amounts` are the sentence's counted quantities (start, end, unit)."""
    hits: list[Hit] = []
    # "Iran-backed", 伊朗支持的, イランが支援する: an epithet says who someone is, not an act
    epithet = lex.cues.get("epithet")
    if epithet is not None:
        blocked = [*blocked, *(m.span() for m in epithet.finditer(text))]
    # "such attacks", こうした攻撃: a noun after these refers to acts told before, no new one
    refer = lex.cues.get("reference_before")
    refs = {m.end() for m in refer.finditer(text)} if refer is not None else set()
    for trig in lex.triggers:
        for m in trig.pattern.finditer(text):
            a, b = m.span()
            if a == b or any(a < be and ba < b for ba, be in blocked):
                continue
            if trig.nominal or not lex.spaced:
                if a in refs or (a - 1 in refs and text[a - 1].isspace()):
                    continue
            if trig.objects:
                found = _object_type(text, a, b, lex, trig.objects, amounts)
                if found is None:
                    continue
                hits.append(Hit(found[1], a, b, m.group(0), trig.nominal, found[2]))
            else:
                hits.append(Hit(trig.type, a, b, m.group(0), trig.nominal))
    # longest match wins an overlap; at equal length the one an object confirmed wins
    hits.sort(key=lambda h: (-(h.end - h.start), h.object_word is None, h.start))
    kept: list[Hit] = []
    for h in hits:
        if any(h.start < k.end and k.start < h.end for k in kept):
            continue
        kept.append(h)
    return sorted(kept, key=lambda h: h.start)

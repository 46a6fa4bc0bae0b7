"""Anachronistic actors: a dead leader's name written for the one who holds his office now.

Machine translations often write the father's name for the son ("Kim Jong Il" for Kim Jong Un).
The linker keeps the name as written (forensics flags it); a claim, though, is about who acted.
When a person named in a claim died before the claim's date (or the publication date), and the
knowledge base knows exactly one living person holding one of his offices (same role, same body)
at that date, the claim names that office holder instead, with less confidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsweave.claims.draft import Draft
from newsweave.model import Entity

# how much a substituted party lowers a claim's confidence: the text named someone else
PENALTY = 0.1


@dataclass(frozen=True, slots=True)
class Term:
    holder: str  # entity id
    start: str  # ISO date, "" when unknown
    end: str  # ISO date, "" while in office
    died: str  # the holder's death date, "" when alive or unknown


def _iso(v: object) -> str:
    return "" if v is None else str(v).strip()


def _before(a: str, b: str) -> bool:
    """Is date `a` strictly before date `b`, compared at the coarser of their precisions?"""
    n = min(len(a), len(b))
    return bool(a and b) and a[:n] < b[:n]


class Offices:
    """Who held which office when, indexed by (role, of) over the knowledge base's persons."""

    def __init__(self, entities: Iterable[Entity]):
        self.terms: dict[tuple[str, str], list[Term]] = {}
        for e in entities:
            if e.type != "person":
                continue
            died = _iso((e.facts or {}).get("died"))
            for o in _offices(e):
                key = (str(o.get("role") or "").casefold(), str(o.get("of") or ""))
                if key[0]:
                    self.terms.setdefault(key, []).append(
                        Term(e.id, _iso(o.get("from")), _iso(o.get("to")), died))

    def holders(self, role: str, of: str, when: str) -> set[str]:
        """The living persons holding the office on `when` (YYYY[-MM[-DD]])."""
        out = set()
        for t in self.terms.get((role.casefold(), of), ()):
            if t.start and _before(when, t.start):
                continue
            if t.end and _before(t.end, when):
                continue
            if t.died and _before(t.died, when):
                continue
            out.add(t.holder)
        return out

    def successor(self, person: Entity | None, when: str | None) -> str | None:
        """The one office holder who stands for `person` on `when`, if he was dead by then."""
        if person is None or person.type != "person" or not when:
            return None
        died = _iso((person.facts or {}).get("died"))
        if not died or not _before(died, when):
            return None
        found: set[str] = set()
        for o in _offices(person):
            found |= self.holders(str(o.get("role") or ""), str(o.get("of") or ""), when)
        found.discard(person.id)
        return found.pop() if len(found) == 1 else None


def _offices(e: Entity) -> list[dict]:
    offices = (e.facts or {}).get("offices") or []
    return [o for o in offices if isinstance(o, dict)] if isinstance(offices, list) else []


_CACHE: dict[int, tuple[object, Offices]] = {}


def offices_of(kb: object | None) -> Offices | None:
    """The office index of a knowledge base, built once per knowledge base object."""
    entities = getattr(kb, "entities", None)
    if not isinstance(entities, dict):
        return None
    hit = _CACHE.get(id(kb))
    if hit is None or hit[0] is not kb:
        hit = (kb, Offices(entities.values()))
        _CACHE[id(kb)] = hit
    return hit[1]


def substitute(ids: list[str], when: str | None, offices: Offices | None, lookup,
               known: set[str] | None = None) -> tuple[list[str], bool]:
    """`ids` with each dead leader replaced by his office's holder on `when`; and whether any
    was replaced. With `known`, only by a holder among those ids (the document's entities:
    claims name only entities the document's analysis carries, which the store saves)."""
    if offices is None or not when:
        return ids, False
    out: list[str] = []
    changed = False
    for i in ids:
        new = offices.successor(lookup(i), when)
        if new is not None and (known is None or new in known):
            changed = True
            i = new
        if i not in out:
            out.append(i)
    return out, changed


def present(d: Draft, offices: Offices | None, lookup, published: str | None,
            known: set[str]) -> None:
    """A dead leader named as a party stands for his office's holder at the claim's date (the
    pipeline adds the holder's KB record to the document's entities when the text never names
    him)."""
    when = d.date.value if d.date else published
    before = set(d.actors) | set(d.targets)
    d.actors, a = substitute(d.actors, when, offices, lookup, None)
    d.targets, t = substitute(d.targets, when, offices, lookup, None)
    allowed = known | ((set(d.actors) | set(d.targets)) - before)
    # other parties the document does not name (a country looked up for its leader) are
    # inferences too loose to keep
    d.actors = [x for x in d.actors if x in allowed] or d.actors
    d.targets = [x for x in d.targets if x not in d.actors and x in allowed]
    if a or t:
        d.confidence = round(max(0.05, d.confidence - PENALTY), 2)
        d.notes.append("anachronistic name: the office holder at the claim's date")
        d.signals.append("party:substituted")

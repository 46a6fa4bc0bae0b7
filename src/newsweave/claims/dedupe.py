"""Step 6, dedupe: one claim per act in a document.

A headline and the body sentence that tell the same act merge, and so do repeats: same type,
the parties of one among the other's (a leader counts for his country too), dates that do not
disagree. An act and its denial stay two claims, and so do a one-way act told in both
directions (or whose one side is the other's target).
"""

from __future__ import annotations

from newsweave.claims.draft import Draft
from newsweave.claims.table import claim_type
from newsweave.quantity.units import vocabulary


def dedupe(drafts: list[Draft], expand=None, side=None) -> list[Draft]:
    """The best-evidenced claim of each act, in the order the document first tells them. A
    claim that bridges two earlier ones ("Russia" … "North Korea" … "North Korea to Russia")
    merges all three. `expand` adds the countries of the parties; `side` gives a party's
    country (in an act of states, "the US Navy" and "the US armed forces" are one side)."""
    kept: list[Draft] = []
    order = {id(d): i for i, d in enumerate(drafts)}
    for d in drafts:
        for k in [k for k in kept if compatible(k, d, expand, side)]:
            if not compatible(k, d, expand, side):
                continue  # an earlier merge dated it otherwise
            kept.remove(k)
            order[id(d)] = min(order[id(d)], order[id(k)])
            d = _merge(k, d)
            order[id(d)] = min(order.get(id(d), len(drafts)), order[id(k)])
        kept.append(d)
    return sorted(kept, key=lambda d: order[id(d)])


def compatible(a: Draft, b: Draft, expand=None, side=None) -> bool:
    """Same act told twice: same type, the parties of one among the other's ("the talks" after
    "Choe met Lavrov"; a leader counts for his country too, and in an act of states every
    body of one country is that country), dates that do not disagree."""
    pa, pb = set(a.actors) | set(a.targets), set(b.actors) | set(b.targets)
    if expand is not None:
        pa, pb = expand(pa), expand(pb)
    if side is not None and a.type == b.type and claim_type(a.type).state:
        pa, pb = {side(x) for x in pa}, {side(x) for x in pb}
    if a.type != b.type or not (pa <= pb or pb <= pa):
        return False
    if (a.modality == "denied") != (b.modality == "denied"):
        return False  # an act and its denial are two claims, not one told twice
    if opposite(a, b, expand):
        return False
    if _other_figures(a, b) or _tally_and_act(a, b):
        return False
    da, db = (a.date.value if a.date else None), (b.date.value if b.date else None)
    return da is None or db is None or da.startswith(db) or db.startswith(da)


def opposite(a: Draft, b: Draft, expand=None) -> bool:
    """A one-way act told in both directions ("North Korea arms Russia" and "Russia arms North
    Korea") is two acts: the actors of one are the other's targets and they share no actor
    ("the US and the UK struck" is not "the Houthis struck the US and the UK")."""
    if claim_type(a.type).symmetric or not (a.actors and b.actors and (a.targets or b.targets)):
        return False
    grow = expand or set
    aa, at, ba, bt = grow(set(a.actors)), grow(set(a.targets)), grow(set(b.actors)), grow(
        set(b.targets))
    return not (aa & ba) and bool(aa & bt or at & ba)


def _other_figures(a: Draft, b: Draft) -> bool:
    """"200 killed and 400 injured", "27 attacks since November" and "more than 70 attacks",
    "21 missiles shot down" and "60 targets hit" (one-off acts): two counted figures are two
    facts, not one told twice. Shells and missiles of one arms transfer (a process) are one."""
    if a.quantity is None or b.quantity is None:
        return False
    ma, mb, fates = a.quantity.unit, b.quantity.unit, vocabulary().fates
    if ma == mb:
        return a.quantity.value != b.quantity.value
    return (ma in fates and mb in fates) or claim_type(a.type).fuse.kind == "oneoff"


_TALLIES = frozenset({"strikes", "times"})  # counts of the acts themselves


def _tally_and_act(a: Draft, b: Draft) -> bool:
    """"Huthis attacked a US ship on Tuesday" and "the 26th attack since November" (or "27
    attacks since November"): an undated count of the acts is their tally, not the one act a
    date tells of."""
    for x, y in ((a, b), (b, a)):
        if (x.quantity is not None and y.quantity is None and x.date is None
                and y.date is not None and vocabulary().measure_of(x.quantity.unit) in _TALLIES):
            return True
    return False


def _strength(d: Draft) -> tuple:
    # (an act told as done outranks its plan or a guess: "struck" over "will strike")
    return (d.date is not None and len(d.date.value), d.modality not in ("expected", "speculated"),
            d.quantity is not None, d.confidence)


def _merge(a: Draft, b: Draft) -> Draft:
    best, other = (b, a) if _strength(b) > _strength(a) else (a, b)
    parties = set(best.actors) | set(best.targets)
    best.actors += [x for x in other.actors if x not in parties]
    best.targets += [t for t in other.targets if t not in parties and t not in best.actors]
    if best.quantity is None:  # "27 attacks" told once, the act again without its count
        best.quantity = other.quantity
    return best

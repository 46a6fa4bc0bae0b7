"""Denials that answer an act other documents report.

Within one document a denial follows the act it denies (`cluster.resolve_denials`). Across
documents, "North Korea denied sending troops" in one article answers "North Korea sent
troops" in another: the denial names the act (`Claim.denies`), the denier is one of the act's
actors, and it comes after the act, within the time an act is still talked about (the type's
`undated_days`). The denial then joins that event, which shows the conflict, as an in-document
denial would. Anything less certain leaves the denial on its own: no date, no named act, or
two events it could answer equally well.

This runs when the outputs read the store (`report.view.load`): it needs every event at once
and changes nothing stored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from newsweave.claims.table import claim_type
from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import first_day, last_day
from newsweave.model import Claim, Event

__all__ = ["answered_denials"]


def _said_on(d: Claim, ctx: FuseContext) -> date | None:
    return first_day(d.date.value if d.date else None) or first_day(ctx.doc(d.doc).published)


def answered_denials(events: Iterable[Event], claims: dict[str, Claim],
                     ctx: FuseContext) -> dict[str, str]:
    """Denial claim id → the id of the event (of other documents) it answers."""
    events = list(events)
    # events of one act type, indexed by the sides of their actors
    by_side: dict[tuple[str, str], list[Event]] = defaultdict(list)
    alone: list[Claim] = []
    for e in events:
        members = [claims[i] for i in e.claims if i in claims]
        if not members:
            continue
        if all(claim_type(c.type).denial for c in members):
            alone += [c for c in members if c.denies and c.actors]
            continue
        if e.date is None:
            continue
        state = ctx.rules.of(e.type).state
        for s in ctx.sides(e.actors, state):
            by_side[(e.type, s)].append(e)
    out: dict[str, str] = {}
    for d in alone:
        said = _said_on(d, ctx)
        if said is None:
            continue
        denied = d.denies or ""  # set: `alone` holds only denials that name their act
        state, limit = ctx.rules.of(denied).state, ctx.rules.of(denied).undated_days
        found: dict[str, tuple[int, Event]] = {}
        for s in ctx.sides(d.actors, state):
            for e in by_side.get((denied, s), ()):
                if d.doc in e.documents:
                    continue  # its own document's act is fusion's to pair
                start, end = first_day(e.date), last_day(e.date)
                if start is None or end is None or start > said:
                    continue  # a denial answers what came before it
                gap = max(0, (said - end).days)
                if gap <= limit:
                    found[e.id] = (gap, e)
        if not found:
            continue
        ranked = sorted(found.values(), key=lambda x: (x[0], x[1].id))
        if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            continue  # two acts as near: which one it answers is a guess
        out[d.id] = ranked[0][1].id
    return out

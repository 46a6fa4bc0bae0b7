"""One event from its claims: date, sources, weight, conflicts, parties and summary."""

from __future__ import annotations

from collections import Counter

from newsweave.fuse.conflicts import date_conflict, denial_conflict, number_conflicts
from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import precision
from newsweave.fuse.independence import source_groups, weight
from newsweave.fuse.rules import TypeRule
from newsweave.fuse.series import measures
from newsweave.fuse.summary import summarize
from newsweave.model import Claim, Event

LEVELS = ((1, 4), (2, 7), (3, 10))  # (precision, width of the prefix)


def _date_flagged(claim: Claim, ctx: FuseContext) -> bool:
    """A forensic finding (impossible date, weekday mismatch...) on the claim's date words."""
    if claim.date is None or not claim.date.text:
        return False
    text = claim.date.text
    return any(
        claim.start <= f.start < claim.end and f.surface
        and (f.surface in text or text in f.surface)
        for f in ctx.findings(claim.doc)
    )


# a source that states or reports the act outweighs one that guesses or expects it
FIRM = frozenset({"asserted", "reported"})


def date_weight(claim: Claim, ctx: FuseContext) -> float:
    """How much a claim's date counts: its document's quality, halved when the date is flagged."""
    return ctx.doc(claim.doc).quality * (0.5 if _date_flagged(claim, ctx) else 1.0)


def event_date(claims: list[Claim], ctx: FuseContext) -> str | None:
    """The date most independent sources give, refined year → month → day.

    Coarser claims support every finer date inside them; ties go to the sources that assert
    or report the act (over those that speculate or expect it), then to the better documents,
    then to the earlier date (so the result does not depend on the order of arrival).
    """
    dated = [c for c in claims if c.date and c.modality != "denied"]
    dated = dated or [c for c in claims if c.date]
    if not dated:
        return None
    group_of = {d: i for i, g in enumerate(source_groups({c.doc for c in dated}, ctx)) for d in g}
    prefix = ""
    for level, width in LEVELS:
        tally: dict[str, dict[int, tuple[int, float]]] = {}
        for c in dated:
            v = c.date.value
            if precision(v) < level or not v.startswith(prefix):
                continue
            w = date_weight(c, ctx)
            groups = tally.setdefault(v[:width], {})
            g = group_of[c.doc]
            groups[g] = max(groups.get(g, (0, 0.0)), (int(c.modality in FIRM), w))
        if not tally:
            break
        prefix = min(tally, key=lambda k: (
            -len(tally[k]), -sum(f for f, _ in tally[k].values()),
            -sum(w for _, w in tally[k].values()), k))
    return prefix or None


def _representatives(
    counts: Counter, ctx: FuseContext, state: bool, exclude: frozenset[str] = frozenset()
) -> list[str]:
    """One entity per side (a leader and their country are one side), most mentioned first."""
    by_side: dict[str, Counter] = {}
    for entity_id, n in counts.items():
        by_side.setdefault(ctx.side(entity_id, state), Counter())[entity_id] += n
    # "Choe Son Hui and Sergey Lavrov met": a minister's country is named through him
    spoken_for = set() if state else {ctx.side(e, True) for e in counts if _person(e, ctx)}
    out = []
    for side, ents in by_side.items():
        if side in exclude or (not any(_person(e, ctx) for e in ents)
                               and ctx.side(side, True) in spoken_for):
            continue
        # an act of states is named by the state; other acts by the person most sources name
        best = side if state else min(ents, key=lambda e, n=ents: _rank(e, n, ctx))
        out.append((-sum(ents.values()), ctx.name(best), best))
    return [e for *_, e in sorted(out)]


def _person(entity_id: str, ctx: FuseContext) -> bool:
    e = ctx.entity(entity_id)
    return e is not None and e.type == "person"


def _rank(e: str, counts: Counter, ctx: FuseContext) -> tuple:
    ent = ctx.entity(e)
    return (-counts[e], 0 if ent and ent.type == "person" else 1, e)


def event_parties(
    members: list[Claim], rule: TypeRule, ctx: FuseContext
) -> tuple[list[str], list[str]]:
    state = rule.state
    if rule.symmetric:
        every = Counter(e for c in members for e in set(c.actors + c.targets))
        return _representatives(every, ctx, state), []
    actors = _representatives(Counter(e for c in members for e in set(c.actors)), ctx, state)
    taken = frozenset(ctx.side(a, state) for a in actors)
    targets = _representatives(
        Counter(e for c in members for e in set(c.targets)), ctx, state, taken)
    return actors, targets


def main_parties(
    ids: list[str], members: list[Claim], ctx: FuseContext, most: int = 3
) -> list[str]:
    """The parties a summary names: those most claims agree on (noisy extra names dropped)."""
    if not ids:
        return []
    state = ctx.rules.of(members[0].type).state if members else False
    named = Counter(side for c in members for side in ctx.sides(c.actors + c.targets, state))

    def support(entity_id: str) -> int:  # the claims that name its side
        return named[ctx.side(entity_id, state)]

    top = support(ids[0])
    return [e for e in ids if 2 * support(e) >= top][:most]


def build_event(members: list[Claim], denials: list[Claim], ctx: FuseContext) -> Event:
    members = sorted(members, key=lambda c: c.id)
    denials = sorted(denials, key=lambda c: c.id)
    everything = members + denials
    claim_type = members[0].type
    rule = ctx.rules.of(claim_type)
    date = event_date(members, ctx)
    supporting = [c for c in members if c.modality != "denied"] or members
    groups = source_groups({c.doc for c in supporting}, ctx)
    found = measures(members, ctx)
    conflicts = [
        x for x in (date_conflict(members, date, ctx), denial_conflict(members, denials, ctx)) if x
    ]
    conflicts += number_conflicts(found, ctx.rules.number_conflict_ratio, ctx)
    actors, targets = event_parties(members, rule, ctx)
    disputed = any(c.kind == "denial" for c in conflicts)
    docs = sorted({c.doc for c in everything})
    return Event(
        id="ev-" + min(c.id for c in everything),
        type=claim_type,
        date=date,
        summary=summarize(claim_type, members, main_parties(actors, members, ctx),
                          main_parties(targets, members, ctx), found, disputed, ctx),
        claims=tuple(c.id for c in everything),
        documents=tuple(docs),
        independent_sources=len(groups),
        conflicts=tuple(conflicts),
        actors=tuple(actors),
        targets=tuple(targets),
        weight=round(weight(groups, ctx), 6),
        low_quality_only=all(ctx.doc(d).quality < 0.5 for d in docs),
    )


# a document set this small is grouped again rather than its grouping stored
SEED_MIN_DOCUMENTS = 32


def build_recorded(
    members: list[Claim], denials: list[Claim], ctx: FuseContext
) -> tuple[Event, list[list[list[str]]]]:
    """`build_event`, with how the document sets it grouped into independent sources were
    grouped (the larger ones: kept with the event, so that a later document that joins it is
    grouped from them, `independence.source_groups`)."""
    ctx.grouped = []
    try:
        event = build_event(members, denials, ctx)
        grouped = ctx.grouped
    finally:
        ctx.grouped = None
    seen: set[tuple[tuple[str, ...], ...]] = set()
    out = []
    for partition in grouped:
        if partition not in seen and sum(map(len, partition)) >= SEED_MIN_DOCUMENTS:
            seen.add(partition)
            out.append([list(g) for g in partition])
    return event, out

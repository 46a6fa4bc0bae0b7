"""Claims → groups of claims that describe one event. A pure function of the set of claims.

Dated claims of one type link pairwise (`link.linked`) and events are the connected components,
so the result does not depend on the order claims arrive in. Claims with no date then join the
best matching dated event (the one nearest before their document's publication date); a DENY
claim follows the claim it denies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from newsweave.claims.table import claim_type as type_row
from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import first_day, last_day
from newsweave.fuse.events import event_date
from newsweave.fuse.independence import UnionFind
from newsweave.fuse.link import Parties, linked, parties, parties_compatible
from newsweave.fuse.rules import TypeRule
from newsweave.model import Claim

if TYPE_CHECKING:
    from newsweave.fuse.tally import DateTally

Cluster = tuple[list[Claim], list[Claim]]  # (members, denials that follow a member)
_DENIABLE = ("asserted", "reported", "speculated", "expected")


def resolve_denials(claims: list[Claim], ctx: FuseContext) -> dict[str, str]:
    """DENY claim id → the claim it denies: the nearest one in its document naming the denier,
    in the denial's sentence or before it."""
    window = ctx.rules.deny_window_sentences
    out: dict[str, str] = {}
    for d in claims:
        if not type_row(d.type).denial or not d.actors:
            continue
        deniers = ctx.sides(d.actors, state=True)
        best: tuple | None = None
        for c in ctx.doc_claims(d.doc):
            if type_row(c.type).denial or c.modality not in _DENIABLE:
                continue
            dist = d.sentence - c.sentence  # "X denied the claim" answers what came before
            if not 0 <= dist <= window or not (
                    ctx.sides(c.actors + c.targets, state=True) & deniers):
                continue
            key = (dist, c.id)
            if best is None or key < best:
                best = key
        if best is not None:
            out[d.id] = best[1]
    return out


def _reference_date(doc_id: str, ctx: FuseContext) -> str | None:
    """When the document was written: its publication date, else the latest date it gives."""
    published = ctx.doc(doc_id).published
    if published:
        return published
    dates = [c.date.value for c in ctx.doc_claims(doc_id) if c.date]
    return max(dates) if dates else None


def undated_window(u: Claim, ctx: FuseContext) -> tuple[date, date] | None:
    """The days a dated event must overlap for an undated claim to join it (None: unbounded)."""
    published = first_day(ctx.doc(u.doc).published)
    if published is None:
        return None
    limit = ctx.rules.of(u.type).undated_days
    after = limit if u.modality == "expected" else 0
    return (date.fromordinal(max(1, published.toordinal() - limit)),
            date.fromordinal(published.toordinal() + after))


@dataclass(frozen=True, slots=True)
class Comp:
    """A component of dated claims as undated claims see it."""

    claims: list[Claim]
    date: str | None
    start: date | None
    end: date | None
    rank: tuple[int, str]  # more documents first, then the smallest claim id


_SET_MEMO_SIZE = 1024  # dates of claim sets kept at once (a set may hold thousands of ids)


def _comp_of_claims(claims: list[Claim], ctx: FuseContext) -> Comp:
    # a stored event meets many new documents unchanged: its date is computed once
    key = frozenset(c.id for c in claims)
    if key in ctx.dates:
        value = ctx.dates[key]
    else:
        if len(ctx.dates) >= _SET_MEMO_SIZE:
            ctx.dates.clear()
        value = ctx.dates[key] = event_date(claims, ctx)
    return Comp(claims, value, first_day(value), last_day(value),
                 (-len({c.doc for c in claims}), min(c.id for c in claims)))


def when(u: Claim, ctx: FuseContext) -> tuple[date | None, date | None]:
    """When an undated claim's document was published, and the date it is read against."""
    table = ctx.per_claim.setdefault("when", {})  # per document
    found = table.get(u.doc)
    if found is None:
        published = first_day(ctx.doc(u.doc).published)
        found = table[u.doc] = (published, published or first_day(_reference_date(u.doc, ctx)))
    return found


def prime_when(doc_ids: Iterable[str], ctx: FuseContext) -> None:
    """`when` for the claims of many documents, read at once (a stored event's documents)."""
    table = ctx.per_claim.setdefault("when", {})
    todo = [d for d in set(doc_ids) if d not in table]
    if not todo:
        return
    ctx.prefetch(todo)
    given = {d: ctx.doc(d).published for d in todo}
    latest = ctx.reference_dates([d for d in todo if not given[d]])  # as `_reference_date`
    for d in todo:
        published = first_day(given[d])
        table[d] = (published, published or first_day(given[d] or latest.get(d)))


def comp_of(claims: list[Claim], tally: DateTally) -> Comp:
    """A component summarised by the tally of all its claims (`claims` may stand for more)."""
    value = tally.date()
    assert tally.min_id is not None
    return Comp(claims, value, first_day(value), last_day(value), (-tally.size(), tally.min_id))


def _choose(u: Claim, candidates: list[Comp], ctx: FuseContext) -> Comp | None:
    """The dated event an undated claim most likely means: not after its document was
    published (unless expected), ending at most `undated_days` before it, the nearest, the
    best attested, then the smallest id. With no publication date, the latest date the
    document gives only ranks the candidates."""
    published, reference = when(u, ctx)
    limit = ctx.rules.of(u.type).undated_days
    ranked = []
    for comp in candidates:
        start, end = comp.start, comp.end
        gap = 0
        if reference and start and end:
            if start > reference:
                if published and u.modality != "expected":
                    continue
                gap = (start - reference).days
            elif end < reference:
                gap = (reference - end).days
            if published and gap > limit:
                continue
        ranked.append(((gap, *comp.rank), comp))
    return min(ranked, key=lambda x: x[0])[1] if ranked else None


def _party(c: Claim, rule: TypeRule, ctx: FuseContext, cache: dict[str, Parties]) -> Parties:
    p = cache.get(c.id)
    if p is None:
        p = cache[c.id] = parties(c, rule, ctx)
    return p


def is_movable(claim: Claim, ctx: FuseContext) -> bool:
    """An undated claim of a one-off type: it attaches to a dated event rather than linking."""
    return claim.date is None and not ctx.rules.of(claim.type).ongoing


def assemble(
    linkable: list[Claim],
    movable: list[Claim],
    follows: dict[str, str],
    followers: list[Claim],
    ctx: FuseContext,
    fixed: dict[str, list[Claim]] | None = None,
    stay: dict[str, list[Claim]] | None = None,
    connected: list[list[Claim]] | None = None,
    fresh: set[str] | None = None,
    describe: Callable[[list[Claim], FuseContext], Comp] | None = None,
    fixed_info: dict[str, tuple[frozenset[Parties], Comp]] | None = None,
    links: list[tuple[str, str]] | None = None,
    kinds_of: Callable[[list[Claim], TypeRule], frozenset[Parties]] | None = None,
) -> list[Cluster]:
    """Groups of claims, one per event.

    `linkable` claims are linked into components (`link.linked`); `fixed` holds components that
    cannot change (events outside the region being recomputed) and `stay` the undated claims
    that remain with them; each `movable` claim joins its best component (`_choose`) or, with
    none, forms events with the other unplaced claims it is compatible with; `followers` (DENY
    claims) join the event of the claim they deny (`follows`).

    Incrementally, `connected` lists linkable claims already known to be one component (a
    stored event's) and `fresh` the new claims: only pairs with a fresh claim are compared.
    Claims may then stand for several alike (`digest.Unit`): `describe` tells what a
    component's claims stand for (its date, documents and smallest id), and `fixed_info` the
    parties and description of each `fixed` component (which may then be one claim standing
    for its whole event); `links` are pairs known to link (a new claim and a claim standing
    for a stored event's dated claims), and `kinds_of` the parties a component stands for.
    """
    fixed, stay = fixed or {}, stay or {}
    everything = linkable + movable + [c for cs in fixed.values() for c in cs] + [
        c for cs in stay.values() for c in cs]
    uf = UnionFind(c.id for c in everything)
    for key, cs in fixed.items():
        uf.join([c.id for c in cs] + [c.id for c in stay.get(key, ())])
    for cs in connected or ():
        uf.join([c.id for c in cs])
    for a, b in links or ():
        uf.union(a, b)
    by_type: dict[str, list[Claim]] = defaultdict(list)
    for c in sorted(linkable, key=lambda c: c.id):
        by_type[c.type].append(c)
    comps_by_type: dict[str, list[list[Claim]]] = defaultdict(list)
    ps: dict[str, Parties] = {}
    for claim_type, cs in by_type.items():
        rule = ctx.rules.of(claim_type)
        ps.update((c.id, parties(c, rule, ctx)) for c in cs)
        if fresh is None:
            for i, a in enumerate(cs):
                for b in cs[i + 1:]:
                    if uf.find(a.id) != uf.find(b.id) and linked(a, ps[a.id], b, ps[b.id], rule):
                        uf.union(a.id, b.id)
        else:
            _link_fresh(cs, fresh, ps, rule, uf)
        comps: dict[str, list[Claim]] = defaultdict(list)
        for c in cs:
            comps[uf.find(c.id)].append(c)
        comps_by_type[claim_type] += list(comps.values())
    for cs in fixed.values():
        comps_by_type[cs[0].type].append(cs)
    fixed_of = {id(cs): key for key, cs in fixed.items()}
    undated: dict[str, list[Claim]] = defaultdict(list)
    for c in sorted(movable, key=lambda c: c.id):
        undated[c.type].append(c)
    choices: list[tuple[str, str]] = []
    for claim_type, us in undated.items():
        rule = ctx.rules.of(claim_type)
        # components indexed by the sides they involve: an undated claim meets only those
        by_side: dict[str, list[int]] = defaultdict(list)
        comps: list[Comp | None] = []
        raw = comps_by_type.get(claim_type, [])
        # the distinct parties of each component: claims of one event mostly repeat them
        kinds: list[frozenset[Parties]] = []
        for i, comp in enumerate(raw):
            key = fixed_of.get(id(comp))
            if key is not None and fixed_info is not None:
                kept = fixed_info[key]
            elif key is not None and describe is None:
                kept = _kept(comp, rule, ctx, ps)
            else:
                kept = None
            comps.append(kept[1] if kept else None)
            if kept:
                kinds.append(kept[0])
            elif kinds_of is not None:
                kinds.append(kinds_of(comp, rule))
            else:
                kinds.append(frozenset(_party(c, rule, ctx, ps) for c in comp))
            for s in set().union(*(p.all for p in kinds[i])):
                by_side[s].append(i)
        alone: list[Claim] = []
        # the choice depends only on the claim's parties, modality and document dates:
        # claims alike (many copies of one report) are placed once
        chosen_for: dict[tuple, Comp | None] = {}
        candidates_for: dict[Parties, list[Comp]] = {}
        for u in us:
            pu = _party(u, rule, ctx, ps)
            alike = (pu, u.modality == "expected", *when(u, ctx))
            if alike not in chosen_for:
                candidates = candidates_for.get(pu)
                if candidates is None:
                    candidates = candidates_for[pu] = []
                    for i in sorted({i for s in pu.all for i in by_side.get(s, ())}):
                        if _meets(pu, kinds[i], rule, ctx):
                            if comps[i] is None:
                                comps[i] = (describe or _comp_of_claims)(raw[i], ctx)
                            candidates.append(comps[i])
                chosen_for[alike] = _choose(u, candidates, ctx) if candidates else None
            chosen = chosen_for[alike]
            if chosen:
                choices.append((u.id, chosen.claims[0].id))
            else:
                alone.append(u)
        _group_alone(alone, rule, ctx, ps, uf)
    for u_id, c_id in choices:  # after the components are fixed, so choices do not interact
        uf.union(u_id, c_id)
    members: dict[str, list[Claim]] = defaultdict(list)
    for c in everything:
        members[uf.find(c.id)].append(c)
    denials: dict[str, list[Claim]] = defaultdict(list)
    for d in sorted(followers, key=lambda c: c.id):
        if follows.get(d.id) in uf.parent:
            denials[uf.find(follows[d.id])].append(d)
        else:  # its claim is not here (should not happen): the denial stands alone
            members[d.id].append(d)
    return [(members[root], denials.get(root, [])) for root in sorted(members)]


_MEETS_SIZE = 200_000


def _meets(p: Parties, kinds: frozenset[Parties], rule: TypeRule, ctx: FuseContext) -> bool:
    """Whether parties `p` are compatible with any of `kinds` (a component's parties, which
    stay the same while its event does: remembered)."""
    key = (p, kinds, id(rule))
    found = ctx.meets.get(key)
    if found is None:
        if len(ctx.meets) >= _MEETS_SIZE:
            ctx.meets.clear()
        found = ctx.meets[key] = any(parties_compatible(p, k, rule) for k in kinds)
    return found


def _group_alone(
    alone: list[Claim], rule: TypeRule, ctx: FuseContext, ps: dict[str, Parties],
    uf: UnionFind,
) -> None:
    """Unplaced undated claims form events with those they are compatible with; claims with
    the same parties behave alike, so each kind of parties is compared once."""
    kinds: dict[Parties, list[Claim]] = {}
    for c in alone:
        kinds.setdefault(_party(c, rule, ctx, ps), []).append(c)
    ordered = list(kinds.items())
    for i, (pa, group) in enumerate(ordered):
        if len(group) > 1 and parties_compatible(pa, pa, rule):
            for c in group[1:]:
                uf.union(group[0].id, c.id)
        for pb, other in ordered[i + 1:]:
            if parties_compatible(pa, pb, rule):
                uf.union(group[0].id, other[0].id)


_KEPT_SIZE = 20_000


def _kept(
    comp: list[Claim], rule: TypeRule, ctx: FuseContext, ps: dict[str, Parties]
) -> tuple[frozenset[Parties], Comp]:
    """The parties and date of a component that is a stored event left as it is. Its list
    comes back unchanged (the same object) for every document that meets the event, so
    identity tells a hit; the entry holds the list, so its id cannot be reused meanwhile."""
    hit = ctx.per_list.get(id(comp))
    if hit is not None and hit[0] is comp and hit[1] is rule and hit[2] == len(comp):
        return hit[3], hit[4]
    if len(ctx.per_list) >= _KEPT_SIZE:
        ctx.per_list.clear()
    found = (frozenset(_party(c, rule, ctx, ps) for c in comp), _comp_of_claims(comp, ctx))
    ctx.per_list[id(comp)] = (comp, rule, len(comp), *found)
    return found


def _link_fresh(
    cs: list[Claim], fresh: set[str], ps: dict[str, Parties], rule: TypeRule, uf: UnionFind
) -> None:
    """Link each fresh claim with the others (pairs of stored claims are linked already, or
    never). Stored claims with the same parties and date link alike, so one claim of each
    such kind per stored component is compared."""
    new = [c for c in cs if c.id in fresh]
    kinds: dict[tuple, dict[str, Claim]] = {}
    for c in cs:
        if c.id not in fresh:
            kind = kinds.setdefault((ps[c.id], c.date.value if c.date else None), {})
            kind.setdefault(uf.find(c.id), c)
    for i, a in enumerate(new):
        for b in new[i + 1:]:
            if uf.find(a.id) != uf.find(b.id) and linked(a, ps[a.id], b, ps[b.id], rule):
                uf.union(a.id, b.id)
        for by_root in kinds.values():
            b = next(iter(by_root.values()))
            if linked(a, ps[a.id], b, ps[b.id], rule):
                for c in by_root.values():
                    uf.union(a.id, c.id)


def cluster(claims: list[Claim], ctx: FuseContext) -> list[Cluster]:
    """Every event of a closed set of claims (what a full rebuild computes)."""
    by_id = {c.id: c for c in claims}
    follows = {d: t for d, t in resolve_denials(list(by_id.values()), ctx).items() if t in by_id}
    free = [c for c in by_id.values() if c.id not in follows]
    return assemble(
        [c for c in free if not is_movable(c, ctx)],
        [c for c in free if is_movable(c, ctx)],
        follows,
        [by_id[d] for d in follows],
        ctx,
    )

"""Claims → groups of claims that describe one event. A pure function of the set of claims.

Dated claims of one type link pairwise (`link.linked`) and events are the connected components,
so the result does not depend on the order claims arrive in. Claims with no date then join the
best matching dated event (the one nearest before their document's publication date); a DENY
claim follows the claim it denies.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import as_date
from newsweave.fuse.events import event_date
from newsweave.fuse.independence import UnionFind
from newsweave.fuse.link import Parties, linked, parties, parties_compatible
from newsweave.model import Claim

Cluster = tuple[list[Claim], list[Claim]]  # (members, denials that follow a member)
_DENIABLE = ("asserted", "reported", "speculated", "expected")


def resolve_denials(claims: list[Claim], ctx: FuseContext) -> dict[str, str]:
    """DENY claim id → the claim it denies: the nearest one in its document naming the denier."""
    window = ctx.rules.deny_window_sentences
    out: dict[str, str] = {}
    for d in claims:
        if d.type != "DENY" or not d.actors:
            continue
        deniers = ctx.sides(d.actors, state=True)
        best: tuple | None = None
        for c in ctx.doc_claims(d.doc):
            if c.type == "DENY" or c.modality not in _DENIABLE:
                continue
            dist = abs(c.sentence - d.sentence)
            if dist > window or not (ctx.sides(c.actors + c.targets, state=True) & deniers):
                continue
            key = (dist, 0 if c.sentence <= d.sentence else 1, c.id)
            if best is None or key < best:
                best = key
        if best is not None:
            out[d.id] = best[2]
    return out


def _start(value: str | None) -> date | None:
    if not value:
        return None
    return as_date((value + "-01-01")[:10]) if len(value) < 10 else as_date(value)


def _end(value: str | None) -> date | None:
    if not value or len(value) == 10:
        return as_date(value) if value else None
    start = _start(value)
    if start is None:
        return None
    if len(value) == 4:
        return date(start.year, 12, 31)
    next_month = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date.fromordinal(next_month.toordinal() - 1)


def _reference_date(doc_id: str, ctx: FuseContext) -> str | None:
    """When the document was written: its publication date, else the latest date it gives."""
    published = ctx.doc(doc_id).published
    if published:
        return published
    dates = [c.date.value for c in ctx.doc_claims(doc_id) if c.date]
    return max(dates) if dates else None


def _choose(u: Claim, candidates: list[list[Claim]], ctx: FuseContext) -> list[Claim] | None:
    """The dated event an undated claim most likely means: not after its document was
    published (unless expected), ending at most `undated_days` before it, the nearest, the
    best attested, then the smallest id. With no publication date, the latest date the
    document gives only ranks the candidates."""
    published = _start(ctx.doc(u.doc).published)
    reference = published or _start(_reference_date(u.doc, ctx))
    limit = ctx.rules.of(u.type).undated_days
    ranked = []
    for comp in candidates:
        value = event_date(comp, ctx)
        start, end = _start(value), _end(value)
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
        ranked.append(((gap, -len({c.doc for c in comp}), min(c.id for c in comp)), comp))
    return min(ranked, key=lambda x: x[0])[1] if ranked else None


def _link_type(cs: list[Claim], ctx: FuseContext, uf: UnionFind) -> None:
    rule = ctx.rules.of(cs[0].type)
    ps: dict[str, Parties] = {c.id: parties(c, rule, ctx) for c in cs}
    pool = cs if rule.ongoing else [c for c in cs if c.date]
    for i, a in enumerate(pool):
        for b in pool[i + 1:]:
            if linked(a, ps[a.id], b, ps[b.id], rule):
                uf.union(a.id, b.id)
    if rule.ongoing:
        return
    comps: dict[str, list[Claim]] = defaultdict(list)
    for c in pool:
        comps[uf.find(c.id)].append(c)
    undated = [c for c in cs if c.date is None]
    choices: list[tuple[str, str]] = []
    alone: list[Claim] = []
    for u in undated:
        candidates = [comp for comp in comps.values()
                      if any(parties_compatible(ps[u.id], ps[c.id], rule) for c in comp)]
        chosen = _choose(u, candidates, ctx) if candidates else None
        if chosen:
            choices.append((u.id, chosen[0].id))
        else:
            alone.append(u)
    for i, a in enumerate(alone):
        for b in alone[i + 1:]:
            if parties_compatible(ps[a.id], ps[b.id], rule):
                uf.union(a.id, b.id)
    for u_id, c_id in choices:  # after the components are fixed, so choices do not interact
        uf.union(u_id, c_id)


def cluster(claims: list[Claim], ctx: FuseContext) -> list[Cluster]:
    by_id = {c.id: c for c in claims}
    follows = {d: t for d, t in resolve_denials(list(by_id.values()), ctx).items() if t in by_id}
    free = sorted((c for c in by_id.values() if c.id not in follows), key=lambda c: c.id)
    uf = UnionFind(c.id for c in free)
    by_type: dict[str, list[Claim]] = defaultdict(list)
    for c in free:
        by_type[c.type].append(c)
    for cs in by_type.values():
        _link_type(cs, ctx, uf)
    members: dict[str, list[Claim]] = defaultdict(list)
    for c in free:
        members[uf.find(c.id)].append(c)
    denials: dict[str, list[Claim]] = defaultdict(list)
    for d, t in sorted(follows.items()):
        denials[uf.find(t)].append(by_id[d])
    return [(members[root], denials.get(root, [])) for root in sorted(members)]

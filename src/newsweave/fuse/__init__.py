"""Fusion of claims into cross-document events, incrementally as documents arrive.

`add_document` looks up only the events whose blocking keys the new claims could match
(`keys.py`), plus the events whose undated claims might now prefer another event; it reclusters
that region with the same pure function a full `rebuild` uses (`cluster.py`), so the events do
not depend on the order documents arrive in.

`fuse_pending` is how ingestion fuses: every stored document not yet fused (this process's,
another's, or one a killed run left behind) is folded in and marked, inside one write
transaction that also holds the store's write lock, so concurrent ingests fuse one after the
other and a killed one loses nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsweave.fuse.cluster import Comp, assemble, cluster, comp_of, is_movable
from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import sane
from newsweave.fuse.digest import Digest, Unit, build
from newsweave.fuse.events import build_event, build_recorded
from newsweave.fuse.keys import candidate_keys, event_keys, link_keys, waiting_keys
from newsweave.fuse.link import Parties, parties
from newsweave.fuse.rules import TypeRule
from newsweave.fuse.session import Session
from newsweave.fuse.tally import DateTally
from newsweave.model import Claim, Event, Processed
from newsweave.resources import Resources
from newsweave.store import Store

__all__ = ["FusionOutcome", "Session", "add_claims", "add_document", "fuse_claims",
           "fuse_pending", "rebuild"]


def fuse_claims(claims: list[Claim], ctx: FuseContext) -> list[tuple[Event, set[str]]]:
    """Events (with their blocking keys) for a closed set of claims."""
    return [(build_event(m, d, ctx), event_keys(m, ctx)) for m, d in cluster(claims, ctx)]


class _Region:
    """The events one new document can change, fetched through their blocking keys."""

    def __init__(self, session: Session):
        self.session = session
        self.views: dict[str, Digest] = {}
        self.asked: set[str] = set()

    def fetch(self, keys: set[str]) -> list[str]:
        keys = keys - self.asked
        self.asked |= keys
        new = sorted(i for i in self.session.event_ids(keys) if i not in self.views)
        for i in new:
            self.views[i] = self.session.view(i)
        return new


def add_document(
    store: Store, processed: Processed, resources: Resources, session: Session | None = None
) -> None:
    """Fold one newly stored document's claims into the events it touches.

    With a `session` (one batch of documents), the events are written when the session is
    flushed; without one, before returning.
    """
    own = session is None
    session = session or Session(store, resources)
    _fold(session, processed.document.id, processed.claims)
    if own:
        session.flush()


def _fold(session: Session, doc_id: str, claims: Sequence[Claim]) -> None:
    if claims:
        fresh = [sane(c) for c in claims]
        session.add_claims(fresh)
        add_claims(session, fresh)
    session.document_added(doc_id)


@dataclass
class FusionOutcome:
    fused: list[str] = field(default_factory=list)  # documents folded into events
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document, why)


def fuse_pending(session: Session, known: Mapping[str, Sequence[Claim]] | None = None
                 ) -> FusionOutcome:
    """Fold every stored document not yet fused into the events and mark it fused, in one
    write transaction (so under the store's write lock). `known` holds the claims of
    documents this process has in memory (the others are read from the store).

    When fusing fails, the transaction is rolled back and the window fused again one document
    at a time (a savepoint each): a document whose claims cannot be fused is marked so
    (`store.mark_fusion_failed`) and reported, and the others go in."""
    known = known or {}
    store = session.store
    outcome = FusionOutcome()
    try:
        with store.write("fusing documents"):
            session.sync()
            outcome.fused = store.unfused_documents()
            for doc_id in outcome.fused:
                _fold_stored(session, doc_id, known)
            session.flush()
        return outcome
    except BaseException as e:
        session.reset()  # memory no longer matches the store
        if not isinstance(e, Exception):  # interrupted: the marks stay for the next run
            raise
    # a document failed: found again below, one by one
    outcome = FusionOutcome()
    try:
        with store.write("fusing documents one by one"):
            session.sync()
            for doc_id in store.unfused_documents():
                try:
                    with store.savepoint():
                        _fold_stored(session, doc_id, known)
                        session.flush()
                except Exception as e:  # reported with the document; the batch goes on
                    session.reset()
                    store.mark_fusion_failed(doc_id)
                    outcome.failed.append((doc_id, f"{type(e).__name__}: {e}"))
                else:
                    outcome.fused.append(doc_id)
    except BaseException:
        session.reset()
        raise
    return outcome


def _fold_stored(session: Session, doc_id: str, known: Mapping[str, Sequence[Claim]]) -> None:
    store = session.store
    claims = known.get(doc_id)
    if claims is None:
        claims = store.claims(doc_id)
    # the documents it copies gained a near-duplicate: their source grouping is read again
    session.ctx.forget_metadata([doc_id, *(o for o, _ in store.near_duplicates(doc_id))])
    _fold(session, doc_id, claims)


def add_claims(session: Session, fresh: list[Claim]) -> None:
    """Fold claims that are in no stored event into the events they touch.

    1. events the new claims link with are recomputed whole (`relinked`);
    2. undated claims that may now prefer a changed event are found by their window keys;
    3. every undated claim being placed looks up the events it could join (read-only unless
       it joins them).
    The groups are then what `cluster` gives on the whole store (tests check this). A stored
    event takes part through its units (`digest.py`): one representative claim per unit, and
    the date tally of its dated claims, so the work grows with the units of the events a
    document touches, not with their claims.
    """
    ctx = session.ctx
    region = _Region(session)
    fresh_ids = {c.id for c in fresh}
    follows = session.follows(fresh)  # a fresh denial follows a claim of its own document
    free = [c for c in fresh if c.id not in follows]

    linkable = [c for c in free if not is_movable(c, ctx)]
    relinked = region.fetch(set().union(*(link_keys(c, ctx) for c in linkable)))
    fresh_linkable = list(linkable)
    movable = {c.id: c for c in free if is_movable(c, ctx)}
    waiting_at = set().union(*(waiting_keys(c, ctx) for c in linkable))
    # a stored event's dated claims take part as one claim standing for them all (they are
    # one component already); which new claims link with it is asked of the event
    whole: dict[str, str] = {}  # the claim standing for an event's dated claims -> the event
    links: list[tuple[str, str]] = []
    for e in relinked:
        v = region.views[e]
        movable.update((u.rep.id, u.rep) for u in v.movable)
        waiting_at |= v.waiting
        if v.dated_by_key:
            stand_in = v.stand_in
            linkable.append(stand_in)
            whole[stand_in.id] = e
            for c in fresh_linkable:
                if c.type == stand_in.type:
                    rule = ctx.rules.of(c.type)
                    if v.links(c, parties(c, rule, ctx), rule, ctx):
                        links.append((c.id, stand_in.id))
    waiting = region.fetch(waiting_at)
    pending = [u.rep for e in waiting for u in region.views[e].movable]
    pending += list(movable.values())
    while pending:
        for c in pending:
            movable[c.id] = c
        found = region.fetch(set().union(*(candidate_keys(c, ctx) for c in pending)))
        # events made only of undated claims are regrouped as a whole
        pending = [u.rep for e in found if not region.views[e].dated_by_key
                   for u in region.views[e].movable if u.rep.id not in movable]

    # the other stored events keep their dated claims: one claim stands for them, and for
    # their undated claims that stay (those of a relinked or `waiting` event all move, as do
    # those of events made only of undated claims)
    relinked_ids = set(relinked)
    moving = relinked_ids | set(waiting)
    fixed: dict[str, list[Claim]] = {}
    fixed_info: dict[str, tuple[frozenset[Parties], Comp]] = {}
    unit_of: dict[str, tuple[Unit, str]] = {}  # an undated unit's representative -> it, event
    loose_of: dict[str, str] = {}  # a denial standing alone -> its event
    for e, v in region.views.items():
        for d in v.loose:
            loose_of[d.id] = e
        if e in moving or not v.dated_by_key:
            for u in v.movable:
                unit_of[u.rep.id] = (u, e)
        if e in relinked_ids or not v.dated_by_key:
            continue
        fixed[e] = [v.stand_in]
        fixed_info[e] = (v.kinds, v.comp())
        whole[v.stand_in.id] = e
    followers = [c for c in fresh if c.id in follows]
    true_target = dict(follows)
    if loose_of:  # a denial whose claim was elsewhere follows it if it is here now
        follows = dict(follows)
        for d in (d for v in region.views.values() for d in v.loose):
            target = session.follows([d]).get(d.id)
            if target is not None:
                true_target[d.id] = target
                follows[d.id] = _as_seen(target, fresh_ids, unit_of, region)
                followers.append(d)
    tallies = _Tallies(region, whole, ctx)

    def describe(comp: list[Claim], _ctx: FuseContext) -> Comp:
        return comp_of(comp, tallies.of(comp))

    def kinds_of(comp: list[Claim], rule: TypeRule) -> frozenset[Parties]:
        return frozenset().union(*(
            region.views[whole[c.id]].kinds if c.id in whole else (parties(c, rule, ctx),)
            for c in comp))

    groups = assemble(linkable, list(movable.values()), follows, followers, ctx,
                      fixed, {}, None, fresh_ids, describe, fixed_info, links, kinds_of)

    new_ids: set[str] = set()
    changed = []
    for members, denials in groups:
        bases: list[Digest] = []
        units: list[Unit] = []
        owners: set[str] = set()
        extra: list[Claim] = []  # new claims, and denials standing alone
        for c in members:
            if c.id in whole:
                e = whole[c.id]
                v = region.views[e]
                bases.append(v)
                owners.add(e)
                if e not in moving:
                    units += v.movable  # they stay
            elif c.id in unit_of:
                u, e = unit_of[c.id]
                units.append(u)
                owners.add(e)
            else:
                extra.append(c)
        extra += denials
        owners |= {loose_of[c.id] for c in extra if c.id in loose_of}
        if len(owners) == 1:  # an event this document did not change?
            (e,) = owners
            v = region.views[e]
            if (bool(v.dated_by_key) == bool(bases) and len(units) == len(v.movable)
                    and len(extra) == len(v.loose)
                    and all(loose_of.get(c.id) == e for c in extra)):
                new_ids.add(e)
                continue
        event_id = "ev-" + min([b.dated_min for b in bases if b.dated_min]
                               + [u.min_id for u in units] + [c.id for c in extra])
        new_ids.add(event_id)
        # its dated claims: the component `assemble` formed (its tally may be made already)
        comp = [c for c in members
                if c.id in whole or (c.id in fresh_ids and not is_movable(c, ctx))]
        tally = tallies.of(comp) if comp else DateTally()
        digest = build(bases, units, [c for c in members if c.id in fresh_ids],
                       [(d, true_target[d.id]) for d in denials],
                       [c for c in members if c.id in loose_of], tally, ctx)
        changed.append((event_id, digest))
    session.replace(set(region.views) - new_ids, changed)


def _as_seen(target: str, fresh_ids: set[str], unit_of: dict[str, tuple[Unit, str]],
             region: _Region) -> str:
    """The claim `assemble` sees for `target`: itself, its unit's representative, or the
    claim standing for its event's dated claims (or its event, when the unit stays)."""
    if target in fresh_ids or target in unit_of:
        return target
    for v in region.views.values():
        for u in v.units:
            if any(c.id == target for c in u.claims):
                return u.rep.id if u.rep.id in unit_of else v.stand_in.id
    return target


class _Tallies:
    """The date tally of each component `assemble` forms, from the tallies of the stored
    events it contains (the largest one grows: its event is being rewritten) and its new
    claims; one per component, whether `assemble` or the rewriting asks first."""

    def __init__(self, region: _Region, whole: dict[str, str], ctx: FuseContext):
        self.region = region
        self.whole = whole  # the claim standing for an event's dated claims -> the event
        self.ctx = ctx
        self.done: dict[tuple[frozenset[str], frozenset[str]], DateTally] = {}

    def of(self, comp: list[Claim]) -> DateTally:
        owners = frozenset(self.whole[c.id] for c in comp if c.id in self.whole)
        new = [c for c in comp if c.id not in self.whole]
        key = (owners, frozenset(c.id for c in new))
        tally = self.done.get(key)
        if tally is None:
            stored = sorted((self.region.views[e].tally for e in owners),
                            key=lambda t: -t.size())
            tally = stored[0] if stored else DateTally()
            for other in stored[1:]:
                tally.absorb(other, self.ctx)
            if new:
                tally.add(new, self.ctx)
            self.done[key] = tally
        return tally


def rebuild(store: Store, resources: Resources) -> list[Event]:
    """Recompute every event from every stored claim (one write transaction: every document
    ends fused, and concurrent fusion waits)."""
    with store.write("rebuilding events"):
        ctx = FuseContext(store, resources)
        old = [e.id for e in store.events()]
        if old:
            store.delete_events(old)
        built = [(build_recorded(m, d, ctx), event_keys(m, ctx))
                 for m, d in cluster([sane(c) for c in store.claims()], ctx)]
        events = [(e, k) for (e, _), k in built]
        if events:
            store.put_events([(e, sorted(k)) for e, k in events])
            store.put_event_sources([(e.id, grouped) for (e, grouped), _ in built])
        store.mark_fused(store.unfused_documents())
        store.bump_fusion_generation()
    return [e for e, _ in events]

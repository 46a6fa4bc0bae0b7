"""Fusion of claims into cross-document events, incrementally as documents arrive.

`add_document` looks up only the events whose blocking keys the new claims could match
(`keys.py`), plus the events whose undated claims might now prefer another event; it reclusters
that region with the same pure function a full `rebuild` uses (`cluster.py`), so the events do
not depend on the order documents arrive in.
"""

from __future__ import annotations

from newsweave.fuse.cluster import assemble, cluster, is_movable, resolve_denials
from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import sane
from newsweave.fuse.events import build_event
from newsweave.fuse.keys import candidate_keys, event_keys, link_keys, waiting_keys
from newsweave.model import Claim, Event, Processed
from newsweave.resources import Resources
from newsweave.store import Store

__all__ = ["add_document", "fuse_claims", "rebuild"]


def fuse_claims(claims: list[Claim], ctx: FuseContext) -> list[tuple[Event, set[str]]]:
    """Events (with their blocking keys) for a closed set of claims."""
    return [(build_event(m, d, ctx), event_keys(m, ctx)) for m, d in cluster(claims, ctx)]


class _Region:
    """The stored events one new document can change, fetched through their blocking keys."""

    def __init__(self, store: Store, ctx: FuseContext):
        self.store = store
        self.ctx = ctx
        self.events: dict[str, Event] = {}
        self.claims: dict[str, Claim] = {}
        self.asked: set[str] = set()
        self.follows: dict[str, str] = {}  # DENY claim -> the claim it denies

    def fetch(self, keys: set[str]) -> list[Event]:
        keys = keys - self.asked
        self.asked |= keys
        new = [e for e in self.store.events_by_keys(keys) if e.id not in self.events]
        for e in new:
            self.events[e.id] = e
        missing = sorted({i for e in new for i in e.claims} - self.claims.keys())
        for c in self.store.claims_by_ids(missing):
            self.claims[c.id] = sane(c)
        for e in new:
            self.follows.update(resolve_denials(self.members(e), self.ctx))
        return new

    def free(self, event: Event) -> list[Claim]:
        return [c for c in self.members(event) if c.id not in self.follows]

    def members(self, event: Event) -> list[Claim]:
        return [self.claims[i] for i in event.claims if i in self.claims]


def add_document(store: Store, processed: Processed, resources: Resources) -> None:
    """Fold one newly stored document's claims into the events it touches.

    1. events the new claims link with are recomputed whole (`relinked`);
    2. undated claims that may now prefer a changed event are found by their window keys;
    3. every undated claim being placed looks up the events it could join (read-only unless
       it joins them).
    The groups are then what `cluster` gives on the whole store (tests check this).
    """
    if not processed.claims:
        return
    ctx = FuseContext(store, resources, processed.analysis.entities)
    region = _Region(store, ctx)
    fresh = [sane(c) for c in processed.claims]
    region.claims.update((c.id, c) for c in fresh)
    region.follows.update(resolve_denials(fresh, ctx))
    free = [c for c in fresh if c.id not in region.follows]

    relinked = region.fetch(set().union(*(link_keys(c, ctx) for c in free
                                          if not is_movable(c, ctx))))
    relinked_ids = {e.id for e in relinked}
    linkable = [c for c in free if not is_movable(c, ctx)]
    movable = {c.id: c for c in free if is_movable(c, ctx)}
    connected: list[list[Claim]] = []
    for e in relinked:
        component = []
        for c in region.free(e):
            if is_movable(c, ctx):
                movable[c.id] = c
            else:
                component.append(c)
        linkable += component
        connected.append(component)
    waiting = region.fetch(set().union(*(waiting_keys(c, ctx) for c in linkable)))
    pending = [c for e in waiting for c in region.free(e) if is_movable(c, ctx)]
    pending += list(movable.values())
    while pending:
        for c in pending:
            movable[c.id] = c
        found = region.fetch(set().union(*(candidate_keys(c, ctx) for c in pending)))
        # events made only of undated claims are regrouped as a whole
        pending = [c for e in found for c in region.free(e)
                   if all(is_movable(x, ctx) for x in region.free(e)) and c.id not in movable]

    fixed: dict[str, list[Claim]] = {}
    stay: dict[str, list[Claim]] = {}
    followers = [c for c in region.claims.values() if c.id in region.follows]
    for e in region.events.values():
        if e.id in relinked_ids:
            continue
        cs = region.free(e)
        dated = [c for c in cs if not is_movable(c, ctx)]
        if dated:
            fixed[e.id] = dated
            stay[e.id] = [c for c in cs if is_movable(c, ctx) and c.id not in movable]
    groups = assemble(linkable, list(movable.values()), region.follows, followers, ctx, fixed,
                      stay, connected, {c.id for c in fresh})

    before = {frozenset(e.claims): e.id for e in region.events.values()}
    new_ids: set[str] = set()
    changed = []
    for members, denials in groups:
        ids = frozenset(c.id for c in members + denials)
        if ids in before:  # an event this document did not change
            new_ids.add(before[ids])
            continue
        event = build_event(members, denials, ctx)
        new_ids.add(event.id)
        changed.append((event, sorted(event_keys(members, ctx))))
    stale = set(region.events) - new_ids
    if stale:
        store.delete_events(sorted(stale))
    if changed:
        store.put_events(changed)


def rebuild(store: Store, resources: Resources) -> list[Event]:
    """Recompute every event from every stored claim."""
    ctx = FuseContext(store, resources)
    old = [e.id for e in store.events()]
    if old:
        store.delete_events(old)
    events = fuse_claims([sane(c) for c in store.claims()], ctx)
    if events:
        store.put_events([(e, sorted(k)) for e, k in events])
    return [e for e, _ in events]

"""Fusion of claims into cross-document events, incrementally as documents arrive.

`add_document` looks up only the events whose blocking keys the new claims could match
(`keys.py`), plus the events whose undated claims might now prefer another event; it reclusters
that region with the same pure function a full `rebuild` uses (`cluster.py`), so the events do
not depend on the order documents arrive in.
"""

from __future__ import annotations

from newsweave.fuse.cluster import cluster
from newsweave.fuse.context import FuseContext
from newsweave.fuse.events import build_event
from newsweave.fuse.keys import event_keys, query_keys
from newsweave.model import Claim, Event, Processed
from newsweave.resources import Resources
from newsweave.store import Store

__all__ = ["add_document", "fuse_claims", "rebuild"]


def fuse_claims(claims: list[Claim], ctx: FuseContext) -> list[tuple[Event, set[str]]]:
    """Events (with their blocking keys) for a closed set of claims."""
    out = []
    for members, denials in cluster(claims, ctx):
        out.append((build_event(members, denials, ctx), event_keys(members, ctx)))
    return out


def _region(store: Store, new: list[Claim], ctx: FuseContext) -> tuple[dict[str, Claim], set[str]]:
    claims = {c.id: c for c in new}
    old_events: set[str] = set()
    asked: set[str] = set()
    pending = [(c, True) for c in new]
    while pending:
        keys: set[str] = set()
        for c, fresh in pending:
            keys |= query_keys(c, ctx, fresh)
        keys -= asked
        asked |= keys
        pending = []
        fetched = [e for e in store.events_by_keys(keys) if e.id not in old_events]
        old_events.update(e.id for e in fetched)
        missing = sorted({i for e in fetched for i in e.claims} - claims.keys())
        for c in store.claims_by_ids(missing):
            claims[c.id] = c
            pending.append((c, False))
    return claims, old_events


def add_document(store: Store, processed: Processed, resources: Resources) -> None:
    """Fold one newly stored document's claims into the events it touches."""
    if not processed.claims:
        return
    ctx = FuseContext(store, resources, processed.analysis.entities)
    claims, old = _region(store, list(processed.claims), ctx)
    events = fuse_claims(list(claims.values()), ctx)
    stale = old - {e.id for e, _ in events}
    if stale:
        store.delete_events(sorted(stale))
    store.put_events([(e, sorted(k)) for e, k in events])


def rebuild(store: Store, resources: Resources) -> list[Event]:
    """Recompute every event from every stored claim."""
    ctx = FuseContext(store, resources)
    old = [e.id for e in store.events()]
    if old:
        store.delete_events(old)
    events = fuse_claims(store.claims(), ctx)
    if events:
        store.put_events([(e, sorted(k)) for e, k in events])
    return [e for e, _ in events]

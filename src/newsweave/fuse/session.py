"""A batch of incremental fusion: what adding documents one by one reads again and again.

Adding a document touches the events its claims may join. Reading those events and their
claims from SQLite, resolving their denials and rebuilding the event records each time makes
the cost grow with the size of the events, not with the document. A `Session` keeps, for one
batch of documents:

- the events' blocking keys, loaded from the store once per key, and each event touched as a
  `digest.Digest` (its claims in units fusion treats alike, and its date tally), built once from
  the store, then replaced by the digest fusion computes when it rewrites the event (never
  rebuilt from the event's claims);
- decoded claims and which claim each denial follows;
- a `FuseContext` (document metadata, entities, per-claim results), filled for a touched
  event's documents in a few queries, not several per document; and how the event's
  documents group into independent sources, as stored with it when it was last written
  (`event_sources`), so that the documents a batch adds are the only ones whose
  near-duplicate pairs are read (`independence.source_groups`).

Event records are built and written only at `flush` (the end of the batch, every
`flush_every` documents, and before anything reads events from the store), once per changed
event. The events are the same as fusing document by document with no session: the groups
are computed by the same code; only when the `Event` records are built differs.

A flush is one write transaction: the changed events, and the mark "fused" on every document
added since the last flush, are written together, so a process killed at any moment leaves
either both or neither (the store's not-yet-fused documents are what the next run folds in,
`fuse.fuse_pending`). Each flush also advances the store's fusion generation; a session that
finds another generation than its own (another process fused meanwhile) starts afresh
(`sync`), since what it keeps in memory may be stale.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from newsweave.claims.table import claim_type as type_row
from newsweave.fuse.cluster import prime_when, resolve_denials
from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import sane
from newsweave.fuse.digest import Digest, from_claims
from newsweave.fuse.events import build_recorded
from newsweave.model import Claim
from newsweave.resources import Resources
from newsweave.store import Store

# claims kept at most (memory): past it, decoded claims and the events held in memory are
# dropped at the next flush and read again from the store when needed (and per-claim results
# past twice as many)
CLAIM_CACHE_LIMIT = 200_000


class Session:
    def __init__(self, store: Store, resources: Resources, flush_every: int = 500):
        self.store = store
        self.resources = resources
        self.flush_every = flush_every
        self.reset()

    def reset(self) -> None:
        """Forget everything kept in memory (the store is the truth)."""
        self.ctx = FuseContext(self.store, self.resources)
        self.generation = self.store.fusion_generation()
        self._since_flush = 0
        self._added: list[str] = []  # documents fused since the last flush
        # changes not yet written: id -> the event's digest; ids to delete
        self._dirty: dict[str, Digest] = {}
        self._deleted: set[str] = set()
        self._claims: dict[str, Claim] = {}
        self._follows: dict[str, str | None] = {}  # claim id -> the claim it denies
        self._forget_events()

    def _forget_events(self) -> None:
        # events as fusion sees them: id -> blocking keys, key -> ids; claim ids of stored
        # events read but not yet digested; digests
        self._keys: dict[str, frozenset[str]] = {}
        self._index: dict[str, set[str]] = defaultdict(set)
        self._loaded: set[str] = set()  # keys whose stored events are all in memory
        self._members: dict[str, tuple[str, ...]] = {}
        self._digests: dict[str, Digest] = {}

    # ------------------------------------------------------------------ reading

    def event_ids(self, keys: Iterable[str]) -> set[str]:
        """Ids of every event (as of now) stored under any of `keys`."""
        keys = set(keys)
        unread = keys - self._loaded
        if unread:
            ids = self.store.event_ids_by_keys(unread) - self._keys.keys() - self._deleted
            if ids:
                members = self.store.event_members(ids)
                stored_keys = self.store.event_keys_of(ids)
                for i in sorted(ids):
                    if i in members:
                        self._members[i] = tuple(members[i])
                        self._remember(i, frozenset(stored_keys.get(i, ())))
            self._loaded |= unread
        out: set[str] = set()
        for k in keys:
            out |= self._index.get(k, set())
        return out

    def events_by_keys(self, keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """Event id -> claim ids of every event (as of now) stored under any of `keys`."""
        return {i: self._members[i] if i in self._members else self._digests[i].ids()
                for i in self.event_ids(keys)}

    def view(self, event_id: str) -> Digest:
        """The event `event_id` (as `event_ids` just returned it) as fusion reads it."""
        d = self._digests.get(event_id)
        if d is None:
            ids = self._members.pop(event_id)
            found = self.claims(ids)
            claims = [found[i] for i in ids if i in found]
            prime_when({c.doc for c in claims}, self.ctx)  # its documents, read at once
            # the date tally groups the documents of its dated claims into sources
            self.ctx.prefetch_near({c.doc for c in claims if c.date is not None})
            for partition in self.store.event_sources([event_id]).get(event_id, ()):
                self.ctx.add_seed(partition)
            d = self._digests[event_id] = from_claims(
                claims, self.follows(claims), self._keys[event_id], self.ctx)
        return d

    def claims(self, ids: Iterable[str]) -> dict[str, Claim]:
        """Claims by id (as fusion reads them: `sane`), decoded once per batch."""
        ids = set(ids)
        missing = sorted(ids - self._claims.keys())
        for c in self.store.claims_by_ids(missing):
            self._claims[c.id] = sane(c)
        return {i: self._claims[i] for i in ids if i in self._claims}

    def add_claims(self, claims: Iterable[Claim]) -> None:
        for c in claims:
            self._claims[c.id] = c

    def follows(self, claims: Iterable[Claim]) -> dict[str, str]:
        """DENY claim id -> the claim it denies, for those of `claims` that follow one."""
        claims = list(claims)
        todo = [c for c in claims if c.id not in self._follows]
        if todo:
            # each denial reads its document's claims: those of many documents, at once
            self.ctx.prefetch_claims({c.doc for c in todo if type_row(c.type).denial and c.actors},
                                     self._claims)
            found = resolve_denials(todo, self.ctx)  # each denial is resolved on its own
            for c in todo:
                self._follows[c.id] = found.get(c.id)
        return {c.id: t for c in claims if (t := self._follows[c.id]) is not None}

    # ------------------------------------------------------------------ writing

    def replace(self, stale: Iterable[str], changed: Iterable[tuple[str, Digest]]) -> None:
        """Events `stale` are gone; `changed` (id, digest) are new or rewritten."""
        for i in stale:
            self._forget(i)
            self._dirty.pop(i, None)
            self._deleted.add(i)
        for i, digest in changed:
            self._forget(i)
            self._digests[i] = digest
            self._remember(i, digest.keys)
            self._dirty[i] = digest
            self._deleted.discard(i)

    def sync(self) -> None:
        """Start afresh if another process wrote events since this session last did (call
        inside the write transaction that the fusion runs in)."""
        if self.store.fusion_generation() != self.generation:
            self.reset()

    def document_added(self, doc_id: str) -> None:
        """Count one fused document; write the events every `flush_every` documents."""
        self._added.append(doc_id)
        self._since_flush += 1
        if self._since_flush >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        """Build and write the changed events, delete the stale ones, and mark the documents
        added since the last flush fused: one transaction (or the caller's)."""
        self._since_flush = 0
        if not (self._deleted or self._dirty or self._added):
            return
        try:
            with self.store.write("writing events"):
                self._write()
        except BaseException:
            self.reset()  # memory no longer matches the store
            raise

    def _write(self) -> None:
        if self._deleted:
            self.store.delete_events(sorted(self._deleted))
            self._deleted.clear()
        if self._dirty:
            out = []
            sources = []
            for event_id, digest in sorted(self._dirty.items()):
                members, denials = digest.members(), digest.denials()
                self.ctx.prefetch({c.doc for c in members} | {c.doc for c in denials})
                event, grouped = build_recorded(members, denials, self.ctx)
                if event.id != event_id:  # the id is the smallest claim id: cannot differ
                    raise AssertionError(f"event {event.id} built for {event_id}")
                out.append((event, sorted(digest.keys)))
                sources.append((event_id, grouped))
                for partition in grouped:  # the next document that meets it grows from here
                    self.ctx.add_seed(partition)
            self.store.put_events(out)
            self.store.put_event_sources(sources)
            self._dirty.clear()
        self.store.mark_fused(self._added)
        self._added = []
        self.generation = self.store.bump_fusion_generation()
        held = len(self._claims) + sum(d.size() for d in self._digests.values())
        if held > CLAIM_CACHE_LIMIT:
            self._claims.clear()
            self._forget_events()  # all written: read again from the store when needed
        if sum(len(t) for t in self.ctx.per_claim.values()) > 2 * CLAIM_CACHE_LIMIT:
            self.ctx.per_claim.clear()  # recomputed when asked

    # ------------------------------------------------------------------ memory

    def _remember(self, event_id: str, keys: frozenset[str]) -> None:
        self._keys[event_id] = keys
        for k in keys:
            self._index[k].add(event_id)

    def _forget(self, event_id: str) -> None:
        self._members.pop(event_id, None)
        self._digests.pop(event_id, None)
        for k in self._keys.pop(event_id, ()):
            held = self._index.get(k)
            if held is not None:
                held.discard(event_id)

"""Independent sources: near-duplicates and republications of one original count once."""

from __future__ import annotations

from collections.abc import Container, Iterable

from newsweave.fuse.context import FuseContext


class UnionFind:
    def __init__(self, items: Iterable[str]):
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller id becomes the root, so groups do not depend on the order of unions
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo

    def join(self, ids: list[str]) -> None:
        """Union of all `ids`; when each is still alone, in one pass (same roots as unions)."""
        if len(ids) < 2:
            return
        parent = self.parent
        if all(parent[i] == i for i in ids):
            root = min(ids)
            for i in ids:
                parent[i] = root
            return
        for i in ids[1:]:
            self.union(ids[0], i)

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = {}
        for x in sorted(self.parent):
            out.setdefault(self.find(x), []).append(x)
        return sorted(out.values())


def same_source(doc_id: str, ctx: FuseContext, present: Container[str],
                by_key: dict[str, str]) -> list[str]:
    """The documents of `present` that `doc_id` is one source with: those it near-duplicates,
    and the first seen with each of its source keys (the same original, or the same outlet
    republishing). `by_key` records, per key, the first document seen with it."""
    info = ctx.doc(doc_id)
    out = [other for other in ctx.near_duplicates(doc_id) if other in present]
    for key in sorted(info.source_keys):
        if key in by_key:
            out.append(by_key[key])
        else:
            by_key[key] = doc_id
    return out


_GROUPS_MEMO_SIZE = 64  # document sets whose grouping is kept at once (memory: sets of thousands)


def source_groups(doc_ids: Iterable[str], ctx: FuseContext) -> list[list[str]]:
    """Documents grouped by the original they come from: each group is one independent source.

    An event's date, sources and conflicts group the same documents again and again: each set
    is grouped once per context (a set holding a document that gained a near-duplicate cannot
    have been grouped before that near-duplicate was stored, see `FuseContext.forget_metadata`).
    A set that holds one grouped when a stored event was written (`ctx.seeds`) is grouped from
    it: only the documents it adds are read and joined.
    """
    key = frozenset(doc_ids)
    found = ctx.groups.get(key)
    if found is None:
        if len(ctx.groups) >= _GROUPS_MEMO_SIZE:
            ctx.groups.clear()
        seed = max((s for s in ctx.seeds if s[0] <= key), key=lambda s: len(s[0]),
                   default=None)
        groups = _grow(seed[0], seed[1], key, ctx) if seed else _source_groups(key, ctx)
        found = ctx.groups[key] = tuple(tuple(g) for g in groups)
    if ctx.grouped is not None:
        ctx.grouped.append(found)
    return [list(g) for g in found]


def _source_groups(doc_ids: frozenset[str], ctx: FuseContext) -> list[list[str]]:
    docs = sorted(doc_ids)
    ctx.prefetch(docs)
    ctx.prefetch_near(docs)
    uf = UnionFind(docs)
    present = set(docs)
    by_key: dict[str, str] = {}
    for d in docs:
        for other in same_source(d, ctx, present, by_key):
            uf.union(d, other)
    return uf.groups()


def _grow(seeded: frozenset[str], groups: tuple[tuple[str, ...], ...], doc_ids: frozenset[str],
          ctx: FuseContext) -> list[list[str]]:
    """The groups of `doc_ids` from those of a subset of them (`seeded`): a pair of documents
    not both in the subset has a document that is new, so reading the new documents' pairs and
    source keys finds every link the subset's groups do not hold."""
    new = sorted(doc_ids - seeded)
    ctx.prefetch(doc_ids)
    ctx.prefetch_near(new)
    uf = UnionFind(doc_ids)
    for g in groups:
        uf.join(list(g))
    by_key: dict[str, str] = {}
    for d in sorted(seeded):
        for k in ctx.doc(d).source_keys:
            by_key.setdefault(k, d)  # any document of the key: they are one group already
    for d in new:
        for other in same_source(d, ctx, doc_ids, by_key):
            uf.union(d, other)
    return uf.groups()


def weight(groups: list[list[str]], ctx: FuseContext) -> float:
    """Corroboration: the best document quality of each independent group, summed."""
    return sum(max(ctx.doc(d).quality for d in g) for g in groups)

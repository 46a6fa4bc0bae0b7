"""An event's date kept up to date as claims join it: `events.event_date` without re-reading
every claim of the event.

`event_date` tallies, for each date prefix (year, year-month, day), the independent sources
(groups of documents, `independence.source_groups`) that support it, each with the best
(firm, weight) of its claims, and picks the prefix most groups support (then the firmest, the
heaviest, the earliest). `DateTally` keeps those tallies as aggregates: per document and per
group of documents the best (firm, weight) of each prefix, and per prefix the number of groups,
the sum of their firmness and the sum of their weights. A claim that joins updates the prefixes
of its date; a document that joins may merge groups (the smaller group's prefixes are folded
into the larger's). Claims never leave a tally: the dated claims of an event only ever gain
company (fusion moves undated claims, which no date tally holds).

Weights are summed exactly (`Fraction`), so the choice does not depend on the order claims
arrived in; `event_date` sums floats in claim order, which can differ only where two prefixes'
exact weight sums are equal and float rounding tells them apart.
"""

from __future__ import annotations

from fractions import Fraction

from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import precision
from newsweave.fuse.events import FIRM, LEVELS, date_weight
from newsweave.fuse.independence import same_source
from newsweave.model import Claim

Best = tuple[int, float]  # (firm, weight), compared as event_date compares them


class _Tally:
    """event_date's tallies over one set of dated claims (their documents grouped into
    independent sources as they join)."""

    __slots__ = ("by_doc", "by_group", "by_key", "children", "firm", "groups", "parent",
                 "weight")

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}  # document -> parent (union-find; a root is a group)
        self.by_doc: dict[str, dict[str, Best]] = {}  # document -> prefix -> best
        self.by_group: dict[str, dict[str, Best]] = {}  # root -> prefix -> best
        self.by_key: dict[str, str] = {}  # source key (origin, outlet) -> a document holding it
        self.groups: dict[str, int] = {}  # prefix -> groups supporting it
        self.firm: dict[str, int] = {}  # prefix -> sum of the groups' firmness
        self.weight: dict[str, Fraction] = {}  # prefix -> sum of the groups' weights
        self.children: dict[str, set[str]] = {}  # prefix -> the prefixes one level finer

    def __bool__(self) -> bool:
        return bool(self.parent)

    def _find(self, d: str) -> str:
        parent = self.parent
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    def _count(self, key: str, best: Best, sign: int) -> None:
        """Add (sign 1) or remove (-1) one group's support for `key`."""
        self.groups[key] = self.groups.get(key, 0) + sign
        self.firm[key] = self.firm.get(key, 0) + sign * best[0]
        self.weight[key] = self.weight.get(key, Fraction(0)) + sign * Fraction(best[1])

    def _support(self, root: str, key: str, best: Best) -> None:
        held = self.by_group[root]
        old = held.get(key)
        if old is None:
            held[key] = best
            self._count(key, best, 1)
            parent_key = key[:7] if len(key) == 10 else key[:4] if len(key) == 7 else ""
            self.children.setdefault(parent_key, set()).add(key)
        elif best > old:
            held[key] = best
            self._count(key, old, -1)
            self._count(key, best, 1)

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        if len(self.by_group[ra]) < len(self.by_group[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        small = self.by_group.pop(rb)
        held = self.by_group[ra]
        for key, best in small.items():
            old = held.get(key)
            if old is None:
                held[key] = best  # the group's support moves, the counts do not change
            else:  # two groups become one: one support, the better of the two
                self._count(key, old, -1)
                self._count(key, best, -1)
                held[key] = max(old, best)
                self._count(key, held[key], 1)

    def _join(self, doc_id: str, ctx: FuseContext) -> None:
        """A document joins: grouped with the documents already here it copies or shares an
        origin or outlet with (as `source_groups` groups them)."""
        self.parent[doc_id] = doc_id
        self.by_doc[doc_id] = {}
        self.by_group[doc_id] = {}
        for other in same_source(doc_id, ctx, self.parent, self.by_key):
            self._union(doc_id, other)

    def add(self, doc_id: str, value: str, best: Best, ctx: FuseContext) -> None:
        """A claim of `doc_id` dated `value`: it supports each prefix of its date."""
        p = precision(value)
        for level, width in LEVELS:
            if p < level:
                break
            self._add_key(doc_id, value[:width], best, ctx)

    def absorb(self, other: _Tally, ctx: FuseContext) -> None:
        """Add every claim `other` holds (a document's best per prefix stands for its claims)."""
        for doc_id, bests in other.by_doc.items():
            for key, best in bests.items():
                self._add_key(doc_id, key, best, ctx)

    def _add_key(self, doc_id: str, key: str, best: Best, ctx: FuseContext) -> None:
        if doc_id not in self.parent:
            self._join(doc_id, ctx)
        own = self.by_doc[doc_id]
        old = own.get(key)
        if old is None or best > old:
            own[key] = best
            self._support(self._find(doc_id), key, best)

    def date(self) -> str | None:
        prefix = ""
        while prefix in self.children:
            options = self.children[prefix]
            prefix = min(options, key=lambda k: (
                -self.groups[k], -self.firm[k], -self.weight[k], k))
        return prefix or None


class DateTally:
    """The date `event_date` gives a growing set of claims, and how many documents and which
    smallest claim id the set has (what an undated claim ranks candidate events by)."""

    __slots__ = ("_all", "_cached", "_firm", "docs", "min_id")

    def __init__(self) -> None:
        self._firm = _Tally()  # dated claims not denied (event_date's first choice)
        self._all = _Tally()  # every dated claim (when all of them are denied)
        self.docs: set[str] = set()
        self.min_id: str | None = None
        self._cached: tuple[bool, str | None] = (False, None)

    def add(self, claims: list[Claim], ctx: FuseContext) -> None:
        for c in claims:
            self.docs.add(c.doc)
            if self.min_id is None or c.id < self.min_id:
                self.min_id = c.id
            if c.date is None:
                continue
            best = (int(c.modality in FIRM), date_weight(c, ctx))
            self._all.add(c.doc, c.date.value, best, ctx)
            if c.modality != "denied":
                self._firm.add(c.doc, c.date.value, best, ctx)
        self._cached = (False, None)

    def absorb(self, other: DateTally, ctx: FuseContext) -> None:
        """Add everything `other` holds (`other` is left as it was)."""
        self.docs |= other.docs
        if other.min_id is not None and (self.min_id is None or other.min_id < self.min_id):
            self.min_id = other.min_id
        self._all.absorb(other._all, ctx)
        self._firm.absorb(other._firm, ctx)
        self._cached = (False, None)

    def size(self) -> int:
        return len(self.docs)

    def date(self) -> str | None:
        known, value = self._cached
        if not known:
            value = (self._firm or self._all).date()
            self._cached = (True, value)
        return value

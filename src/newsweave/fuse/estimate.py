"""When was an undated article written? From the events it reports, as other sources date them.

Content-farm copies often carry no publication date; their relative dates ("last night",
"昨年4月") then cannot be resolved. An analyst would say: "this undated article reports the
September 2023 summit as news, so it was written around September 2023". This module says
that, carefully: only dates given by OTHER documents count (the article's own claims are what
we want to date), a month needs two independent sources agreeing on it, and the answer is
the month most of its acts fall in, at month precision. It is an estimate, shown with the
document (`newsweave show`) and computed when asked: it is never stored as a publication date,
never dates a claim and never makes text be analysed again (a claim is dated by its own text
and its document's publication date only).
"""

from __future__ import annotations

from collections import defaultdict

from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import sane
from newsweave.fuse.independence import source_groups
from newsweave.fuse.link import parties, parties_compatible
from newsweave.model import Claim, Event
from newsweave.resources import Resources
from newsweave.store import Store

__all__ = ["EventIndex", "estimate_reference_date"]

MIN_SOURCES = 2


class EventIndex:
    """Stored events and their claims, read once for many estimates (the store is not
    changed while the estimates of one round are made)."""

    def __init__(self, store: Store):
        self.store = store
        self._events: dict[str, list[Event]] = {}
        self._claims: dict[str, Claim] = {}

    def claims_near(self, keys: set[str]) -> list[Claim]:
        """Every claim of the events stored under any of `keys`."""
        events: dict[str, Event] = {}
        for k in sorted(keys):
            if k not in self._events:
                self._events[k] = self.store.events_by_keys([k])
            events.update((e.id, e) for e in self._events[k])
        ids = {i for e in events.values() for i in e.claims}
        missing = sorted(ids - self._claims.keys())
        for c in self.store.claims_by_ids(missing):
            self._claims[c.id] = sane(c)
        return [self._claims[i] for i in sorted(ids) if i in self._claims]


def estimate_reference_date(
    store: Store, doc_id: str, resources: Resources | None = None,
    index: EventIndex | None = None,
) -> str | None:
    """The month ("2023-09") an undated document was probably written, or None when unsure.

    Each one-off act the document tells (its type and parties; its own dates are ignored)
    looks for the same act
    dated by OTHER, dated documents; ongoing processes such as arms transfers date nothing.
    An act found in several months votes for each with a share of one. The month with the most
    votes wins, then the better attested, then the later one; it must be dated by at least
    two independent sources. Acts the document only expects do not count: they come after it
    was written. Reading only other documents' dates keeps the answer independent of the
    order documents arrive in and of the estimate made before.
    """
    row = store.document_row(doc_id)
    if row is None or row.published:
        return None
    ctx = FuseContext(store, resources or Resources())
    # what it expects ("Putin will visit Pyongyang") happens after it was written
    told = [c for c in store.claims(doc_id) if c.modality != "expected"
            and not ctx.rules.of(c.type).ongoing]
    if not told:
        return None
    index = index or EventIndex(store)
    votes: dict[str, float] = defaultdict(float)
    matches: list[dict[str, set[str]]] = []
    for c in told:
        rule = ctx.rules.of(c.type)
        mine = parties(c, rule, ctx)
        keys = {f"{c.type}|{s}" for s in mine.all}
        support: dict[str, set[str]] = defaultdict(set)
        for o in index.claims_near(keys):
            if (o.doc == doc_id or o.type != c.type or o.date is None
                    or len(o.date.value) < 7 or o.modality == "denied"
                    or not ctx.doc(o.doc).published
                    or not parties_compatible(mine, parties(o, rule, ctx), rule)):
                continue
            support[o.date.value[:7]].add(o.doc)
        if support:
            matches.append(support)
    docs = {d for support in matches for ds in support.values() for d in ds} | {doc_id}
    # copies of this very article are not independent witnesses of its date
    group_of = {d: i for i, g in enumerate(source_groups(docs, ctx)) for d in g}
    sources_in: dict[str, set[int]] = defaultdict(set)
    for support in matches:
        months = {m: {group_of[d] for d in ds} - {group_of[doc_id]} for m, ds in support.items()}
        months = {m: g for m, g in months.items() if g}
        for m, groups in months.items():
            votes[m] += 1 / len(months)
            sources_in[m] |= groups
    agreed = [m for m in votes if len(sources_in[m]) >= MIN_SOURCES]
    if not agreed:
        return None
    return max(agreed, key=lambda m: (round(votes[m], 6), len(sources_in[m]), m))

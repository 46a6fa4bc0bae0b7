"""When was an undated article written? From the events it reports, as other sources date them.

Content-farm copies often carry no publication date; their relative dates ("last night",
"昨年4月") then cannot be resolved. An analyst would say: "this undated article reports the
September 2023 summit as news, so it was written around September 2023". This module says
that, carefully: only dates given by OTHER documents count (the article's own claims are what
we want to date), a month needs two independent sources agreeing on it, and the answer is
the latest such month, at month precision. It is an estimate: the exported `published` stays
null; the store keeps it as `reference_date`, and times are re-resolved against it.
"""

from __future__ import annotations

from collections import defaultdict

from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import sane
from newsweave.fuse.independence import source_groups
from newsweave.model import Event
from newsweave.resources import Resources
from newsweave.store import Store

__all__ = ["EventIndex", "estimate_reference_date"]

MIN_SOURCES = 2


class EventIndex:
    """Every stored event by the claims it holds (read once for many estimates)."""

    def __init__(self, store: Store):
        self.of_claim: dict[str, Event] = {i: e for e in store.events() for i in e.claims}

    def events_of(self, claim_ids: set[str]) -> list[Event]:
        found = {e.id: e for i in claim_ids if (e := self.of_claim.get(i)) is not None}
        return [found[k] for k in sorted(found)]


def estimate_reference_date(
    store: Store, doc_id: str, resources: Resources | None = None,
    index: EventIndex | None = None,
) -> str | None:
    """The month ("2023-09") an undated document was probably written, or None when unsure.

    Each one-off event the document's claims joined is dated to the month most independent
    OTHER sources give it (ongoing processes such as arms transfers date nothing). A month
    counts when at least two independent sources agree on it; the month that most of the
    document's events fall in wins, then the better attested, then the later one. Events
    the document only expects do not count: they come after it was written.
    """
    row = store.document_row(doc_id)
    if row is None or row.published:
        return None
    mine = store.claims(doc_id)
    own = {c.id for c in mine}
    # what it expects ("Putin will visit Pyongyang") happens after it was written
    told = {c.id for c in mine if c.modality != "expected"}
    if not told:
        return None
    ctx = FuseContext(store, resources or Resources())
    index = index or EventIndex(store)
    events = [e for e in index.events_of(told) if not ctx.rules.of(e.type).ongoing]
    others = sorted({i for e in events for i in e.claims} - own)
    if not others:
        return None
    claims = {c.id: sane(c) for c in store.claims_by_ids(others)}
    # only dates read from dated documents: another undated article's estimate is no witness
    dated = {i: c for i, c in claims.items() if c.date and c.doc != doc_id
             and c.modality != "denied" and len(c.date.value) >= 7 and ctx.doc(c.doc).published}
    # copies of this very article are not independent witnesses of its date
    docs = {c.doc for c in dated.values()} | {doc_id}
    group_of = {d: i for i, g in enumerate(source_groups(docs, ctx)) for d in g}
    copies = group_of[doc_id]
    events_in: dict[str, int] = defaultdict(int)
    sources_in: dict[str, set[int]] = defaultdict(set)
    for e in events:
        support: dict[str, set[int]] = defaultdict(set)
        for i in e.claims:
            c = dated.get(i)
            if c is not None and group_of[c.doc] != copies:
                support[c.date.value[:7]].add(group_of[c.doc])
        if not support:
            continue
        month = min(support, key=lambda m, s=support: (-len(s[m]), m))
        events_in[month] += 1
        sources_in[month] |= support[month]
    agreed = [m for m in events_in if len(sources_in[m]) >= MIN_SOURCES]
    if not agreed:
        return None
    return max(agreed, key=lambda m: (events_in[m], len(sources_in[m]), m))

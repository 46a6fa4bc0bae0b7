"""What the timeline and the report show: events with their claims, sources and findings.

Read once from the store; filters select events by date, entity, type, language and sources.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from newsweave.model import Claim, Entity, Event, Finding
from newsweave.store import DocumentRow, Store


@dataclass(frozen=True, slots=True)
class Filters:
    date_from: str | None = None
    date_to: str | None = None
    entity: str | None = None
    type: str | None = None
    lang: str | None = None
    min_sources: int = 0


@dataclass(frozen=True, slots=True)
class ClaimView:
    claim: Claim
    document: DocumentRow | None
    findings: tuple[Finding, ...]  # findings whose span lies inside the claim's evidence

    @property
    def source(self) -> str:
        d = self.document
        if d is None:
            return self.claim.doc[:10]
        label = d.outlet or d.origin or d.title or d.uri
        return label if len(label) <= 48 else label[:47] + "…"


@dataclass(frozen=True, slots=True)
class EventView:
    event: Event
    claims: tuple[ClaimView, ...]

    @property
    def languages(self) -> list[str]:
        return sorted({c.claim.lang for c in self.claims if c.claim.lang})

    @property
    def odd(self) -> set[str]:
        """Claims a date or number conflict singles out."""
        return {i for c in self.event.conflicts if c.kind != "denial" for i in c.claims}

    @property
    def lead(self) -> ClaimView | None:
        """The claim to show beside the summary: asserted, best document, most confident."""
        if not self.claims:
            return None
        order = {"asserted": 0, "reported": 1, "expected": 2, "speculated": 3, "denied": 4}
        when = self.event.date or ""

        def dated(c: Claim) -> int:  # a claim giving the event's date says it best
            if c.date is None:
                return 2
            return 0 if c.date.value.startswith(when) or when.startswith(c.date.value) else 1

        return min(self.claims, key=lambda c: (
            c.claim.type != self.event.type, dated(c.claim), order.get(c.claim.modality, 5),
            -(c.document.quality if c.document else 0), -c.claim.confidence, c.claim.id))


@dataclass
class Corpus:
    events: list[EventView]
    entities: dict[str, Entity]
    documents: dict[str, DocumentRow]
    findings: list[Finding]
    claims: dict[str, Claim] = field(default_factory=dict)
    kb: Any = None  # the knowledge base, for entities the store has no record of

    def entity(self, entity_id: str) -> Entity | None:
        e = self.entities.get(entity_id)
        if e is None and self.kb is not None:
            try:
                e = self.kb.get(entity_id)
            except Exception:  # a knowledge base that fails to load only costs names
                e = None
        return e

    def name(self, entity_id: str | None) -> str:
        if not entity_id:
            return ""
        e = self.entity(entity_id)
        return e.name if e else entity_id


def load(store: Store, kb: Any = None) -> Corpus:
    documents = {d.id: d for d in store.document_rows()}
    entities = {e.id: e for e in store.entities()}
    findings = store.findings()
    by_doc: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_doc[f.doc].append(f)
    claims = {c.id: c for c in store.claims()}
    events = []
    for ev in store.events():
        views = []
        for cid in ev.claims:
            c = claims.get(cid)
            if c is None:
                continue
            inside = tuple(
                f for f in by_doc.get(c.doc, ()) if c.start <= f.start and f.end <= c.end
            )
            views.append(ClaimView(c, documents.get(c.doc), inside))
        events.append(EventView(ev, tuple(views)))
    return Corpus(events, entities, documents, findings, claims, kb)


def _period(date: str) -> tuple[str, str]:
    """First and last day a partial date can mean, as comparable strings."""
    return (date + "-01-01"[len(date) - 4:] if len(date) < 10 else date,
            date + "-12-31"[len(date) - 4:] if len(date) < 10 else date)


def _involved(v: EventView) -> set[str]:
    out = set(v.event.actors) | set(v.event.targets)
    for c in v.claims:
        out |= {*c.claim.actors, *c.claim.targets}
        if c.claim.location:
            out.add(c.claim.location)
    return out


def entity_ids(corpus: Corpus, query: str) -> set[str]:
    """Entities in events whose id, name or an alias is the query (case-insensitive)."""
    q = query.strip().casefold()
    out = set()
    for entity_id in set().union(*(_involved(v) for v in corpus.events)):
        e = corpus.entity(entity_id)
        names = {entity_id.casefold()}
        if e is not None:
            names |= {e.name.casefold(), *(a.casefold() for a in e.aliases)}
        if q in names:
            out.add(entity_id)
    return out


def select(corpus: Corpus, f: Filters) -> list[EventView]:
    wanted = entity_ids(corpus, f.entity) if f.entity else None
    out = []
    for v in corpus.events:
        ev = v.event
        if f.type and ev.type.upper() != f.type.upper():
            continue
        if ev.independent_sources < f.min_sources:
            continue
        if f.date_from or f.date_to:
            if not ev.date:
                continue
            start, end = _period(ev.date)
            if f.date_from and end < _period(f.date_from)[0]:
                continue
            if f.date_to and start > _period(f.date_to)[1]:
                continue
        if f.lang and f.lang not in v.languages:
            continue
        if wanted is not None and not _involved(v) & wanted:
            continue
        out.append(v)
    return out

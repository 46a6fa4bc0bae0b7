"""What the timeline, the report and the web app show: events with their claims, sources and
findings, as the analysts' decisions leave them.

Read once from the store (`load`); filters select events by date, entity, type, language,
outlet, modality, sources and confidence (`select`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from newsweave.claims.calibration import corroborated_claims, shown
from newsweave.model import Claim, Entity, Event, Finding, Mention
from newsweave.store import DocumentRow, Store


@dataclass(frozen=True, slots=True)
class Filters:
    date_from: str | None = None
    date_to: str | None = None
    entity: str | None = None  # a name, alias or id in any script (see report/entities.py)
    type: str | None = None
    lang: str | None = None
    min_sources: int = 0
    outlet: str | None = None  # an outlet or origin of one of the event's documents
    modality: str | None = None  # one of the event's claims has this modality
    # events whose every claim is below this confidence are hidden (0: show them all)
    min_confidence: float = 0.0
    # already resolved entity ids (the web app resolves once, then filters)
    entity_ids: frozenset[str] | None = None


LOW_CONFIDENCE = "below the confidence threshold"


@dataclass(frozen=True, slots=True)
class ClaimView:
    claim: Claim
    document: DocumentRow | None
    findings: tuple[Finding, ...]  # findings whose span lies inside the claim's evidence
    # "confirmed" by an analyst (rejected claims are not shown); LOW_CONFIDENCE when shown
    # only because everything was asked for
    status: str | None = None

    @property
    def source(self) -> str:
        d = self.document
        if d is None:
            return self.claim.doc[:10]
        return source_label(d)


def source_label(d: DocumentRow, width: int = 48) -> str:
    """What to call a document's source: its outlet, the origin it cites, the host or file
    name it came from; its headline (often in a language the reader does not know) last."""
    label = d.outlet or d.origin or uri_label(d.uri) or d.title or d.id
    return label if len(label) <= width else label[: width - 1] + "…"


def uri_label(uri: str) -> str:
    """'https://www.example.com/a/b' -> 'example.com'; '/data/in/ko_nis.txt' -> 'ko_nis.txt'."""
    from urllib.parse import urlsplit

    if uri.startswith(("http://", "https://")):
        host = (urlsplit(uri).hostname or "").removeprefix("www.")
        return host
    name = uri.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return "" if name in ("", "-") else name


@dataclass(frozen=True, slots=True)
class EventView:
    event: Event
    claims: tuple[ClaimView, ...]
    revised: bool = False  # recomputed because of an analyst's decision

    @property
    def languages(self) -> list[str]:
        return sorted({c.claim.lang for c in self.claims if c.claim.lang})

    @property
    def outlets(self) -> list[str]:
        return sorted({x for c in self.claims if c.document
                       for x in (c.document.outlet, c.document.origin) if x})

    @property
    def modalities(self) -> list[str]:
        return sorted({c.claim.modality for c in self.claims})

    @property
    def shown_by_default(self) -> bool:
        """Whether a claim of it is shown without asking for everything (an analyst's
        confirmation shows it)."""
        return any(c.status != LOW_CONFIDENCE for c in self.claims)

    @property
    def confidence(self) -> float:
        """The best confidence of its claims (an analyst's confirmation counts as 1)."""
        return max((1.0 if c.status == "confirmed" else c.claim.confidence
                    for c in self.claims), default=0.0)

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
            c.status != "confirmed",
            -(c.document.quality if c.document else 0), -c.claim.confidence, c.claim.id))


@dataclass
class Corpus:
    events: list[EventView]
    entities: dict[str, Entity]
    documents: dict[str, DocumentRow]
    findings: list[Finding]
    claims: dict[str, Claim] = field(default_factory=dict)
    kb: Any = None  # the knowledge base, for entities the store has no record of
    review: Any = None  # report.review.Review: the decisions in force (None: there are none)
    # (document id, mention) of every stored mention, entity ids as the decisions leave them
    mentions: list[tuple[str, Mention]] = field(default_factory=list)
    # ids of the claims another independent source corroborates (shown from the lower
    # threshold, `claims/calibration.py`)
    corroborated: frozenset[str] = frozenset()

    @cached_property
    def surfaces(self) -> dict[str, set[str]]:
        """How the texts wrote each entity: folded surface -> entity ids."""
        import unicodedata

        out: dict[str, set[str]] = defaultdict(set)
        for _, m in self.mentions:
            out[unicodedata.normalize("NFKC", m.surface).strip().casefold()].add(m.entity_id)
        return out

    def entity(self, entity_id: str) -> Entity | None:
        if self.review is not None:
            entity_id = self.review.canonical(entity_id)
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

    @cached_property
    def _mentions_by_doc(self) -> dict[str, list[Mention]]:
        out: dict[str, list[Mention]] = defaultdict(list)
        for doc_id, m in self.mentions:
            out[doc_id].append(m)
        return out

    def mentions_of(self, doc_id: str) -> list[Mention]:
        return self._mentions_by_doc.get(doc_id, [])

    @cached_property
    def event_of_claim(self) -> dict[str, EventView]:
        return {c.claim.id: v for v in self.events for c in v.claims}

    def event(self, event_id: str) -> EventView | None:
        for v in self.events:
            if v.event.id == event_id:
                return v
        return None


def load(store: Store, kb: Any = None, resources: Any = None, show_all: bool = False,
         threshold: float | None = None) -> Corpus:
    """Everything the outputs show, with the analysts' decisions applied (`report/review.py`):
    rejected claims left out, merged and split entities as decided, and the events they touch
    fused again from what is left. Claims below the confidence threshold (the calibrated
    precision-first ones, `claims/calibration.py`: lower for a claim another independent source
    corroborates; `threshold`, when given, for every claim) are left out the same way unless an
    analyst confirmed them or `show_all` asks for everything."""
    documents = {d.id: d for d in store.document_rows()}
    entities = {e.id: e for e in store.entities()}
    findings = store.findings()
    by_doc: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_doc[f.doc].append(f)
    claims = {c.id: c for c in store.claims()}
    stored_events = store.events()
    corroborated = corroborated_claims(stored_events)
    low = frozenset(i for i, c in claims.items() if not shown(c, threshold, i in corroborated))
    events = []
    for ev in stored_events:
        views = [claim_view(claims[cid], documents, by_doc,
                            LOW_CONFIDENCE if cid in low else None)
                 for cid in ev.claims if cid in claims]
        events.append(EventView(ev, tuple(views)))
    corpus = Corpus(events, entities, documents, findings, claims, kb,
                    mentions=store.mentions(), corroborated=corroborated)
    decisions = store.decisions()
    hidden = frozenset() if show_all else low
    if decisions or hidden:
        from newsweave.report.review import apply_decisions

        apply_decisions(corpus, decisions, store, resources, by_doc, hidden)
    _answer_denials(corpus, store, resources)
    return corpus


def _answer_denials(corpus: Corpus, store: Store, resources: Any) -> None:
    """Denials that answer an act of other documents join its event (`fuse/answers.py`)."""
    from dataclasses import replace

    from newsweave.claims.table import claim_type
    from newsweave.fuse.answers import answered_denials
    from newsweave.fuse.context import FuseContext
    from newsweave.fuse.events import build_event
    from newsweave.resources import Resources

    shown_claims = {cv.claim.id: cv for v in corpus.events for cv in v.claims}
    if not any(claim_type(cv.claim.type).denial and cv.claim.denies
               for cv in shown_claims.values()):
        return
    ctx = FuseContext(store, resources if resources is not None else Resources())
    answers = answered_denials((v.event for v in corpus.events),
                               {i: cv.claim for i, cv in shown_claims.items()}, ctx)
    if not answers:
        return
    moved: dict[str, list[str]] = defaultdict(list)  # target event -> denial claim ids
    for deny_id, event_id in answers.items():
        moved[event_id].append(deny_id)
    leaving = set(answers)

    def rebuilt(v: EventView, extra: list[str]) -> EventView | None:
        kept = [cv for cv in v.claims if cv.claim.id not in leaving] + [
            shown_claims[i] for i in extra]
        members = [cv.claim for cv in kept if not claim_type(cv.claim.type).denial]
        denials = [cv.claim for cv in kept if claim_type(cv.claim.type).denial]
        if not members and not denials:
            return None
        event = build_event(members or denials, denials if members else [], ctx)
        return EventView(replace(event, id=v.event.id), tuple(kept), revised=True)

    out = []
    for v in corpus.events:
        touched = v.event.id in moved or any(cv.claim.id in leaving for cv in v.claims)
        new = rebuilt(v, moved.get(v.event.id, [])) if touched else v
        if new is not None:
            out.append(new)
    corpus.events = out
    corpus.__dict__.pop("event_of_claim", None)  # a cached index of the old events


def claim_view(c: Claim, documents: dict[str, DocumentRow],
               findings_by_doc: dict[str, list[Finding]], status: str | None = None
               ) -> ClaimView:
    inside = tuple(
        f for f in findings_by_doc.get(c.doc, ()) if c.start <= f.start and f.end <= c.end
    )
    return ClaimView(c, documents.get(c.doc), inside, status)


def period(date: str) -> tuple[str, str]:
    """First and last day a partial date can mean, as comparable strings."""
    return (date + "-01-01"[len(date) - 4:] if len(date) < 10 else date,
            date + "-12-31"[len(date) - 4:] if len(date) < 10 else date)


def involved(v: EventView) -> set[str]:
    """Every entity an event's claims name: actors, targets, places."""
    out = set(v.event.actors) | set(v.event.targets)
    for c in v.claims:
        out |= {*c.claim.actors, *c.claim.targets}
        if c.claim.location:
            out.add(c.claim.location)
    return out


def entity_ids(corpus: Corpus, query: str, kb: Any = None) -> set[str]:
    """Entities whose id, name or alias in any script (or a surface the texts use) is the
    query; see `report.entities.resolve`."""
    from newsweave.report.entities import resolve

    return set(resolve(corpus, query, kb if kb is not None else corpus.kb).ids)


def _outlet_match(v: EventView, outlet: str) -> bool:
    want = outlet.casefold()
    return any(o.casefold() == want for o in v.outlets)


def select(corpus: Corpus, f: Filters) -> list[EventView]:
    if f.entity_ids is not None:
        wanted: set[str] | None = set(f.entity_ids)
    else:
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
            start, end = period(ev.date)
            if f.date_from and end < period(f.date_from)[0]:
                continue
            if f.date_to and start > period(f.date_to)[1]:
                continue
        if f.lang and f.lang not in v.languages:
            continue
        if f.outlet and not _outlet_match(v, f.outlet):
            continue
        if f.modality and f.modality not in v.modalities:
            continue
        if f.min_confidence and v.confidence < f.min_confidence:
            continue
        if wanted is not None and not involved(v) & wanted:
            continue
        out.append(v)
    return out


def find_event(corpus: Corpus, ref: str, stored: list[Event] | None = None
               ) -> tuple[EventView | None, list[str]]:
    """The event `ref` names: its id, a unique prefix of it, or the id an event had before an
    analyst's decision changed it (`stored`: the events as stored). Returns the event (or None)
    and, when the prefix is ambiguous, the ids it could mean."""
    ref = ref.strip()
    exact = corpus.event(ref)
    if exact is not None:
        return exact, []
    starts = [v for v in corpus.events if v.event.id.startswith(ref)] if ref else []
    if len(starts) == 1:
        return starts[0], []
    if len(starts) > 1:
        return None, [v.event.id for v in starts]
    for ev in stored or ():
        if ev.id == ref:
            for cid in ev.claims:
                if cid in corpus.event_of_claim:
                    return corpus.event_of_claim[cid], []
    return None, []


def describe_filters(f: Filters, corpus: Corpus) -> str:
    """The active filters, written as the command line would take them."""
    parts = []
    if f.entity:
        names = sorted({corpus.name(i) for i in f.entity_ids or ()})
        parts.append(f"--entity {f.entity!r} ({', '.join(names)})")
    for flag, value in (("--from", f.date_from), ("--to", f.date_to), ("--type", f.type),
                        ("--lang", f.lang), ("--outlet", f.outlet),
                        ("--modality", f.modality)):
        if value:
            parts.append(f"{flag} {value}")
    if f.min_sources:
        parts.append(f"--min-sources {f.min_sources}")
    return " ".join(parts)


def why_empty(corpus: Corpus, f: Filters) -> str:
    """Why a selection of events is empty: no documents, no events, or the filters."""
    if not corpus.documents:
        return "no documents in this database yet: add some with `newsweave ingest PATH`"
    if not corpus.events:
        return (f"{len(corpus.documents)} documents, but no events were found in them")
    return (f"no event matches {describe_filters(f, corpus)} "
            f"({len(corpus.events)} events in all)")

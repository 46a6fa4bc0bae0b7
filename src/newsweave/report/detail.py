"""One event in full: every claim with its original sentence, the aligned English gloss and
its source; the independent-source groups; the conflicts with the claims on each side; the
findings about these sentences. Shared by `newsweave event`, the web app and its API."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from newsweave.model import Conflict, Finding
from newsweave.report.gloss import Annotations, gloss_html, reading
from newsweave.report.view import ClaimView, Corpus, EventView, source_label
from newsweave.store import Store


@dataclass
class ClaimDetail:
    view: ClaimView
    sentence: str  # the evidence as the original text has it
    gloss: Markup  # the sentence with the English under its words
    reading: str  # the claim read as one English line
    source: str
    said_by: str

    def as_json(self) -> dict:
        c = self.view.claim
        d = self.view.document
        return {
            "id": c.id, "doc": c.doc, "type": c.type, "modality": c.modality,
            "lang": c.lang, "confidence": round(c.confidence, 3), "status": self.view.status,
            "actors": list(c.actors), "targets": list(c.targets), "location": c.location,
            "date": {"value": c.date.value, "text": c.date.text} if c.date else None,
            "quantity": ({"value": c.quantity.value, "unit": c.quantity.unit,
                          "approx": c.quantity.approx, "text": c.quantity.text}
                         if c.quantity else None),
            "attributed_to": c.attributed_to, "said_by": self.said_by or None,
            "trigger": c.trigger,
            "evidence": {"start": c.start, "end": c.end, "sentence": c.sentence,
                         "text": self.sentence},
            "gloss": self.reading,
            "source": self.source, "outlet": d.outlet if d else None,
            "published": d.published if d else None,
            "findings": [f.id for f in self.view.findings],
        }


@dataclass
class ConflictDetail:
    conflict: Conflict
    named: list[ClaimDetail]  # the claims the conflict names (a denial, the odd date)
    others: list[ClaimDetail]  # the rest of the event's claims


@dataclass
class EventDetail:
    view: EventView
    claims: list[ClaimDetail]
    groups: list[list[str]]  # source labels, one list per independent source
    group_docs: list[list[str]]  # the same groups as document ids
    conflicts: list[ConflictDetail] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def event_detail(store: Store, resources: Any, corpus: Corpus, v: EventView,
                 entity_href: Callable[[str], str | None] | None = None,
                 annotations: Annotations | None = None) -> EventDetail:
    from newsweave.fuse.context import FuseContext
    from newsweave.fuse.independence import source_groups

    notes = annotations or Annotations(store, corpus)
    claims: list[ClaimDetail] = []
    for cv in v.claims:
        c = cv.claim
        a = notes.get(c.doc)
        sentence = a.document.original_text[c.start:c.end] if a else c.text
        claims.append(ClaimDetail(
            cv, sentence, gloss_html(c, a, corpus.name, entity_href) if a else Markup(""),
            reading(c, corpus.name), cv.source, corpus.name(c.attributed_to)))
    by_id = {d.view.claim.id: d for d in claims}
    conflicts = [ConflictDetail(c, [by_id[i] for i in c.claims if i in by_id],
                                [d for i, d in by_id.items() if i not in c.claims])
                 for c in v.event.conflicts]
    ctx = FuseContext(store, resources)
    supporting = {cv.claim.doc for cv in v.claims if cv.claim.modality != "denied"} or {
        cv.claim.doc for cv in v.claims}
    groups = source_groups(supporting, ctx)
    labels = [[source_label(corpus.documents[d]) if d in corpus.documents else d for d in g]
              for g in groups]
    findings = [f for cv in v.claims for f in cv.findings]
    return EventDetail(v, claims, labels, [list(g) for g in groups], conflicts, findings)

"""The JSON export (`newsweave/1`, see DESIGN.md "Export contract").

The analysts' decisions in force are honoured (`report/review.py`): rejected claims are left
out of `claims` and of the events, merged and split entities are exported as decided, and the
decisions themselves travel in `decisions` (each with who, when and why)."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from newsweave.claims.calibration import shown
from newsweave.claims.table import family_of
from newsweave.store import Store
from newsweave.store.codec import to_dict

SCHEMA = "newsweave/1"


def build_export(store: Store, with_text: bool = False, resources: Any = None,
                 show_all: bool = False, threshold: float | None = None) -> dict[str, Any]:
    """The export. Claims below the confidence threshold (`claims/calibration.py`) are left
    out, and the events fused again without them, unless `show_all`: then every claim is
    there, each with `shown` saying whether the default export would have it.

    Read in one transaction: what another process commits meanwhile (an ingest) is either
    wholly in it or not at all. Every number is one JSON can hold (an infinite or NaN float,
    which an older store may have kept, becomes null)."""
    with store.snapshot():
        return _finite(_export(store, with_text, resources, show_all, threshold))


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def _export(store: Store, with_text: bool, resources: Any, show_all: bool,
            threshold: float | None) -> dict[str, Any]:
    from newsweave.report.view import load

    decisions = store.decisions()
    corpus = load(store, None, resources, show_all=show_all, threshold=threshold)
    all_claims = list(corpus.claims.values())
    all_events = [v.event for v in corpus.events]
    all_mentions = corpus.mentions
    stored_entities = store.entities()
    if corpus.review is not None:
        absorbed = set(corpus.review.merged_into)
        split = [e for e in corpus.entities.values() if "split_from" in e.facts]
        stored_entities = [e for e in stored_entities if e.id not in absorbed] + split
    findings = store.findings()
    findings_by_doc: dict[str, list[str]] = defaultdict(list)
    for f in findings:
        findings_by_doc[f.doc].append(f.id)

    documents = []
    for row in store.document_rows():
        doc: dict[str, Any] = {
            "id": row.id,
            "uri": row.uri,
            "title": row.title,
            "published": row.published,
            "outlet": row.outlet,
            "origin": row.origin,
            "languages": [{"lang": lang, "chars": chars} for lang, chars in row.languages],
            "near_duplicates": list(row.near_duplicates),
            "quality": {"score": round(row.quality, 3), "findings": findings_by_doc[row.id]},
        }
        if with_text:
            full = store.document(row.id)
            doc["text"] = full.clean_text if full else ""
        documents.append(doc)

    mentions_by_entity: dict[str, list[dict]] = defaultdict(list)
    for doc_id, m in all_mentions:
        mentions_by_entity[m.entity_id].append(
            {"doc": doc_id, "start": m.start, "end": m.end, "surface": m.surface}
        )
    entities = [
        {
            "id": e.id,
            "name": e.name,
            "type": e.type,
            "aliases": list(e.aliases),
            "linked": e.linked,
            "mentions": mentions_by_entity.get(e.id, []),
        }
        for e in stored_entities
    ]

    claims = []
    for c in all_claims:
        claims.append(
            {
                "id": c.id,
                "doc": c.doc,
                # DESIGN.md's contract type; a finer type (SEIZE, COUP…) is its subtype
                "type": family_of(c.type),
                "subtype": c.type if family_of(c.type) != c.type else None,
                "plover": c.plover,
                "actors": list(c.actors),
                "targets": list(c.targets),
                "location": c.location,
                "date": {"value": c.date.value, "text": c.date.text} if c.date else None,
                "quantity": (
                    {
                        "value": c.quantity.value,
                        "unit": c.quantity.unit,
                        "approx": c.quantity.approx,
                        "text": c.quantity.text,
                        # a range's upper end; at_least, up_to…; a figure expected later
                        "value_max": c.quantity.value_max,
                        "bound": c.quantity.bound,
                        "forecast": c.quantity.forecast,
                    }
                    if c.quantity
                    else None
                ),
                "attributed_to": c.attributed_to,
                "denies": c.denies,
                "modality": c.modality,
                "evidence": {"start": c.start, "end": c.end, "text": c.text, "lang": c.lang},
                "confidence": round(c.confidence, 3),
                "shown": shown(c, threshold, c.id in corpus.corroborated),
            }
        )

    events = []
    for ev in all_events:
        events.append(
            {
                "id": ev.id,
                "type": family_of(ev.type),
                "subtype": ev.type if family_of(ev.type) != ev.type else None,
                "date": ev.date,
                "summary": ev.summary,
                "claims": list(ev.claims),
                "documents": list(ev.documents),
                "independent_sources": ev.independent_sources,
                "weighted_sources": round(ev.weight, 3),
                "low_quality_only": ev.low_quality_only,
                "conflicts": [to_dict(c) for c in ev.conflicts],
            }
        )

    return {
        "schema": SCHEMA,
        "documents": documents,
        "entities": entities,
        "claims": claims,
        "events": events,
        "findings": [to_dict(f) for f in findings],
        "decisions": [to_dict(d) for d in decisions],
    }

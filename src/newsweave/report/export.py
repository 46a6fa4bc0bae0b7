"""The JSON export (`newsweave/1`, see DESIGN.md "Export contract")."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from newsweave.store import Store
from newsweave.store.codec import to_dict

SCHEMA = "newsweave/1"


def build_export(store: Store, with_text: bool = False) -> dict[str, Any]:
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
    for doc_id, m in store.mentions():
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
        for e in store.entities()
    ]

    claims = []
    for c in store.claims():
        claims.append(
            {
                "id": c.id,
                "doc": c.doc,
                "type": c.type,
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
                "modality": c.modality,
                "evidence": {"start": c.start, "end": c.end, "text": c.text, "lang": c.lang},
                "confidence": round(c.confidence, 3),
            }
        )

    events = []
    for ev in store.events():
        events.append(
            {
                "id": ev.id,
                "type": ev.type,
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
    }

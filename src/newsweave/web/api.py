"""The JSON API under /api/: every page's data, ingest jobs and decisions.

Reads are open; writes need `Authorization: Bearer TOKEN` (401 without, 403 with a wrong
one or on a read-only server). Bad parameters are 400 with the reason.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, File, HTTPException, Query, Request, UploadFile
from pydantic import BaseModel, Field

from newsweave import __version__
from newsweave.commands.timeline import event_json
from newsweave.report.entities import resolve
from newsweave.report.view import source_label
from newsweave.store import DecisionError
from newsweave.store.codec import to_dict
from newsweave.web import views
from newsweave.web.ingesting import check_urls, save_uploads
from newsweave.web.security import require_writer
from newsweave.web.timeline import TimelineQuery, run_query

router = APIRouter(prefix="/api", tags=["newsweave"])


def _nw(request: Request):
    return request.app.state.nw


@router.get("/health")
def health(request: Request) -> dict[str, Any]:
    settings = request.app.state.settings
    return {"ok": True, "version": __version__, "read_only": settings.read_only,
            "writes": settings.token is not None and not settings.read_only}


@router.get("/events")
def events(
    request: Request,
    date_from: str | None = None, date_to: str | None = None,
    entity: Annotated[str | None, Query(description="a name, alias or id, any script")] = None,
    type: str | None = None, lang: str | None = None, outlet: str | None = None,
    modality: str | None = None, min_sources: int | None = None,
    low: Annotated[bool, Query(description="include low-confidence events")] = False,
    sort: str | None = None, page: int | None = None, per_page: int | None = None,
) -> dict[str, Any]:
    """The timeline: filtered, sorted, paged, with facet counts."""
    query, errors = TimelineQuery.parse(request.query_params)
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        result = run_query(corpus, query, errors, store, state.kb)
        if errors:
            raise HTTPException(400, "; ".join(errors))
        return {
            "total": result.total, "page": result.query.page, "pages": result.pages,
            "per_page": result.query.per_page, "hidden_low_confidence": result.hidden_low,
            "entity": result.entity_names,
            "events": [{**event_json(v), "confidence": round(v.confidence, 3)}
                       for v in result.events],
            "facets": {f.name: [{"value": value, "label": label, "count": n}
                                for value, label, n, _ in f.values] for f in result.facets},
        }


@router.get("/events/{event_id}")
def event(request: Request, event_id: str) -> dict[str, Any]:
    """One event: claims with their sentence and gloss, sources, conflicts, findings."""
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        v, _ = views.event_or_404(state, store, corpus, event_id)
        d = views.event_view(state, store, corpus, v)
        data = event_json(v)
        data["claims"] = [c.as_json() | {"gloss_html": str(c.gloss)} for c in d.claims]
        data["source_groups"] = d.group_docs
        data["conflicts"] = [{"kind": c.conflict.kind, "message": c.conflict.message,
                              "claims": [x.view.claim.id for x in c.named],
                              "others": [x.view.claim.id for x in c.others]}
                             for c in d.conflicts]
        data["findings"] = [to_dict(f) for f in d.findings]
        data["decisions"] = [to_dict(x) for x in views.decisions_about(
            corpus, {c.claim.id for c in v.claims})]
        return data


@router.get("/entities")
def entities(request: Request, q: str = "", limit: int = 100) -> dict[str, Any]:
    """Entities (most involved first); with q, the ones a name in any script resolves to."""
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        resolved = resolve(corpus, q, state.kb) if q.strip() else None
        rows = views.entity_rows(corpus, "" if resolved else q, limit=100_000)
        if resolved is not None and resolved:
            rows = [r for r in rows if r[0].id in resolved.ids]
        return {"query": q,
                "suggestions": list(resolved.suggestions) if resolved is not None else [],
                "entities": [{"id": e.id, "name": e.name, "type": e.type, "linked": e.linked,
                              "mentions": m, "events": n} for e, m, n in rows[:limit]]}


@router.get("/entities/{entity_id}")
def entity(request: Request, entity_id: str) -> dict[str, Any]:
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        e = views.entity_page(state, store, corpus, entity_id)
        return {
            "id": e.entity.id, "canonical": e.canonical, "name": e.entity.name,
            "type": e.entity.type, "linked": e.entity.linked, "names": e.names,
            "facts": dict(e.facts), "merged": e.merged,
            "written_as": [{"surface": s, "count": n} for s, n in e.surfaces],
            "mentions": [{"doc": d, "start": m.start, "end": m.end, "surface": m.surface,
                          "sentence": m.sentence, "text": text} for d, m, text in e.mentions],
            "events": [v.event.id for v in e.events],
            "co_actors": [{"id": i, "name": n, "events": k} for i, n, k in e.co_actors],
            "decisions": [to_dict(d) for d in e.decisions],
        }


@router.get("/documents")
def documents(request: Request) -> list[dict[str, Any]]:
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        return [{"id": r.id, "uri": r.uri, "title": r.title, "published": r.published,
                 "outlet": r.outlet, "origin": r.origin, "source": source_label(r),
                 "languages": [lang for lang, _ in r.languages], "quality": r.quality,
                 "near_duplicates": list(r.near_duplicates)} for r in corpus.documents.values()]


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: str, text: bool = True) -> dict[str, Any]:
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        d = views.document_page(state, store, corpus, doc_id)
        doc = d.document
        out: dict[str, Any] = {
            "id": doc.id, "uri": doc.uri, "title": doc.title, "published": doc.published,
            "outlet": doc.outlet, "origin": doc.origin, "quality": d.row.quality,
            "languages": [{"lang": s.lang, "chars": s.chars} for s in doc.languages],
            "near_duplicates": [{"id": o, "similarity": s} for _, o, s in d.near],
            "sentences": [{"index": s.index, "start": s.start, "end": s.end, "lang": s.lang}
                          for s in doc.sentences],
            "mentions": [to_dict(m) for m in corpus.mentions_of(doc.id)],
            "claims": [{"id": c.id, "sentence": c.sentence, "type": c.type,
                        "event": v.event.id if v else None, "status": status}
                       for c, v, status in d.claims],
            "findings": [to_dict(f) for f in d.findings],
        }
        if text:
            out["text"] = doc.original_text
        return out


@router.get("/search")
def search(request: Request, q: str) -> dict[str, Any]:
    """Full text over documents and claims, in every script (3+ characters use the index)."""
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        hits = views.search(store, corpus, q)
        return {"query": q, "hits": [h.__dict__ for h in hits]}


@router.get("/numbers")
def numbers(request: Request) -> list[dict[str, Any]]:
    """Each measure reported over time: a series per source, with its unit."""
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        return [{"title": c.title, "unit": c.unit,
                 "series": [{"source": t.name, "x": list(t.x), "y": list(t.y)}
                            for t in c.figure.data]}
                for c in views.numbers(state, store, corpus)]


# ---------------------------------------------------------------------- writes


class DecisionIn(BaseModel):
    kind: str = Field(description="confirm_claim, reject_claim, merge_entities, split_entity")
    subject: str = Field(description="the claim id, or the entity kept or split")
    object: str | None = Field(None, description="merge: the entity merged into subject")
    surfaces: list[str] | None = Field(None, description="split: the written forms to move")
    note: str = ""
    author: str | None = None


@router.get("/decisions")
def decisions(request: Request, all: bool = False) -> list[dict[str, Any]]:
    state = _nw(request)
    with state.store() as store:
        return [to_dict(d) for d in store.decisions(in_force_only=not all)]


@router.post("/decisions", status_code=201)
def decide(request: Request, body: DecisionIn) -> dict[str, Any]:
    require_writer(request)
    state = _nw(request)
    obj = json.dumps(body.surfaces, ensure_ascii=False) if body.surfaces is not None \
        else body.object
    with state.store(write=True) as store:
        try:
            d = store.add_decision(body.kind, body.subject, obj, body.note[:2000],
                                   (body.author or state.settings.analyst)[:80])
        except DecisionError as e:
            raise HTTPException(400, str(e)) from None
        return to_dict(d)


@router.post("/decisions/{decision_id}/revoke")
def revoke(request: Request, decision_id: int, author: str | None = None) -> dict[str, Any]:
    require_writer(request)
    state = _nw(request)
    with state.store(write=True) as store:
        d = store.revoke_decision(decision_id, (author or state.settings.analyst)[:80])
        if d is None:
            raise HTTPException(404, f"no decision {decision_id} in force")
        return to_dict(d)


class UrlsIn(BaseModel):
    urls: list[str] = Field(description="http(s) URLs of articles or feeds")


@router.post("/ingest/urls", status_code=202)
def ingest_urls(request: Request, body: UrlsIn) -> dict[str, Any]:
    require_writer(request)
    specs, refused = check_urls(body.urls, request.app.state.settings)
    return request.app.state.jobs.submit("urls", specs, specs, refused).as_json()


@router.post("/ingest/upload", status_code=202)
async def ingest_upload(request: Request,
                        files: Annotated[list[UploadFile], File()]) -> dict[str, Any]:
    require_writer(request)
    state = _nw(request)
    specs, labels, refused = await save_uploads(
        state.settings, files, state.resources.options.max_input_bytes)
    return request.app.state.jobs.submit("upload", specs, labels, refused).as_json()


@router.get("/jobs")
def jobs(request: Request) -> list[dict[str, Any]]:
    return [j.as_json() for j in sorted(request.app.state.jobs.jobs.values(),
                                        key=lambda j: -j.created)]


@router.get("/jobs/{job_id}")
def job(request: Request, job_id: str) -> dict[str, Any]:
    found = request.app.state.jobs.jobs.get(job_id)
    if found is None:
        raise HTTPException(404, f"no job {job_id!r}")
    return found.as_json()


@router.get("/export")
def export(request: Request, text: bool = False) -> dict[str, Any]:
    """The JSON export (schema newsweave/1), decisions honoured."""
    from newsweave.report.export import build_export

    state = _nw(request)
    with state.store() as store:
        return build_export(store, with_text=text, resources=state.resources)

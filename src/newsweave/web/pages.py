"""The HTML pages: timeline, event, entity, document, search, numbers, ingest, review."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from newsweave.commands._common import claim_types
from newsweave.model import MODALITIES
from newsweave.report.charts import timeline_figure, to_json
from newsweave.report.view import source_label
from newsweave.store import DecisionError
from newsweave.web import views
from newsweave.web.app import page
from newsweave.web.ingesting import check_urls, save_uploads
from newsweave.web.links import entity_href, event_href
from newsweave.web.security import COOKIE, csrf_value, require_writer
from newsweave.web.timeline import PER_PAGE, SORTS, TimelineQuery, run_query

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form()]
Optional = Annotated[str | None, Form()]


def _nw(request: Request):
    return request.app.state.nw


# ---------------------------------------------------------------------- reading


@router.get("/")
def timeline(request: Request) -> Response:
    state = _nw(request)
    query, errors = TimelineQuery.parse(request.query_params)
    with state.store() as store:
        corpus = state.corpus(store)
        result = run_query(corpus, query, errors, store, state.kb)
        fig = timeline_figure(result.events)
        return page(request, "timeline.html.j2", {
            "t": result, "q": result.query, "corpus": corpus, "sorts": SORTS,
            "per_page_choices": PER_PAGE, "chart": to_json(fig) if fig is not None else None,
            "types": claim_types(), "modalities": MODALITIES,
        }, status=400 if errors else 200)


@router.get("/events/{event_id}")
def event(request: Request, event_id: str) -> Response:
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        v, moved = views.event_or_404(state, store, corpus, event_id)
        if moved or v.event.id != event_id:
            return RedirectResponse(event_href(v.event.id), status_code=303)
        detail = views.event_view(state, store, corpus, v)
        claim_ids = {c.claim.id for c in v.claims}
        return page(request, "event.html.j2", {
            "d": detail, "v": v, "ev": v.event, "corpus": corpus,
            "decisions": views.decisions_about(corpus, claim_ids),
        })


@router.get("/entities")
def entities(request: Request, q: str = "") -> Response:
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        return page(request, "entities.html.j2",
                    {"rows": views.entity_rows(corpus, q), "q": q, "corpus": corpus})


@router.get("/entities/{entity_id}")
def entity(request: Request, entity_id: str) -> Response:
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        e = views.entity_page(state, store, corpus, entity_id)
        if e.canonical != entity_id and entity_id not in corpus.entities:
            return RedirectResponse(entity_href(e.canonical), status_code=303)
        return page(request, "entity.html.j2", {"e": e, "corpus": corpus})


@router.get("/documents")
def documents(request: Request) -> Response:
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        return page(request, "documents.html.j2", {
            "rows": list(corpus.documents.values()), "source_label": source_label})


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: str) -> Response:
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        d = views.document_page(state, store, corpus, doc_id)
        return page(request, "document.html.j2", {"d": d, "corpus": corpus,
                                                  "source_label": source_label})


@router.get("/search")
def search(request: Request, q: str = "") -> Response:
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        hits = views.search(store, corpus, q) if q.strip() else []
        return page(request, "search.html.j2", {"q": q, "hits": hits})


@router.get("/numbers")
def numbers(request: Request) -> Response:
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        charts = views.numbers(state, store, corpus)
        return page(request, "numbers.html.j2", {
            "charts": [(c, to_json(c.figure)) for c in charts]})


# ---------------------------------------------------------------------- signing in


@router.get("/login")
def login_form(request: Request, token: str | None = None) -> Response:
    settings = request.app.state.settings
    if token and settings.token and not settings.read_only:
        return _sign_in(request, token)
    return page(request, "login.html.j2", {})


@router.post("/login")
def login(request: Request, token: Text, analyst: Optional = None) -> Response:
    return _sign_in(request, token, analyst)


def _sign_in(request: Request, token: str, analyst: str | None = None) -> Response:
    import hmac

    settings = request.app.state.settings
    if settings.read_only or not settings.token:
        raise HTTPException(403, "writing is turned off on this server")
    if not hmac.compare_digest(token.strip().encode(), settings.token.encode()):
        raise HTTPException(403, "wrong token")
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(COOKIE, settings.token, httponly=True, samesite="strict")
    if analyst and analyst.strip():
        response.set_cookie("nw_analyst", analyst.strip()[:80], samesite="strict")
    return response


@router.post("/logout")
def logout(request: Request) -> Response:
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(COOKIE)
    return response


# ---------------------------------------------------------------------- ingest


@router.get("/ingest")
def ingest_form(request: Request) -> Response:
    jobs = sorted(request.app.state.jobs.jobs.values(), key=lambda j: -j.created)
    return page(request, "ingest.html.j2", {
        "jobs": jobs[:20], "max_upload": request.app.state.settings.max_upload_bytes})


@router.post("/ingest/upload")
async def ingest_upload(request: Request, files: Annotated[list[UploadFile], File()],
                        csrf: Optional = None) -> Response:
    require_writer(request, csrf)
    state = _nw(request)
    specs, labels, refused = await save_uploads(
        state.settings, files, state.resources.options.max_input_bytes)
    job = request.app.state.jobs.submit("upload", specs, labels, refused)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.post("/ingest/urls")
def ingest_urls(request: Request, urls: Text, csrf: Optional = None) -> Response:
    require_writer(request, csrf)
    specs, refused = check_urls(urls.splitlines(), request.app.state.settings)
    job = request.app.state.jobs.submit("urls", specs, specs, refused)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}")
def job_page(request: Request, job_id: str) -> Response:
    job = request.app.state.jobs.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id!r} (jobs are kept until the server stops)")
    return page(request, "job.html.j2", {"job": job, "data": json.dumps(job.as_json())})


# ---------------------------------------------------------------------- review


@router.get("/review")
def review(request: Request) -> Response:
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        return page(request, "review.html.j2", {
            "decisions": list(reversed(store.decisions(in_force_only=False))),
            "corpus": corpus})


def _author(request: Request, analyst: str | None) -> str:
    return (analyst or "").strip()[:80] or request.cookies.get("nw_analyst") \
        or request.app.state.settings.analyst


def _decide(request: Request, kind: str, subject: str, obj: str | None, note: str | None,
            analyst: str | None, back: str) -> Response:
    state = _nw(request)
    with state.store(write=True) as store:
        try:
            store.add_decision(kind, subject, obj, (note or "").strip()[:2000],
                               _author(request, analyst))
        except DecisionError as e:
            raise HTTPException(400, str(e)) from None
    response = RedirectResponse(back, status_code=303)
    if analyst and analyst.strip():
        response.set_cookie("nw_analyst", analyst.strip()[:80], samesite="strict")
    return response


@router.post("/claims/{claim_id}/review")
def review_claim(request: Request, claim_id: str, action: Text, note: Optional = None,
                 analyst: Optional = None, csrf: Optional = None) -> Response:
    require_writer(request, csrf)
    if action not in ("confirm", "reject"):
        raise HTTPException(400, "action: confirm or reject")
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        if claim_id not in corpus.claims and claim_id not in (
                corpus.review.rejected_claims if corpus.review else {}):
            raise HTTPException(404, f"no claim {claim_id!r}")
        v = corpus.event_of_claim.get(claim_id)
    back = event_href(v.event.id) if v else "/"
    return _decide(request, f"{action}_claim", claim_id, None, note, analyst, back)


@router.post("/entities/{entity_id}/merge")
def merge_entity(request: Request, entity_id: str, other: Text, note: Optional = None,
                 analyst: Optional = None, csrf: Optional = None) -> Response:
    """Merge the entity named `other` (any name or id) into this one."""
    require_writer(request, csrf)
    state = _nw(request)
    with state.store() as store:
        corpus = state.corpus(store)
        from newsweave.report.entities import resolve

        found = resolve(corpus, other, state.kb)
        targets = sorted(found.ids - {entity_id})
        if len(targets) != 1:
            raise HTTPException(400, f"{other!r} names {len(targets)} other entities; "
                                     "give its id (shown on its page)")
        if corpus.review and corpus.review.canonical(entity_id) == targets[0]:
            raise HTTPException(400, "this entity was merged into that one already")
    return _decide(request, "merge_entities", entity_id, targets[0], note, analyst,
                   entity_href(entity_id))


@router.post("/entities/{entity_id}/split")
def split_entity(request: Request, entity_id: str,
                 surfaces: Annotated[list[str], Form()], note: Optional = None,
                 analyst: Optional = None, csrf: Optional = None) -> Response:
    require_writer(request, csrf)
    chosen = [s for s in surfaces if s.strip()]
    return _decide(request, "split_entity", entity_id, json.dumps(chosen, ensure_ascii=False),
                   note, analyst, entity_href(entity_id))


@router.post("/decisions/{decision_id}/revoke")
def revoke(request: Request, decision_id: int, analyst: Optional = None,
           csrf: Optional = None, back: Optional = None) -> Response:
    require_writer(request, csrf)
    state = _nw(request)
    with state.store(write=True) as store:
        if store.revoke_decision(decision_id, _author(request, analyst)) is None:
            raise HTTPException(404, f"no decision {decision_id} in force")
    target = back if back and back.startswith("/") and not back.startswith("//") else "/review"
    return RedirectResponse(target, status_code=303)


# ---------------------------------------------------------------------- exports


@router.get("/export/{name}")
def export(request: Request, name: str) -> Response:
    from newsweave.web.exports import download

    return download(request, name)


__all__ = ["csrf_value", "router"]

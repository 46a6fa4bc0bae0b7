"""Exports as downloads: the JSON export (newsweave/1), the CSV tables in a zip, the
timeline as the filters leave it, and the offline HTML report."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path

from fastapi import HTTPException, Request
from fastapi.responses import Response

from newsweave.commands.timeline import event_json
from newsweave.report.export import build_export
from newsweave.web.timeline import TimelineQuery, run_query

NAMES = {
    "newsweave.json": "everything: documents, entities, claims, events, findings, decisions",
    "newsweave-csv.zip": "the same as CSV tables",
    "timeline.json": "the timeline as the filters leave it",
    "report.html": "the offline HTML report (one file, opens without a network)",
}


def _attachment(body: bytes, name: str, media: str) -> Response:
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def download(request: Request, name: str) -> Response:
    state = request.app.state.nw
    if name not in NAMES:
        raise HTTPException(404, f"no export {name!r}; one of {', '.join(NAMES)}")
    with state.store() as store:
        if name == "newsweave.json":
            text = request.query_params.get("text") in ("1", "true")
            data = build_export(store, with_text=text, resources=state.resources)
            return _attachment(json.dumps(data, ensure_ascii=False, indent=1).encode(),
                               name, "application/json")
        if name == "newsweave-csv.zip":
            from newsweave.report.csv_export import write_csv

            data = build_export(store, resources=state.resources)
            buffer = io.BytesIO()
            with tempfile.TemporaryDirectory() as tmp, \
                    zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
                for path in write_csv(data, Path(tmp)):
                    z.write(path, path.name)
            return _attachment(buffer.getvalue(), name, "application/zip")
        corpus = state.corpus(store)
        query, errors = TimelineQuery.parse(request.query_params)
        if errors:
            raise HTTPException(400, "; ".join(errors))
        if name == "timeline.json":
            events = [event_json(v) for v in _all_pages(corpus, query, store, state.kb)]
            return _attachment(json.dumps(events, ensure_ascii=False, indent=1).encode(),
                               name, "application/json")
        from newsweave.report.html import build_report

        html = build_report(store, state.resources, None, state.kb, corpus=corpus)
        return _attachment(html.encode(), name, "text/html; charset=utf-8")


def _all_pages(corpus, query: TimelineQuery, store, kb) -> list:
    out = []
    page = 1
    while True:
        q = TimelineQuery(**{**query.__dict__, "per_page": 200, "page": page})
        result = run_query(corpus, q, [], store, kb)
        out += result.events
        if page >= result.pages:
            return out
        page += 1

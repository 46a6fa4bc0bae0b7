"""The application object: settings, middleware, templates, static files, pages and API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import plotly
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsweave import __version__
from newsweave.fuse.series import format_number
from newsweave.report.document import sentence_anchor
from newsweave.resources import Resources
from newsweave.web.jobs import JobRunner
from newsweave.web.links import doc_href, entity_href, event_href, json_block
from newsweave.web.security import BodyLimit, SecurityHeaders, csrf_value, signed_in
from newsweave.web.settings import WebSettings
from newsweave.web.state import AppState

HERE = Path(__file__).parent
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
SHARED_CSS = Path(str(importlib_resources.files("newsweave.report").joinpath(
    "templates/shared.css")))
_STATIC = {
    "app.js": (HERE / "static" / "app.js", "text/javascript"),
    "app.css": (HERE / "static" / "app.css", "text/css"),
    "shared.css": (SHARED_CSS, "text/css"),
    "plotly.min.js": (PLOTLY_JS, "text/javascript"),
}


def _templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["number"] = format_number
    env.globals.update(entity_href=entity_href, event_href=event_href, doc_href=doc_href,
                       anchor=sentence_anchor, json_block=json_block, version=__version__)
    return Jinja2Templates(env=env)


def create_app(settings: WebSettings, resources: Resources | None = None,
               runner: JobRunner | None = None) -> FastAPI:
    from newsweave.options import Options
    from newsweave.store import open_store

    resources = resources or Resources(Options(kb_files=settings.kb_files))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.jobs.stop()  # let a running ingest finish its document

    app = FastAPI(title="newsweave", version=__version__, docs_url=None, redoc_url=None,
                  lifespan=lifespan,
                  openapi_url="/api/openapi.json",
                  description="The JSON API of `newsweave serve`: every page's data. "
                              "Writes need `Authorization: Bearer TOKEN`.")
    state = AppState(settings, resources)
    app.state.settings = settings
    app.state.nw = state
    app.state.templates = _templates()
    from dataclasses import replace

    app.state.jobs = runner or JobRunner(
        lambda: open_store(settings.db), resources,
        replace(resources.options, allow_private=settings.allow_private))

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        found = _STATIC.get(name)
        if found is None:
            return Response("not found", status_code=404, media_type="text/plain")
        path, media = found
        return FileResponse(path, media_type=media,
                            headers={"Cache-Control": "public, max-age=3600"})

    from newsweave.web.api import router as api_router
    from newsweave.web.pages import router as pages_router

    app.include_router(api_router)
    app.include_router(pages_router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail),
                              getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(x) for x in e.get('loc', ())[1:])}: {e.get('msg')}"
            for e in exc.errors())
        return error_response(request, 400, problems or "bad request")

    app.add_middleware(BodyLimit, limit=settings.max_upload_bytes + 64 * 1024)
    app.add_middleware(SecurityHeaders)
    return app


def error_response(request: Request, status: int, message: str,
                   headers: dict | None = None) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    return page(request, "error.html.j2", {"status": status, "message": message},
                status=status, headers=headers)


def page(request: Request, name: str, context: dict[str, Any], status: int = 200,
         headers: dict | None = None) -> Response:
    settings: WebSettings = request.app.state.settings
    base = {
        "request": request,
        "signed_in": signed_in(request),
        "can_write": not settings.read_only and settings.token is not None,
        "read_only": settings.read_only,
        "csrf": csrf_value(settings.token) if settings.token else "",
        "analyst": request.cookies.get("nw_analyst") or settings.analyst,
    }
    return request.app.state.templates.TemplateResponse(
        request, name, {**base, **context}, status_code=status, headers=headers)

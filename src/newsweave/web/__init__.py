"""`newsweave serve`: the analyst's workspace in the browser, and its JSON API.

An ASGI application (FastAPI, Jinja templates, no build step, no network at run time) over the
same `Store` as the command line. `settings.py` holds what the command line decides (address,
token, read-only, upload bounds); `security.py` the headers, the token check and the body
limit; `state.py` the corpus kept in memory between requests; `timeline.py` the timeline's
filters, facets, sorting and paging; `jobs.py` ingestion in the background; `pages.py` the HTML
pages and `api.py` the JSON API under /api/ (OpenAPI at /api/openapi.json).
"""

from newsweave.web.app import create_app

__all__ = ["create_app"]

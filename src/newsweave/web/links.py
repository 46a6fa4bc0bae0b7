"""Where things live in the app (every id is URL-quoted), and JSON safe inside a page."""

from __future__ import annotations

from urllib.parse import quote

from markupsafe import Markup

from newsweave.report.document import sentence_anchor


def entity_href(entity_id: str) -> str:
    return "/entities/" + quote(entity_id, safe="")


def event_href(event_id: str) -> str:
    return "/events/" + quote(event_id, safe="")


def doc_href(doc_id: str, sentence: int | None = None) -> str:
    base = "/documents/" + quote(doc_id, safe="")
    return base if sentence is None else f"{base}#{sentence_anchor(doc_id, sentence)}"


def json_block(text: str) -> Markup:
    """JSON to put inside <script type="application/json">: nothing in it can close the tag."""
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))

"""HTML → main text and metadata with trafilatura (scripts are never run; their text is dropped).

Hostile pages are bounded before parsing: the number of tags is counted cheaply on the string
and pages over `options.max_html_nodes` are refused; nesting deeper than the parser allows
(libxml2 stops at 256 levels) is refused instead of giving a truncated text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from newsweave.options import Options

MAX_DEPTH = 255
_TAG = re.compile(r"<[A-Za-z]")
_HTML_SNIFF = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b"
    r"|<(?:html|head|body|meta|title|div|p|article|script|style|span|a|br|table)\b[^<>]*>",
    re.I | re.S,
)
_STRONG_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


class HtmlError(ValueError):
    """HTML that cannot be used; the message is one line a user can act on."""


@dataclass(frozen=True, slots=True)
class HtmlResult:
    text: str
    title: str | None
    date: str | None
    sitename: str | None
    url: str | None


def looks_like_html(text: str, strong_only: bool = False) -> bool:
    """True when `text` is HTML. `strong_only` asks for a doctype or <html> at the start."""
    head = text[:4096]
    if strong_only:
        return bool(_STRONG_HTML.search(head))
    return len(_HTML_SNIFF.findall(head)) >= 2 or bool(_STRONG_HTML.search(head))


def _depth(tree: HtmlElement) -> int:
    """Depth of the tree, iteratively (a recursive walk is what deep pages break)."""
    deepest = 0
    stack = [(tree, 1)]
    while stack:
        el, d = stack.pop()
        if d > deepest:
            deepest = d
        stack.extend((child, d + 1) for child in el)
    return deepest


def extract_html(html: str, url: str | None, options: Options) -> HtmlResult:
    limit = options.max_html_nodes
    for tags, _ in enumerate(_TAG.finditer(html), 1):  # stops at the limit: no list of matches
        if tags > limit:
            raise HtmlError(f"HTML has more than {limit} tags (the max_html_nodes limit)")
    tree = _parse(html)
    if _depth(tree) >= MAX_DEPTH:
        raise HtmlError(f"HTML nested more than {MAX_DEPTH} levels deep")
    import htmldate  # imported when a page is read: 0.7 s that plain text does not need
    import trafilatura

    try:
        # the page's own date, before trafilatura prunes the tree; url="" keeps htmldate from
        # reading dates off URLs (we do that ourselves, more strictly, and label it "url")
        date = htmldate.find_date(tree, url="", extensive_search=False, original_date=True)
    except (ValueError, TypeError):
        date = None
    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False},
        )
    except RecursionError as e:
        raise HtmlError("HTML too deeply nested to extract") from e
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:  # a fragment or a page too small for trafilatura: its visible text
        text = _visible_text(_parse(html))
    if not text:
        raise HtmlError("no article text found in the HTML")
    if len(text) > options.max_text_chars:
        raise HtmlError(f"extracted text longer than {options.max_text_chars} characters")
    return HtmlResult(
        text=text,
        title=getattr(doc, "title", None) or None,
        date=_iso(date),
        sitename=getattr(doc, "sitename", None) or None,
        url=getattr(doc, "url", None) or None,
    )


def _parse(html: str) -> HtmlElement:
    import trafilatura

    try:
        tree = trafilatura.load_html(html)
        if tree is None:  # trafilatura refuses fragments ("<p>…</p>"); lxml takes them
            tree = lxml.html.document_fromstring(html)
    except (ValueError, TypeError, etree.ParserError) as e:
        first = (str(e).splitlines() or [type(e).__name__])[0]
        raise HtmlError(f"unparsable HTML ({first})") from e
    if tree is None:
        raise HtmlError("unparsable HTML")
    return tree


_INVISIBLE = "//script|//style|//noscript|//template|//head"


def _visible_text(tree: HtmlElement) -> str:
    """The text a reader would see, one block a line; scripts and styles dropped."""
    for el in tree.xpath(_INVISIBLE):
        el.drop_tree()
    for el in tree.iter("br", "p", "div", "li", "h1", "h2", "h3", "h4", "tr", "article"):
        el.tail = "\n" + (el.tail or "")
    lines = (re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in tree.text_content().splitlines())
    return "\n".join(ln for ln in lines if ln)


def _iso(value: str | None) -> str | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        return value[:10]
    return None

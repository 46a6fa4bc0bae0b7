"""Extraction: raw bytes or HTML → original text and metadata (title, date, outlet, origin).

`extract(raw, options)` decodes and, for HTML, extracts the main text; that text is the original
text every later offset points into. Plain text is only decoded, never trimmed. Metadata comes,
in order of trust, from the source's hints, the HTML, date/copyright/origin lines of the text,
and URLs (the document's own, then an origin URL it cites).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePath

from newsweave.extract.attribution import copyright_outlet, find_origin, first_line_url
from newsweave.extract.dates import numeric_order, opening_date, published_from_text
from newsweave.extract.decode import DecodeError, decode, markup_safe
from newsweave.extract.html import HtmlError, extract_html, looks_like_html
from newsweave.extract.urls import date_from_url, host, is_url
from newsweave.model import Extracted, InputError, RawDocument
from newsweave.options import Options

__all__ = ["extract"]

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
_TEXT_SUFFIXES = {".txt", ".text", ".md"}


def extract(raw: RawDocument, options: Options) -> Extracted:
    uri = raw.uri
    encoding: str | None = None
    data = raw.data
    if isinstance(data, bytes):
        if len(data) > options.max_input_bytes:
            raise InputError(uri, f"larger than {options.max_input_bytes} bytes")
        try:
            text, encoding = decode(data, _charset(raw.media_type) or _meta_charset(data))
        except DecodeError as e:
            raise InputError(uri, str(e)) from e
    else:
        text = data
        if "\x00" in text:
            raise InputError(uri, "text holds NUL characters (binary data given as text)")
    if not text.strip():
        raise InputError(uri, "empty input (no text)")
    if len(text) > options.max_text_chars and not _is_html(raw, text):
        raise InputError(uri, f"text longer than {options.max_text_chars} characters")

    own_url = uri if is_url(uri) else None
    title = raw.title
    html_date = sitename = None
    media_type = "text/plain"
    if _is_html(raw, text):
        media_type = "text/html"
        try:
            result = extract_html(markup_safe(text), own_url, options)
        except HtmlError as e:
            raise InputError(uri, str(e)) from e
        except RecursionError as e:
            raise InputError(uri, "HTML too deeply nested to extract") from e
        text = result.text
        title = title or result.title
        own_url = own_url or (result.url if result.url and is_url(result.url) else None)
        html_date, sitename = result.date, result.sitename
    else:
        title = title or _first_title(text)

    origin = find_origin(text)
    published, source = _published(raw, text, html_date, own_url, origin.url if origin else None,
                                   options)
    return Extracted(
        uri=uri,
        text=text,
        title=title,
        published=published,
        published_source=source,
        outlet=raw.outlet or _outlet(text, own_url, sitename),
        origin=origin.name if origin else None,
        origin_url=origin.url if origin else None,
        encoding=encoding,
        media_type=media_type,
    )


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its start."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _charset(media_type: str | None) -> str | None:
    if media_type and "charset" in media_type.lower():
        return media_type
    return None


def _is_html(raw: RawDocument, text: str) -> bool:
    media = (raw.media_type or "").lower()
    if "html" in media or ("xml" in media and "xhtml" in media):
        return True
    if media.startswith("text/plain"):
        return looks_like_html(text, strong_only=True)
    suffix = PurePath(raw.uri.split("?", 1)[0]).suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return True
    if suffix in _TEXT_SUFFIXES:
        return looks_like_html(text, strong_only=True)
    return looks_like_html(text)


def _published(raw: RawDocument, text: str, html_date: str | None, own_url: str | None,
               origin_url: str | None, options: Options) -> tuple[str | None, str | None]:
    if raw.published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw.published):
        return raw.published, "hint"
    if html_date:
        return html_date, "html"
    order = _order_for(text, options)
    from_text = published_from_text(text, order)
    if from_text:
        return from_text, "text"
    for url in (own_url, first_line_url(text), origin_url):
        if url:
            value = date_from_url(url)
            if value:
                return value, "url"
    opening = opening_date(text)
    if opening:
        return opening, "text"
    return None, None


def _order_for(text: str, options: Options) -> Callable[[], str | None]:
    """A lazy answer to "day or month first?" for ambiguous numeric dates in this text."""
    known: list[str | None] = []

    def order() -> str | None:
        if options.date_order:
            return options.date_order
        if not known:  # identify the language once per document, and only when needed
            known.append(numeric_order(_language(text[:3000])))
        return known[0]

    return order


def _language(sample: str) -> str | None:
    # the one identifier, imported late: loading its model costs time when no date is ambiguous
    from newsweave.segment.language import identify

    return identify(sample)


def _first_title(text: str) -> str | None:
    """A plain text's headline: the first of its opening lines that reads like one."""
    lines = [ln.strip() for ln in text[:5000].splitlines() if ln.strip()][:5]
    for line in lines:
        if 12 <= len(line) <= 250 and not is_url(line) and not published_from_text(line):
            return line
    return None


def _outlet(text: str, own_url: str | None, sitename: str | None) -> str | None:
    if own_url:
        return host(own_url)
    first = first_line_url(text)
    if first:
        return host(first)
    return copyright_outlet(text) or sitename

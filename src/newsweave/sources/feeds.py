"""RSS/Atom/RDF feeds (feedparser): each entry becomes a document.

An entry whose content (or summary) holds the article is used as it is; a teaser makes us fetch
the entry's link. The entry's date becomes the document's `published` hint.

Refused with a reason: a feed that declares a DTD (its entities can expand a small file into a
huge one, "billion laughs"), and a feed whose entries hold nothing; entries with neither an
article nor a link are counted and reported in one line, not one line each.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from email.utils import parsedate_tz

from newsweave.model import InputError, RawDocument
from newsweave.options import Options
from newsweave.sources.urls import Refused

_FEED_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*"
    rb"|<\?xml-stylesheet[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF|RDF)\b",
    re.S,
)
_TAGS = re.compile(r"<[^<>]*>")  # not [^>]*: on "<<<<…" every "<" would scan to the end
_ISO_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]|$)")
FEED_SUFFIXES = (".rss", ".atom", ".rdf", ".xml")


_DTD = re.compile(rb"<!(?:DOCTYPE[^>\[]*\[|ENTITY\b)", re.I)
_FEEDISH = re.compile(rb"<(?:rss|feed|rdf:RDF)\b")


def declares_dtd(data: bytes) -> bool:
    """True for a feed with an internal DTD subset or entity declarations."""
    head = data[:65536]
    return bool(_DTD.search(head) and _FEEDISH.search(head))


def is_feed(data: bytes) -> bool:
    """True when the bytes are XML whose root element is rss, feed or rdf:RDF (or such a feed
    behind a DTD, which `read_feed` refuses)."""
    return bool(_FEED_ROOT.match(data[:4096])) or declares_dtd(data)


def _local_date(raw: object) -> str | None:
    """The calendar date as written (in the publisher's own time zone), not converted to UTC."""
    if not isinstance(raw, str):
        return None
    m = _ISO_DAY.match(raw.strip())
    if m:
        return m.group(1)
    parsed = parsedate_tz(raw)
    if parsed and 1990 <= parsed[0] <= 2099:
        return f"{parsed[0]:04d}-{parsed[1]:02d}-{parsed[2]:02d}"
    return None


def _date(entry: dict) -> str | None:
    for key in ("published", "updated", "created"):
        local = _local_date(entry.get(key))
        if local:
            return local
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):  # feedparser's, converted to UTC
            return time.strftime("%Y-%m-%d", value)
    return None


def _content(entry: dict) -> tuple[str, str] | None:
    """(html, media type) of the longest body the entry carries."""
    bodies: list[tuple[str, str]] = []
    for c in entry.get("content") or ():
        if c.get("value"):
            bodies.append((c["value"], c.get("type") or "text/html"))
    if entry.get("summary"):
        bodies.append((entry["summary"], "text/html"))
    if not bodies:
        return None
    return max(bodies, key=lambda b: len(_TAGS.sub("", b[0])))


def read_feed(
    uri: str,
    data: bytes,
    options: Options,
    fetch: Callable[[str], RawDocument | InputError],
) -> Iterator[RawDocument | InputError]:
    if declares_dtd(data):
        yield InputError(uri, "feed declares a DTD (<!DOCTYPE … [ … ]> or <!ENTITY>); refused: "
                              "its entities could expand it without bound")
        return
    # a feed fetched from a URL resolves its relative links against that URL
    headers = {"content-location": uri} if uri.lower().startswith(("http://", "https://")) else None
    import feedparser  # imported when a feed is read (0.4 s of start-up otherwise)

    parsed = feedparser.parse(data, response_headers=headers)
    entries = parsed.get("entries") or []
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    why = f" ({type(problem).__name__})" if problem else ""
    if not entries:
        if parsed.get("bozo") or not parsed.get("version"):
            yield InputError(uri, f"not a valid RSS/Atom feed{why}")
        else:
            yield InputError(uri, "feed has no entries")
        return
    if not any(_content(e) or e.get("link") for e in entries):
        head = f"not a valid RSS/Atom feed{why}: " if problem else "feed has "
        n = len(entries)
        which = "1 entry, with" if n == 1 else f"{n} entries, all with"
        yield InputError(uri, f"{head}{which} neither an article nor a link")
        return
    if len(entries) > options.max_feed_entries:
        yield InputError(uri, f"feed has {len(entries)} entries; only the first "
                              f"{options.max_feed_entries} are read")
        entries = entries[: options.max_feed_entries]
    empty: list[int] = []  # entries with neither an article nor a link, reported once
    for i, entry in enumerate(entries):
        link = entry.get("link")
        published = _date(entry)
        title = entry.get("title") or None
        body = _content(entry)
        entry_uri = link or f"{uri}#entry-{i + 1}"
        chars = len(_TAGS.sub("", body[0]).strip()) if body else 0
        from_body = (
            RawDocument(uri=entry_uri, data=_as_page(*body), media_type=_media(body[1]),
                        published=published, title=title)
            if body and chars else None
        )
        if from_body and (chars >= options.feed_min_article_chars or not link
                          or not options.allow_network):
            yield from_body
        elif link:
            got = fetch(link)
            if isinstance(got, RawDocument):
                yield RawDocument(uri=got.uri, data=got.data, media_type=got.media_type,
                                  published=published or got.published, title=title)
            elif isinstance(got, Refused):  # a link we must not follow is said, not hidden
                yield got
            else:
                # the page cannot be had: the entry's own text is better than nothing
                yield from_body or got
        else:
            empty.append(i + 1)
    if empty:
        which = f"entry {empty[0]}" if len(empty) == 1 else f"entries {empty[0]}–{empty[-1]}"
        have = "entry has" if len(empty) == 1 else "entries have"
        yield InputError(uri, f"{len(empty)} feed {have} neither an article nor a link ({which})")


def _media(declared: str) -> str:
    return "text/html" if "html" in declared else "text/plain"


def _as_page(body: str, declared: str) -> str:
    if "html" not in declared:
        return body
    return f"<html><body><article>{body}</article></body></html>"

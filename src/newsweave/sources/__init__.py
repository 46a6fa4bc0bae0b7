"""Source readers: turn what the user names into raw documents.

`read_inputs(specs, options)` accepts, for each spec: a file; a directory (recursive, hidden
entries skipped, sorted); a glob ('data/**/*.html'); '-' for standard input; a JSONL file of
records; an RSS/Atom/RDF feed (file or URL; recognised by its XML root, not only its name); a
URL; a *.urls or *.txt file holding only URLs. One failing input never stops the others: it is
yielded as an InputError and reading goes on.

Every URL — named, listed, a feed entry's link, a redirect — is fetched by one `web.Fetcher`,
which refuses other schemes than http(s) and private addresses (unless
`options.allow_private`); `resolver` replaces DNS (tests pass a stub).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from newsweave.model import InputError, RawDocument
from newsweave.options import Options
from newsweave.sources.feeds import FEED_SUFFIXES, is_feed, read_feed
from newsweave.sources.files import expand_glob, is_glob, walk
from newsweave.sources.guard import Resolver
from newsweave.sources.jsonl import JSONL_SUFFIXES, read_jsonl
from newsweave.sources.urls import scheme_of

if TYPE_CHECKING:
    from newsweave.sources.web import Fetcher

__all__ = ["read_inputs"]

URL_LIST_SUFFIXES = (".urls", ".txt")
_MEDIA_BY_SUFFIX = {
    ".html": "text/html", ".htm": "text/html", ".xhtml": "text/html",
    ".txt": "text/plain", ".text": "text/plain",
}
_FEED_MEDIA = ("rss", "atom", "rdf")


def read_inputs(
    specs: list[str], options: Options, resolver: Resolver | None = None
) -> Iterator[RawDocument | InputError]:
    reader = _Reader(options, resolver)
    try:
        for spec in specs:
            yield from reader.spec(spec)
    finally:
        reader.close()


def _is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def _other_scheme(spec: str) -> str | None:
    """'file', 'ftp', 'gopher'… for a spec written as another kind of URL ('x://…')."""
    scheme = scheme_of(spec)
    return scheme if scheme and len(scheme) > 1 and spec[len(scheme):].startswith("://") else None


class _Reader:
    def __init__(self, options: Options, resolver: Resolver | None = None):
        self.options = options
        self.resolver = resolver
        self._fetcher: Fetcher | None = None

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            from newsweave.sources.web import Fetcher  # httpx only when a URL is read

            self._fetcher = Fetcher(self.options, self.resolver)
        return self._fetcher

    # ------------------------------------------------------------------ what the user named

    def spec(self, spec: str) -> Iterator[RawDocument | InputError]:
        if spec == "-":
            yield from self.stdin(sys.stdin.buffer)
        elif _is_url(spec):
            yield from self.url(spec)
        elif (scheme := _other_scheme(spec)) and not Path(spec).exists():
            yield InputError(spec, f"refused: only http and https URLs are fetched, "
                                   f"not {scheme}:")
        elif Path(spec).is_dir():
            for path in walk(Path(spec)):
                yield from self.file(path)
        elif Path(spec).is_file():
            yield from self.file(Path(spec))
        elif is_glob(spec):
            paths = expand_glob(spec)
            if not paths:
                yield InputError(spec, "no files match this pattern")
            for path in paths:
                yield from self.file(path)
        else:
            yield InputError(spec, "no such file, directory or URL")

    def stdin(self, stream: BinaryIO) -> Iterator[RawDocument | InputError]:
        data = stream.read(self.options.max_input_bytes + 1)
        if len(data) > self.options.max_input_bytes:
            limit = self.options.max_input_bytes
            yield InputError("-", f"standard input is larger than {limit} bytes")
            return
        if not data.strip():
            yield InputError("-", "empty input on standard input")
            return
        yield from self.content("-", data, None, "")

    def file(self, path: Path) -> Iterator[RawDocument | InputError]:
        uri = str(path)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, self.options)
            return
        try:
            size = path.stat().st_size
            if size == 0:
                yield InputError(uri, "empty file")
                return
            if size > self.options.max_input_bytes:
                yield InputError(uri, f"file is {size} bytes, larger than the limit of "
                                      f"{self.options.max_input_bytes}")
                return
            with path.open("rb") as f:  # read at most the limit, even if the file grew
                data = f.read(self.options.max_input_bytes + 1)
        except OSError as e:
            yield InputError(uri, e.strerror or str(e))
            return
        if len(data) > self.options.max_input_bytes:
            yield InputError(uri, f"larger than {self.options.max_input_bytes} bytes")
            return
        yield from self.content(uri, data, _MEDIA_BY_SUFFIX.get(suffix), suffix)

    def url(self, url: str) -> Iterator[RawDocument | InputError]:
        try:
            got = self.fetcher.fetch(url)
        except InputError as e:
            yield e
            return
        media = (got.content_type or "").lower()
        if is_feed(got.data) or any(k in media for k in _FEED_MEDIA):
            yield from read_feed(url, got.data, self.options, self.fetch_one)
            return
        yield RawDocument(uri=url, data=got.data, media_type=got.content_type)

    # ------------------------------------------------------------------ helpers

    def content(self, uri: str, data: bytes, media: str | None,
                suffix: str) -> Iterator[RawDocument | InputError]:
        if is_feed(data) or (suffix in FEED_SUFFIXES and suffix != ".xml"):
            yield from read_feed(uri, data, self.options, self.fetch_one)
            return
        if suffix in URL_LIST_SUFFIXES or uri == "-":
            urls = _url_list(data)
            if urls is not None:
                if len(urls) > self.options.max_list_urls:
                    yield InputError(uri, f"{len(urls)} URLs; only the first "
                                          f"{self.options.max_list_urls} are read")
                for url in urls[: self.options.max_list_urls]:
                    yield from self.url(url)
                return
        yield RawDocument(uri=uri, data=data, media_type=media)

    def fetch_one(self, url: str) -> RawDocument | InputError:
        """One URL as one document (a feed entry's link)."""
        try:
            got = self.fetcher.fetch(url)
        except InputError as e:
            return e
        return RawDocument(uri=url, data=got.data, media_type=got.content_type)


def _url_list(data: bytes) -> list[str] | None:
    """The URLs of a file that holds only URLs (one a line, '#' comments allowed), else None."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    urls: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not _is_url(line) or any(ch.isspace() for ch in line):
            return None
        urls.append(line)
    return urls or None

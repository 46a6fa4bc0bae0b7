"""JSONL files of records: {"url", "html" or "text", optional "published", "outlet", "title"}.

A bad line is reported as file:line and the other lines go on. Lines are read one at a time, so
a large file never sits in memory whole; one line may not exceed `options.max_input_bytes`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsweave.extract.dates import parse_date_line
from newsweave.model import InputError, RawDocument
from newsweave.options import Options

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_ISO_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})")


def _lines(f: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; bytes is None for a line longer than `limit`."""
    number = 0
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = f.readline(1 << 20)
            yield number, None
            continue
        yield number, line


def _hint(value: object) -> str | None:
    """YYYY-MM-DD from an ISO timestamp or a written date ("17 October 2024"), else None."""
    if not isinstance(value, str):
        return None
    m = _ISO_DAY.match(value.strip())
    if m:
        return m.group(1)
    found = parse_date_line(value.strip(), lambda: None)
    return found[0][0] if len(found) == 1 else None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _sound(value: object) -> object:
    """Strings with lone surrogates ("\\ud800", which JSON allows and no text holds) made
    text: each becomes U+FFFD, which forensics reports."""
    return _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def record(where: str, obj: object) -> RawDocument:
    """One JSON record → a raw document; raises ValueError with the reason it is unusable."""
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    obj = {k: _sound(v) for k, v in obj.items()}
    html, text = obj.get("html"), obj.get("text")
    if isinstance(html, str) and html.strip():
        data, media = html, "text/html"
    elif isinstance(text, str) and text.strip():
        data, media = text, "text/plain"
    else:
        raise ValueError('record has no non-empty "html" or "text" string')
    url = obj.get("url")
    uri = url if isinstance(url, str) and url.strip() else where
    outlet, title = obj.get("outlet"), obj.get("title")
    return RawDocument(
        uri=uri.strip(),
        data=data,
        media_type=media,
        published=_hint(obj.get("published")),
        outlet=outlet if isinstance(outlet, str) and outlet.strip() else None,
        title=title if isinstance(title, str) and title.strip() else None,
    )


def read_jsonl(path: Path, options: Options) -> Iterator[RawDocument | InputError]:
    try:
        f = path.open("rb")
    except OSError as e:
        yield InputError(str(path), e.strerror or str(e))
        return
    with f:
        for number, line in _lines(f, options.max_input_bytes):
            where = f"{path}:{number}"
            if line is None:
                yield InputError(where, f"line longer than {options.max_input_bytes} bytes")
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except (ValueError, RecursionError) as e:
                reason = e.msg if isinstance(e, json.JSONDecodeError) else type(e).__name__
                yield InputError(where, f"invalid JSON ({reason})")
                continue
            try:
                yield record(where, obj)
            except ValueError as e:
                yield InputError(where, str(e))

"""JSONL records: good lines become documents, bad lines are reported as file:line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from newsweave.model import InputError, RawDocument
from newsweave.options import Options

Read = Callable[..., list[RawDocument | InputError]]


def test_records_and_bad_lines(tmp_path: Path, read: Read) -> None:
    lines = [
        json.dumps({"url": "https://example.com/a", "text": "Menteri bertemu.",
                    "published": "2024-10-17T08:00:00Z", "outlet": "Example", "title": "T"}),
        "{not json",
        json.dumps({"url": "https://example.com/b", "html": "<p>Ministers met.</p>"}),
        json.dumps({"url": "https://example.com/c"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"text": "Без адреса.", "published": "yesterday"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    got = read([str(path)])
    assert len(got) == 6
    a, bad, b, no_text, not_obj, no_url = got
    assert isinstance(a, RawDocument)
    assert (a.uri, a.data, a.media_type) == ("https://example.com/a", "Menteri bertemu.",
                                             "text/plain")
    assert (a.published, a.outlet, a.title) == ("2024-10-17", "Example", "T")
    assert isinstance(bad, InputError) and bad.uri == f"{path}:2" and "invalid JSON" in bad.reason
    assert isinstance(b, RawDocument) and b.media_type == "text/html"
    assert isinstance(no_text, InputError) and no_text.uri == f"{path}:4"
    assert isinstance(not_obj, InputError) and "JSON object" in not_obj.reason
    assert isinstance(no_url, RawDocument)
    assert no_url.uri == f"{path}:7" and no_url.published is None


def test_written_dates_as_hints(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "batch.jsonl"
    recs = [{"text": "a", "published": "17 October 2024"}, {"text": "b", "published": "03/04/2024"}]
    path.write_text("\n".join(json.dumps(r) for r in recs), "utf-8")
    a, b = read([str(path)])
    assert a.published == "2024-10-17" and b.published is None


def test_overlong_line_is_skipped(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "batch.jsonl"
    long_rec = json.dumps({"text": "x" * 5000})
    short = json.dumps({"text": "short"})
    path.write_text(long_rec + "\n" + short + "\n", "utf-8")
    got = read([str(path)], Options(max_input_bytes=1000))
    assert isinstance(got[0], InputError) and got[0].uri.endswith(":1")
    assert isinstance(got[1], RawDocument) and got[1].data == "short"

"""Feeds in files: recognised by content, Atom and RSS, and feeds that are not XML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsweave.model import InputError, RawDocument
from newsweave.sources.feeds import is_feed

Read = Callable[..., list[RawDocument | InputError]]
LONG = " ".join(["Президент встретился с министром в столице во вторник, сообщило агентство."] * 10)

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- a comment before the root -->
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example</title>
  <entry>
    <title>Встреча министров</title>
    <link href="https://news.example.invalid/2024/10/17/meeting"/>
    <id>urn:1</id>
    <updated>2024-10-17T10:00:00Z</updated>
    <content type="html">&lt;p&gt;{LONG}&lt;/p&gt;</content>
  </entry>
</feed>
"""


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>', True),
        (ATOM.encode(), True),
        (b'\xef\xbb\xbf<rdf:RDF xmlns:rdf="x"></rdf:RDF>', True),
        (b"<html><body>not a feed</body></html>", False),
        (b"Plain text that mentions <rss> later.", False),
    ],
)
def test_is_feed(data: bytes, expected: bool) -> None:
    assert is_feed(data) is expected


@pytest.mark.parametrize("name", ["feed.atom", "feed.xml", "feed-without-suffix"])
def test_atom_file_by_content(tmp_path: Path, read: Read, name: str) -> None:
    path = tmp_path / name
    path.write_text(ATOM, "utf-8")
    [doc] = read([str(path)])
    assert isinstance(doc, RawDocument)
    assert doc.uri == "https://news.example.invalid/2024/10/17/meeting"
    assert doc.published == "2024-10-17" and doc.title == "Встреча министров"
    assert LONG in doc.data


@pytest.mark.parametrize(
    "content", ["this is not XML at all", '{"json": true}', "<html><body>a page</body></html>"])
def test_feed_that_is_not_xml(tmp_path: Path, read: Read, content: str) -> None:
    path = tmp_path / "broken.rss"
    path.write_text(content, "utf-8")
    got = read([str(path)])
    assert len(got) == 1 and isinstance(got[0], InputError)
    assert "not a valid RSS/Atom feed" in got[0].reason


def test_entry_without_content_or_link(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "f.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                    "<item><title>Nothing</title></item></channel></rss>", "utf-8")
    [err] = read([str(path)])
    assert isinstance(err, InputError) and "neither an article nor a link" in err.reason

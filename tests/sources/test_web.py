"""URLs, URL lists and feeds served by a local HTTP server the tests start.

The server listens on 127.0.0.1, a loopback address the fetcher refuses by default, so these
tests fetch with `allow_private` (as `ingest --allow-private` does); `test_guard.py` checks the
refusals.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from newsweave.model import InputError, RawDocument
from newsweave.options import Options

Read = Callable[..., list[RawDocument | InputError]]


def local(**changes: object) -> Options:
    """Options for fetching from the test server on 127.0.0.1."""
    return Options(allow_private=True, **changes)  # type: ignore[arg-type]

PAGE = ("<html><head><title>Talks</title></head><body><article><p>The ministers met in the "
        "capital on Tuesday.</p></article></body></html>")
LONG = " ".join(
    ["Para menteri bertemu di ibu kota pada hari Selasa untuk membahas kerja sama."] * 12)


def rss(items: str) -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>Example feed</title><link>http://example.invalid/</link>{items}"
            "</channel></rss>")


def test_page_is_fetched_with_user_agent(httpserver: HTTPServer, read: Read) -> None:
    agent = {"User-Agent": Options().user_agent}
    httpserver.expect_request("/page", headers=agent).respond_with_data(
        PAGE, content_type="text/html; charset=utf-8")
    [doc] = read([httpserver.url_for("/page")], local())
    assert isinstance(doc, RawDocument)
    assert doc.data == PAGE.encode() and doc.media_type == "text/html; charset=utf-8"


def test_http_error(httpserver: HTTPServer, read: Read) -> None:
    httpserver.expect_request("/missing").respond_with_data("no", status=404)
    [err] = read([httpserver.url_for("/missing")], local())
    assert isinstance(err, InputError) and "HTTP 404" in err.reason


@pytest.fixture
def threaded_server() -> Iterator[HTTPServer]:
    """A server that answers the next request while a slow handler still sleeps."""
    server = HTTPServer(threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


def test_timeout_then_the_batch_goes_on(threaded_server: HTTPServer, read: Read) -> None:
    def slow(_: Request) -> Response:
        time.sleep(1.5)
        return Response(PAGE, content_type="text/html")

    httpserver = threaded_server
    httpserver.expect_request("/slow").respond_with_handler(slow)
    httpserver.expect_request("/fast").respond_with_data(PAGE, content_type="text/html")
    got = read([httpserver.url_for("/slow"), httpserver.url_for("/fast")], local(timeout=0.3))
    assert isinstance(got[0], InputError) and "timed out" in got[0].reason
    assert isinstance(got[1], RawDocument)


def test_redirect_loop(httpserver: HTTPServer, read: Read) -> None:
    httpserver.expect_request("/loop").respond_with_response(
        Response(status=302, headers={"Location": "/loop"}))
    [err] = read([httpserver.url_for("/loop")], local(max_redirects=3))
    assert isinstance(err, InputError) and "too many redirects" in err.reason


def test_redirect_is_followed(httpserver: HTTPServer, read: Read) -> None:
    httpserver.expect_request("/old").respond_with_response(
        Response(status=301, headers={"Location": "/new"}))
    httpserver.expect_request("/new").respond_with_data(PAGE, content_type="text/html")
    [doc] = read([httpserver.url_for("/old")], local())
    assert isinstance(doc, RawDocument) and doc.data == PAGE.encode()


def test_size_cap_while_streaming(httpserver: HTTPServer, read: Read) -> None:
    def endless(_: Request) -> Response:
        def chunks() -> Iterator[bytes]:
            for _ in range(100):
                yield b"x" * 1000
        return Response(chunks(), content_type="text/plain")  # chunked: no Content-Length

    httpserver.expect_request("/endless").respond_with_handler(endless)
    [err] = read([httpserver.url_for("/endless")], local(max_input_bytes=5000))
    assert isinstance(err, InputError) and "larger than 5000 bytes" in err.reason


def test_declared_length_over_cap(httpserver: HTTPServer, read: Read) -> None:
    httpserver.expect_request("/big").respond_with_data("y" * 8000, content_type="text/plain")
    [err] = read([httpserver.url_for("/big")], local(max_input_bytes=5000))
    assert isinstance(err, InputError) and "larger than 5000" in err.reason


def test_network_off(read: Read) -> None:
    [err] = read(["http://127.0.0.1:9/x"], Options(allow_network=False))
    assert isinstance(err, InputError) and "network" in err.reason


def test_url_list_file(httpserver: HTTPServer, tmp_path: Path, read: Read) -> None:
    httpserver.expect_request("/a").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/b").respond_with_data("Teks berita.", content_type="text/plain")
    for name in ("list.urls", "list.txt"):
        path = tmp_path / name
        path.write_text(f"# my list\n{httpserver.url_for('/a')}\n\n{httpserver.url_for('/b')}\n",
                        "utf-8")
        got = read([str(path)], local())
        assert [d.uri for d in got] == [httpserver.url_for("/a"), httpserver.url_for("/b")]
        assert all(isinstance(d, RawDocument) for d in got)


def test_text_file_with_prose_and_urls_is_a_document(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Headline\nhttps://example.invalid/a\nBody text.\n", "utf-8")
    [doc] = read([str(path)])
    assert isinstance(doc, RawDocument) and doc.uri == str(path)


def test_feed_url_with_full_content_and_teasers(httpserver: HTTPServer, read: Read) -> None:
    items = (
        f"<item><title>Full</title><link>{httpserver.url_for('/full')}</link>"
        f"<pubDate>Thu, 17 Oct 2024 08:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{LONG}</p>]]></description></item>"
        f"<item><title>Teaser</title><link>{httpserver.url_for('/teaser')}</link>"
        f"<pubDate>Fri, 18 Oct 2024 01:30:00 +0900</pubDate>"  # 17 Oct in UTC
        f"<description>Short teaser…</description></item>"
    )
    httpserver.expect_request("/feed").respond_with_data(rss(items), content_type="text/xml")
    httpserver.expect_request("/teaser").respond_with_data(PAGE, content_type="text/html")
    full, teaser = read([httpserver.url_for("/feed")], local())
    assert isinstance(full, RawDocument) and isinstance(teaser, RawDocument)
    assert full.uri == httpserver.url_for("/full") and LONG in full.data
    assert (full.published, full.title, full.media_type) == ("2024-10-17", "Full", "text/html")
    assert teaser.data == PAGE.encode()  # fetched from the entry's link
    assert (teaser.published, teaser.title) == ("2024-10-18", "Teaser")


def test_feed_entry_link_failure_is_reported(httpserver: HTTPServer, read: Read) -> None:
    items = (f"<item><title>Gone</title><link>{httpserver.url_for('/gone')}</link></item>"
             f"<item><title>Full</title><description>{LONG}</description></item>")
    httpserver.expect_request("/feed").respond_with_data(rss(items), content_type="text/xml")
    httpserver.expect_request("/gone").respond_with_data("gone", status=410)
    gone, full = read([httpserver.url_for("/feed")], local())
    assert isinstance(gone, InputError) and "HTTP 410" in gone.reason
    assert isinstance(full, RawDocument) and full.uri.endswith("#entry-2")


def test_teaser_is_used_when_its_link_fails(httpserver: HTTPServer, read: Read) -> None:
    items = (f"<item><title>Short</title><link>{httpserver.url_for('/gone')}</link>"
             "<description>&lt;p&gt;Seoul said 3,000 troops moved.&lt;/p&gt;</description></item>")
    httpserver.expect_request("/feed").respond_with_data(rss(items), content_type="text/xml")
    httpserver.expect_request("/gone").respond_with_data("gone", status=404)
    [doc] = read([httpserver.url_for("/feed")], local())
    assert isinstance(doc, RawDocument) and doc.uri == httpserver.url_for("/gone")
    assert "3,000 troops" in doc.data


def test_network_off_uses_feed_text(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "f.rss"
    path.write_text(rss("<item><title>T</title><link>http://127.0.0.1:9/a</link>"
                        "<description>Seoul said troops moved.</description></item>"), "utf-8")
    [doc] = read([str(path)], Options(allow_network=False))
    assert isinstance(doc, RawDocument) and "troops moved" in doc.data


def test_connection_refused_is_one_line(read: Read) -> None:
    import socket

    with socket.socket() as s:  # a port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    [err] = read([f"http://127.0.0.1:{port}/x"], local(timeout=2))
    assert isinstance(err, InputError) and "fetch failed" in err.reason
    assert "\n" not in err.reason


def test_invalid_url(read: Read) -> None:
    [err] = read(["http://[::1/x"])
    assert isinstance(err, InputError)


def test_feed_relative_links_resolve_against_the_feed_url(httpserver: HTTPServer,
                                                          read: Read) -> None:
    items = "<item><title>Rel</title><link>/story/1</link><description>x</description></item>"
    httpserver.expect_request("/news/feed").respond_with_data(rss(items), content_type="text/xml")
    httpserver.expect_request("/story/1").respond_with_data(PAGE, content_type="text/html")
    [doc] = read([httpserver.url_for("/news/feed")], local())
    assert isinstance(doc, RawDocument) and doc.uri == httpserver.url_for("/story/1")


@pytest.mark.parametrize(
    "url",
    ["https://wire.example.org/a", "http://example.com/", "https://news.example/x",
     "https://site.invalid/", "http://a.test/b"],
)
def test_reserved_example_domains_are_not_fetched(read: Read, url: str) -> None:
    [err] = read([url])
    assert isinstance(err, InputError) and "reserved example domain" in err.reason

"""The fetcher refuses private targets: first URLs, redirects, feed entry links, URL lists.

No test here sends a packet anywhere but 127.0.0.1: names are resolved by a stub, and where a
"public" site is needed, `LoopbackNetwork` stands in for the sockets and serves every address
from the local test server (recording which address it was asked for).
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpcore
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from newsweave.model import InputError, RawDocument
from newsweave.options import Options
from newsweave.sources import read_inputs, web
from newsweave.sources.guard import address_kind, system_resolver

PAGE = "<html><body><article><p>The ministers met on Tuesday.</p></article></body></html>"
PUBLIC = "93.184.216.34"  # a public address: only ever "reached" through LoopbackNetwork
NAMES = {
    "localhost": ["127.0.0.1"],
    "news.public-site.org": [PUBLIC],
    "intranet.corp": ["10.0.0.5"],
    "metadata.cloud-host.net": ["169.254.169.254"],
    "mixed.public-site.org": [PUBLIC, "127.0.0.1"],
    "v6.public-site.org": ["::ffff:192.168.1.1"],
}


def stub_resolver(host: str, port: int) -> list[str]:
    if host not in NAMES:
        raise AssertionError(f"the test resolved an unexpected name {host}")
    return NAMES[host]


class LoopbackNetwork:
    """Sockets for tests: any address is served by the local server; addresses are recorded."""

    def __init__(self, port: int):
        self.port = port
        self.asked: list[str] = []

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: Any = None) -> Any:
        self.asked.append(host)
        return httpcore.SyncBackend().connect_tcp("127.0.0.1", self.port, timeout)


@pytest.fixture
def network(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> LoopbackNetwork:
    net = LoopbackNetwork(httpserver.port)
    monkeypatch.setattr(web, "NETWORK", net)
    return net


def read(specs: list[str], options: Options | None = None) -> list[RawDocument | InputError]:
    return list(read_inputs(specs, options or Options(), resolver=stub_resolver))


def refused(item: RawDocument | InputError, *words: str) -> bool:
    return isinstance(item, InputError) and "refused" in item.reason and all(
        w in item.reason for w in words)


# ---------------------------------------------------------------------- the address policy

@pytest.mark.parametrize(("address", "kind"), [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("192.168.0.10", "private"),
    ("fc00::1", "private"), ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.251", "multicast"), ("ff02::1", "multicast"), ("240.0.0.1", "reserved"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"), ("100.64.0.1", "non-public"),
    ("::ffff:127.0.0.1", "loopback"), ("::ffff:10.0.0.1", "private"),
    ("2002:a9fe:a9fe::1", "link-local"),  # 6to4 wrapping 169.254.169.254
    ("64:ff9b::7f00:1", "loopback"),  # NAT64 wrapping 127.0.0.1
    ("8.8.8.8", None), ("93.184.216.34", None), ("2606:4700::1111", None),
])
def test_address_kinds(address: str, kind: str | None) -> None:
    assert address_kind(ipaddress.ip_address(address)) == kind


def test_system_resolver_reads_the_hosts_file() -> None:
    assert "127.0.0.1" in system_resolver("localhost", 80, 5.0)


# ---------------------------------------------------------------------- first URLs

def test_loopback_server_is_not_fetched(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/secret").respond_with_data("the secret", content_type="text/plain")
    [err] = read([httpserver.url_for("/secret")])
    assert refused(err, "127.0.0.1", "loopback", "--allow-private")
    assert httpserver.log == []  # not even connected to


def test_allow_private_fetches_it(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/secret").respond_with_data("the secret", content_type="text/plain")
    [doc] = read([httpserver.url_for("/secret")], Options(allow_private=True))
    assert isinstance(doc, RawDocument) and doc.data == b"the secret"


@pytest.mark.parametrize(("url", "kind"), [
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[::1]:8080/", "loopback"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://0.0.0.0:8080/", "unspecified"),
    ("http://intranet.corp/wiki", "private"),
    ("http://metadata.cloud-host.net/computeMetadata/v1/", "link-local"),
    ("http://mixed.public-site.org/", "loopback"),  # one private answer is enough
    ("http://v6.public-site.org/", "private"),
])
def test_private_targets_are_refused(url: str, kind: str,
                                     network: LoopbackNetwork) -> None:
    [err] = read([url])
    assert refused(err, kind)
    assert network.asked == []


@pytest.mark.parametrize("url", ["http://2130706433/", "http://0x7f000001/", "http://127.1/",
                                 "http://localhost/"])
def test_numeric_and_local_names_resolve_to_loopback(url: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # the operating system's resolver reads these without any DNS query
    net = LoopbackNetwork(9)
    monkeypatch.setattr(web, "NETWORK", net)
    [err] = list(read_inputs([url], Options()))
    assert refused(err, "loopback")
    assert net.asked == []


@pytest.mark.parametrize("spec", ["file:///etc/passwd", "gopher://127.0.0.1:70/1",
                                  "ftp://ftp.public-site.org/pub/x"])
def test_other_schemes_are_refused(spec: str) -> None:
    [err] = read([spec])
    assert refused(err, "only http and https")


def test_a_public_site_is_fetched(httpserver: HTTPServer, network: LoopbackNetwork) -> None:
    httpserver.expect_request("/story").respond_with_data(PAGE, content_type="text/html")
    [doc] = read(["http://news.public-site.org/story"])
    assert isinstance(doc, RawDocument) and doc.data == PAGE.encode()
    assert network.asked == [PUBLIC]


def test_the_checked_address_is_the_one_connected_to(httpserver: HTTPServer,
                                                     network: LoopbackNetwork) -> None:
    # a name that answers public first and loopback later (DNS rebinding) is asked once
    answers = iter([[PUBLIC], ["127.0.0.1"], ["127.0.0.1"]])

    def rebinding(host: str, port: int) -> list[str]:
        return next(answers)

    httpserver.expect_request("/story").respond_with_data(PAGE, content_type="text/html")
    [doc] = list(read_inputs(["http://rebind.public-site.org/story"], Options(),
                             resolver=rebinding))
    assert isinstance(doc, RawDocument)
    assert network.asked == [PUBLIC]


# ---------------------------------------------------------------------- redirects

@pytest.mark.parametrize(("location", "words"), [
    ("http://127.0.0.1:{port}/secret", ("redirect to", "loopback")),
    ("http://intranet.corp/secret", ("redirect to", "private")),
    ("http://169.254.169.254/latest/meta-data/", ("redirect to", "link-local")),
    ("file:///etc/passwd", ("redirect to", "only http and https")),
])
def test_redirects_to_private_targets_are_refused(
    location: str, words: tuple[str, ...], httpserver: HTTPServer, network: LoopbackNetwork
) -> None:
    httpserver.expect_request("/go").respond_with_response(
        Response(status=302, headers={"Location": location.format(port=httpserver.port)}))
    httpserver.expect_request("/secret").respond_with_data("the secret")
    [err] = read(["http://news.public-site.org/go"])
    assert refused(err, *words)
    assert [r.path for r, _ in httpserver.log] == ["/go"]
    assert network.asked == [PUBLIC]


def test_public_redirect_is_followed(httpserver: HTTPServer, network: LoopbackNetwork) -> None:
    httpserver.expect_request("/old").respond_with_response(
        Response(status=301, headers={"Location": "/new"}))
    httpserver.expect_request("/new").respond_with_data(PAGE, content_type="text/html")
    [doc] = read(["http://news.public-site.org/old"])
    assert isinstance(doc, RawDocument)
    assert doc.data == PAGE.encode()


# ---------------------------------------------------------------------- feeds and lists

def rss(items: str) -> str:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}'
            "</channel></rss>")


def test_feed_entry_links_to_private_targets_are_refused(
    httpserver: HTTPServer, network: LoopbackNetwork
) -> None:
    items = ("<item><title>A</title><link>http://169.254.169.254/latest/</link>"
             "<description>Teaser one.</description></item>"
             "<item><title>B</title><link>http://intranet.corp/page</link>"
             "<description>Teaser two.</description></item>"
             "<item><title>C</title><link>file:///etc/passwd</link>"
             "<description>Teaser three.</description></item>"
             "<item><title>D</title><link>http://news.public-site.org/story</link></item>")
    httpserver.expect_request("/feed").respond_with_data(rss(items), content_type="text/xml")
    httpserver.expect_request("/story").respond_with_data(PAGE, content_type="text/html")
    a, b, c, d = read(["http://news.public-site.org/feed"])
    assert refused(a, "link-local") and refused(b, "private")
    assert refused(c, "only http and https")
    assert isinstance(d, RawDocument) and d.data == PAGE.encode()


def test_feed_file_entry_links_are_checked_too(tmp_path: Path,
                                               network: LoopbackNetwork) -> None:
    path = tmp_path / "local.rss"
    path.write_text(rss("<item><title>A</title><link>http://127.0.0.1:9/x</link></item>"),
                    "utf-8")
    [err] = read([str(path)])
    assert refused(err, "loopback")
    assert network.asked == []


def test_url_list_entries_are_checked(tmp_path: Path, httpserver: HTTPServer,
                                      network: LoopbackNetwork) -> None:
    httpserver.expect_request("/story").respond_with_data(PAGE, content_type="text/html")
    path = tmp_path / "list.urls"
    path.write_text("http://10.9.8.7/a\nhttp://news.public-site.org/story\n"
                    "http://[fe80::1]/b\n", "utf-8")
    a, b, c = read([str(path)])
    assert refused(a, "private") and refused(c, "link-local")
    assert isinstance(b, RawDocument)
    assert network.asked == [PUBLIC]


# ---------------------------------------------------------------------- the total deadline

@pytest.fixture
def threaded_server() -> Iterator[HTTPServer]:
    server = HTTPServer(threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


def drip(seconds: float, count: int) -> Callable[[Request], Response]:
    """A handler that sends one byte every `seconds`, `count` times (a slow-loris server)."""
    def handler(_: Request) -> Response:
        def body() -> Iterator[bytes]:
            for _ in range(count):
                time.sleep(seconds)
                yield b"x"
        return Response(body(), content_type="text/plain")
    return handler


def test_a_byte_at_a_time_hits_the_total_deadline(threaded_server: HTTPServer) -> None:
    # each read comes well within the per-read timeout; the request as a whole does not
    threaded_server.expect_request("/drip").respond_with_handler(drip(0.2, 30))
    options = Options(allow_private=True, timeout=2.0, fetch_deadline=1.0)
    [err] = read([threaded_server.url_for("/drip")], options)
    assert isinstance(err, InputError) and "deadline of 1 s" in err.reason


def test_a_slow_but_timely_page_is_kept(threaded_server: HTTPServer) -> None:
    threaded_server.expect_request("/drip").respond_with_handler(drip(0.05, 4))
    options = Options(allow_private=True, timeout=2.0, fetch_deadline=10.0)
    [doc] = read([threaded_server.url_for("/drip")], options)
    assert isinstance(doc, RawDocument) and doc.data == b"xxxx"


# ---------------------------------------------------------------------- the command line

def test_ingest_refuses_then_allow_private_fetches(httpserver: HTTPServer, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from newsweave.cli import main

    text = "Seoul, October 18, 2024 — The ministers met in the capital on Friday."
    httpserver.expect_request("/a").respond_with_data(text, content_type="text/plain")
    db = str(tmp_path / "nw.db")
    assert main(["--db", db, "ingest", "-q", httpserver.url_for("/a")]) == 1
    captured = capsys.readouterr()
    assert "ingested 0" in captured.out and "loopback" in captured.err
    assert httpserver.log == []
    assert main(["--db", db, "ingest", "-q", "--allow-private", httpserver.url_for("/a")]) == 0
    assert "ingested 1" in capsys.readouterr().out

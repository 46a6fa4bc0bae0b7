"""URL ingest from the web refuses loopback, private and link-local targets (named or by
address) and non-HTTP schemes before any connection; `--allow-private` lets a local one in.
A resolver stub stands for DNS and a recording network for sockets: the only traffic is to
the test's own server on 127.0.0.1."""

from __future__ import annotations

import time
from typing import Any

import httpcore
import pytest
from pytest_httpserver import HTTPServer
from webkit import TOKEN, start

from newsweave.sources import web as fetching
from newsweave.web.settings import WebSettings

NAMES = {
    "news.loopback-name.org": ["127.0.0.1"],
    "intranet.corp": ["10.0.0.1"],
    "metadata.cloud-host.net": ["169.254.169.254"],
}
ARTICLE = """<html><head><title>Seoul says troops moved</title></head><body><article>
<p>SEOUL, October 28, 2024 — South Korea said on Monday that North Korea had sent more troops
to Russia's Kursk region, where they were preparing to fight.</p></article></body></html>"""


class Recorder(httpcore.NetworkBackend):
    """Sockets: every connection is recorded; only 127.0.0.1 is ever reached."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, int]] = []

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: Any = None) -> Any:
        self.asked.append((host, port))
        assert host == "127.0.0.1", f"a connection to {host} was attempted"
        return httpcore.SyncBackend().connect_tcp(host, port, timeout, local_address,
                                                  socket_options)


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    resolved: list[str] = []

    def stub(host: str, port: int, timeout: float | None = None) -> list[str]:
        resolved.append(host)
        if host not in NAMES:
            raise AssertionError(f"the test resolved an unexpected name {host}")
        return NAMES[host]

    recorder = Recorder()
    monkeypatch.setattr(fetching, "system_resolver", stub)
    monkeypatch.setattr(fetching, "NETWORK", recorder)
    return recorder


def _finished(live, job: dict) -> dict:
    deadline = time.time() + 120
    with live.client() as c:
        while job["state"] in ("queued", "running"):
            assert time.time() < deadline, "the job did not finish"
            time.sleep(0.1)
            job = c.get(f"/api/jobs/{job['id']}").json()
    return job


@pytest.mark.parametrize(("url", "reason"), [
    ("http://127.0.0.1:8080/admin", "loopback"),
    ("http://10.0.0.1/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://news.loopback-name.org/a", "resolves to 127.0.0.1"),
    ("http://intranet.corp/a", "resolves to 10.0.0.1"),
    ("http://metadata.cloud-host.net/", "resolves to 169.254.169.254"),
    ("http://[::1]:8000/", "loopback"),
])
def test_url_ingest_refuses_private_targets_before_connecting(live, network, url,
                                                              reason) -> None:
    with live.client(TOKEN) as c:
        job = c.post("/api/ingest/urls", json={"urls": [url]}).json()
    job = _finished(live, job)
    assert job["ingested"] == 0 and job["failed"] == 1
    [failure] = job["failures"]
    assert failure["input"] == url and reason in failure["reason"], failure
    assert network.asked == []  # decided before any connection


@pytest.mark.parametrize("url", ["file:///etc/passwd", "FILE:///etc/hosts", "/etc/passwd",
                                 "gopher://127.0.0.1/"])
def test_url_ingest_refuses_other_schemes_and_paths(live, network, url) -> None:
    with live.client(TOKEN) as c:
        job = _finished(live, c.post("/api/ingest/urls", json={"urls": [url]}).json())
    assert job["failed"] == 1 and job["ingested"] == 0
    assert network.asked == []


def test_allow_private_lets_a_local_server_in(web_db, resources, network,
                                              httpserver: HTTPServer, tmp_path) -> None:
    import shutil

    db = tmp_path / "private.db"
    shutil.copy(web_db, db)
    httpserver.expect_request("/a").respond_with_data(ARTICLE, content_type="text/html")
    allowed = start(WebSettings(db=str(db), token=TOKEN, allow_private=True), resources)
    try:
        url = f"http://news.loopback-name.org:{httpserver.port}/a"
        with allowed.client(TOKEN) as c:
            job = _finished(allowed, c.post("/api/ingest/urls", json={"urls": [url]}).json())
        assert job["ingested"] == 1, job
        assert network.asked == [("127.0.0.1", httpserver.port)]
    finally:
        allowed.stop()

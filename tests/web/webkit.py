"""Helpers of the web tests: a real server on 127.0.0.1 (uvicorn in a thread, a free port),
screenshots, signing in. Nothing here talks to any address but loopback: the browser is told
to refuse every other host."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from newsweave.resources import Resources
from newsweave.web import create_app
from newsweave.web.settings import WebSettings

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
TOKEN = "test-token-4f1d"
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(),
                                    reason="needs Debian's chromium at /usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Live:
    url: str
    settings: WebSettings
    app: object
    server: uvicorn.Server
    thread: threading.Thread

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60, trust_env=False)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def start(settings: WebSettings, resources: Resources) -> Live:
    app = create_app(settings, resources)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started:
        if time.time() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    return Live(f"http://127.0.0.1:{port}", settings, app, server, thread)


@dataclass
class Watched:
    page: object
    dialogs: list[str]
    errors: list[str]  # uncaught page errors and CSP violations


def sign_in(watched: Watched) -> None:
    p = watched.page
    p.goto("/login")
    p.fill("input[name=token]", TOKEN)
    p.fill("input[name=analyst]", "Ana Lyst")
    p.click("form button")
    p.wait_for_url("**/")


def shoot(watched: Watched, name: str) -> None:
    """Screenshots at 1400 px and 390 px (test artifacts, git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    p = watched.page
    for width, height in ((1400, 1000), (390, 844)):
        p.set_viewport_size({"width": width, "height": height})
        p.wait_for_timeout(250)
        assert p.evaluate("document.documentElement.scrollWidth") <= width, name
        p.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"))
    p.set_viewport_size({"width": 1400, "height": 1000})

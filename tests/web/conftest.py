"""Fixtures of the web tests (helpers in webkit.py): a server over a copy of the session's
corpus, a read-only one, Debian's chromium, and a watched page."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from webkit import TOKEN, Live, Watched, start

from newsweave.resources import Resources
from newsweave.web.settings import WebSettings


@pytest.fixture(scope="session")
def resources() -> Resources:
    res = Resources()
    res.kb  # noqa: B018 - load it once for every server of the session
    return res


@pytest.fixture(scope="session")
def web_db(corpus_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("web") / "web.db"
    shutil.copy(corpus_db, db)
    return db


@pytest.fixture(scope="session")
def live(web_db: Path, resources: Resources) -> Iterator[Live]:
    server = start(WebSettings(db=str(web_db), token=TOKEN, analyst="tester",
                               max_upload_bytes=2 * 1024 * 1024), resources)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def read_only(web_db: Path, resources: Resources) -> Iterator[Live]:
    server = start(WebSettings(db=str(web_db), read_only=True), resources)
    yield server
    server.stop()


@pytest.fixture
def page(web_context) -> Iterator[Watched]:
    """A fresh page, signed out, in the session's browser context (whose cache keeps
    plotly.js from being fetched and parsed again for every test)."""
    web_context.clear_cookies()
    p = web_context.new_page()
    watched = Watched(p, [], [])
    p.on("dialog", lambda d: (watched.dialogs.append(d.message), d.dismiss()))
    p.on("pageerror", lambda e: watched.errors.append(str(e)))
    p.on("console", lambda m: watched.errors.append(m.text)
         if m.type == "error" and "Content Security Policy" in m.text else None)
    p.set_default_timeout(20000)
    yield watched
    p.close()


@pytest.fixture(scope="session")
def web_context(browser, live: Live) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=live.url)
    yield context
    context.close()



"""Shared fixtures. Area-specific fixtures live in tests/<area>/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"
EXAMPLES = ROOT / "examples"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside this checkout")
    return SEEDS


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/ and the web tests' own documents (hostile text, Arabic), ingested once per
    session; tests that write work on a copy."""
    from newsweave.cli import main

    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    # 1: the example feed links two articles on reserved example domains, never fetched
    assert main(["--db", str(db), "ingest", "-q", str(EXAMPLES),
                 str(ROOT / "tests" / "web" / "docs")]) in (0, 1)
    assert db.is_file()
    return db


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's chromium, one for the session (Playwright's sync API allows one driver)."""
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-default-apps", "--no-pings", "--dns-prefetch-disable",
            # nothing but the test server: every other host fails to resolve
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"])
        yield b
        b.close()

"""Shared fixtures. Area-specific fixtures live in tests/<area>/conftest.py."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlencode
from uuid import uuid4

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"
EXAMPLES = ROOT / "examples"
CHROMIUM = Path("/usr/bin/chromium")
# a PostgreSQL database the tests may fill (`.ci/postgres start` makes one; .ci/run sets it)
TEST_PG = os.environ.get("NEWSWEAVE_TEST_PG", "")
NO_PG = ("NEWSWEAVE_TEST_PG is not set, so there is no PostgreSQL server to test against "
         "(eval \"$(.ci/postgres start)\" starts one)")


def in_schema(url: str, schema: str) -> str:
    """`url` with the store in `schema` (and pg_trgm's operators, in public, on the path)."""
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}%2Cpublic"


@pytest.fixture(scope="session")
def pg_schemas() -> Iterator[Callable[[], str]]:
    """Makes a fresh, empty schema per call, in a database of this test session's own on the
    NEWSWEAVE_TEST_PG server: its URL. The database is dropped at the end of the session."""
    if not TEST_PG:
        pytest.skip(NO_PG)
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    database = f"nw_test_{uuid4().hex[:12]}"
    with psycopg.connect(TEST_PG, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {database}")
    url = make_conninfo(TEST_PG, dbname=database)
    url = "postgresql://?" + urlencode(conninfo_to_dict(url))
    here = psycopg.connect(url, autocommit=True)
    here.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")

    def new() -> str:
        name = f"nw_{uuid4().hex[:16]}"
        here.execute(f"CREATE SCHEMA {name}")
        return in_schema(url, name)

    yield new
    here.close()
    with psycopg.connect(TEST_PG, autocommit=True) as admin:
        # stores a test left open are disconnected
        admin.execute(f"DROP DATABASE {database} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's store lives: a SQLite file, and a fresh PostgreSQL schema when
    NEWSWEAVE_TEST_PG names a server (skipped, saying why, when it does not)."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_schemas")()


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

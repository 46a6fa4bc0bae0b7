"""Makes `fusekit` (hand-made documents and claims) importable from the fuse and report tests,
and runs every fusion test on both back ends: SQLite, and PostgreSQL when NEWSWEAVE_TEST_PG
names a server (a fresh schema per store; skipped, saying why, when it does not)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import fusekit


@pytest.fixture(autouse=True, params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "postgres":
        new_schema = request.getfixturevalue("pg_schemas")
        monkeypatch.setattr(fusekit, "where", lambda _path: new_schema())
    return request.param

"""Killed at any moment and run again (or repaired), a store ends as an uninterrupted run's.

In process: the store's connection "dies" at the k-th SQL statement (every later statement
fails too, and the connection is dropped without commit, as a killed process leaves it), for k
chosen by hypothesis. Across processes: the real command is SIGKILLed while it stores and while
it fuses, and SIGTERMed.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from corpus import TEXTS, consistent, state
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave.ingest import ingest, repair
from newsweave.report.export import build_export
from newsweave.resources import Resources
from newsweave.store import open_store
from newsweave.store.sqlite import MIGRATIONS, SQLiteStore


class Crash(BaseException):
    """The process died."""


class DyingConnection:
    """A sqlite3 connection that dies at its `left`-th statement, and stays dead."""

    def __init__(self, db: sqlite3.Connection, left: int):
        self.db, self.left = db, left

    def _tick(self) -> None:
        if self.left <= 0:
            raise Crash
        self.left -= 1

    def execute(self, *args: Any) -> sqlite3.Cursor:
        self._tick()
        return self.db.execute(*args)

    def executemany(self, *args: Any) -> sqlite3.Cursor:
        self._tick()
        return self.db.executemany(*args)

    @property
    def in_transaction(self) -> bool:
        return self.db.in_transaction

    def close(self) -> None:
        self.db.close()


def _die_at(path: Path, statement: int, corpus: Path, res: Resources,
            flush_every: int) -> bool:
    """Ingest into `path` until the connection dies at `statement`; True if it died."""
    store = SQLiteStore(path)
    real = store.db
    store.db = DyingConnection(real, statement)  # type: ignore[assignment]
    try:
        list(ingest([str(corpus)], store, res, flush_every=flush_every))
        died = False
    except Crash:
        died = True
    real.close()  # uncommitted work is lost, as when a process is killed
    return died


CASE = settings(max_examples=12, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@CASE
@given(statement=st.integers(0, 800), flush_every=st.sampled_from([4, 500]),
       finish=st.sampled_from(["ingest", "repair"]))
def test_killed_anywhere_then_rerun_equals_an_uninterrupted_run(
    statement: int, flush_every: int, finish: str, corpus: Path, res: Resources,
    cached: None, reference: dict[str, Any], tmp_path: Path,
) -> None:
    path = tmp_path / f"k{statement}-{flush_every}-{finish}.db"
    _die_at(path, statement, corpus, res, flush_every)
    store = SQLiteStore(path)
    assert not consistent(build_export(store))  # what a reader sees meanwhile holds together
    if finish == "repair":
        repair(store, res)  # fuses what was stored; the rest comes with the next ingest
        assert not store.unfused_documents()
    list(ingest([str(corpus)], store, res))
    assert not store.unfused_documents()
    assert state(store) == reference
    store.close()


def test_a_store_killed_before_this_version_is_repaired(
    corpus: Path, res: Resources, cached: None, reference: dict[str, Any], tmp_path: Path
) -> None:
    """A store from before fusion marks whose last documents never reached an event (the old
    flush every 500): migration marks them unfused and the next run fuses them."""
    path = tmp_path / "old.db"
    store = SQLiteStore(path)
    list(ingest([str(corpus)], store, res))
    # the events of the last documents were never written: here, none at all
    store.delete_events([e.id for e in store.events()])
    with_claims = {c.doc for c in store.claims()}
    store.close()
    with sqlite3.connect(path) as raw:
        raw.execute("DROP INDEX documents_unfused")
        raw.execute("DROP TABLE store_state")
        raw.execute("ALTER TABLE documents DROP COLUMN fused")
        raw.execute("ALTER TABLE documents DROP COLUMN offset_ends")
        before = next(i for i, sql in enumerate(MIGRATIONS) if "store_state" in sql)
        raw.execute(f"PRAGMA user_version={before}")
    store = SQLiteStore(path)
    assert set(store.unfused_documents()) == with_claims  # no event holds their claims
    list(ingest([str(corpus)], store, res))
    assert state(store) == reference
    store.close()


# ---------------------------------------------------------------------- real processes

def _command(db: Path | str, corpus: Path) -> list[str]:
    return [sys.executable, "-m", "newsweave.cli", "--db", str(db), "ingest", "-q", str(corpus)]


def _count(db: Path | str, sql: str) -> int:
    if str(db).startswith("postgresql://"):
        import psycopg

        try:
            with psycopg.connect(str(db), connect_timeout=2) as c:
                return int(c.execute(sql).fetchone()[0])
        except psycopg.Error:  # not created yet
            return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as c:
            return int(c.execute(sql).fetchone()[0])
    except sqlite3.Error:
        return 0


def _run_until(db: Path | str, corpus: Path, ready: str, sig: int) -> subprocess.CompletedProcess:
    """Start the command, send `sig` as soon as `ready` (SQL) counts more than 0."""
    proc = subprocess.Popen(_command(db, corpus), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        if _count(db, ready) > 0:
            proc.send_signal(sig)
            break
        time.sleep(0.02)
    out, err = proc.communicate(timeout=300)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


# on PostgreSQL only a kill while fusing (a document's save is one transaction on both back
# ends; the fusion window is what the writer lock and the fused marks must carry across)
@pytest.mark.parametrize(("moment", "store_url"), [
    ("while storing", "sqlite"), ("while fusing", "sqlite"), ("while fusing", "postgres"),
], indirect=["store_url"])
def test_sigkill_then_rerun_equals_an_uninterrupted_run(
    moment: str, corpus: Path, reference: dict[str, Any], res: Resources, store_url: str
) -> None:
    db = store_url
    stored = int.from_bytes(os.urandom(1)) % (len(TEXTS) - 2) + 1  # a random moment
    ready = (f"SELECT COUNT(*) >= {stored} FROM documents" if moment == "while storing" else
             f"SELECT COUNT(*) >= {len(TEXTS)} FROM documents")  # all stored: fusing now
    killed = _run_until(db, corpus, ready, signal.SIGKILL)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    again = subprocess.run(_command(db, corpus), capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    store = open_store(db)
    assert not store.unfused_documents()
    assert state(store) == reference
    store.close()


def test_sigterm_fuses_what_was_stored_and_exits_143(
    corpus: Path, reference: dict[str, Any], tmp_path: Path
) -> None:
    db = tmp_path / "term.db"
    stopped = _run_until(db, corpus, "SELECT COUNT(*) >= 5 FROM documents", signal.SIGTERM)
    assert stopped.returncode == 143, stopped.stderr
    assert "interrupted by SIGTERM" in stopped.stderr
    assert _count(db, "SELECT COUNT(*) FROM documents WHERE fused <> 1") == 0
    assert _count(db, "SELECT COUNT(*) FROM documents") >= 5
    again = subprocess.run(_command(db, corpus), capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    store = SQLiteStore(db)
    assert state(store) == reference
    store.close()

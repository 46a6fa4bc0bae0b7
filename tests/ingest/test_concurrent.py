"""Several processes on one database: two ingests at once equal one after the other; an export
taken during an ingest holds together (both on SQLite and PostgreSQL); processes creating a new
database at once all succeed; a writer that must wait says so."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from corpus import TEXTS, consistent, state

from newsweave.report.export import build_export
from newsweave.store import open_store
from newsweave.store.sqlite import SQLiteStore


def _ingest(db: Path | str, paths: list[Path]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "newsweave.cli", "--db", str(db), "ingest", "-q",
         *map(str, paths)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_ingests_at_once_equal_a_sequential_run(
    corpus: Path, reference: dict[str, Any], store_url: str
) -> None:
    """On SQLite and PostgreSQL: the reference is one SQLite ingest."""
    files = sorted(corpus.glob("*.txt"))
    third = len(files) // 3
    # overlapping halves: both processes meet the middle third (the same documents at once)
    first, second = files[: 2 * third], files[third:][::-1]
    db = store_url
    runs = [_ingest(db, first), _ingest(db, second)]
    for run in runs:
        _, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
    store = open_store(db)
    assert not store.unfused_documents()
    assert len(store.document_rows()) == len(TEXTS)
    assert state(store) == reference
    store.close()


def test_an_export_during_an_ingest_holds_together(corpus: Path, store_url: str) -> None:
    db = store_url
    open_store(db).close()  # the schema exists before the reader opens it
    run = _ingest(db, sorted(corpus.glob("*.txt")))
    reader = open_store(db)
    sizes: set[int] = set()
    while run.poll() is None:
        data = build_export(reader)
        assert consistent(data) == []
        sizes.add(len(data["documents"]))
    _, err = run.communicate()
    assert run.returncode == 0, err
    final = build_export(reader)
    assert consistent(final) == [] and len(final["documents"]) == len(TEXTS)
    # exports were taken while the ingest was half way
    assert any(0 < n < len(TEXTS) for n in sizes), sizes
    reader.close()


OPEN = ("import sys, time\n"
        "from pathlib import Path\n"
        "from newsweave.store.sqlite import SQLiteStore\n"
        "db, me = Path(sys.argv[1]), sys.argv[2]\n"
        "(db.parent / f'ready-{me}').touch()\n"
        "while not (db.parent / 'go').exists():\n"
        "    time.sleep(0.001)\n"
        "SQLiteStore(db).close()\n")


def test_processes_creating_a_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    for attempt in range(3):
        here = tmp_path / str(attempt)
        here.mkdir()
        db = here / "new.db"
        procs = [subprocess.Popen([sys.executable, "-c", OPEN, str(db), str(i)],
                                  stderr=subprocess.PIPE, text=True) for i in range(6)]
        while len(list(here.glob("ready-*"))) < len(procs):  # all imported: now at once
            time.sleep(0.01)
        (here / "go").touch()
        for p in procs:
            _, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
        store = SQLiteStore(db)
        assert store.db.execute("PRAGMA user_version").fetchone()[0] > 0
        assert store.fusion_generation() == 0
        store.close()


def test_a_writer_that_must_wait_says_so(tmp_path: Path) -> None:
    db = tmp_path / "busy.db"
    SQLiteStore(db).close()
    locked = threading.Event()

    def hold_the_write_lock() -> None:  # another writer, for 3 s
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(3.0)
        other.execute("COMMIT")
        other.close()

    holder = threading.Thread(target=hold_the_write_lock)
    holder.start()
    locked.wait()
    said: list[str] = []
    waiter = SQLiteStore(db, on_wait=said.append)
    with waiter.write("fusing documents"):
        pass
    holder.join()
    assert len(said) == 1 and "waiting for another newsweave process" in said[0]
    assert "fusing documents" in said[0]
    waiter.close()


class Interrupted(Exception):
    pass


def test_a_signal_stops_a_writer_that_waits(tmp_path: Path) -> None:
    """Ctrl-C or SIGTERM reaches a process waiting for another's write lock, before that
    other process lets go."""
    import os
    import signal

    db = tmp_path / "busy.db"
    SQLiteStore(db).close()
    locked, release = threading.Event(), threading.Event()

    def hold_the_write_lock() -> None:
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        locked.set()
        release.wait(60)
        other.execute("COMMIT")
        other.close()

    def interrupt(_signum: int, _frame: object) -> None:
        raise Interrupted

    holder = threading.Thread(target=hold_the_write_lock)
    holder.start()
    locked.wait()
    previous = signal.signal(signal.SIGUSR1, interrupt)
    signal_later = threading.Timer(3.0, os.kill, (os.getpid(), signal.SIGUSR1))
    signal_later.start()
    waiter = SQLiteStore(db)
    try:
        with waiter.write("fusing documents"):
            raise AssertionError("the write lock was taken while another held it")
    except Interrupted:
        assert not release.is_set()  # stopped while the other still held the lock
    finally:
        signal.signal(signal.SIGUSR1, previous)
        release.set()
        holder.join()
        waiter.close()

"""What only the PostgreSQL back end has: its schema kept in step with SQLite's, SQLite's
statements spelled for PostgreSQL, migrations, one writer at a time across processes, and
`newsweave db migrate` / `db copy` between the back ends."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_sqlite import make_processed

from newsweave.cli import main
from newsweave.store import StoreError, StoreMissingError, open_store
from newsweave.store.maintenance import copy_store, stored_version
from newsweave.store.postgres import PG_MIGRATIONS, VERSION_TABLE, redact, translate
from newsweave.store.sqlite import MIGRATIONS

# SQLite's declared types and PostgreSQL's for the same column
SAME_TYPE = {"TEXT": {"text"}, "INTEGER": {"integer", "bigint"}, "REAL": {"double precision"},
             "BLOB": {"bytea"}}


# ---------------------------------------------------------------- without a server


@pytest.mark.parametrize(("sqlite", "postgres"), [
    ("SELECT id FROM documents WHERE id LIKE ? || '%' OR uri = ? LIMIT 2",
     "SELECT id FROM documents WHERE id LIKE %s || '%%' OR uri = %s LIMIT 2"),
    ("INSERT OR IGNORE INTO sources(uri, doc_id) VALUES (?, ?)",
     "INSERT INTO sources(uri, doc_id) VALUES (%s, %s) ON CONFLICT DO NOTHING"),
    ("INSERT OR REPLACE INTO near_duplicates(doc_a, doc_b, similarity) VALUES (?,?,?)",
     "INSERT INTO near_duplicates(doc_a, doc_b, similarity) VALUES (%s,%s,%s)"
     " ON CONFLICT (doc_a, doc_b) DO UPDATE SET similarity = EXCLUDED.similarity"),
    ("SELECT id, json_extract(data, '$.claims') FROM events",
     "SELECT id, (data::jsonb -> 'claims')::text FROM events"),
])
def test_sqlite_spellings_are_translated(sqlite: str, postgres: str) -> None:
    assert translate(sqlite, True) == postgres


def test_a_literal_percent_stays_when_there_are_no_arguments() -> None:
    assert translate("SELECT '50%'", False) == "SELECT '50%'"


def test_passwords_are_not_shown() -> None:
    assert redact("postgresql://ana:s3cret@db.local/news") == "postgresql://ana:***@db.local/news"


def test_postgres_migrations_follow_sqlite_ones() -> None:
    assert len(PG_MIGRATIONS) == len(MIGRATIONS)


# ---------------------------------------------------------------- on a server


@pytest.fixture
def pg_url(pg_schemas: Callable[[], str]) -> str:
    return pg_schemas()


def _sqlite_columns(path: Path) -> dict[str, dict[str, str]]:
    db = sqlite3.connect(path)
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'search_%'")]
    out = {t: {r[1]: r[2] for r in db.execute(f"PRAGMA table_info({t})")} for t in tables}
    db.close()
    return out


def _pg_columns(url: str) -> dict[str, dict[str, str]]:
    with psycopg.connect(url) as db:
        rows = db.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND column_name <> 'rowid'"
            f" AND table_name <> '{VERSION_TABLE}'").fetchall()
    out: dict[str, dict[str, str]] = {}
    for table, column, kind in rows:
        out.setdefault(table, {})[column] = kind
    return out


def test_schema_is_sqlites(pg_url: str, tmp_path: Path) -> None:
    """postgres_schema.sql and the PostgreSQL migrations make SQLite's tables and columns."""
    open_store(tmp_path / "s.db").close()
    open_store(pg_url).close()
    lite, pg = _sqlite_columns(tmp_path / "s.db"), _pg_columns(pg_url)
    assert set(lite) == set(pg)
    for table, columns in lite.items():
        assert set(columns) == set(pg[table]), table
        for column, kind in columns.items():
            assert pg[table][column] in SAME_TYPE[kind], (table, column)


def test_an_older_store_is_migrated(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as db:  # a store made by newsweave 0.x
        for migration in PG_MIGRATIONS[:3]:
            db.execute(migration)
        db.execute(f"CREATE TABLE {VERSION_TABLE} (version INTEGER NOT NULL)")
        db.execute(f"INSERT INTO {VERSION_TABLE} VALUES (3)")
    assert stored_version(pg_url) == 3
    with pytest.raises(StoreError, match="schema version 3"):
        open_store(pg_url, read_only=True)
    assert main(["db", "migrate", pg_url]) == 0
    assert stored_version(pg_url) == len(PG_MIGRATIONS)
    store = open_store(pg_url, read_only=True)
    assert store.fusion_generation() == 0 and store.search_text("nothing") == []
    store.close()


def test_a_newer_store_is_refused(pg_url: str) -> None:
    open_store(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as db:
        db.execute(f"UPDATE {VERSION_TABLE} SET version = version + 1")
    with pytest.raises(RuntimeError, match="newer than this newsweave"):
        open_store(pg_url)


def test_an_unreachable_server_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot connect to postgresql://"):
        open_store(f"postgresql://nobody@/none?host={tmp_path}&connect_timeout=2")
    assert main(["--db", f"postgresql://x@/none?host={tmp_path}", "docs"]) == 2


OPEN = ("import sys, time\n"
        "from pathlib import Path\n"
        "from newsweave.store import open_store\n"
        "url, here, me = sys.argv[1], Path(sys.argv[2]), sys.argv[3]\n"
        "(here / f'ready-{me}').touch()\n"
        "while not (here / 'go').exists():\n"
        "    time.sleep(0.001)\n"
        "open_store(url).close()\n")


def test_processes_creating_a_new_store_at_once_all_succeed(pg_url: str, tmp_path: Path
                                                             ) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", OPEN, pg_url, str(tmp_path), str(i)],
                              stderr=subprocess.PIPE, text=True) for i in range(4)]
    while len(list(tmp_path.glob("ready-*"))) < len(procs):
        time.sleep(0.01)
    (tmp_path / "go").touch()
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    assert stored_version(pg_url) == len(PG_MIGRATIONS)
    store = open_store(pg_url)
    assert store.fusion_generation() == 0
    store.close()


def test_a_writer_waits_for_another_and_says_so(pg_url: str) -> None:
    first = open_store(pg_url)
    said: list[str] = []
    second = open_store(pg_url)
    second.on_wait = said.append  # type: ignore[attr-defined]
    order: list[str] = []
    holding = threading.Event()

    def hold() -> None:
        with first.write("fusing documents"):
            holding.set()
            time.sleep(3.0)
            first.db.execute("UPDATE store_state SET value = 7")  # type: ignore[attr-defined]
            order.append("first")

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait()
    with second.write("saving a document"):
        order.append("second")
        # the second writer reads what the first committed before it could start
        assert second.fusion_generation() == 7
    holder.join()
    assert order == ["first", "second"]
    assert len(said) == 1 and "waiting for another newsweave process" in said[0]
    assert "saving a document" in said[0]
    first.close()
    second.close()


def test_read_only_refuses_writes_and_must_exist_creates_nothing(pg_url: str) -> None:
    with pytest.raises(StoreMissingError):
        open_store(pg_url, must_exist=True)
    assert stored_version(pg_url) is None
    assert main(["--db", pg_url, "timeline"]) == 2  # a reading command, no store: refused


def _export(target: str, out: Path) -> dict:
    assert main(["--db", target, "export", "--all", "--with-text", "-o", str(out)]) == 0
    return json.loads(out.read_text("utf-8"))


@pytest.mark.seeds
def test_db_copy_round_trips_the_seeds(seeds_dir: Path, pg_url: str, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """SQLite -> PostgreSQL -> SQLite: the same export; copying again adds nothing."""
    lite = str(tmp_path / "seeds.db")
    assert main(["--db", lite, "ingest", "-q", str(seeds_dir)]) == 0
    store = open_store(lite)
    claim = store.claims()[0].id
    store.add_decision("reject_claim", claim, note="checked", author="ana")
    store.close()
    before = _export(lite, tmp_path / "a.json")
    capsys.readouterr()
    assert main(["db", "copy", lite, pg_url]) == 0
    said = capsys.readouterr().out
    n = len(before["documents"])
    assert re.search(rf"^documents +{n} new of +{n}$", said, re.M), said
    assert _export(pg_url, tmp_path / "b.json") == before
    # again: nothing new
    copied = {c.table: c for c in copy_store(lite, pg_url)}
    assert all(c.new == 0 for c in copied.values()), copied
    assert copied["documents"].total == len(before["documents"])
    # (the export applies the decision: a rejected claim that bridged two events splits them
    # there, while the store keeps the events fusion made)
    source = open_store(lite)
    assert copied["events"].total == len(source.events()) > 0
    source.close()
    assert _export(pg_url, tmp_path / "c.json") == before
    # and back into a new SQLite file
    back = str(tmp_path / "back.db")
    copy_store(pg_url, back)
    assert _export(back, tmp_path / "d.json") == before
    pg = open_store(pg_url)
    assert [d.subject for d in pg.decisions()] == [claim]
    pg.add_decision("confirm_claim", claim, author="bo")  # ids go on after the copied ones
    assert [d.id for d in pg.decisions(in_force_only=False)] == [1, 2]
    pg.close()


def test_db_copy_refuses_a_target_with_other_documents(pg_url: str, tmp_path: Path) -> None:
    a, b = open_store(tmp_path / "a.db"), open_store(pg_url)
    a.save(make_processed("One text about a summit. It ended."))
    b.save(make_processed("Another text about a flood. It rose.", uri="mem://b"))
    a.close()
    b.close()
    with pytest.raises(StoreError, match="documents the source does not"):
        copy_store(tmp_path / "a.db", pg_url)


def test_the_short_scheme_names_the_same_store(pg_url: str) -> None:
    store = open_store(pg_url)
    store.save(make_processed("Putin met Kim. They talked for hours."))
    store.close()
    short = open_store(pg_url.replace("postgresql://", "postgres://", 1), read_only=True)
    assert len(short.document_rows()) == 1
    short.close()

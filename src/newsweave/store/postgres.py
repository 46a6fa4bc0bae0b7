"""The PostgreSQL back end: `--db postgresql://...` (or `postgres://`), for several processes or
machines on one database.

It keeps SQLite's tables (`postgres_schema.sql` is `schema.sql` in PostgreSQL's types; a test
keeps the two in step) and SQLite's queries: `PostgresStore` reuses `SQLiteStore`'s methods
through a connection that rewrites the few SQLite spellings they use (`?` placeholders,
`INSERT OR IGNORE`/`OR REPLACE`, `json_extract`), and overrides what differs in kind:
opening and migrating, the write lock, snapshots, search and decisions.

Writers serialise on one advisory lock per schema, taken at the start of each write
transaction (`pg_advisory_xact_lock`, released by COMMIT or ROLLBACK): fusion reads the
documents not yet fused, folds them into events and writes events and marks under it, so two
processes never fuse at once, exactly as SQLite's BEGIN IMMEDIATE does. Statements inside run
at READ COMMITTED, so they see everything the previous lock holder committed. Readers use
`snapshot()`: one REPEATABLE READ transaction. psycopg is imported only here, so SQLite users
need no PostgreSQL driver.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from newsweave.model import Event
from newsweave.store import StoreError, StoreMissingError, redact
from newsweave.store.codec import dumps
from newsweave.store.review import Decision, check, now
from newsweave.store.search import TextHit, _like, terms
from newsweave.store.sqlite import (
    EVENT_SOURCES,
    LOCK_WAIT_SECONDS,
    MIGRATIONS,
    SQLiteStore,
    _sql,
)

try:  # the driver is needed only for PostgreSQL URLs
    import psycopg
    from psycopg.pq import TransactionStatus
except ImportError:  # pragma: no cover - exercised only where psycopg is absent
    psycopg = None  # type: ignore[assignment]

# Version i + 1 of a PostgreSQL store matches version i + 1 of a SQLite one (same tables).
PG_MIGRATIONS: tuple[str, ...] = (
    _sql("postgres_schema.sql"),
    "ALTER TABLE documents ADD COLUMN reference_date TEXT",
    _sql("postgres_review.sql"),
    # 4: search reads the tables (`search_text`); trigram indexes come with pg_trgm
    "SELECT 1",
    """ALTER TABLE documents ADD COLUMN fused INTEGER NOT NULL DEFAULT 1;
    CREATE INDEX documents_unfused ON documents(seq) WHERE fused <> 1;
    CREATE TABLE store_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO store_state(key, value) VALUES ('fusion_generation', 0);
    UPDATE documents SET fused = 0 WHERE id IN (
      SELECT doc_id FROM claims WHERE id NOT IN (
        SELECT jsonb_array_elements_text(data::jsonb -> 'claims') FROM events));""",
    "ALTER TABLE documents ADD COLUMN offset_ends TEXT",
    "CREATE INDEX IF NOT EXISTS near_duplicates_b ON near_duplicates(doc_b)",
    EVENT_SOURCES,
)
assert len(PG_MIGRATIONS) == len(MIGRATIONS), "a migration was added to one back end only"

VERSION_TABLE = "newsweave_schema"
_TRY_EVERY_SECONDS = 0.25  # a waiting writer asks for the lock again this often
_QUIET_WAIT_SECONDS = 2.0  # waits shorter than this are not worth a message

# INSERT OR REPLACE needs to know what conflicts: the primary key of each table it is used on
_PRIMARY_KEYS = {"sources": ("uri",), "near_duplicates": ("doc_a", "doc_b"),
                 "events": ("id",), "entities": ("id",), "decisions": ("id",),
                 "event_sources": ("event_id",)}


def is_postgres_url(target: object) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def _need_driver() -> None:
    if psycopg is None:
        raise StoreError("a postgresql:// database needs the psycopg package "
                         "(pip install 'psycopg[binary]')")


@lru_cache(maxsize=512)
def translate(sql: str, with_args: bool) -> str:
    """SQLite's spelling of a statement in PostgreSQL's."""
    replace = re.match(r"\s*INSERT OR REPLACE INTO (\w+)\s*\(([^)]*)\)", sql)
    if replace:
        table, columns = replace.group(1), [c.strip() for c in replace.group(2).split(",")]
        key = _PRIMARY_KEYS[table]
        update = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c.strip('"') not in key)
        sql = (sql.replace("INSERT OR REPLACE INTO", "INSERT INTO", 1)
               + f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET {update}")
    elif re.match(r"\s*INSERT OR IGNORE INTO", sql):
        sql = sql.replace("INSERT OR IGNORE INTO", "INSERT INTO", 1) + " ON CONFLICT DO NOTHING"
    sql = re.sub(r"json_extract\((\w+), '\$\.(\w+)'\)", r"(\1::jsonb -> '\2')::text", sql)
    if with_args:  # psycopg's placeholders are %s, so a literal % is written %%
        sql = sql.replace("%", "%%").replace("?", "%s")
    return sql


class PgConnection:
    """A psycopg connection (autocommit: transactions are begun by the store) that takes
    SQLite's spelling of the store's statements."""

    def __init__(self, conn: Any):
        self.conn = conn

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Any:
        if args:
            return self.conn.execute(translate(sql, True), tuple(args))
        return self.conn.execute(translate(sql, False))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        rows = [tuple(r) for r in rows]
        cur = self.conn.cursor()
        if rows:
            cur.executemany(translate(sql, True), rows)
        return cur

    def stream(self, sql: str) -> Iterator[tuple]:
        """Rows of a long query without holding them all in memory (a server-side cursor;
        inside a transaction)."""
        with self.conn.cursor(name=f"stream_{id(sql)}") as cur:
            cur.itersize = 1000
            cur.execute(translate(sql, False))
            yield from cur

    @property
    def in_transaction(self) -> bool:
        return self.conn.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.conn.close()


def connect(url: str, read_only: bool = False) -> PgConnection:
    _need_driver()
    try:
        conn = psycopg.connect(url, autocommit=True)
    except psycopg.OperationalError as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise StoreError(f"cannot connect to {redact(url)}: {first}") from None
    if read_only:
        conn.execute("SET default_transaction_read_only = on")
    return PgConnection(conn)


def stored_version(db: PgConnection) -> int | None:
    """The schema version of the database's current schema; None when newsweave never
    created one there."""
    if db.execute(f"SELECT to_regclass('{VERSION_TABLE}')").fetchone()[0] is None:
        return None
    row = db.execute(f"SELECT version FROM {VERSION_TABLE}").fetchone()
    return int(row[0]) if row else 0


class PostgresStore(SQLiteStore):
    def __init__(self, url: str, read_only: bool = False, must_exist: bool = False,
                 on_wait: Callable[[str], None] | None = None):
        self.path = url  # what messages and tests call the store by
        self.url = url
        self.read_only = read_only
        self.on_wait = on_wait
        self._known_entities: set[str] = set()
        self.db = connect(url, read_only=read_only)  # type: ignore[assignment]
        # one writer lock per schema, so that stores in different schemas do not wait on
        # each other
        self._lock_key = int(self.db.execute(
            "SELECT hashtextextended('newsweave-writer:' || current_schema(), 0)").fetchone()[0])
        version = stored_version(self.db)
        if (read_only or must_exist) and version is None:
            self.db.close()
            raise StoreMissingError(f"no newsweave store in {redact(url)}")
        if read_only:
            self._check_version()
        else:
            self._migrate()
        self._known_entities = {r[0] for r in self.db.execute("SELECT id FROM entities")}

    # ------------------------------------------------------------------ transactions

    def _begin_immediate(self, doing: str) -> None:
        """BEGIN and take the writer lock, waiting for another writer: quietly at first, then
        with one message, in short tries so that a signal is handled while waiting."""
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        quiet_until = time.monotonic() + _QUIET_WAIT_SECONDS
        told = False
        self.db.execute("BEGIN")
        try:
            while not self.db.execute("SELECT pg_try_advisory_xact_lock(?)",
                                      (self._lock_key,)).fetchone()[0]:
                if time.monotonic() > deadline:
                    raise StoreError(f"another newsweave process held {redact(self.url)} for "
                                     f"over {LOCK_WAIT_SECONDS:.0f} s (before {doing})")
                if not told and self.on_wait is not None and time.monotonic() > quiet_until:
                    self.on_wait(f"waiting for another newsweave process writing to "
                                 f"{redact(self.url)} (before {doing})")
                    told = True
                time.sleep(_TRY_EVERY_SECONDS)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one consistent state (one REPEATABLE READ transaction)."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        self.db.execute("SELECT 1 FROM documents LIMIT 1").fetchall()  # the snapshot starts
        try:
            yield
        finally:
            self.db.execute("COMMIT")

    # ------------------------------------------------------------------ schema

    def _check_version(self) -> None:
        version = stored_version(self.db)
        if version != len(PG_MIGRATIONS):
            self.db.close()
            raise StoreError(
                f"{redact(self.url)} has schema version {version}, this newsweave needs "
                f"{len(PG_MIGRATIONS)}: open it once without --read-only to upgrade it")

    def _migrate(self) -> None:
        """Bring the schema up to date under the writer lock, so that processes opening a new
        database at once create it once."""
        if stored_version(self.db) == len(PG_MIGRATIONS):
            return
        self.db.execute("BEGIN")
        try:
            self.db.execute("SELECT pg_advisory_xact_lock(?)", (self._lock_key,))
            self.db.execute(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} "
                            "(version INTEGER NOT NULL)")
            if self.db.execute(f"SELECT COUNT(*) FROM {VERSION_TABLE}").fetchone()[0] == 0:
                self.db.execute(f"INSERT INTO {VERSION_TABLE}(version) VALUES (0)")
            version = stored_version(self.db) or 0
            if version > len(PG_MIGRATIONS):
                raise RuntimeError(
                    f"{redact(self.url)} has schema version {version}, newer than this "
                    f"newsweave ({len(PG_MIGRATIONS)}); upgrade newsweave")
            for i in range(version, len(PG_MIGRATIONS)):
                self.db.execute(PG_MIGRATIONS[i])
                self.db.execute(f"UPDATE {VERSION_TABLE} SET version = ?", (i + 1,))
            self._trigram_indexes()
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _trigram_indexes(self) -> None:
        """Trigram indexes make search fast on big stores; without the pg_trgm extension (it
        ships with Debian's postgresql) search gives the same results by scanning."""
        if self.db.execute("SELECT to_regclass('documents_text_trigrams')").fetchone()[0]:
            return
        self.db.execute("SAVEPOINT trigrams")
        try:
            self.db.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            self.db.execute(_sql("postgres_trigrams.sql"))
        except psycopg.Error:
            self.db.execute("ROLLBACK TO trigrams")
        self.db.execute("RELEASE trigrams")

    # ------------------------------------------------------------------ events

    def put_events(self, events: Sequence[tuple[Event, Sequence[str]]]) -> None:
        """Insert or replace events with their blocking keys. A replaced event gets a new
        row (and row number), as SQLite's INSERT OR REPLACE gives it, so `revision()` moves."""
        db = self.db
        with self.write("writing events"):
            for event, keys in events:
                db.execute("DELETE FROM event_keys WHERE event_id=?", (event.id,))
                db.execute("DELETE FROM events WHERE id=?", (event.id,))
                db.execute("INSERT INTO events(id, type, date, data) VALUES (?,?,?,?)",
                           (event.id, event.type, event.date, dumps(event)))
                db.executemany("INSERT INTO event_keys(key, event_id) VALUES (?,?)",
                               [(k, event.id) for k in set(keys)])

    # ------------------------------------------------------------------ decisions

    def add_decision(self, kind: str, subject: str, obj: str | None = None, note: str = "",
                     author: str = "") -> Decision:
        check(kind, subject, obj, author)
        created = now()
        with self.write("recording a decision"):
            for other in {"confirm_claim": ("confirm_claim", "reject_claim"),
                          "reject_claim": ("confirm_claim", "reject_claim")}.get(kind, ()):
                self.db.execute(
                    "UPDATE decisions SET revoked=?, revoked_by=? WHERE kind=? AND subject=?"
                    " AND revoked IS NULL", (created, author, other, subject))
            decision_id = self.db.execute(
                "INSERT INTO decisions(kind, subject, object, note, author, created)"
                " VALUES (?,?,?,?,?,?) RETURNING id",
                (kind, subject, obj, note, author, created)).fetchone()[0]
        return Decision(int(decision_id), kind, subject, obj, note, author, created)

    def reset_sequences(self) -> None:
        """After decisions were copied in with their ids, new ones are numbered after them."""
        self.db.execute("SELECT setval(pg_get_serial_sequence('decisions', 'id'),"
                        " (SELECT COALESCE(MAX(id), 0) + 1 FROM decisions), false)")

    # ------------------------------------------------------------------ search

    def search_text(self, query: str, limit: int = 50) -> list[TextHit]:
        """Documents (by title or text) and claims containing every word of `query`, in any
        case: ILIKE per word (the trigram indexes serve it), as SQLite's trigram index does."""
        words = terms(query)
        if not words:
            return []
        one = "(title ILIKE ? OR clean_text ILIKE ?)"
        docs = self.db.execute(
            "SELECT id, title, clean_text FROM documents WHERE "
            + " AND ".join(one for _ in words) + " ORDER BY seq LIMIT ?",
            (*(x for w in words for x in (_like(w), _like(w))), limit)).fetchall()
        claims = self.db.execute(
            "SELECT c.id, c.doc_id, c.data::jsonb ->> 'text', d.title FROM claims c"
            " JOIN documents d ON d.id = c.doc_id WHERE "
            + " AND ".join("(c.data::jsonb ->> 'text') ILIKE ?" for _ in words)
            + " ORDER BY c.rowid LIMIT ?", (*(_like(w) for w in words), limit)).fetchall()
        return ([TextHit("document", r[0], r[0], r[1], r[2]) for r in docs]
                + [TextHit("claim", r[0], r[1], r[3], r[2]) for r in claims])

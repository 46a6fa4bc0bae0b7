"""Keeping stores: which schema version one is at, and copying one store into another (either
back end, e.g. a SQLite file into PostgreSQL). `newsweave db` is the command line for both."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from newsweave.store import Store, StoreError, StoreMissingError, open_store

# Tables in the order a copy writes them (a row's references first), each with an order that
# keeps the source's reading order: SQLite's implicit rowid, PostgreSQL's `rowid` column.
COPY_ORDER: tuple[tuple[str, str], ...] = (
    ("documents", "seq"),
    ("sources", "uri"),
    ("lsh_bands", "doc_id, band"),
    ("near_duplicates", "doc_a, doc_b"),
    ("entities", "id"),
    ("mentions", "rowid"),
    ("claims", "rowid"),
    ("findings", "rowid"),
    ("events", "rowid"),
    ("event_keys", "event_id, key"),
    ("event_sources", "event_id"),
    ("decisions", "id"),
)
# rows without a key of their own are copied with their document (or event) only when that is
# new to the target, so that copying again adds nothing twice
_BELONGS_TO = {"lsh_bands": "doc_id", "mentions": "doc_id"}
_BATCH = 1000


def stored_version(target: str | Path) -> int | None:
    """The schema version of the store at `target` without changing it; None when there is
    no store there (StoreMissingError when not even the database exists)."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        from newsweave.store.postgres import connect
        from newsweave.store.postgres import stored_version as pg_version

        db = connect(text, read_only=True)
        try:
            return pg_version(db)
        finally:
            db.close()
    path = Path(text)
    if not path.is_file():
        raise StoreMissingError(f"no database at {path}")
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()
    return version or None


@dataclass(frozen=True, slots=True)
class Copied:
    table: str
    new: int  # rows the target did not have
    total: int  # rows of the source


def copy_store(source: str | Path, target: str | Path) -> list[Copied]:
    """Copy every row of the store at `source` into the store at `target` (created or
    upgraded as needed) in one transaction of the target, from one snapshot of the source.

    Copying again adds only what is new: documents (with their analysis) the target lacks,
    decisions made since, and the source's events, which replace the target's (they are the
    fusion of the same documents). A target holding documents the source lacks is refused:
    its events would not be the fusion of its documents.
    """
    if str(source) == str(target):
        raise StoreError("the source and the target are the same store")
    src = open_store(source, must_exist=True)
    try:
        dst = open_store(target)
    except BaseException:
        src.close()
        raise
    try:
        with src.snapshot(), dst.write("copying a store"):
            return _copy(src, dst)
    finally:
        src.close()
        dst.close()


def _ids(store: Store, sql: str) -> set[str]:
    return {r[0] for r in store.db.execute(sql)}  # type: ignore[attr-defined]


def _copy(src: Store, dst: Store) -> list[Copied]:
    s, d = src.db, dst.db  # type: ignore[attr-defined]
    source_docs = _ids(src, "SELECT id FROM documents")
    target_docs = _ids(dst, "SELECT id FROM documents")
    extra = target_docs - source_docs
    if extra:
        raise StoreError(f"the target holds {len(extra)} documents the source does not: copy "
                         "into a new store or into an earlier copy of this one")
    new_docs = source_docs - target_docs
    # the source's events replace the target's ("new": those the target did not have)
    had_events = _ids(dst, "SELECT id FROM events")
    before = {table: d.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
              for table, _ in COPY_ORDER}
    d.execute("DELETE FROM event_keys")
    d.execute("DELETE FROM event_sources")
    d.execute("DELETE FROM events")
    out: list[Copied] = []
    for table, order in COPY_ORDER:
        cur = s.execute(f"SELECT * FROM {table} LIMIT 0")
        columns = [c[0] for c in cur.description if c[0] != "rowid"]
        cur.fetchall()
        names = ", ".join(f'"{c}"' for c in columns)
        verb = "INSERT OR REPLACE" if table == "decisions" else "INSERT OR IGNORE"
        if table in ("events", "event_keys", "event_sources", *_BELONGS_TO):
            verb = "INSERT"
        insert = (f"{verb} INTO {table}({names}) VALUES ({', '.join('?' * len(columns))})")
        owner = _BELONGS_TO.get(table)
        total, batch = 0, []
        select = f"SELECT {names} FROM {table} ORDER BY {order}"
        # SQLite's cursor reads row by row; PostgreSQL's needs a server-side one for that
        rows = s.stream(select) if hasattr(s, "stream") else s.execute(select)
        for row in rows:
            total += 1
            if owner is not None and row[columns.index(owner)] not in new_docs:
                continue
            batch.append(tuple(row))
            if len(batch) >= _BATCH:
                d.executemany(insert, batch)
                batch = []
        if batch:
            d.executemany(insert, batch)
        if table == "events":
            new = len(_ids(dst, "SELECT id FROM events") - had_events)
        else:
            new = d.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] - before[table]
        out.append(Copied(table, max(new, 0), total))
    generation = max(src.fusion_generation(), dst.fusion_generation()) + 1
    d.execute("UPDATE store_state SET value = ? WHERE key = 'fusion_generation'", (generation,))
    reset = getattr(dst, "reset_sequences", None)
    if reset is not None:  # PostgreSQL: the next decision's id follows the copied ones
        reset()
    return out

"""The SQLite back end (default): one file, WAL mode, one transaction per document.

Writers take SQLite's write lock (`BEGIN IMMEDIATE`) for each transaction; fusion holds it for
a whole window (read the documents not yet fused, fold them into the events, write the events
and the marks), so two processes never fuse at once and a killed one leaves its documents
marked for the next. Readers see one snapshot per `snapshot()` (WAL).
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib import resources as importlib_resources
from pathlib import Path

from newsweave.identity import band_keys, similarity
from newsweave.model import (
    Claim,
    Document,
    Entity,
    Event,
    Finding,
    LanguageShare,
    Mention,
    OffsetMap,
    Processed,
    Removal,
)
from newsweave.store import DocumentInfo, DocumentRow, StoreError, StoreMissingError
from newsweave.store.codec import (
    claim_from_dict,
    dumps,
    event_from_dict,
    from_dict,
    sentence_from_dict,
)
from newsweave.store.review import SQLiteReview
from newsweave.store.revision import SQLiteRevision
from newsweave.store.search import SQLiteSearch


def _sql(name: str) -> str:
    return importlib_resources.files("newsweave.store").joinpath(name).read_text("utf-8")


EVENT_SOURCES = ("CREATE TABLE IF NOT EXISTS event_sources"
                 " (event_id TEXT PRIMARY KEY, data TEXT NOT NULL)")

# Each entry migrates from version i to i + 1; the database records its version in user_version.
MIGRATIONS: tuple[str, ...] = (
    _sql("schema.sql"),
    # 2: the month an undated document was probably written (no longer written: an estimate
    # never dates claims; `newsweave repair` re-analyses the documents it was used for)
    "ALTER TABLE documents ADD COLUMN reference_date TEXT",
    # 3: analysts' decisions (store/review.py)
    _sql("review.sql"),
    # 4: full-text search in every script (store/search.py)
    _sql("sqlite_search.sql"),
    # 5: fusion is durable: a document is stored unfused (0) and marked fused (1) in the
    # transaction that writes its events (-1: its fusion failed); a counter tells a fusion
    # session whether another process fused since it last looked. Documents of older stores
    # whose claims no event holds (an ingest killed before its flush) are marked unfused.
    """ALTER TABLE documents ADD COLUMN fused INTEGER NOT NULL DEFAULT 1;
    CREATE INDEX documents_unfused ON documents(seq) WHERE fused <> 1;
    CREATE TABLE store_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO store_state(key, value) VALUES ('fusion_generation', 0);
    UPDATE documents SET fused = 0 WHERE id IN (
      SELECT doc_id FROM claims WHERE id NOT IN (
        SELECT j.value FROM events, json_each(events.data, '$.claims') AS j));""",
    # 6: where cleaned characters composed from several source characters end (JSON
    # [[cleaned index, original end], ...]; NULL when none), so spans keep combining marks
    "ALTER TABLE documents ADD COLUMN offset_ends TEXT",
    # 7: a document's near-duplicates are looked up from either side; without this index the
    # second side scanned the whole table (36 ms a document on 5,000 look-alike articles,
    # 191 of the 198 s that fusing one more of them took)
    "CREATE INDEX IF NOT EXISTS near_duplicates_b ON near_duplicates(doc_b)",
    # 8: how an event's documents group into independent sources, as last computed (JSON:
    # a list of partitions of document sets), so that fusing one more document into a large
    # event reads only that document's near-duplicate pairs (fuse/independence.py)
    EVENT_SOURCES,
)

# how long a writer waits for another process's transaction (a fusion window can take a while)
LOCK_WAIT_SECONDS = 3600.0
_QUIET_WAIT_MS = 2000  # waits shorter than this are not worth a message
_TRY_WAIT_MS = 500  # then the lock is asked for again every half second


class SQLiteStore(SQLiteReview, SQLiteSearch, SQLiteRevision):
    def __init__(self, path: Path, read_only: bool = False,
                 on_wait: Callable[[str], None] | None = None):
        self.path = path
        self.read_only = read_only
        # told once per wait when another process holds the write lock for long
        self.on_wait = on_wait
        self._known_entities: set[str] = set()
        if read_only:
            # mode=ro: any write fails; the schema must already be current
            if not path.is_file():
                raise StoreMissingError(f"no database at {path}")
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                      isolation_level=None)
            self._check_version()
        else:
            if path.parent and not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path), isolation_level=None,
                                      timeout=LOCK_WAIT_SECONDS)
            self._use_wal()
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        self._known_entities = {r[0] for r in self.db.execute("SELECT id FROM entities")}

    def _use_wal(self) -> None:
        """Switch a new database to WAL. Processes opening a new file at once can find it
        locked; SQLite does not wait for that lock here, so we do (the mode, once set, stays
        in the file)."""
        deadline = time.monotonic() + 60.0
        while True:
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01 + random.random() * 0.05)

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def write(self, doing: str = "writing") -> Iterator[None]:
        """One write transaction (`BEGIN IMMEDIATE`: the write lock is taken at once, so what
        is read inside stays true until COMMIT). Nested calls join the outer transaction."""
        if self.db.in_transaction:
            yield
            return
        self._begin_immediate(doing)
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            self._known_entities.clear()  # some may have been rolled back: written again
            raise
        self.db.execute("COMMIT")

    def _begin_immediate(self, doing: str) -> None:
        """BEGIN IMMEDIATE, waiting for another writer: quietly at first, then with one
        message, in short tries so that a signal (Ctrl-C, SIGTERM) is handled while waiting
        (SQLite's own wait is in C, where Python cannot stop it)."""
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        told = False
        self.db.execute(f"PRAGMA busy_timeout={_QUIET_WAIT_MS}")
        try:
            while True:
                try:
                    self.db.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as e:
                    busy = "locked" in str(e) or "busy" in str(e)
                    if not busy or time.monotonic() > deadline:
                        raise
                if not told and self.on_wait is not None:
                    self.on_wait(f"waiting for another newsweave process writing to "
                                 f"{self.path} (before {doing})")
                told = True
                self.db.execute(f"PRAGMA busy_timeout={_TRY_WAIT_MS}")
        finally:
            self.db.execute(f"PRAGMA busy_timeout={int(LOCK_WAIT_SECONDS * 1000)}")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A part of the current write transaction that can fail alone (rolled back to here)."""
        self.db.execute("SAVEPOINT part")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK TO part")
            self.db.execute("RELEASE part")
            self._known_entities.clear()
            raise
        self.db.execute("RELEASE part")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one consistent state of the store (one read transaction), however
        long they take and whatever other processes commit meanwhile."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        self.db.execute("SELECT 1 FROM documents LIMIT 1").fetchall()  # the snapshot starts
        try:
            yield
        finally:
            self.db.execute("COMMIT")

    # ------------------------------------------------------------------ schema

    def _check_version(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version != len(MIGRATIONS):
            self.db.close()
            raise StoreError(
                f"{self.path} has schema version {version}, this newsweave needs "
                f"{len(MIGRATIONS)}: open it once without --read-only to upgrade it")

    def _migrate(self) -> None:
        """Bring the schema up to date. The version is read under the write lock, so processes
        opening a new database at once create it once."""
        if self.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS):
            return
        with self.write("creating or upgrading the schema"):
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise RuntimeError(
                    f"{self.path} has schema version {version}, newer than this newsweave "
                    f"({len(MIGRATIONS)}); upgrade newsweave"
                )
            for i in range(version, len(MIGRATIONS)):
                for statement in _statements(MIGRATIONS[i]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={i + 1}")

    # ------------------------------------------------------------------ documents

    def has_document(self, doc_id: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None
        )

    def add_source(self, uri: str, doc_id: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO sources(uri, doc_id) VALUES (?, ?)", (uri, doc_id))

    def near_duplicate_candidates(self, minhash: bytes) -> list[tuple[str, float]]:
        keys = band_keys(minhash)
        marks = ",".join("?" * len(keys))
        ids = {
            r[0]
            for r in self.db.execute(
                f"SELECT DISTINCT doc_id FROM lsh_bands WHERE band IN ({marks})", keys
            )
        }
        out = []
        for doc_id in ids:
            row = self.db.execute("SELECT minhash FROM documents WHERE id=?", (doc_id,)).fetchone()
            if row and row[0]:
                out.append((doc_id, similarity(minhash, row[0])))
        return sorted(out, key=lambda x: (-x[1], x[0]))  # ties by id: the same order every run

    def save(
        self,
        processed: Processed,
        near_duplicates: Sequence[tuple[str, float]] = (),
        near_threshold: float | None = None,
    ) -> bool:
        """Store one document with its analysis, not yet fused, in one transaction. False (and
        nothing written but its URI) when another process stored it first. With
        `near_threshold`, the stored documents at least that similar are found inside the
        transaction (two processes saving copies of one text at once still see each other)
        and recorded with `near_duplicates`."""
        d = processed.document
        a = processed.analysis
        db = self.db
        with self.write("saving a document"):
            if self.has_document(d.id):
                db.execute("INSERT OR IGNORE INTO sources(uri, doc_id) VALUES (?, ?)",
                           (d.uri, d.id))
                return False
            if near_threshold is not None and processed.minhash:
                found = self.near_duplicate_candidates(processed.minhash)
                near_duplicates = [*near_duplicates,
                                   *((o, sim) for o, sim in found if sim >= near_threshold)]
            seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents").fetchone()[0]
            db.execute(
                "INSERT INTO documents(id, uri, title, published, published_source, outlet, origin,"
                " origin_url, encoding, original_text, clean_text, offsets, languages, sentences,"
                " removed, analysis, quality, minhash, seq, fused, offset_ends)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)",
                (
                    d.id,
                    d.uri,
                    d.title,
                    d.published,
                    d.published_source,
                    d.outlet,
                    d.origin,
                    d.origin_url,
                    d.encoding,
                    d.original_text,
                    d.clean_text,
                    d.offsets.orig.tobytes(),
                    json.dumps([[s.lang, s.chars] for s in d.languages]),
                    dumps(list(d.sentences)),
                    dumps(list(d.removed)),
                    dumps({"times": list(a.times), "quantities": list(a.quantities)}),
                    processed.quality,
                    processed.minhash,
                    seq,
                    json.dumps(sorted(d.offsets.ends.items())) if d.offsets.ends else None,
                ),
            )
            db.execute("INSERT OR REPLACE INTO sources(uri, doc_id) VALUES (?, ?)", (d.uri, d.id))
            if processed.minhash:
                db.executemany(
                    "INSERT INTO lsh_bands(band, doc_id) VALUES (?, ?)",
                    [(k, d.id) for k in band_keys(processed.minhash)],
                )
            for other, sim in near_duplicates:
                a_id, b_id = sorted((d.id, other))
                db.execute(
                    "INSERT OR REPLACE INTO near_duplicates(doc_a, doc_b, similarity)"
                    " VALUES (?,?,?)",
                    (a_id, b_id, sim),
                )
            self._insert_analysis(processed)
        return True

    def _insert_analysis(self, processed: Processed) -> None:
        """Entities, mentions, claims and findings of one document (inside the caller's
        transaction)."""
        d, a, db = processed.document, processed.analysis, self.db
        self._save_entities(a.entities, a.mentions)
        db.executemany(
            'INSERT INTO mentions(doc_id, start, "end", surface, entity_id, sentence,'
            " confidence, how, title) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (d.id, m.start, m.end, m.surface, m.entity_id, m.sentence, m.confidence, m.how,
                 m.title)
                for m in a.mentions
            ],
        )
        db.executemany(
            "INSERT INTO claims(id, doc_id, type, date, data) VALUES (?,?,?,?,?)",
            [(c.id, d.id, c.type, c.date.value if c.date else None, dumps(c))
             for c in processed.claims],
        )
        db.executemany(
            "INSERT INTO findings(id, doc_id, kind, severity, data) VALUES (?,?,?,?,?)",
            [(f.id, d.id, f.kind, f.severity, dumps(f)) for f in processed.findings],
        )

    def _save_entities(self, entities: Iterable[Entity], mentions: Iterable[Mention]) -> None:
        """Copy each mentioned entity into the store once, so exports stand on their own."""
        records = {e.id: e for e in entities}
        surfaces = {m.entity_id: m.surface for m in mentions}
        # every record the analysis carries (also those only a claim names), then any mention
        # whose record is missing
        for entity_id in [*records, *surfaces]:
            if entity_id in self._known_entities:
                continue
            e = records.get(entity_id)
            if e is None:
                surface = surfaces[entity_id]
                e = Entity(entity_id, surface, "other", (surface,), linked=False)
            self.db.execute(
                "INSERT OR IGNORE INTO entities(id, name, type, aliases, linked, facts)"
                " VALUES (?,?,?,?,?,?)",
                (
                    e.id,
                    e.name,
                    e.type,
                    json.dumps(list(e.aliases), ensure_ascii=False),
                    int(e.linked),
                    json.dumps(e.facts, ensure_ascii=False, default=str),
                ),
            )
            self._known_entities.add(e.id)

    def _row(self, r: sqlite3.Row | tuple) -> DocumentRow:
        doc_id = r[0]
        return DocumentRow(
            id=doc_id,
            uri=r[1],
            title=r[2],
            published=r[3],
            outlet=r[4],
            origin=r[5],
            languages=tuple((x[0], x[1]) for x in json.loads(r[6])),
            quality=r[7],
            near_duplicates=tuple(o for o, _ in self.near_duplicates(doc_id)),
        )

    def document_rows(self) -> list[DocumentRow]:
        rows = self.db.execute(
            "SELECT id, uri, title, published, outlet, origin, languages, quality FROM documents"
            " ORDER BY seq"
        ).fetchall()
        return [self._row(r) for r in rows]

    def document_row(self, doc_id: str) -> DocumentRow | None:
        """One document's metadata without its text (fusion reads it per touched document)."""
        r = self.db.execute(
            "SELECT id, uri, title, published, outlet, origin, languages, quality FROM documents"
            " WHERE id=?", (doc_id,),
        ).fetchone()
        return self._row(r) if r else None

    def resolve_document_id(self, prefix: str) -> str | None:
        rows = self.db.execute(
            "SELECT id FROM documents WHERE id LIKE ? || '%' OR uri = ? LIMIT 2", (prefix, prefix)
        ).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def document(self, doc_id: str) -> Document | None:
        r = self.db.execute(
            "SELECT id, uri, original_text, clean_text, offsets, sentences, languages, removed,"
            " title, published, published_source, outlet, origin, origin_url, encoding,"
            " offset_ends FROM documents WHERE id=?",
            (doc_id,),
        ).fetchone()
        if r is None:
            return None
        offsets = array("l")
        offsets.frombytes(r[4])
        return Document(
            id=r[0],
            uri=r[1],
            original_text=r[2],
            clean_text=r[3],
            offsets=OffsetMap(offsets, {i: e for i, e in json.loads(r[15] or "[]")}),
            sentences=tuple(sentence_from_dict(s) for s in json.loads(r[5])),
            languages=tuple(LanguageShare(x[0], x[1]) for x in json.loads(r[6])),
            removed=tuple(from_dict(Removal, x) for x in json.loads(r[7])),
            title=r[8],
            published=r[9],
            published_source=r[10],
            outlet=r[11],
            origin=r[12],
            origin_url=r[13],
            encoding=r[14],
        )

    def document_quality(self, doc_id: str) -> float:
        r = self.db.execute("SELECT quality FROM documents WHERE id=?", (doc_id,)).fetchone()
        return float(r[0]) if r else 0.0

    def near_duplicates(self, doc_id: str) -> list[tuple[str, float]]:
        rows = self.db.execute(
            "SELECT CASE WHEN doc_a=? THEN doc_b ELSE doc_a END, similarity FROM near_duplicates"
            " WHERE doc_a=? OR doc_b=? ORDER BY similarity DESC",
            (doc_id, doc_id, doc_id),
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def document_infos(self, doc_ids: Iterable[str]) -> dict[str, DocumentInfo]:
        """What fusion reads of many documents at once (one query, not one per document);
        documents not stored are left out."""
        ids = sorted(set(doc_ids))
        out: dict[str, DocumentInfo] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.execute(
                "SELECT id, published, outlet, origin, quality FROM documents"
                f" WHERE id IN ({marks})", chunk):
                out[r[0]] = DocumentInfo(published=r[1], outlet=r[2], origin=r[3],
                                         quality=float(r[4]))
        return out

    def near_duplicates_of(self, doc_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """Document -> the documents it near-duplicates (either side of a pair, in no
        particular order), for many documents at once."""
        ids = sorted(set(doc_ids))
        found: set[tuple[str, str]] = set()  # each pair once, though both its sides be asked
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for side in ("doc_a", "doc_b"):
                found.update(self.db.execute(
                    f"SELECT doc_a, doc_b FROM near_duplicates WHERE {side} IN ({marks})",
                    chunk))
        pairs: dict[str, list[str]] = {d: [] for d in ids}
        for a, b in found:
            if a in pairs:
                pairs[a].append(b)
            if b in pairs:
                pairs[b].append(a)
        return {d: tuple(others) for d, others in pairs.items()}

    def claim_dates(self, doc_ids: Iterable[str]) -> dict[str, list[str]]:
        """Document -> the dates its claims give (as stored), for many documents at once."""
        ids = sorted(set(doc_ids))
        out: dict[str, list[str]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for d, v in self.db.execute(
                f"SELECT doc_id, date FROM claims WHERE doc_id IN ({marks})"
                " AND date IS NOT NULL", chunk):
                out.setdefault(d, []).append(v)
        return out

    def analysis_json(self, doc_id: str) -> dict:
        r = self.db.execute("SELECT analysis FROM documents WHERE id=?", (doc_id,)).fetchone()
        return json.loads(r[0]) if r else {}

    # ------------------------------------------------------------------ analysis, claims

    def entities(self) -> list[Entity]:
        return [
            Entity(r[0], r[1], r[2], tuple(json.loads(r[3])), bool(r[4]), json.loads(r[5]))
            for r in self.db.execute(
                "SELECT id, name, type, aliases, linked, facts FROM entities ORDER BY name"
            )
        ]

    def entities_by_ids(self, ids: Iterable[str]) -> list[Entity]:
        ids = list(ids)
        out: list[Entity] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out += [
                Entity(r[0], r[1], r[2], tuple(json.loads(r[3])), bool(r[4]), json.loads(r[5]))
                for r in self.db.execute(
                    "SELECT id, name, type, aliases, linked, facts FROM entities"
                    f" WHERE id IN ({marks})", chunk)
            ]
        return out

    def mentions(self, doc_id: str | None = None) -> list[tuple[str, Mention]]:
        q = (
            'SELECT doc_id, start, "end", surface, entity_id, sentence, confidence, how, title'
            " FROM mentions"
        )
        args: tuple = ()
        if doc_id:
            q += " WHERE doc_id=?"
            args = (doc_id,)
        return [
            (r[0], Mention(*r[1:])) for r in self.db.execute(q + " ORDER BY doc_id, start", args)
        ]

    def claims(self, doc_id: str | None = None) -> list[Claim]:
        q, args = "SELECT data FROM claims", ()
        if doc_id:
            q, args = q + " WHERE doc_id=?", (doc_id,)
        return [
            claim_from_dict(json.loads(r[0])) for r in self.db.execute(q + " ORDER BY rowid", args)
        ]

    def claims_of_documents(self, doc_ids: Iterable[str],
                            known: Mapping[str, Claim] | None = None) -> dict[str, list[Claim]]:
        """Document -> its claims (in the order `claims(doc_id)` gives), many documents at
        once; a claim in `known` (by id) is taken from there rather than decoded again."""
        ids = sorted(set(doc_ids))
        known = known or {}
        out: dict[str, list[Claim]] = {d: [] for d in ids}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for d, claim_id, data in self.db.execute(
                f"SELECT doc_id, id, data FROM claims WHERE doc_id IN ({marks}) ORDER BY rowid",
                chunk):
                c = known.get(claim_id)
                out[d].append(c if c is not None else claim_from_dict(json.loads(data)))
        return out

    def claims_by_ids(self, ids: Iterable[str]) -> list[Claim]:
        ids = list(ids)
        out: list[Claim] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out += [
                claim_from_dict(json.loads(r[0]))
                for r in self.db.execute(f"SELECT data FROM claims WHERE id IN ({marks})", chunk)
            ]
        return out

    def findings(self, doc_id: str | None = None) -> list[Finding]:
        q, args = "SELECT data FROM findings", ()
        if doc_id:
            q, args = q + " WHERE doc_id=?", (doc_id,)
        return [
            from_dict(Finding, json.loads(r[0]))
            for r in self.db.execute(q + " ORDER BY rowid", args)
        ]

    def documents_dated_by_estimate(self) -> list[str]:
        """Documents an earlier newsweave re-analysed against an estimated month (their claims
        may carry dates from it): `newsweave repair` analyses them again."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM documents WHERE reference_date IS NOT NULL ORDER BY seq")]

    def replace_analysis(self, processed: Processed) -> None:
        """A stored document's analysis, claims and findings replaced by a re-analysis, in one
        transaction; the document is marked not fused (its events are the caller's to redo)."""
        d = processed.document
        a = processed.analysis
        db = self.db
        with self.write("replacing an analysis"):
            db.execute(
                "UPDATE documents SET analysis=?, quality=?, reference_date=NULL, fused=0"
                " WHERE id=?",
                (dumps({"times": list(a.times), "quantities": list(a.quantities)}),
                 processed.quality, d.id),
            )
            for table in ("mentions", "claims", "findings"):
                db.execute(f"DELETE FROM {table} WHERE doc_id=?", (d.id,))
            self._insert_analysis(processed)

    # ------------------------------------------------------------------ fusion state

    def unfused_documents(self) -> list[str]:
        """Documents stored but not yet folded into events, in the order they were stored."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM documents WHERE fused = 0 ORDER BY seq")]

    def mark_fused(self, doc_ids: Iterable[str]) -> None:
        """Inside the transaction that writes their events."""
        self.db.executemany("UPDATE documents SET fused = 1 WHERE id = ?",
                            [(i,) for i in doc_ids])

    def mark_fusion_failed(self, doc_id: str) -> None:
        """A document whose claims fusion could not take: kept apart (-1) until a repair."""
        self.db.execute("UPDATE documents SET fused = -1 WHERE id = ?", (doc_id,))

    def fusion_failed_documents(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT id FROM documents WHERE fused = -1 ORDER BY seq")]

    def retry_fusion(self, doc_ids: Iterable[str]) -> None:
        """Documents whose fusion failed are to be fused again."""
        with self.write("marking documents for fusion"):
            self.db.executemany("UPDATE documents SET fused = 0 WHERE id = ? AND fused = -1",
                                [(i,) for i in doc_ids])

    def fusion_generation(self) -> int:
        """A number that changes whenever events are written (by any process)."""
        return int(self.db.execute(
            "SELECT value FROM store_state WHERE key='fusion_generation'").fetchone()[0])

    def bump_fusion_generation(self) -> int:
        """Inside the transaction that writes events; returns the new generation."""
        self.db.execute("UPDATE store_state SET value = value + 1 WHERE key='fusion_generation'")
        return self.fusion_generation()

    # ------------------------------------------------------------------ events

    def events(self) -> list[Event]:
        return [
            event_from_dict(json.loads(r[0]))
            for r in self.db.execute("SELECT data FROM events ORDER BY COALESCE(date, '9999'), id")
        ]

    def events_by_keys(self, keys: Iterable[str]) -> list[Event]:
        keys = list(set(keys))
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return [
            event_from_dict(json.loads(r[0]))
            for r in self.db.execute(
                "SELECT data FROM events WHERE id IN"
                f" (SELECT event_id FROM event_keys WHERE key IN ({marks}))",
                keys,
            )
        ]

    def event_ids_by_keys(self, keys: Iterable[str]) -> set[str]:
        """Ids of the events stored under any of `keys` (without decoding them)."""
        keys = sorted(set(keys))
        out: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self.db.execute(
                f"SELECT DISTINCT event_id FROM event_keys WHERE key IN ({marks})", chunk))
        return out

    def event_members(self, ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """Event id -> the ids of its claims (only that field of the stored event is read)."""
        ids = sorted(set(ids))
        out: dict[str, tuple[str, ...]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out.update((r[0], tuple(json.loads(r[1]))) for r in self.db.execute(
                f"SELECT id, json_extract(data, '$.claims') FROM events WHERE id IN ({marks})",
                chunk))
        return out

    def event_keys_of(self, ids: Iterable[str]) -> dict[str, set[str]]:
        """Event id -> the blocking keys it is stored under."""
        ids = sorted(set(ids))
        out: dict[str, set[str]] = {i: set() for i in ids}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for key, event_id in self.db.execute(
                f"SELECT key, event_id FROM event_keys WHERE event_id IN ({marks})", chunk
            ):
                out[event_id].add(key)
        return out

    def events_with_claims(self, claim_ids: Iterable[str]) -> set[str]:
        """Ids of the events holding any of `claim_ids` (one scan of the event table)."""
        wanted = set(claim_ids)
        if not wanted:
            return set()
        return {
            event_id
            for event_id, claims in self.db.execute(
                "SELECT id, json_extract(data, '$.claims') FROM events")
            if wanted.intersection(json.loads(claims))
        }

    def put_events(self, events: Sequence[tuple[Event, Sequence[str]]]) -> None:
        """Insert or replace events with their blocking keys, in one transaction (or the
        caller's)."""
        db = self.db
        with self.write("writing events"):
            for event, keys in events:
                db.execute("DELETE FROM event_keys WHERE event_id=?", (event.id,))
                db.execute(
                    "INSERT OR REPLACE INTO events(id, type, date, data) VALUES (?,?,?,?)",
                    (event.id, event.type, event.date, dumps(event)),
                )
                db.executemany(
                    "INSERT INTO event_keys(key, event_id) VALUES (?,?)",
                    [(k, event.id) for k in set(keys)],
                )

    def delete_events(self, ids: Iterable[str]) -> None:
        db = self.db
        with self.write("deleting events"):
            for i in ids:
                db.execute("DELETE FROM event_keys WHERE event_id=?", (i,))
                db.execute("DELETE FROM event_sources WHERE event_id=?", (i,))
                db.execute("DELETE FROM events WHERE id=?", (i,))

    def put_event_sources(self, rows: Sequence[tuple[str, list[list[list[str]]]]]) -> None:
        """Record, per event, how document sets of it group into independent sources (each
        a partition: a list of groups of document ids), replacing what it had."""
        with self.write("writing events"):
            self.db.executemany(
                "INSERT OR REPLACE INTO event_sources(event_id, data) VALUES (?,?)",
                [(i, json.dumps(p, separators=(",", ":"))) for i, p in rows])

    def event_sources(self, ids: Iterable[str]) -> dict[str, list[list[list[str]]]]:
        """Event id -> the partitions `put_event_sources` recorded for it."""
        ids = sorted(set(ids))
        out: dict[str, list[list[list[str]]]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out.update((r[0], json.loads(r[1])) for r in self.db.execute(
                f"SELECT event_id, data FROM event_sources WHERE event_id IN ({marks})", chunk))
        return out

    def close(self) -> None:
        self.db.close()


def _statements(script: str) -> list[str]:
    """Split a schema script into statements; a trigger's BEGIN ... END stays one statement.
    (Comments start with "--"; the scripts have no "--" inside strings.)"""
    out: list[str] = []
    buffer = ""
    for line in script.splitlines():
        line = line.split("--", 1)[0]
        if not line.strip():
            continue
        buffer += line + "\n"
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip().rstrip(";").strip())
            buffer = ""
    if buffer.strip():
        out.append(buffer.strip())
    return out

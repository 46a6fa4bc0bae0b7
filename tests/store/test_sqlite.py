"""The store on both back ends (SQLite, and PostgreSQL when NEWSWEAVE_TEST_PG is set): schema,
one transaction per document, round trips, events."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from newsweave.identity import document_id, minhash_bytes
from newsweave.model import (
    Analysis,
    Claim,
    Conflict,
    DateValue,
    Document,
    Entity,
    Event,
    Finding,
    LanguageShare,
    Mention,
    OffsetMap,
    Processed,
    QuantityValue,
    Sentence,
)
from newsweave.store import open_store
from newsweave.store.sqlite import MIGRATIONS


def make_processed(text: str, uri: str = "mem://a", title: str = "T") -> Processed:
    doc_id = document_id(text)
    first = text.split(".")[0]
    sentence = Sentence(0, 0, len(first), 0, len(first), first, "en")
    doc = Document(
        id=doc_id,
        uri=uri,
        original_text=text,
        clean_text=text,
        offsets=OffsetMap.identity(len(text)),
        sentences=(sentence,),
        languages=(LanguageShare("en", len(text)),),
        title=title,
        published="2024-10-17",
    )
    putin = Entity("vladimir-putin", "Vladimir Putin", "person", ("Putin",))
    mention = Mention(0, 5, text[:5], putin.id, 0)
    claim = Claim(
        id=f"{doc_id}-c0",
        doc=doc_id,
        type="MEET",
        actors=(putin.id,),
        targets=(),
        modality="asserted",
        start=0,
        end=len(first),
        text=first,
        lang="en",
        sentence=0,
        date=DateValue("2023-09-13", "13 September"),
        quantity=QuantityValue(3000.0, "troops", True, "about 3,000 troops"),
    )
    finding = Finding(f"{doc_id}-f0", doc_id, "garbled_number", "high", 0, 5, text[:5], "m", "s")
    return Processed(
        document=doc,
        analysis=Analysis(mentions=(mention,), entities=(putin,)),
        claims=(claim,),
        findings=(finding,),
        quality=0.8,
        minhash=minhash_bytes(text),
    )


@pytest.fixture
def store(store_url: str):
    s = open_store(store_url)
    yield s
    s.close()


def test_schema_version_and_wal(tmp_path: Path) -> None:
    s = open_store(tmp_path / "v.db")
    s.close()
    db = sqlite3.connect(tmp_path / "v.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "new.db")
    db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(RuntimeError, match="newer than this newsweave"):
        open_store(tmp_path / "new.db")


def test_round_trip(store) -> None:
    p = make_processed("Putin met Kim. They talked for hours.")
    store.save(p)
    doc = store.document(p.document.id)
    assert doc == p.document
    assert store.has_document(p.document.id)
    assert store.claims(p.document.id) == list(p.claims)
    assert store.findings() == list(p.findings)
    assert [m for _, m in store.mentions(p.document.id)] == list(p.analysis.mentions)
    assert store.entities()[0].name == "Vladimir Putin"
    assert store.document_quality(p.document.id) == pytest.approx(0.8)
    assert store.resolve_document_id(p.document.id[:6]) == p.document.id


def test_failed_save_leaves_nothing(store) -> None:
    p = make_processed("Putin met Kim. They talked for hours.")
    store.save(p)
    other = make_processed("Another text entirely. With words.", uri="mem://b")
    # the same claim id twice violates the primary key: the whole document must roll back
    broken = Processed(
        document=other.document,
        analysis=other.analysis,
        claims=(p.claims[0],),
        findings=other.findings,
        quality=1.0,
        minhash=other.minhash,
    )
    with pytest.raises((sqlite3.IntegrityError, psycopg.IntegrityError)):
        store.save(broken)
    assert not store.has_document(other.document.id)
    assert store.findings(other.document.id) == []
    store.save(other)  # and the store is still usable
    assert store.has_document(other.document.id)


def test_near_duplicate_candidates(store) -> None:
    base = "North Korea sent about 3,000 soldiers to Russia, officials said on Tuesday. " * 3
    a = make_processed(base)
    store.save(a)
    b = make_processed("Breaking: " + base + " More soon.", uri="mem://b")
    cands = dict(store.near_duplicate_candidates(b.minhash))
    assert cands[a.document.id] > 0.7
    unrelated = make_processed("Completely different story about rice harvests in Vietnam. " * 3)
    assert a.document.id not in dict(
        (k, v) for k, v in store.near_duplicate_candidates(unrelated.minhash) if v > 0.3
    )
    store.save(b, [(a.document.id, cands[a.document.id])])
    assert store.near_duplicates(b.document.id)[0][0] == a.document.id
    assert store.near_duplicates(a.document.id)[0][0] == b.document.id


def test_events_by_keys(store) -> None:
    ev = Event(
        id="e1",
        type="MEET",
        date="2023-09-13",
        summary="Putin met Kim",
        claims=("c1",),
        documents=("d1",),
        independent_sources=1,
        conflicts=(Conflict("date", ("c1", "c2"), "16 vs 13 September"),),
    )
    store.put_events([(ev, ["MEET|putin", "MEET|kim"])])
    assert store.events_by_keys(["MEET|kim", "x"]) == [ev]
    assert store.events_by_keys(["VISIT|kim"]) == []
    changed = Event(**{**{f: getattr(ev, f) for f in ev.__slots__}, "summary": "changed"})
    store.put_events([(changed, ["MEET|putin"])])
    assert store.events_by_keys(["MEET|kim"]) == []
    assert store.events() == [changed]
    store.delete_events(["e1"])
    assert store.events() == []


def _event(event_id: str, claims: tuple[str, ...]) -> Event:
    return Event(id=event_id, type="MEET", date="2023-09-13", summary="s", claims=claims,
                 documents=("d1",), independent_sources=1)


def test_event_lookups_without_decoding(store) -> None:
    """What a fusion session reads: ids under keys, claim ids, keys, events holding claims."""
    store.put_events([
        (_event("e1", ("c1", "c2")), ["MEET|kim", "MEET|putin"]),
        (_event("e2", ("c3",)), ["MEET|kim", "VISIT|kim"]),
        (_event("e3", ("c4", "c5")), ["ATTACK|russia"]),
    ])
    assert store.event_ids_by_keys(["MEET|kim"]) == {"e1", "e2"}
    assert store.event_ids_by_keys(["MEET|putin", "ATTACK|russia", "none"]) == {"e1", "e3"}
    assert store.event_ids_by_keys([]) == set()
    assert store.event_members(["e1", "e3", "missing"]) == {"e1": ("c1", "c2"),
                                                            "e3": ("c4", "c5")}
    assert store.event_keys_of(["e2", "missing"]) == {"e2": {"MEET|kim", "VISIT|kim"},
                                                      "missing": set()}
    assert store.events_with_claims(["c2", "c5", "c9"]) == {"e1", "e3"}
    assert store.events_with_claims([]) == set()
    store.delete_events(["e1"])
    assert store.event_ids_by_keys(["MEET|kim"]) == {"e2"}
    assert store.events_with_claims(["c2"]) == set()


def test_event_lookups_page_through_many_ids(store) -> None:
    """More ids than one SQL statement takes (chunks of 500)."""
    store.put_events([(_event(f"e{i:04d}", (f"c{i}",)), [f"k{i}"]) for i in range(1203)])
    ids = {f"e{i:04d}" for i in range(1203)}
    assert store.event_ids_by_keys(f"k{i}" for i in range(1203)) == ids
    assert len(store.event_members(ids)) == 1203
    assert store.event_keys_of(ids)["e1202"] == {"k1202"}

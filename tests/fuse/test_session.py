"""A fusion session (one batch): the same events as fusing document by document and as a full
rebuild; events rewritten in the batch are never served stale."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fusekit import C, D, ingest, processed, resources, signature
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_order_random import corpora

from newsweave import fuse
from newsweave.fuse.keys import claim_keys
from newsweave.store.sqlite import SQLiteStore

KIM, PUTIN, NK, RU = "kim-jong-un", "vladimir-putin", "north-korea", "russia"
CASE = settings(max_examples=30, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _details(store: SQLiteStore) -> set[tuple]:
    return {(e.id, e.type, e.date, frozenset(e.claims), e.independent_sources, e.weight,
             e.conflicts, e.actors, e.targets, e.summary) for e in store.events()}


@CASE
@given(corpora(), st.sampled_from([1, 2, 500]))
def test_a_batch_gives_the_events_of_one_by_one_and_of_a_rebuild(case, flush_every) -> None:
    docs, order = case
    arrived = [docs[i] for i in order]
    with tempfile.TemporaryDirectory() as tmp:
        batch = ingest(Path(tmp) / "b.db", arrived, batch=True, flush_every=flush_every)
        single = ingest(Path(tmp) / "s.db", arrived)
        assert _details(batch) == _details(single)
        fuse.rebuild(batch, resources())
        assert signature(batch) == signature(single)
        batch.close()
        single.close()


def _members(session: fuse.Session, claim_id: str, store: SQLiteStore) -> set[frozenset]:
    claim = session.claims([claim_id])[claim_id]
    found = session.events_by_keys(claim_keys(claim, session.ctx))
    return {frozenset(m) for m in found.values() if claim_id in m}


def test_an_event_rewritten_in_the_batch_is_not_served_stale(tmp_path: Path) -> None:
    first = [D("a", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-14")]
    store = ingest(tmp_path / "x.db", first)  # stored: one event {a-c00}
    (stored,) = store.events()
    session = fuse.Session(store, resources())
    assert _members(session, "a-c00", store) == {frozenset({"a-c00"})}  # read from the store
    for d in (D("b", [C("MEET", [PUTIN, KIM], date="2023-09-13")], "2023-09-15"),
              D("c", [C("MEET", [KIM, PUTIN], date="2023-09")], "2023-09-20")):
        p = processed(d)
        store.save(p, [])
        fuse.add_document(store, p, resources(), session=session)
    # the session serves the rewritten event, the store still holds the old one until a flush
    assert _members(session, "a-c00", store) == {frozenset({"a-c00", "b-c00", "c-c00"})}
    assert [e.claims for e in store.events()] == [stored.claims]
    session.flush()
    (event,) = store.events()
    assert set(event.claims) == {"a-c00", "b-c00", "c-c00"}
    assert event.independent_sources == 3
    store.close()


def test_events_merged_in_the_batch_leave_no_stale_part(tmp_path: Path) -> None:
    """Two events (13 and 25 September, too far apart) are bridged by a report of the month:
    the event that disappears in the merge is no longer served."""
    store = ingest(tmp_path / "x.db", [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-25")], "2023-09-26"),
        D("b", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-14"),
    ])
    assert len(store.events()) == 2
    session = fuse.Session(store, resources())
    assert _members(session, "b-c00", store) == {frozenset({"b-c00"})}
    for d in (D("c", [C("MEET", [KIM, PUTIN], date="2023-09")], "2023-09-30"),
              D("d", [C("MEET", [PUTIN, KIM], date="2023-09-13")], "2023-10-01")):
        p = processed(d)
        store.save(p, [])
        fuse.add_document(store, p, resources(), session=session)
    everything = frozenset({"a-c00", "b-c00", "c-c00", "d-c00"})
    assert _members(session, "b-c00", store) == {everything}
    session.flush()
    assert [frozenset(e.claims) for e in store.events()] == [everything]
    store.close()


def test_a_split_event_leaves_no_stale_part(tmp_path: Path) -> None:
    """An undated claim moves to a better event a later document creates: the event it left
    is rewritten in memory and in the store."""
    docs = [
        D("a", [C("VISIT", [KIM], [RU], date="2023-06-01")], "2023-06-02"),
        D("u", [C("VISIT", [KIM], [RU])], "2023-09-20"),
        D("b", [C("VISIT", [KIM], [RU], date="2023-09-12")], "2023-09-13"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        batch = ingest(Path(tmp) / "b.db", docs, batch=True)
        single = ingest(Path(tmp) / "s.db", docs)
        assert _details(batch) == _details(single)
        together = [e for e in batch.events() if "u-c00" in e.claims]
        assert len(together) == 1 and "b-c00" in together[0].claims
        assert sorted(c for e in batch.events() for c in e.claims) == ["a-c00", "b-c00", "u-c00"]
        batch.close()
        single.close()


def test_emptied_caches_give_the_same_events(tmp_path: Path, monkeypatch) -> None:
    """Past its memory limit a session drops decoded claims and per-claim results at each
    flush; what it reads again gives the same events."""
    from test_order import DOCS

    monkeypatch.setattr("newsweave.fuse.session.CLAIM_CACHE_LIMIT", 1)
    small = ingest(tmp_path / "small.db", DOCS, batch=True, flush_every=1)
    single = ingest(tmp_path / "single.db", DOCS)
    assert _details(small) == _details(single)
    small.close()
    single.close()

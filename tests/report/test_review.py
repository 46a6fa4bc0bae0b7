"""Analysts' decisions as the outputs see them (report/review.py), on the session's corpus."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsweave.report.entities import resolve
from newsweave.report.view import Filters, load, select
from newsweave.store import open_store


@pytest.fixture
def db(corpus_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "review.db"
    shutil.copy(corpus_db, copy)
    return copy


def test_split_moves_the_mentions_written_one_way_to_an_entity_of_their_own(db: Path) -> None:
    store = open_store(db)
    try:
        before = load(store)
        written = {m.surface for _, m in before.mentions if m.entity_id == "vladimir-putin"}
        assert "普京" in written and len(written) > 1
        putin_claims = {c.id for c in before.claims.values() if "vladimir-putin" in c.actors}
        d = store.add_decision("split_entity", "vladimir-putin", json.dumps(["普京"]),
                               "another man", "tester")
        after = load(store)
        new_id = f"vladimir-putin~split{d.id}"
        assert after.entities[new_id].name == "普京" and not after.entities[new_id].linked
        moved = {m.surface for _, m in after.mentions if m.entity_id == new_id}
        assert moved == {"普京"}
        assert "普京" not in {m.surface for _, m in after.mentions
                             if m.entity_id == "vladimir-putin"}
        # claims whose sentence names him only as 普京 now name the new entity
        now_new = {c.id for c in after.claims.values() if new_id in c.actors}
        assert now_new and now_new <= putin_claims
        assert all(after.claims[c].lang == "zh" for c in now_new)
        assert any(v.revised for v in after.events)
        # the texts' 普京 now names the new entity, which takes part in events of its own right
        assert resolve(after, "普京").ids == {new_id}
        assert select(after, Filters(entity_ids=frozenset({new_id})))
        store.revoke_decision(d.id, "tester")
        again = load(store)
        assert [v.event for v in again.events] == [v.event for v in before.events]
    finally:
        store.close()


def test_confirmed_claims_are_marked_and_count_as_sure(db: Path) -> None:
    store = open_store(db)
    try:
        corpus = load(store)
        weakest = min(corpus.claims.values(), key=lambda c: c.confidence)
        store.add_decision("confirm_claim", weakest.id, note="", author="tester")
        v = load(store).event_of_claim[weakest.id]
        assert v.confidence == 1.0
        assert {c.claim.id: c.status for c in v.claims}[weakest.id] == "confirmed"
    finally:
        store.close()

"""Analysts' decisions, full-text search in every script, and read-only / must-exist opening,
on both back ends."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import psycopg
import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "fuse"))

from fusekit import C, D, ingest

from newsweave.store import DecisionError, Store, StoreMissingError, open_store
from newsweave.store.postgres import PgConnection, stored_version

DOCS = [
    D("ko", [C("MEET", ["kim-jong-un", "vladimir-putin"], date="2024-06-19",
               text="김정은 위원장과 푸틴 대통령이 평양에서 회담했다.")], "2024-06-20", lang="ko"),
    D("ar", [C("VISIT", ["vladimir-putin"], ["north-korea"], date="2024-06-19",
               text="زار الرئيس الروسي بوتين كوريا الشمالية يوم الأربعاء.")], "2024-06-20",
      lang="ar", title="بوتين في بيونغ يانغ"),
    D("en", [C("MEET", ["kim-jong-un", "vladimir-putin"], date="2024-06-19",
               text="Kim and Putin met in Pyongyang; 50% of 100_000 troops.")],
      "2024-06-20", lang="en"),
]


@pytest.fixture
def store(store_url: str):
    s = ingest(store_url, DOCS)
    yield s
    s.close()


@pytest.mark.parametrize(("query", "kinds"), [
    ("평양에서", {("document", "ko"), ("claim", "ko")}),  # Korean, 4 syllables: the index
    ("회담", {("document", "ko"), ("claim", "ko")}),  # 2 syllables: the substring fallback
    ("بوتين", {("document", "ar"), ("claim", "ar")}),  # Arabic, in the title and the text
    ("كوريا الشمالية", {("document", "ar"), ("claim", "ar")}),  # two words, both required
    ("pyongyang", {("document", "en"), ("claim", "en")}),  # any case
    ("Putin Pyongyang", {("document", "en"), ("claim", "en")}),
    ("50%", {("document", "en"), ("claim", "en")}),  # LIKE wildcards are literal
    ("100_000", {("document", "en"), ("claim", "en")}),
    ('"', set()),
    ("Lavrov", set()),
    ("   ", set()),
])
def test_search_every_script(store: Store, query: str, kinds: set) -> None:
    assert {(h.kind, h.doc) for h in store.search_text(query)} == kinds


def test_search_follows_reanalysis(store: Store) -> None:
    """Claims replaced by a re-analysis leave the index with them (the triggers)."""
    store.db.execute("DELETE FROM claims WHERE doc_id='ko'")
    assert {h.kind for h in store.search_text("평양에서")} == {"document"}


def test_decisions_are_kept_and_revocable(store: Store) -> None:
    first = store.add_decision("reject_claim", "ko-c00", note="wrong person", author="ana")
    assert first.in_force and first.author == "ana" and first.created.endswith("Z")
    # confirming the same claim replaces the rejection, which stays in the history
    second = store.add_decision("confirm_claim", "ko-c00", note="checked", author="bo")
    assert [d.id for d in store.decisions()] == [second.id]
    history = {d.id: d for d in store.decisions(in_force_only=False)}
    assert history[first.id].revoked and history[first.id].revoked_by == "bo"
    undone = store.revoke_decision(second.id, "ana")
    assert undone is not None and undone.revoked_by == "ana"
    assert store.decisions() == []
    assert store.revoke_decision(second.id, "ana") is None  # already undone


@pytest.mark.parametrize(("kind", "subject", "obj", "author"), [
    ("delete_everything", "x", None, "ana"),
    ("reject_claim", " ", None, "ana"),
    ("reject_claim", "x", None, ""),
    ("merge_entities", "a", "a", "ana"),
    ("split_entity", "a", "not json", "ana"),
    ("split_entity", "a", "[]", "ana"),
])
def test_bad_decisions_are_refused(store: Store, kind, subject, obj, author) -> None:
    with pytest.raises(DecisionError):
        store.add_decision(kind, subject, obj, author=author)
    assert store.decisions(in_force_only=False) == []


def test_read_only_and_must_exist(store: Store, store_url: str, tmp_path: Path,
                                  request: pytest.FixtureRequest) -> None:
    postgres = store_url.startswith("postgresql://")
    # a mistyped file, or a database (schema) where newsweave never made a store
    missing = request.getfixturevalue("pg_schemas")() if postgres else tmp_path / "typo.db"
    with pytest.raises(StoreMissingError):
        open_store(missing, must_exist=True)
    with pytest.raises(StoreMissingError):
        open_store(missing, read_only=True)
    if postgres:  # nothing was created
        with psycopg.connect(str(missing)) as conn:
            assert stored_version(PgConnection(conn)) is None
    else:
        assert not Path(missing).exists()
    ro = open_store(store_url, read_only=True)
    try:
        assert len(ro.document_rows()) == 3
        assert ro.search_text("회담")
        with pytest.raises((sqlite3.OperationalError, psycopg.errors.ReadOnlySqlTransaction)):
            ro.add_decision("reject_claim", "ko-c00", author="ana")
    finally:
        ro.close()

"""One bad document never stops a batch: a document over its time budget is stopped and
reported with its stage (with and without -j), and one whose claims fusion cannot take is
reported, kept apart, and fused by `repair` once it can be."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from corpus import TEXTS, state

from newsweave.ingest import ingest, repair
from newsweave.options import Options
from newsweave.resources import Resources
from newsweave.store import open_store
from newsweave.store.sqlite import SQLiteStore


def test_a_document_over_its_budget_is_stopped_with_its_stage(
    tmp_path: Path, res: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsweave.clean as clean_package

    real = clean_package.normalize_map

    def slow_on_a_marker(text: str, *args: Any, **kwargs: Any) -> Any:
        if "SLOW" in text:  # a stage that would run far beyond the budget
            until = time.process_time() + 30
            while time.process_time() < until:
                pass
        return real(text, *args, **kwargs)

    monkeypatch.setattr(clean_package, "normalize_map", slow_on_a_marker)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXTS[0], "utf-8")
    (tmp_path / "in" / "b.txt").write_text("SLOW\n\n" + TEXTS[1], "utf-8")
    (tmp_path / "in" / "c.txt").write_text(TEXTS[2], "utf-8")
    warm = SQLiteStore(tmp_path / "warm.db")  # analysers load on first use: not counted
    list(ingest([str(tmp_path / "in" / "a.txt")], warm, res))
    warm.close()
    store = SQLiteStore(tmp_path / "x.db")
    started = time.monotonic()
    outcomes = list(ingest([str(tmp_path / "in")], store, res,
                           options=Options(doc_time_budget=1.0)))
    assert time.monotonic() - started < 30  # the spinning stage was cut short
    assert [o.status for o in outcomes] == ["ingested", "failed", "ingested"]
    assert outcomes[1].reason == "stopped after its time budget of 1 s (processor time), in clean"
    store.close()


def test_the_budget_holds_in_worker_processes(tmp_path: Path, res: Resources) -> None:
    paths = []
    for i, text in enumerate(TEXTS[:3]):
        paths.append(tmp_path / f"{i}.txt")
        paths[-1].write_text(text, "utf-8")
    store = SQLiteStore(tmp_path / "x.db")
    outcomes = list(ingest([str(p) for p in paths], store, res, jobs=2,
                           options=Options(doc_time_budget=0.001)))
    assert len(outcomes) == 3
    assert all(o.status == "failed" and o.reason and
               o.reason.startswith("stopped after its time budget of 0.001 s (processor time), in ")
               for o in outcomes), outcomes
    store.close()


def test_a_document_fusion_cannot_take_is_reported_and_repaired_later(
    corpus: Path, res: Resources, cached: None, reference: dict[str, Any], store_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import newsweave.fuse as fuse_package

    real = fuse_package.add_claims
    bad = sorted(corpus.glob("*.txt"))[5]

    def fails_on_one_document(session: Any, fresh: list) -> None:
        if any(session.store.document_row(c.doc).uri == str(bad) for c in fresh):
            raise OverflowError("a number too large")
        real(session, fresh)

    monkeypatch.setattr(fuse_package, "add_claims", fails_on_one_document)
    store = open_store(store_url)
    outcomes = list(ingest([str(corpus)], store, res, flush_every=4))
    failed = [o for o in outcomes if o.status == "failed"]
    assert len(failed) == 1 and failed[0].uri == str(bad)
    assert "could not be fused (OverflowError: a number too large)" in (failed[0].reason or "")
    assert sum(o.status == "ingested" for o in outcomes) == len(TEXTS)
    assert store.fusion_failed_documents() == [failed[0].doc_id]
    assert not store.unfused_documents()
    monkeypatch.setattr(fuse_package, "add_claims", real)  # the bug is fixed
    done = repair(store, res)
    assert done.fused == [failed[0].doc_id] and not done.failed
    assert state(store) == reference
    store.close()

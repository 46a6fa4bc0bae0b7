"""Claims below the calibrated confidence threshold stay out of the default export, timeline and
report, and their events are fused again without them; `--all` brings them back, marked."""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.cli import main
from newsweave.report.export import build_export
from newsweave.report.view import LOW_CONFIDENCE, load
from newsweave.store import open_store


def test_a_threshold_above_every_claim_hides_them_and_their_events(corpus_db: Path) -> None:
    store = open_store(str(corpus_db), read_only=True)
    everything = build_export(store, show_all=True, threshold=1.0)
    assert everything["claims"] and everything["events"]
    assert all(c["shown"] is False for c in everything["claims"])
    none = build_export(store, threshold=1.0)
    assert none["claims"] == [] and none["events"] == []
    assert len(none["documents"]) == len(everything["documents"])  # documents stay


def test_a_middle_threshold_keeps_exactly_the_claims_at_or_above_it(corpus_db: Path) -> None:
    store = open_store(str(corpus_db), read_only=True)
    confidences = sorted(c.confidence for c in store.claims())
    middle = confidences[len(confidences) // 2]
    data = build_export(store, threshold=middle)
    kept = {c["id"] for c in data["claims"]}
    assert kept == {c.id for c in store.claims() if c.confidence + 1e-9 >= middle}
    # every event lists only shown claims, and every shown claim's document is the event's
    for ev in data["events"]:
        assert set(ev["claims"]) <= kept
    by_id = {c["id"]: c for c in data["claims"]}
    for ev in data["events"]:
        assert {by_id[i]["doc"] for i in ev["claims"]} <= set(ev["documents"])


def test_show_all_marks_the_claims_below_the_threshold(corpus_db: Path) -> None:
    store = open_store(str(corpus_db), read_only=True)
    corpus = load(store, show_all=True, threshold=1.0)
    statuses = {c.status for v in corpus.events for c in v.claims}
    assert statuses == {LOW_CONFIDENCE}


def test_export_all_from_the_command_line(corpus_db: Path, tmp_path: Path) -> None:
    out_default, out_all = tmp_path / "d.json", tmp_path / "a.json"
    assert main(["--db", str(corpus_db), "export", "-o", str(out_default)]) == 0
    assert main(["--db", str(corpus_db), "export", "--all", "-o", str(out_all)]) == 0
    default = json.loads(out_default.read_text(encoding="utf-8"))
    everything = json.loads(out_all.read_text(encoding="utf-8"))
    assert all(c["shown"] for c in default["claims"])
    assert {c["id"] for c in default["claims"]} == {
        c["id"] for c in everything["claims"] if c["shown"]}

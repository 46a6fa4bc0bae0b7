"""Claims below the calibrated confidence threshold stay out of the default export, timeline and
report, and their events are fused again without them; `--all` brings them back, marked."""

from __future__ import annotations

import json
from dataclasses import replace
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


def _thresholds(monkeypatch, threshold: float, corroborated: float | None) -> None:
    from newsweave.claims import calibration as module

    model = replace(module.calibration(), threshold=threshold,
                    corroborated_threshold=corroborated)
    monkeypatch.setattr(module, "calibration", lambda: model)


def test_a_claim_another_independent_source_reports_is_shown_from_the_lower_threshold(
        corpus_db: Path, monkeypatch) -> None:
    """Threshold 1 for single-source claims, 0 for corroborated ones: the default export keeps
    exactly the claims of stored events that two or more independent sources report."""
    store = open_store(str(corpus_db), read_only=True)
    corroborated = {cid for ev in store.events() if ev.independent_sources >= 2
                    for cid in ev.claims}
    single = {c.id for c in store.claims()} - corroborated
    assert corroborated and single, "the test corpus needs both kinds of claims"
    _thresholds(monkeypatch, 1.0, 0.0)
    kept = {c["id"] for c in build_export(store)["claims"]}
    assert kept == corroborated
    everything = build_export(store, show_all=True)["claims"]
    assert {c["id"] for c in everything if c["shown"]} == corroborated
    # without a corroborated threshold every claim is judged by the one threshold
    _thresholds(monkeypatch, 1.0, None)
    assert build_export(store)["claims"] == []


def test_a_threshold_given_holds_for_corroborated_claims_too(corpus_db: Path,
                                                             monkeypatch) -> None:
    store = open_store(str(corpus_db), read_only=True)
    _thresholds(monkeypatch, 1.0, 0.0)
    assert build_export(store, threshold=1.0)["claims"] == []
    corpus = load(store, threshold=1.0, show_all=True)
    assert not any(v.shown_by_default for v in corpus.events)
    corpus = load(store, show_all=True)
    assert {v.shown_by_default for v in corpus.events} == {True, False}

"""`newsweave findings` over a store the test fills by hand."""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.cli import main
from newsweave.model import Finding, Processed
from newsweave.store import open_store


def _fill(db: Path, fx) -> None:
    doc = fx.make_doc("About XNUMX soldiers arrived, with 48/14 drones.", "en", doc_id="doc1")
    findings = [
        Finding("doc1-f1", "doc1", "garbled_number", "high", 6, 11, "XNUMX", "placeholder"),
        Finding("doc1-f2", "doc1", "garbled_number", "medium", 35, 47, "48/14 drones", "slash",
                "14 of 48?"),
        Finding("doc1-f3", "doc1", "sentence_fragment", "low", 0, 5, "About", "fragment"),
    ]
    store = open_store(db)
    store.save(Processed(doc, fx.analysis(), (), tuple(findings), 0.4), ())
    store.close()


def test_findings_filters(tmp_path: Path, fx, capsys) -> None:
    db = tmp_path / "nw.db"
    _fill(db, fx)
    assert main(["--db", str(db), "findings", "--json", "--min-severity", "medium"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert [r["surface"] for r in rows] == ["XNUMX", "48/14 drones"]
    assert main(["--db", str(db), "findings", "--json", "--kind", "sentence_fragment"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert [r["kind"] for r in rows] == ["sentence_fragment"]


def test_findings_table_and_unknown_doc(tmp_path: Path, fx, capsys) -> None:
    db = tmp_path / "nw.db"
    _fill(db, fx)
    assert main(["--db", str(db), "findings", "--doc", "doc1"]) == 0
    out = capsys.readouterr().out
    assert "3 findings" in out and "XNUMX" in out
    assert main(["--db", str(db), "findings", "--doc", "nope"]) == 2

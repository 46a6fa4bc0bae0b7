"""The command line end to end, on small files the tests write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.cli import main

ARTICLE_EN = """North Korea sends troops to Russia, Seoul says

Seoul, October 18, 2024 — South Korea's spy agency said on Friday that North Korea had sent
about 1,500 special forces troops to Russia. The Kremlin denied the report.
"""
ARTICLE_ID = """Korea Utara kirim pasukan ke Rusia

Badan intelijen Korea Selatan mengatakan pada hari Jumat bahwa Korea Utara telah mengirim
sekitar 1.500 tentara pasukan khusus ke Rusia. Kremlin membantah laporan tersebut.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "en.txt").write_text(ARTICLE_EN, encoding="utf-8")
    (d / "id.txt").write_text(ARTICLE_ID, encoding="utf-8")
    return d


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_ingest_then_reingest_adds_nothing(tmp_path: Path, corpus: Path, capsys) -> None:
    db = tmp_path / "nw.db"
    assert run(db, "ingest", "-q", str(corpus)) == 0
    assert "ingested 2, already present 0" in capsys.readouterr().out
    assert run(db, "ingest", "-q", str(corpus)) == 0
    assert "ingested 0, already present 2" in capsys.readouterr().out


def test_failures_are_reported_and_batch_goes_on(tmp_path: Path, corpus: Path, capsys) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    db = tmp_path / "nw.db"
    assert run(db, "ingest", "-q", str(corpus), str(tmp_path / "missing.txt")) == 1
    captured = capsys.readouterr()
    assert "ingested 2" in captured.out
    assert "empty.txt" in captured.err and "missing.txt" in captured.err


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--db", str(tmp_path / "x.db"), "no-such-command"])
    assert e.value.code == 2
    assert main(["--db", str(tmp_path / "x.db")]) == 2


def test_export_contract(tmp_path: Path, corpus: Path, capsys) -> None:
    db = tmp_path / "nw.db"
    run(db, "ingest", "-q", str(corpus))
    capsys.readouterr()
    out = tmp_path / "e.json"
    assert run(db, "export", "--format", "json", "--with-text", "-o", str(out)) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "newsweave/1"
    assert set(data) >= {"documents", "entities", "claims", "events", "findings"}
    assert len(data["documents"]) == 2
    for d in data["documents"]:
        assert {
            "id",
            "uri",
            "title",
            "published",
            "outlet",
            "origin",
            "languages",
            "text",
            "quality",
        } <= set(d)
        assert 0 <= d["quality"]["score"] <= 1
    # standard output when -o is absent, and no text without --with-text
    assert run(db, "export") == 0
    data2 = json.loads(capsys.readouterr().out)
    assert "text" not in data2["documents"][0]


def test_docs_and_show(tmp_path: Path, corpus: Path, capsys) -> None:
    db = tmp_path / "nw.db"
    run(db, "ingest", "-q", str(corpus))
    capsys.readouterr()
    assert run(db, "docs") == 0
    table = capsys.readouterr().out
    assert "2 documents" in table
    assert run(db, "docs", "--json") == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert len(rows) == 2
    doc_id = next(r["id"] for r in rows if r["uri"].endswith("en.txt"))
    assert run(db, "show", doc_id[:8]) == 0
    assert "Kremlin" in capsys.readouterr().out
    assert run(db, "show", "zzzz-not-a-doc") == 2


def test_parallel_ingest_stores_the_same_documents(tmp_path: Path, corpus: Path, capsys) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    serial, parallel = tmp_path / "serial.db", tmp_path / "parallel.db"
    assert run(serial, "ingest", "-q", str(corpus)) == 1
    assert run(parallel, "ingest", "-q", "--jobs", "2", str(corpus)) == 1
    capsys.readouterr()
    ids = []
    for db in (serial, parallel):
        run(db, "docs", "--json")
        ids.append(sorted(json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()))
    assert ids[0] == ids[1] and len(ids[0]) == 2


def test_bad_kb_file_is_a_usage_error(tmp_path: Path, corpus: Path, capsys) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {id: x, type: dragon, name: X}\n", encoding="utf-8")
    assert main(["--db", str(tmp_path / "x.db"), "--kb", str(bad), "ingest", str(corpus)]) == 2
    err = capsys.readouterr().err
    assert "bad.yaml" in err
    assert main(["--db", str(tmp_path / "x.db"), "--kb", str(tmp_path / "nope.yaml"), "docs"]) == 2


def test_republished_copy_is_linked_as_near_duplicate(tmp_path: Path, corpus: Path, capsys) -> None:
    copy = "DIGEST — republished\n\n" + ARTICLE_EN + "\nMore news at 11.\n"
    (corpus / "copy.txt").write_text(copy, encoding="utf-8")
    db = tmp_path / "nw.db"
    assert run(db, "ingest", "-q", str(corpus)) == 0
    assert "near-duplicates 1" in capsys.readouterr().out
    run(db, "docs", "--json")
    rows = {json.loads(x)["uri"].rsplit("/", 1)[-1]: json.loads(x)
            for x in capsys.readouterr().out.splitlines()}
    assert rows["copy.txt"]["near_duplicates"] == [rows["en.txt"]["id"]]
    assert rows["id.txt"]["near_duplicates"] == []  # a translation is not a copy

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


# --------------------------------------------------------------------------- issue 11: nothing
# fails silently (each test below failed before the fix)


def _ids(capsys) -> set[str]:
    return {e["id"] for e in json.loads(capsys.readouterr().out)}


@pytest.mark.parametrize("name", ["Putin", "putin", "プーチン", "Путин", "푸틴", "普京",
                                  "vladimir-putin"])
def test_entity_filter_in_any_script(corpus_db: Path, capsys, name: str) -> None:
    assert run(corpus_db, "timeline", "--json", "--entity", "Vladimir Putin") == 0
    expected = _ids(capsys)
    assert expected  # the examples report Putin's visit to Pyongyang
    assert run(corpus_db, "timeline", "--json", "--entity", name) == 0
    assert _ids(capsys) == expected


def test_entity_filter_by_surname_alone(corpus_db: Path, capsys) -> None:
    assert run(corpus_db, "timeline", "--json", "--entity", "Lavrov") == 0
    assert _ids(capsys)


@pytest.mark.parametrize(("args", "said"), [
    (["--type", "FOO"], "MEET, VISIT"),
    (["--from", "2024-13-45"], "not a date"),
    (["--to", "yesterday"], "not a date"),
    (["--modality", "maybe"], "asserted, reported"),
    (["--min-sources", "-1"], "not a count"),
])
def test_bad_filter_values_are_usage_errors(corpus_db: Path, capsys, args, said) -> None:
    with pytest.raises(SystemExit) as e:
        run(corpus_db, "timeline", *args)
    assert e.value.code == 2
    assert said in capsys.readouterr().err


@pytest.mark.parametrize(("command", "args", "said"), [
    ("timeline", ["--lang", "jp"], "unknown language 'jp'; one of "),
    ("report", ["--lang", "jp", "-o", "{tmp}/r.html"], "unknown language 'jp'; one of "),
    ("timeline", ["--entity", "Nobody Nowhere"], "no entity is known as 'Nobody Nowhere'"),
    ("timeline", ["--from", "2024-06", "--to", "2024-01"], "is after"),
    ("findings", ["--kind", "FOO"], "kinds found:"),
])
def test_bad_values_needing_the_store_are_usage_errors(corpus_db: Path, tmp_path: Path,
                                                        capsys, command, args, said) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert run(corpus_db, command, *args) == 2
    assert said in capsys.readouterr().err


@pytest.mark.parametrize("command", ["docs", "timeline", "entities", "findings", "export",
                                     "event", "report", "show"])
def test_reading_commands_refuse_a_missing_db(tmp_path: Path, capsys, command: str) -> None:
    db = tmp_path / "tpyo.db"
    extra = {"event": ["ev-x"], "show": ["x"], "report": ["-o", str(tmp_path / "r.html")]}
    assert run(db, command, *extra.get(command, [])) == 2
    assert "no database at" in capsys.readouterr().err
    assert not db.exists()


@pytest.mark.parametrize("args", [["report", "-o", "/missing/dir/x.html"],
                                  ["export", "-o", "/missing/dir/x.json"]])
def test_bad_output_path_is_said_without_a_traceback(corpus_db: Path, capsys, args) -> None:
    assert run(corpus_db, *args) == 2
    err = capsys.readouterr().err
    assert "cannot write /missing/dir/" in err and "Traceback" not in err


@pytest.mark.parametrize("args", [["docs", "--json"], ["export"], ["timeline"]])
def test_closed_pipe_ends_quietly(corpus_db: Path, args: list[str]) -> None:
    import subprocess
    import sys

    p = subprocess.Popen([sys.executable, "-m", "newsweave.cli", "--db", str(corpus_db), *args],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout is not None and p.stderr is not None
    p.stdout.close()  # the reader went away before the first line (`| head -0`)
    err = p.stderr.read().decode()
    p.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_timeline_prints_event_ids_and_event_shows_one(corpus_db: Path, capsys,
                                                      monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    assert run(corpus_db, "timeline", "--json", "--type", "DEPLOY_TROOPS") == 0
    events = json.loads(capsys.readouterr().out)
    disputed = next(e for e in events if e["conflicts"])
    assert run(corpus_db, "timeline", "--type", "DEPLOY_TROOPS") == 0
    assert disputed["id"] in capsys.readouterr().out
    assert run(corpus_db, "event", disputed["id"][:-1]) in (0, 2)  # a prefix: one or several
    capsys.readouterr()
    assert run(corpus_db, "event", disputed["id"]) == 0
    out = capsys.readouterr().out
    assert disputed["summary"] in out
    assert f"{disputed['conflicts'][0]['kind']} conflict" in out
    assert out.count("≈ ") == len(disputed["claims"])  # every claim, read in English
    assert run(corpus_db, "event", disputed["id"], "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert {c["id"] for c in data["claims"]} == set(disputed["claims"])
    assert all(c["evidence"]["text"] and c["gloss"] for c in data["claims"])
    assert run(corpus_db, "event", "ev-no-such-event") == 2


def test_empty_results_say_why(corpus_db: Path, tmp_path: Path, capsys) -> None:
    assert run(corpus_db, "timeline", "--type", "DEFECT", "--lang", "ko") == 0
    assert "no event matches --type DEFECT --lang ko" in capsys.readouterr().err
    empty = tmp_path / "empty.db"
    assert run(empty, "ingest", "-q", str(tmp_path / "nothing-here")) == 1  # creates the db
    capsys.readouterr()
    assert run(empty, "timeline") == 0
    assert "no documents in this database yet" in capsys.readouterr().err
    assert run(empty, "findings") == 0
    assert "no findings: no documents" in capsys.readouterr().err


def test_decisions_are_honoured_by_timeline_and_export(corpus_db: Path, tmp_path: Path,
                                                      capsys) -> None:
    import shutil

    from newsweave.store import open_store

    db = tmp_path / "copy.db"
    shutil.copy(corpus_db, db)
    assert run(db, "timeline", "--json", "--type", "DEPLOY_TROOPS") == 0
    before = json.loads(capsys.readouterr().out)
    event = max(before, key=lambda e: len(e["claims"]))
    rejected = event["claims"][0]
    store = open_store(db)
    decision = store.add_decision("reject_claim", rejected, note="a test", author="tester")
    store.close()
    assert run(db, "timeline", "--json", "--type", "DEPLOY_TROOPS") == 0
    after = json.loads(capsys.readouterr().out)
    assert rejected not in {c for e in after for c in e["claims"]}
    assert any(e["revised_by_review"] for e in after)
    assert run(db, "export") == 0
    data = json.loads(capsys.readouterr().out)
    assert rejected not in {c["id"] for c in data["claims"]}
    assert [d["id"] for d in data["decisions"]] == [decision.id]
    store = open_store(db)
    store.revoke_decision(decision.id, "tester")
    store.close()
    assert run(db, "timeline", "--json", "--type", "DEPLOY_TROOPS") == 0
    assert json.loads(capsys.readouterr().out) == before  # undone: as it was

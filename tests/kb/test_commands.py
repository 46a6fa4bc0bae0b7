"""`newsweave kb show|search|validate` and `newsweave entities`."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.cli import main


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSWEAVE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "200")  # rich tables must not fold the ids


def test_kb_show_prints_names_and_facts(small_kb_file, capsys, cache):
    assert main(["--kb", str(small_kb_file), "kb", "show", "김정은"]) == 0
    out = capsys.readouterr().out
    assert "Kim Jong Un" in out and "金正恩" in out and "Ким Чен Ын" in out
    assert "1984-01-08" in out and "General Secretary" in out


def test_kb_show_unknown_name(small_kb_file, capsys, cache):
    assert main(["--kb", str(small_kb_file), "kb", "show", "Zzyzx Qwerty"]) == 1


def test_kb_search_lists_scored_candidates(small_kb_file, capsys, cache):
    assert main(["--kb", str(small_kb_file), "kb", "search", "Kirill Butanov"]) == 0
    out = capsys.readouterr().out
    assert "kirill-budanov" in out


def test_kb_validate_reports_file_and_line(tmp_path: Path, capsys, cache):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: a\n  type: person\n  name: A\n- id: a\n  type: person\n  name: B\n",
                   encoding="utf-8")
    assert main(["kb", "validate", str(bad)]) == 2
    assert f"{bad}:4: duplicate id" in capsys.readouterr().err.replace("\n", "")


def test_bad_user_file_is_a_usage_error(tmp_path: Path, capsys, cache):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: a\n  type: human\n  name: A\n", encoding="utf-8")
    assert main(["--kb", str(bad), "kb", "search", "Putin"]) == 2
    assert "bad.yaml:1: bad type" in capsys.readouterr().err.replace("\n", "")


def test_entities_lists_mention_counts(tmp_path: Path, small_kb_file, capsys, cache):
    text = tmp_path / "story.txt"
    text.write_text("Russian President Vladimir Putin met Kim Jong Un in Pyongyang on Friday.\n"
                    "Putin said Russia and North Korea would deepen ties.\n", encoding="utf-8")
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "--kb", str(small_kb_file), "ingest", str(text)]) in (0, 1)
    capsys.readouterr()
    assert main(["--db", db, "entities", "--type", "person", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"id": "vladimir-putin"' in out and '"mentions": 2' in out
    assert '"type": "country"' not in out

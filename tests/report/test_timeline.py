from __future__ import annotations

import json

import pytest

from newsweave.cli import main
from newsweave.report.view import Filters, load, select


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(), {"MEET", "SUPPLY_ARMS", "DEPLOY_TROOPS", "ATTACK"}),
    (Filters(type="meet"), {"MEET"}),
    (Filters(date_from="2024"), {"DEPLOY_TROOPS", "ATTACK"}),
    (Filters(date_to="2023-09-30"), {"MEET"}),  # the arms event is dated 2023-10
    (Filters(date_from="2023-09-14", date_to="2023-12"), {"SUPPLY_ARMS"}),
    (Filters(entity="KIM JONG-UN"), {"MEET"}),  # an alias, any case
    (Filters(entity="Ukraine"), {"ATTACK"}),
    (Filters(entity="Vostochny Cosmodrome"), {"MEET"}),  # a place
    (Filters(entity="Nobody"), set()),
    (Filters(lang="vi"), {"MEET"}),
    (Filters(lang="ru"), {"DEPLOY_TROOPS", "ATTACK"}),
    (Filters(min_sources=3), {"MEET"}),
    (Filters(min_sources=2, lang="ja"), {"MEET", "SUPPLY_ARMS"}),
])
def test_select(store, filters: Filters, expected: set[str]) -> None:
    assert {v.event.type for v in select(load(store), filters)} == expected


def test_timeline_command_json(store, tmp_path, capsys) -> None:
    db = str(store.path)
    assert main(["--db", db, "timeline", "--json", "--type", "MEET"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1
    row = rows[0]
    assert row["date"] == "2023-09-13" and row["independent_sources"] == 3
    assert row["evidence"]["text"]  # the source sentence travels with the summary
    assert [c["kind"] for c in row["conflicts"]] == ["date"]


def test_timeline_command_table(store, capsys, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "240")
    assert main(["--db", str(store.path), "timeline", "--entity", "putin"]) == 0
    out = capsys.readouterr().out
    assert "Kim Jong Un and Vladimir Putin met" in out
    assert "2023-09-13" in out and "MEET" in out
    assert "DEPLOY_TROOPS" not in out


def test_timeline_rebuild_keeps_the_events(store, capsys) -> None:
    db = str(store.path)
    assert main(["--db", db, "timeline", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert main(["--db", db, "timeline", "--json", "--rebuild"]) == 0
    assert json.loads(capsys.readouterr().out) == before

from __future__ import annotations

import csv
from pathlib import Path

from newsweave.cli import main
from newsweave.report.csv_export import COLUMNS


def test_csv_export(store, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    assert main(["--db", str(store.path), "export", "--format", "csv", "-o", str(out)]) == 0
    for table, columns in COLUMNS.items():
        with (out / f"{table}.csv").open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
            assert tuple(rows[0].keys() if rows else columns) == columns, table
    with (out / "claims.csv").open(encoding="utf-8", newline="") as f:
        claims = {r["id"]: r for r in csv.DictReader(f)}
    arms = claims["b-c01"]
    assert arms["type"] == "SUPPLY_ARMS" and arms["plover"] == "AID"
    assert float(arms["quantity_value"]) == 1000 and arms["quantity_unit"] == "containers"
    assert arms["date_value"] == "2023-10" and arms["evidence_lang"] == "id"
    assert claims["a-c00"]["actors"] == "kim-jong-un; vladimir-putin"
    assert "<script>" in claims["d-c01"]["evidence_text"]  # CSV keeps the text as it is
    with (out / "events.csv").open(encoding="utf-8", newline="") as f:
        events = {r["type"]: r for r in csv.DictReader(f)}
    meet = events["MEET"]
    assert meet["independent_sources"] == "3" and meet["date"] == "2023-09-13"
    assert meet["conflicts"].startswith("date: ")
    assert set(meet["documents"].split("; ")) == {"a", "b", "e"}


def test_csv_needs_a_directory(store) -> None:
    assert main(["--db", str(store.path), "export", "--format", "csv"]) == 2

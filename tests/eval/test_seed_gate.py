"""Quality gate: the seed export must not fall below the pinned scores.

Runs the real command line on ../shared/corpus/seeds, scores the export with
../shared/eval/score.py and compares with tests/eval/baseline.json. Raise the baseline when a
change improves a score; a drop fails here. Skipped when ../shared is not beside the checkout.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsweave.cli import main

HERE = Path(__file__).parent
SCORER = HERE.parents[1].parent / "shared" / "eval" / "score.py"
GOLD = HERE.parents[1].parent / "shared" / "gold" / "seeds.json"


def test_seed_scores_do_not_regress(seeds_dir: Path, tmp_path: Path) -> None:
    if not SCORER.exists() or not GOLD.exists():
        pytest.skip("../shared/eval or ../shared/gold is missing")
    db, export = tmp_path / "seeds.db", tmp_path / "export.json"
    assert main(["--db", str(db), "ingest", "-q", str(seeds_dir)]) == 0
    assert main(["--db", str(db), "export", "--with-text", "-o", str(export)]) == 0
    out = subprocess.run(
        [sys.executable, str(SCORER), str(export), str(GOLD)],
        capture_output=True, text=True, check=True,
    ).stdout
    summary = next(line for line in out.splitlines() if line.startswith("summary "))
    scores = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", summary)}
    baseline = json.loads((HERE / "baseline.json").read_text(encoding="utf-8"))
    drops = {k: (scores.get(k, 0.0), floor) for k, floor in baseline.items()
             if scores.get(k, 0.0) + 1e-9 < floor}
    assert not drops, f"seed scores fell below the baseline: {drops}\n{out}"

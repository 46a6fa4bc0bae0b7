"""A bounded pass of `bench/fuzz.py` (1,000 hostile inputs of every kind, small ones) through
the real ingest: no internal error, no span violation, no document over its budget, a valid
export and neutral CSV cells."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FUZZ = Path(__file__).resolve().parents[1] / "bench" / "fuzz.py"


def test_a_bounded_fuzz_pass_is_clean() -> None:
    run = subprocess.run(
        [sys.executable, str(FUZZ), "--examples", "1000", "--max-chars", "400", "--seed", "13"],
        capture_output=True, text=True, timeout=1800)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "internal errors 0, span violations 0, over budget 0, not fused 0, export " \
           "problems 0" in run.stdout

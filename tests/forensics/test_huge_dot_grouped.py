"""A dot-grouped figure of hundreds of digits (read as infinity) is reported, and the number
checks still run (bench/fuzz.py's huge_numbers kind found them failing)."""

from __future__ import annotations

import logging

from newsweave.model import RawDocument
from newsweave.pipeline import process
from newsweave.resources import Resources


def test_a_dot_grouped_figure_of_hundreds_of_digits(caplog) -> None:
    text = "北朝鮮はロシアに" + ".".join(["999"] * 150) + "人の兵士を派遣した。"
    with caplog.at_level(logging.WARNING):
        found = process(RawDocument(uri="t.txt", data=text, published="2024-11-05"),
                        Resources())
    assert not [r for r in caplog.records if "failed" in r.getMessage()]
    assert "garbled_number" in {f.kind for f in found.findings}

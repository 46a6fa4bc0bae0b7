"""On the real seed articles: dates and numbers resolve the way a reader would resolve them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.model import RawDocument
from newsweave.pipeline import build_document
from newsweave.quantity import find_quantities
from newsweave.resources import Resources
from newsweave.time import find_times

PUBLISHED = {"000": "2023-09-20", "001": "2024-10-17", "003": "2023-10-27", "004": "2024-11-01"}

TIMES = [
    ("000", "tanggal 10", "2023-09-10", None),
    ("000", "tanggal 12", "2023-09-12", None),
    ("000", "sebulan lalu", "2023-08", None),
    ("000", "April 2019", "2019-04", None),
    ("001", "Bulan Juni ini", "2024-06", None),
    ("001", "tanggal 14 bulan ini", "2024-10-14", None),
    ("003", "화요일", "2023-10-24", None),
    ("003", "10월 13일", "2023-10-13", None),
    ("003", "9월 16일", "2023-09-16", None),
    ("003", "다음날", "2023-10-19", None),
    ("004", "11月31日", None, "impossible_date"),
    ("004", "31.10月1.000日", "2024-10-31", "garbled_readable"),
    ("004", "同日", "2024-10-31", None),
    ("000", "13\nPada hari Minggu", "2023-09-13", "weekday_mismatch"),
]

QUANTITIES = [
    ("001", "3.000 personel", 3000, "personnel", None),
    ("003", "1,000개 이상", 1000, "containers", None),
    ("004", "XNUMX", None, None, "placeholder"),
    ("004", "10.000万人", None, "soldiers", "double_scale"),
    ("004", "1.500キロ", 1500, "km", None),
    ("004", "8.000人", 8000, None, None),
    ("004", "48/14機", None, None, "garbled"),
]


def _doc(seeds: Path, prefix: str):
    (path,) = sorted(seeds.glob(f"{prefix}_*.txt"))
    raw = RawDocument(uri=str(path), data=path.read_bytes(), published=PUBLISHED[prefix])
    return build_document(raw, Resources())


@pytest.mark.seeds
@pytest.mark.parametrize(("prefix", "surface", "value", "problem"), TIMES)
def test_seed_times(seeds_dir: Path, prefix: str, surface: str, value, problem) -> None:
    times = find_times(_doc(seeds_dir, prefix))
    hits = [t for t in times if surface in t.surface]
    assert hits, [t.surface for t in times]
    assert (hits[0].value, hits[0].problem) == (value, problem)


@pytest.mark.seeds
@pytest.mark.parametrize(("prefix", "surface", "value", "unit", "problem"), QUANTITIES)
def test_seed_quantities(seeds_dir: Path, prefix, surface, value, unit, problem) -> None:
    doc = _doc(seeds_dir, prefix)
    found = find_quantities(doc)
    hits = [q for q in found if surface in q.surface]
    assert hits, [q.surface for q in found]
    q = hits[0]
    assert (q.value, q.problem) == (value, problem)
    if unit:
        assert q.unit == unit
    assert doc.original_text[q.start : q.end] == q.surface

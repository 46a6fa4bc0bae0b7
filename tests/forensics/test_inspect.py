"""The inspect() contract: ids, surfaces, dedupe, density budget, quality; robustness."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.forensics import budget_for, select
from newsweave.forensics.common import Candidate, collapse
from newsweave.forensics.quality import is_republication


def test_ids_and_surfaces(fx):
    text = "Dia tiba pada tanggal 12. 13\nPada hari Minggu, ia mengunjungi Kosmodrom Vostochny."
    doc = fx.make_doc(text, "id", "2023-09-20", doc_id="abc")
    findings, quality = fx.run(doc)
    assert [f.id for f in findings] == [f"abc-f{i}" for i in range(1, len(findings) + 1)]
    f = next(f for f in findings if f.kind == "garbled_date")
    assert f.surface == "13 Pada hari Minggu"  # the line break reads as one space
    assert doc.original_text[f.start:f.end] == "13\nPada hari Minggu"
    assert all(f.doc == "abc" and f.message for f in findings)
    assert 0.0 < quality < 1.0


def test_collapse_keeps_spaces_but_joins_lines():
    assert collapse("READ\u00a0 여권") == "READ  여권"
    assert collapse("13\n  Pada") == "13 Pada"


def test_select_dedupes_overlaps_and_merges_repeats():
    c = [Candidate("a", "high", 0, 10, "m", score=0.9, surface_key="x"),
         Candidate("b", "medium", 5, 12, "m", score=0.9, surface_key="y"),
         Candidate("a", "high", 20, 25, "m", score=0.9, surface_key="x"),
         Candidate("c", "low", 30, 35, "m", score=0.4, surface_key="z")]
    kept = select(c, (5, 5))
    assert [(k.kind, k.start) for k in kept] == [("a", 0), ("c", 30)]
    assert "×2" in kept[0].message


def test_budget_limits_low_findings(fx):
    low = [Candidate("debris", "low", i * 10, i * 10 + 5, "m", score=0.3, surface_key=str(i))
           for i in range(50)]
    assert len(select(low, (3, 10))) == 3
    doc = fx.make_doc("x" * 4000, "en")
    assert budget_for(doc) == (10, 20)


def test_quality_drops_with_findings_and_republication(fx):
    clean_text = "North Korea vowed to continue military cooperation with Russia on Tuesday."
    garbled = clean_text + "\nAbout XNUMX soldiers and 48/14 drones arrived. korea yon"
    _, q_clean = fx.run(fx.make_doc(clean_text, "en"))
    _, q_garbled = fx.run(fx.make_doc(garbled, "en"))
    _, q_copy = fx.run(fx.make_doc(clean_text, "en", outlet="example-farm.com", origin="VOA"))
    assert q_clean == 1.0
    assert q_garbled < q_clean
    assert q_copy < q_clean


def test_republication(fx):
    assert is_republication(fx.make_doc("x", origin="VOA"))
    assert is_republication(fx.make_doc("x", outlet="wowkorea.jp", origin="thanhnien.vn"))
    assert not is_republication(fx.make_doc("x", outlet="www.voanews.com", origin="voanews.com"))
    assert not is_republication(fx.make_doc("x", outlet="voa.com"))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, "en", "ja", "ko", "id", "ru", "zh", "vi"]))
def test_never_crashes_and_spans_are_valid(text, lang):
    from tests_forensics_helpers import make_doc, run  # the conftest helpers (see there)

    doc = make_doc(text, lang, "2024-02-29")
    findings, quality = run(doc)
    assert 0.0 <= quality <= 1.0
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.surface == collapse(text[f.start:f.end])

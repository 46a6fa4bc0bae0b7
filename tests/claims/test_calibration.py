"""Calibrated confidence: named evidence signals on every claim, a logistic model over them,
and a threshold that hides the less certain claims by default."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.claims.helpers import claims

from newsweave.claims.calibration import (
    Calibration,
    CalibrationError,
    build_calibration,
    calibrate,
    calibration,
    shown,
)

MODEL = Calibration(intercept=-1.0, raw=2.0, quality=1.0,
                    weights={"target": 0.8, "date": 0.5, "sentence:long": -0.7}, threshold=0.6)

# one act told plainly, with its target and its date, in three languages
PLAIN = [
    ("en", "Russia attacked Ukraine on Monday.",
     {"Russia": "RU", "Ukraine": "UA"}, {"on Monday": "2024-10-28"}),
    ("ru", "Россия атаковала Украину в понедельник.",
     {"Россия": "RU", "Украину": "UA"}, {"в понедельник": "2024-10-28"}),
    ("ja", "ロシアは28日、ウクライナを攻撃した。",
     {"ロシア": "RU", "ウクライナ": "UA"}, {"28日": "2024-10-28"}),
]


@pytest.mark.parametrize(("lang", "text", "names", "times"), PLAIN)
def test_every_claim_names_the_evidence_it_was_read_from(lang, text, names, times) -> None:
    found = [c for c in claims(text, lang, mentions=names, times=times) if c.type == "ATTACK"]
    assert found, f"no attack read in {text!r}"
    c = found[0]
    assert "family:ATTACK" in c.signals and "modality:asserted" in c.signals
    assert "target" in c.signals and "date" in c.signals
    assert f"lang:{lang}" in c.signals
    assert 0.0 < c.raw_confidence <= 1.0


@pytest.mark.parametrize(("lang", "text", "names", "times"), PLAIN)
def test_a_claim_with_less_evidence_is_less_certain(lang, text, names, times) -> None:
    """The same act without its date and target: fewer signals, lower calibrated confidence."""
    dated = [c for c in claims(text, lang, mentions=names, times=times) if c.type == "ATTACK"]
    bare = [c for c in claims(text, lang, mentions={k: v for k, v in names.items()
                                                    if v == "RU"}) if c.type == "ATTACK"]
    assert dated and bare
    (a,), (b,) = calibrate(dated[:1], 1.0, MODEL), calibrate(bare[:1], 1.0, MODEL)
    assert "target" not in b.signals and "date" not in b.signals
    assert b.confidence < a.confidence


def test_probability_adds_the_weights_of_the_signals_present() -> None:
    import math

    p = MODEL.probability(["target", "date"], raw=0.5, quality=1.0)
    assert p == pytest.approx(1 / (1 + math.exp(-(-1.0 + 1.0 + 1.0 + 0.8 + 0.5))))
    # a signal the fit never saw (a new language) weighs nothing
    assert MODEL.probability(["target", "lang:xx"], 0.5, 1.0) == MODEL.probability(
        ["target"], 0.5, 1.0)


@given(st.lists(st.sampled_from(["target", "date", "sentence:long", "other"]), max_size=6),
       st.floats(0, 1), st.floats(0, 1))
def test_probability_is_a_probability_and_rises_with_positive_evidence(signals, raw, q) -> None:
    p = MODEL.probability(signals, raw, q)
    assert 0.0 <= p <= 1.0
    assert MODEL.probability([*signals, "target"], raw, q) >= p
    assert MODEL.probability(signals, min(1.0, raw + 0.1), q) >= p


def test_the_threshold_hides_less_certain_claims() -> None:
    found = claims(*PLAIN[0][1:2], "en", mentions=PLAIN[0][2], times=PLAIN[0][3])
    (c,) = calibrate([x for x in found if x.type == "ATTACK"][:1], 1.0, MODEL)
    assert shown(c, threshold=c.confidence) and not shown(c, threshold=c.confidence + 0.01)


def test_the_reasons_are_the_strongest_signals() -> None:
    assert MODEL.reasons(["date", "sentence:long", "target"], top=2) == [
        ("target", 0.8), ("sentence:long", -0.7)]


@pytest.mark.parametrize(("data", "message"), [
    ([], "a mapping"),
    ({"raw": 1, "threshold": 0.5}, "missing field 'intercept'"),
    ({"intercept": 0, "raw": 1, "threshold": 1.5}, "between 0 and 1"),
    ({"intercept": "x", "raw": 1, "threshold": 0.5}, "could not convert"),
])
def test_a_bad_calibration_file_says_what_is_wrong(data, message) -> None:
    with pytest.raises(CalibrationError, match=message):
        build_calibration(data)


def test_the_packaged_calibration_loads() -> None:
    model = calibration()
    assert 0.0 <= model.threshold <= 1.0


def test_the_corroborated_threshold_is_read_checked_and_never_above_the_other() -> None:
    base = {"intercept": 0.0, "raw": 1.0, "threshold": 0.5}
    assert build_calibration(base).limit(corroborated=True) == 0.5
    cal = build_calibration({**base, "corroborated_threshold": 0.3})
    assert (cal.limit(), cal.limit(corroborated=True)) == (0.5, 0.3)
    assert build_calibration({**base, "corroborated_threshold": 0.9}).limit(True) == 0.5
    with pytest.raises(CalibrationError, match="corroborated_threshold"):
        build_calibration({**base, "corroborated_threshold": 1.5})

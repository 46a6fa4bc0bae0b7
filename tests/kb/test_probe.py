"""Floors for entity recall and precision on the probe corpus (tests/kb/probe): short made-up
articles in en, id, vi, ru on stories far from the seeds, with the packaged knowledge base.
Raise a floor when a change improves it; `python tests/kb/probe/score.py -v` lists the misses."""

from __future__ import annotations

import pytest

from newsweave.kb import load_knowledge_base

from .probe.score import score

# (held-out stories, languages, recall floor, precision floor)
FLOORS = [
    (False, None, 0.95, 0.95),
    (True, None, 0.80, 0.95),
    (True, {"en"}, 0.90, 0.95),
    (True, {"id"}, 0.85, 0.95),
    (True, {"vi"}, 0.70, 0.90),
    (True, {"ru"}, 0.60, 0.90),
]


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


@pytest.mark.parametrize(("heldout", "langs", "recall", "precision"), FLOORS)
def test_probe_entities_stay_above_their_floors(kb, heldout, langs, recall, precision):
    s = score(kb, langs, heldout)
    assert s.recall >= recall, s.misses
    assert s.precision >= precision, s.extras
    assert s.wrong == 0

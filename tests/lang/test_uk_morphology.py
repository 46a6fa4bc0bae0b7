"""The Ukrainian pack's hand-written grammar checked against a morphological dictionary
(pymorphy3 with its Ukrainian dictionary, a dev dependency: the pack itself needs none).

Measured for the pack (2 shared cores): loading 0.5 s and ~40 MB; ~4,200 words/s uncached
(~32 kchars/s), far below the analysis stage's speed. Names link without it (Cyrillic stems and
the і/о alternation in kb keys), so it checks the data instead of running in the pipeline."""

from __future__ import annotations

import pytest

from newsweave.lang import get_pack

pymorphy3 = pytest.importorskip("pymorphy3")


@pytest.fixture(scope="module")
def morph():
    return pymorphy3.MorphAnalyzer(lang="uk")


def test_expected_forms_are_future_tense(morph) -> None:
    """cues.expected_form: every verb listed tells the future (perfective present forms)."""
    words = get_pack("uk").data("claims")["cues"]["expected_form"]
    listed = [w for w in words if "*" not in w]
    assert len(listed) >= 30
    not_future = [w for w in listed if not any("futr" in p.tag for p in morph.parse(w))]
    assert not not_future


@pytest.mark.parametrize("name", ["Росією", "Україною", "Пекіном", "Кремлем", "Зеленським",
                                  "Туреччиною", "Ізраїлем", "Китаєм"])
def test_instrumental_endings_cover_names(morph, name: str) -> None:
    """roles.endings.agent: the instrumental forms of names end with one of its endings."""
    assert any("ablt" in p.tag for p in morph.parse(name))
    endings = get_pack("uk").data("claims")["roles"]["endings"]["agent"]
    assert name.casefold().endswith(tuple(endings))


@pytest.mark.parametrize("name", ["Київ", "Харків", "Росія", "Ізраїль", "Вашингтон"])
def test_nominatives_are_not_instrumental(name: str) -> None:
    endings = get_pack("uk").data("claims")["roles"]["endings"]["agent"]
    assert not name.casefold().endswith(tuple(endings))

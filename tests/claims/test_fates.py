"""A count of people takes its fate from the verb that governs it: "killing at least 68
refugees" counts the killed, though refugees alone would count the displaced."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("en", "A strike on a school in Gaza killed at least 30 refugees.", {"Gaza": "gaza"}),
    ("en", "The blast in Gaza killed 30 evacuees and injured dozens.", {"Gaza": "gaza"}),
    ("id", "Serangan di Gaza menewaskan 30 pengungsi.", {"Gaza": "gaza"}),
    ("ru", "Удар по школе в Газе убил 30 беженцев.", {"Газе": "gaza"}),
])
def test_the_killed_refugees_are_counted_as_killed(lang: str, text: str,
                                                   names: dict[str, str]) -> None:
    found = [c for c in claims(text, lang, mentions=names, numbers=True)
             if c.type == "CASUALTIES"]
    assert [(c.quantity.value, c.quantity.unit) for c in found if c.quantity] == [
        (30.0, "killed")]


def test_refugees_who_fled_stay_displaced() -> None:
    found = claims("More than 300 refugees fled Rafah.", "en", mentions={"Rafah": "rafah"},
                   numbers=True)
    assert [(c.quantity.value, c.quantity.unit) for c in found if c.quantity] == [
        (300.0, "displaced")]


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("en", "Four police officers and two civilians were killed in Gaza.", {"Gaza": "gaza"}),
    ("ko", "가자지구에서 경찰관 4명과 민간인 2명이 사망했다.", {"가자지구": "gaza"}),
    ("id", "Empat tentara dan dua warga sipil tewas di Gaza.", {"Gaza": "gaza"}),
])
def test_counts_of_one_fate_joined_by_and_are_added(lang: str, text: str,
                                                    names: dict[str, str]) -> None:
    found = [c for c in claims(text, lang, mentions=names, numbers=True)
             if c.type == "CASUALTIES"]
    counts = [(c.quantity.value, c.quantity.unit) for c in found if c.quantity]
    assert counts == [(6.0, "killed")]


def test_a_verb_before_and_does_not_govern_the_next_count() -> None:
    found = claims("Two hundred soldiers were killed and 400 wounded in Gaza.", "en",
                   mentions={"Gaza": "gaza"}, numbers=True)
    counts = {(c.quantity.value, c.quantity.unit) for c in found if c.quantity}
    assert counts == {(200.0, "killed"), (400.0, "injured")}


def test_counts_of_different_fates_are_not_added() -> None:
    found = claims("In Gaza 12 people were killed, and 30 were injured.", "en",
                   mentions={"Gaza": "gaza"}, numbers=True)
    assert (42.0, "killed") not in {(c.quantity.value, c.quantity.unit) for c in found
                                    if c.quantity}

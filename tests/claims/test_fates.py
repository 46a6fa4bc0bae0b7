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

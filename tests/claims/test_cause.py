"""Who caused a loss is not the side that lost people: "as a result of X's strikes",
"в результате ударов X", "akibat serangan X", "do các cuộc không kích của X"."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("en", "Twelve people died as a result of Israel's strikes.", {"Israel": "IL"}),
    ("en", "As a result of the Israeli offensive, at least 200 people were killed.",
     {"Israeli": "IL"}),
    ("en", "Dozens of civilians were killed due to shelling by the RSF.", {"RSF": "rsf"}),
    ("ru", "В результате операции Израиля погибли по меньшей мере 200 человек.",
     {"Израиля": "IL"}),
    ("ru", "В результате начатых Израилем ударов погибли 12 человек.", {"Израилем": "IL"}),
    ("ru", "Из-за обстрелов СБР погибли десятки жителей.", {"СБР": "rsf"}),
    ("id", "Sebanyak 12 orang tewas akibat serangan Israel.", {"Israel": "IL"}),
    ("vi", "12 người thiệt mạng do các cuộc không kích của Israel.", {"Israel": "IL"}),
])
def test_who_caused_the_loss_is_not_the_side_that_lost(lang: str, text: str,
                                                        names: dict[str, str]) -> None:
    found = claims(text, lang, mentions=names, numbers=True)
    side = [c.actors for c in found if c.type == "CASUALTIES"]
    assert all(not set(a) & {"IL", "rsf"} for a in side), side


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("en", "Twelve people died as a result of Israel's strikes on Rafah.",
     {"Israel": "IL", "Rafah": "rafah"}),
    ("ru", "В результате начатой Израилем операции в Рафахе погибли 12 человек.",
     {"Израилем": "IL", "Рафахе": "rafah"}),
    ("id", "Sebanyak 12 orang tewas di Rafah akibat serangan Israel.",
     {"Israel": "IL", "Rafah": "rafah"}),
])
def test_the_dead_of_a_place_hit_are_its_people(lang: str, text: str,
                                                names: dict[str, str]) -> None:
    found = [c for c in claims(text, lang, mentions=names, numbers=True)
             if c.type == "CASUALTIES"]
    assert [c.actors for c in found] == [("rafah",)]


def test_a_place_named_as_the_cause_is_where_they_died() -> None:
    found = [c for c in claims("Sebanyak 12 pendaki tewas akibat letusan Gunung Rafah.", "id",
                               mentions={"Gunung Rafah": "rafah"}, numbers=True)
             if c.type == "CASUALTIES"]
    assert [c.actors for c in found] == [("rafah",)]

"""ru, uk: a passive participle before a noun trigger names its agent in the instrumental
right after it ("начатых Россией ударов": the strikes Russia began); the agent owns the act,
not the sentence's other names (`roles._participle_agent`)."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims


@pytest.mark.parametrize("text,lang,names", [
    ("В результате начатых Россией во вторник ударов по Украине погибли семь мирных жителей.",
     "ru", {"Россией": "RU", "Украине": "UA"}),
    ("Унаслідок завданих Росією ударів по Україні загинули семеро цивільних.",
     "uk", {"Росією": "RU", "Україні": "UA"}),
    ("Израиль осудил нанесенные Россией удары по Украине.",
     "ru", {"Россией": "RU", "Украине": "UA", "Израиль": "IL"}),
])
def test_the_participles_agent_owns_the_act(text: str, lang: str, names: dict) -> None:
    attacks = [c for c in claims(text, lang, mentions=names) if c.type == "ATTACK"]
    assert attacks and attacks[0].actors == ("RU",) and "UA" in attacks[0].targets, attacks


def test_a_name_after_an_adjective_is_no_agent() -> None:
    # "новых" is no participle: the strikes' actor is the sentence's subject
    found = claims("Россия нанесла новых ударов по Украине больше, чем вчера.", "ru",
                   mentions={"Россия": "RU", "Украине": "UA"})
    attacks = [c for c in found if c.type == "ATTACK"]
    assert attacks and "RU" in attacks[0].actors and "UA" not in attacks[0].actors, found

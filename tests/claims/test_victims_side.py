"""The dead of an attack are the attacked side's, also when the attack's owner is written right
after its noun ("el ataque estadounidense contra…"): that name owns the act, it does not name
the side of the dead (`sentence._victims_are_the_attacked`)."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims, one

NAMES = {"estadounidense": "US", "Ucrania": "UA", "hutíes": "houthis", "russe": "RU",
         "Ukraine": "UA", "Russia": "RU", "Russian": "RU", "Houthis": "houthis"}


@pytest.mark.parametrize(("text", "lang", "side"), [
    ("El ataque estadounidense contra los hutíes causó cinco muertos.", "es", "houthis"),
    ("L'attaque russe contre l'Ukraine a fait cinq morts.", "fr", "UA"),
])
def test_an_owner_after_the_attack_noun_is_not_the_side_of_the_dead(
        text: str, lang: str, side: str) -> None:
    found = one(claims(text, lang, mentions=NAMES), "CASUALTIES")
    assert found.actors == (side,), found


def test_the_attackers_own_dead_named_in_their_clause_stay_theirs() -> None:
    text = "Russia attacked Ukraine, and five Russian soldiers were killed."
    found = one(claims(text, "en", mentions=NAMES), "CASUALTIES")
    assert found.actors == ("RU",), found

"""A ministry acts and speaks for itself, but the dead it reports are its country's: the side of
a CASUALTIES claim is the state (`parties._state_of_ministry`)."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims, one

MOD = {"Russian Defence Ministry": "mod-ru", "Минобороны России": "mod-ru", "Ukraine": "UA",
       "Украину": "UA", "Bộ Quốc phòng Nga": "mod-ru"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The Russian Defence Ministry said two of its soldiers were killed on the border.", "en"),
    ("Минобороны России сообщило, что двое военнослужащих погибли.", "ru"),
    ("Bộ Quốc phòng Nga cho biết hai binh sĩ đã thiệt mạng.", "vi"),
])
def test_the_dead_a_ministry_reports_are_its_countrys(text: str, lang: str) -> None:
    found = one(claims(text, lang, mentions=MOD), "CASUALTIES")
    assert found.actors == ("RU",), found


def test_a_ministry_that_accuses_is_the_actor() -> None:
    text = "The Russian Defence Ministry accused Ukraine of shelling the plant."
    found = one(claims(text, "en", mentions=MOD), "ACCUSE")
    assert found.actors == ("mod-ru",) and "UA" in found.targets, found

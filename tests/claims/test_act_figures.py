"""Which number of a sentence is the act's own: a toll's bare figure, counts of strikes and
targets in every language, ordinals and dates that are not counts (sentences written for
these tests)."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims

from newsweave.model import Claim

_PLACE = {"Goma": "goma", "Tyre": "tyre"}


def _of(text: str, lang: str, ctype: str, names: dict[str, str] | None = None) -> list[Claim]:
    return [c for c in claims(text, lang, mentions=names or _PLACE, numbers=True)
            if c.type == ctype]


@pytest.mark.parametrize(("text", "lang"), [
    ("Floods hit the city. The death toll from the Goma floods rose to 80 on Sunday.", "en"),
    ("Hubo inundaciones. La cifra de muertos por las inundaciones en Goma ascendió a 80.",
     "es"),
    ("Es gab Überschwemmungen. Die Zahl der Toten nach dem Hochwasser in Goma stieg auf 80.",
     "de"),
    ("Banjir melanda kota itu. Jumlah korban tewas akibat banjir di Goma bertambah menjadi 80.",
     "id"),
    ("Le fleuve a débordé. Le bilan des morts à Goma s'est alourdi à 80.", "fr"),
])
def test_a_toll_takes_the_bare_figure_it_rose_to(text: str, lang: str) -> None:
    found = _of(text, lang, "CASUALTIES")
    assert found and all(c.quantity is not None for c in found), found
    assert {(c.quantity.value, c.quantity.unit) for c in found} == {(80, "killed")}


@pytest.mark.parametrize(("text", "lang"), [
    # the bare number is another clause's, or something else's
    ("Floods hit the city. Residents of Goma were killed, and 80 homes were flooded.", "en"),
    ("Floods hit the city. The death toll in Goma is unknown; rescuers searched 80 streets.",
     "en"),
    ("Floods hit the city. People in Goma were killed as the river rose by 3 metres over "
     "the weekend and the water reached 80 houses.", "en"),
])
def test_a_bare_number_elsewhere_is_no_toll(text: str, lang: str) -> None:
    for c in _of(text, lang, "CASUALTIES"):
        assert c.quantity is None or c.quantity.value != 80, c.quantity


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    ("Los aviones atacaron 12 objetivos en el norte.", "es", 12, "targets"),
    ("Os caças atingiram 18 alvos em três ondas de ataques.", "pt", 18, "targets"),
    ("Os caças fizeram 3 ondas de ataques contra o porto.", "pt", 3, "strikes"),
    ("The jets carried out three waves of strikes on the port.", "en", 3, "strikes"),
    ("شنت الطائرات ثلاث موجات ضربات على الميناء.", "ar", 3, "strikes"),
    ("Uçaklar 18 hedefi vurdu.", "tr", 18, "targets"),
    ("空军袭击了18个武装据点。", "zh", 18, "targets"),
    ("미군은 목표물 18곳을 타격했다.", "ko", 18, "sites"),
])
def test_strike_and_target_nouns_are_units(text: str, lang: str, value: float,
                                           unit: str) -> None:
    from newsweave.quantity import parse_quantities
    found = {(q.value, q.unit) for q in parse_quantities(text, lang)}
    assert (value, unit) in found, found

"""German and French quantities: every grouping, number and scale words, the unit vocabulary,
bounds, ranges and forecasts."""

from __future__ import annotations

import pytest

from newsweave.quantity import parse_quantities

CASES = [
    # every grouping
    ("Nordkorea schickte 3.000 Soldaten.", "de", 3000, "soldiers"),
    ("Nordkorea schickte 3 000 Soldaten.", "de", 3000, "soldiers"),
    ("Nordkorea schickte 3’000 Soldaten.", "de", 3000, "soldiers"),
    ("Nordkorea schickte 3\u00a0000 Soldaten.", "de", 3000, "soldiers"),
    ("La Corée du Nord a envoyé 3 000 soldats.", "fr", 3000, "soldiers"),
    ("La Corée du Nord a envoyé 3\u202f000 soldats.", "fr", 3000, "soldiers"),
    ("La Corée du Nord a envoyé 3.000 soldats.", "fr", 3000, "soldiers"),
    ("La Corée du Nord a envoyé 3'000 soldats.", "fr", 3000, "soldiers"),
    # decimals and scale words
    ("Die Front ist 2,5 Kilometer lang.", "de", 2.5, "km"),
    ("Rund 1,5 Millionen Menschen flohen.", "de", 1500000, "people"),
    ("Es geht um 2 Mrd. Dollar.", "de", 2000000000, "dollars"),
    ("Le front s'étend sur 2,5 kilomètres.", "fr", 2.5, "km"),
    ("Environ 1,5 million de personnes ont fui.", "fr", 1500000, "people"),
    ("Deux millions de personnes ont fui.", "fr", 2000000, "people"),
    # number words
    ("Zwölf Menschen wurden getötet.", "de", 12, "people"),
    ("Drei Drohnen wurden abgeschossen.", "de", 3, "drones"),
    ("Douze personnes ont été tuées.", "fr", 12, "people"),
    ("Trois drones ont été abattus.", "fr", 3, "drones"),
    ("zehntausend Soldaten", "de", 10000, "soldiers"),
    ("dix mille soldats", "fr", 10000, "soldiers"),
    # the one unit vocabulary
    ("Russland feuerte 40 Raketen ab.", "de", 40, "missiles"),
    ("Die Armee verlor 12 Panzer.", "de", 12, "tanks"),
    ("Es gab 35 Tote.", "de", 35, "killed"),
    ("Es gab 120 Verletzte.", "de", 120, "injured"),
    ("Die Hamas hält 100 Geiseln.", "de", 100, "detainees"),
    ("La Russie a tiré 40 missiles.", "fr", 40, "missiles"),
    ("L'armée a perdu 12 chars.", "fr", 12, "tanks"),
    ("On compte 35 morts.", "fr", 35, "killed"),
    ("On compte 120 blessés.", "fr", 120, "injured"),
    ("Le Hamas détient 100 otages.", "fr", 100, "detainees"),
    ("Quelque 500 000 obus ont été livrés.", "fr", 500000, "shells"),
]


@pytest.mark.parametrize(("text", "lang", "value", "unit"), CASES)
def test_values_and_units(text: str, lang: str, value: float, unit: str):
    found = [q for q in parse_quantities(text, lang) if q.value is not None]
    assert found, text
    q = found[0]
    assert (q.value, q.unit, q.problem) == (value, unit, None)
    assert text[q.start : q.end] == q.surface


BOUNDS = [
    ("etwa 3.000 Soldaten", "de", 3000, "about", True),
    ("rund 10.000 Soldaten", "de", 10000, "about", True),
    ("bis zu 8.000 Soldaten", "de", 8000, "up_to", False),
    ("mehr als 1.000 Container", "de", 1000, "more_than", False),
    ("mindestens 6 Offiziere", "de", 6, "at_least", False),
    ("fast 100 Raketen", "de", 100, "nearly", True),
    ("über 500 Drohnen", "de", 500, "more_than", False),
    ("weniger als 50 Menschen", "de", 50, "less_than", False),
    ("environ 3 000 soldats", "fr", 3000, "about", True),
    ("jusqu'à 8 000 soldats", "fr", 8000, "up_to", False),
    ("plus de 1 000 conteneurs", "fr", 1000, "more_than", False),
    ("au moins 6 officiers", "fr", 6, "at_least", False),
    ("près de 100 missiles", "fr", 100, "about", True),
    ("presque 100 missiles", "fr", 100, "nearly", True),
    ("moins de 50 personnes", "fr", 50, "less_than", False),
]


@pytest.mark.parametrize(("text", "lang", "value", "bound", "approx"), BOUNDS)
def test_bounds(text: str, lang: str, value: float, bound: str, approx: bool) -> None:
    (q,) = [q for q in parse_quantities(text, lang) if q.value is not None]
    assert (q.value, q.bound, q.approx) == (value, bound, approx)


RANGES = [
    ("Zwischen 11.000 und 12.000 Soldaten wurden entsandt.", "de", 11000, 12000),
    ("11.000 bis 12.000 Soldaten", "de", 11000, 12000),
    ("entre 11 000 et 12 000 soldats", "fr", 11000, 12000),
    ("de 11 000 à 12 000 soldats", "fr", 11000, 12000),
]


@pytest.mark.parametrize(("text", "lang", "low", "high"), RANGES)
def test_ranges_keep_both_ends(text: str, lang: str, low: float, high: float) -> None:
    q = next(q for q in parse_quantities(text, lang) if q.value is not None)
    assert (q.value, q.value_max) == (low, high)


FORECASTS = [
    ("Die Zahl soll bis Dezember auf 10.000 Soldaten steigen.", "de"),
    ("Nordkorea könnte bis zu 100.000 Soldaten entsenden.", "de"),
    ("Le nombre devrait atteindre 10 000 soldats d'ici décembre.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), FORECASTS)
def test_forecasts(text: str, lang: str) -> None:
    q = next(q for q in parse_quantities(text, lang) if q.value is not None)
    assert q.forecast, q


@pytest.mark.parametrize(("text", "lang"), [
    ("Artikel 4 regelt den militärischen Beistand.", "de"),
    ("L'article 4 prévoit une assistance militaire.", "fr"),
    ("Die 3. Armee rückte vor.", "de"),
    ("La 3e armée a avancé.", "fr"),
])
def test_not_counts(text: str, lang: str) -> None:
    assert [q for q in parse_quantities(text, lang) if q.unit] == []

"""Spanish and Portuguese numbers: every grouping, number words and scale words, units of the
one unit vocabulary, bounds, ranges and forecasts (phrases written for this test)."""

from __future__ import annotations

import pytest

from newsweave.quantity import parse_quantities

CASES = [
    # digits in every grouping (Spain and Brazil "3.000", Mexico "3,000", Portugal "3 000")
    ("Rusia envió 3.000 soldados.", "es", 3000, "soldiers"),
    ("Rusia envió 3,000 soldados.", "es", 3000, "soldiers"),
    ("Rusia envió 3 000 soldados.", "es", 3000, "soldiers"),
    ("Rusia envió 3’000 soldados.", "es", 3000, "soldiers"),
    ("A Rússia enviou 3.000 soldados.", "pt", 3000, "soldiers"),
    ("A Rússia enviou 3 000 militares.", "pt", 3000, "soldiers"),
    ("El frente tiene 1,5 km de largo.", "es", 1.5, "km"),
    ("A frente tem 2,5 quilômetros.", "pt", 2.5, "km"),
    # scale words, with the counted noun after "de"
    ("Unos 1,5 millones de personas huyeron.", "es", 1_500_000, "people"),
    ("Cerca de 1,5 milhão de pessoas fugiram.", "pt", 1_500_000, "people"),
    ("El Reino Unido gastará 405 millones de libras.", "es", 405_000_000, "pounds"),
    ("Foram enviados 12 mil soldados.", "pt", 12_000, "soldiers"),
    ("Washington aprobó 1.000 millones de dólares.", "es", 1_000_000_000, "dollars"),
    ("O pacote soma 2 bilhões de dólares.", "pt", 2_000_000_000, "dollars"),
    ("Lisboa recebeu 1 bilião de euros.", "pt", 1_000_000_000_000, "euros"),
    ("US$ 514 millones", "es", 514_000_000, "dollars"),
    # number words
    ("Llegaron dos mil soldados.", "es", 2000, "soldiers"),
    ("Chegaram duas mil tropas.", "pt", 2000, "troops"),
    ("Fueron destruidos veinte tanques.", "es", 20, "tanks"),
    ("Hubo treinta y cinco muertos.", "es", 35, "killed"),
    ("Houve trinta e cinco mortos.", "pt", 35, "killed"),
    ("Seis oficiales murieron.", "es", 6, "officers"),
    # units of the one vocabulary
    ("Lanzaron 40 misiles balísticos.", "es", 40, "missiles"),
    ("Derrubaram 30 drones.", "pt", 30, "drones"),
    ("Dejó 12 heridos.", "es", 12, "injured"),
    ("Há 200 reféns em Gaza.", "pt", 200, "detainees"),
    ("Llegaron 500 refugiados.", "es", 500, "displaced"),
    ("Envió 1.000 contenedores.", "es", 1000, "containers"),
    ("Enviou 1.000 contêineres.", "pt", 1000, "containers"),
]


@pytest.mark.parametrize(("text", "lang", "value", "unit"), CASES)
def test_values_and_units(text: str, lang: str, value: float, unit: str) -> None:
    found = [q for q in parse_quantities(text, lang) if q.value is not None]
    assert found, text
    q = found[0]
    assert (q.value, q.unit, q.problem) == (value, unit, None)
    assert text[q.start : q.end] == q.surface


BOUNDS = [
    ("unos 3.000 soldados norcoreanos", "es", 3000, "about", True),
    ("alrededor de 500 drones", "es", 500, "about", True),
    ("cerca de 2.000 efectivos", "es", 2000, "about", True),
    ("casi 100 misiles", "es", 100, "nearly", True),
    ("más de 1.000 contenedores", "es", 1000, "more_than", False),
    ("al menos 18 personas", "es", 18, "at_least", False),
    ("por lo menos 6 oficiales", "es", 6, "at_least", False),
    ("hasta 8.000 soldados", "es", 8000, "up_to", False),
    ("menos de 50 personas", "es", 50, "less_than", False),
    ("cerca de 3.000 soldados", "pt", 3000, "about", True),
    ("por volta de 500 drones", "pt", 500, "about", True),
    ("quase 100 mísseis", "pt", 100, "nearly", True),
    ("mais de 1.000 contêineres", "pt", 1000, "more_than", False),
    ("pelo menos 18 pessoas", "pt", 18, "at_least", False),
    ("até 8.000 soldados", "pt", 8000, "up_to", False),
    ("menos de 50 pessoas", "pt", 50, "less_than", False),
]


@pytest.mark.parametrize(("text", "lang", "value", "bound", "approx"), BOUNDS)
def test_bounds(text: str, lang: str, value: float, bound: str, approx: bool) -> None:
    (q,) = parse_quantities(text, lang)
    assert (q.value, q.bound, q.approx) == (value, bound, approx)


@pytest.mark.parametrize(("text", "lang"), [
    ("entre 11.000 y 12.000 soldados", "es"),
    ("de 11.000 a 12.000 soldados", "es"),
    ("entre 11 mil e 12 mil soldados", "pt"),
    ("de 11.000 a 12.000 soldados", "pt"),
])
def test_ranges(text: str, lang: str) -> None:
    (q,) = parse_quantities(text, lang)
    assert (q.value, q.value_max, q.unit) == (11000, 12000, "soldiers")


@pytest.mark.parametrize(("text", "lang"), [
    ("La cifra podría alcanzar 10.000 soldados para diciembre.", "es"),
    ("El contingente alcanzará 10.000 soldados.", "es"),
    ("O número pode chegar a 10 mil soldados até dezembro.", "pt"),
    ("O contingente deverá chegar a 10.000 soldados.", "pt"),
])
def test_forecasts(text: str, lang: str) -> None:
    (q,) = parse_quantities(text, lang)
    assert (q.value, q.forecast) == (10000, True)


@pytest.mark.parametrize(("text", "lang"), [
    ("el artículo 4 del tratado", "es"),
    ("o artigo 4 do tratado", "pt"),
    ("En 2019 se reunieron.", "es"),
    ("Em 2019 reuniram-se.", "pt"),
    ("el 13 de septiembre de 2023", "es"),
    ("um caça Su-35 caiu", "pt"),
])
def test_no_quantity(text: str, lang: str) -> None:
    assert [q for q in parse_quantities(text, lang) if q.value is not None] == []

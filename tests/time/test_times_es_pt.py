"""Spanish and Portuguese dates: month names, weekdays, relative days, datelines, ranges and
the Brazilian "nesta segunda-feira (18)" lead (sentences written for this test)."""

from __future__ import annotations

from datetime import date

import pytest

from newsweave.time import parse_times

P = date(2023, 9, 20)  # a Wednesday

CASES = [
    # absolute, in each language's own forms
    ("El ataque ocurrió el 13 de septiembre de 2023.", "es", "2023-09-13", "day"),
    ("Las conversaciones comenzaron el 13 de septiembre en Moscú.", "es", "2023-09-13", "day"),
    ("El acuerdo entró en vigor el 1º de enero de 2024.", "es", "2024-01-01", "day"),
    ("Se reunieron por última vez en abril de 2019.", "es", "2019-04", "month"),
    ("El informe está fechado el 13/09/2023.", "es", "2023-09-13", "day"),
    ("MADRID, 19 Sep. (EUROPA PRESS) - El Gobierno anunció", "es", "2023-09-19", "day"),
    ("La ofensiva empezó en setiembre de 2023.", "es", "2023-09", "month"),
    ("A finales de septiembre los combates cesaron.", "es", "2023-09", "month"),
    ("O ataque ocorreu em 13 de setembro de 2023.", "pt", "2023-09-13", "day"),
    ("Em Setembro de 2023 a ofensiva começou.", "pt", "2023-09", "month"),
    ("No final de setembro os combates pararam.", "pt", "2023-09", "month"),
    ("O documento tem data de 13/09/2023.", "pt", "2023-09-13", "day"),
    ("O acordo entrou em vigor no dia 1º de janeiro de 2024.", "pt", "2024-01-01", "day"),
    # weekdays and relative days, against the publication date
    ("El pasado lunes las tropas avanzaron.", "es", "2023-09-18", "day"),
    ("El lunes pasado hubo combates.", "es", "2023-09-18", "day"),
    ("El próximo viernes se reunirán.", "es", "2023-09-22", "day"),
    ("Ayer el ministro declaró ante la prensa.", "es", "2023-09-19", "day"),
    ("Anteayer se firmó el acuerdo.", "es", "2023-09-18", "day"),
    ("Hace tres días se firmó el acuerdo.", "es", "2023-09-17", "day"),
    ("Los combates del martes 19 dejaron muertos.", "es", "2023-09-19", "day"),
    ("El año pasado firmaron un tratado.", "es", "2022", "year"),
    ("Llegó el mes pasado.", "es", "2023-08", "month"),
    ("Nesta segunda-feira (18), o ministro disse.", "pt", "2023-09-18", "day"),
    ("No último sábado (16/9), houve ataques.", "pt", "2023-09-16", "day"),
    ("Na quarta-feira, o Kremlin negou.", "pt", "2023-09-20", "day"),
    ("Ontem o presidente visitou Kiev.", "pt", "2023-09-19", "day"),
    ("Amanhã o presidente viaja.", "pt", "2023-09-21", "day"),
    ("Há três dias foi assinado o acordo.", "pt", "2023-09-17", "day"),
    ("No ano passado assinaram um tratado.", "pt", "2022", "year"),
    ("Chegou no mês passado.", "pt", "2023-08", "month"),
]


@pytest.mark.parametrize(("text", "lang", "value", "precision"), CASES)
def test_resolves(text: str, lang: str, value: str, precision: str) -> None:
    found = [t for t in parse_times(text, lang, P) if t.value is not None]
    assert found, text
    assert (found[0].value, found[0].precision) == (value, precision)
    assert text[found[0].start : found[0].end] == found[0].surface


@pytest.mark.parametrize(("text", "lang"), [
    ("Al día siguiente se reunió con Lavrov.", "es"),
    ("No dia seguinte reuniu-se com Lavrov.", "pt"),
])
def test_next_day_needs_a_date_before_it(text: str, lang: str) -> None:
    (t,) = parse_times(text, lang, P)
    assert t.value is None and t.relative


@pytest.mark.parametrize(("text", "lang"), [
    ("Llegó el 18 de octubre. Al día siguiente se reunió con Kim.", "es"),
    ("Chegou em 18 de outubro. No dia seguinte reuniu-se com Kim.", "pt"),
])
def test_next_day_counts_from_the_text(text: str, lang: str) -> None:
    values = [t.value for t in parse_times(text, lang, P)]
    assert values[-2:] == ["2023-10-18", "2023-10-19"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Entre el 8 y el 13 de octubre llegaron los barcos.", "es"),
    ("Del 8 al 13 de octubre llegaron los barcos.", "es"),
    ("Entre os dias 8 e 13 de outubro chegaram os navios.", "pt"),
])
def test_day_ranges(text: str, lang: str) -> None:
    assert [t.value for t in parse_times(text, lang, P)] == ["2023-10-08", "2023-10-13"]


@pytest.mark.parametrize(("text", "lang"), [
    # "mañana" is also "morning"; "segunda" also "second"
    ("El martes por la mañana hubo explosiones.", "es"),
    ("A segunda fase da ofensiva começou.", "pt"),
    ("La ofensiva de 2020 fue breve.", "es"),
])
def test_words_that_are_no_dates(text: str, lang: str) -> None:
    values = [t.value for t in parse_times(text, lang, P)]
    assert "2023-09-21" not in values and "2023-09-18" not in values

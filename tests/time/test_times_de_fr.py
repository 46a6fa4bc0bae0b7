"""German and French dates: month names in their forms, ordinal days ("am 3. Oktober", "le 1er
octobre"), numeric orders (03.10.2024, 03/10/2024), weekdays, relative days and datelines."""

from __future__ import annotations

from datetime import date

import pytest

from newsweave.time import parse_times

P = date(2023, 9, 20)  # a Wednesday
Q = date(2024, 10, 17)  # a Thursday

RESOLVES = [
    # German
    ("Das Treffen fand am 13. September 2023 statt.", "de", P, "2023-09-13", "day"),
    ("Putin traf am 13. September in Wostotschny ein.", "de", P, "2023-09-13", "day"),
    ("Der Vertrag wurde am 13.09.2023 unterzeichnet.", "de", P, "2023-09-13", "day"),
    ("Sie trafen sich zuletzt im April 2019.", "de", P, "2019-04", "month"),
    ("Anfang Oktober 2024 begannen die Manöver.", "de", Q, "2024-10", "month"),
    ("Am 3. Okt. 2024 griff Russland an.", "de", Q, "2024-10-03", "day"),
    ("Im Jänner 2024 reiste er nach Wien.", "de", Q, "2024-01", "month"),
    ("Am Montag griff Russland Kiew an.", "de", Q, "2024-10-14", "day"),
    ("Am vergangenen Dienstag wurde Kiew angegriffen.", "de", Q, "2024-10-15", "day"),
    ("Gestern traf Lawrow in Pjöngjang ein.", "de", Q, "2024-10-16", "day"),
    ("Heute unterzeichneten beide Seiten das Abkommen.", "de", Q, "2024-10-17", "day"),
    ("Vorgestern wurde der Vertrag ratifiziert.", "de", Q, "2024-10-15", "day"),
    ("Putin will nächstes Jahr nach Pjöngjang reisen.", "de", Q, "2025", "year"),
    ("Im vergangenen Jahr lieferte Nordkorea Granaten.", "de", Q, "2023", "year"),
    ("Die Angriffe begannen vor zwei Tagen.", "de", Q, "2024-10-15", "day"),
    ("Kim war im vergangenen Monat in Wladiwostok.", "de", Q, "2024-09", "month"),
    ("Im Jahr 2019 reiste Kim nach Wladiwostok.", "de", Q, "2019", "year"),
    ("Seit dem Jahr 2014 herrscht dort Krieg.", "de", Q, "2014", "year"),
    # French
    ("La rencontre a eu lieu le 13 septembre 2023.", "fr", P, "2023-09-13", "day"),
    ("Le traité a été signé le 1er octobre 2024.", "fr", Q, "2024-10-01", "day"),
    ("Le document est daté du 13/09/2023.", "fr", P, "2023-09-13", "day"),
    ("Ils se sont rencontrés pour la dernière fois en avril 2019.", "fr", P, "2019-04", "month"),
    ("Les manœuvres ont débuté début octobre 2024.", "fr", Q, "2024-10", "month"),
    ("La Russie a attaqué Kiev lundi.", "fr", Q, "2024-10-14", "day"),
    ("Mardi dernier, Kiev a été visée par des drones.", "fr", Q, "2024-10-15", "day"),
    ("Hier, Lavrov est arrivé à Pyongyang.", "fr", Q, "2024-10-16", "day"),
    ("Aujourd'hui, les deux parties ont signé l'accord.", "fr", Q, "2024-10-17", "day"),
    ("Avant-hier, le traité a été ratifié.", "fr", Q, "2024-10-15", "day"),
    ("Poutine se rendra à Pyongyang l'an prochain.", "fr", Q, "2025", "year"),
    ("L'an dernier, la Corée du Nord a livré des obus.", "fr", Q, "2023", "year"),
    ("Les frappes ont commencé il y a deux jours.", "fr", Q, "2024-10-15", "day"),
    ("Kim était à Vladivostok le mois dernier.", "fr", Q, "2024-09", "month"),
    ("Le 3 févr. 2024, la Douma a voté.", "fr", Q, "2024-02-03", "day"),
]


@pytest.mark.parametrize(("text", "lang", "base", "value", "precision"), RESOLVES)
def test_resolves(text: str, lang: str, base: date, value: str, precision: str) -> None:
    found = [t for t in parse_times(text, lang, base) if t.value is not None]
    assert found, text
    assert (found[0].value, found[0].precision) == (value, precision)
    assert found[0].problem is None
    assert text[found[0].start : found[0].end] == found[0].surface


PROBLEMS = [
    ("Es geschah am 30. Februar 2023.", "de", P, "30. Februar 2023", "impossible_date"),
    ("Cela s'est passé le 31 avril 2023.", "fr", P, "31 avril 2023", "impossible_date"),
    ("Sie trafen sich am Dienstag, 13. September 2023.", "de", P,
     "am Dienstag, 13. September 2023", "weekday_mismatch"),
]


@pytest.mark.parametrize(("text", "lang", "base", "surface", "problem"), PROBLEMS)
def test_problems(text: str, lang: str, base: date, surface: str, problem: str) -> None:
    found = {t.surface: t for t in parse_times(text, lang, base)}
    assert surface in found, found
    assert found[surface].problem == problem


RANGES = [
    ("Die Gespräche fanden vom 13. bis 15. September statt.", "de", "13.", "15. September"),
    ("Les pourparlers ont eu lieu du 13 au 15 septembre.", "fr", "13", "15 septembre"),
]


@pytest.mark.parametrize(("text", "lang", "first", "last"), RANGES)
def test_day_ranges_give_both_days(text: str, lang: str, first: str, last: str) -> None:
    found = [(t.value) for t in parse_times(text, lang, P)]
    assert found == ["2023-09-13", "2023-09-15"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Mai Thi Nguyen sagte nichts dazu.", "de"),  # a name, not the month
    ("Er zahlte 300 Euro für das Ticket.", "de"),
    ("Il a payé 300 euros pour le billet.", "fr"),
    ("Il a mangé des marrons.", "fr"),
])
def test_not_dates(text: str, lang: str) -> None:
    assert [t for t in parse_times(text, lang, P) if t.value] == []

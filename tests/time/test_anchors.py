"""Times resolved from the text itself: "N days earlier" counts from the last day the text
named, and an undated text's month-day takes the one year the text writes with that month."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsweave.model import RawDocument
from newsweave.pipeline import build_document
from newsweave.resources import Resources
from newsweave.time import TimeContext, find_times, parse_times


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "A photo taken on November 22, 2023 shows the ship seized 2 days earlier.",
     "2 days earlier"),
    ("es", "Una foto del 22 de noviembre de 2023 muestra el barco capturado 2 días antes.",
     "2 días antes"),
    ("id", "Foto pada 22 November 2023 menunjukkan kapal yang dibajak 2 hari sebelumnya.",
     "2 hari sebelumnya"),
])
def test_days_earlier_count_from_the_day_the_text_named(lang: str, text: str,
                                                         surface: str) -> None:
    times = parse_times(text, lang, date(2024, 1, 14), TimeContext(base=date(2024, 1, 14)))
    got = {t.surface: t.value for t in times}
    assert got[surface] == "2023-11-20"


def test_days_ago_still_count_from_the_publication_date() -> None:
    times = parse_times("The ship was seized 2 days ago.", "en", date(2024, 1, 14))
    assert [t.value for t in times] == ["2024-01-12"]


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


def _times(resources: Resources, text: str) -> dict[str, str | None]:
    doc = build_document(RawDocument("mem:undated.txt", text, media_type="text/plain"),
                         resources)
    assert doc.published is None
    return {t.surface: t.value for t in find_times(doc)}


def test_an_undated_text_gives_a_month_day_the_year_it_writes_with_that_month(
        resources: Resources) -> None:
    got = _times(resources, "The strikes of January 12 were the first. The truce was signed "
                            "on January 17, 2024. On October 7, 2023 the war began.")
    assert got["January 12"] == "2024-01-12"  # its January is 2024, even written later
    assert got["January 17, 2024"] == "2024-01-17"


def test_a_month_written_with_two_years_stays_unplaced(resources: Resources) -> None:
    got = _times(resources, "Talks began in January 2023 and ended in January 2024. "
                            "A ship was hit on January 12.")
    assert got["January 12"] is None


def test_an_undated_text_gives_a_day_alone_the_last_month_it_named(
        resources: Resources) -> None:
    got = _times(resources, "2023年6月23日、ワグネルが反乱を起こした。"
                            "プーチン大統領は24日に演説した。")
    assert got["24日"] == "2023-06-24"


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Russia attacked Kyiv last week.", "2024-01"),
    ("de", "Russland griff Kiew letzte Woche an.", "2024-01"),
    ("tr", "Rusya geçen hafta Kiev'e saldırdı.", "2024-01"),
    ("ja", "ロシアは先週キーウを攻撃した。", "2024-01"),
    ("ja", "先週9日、ロシアはキーウを攻撃した。", "2024-01-09"),
    ("ko", "지난주 9일 러시아는 키이우를 공격했다.", "2024-01-09"),
])
def test_a_week_gives_its_month_and_a_day_of_it_that_day(lang: str, text: str,
                                                          value: str) -> None:
    # published Wednesday 17 January 2024: last week is 8-14 January
    assert [t.value for t in parse_times(text, lang, date(2024, 1, 17))] == [value]


def test_a_week_across_two_months_is_no_date() -> None:
    # published Friday 2 February 2024: this week began on Monday 29 January
    times = parse_times("Russia attacked Kyiv this week.", "en", date(2024, 2, 2))
    assert [(t.surface, t.value) for t in times] == [("this week", None)]


@given(st.dates(min_value=date(2000, 1, 3), max_value=date(2040, 12, 31)))
def test_last_week_is_the_month_of_all_its_days_or_nothing(base: date) -> None:
    monday = base - timedelta(days=base.weekday() + 7)
    months = {(monday + timedelta(days=i)).strftime("%Y-%m") for i in range(7)}
    times = parse_times("Russia attacked Kyiv last week.", "en", base)
    assert [t.value for t in times] == [months.pop() if len(months) == 1 else None]

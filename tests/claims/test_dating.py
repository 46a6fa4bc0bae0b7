"""Which time dates a claim, end to end (segmentation, times, claims): a time that belongs to
another act, a deadline, a comparison, or a paragraph date carried to a sentence that tells of
something else dates nothing. A wrong date stated confidently is worse than none.

Sentences written for these tests, in several languages."""

from __future__ import annotations

import pytest

from newsweave.model import Claim, RawDocument
from newsweave.pipeline import process
from newsweave.resources import Resources


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


def claims(resources: Resources, text: str, published: str | None) -> list[Claim]:
    raw = RawDocument("mem:test.txt", text, media_type="text/plain", published=published)
    return list(process(raw, resources).claims)


def dates_of(found: list[Claim], ctype: str) -> list[str | None]:
    return [c.date.value if c.date else None for c in found if c.type == ctype]


# (text, publication date, claim type, its date: None = undated)
OTHER_ACT = [
    # the time dates the main clause; the act told in "after …" is of another day
    ("Following an offensive by Azerbaijan, a fuel depot exploded on Monday night.",
     "2023-09-26", "ATTACK", None),
    ("Azerbaijan launched an offensive on Monday.", "2023-09-26", "ATTACK", "2023-09-25"),
    ("Kim Jong Un returned to Pyongyang on Sunday after visiting Russia.",
     "2023-09-20", "VISIT", None),
    ("Kim Jong Un regresó a Pyongyang el domingo después de visitar Rusia.",
     "2023-09-20", "VISIT", None),
    ("Kim Jong Un visitó Rusia el miércoles.", "2023-09-20", "VISIT", "2023-09-20"),
    ("Kim Jong Un est rentré à Pyongyang dimanche après avoir visité la Russie.",
     "2023-09-20", "VISIT", None),
    ("Ким Чен Ын вернулся в Пхеньян 17 сентября после того, как посетил Россию.",
     "2023-09-20", "VISIT", None),
    ("Ким Чен Ын посетил Россию в среду.", "2023-09-20", "VISIT", "2023-09-20"),
    # postpositions: the act, then 후/後/sonra, then the main clause's time
    ("김정은 위원장은 러시아를 방문한 후 17일 평양으로 돌아왔다.", "2023-09-20", "VISIT", None),
    ("김정은 위원장은 13일 러시아를 방문했다.", "2023-09-20", "VISIT", "2023-09-13"),
    ("アメリカ軍はイエメンを空爆した後、15日に声明を発表した。", "2024-01-16", "ATTACK", None),
    ("アメリカ軍は13日、イエメンを空爆した。", "2024-01-16", "ATTACK", "2024-01-13"),
    ("Kim Jong Un, Rusya'yı ziyaret ettikten sonra 17 Eylül'de Pyongyang'a döndü.",
     "2023-09-25", "VISIT", None),
    ("Kim Jong Un Rusya'yı 13 Eylül'de ziyaret etti.", "2023-09-25", "VISIT", "2023-09-13"),
]


@pytest.mark.parametrize(("text", "published", "ctype", "date"), OTHER_ACT)
def test_a_time_outside_the_phrase_of_another_act_does_not_date_it(
        resources: Resources, text: str, published: str, ctype: str, date: str | None) -> None:
    assert dates_of(claims(resources, text, published), ctype) == [date]


DEADLINES = [
    ("ECOWAS warned the junta that it must release Bazoum by Sunday.", "WARN", None),
    ("ECOWAS warned the junta on Sunday.", "WARN", "2023-07-30"),
    ("ECOWASは、クーデター勢力が6日までにバズム大統領を解放しなければ武力行使も辞さないと警告した。",
     "WARN", None),
    ("ЭКОВАС потребовал от военных освободить Базума до 6 августа.", "REQUEST", None),
    ("La Cedeao a exigé la libération de Bazoum d'ici dimanche.", "REQUEST", None),
    ("दिल्ली में भारत ने 6 अगस्त तक रूस से तेल खरीदने का समझौता किया।", "AGREE", None),
]


@pytest.mark.parametrize(("text", "ctype", "date"), DEADLINES)
def test_a_deadline_is_not_the_date_of_the_act(resources: Resources, text: str, ctype: str,
                                               date: str | None) -> None:
    assert dates_of(claims(resources, text, "2023-08-05"), ctype) == [date]


def test_a_turkish_deadline_is_not_the_date_of_the_act(resources: Resources) -> None:
    text = "Azerbaycan, Ermenistan'ın 17 Eylül'e kadar askerlerini çekmesini talep etti."
    assert dates_of(claims(resources, text, "2023-09-10"), "REQUEST") == [None]
    text = "Azerbaycan 7 Eylül'de Ermenistan'a saldırdı."
    assert dates_of(claims(resources, text, "2023-09-10"), "ATTACK") == ["2023-09-07"]


def test_a_time_the_sentence_states_but_we_cannot_place_keeps_the_paragraph_date_out(
        resources: Resources) -> None:
    # undated: "on Tuesday" cannot be placed, and it is not March 3 either
    found = claims(resources, "Russia attacked Kharkiv on March 3, 2024. "
                              "Russian forces attacked Odesa on Tuesday.", None)
    assert dates_of(found, "ATTACK") == ["2024-03-03", None]


def test_an_undated_text_dates_a_month_day_by_the_year_it_writes_with_that_month(
        resources: Resources) -> None:
    found = claims(resources, "Israel and Hamas agreed to a truce on January 17, 2024. "
                              "Hamas attacked Israel on January 19.", None)
    assert dates_of(found, "AGREE") == ["2024-01-17"]
    assert dates_of(found, "ATTACK") == ["2024-01-19"]


def test_a_scene_date_does_not_run_on_to_a_sentence_naming_others(resources: Resources) -> None:
    found = claims(resources, "The talks opened on 3 March 2024. "
                              "North Korea supplied shells to Russia.", None)
    assert dates_of(found, "SUPPLY_ARMS") == [None]


def test_a_report_of_another_source_does_not_take_the_running_date(
        resources: Resources) -> None:
    found = claims(resources, "Putin met Kim Jong Un on Wednesday. According to the report, "
                              "North Korea supplied shells to Russia.", "2023-09-20")
    assert dates_of(found, "MEET") == ["2023-09-20"]
    assert dates_of(found, "SUPPLY_ARMS") == [None]


def test_a_comparison_date_neither_dates_nor_runs_on(resources: Resources) -> None:
    found = claims(resources, "Putin met Kim Jong Un for the first time since 2019. "
                              "North Korea supplied shells to Russia.", "2024-03-10")
    assert dates_of(found, "MEET") == [None]
    assert dates_of(found, "SUPPLY_ARMS") == [None]


def test_last_week_is_not_the_running_date(resources: Resources) -> None:
    found = claims(resources, "Russia attacked Kharkiv on Monday. "
                              "Last week, Russian forces attacked Odesa.", "2024-01-17")
    assert dates_of(found, "ATTACK") == ["2024-01-15", "2024-01"]

"""Disasters and accidents (claim type DISASTER): what befell a place, caused by no one.

The place it happened is the claim's actor when no subject is named; a disaster word used as a
figure of speech, or named as what someone warned of, is no claim.
"""

from __future__ import annotations

import pytest
from tests.claims.test_news_support import Case, E, by_language, case, check

CASES = [
    ("en", case("A powerful earthquake struck Kursk Oblast on Monday, killing at least 12 people.",
                E("DISASTER", {"kursk"}), names={"Kursk Oblast": "kursk"},
                tolerate=("CASUALTIES",))),
    ("en", case("Floods hit Seoul after days of heavy rain.", E("DISASTER", {"seoul"}),
                names={"Seoul": "seoul"})),
    ("en", case("A passenger plane crashed near Moscow, killing all 40 people on board.",
                E("DISASTER", {"moscow"}), names={"Moscow": "moscow"},
                tolerate=("CASUALTIES",))),
    ("en", case("A fire broke out at a market in Pyongyang.", E("DISASTER", {"pyongyang"}),
                names={"Pyongyang": "pyongyang"})),
    # figures of speech and things warned of are not disasters
    ("en", case("Russia's economy crashed after the sanctions.", names={"Russia": "RU"})),
    ("en", case("Moscow called the sanctions a political earthquake.",
                names={"Moscow": "moscow"})),
    ("en", case("Putin warned of an economic earthquake in Russia if sanctions continue.",
                E("WARN", {"putin"}), names={"Putin": "putin", "Russia": "RU"})),
    ("ja", case("ロシア西部のクルスク州で7日、強い地震が発生した。", E("DISASTER", {"kursk"}),
                names={"クルスク州": "kursk"})),
    ("ko", case("서울에서 산사태가 발생해 12명이 숨졌다.", E("DISASTER", {"seoul"}),
                names={"서울": "seoul"}, tolerate=("CASUALTIES",))),
    ("id", case("Gempa bumi mengguncang Seoul pada hari Minggu.", E("DISASTER", {"seoul"}),
                names={"Seoul": "seoul"})),
    ("id", case("Gunung berapi di Jepang meletus pada hari Minggu.", E("DISASTER", {"JP"}),
                names={"Jepang": "JP"})),
    ("ru", case("В Москве произошло землетрясение магнитудой 5.", E("DISASTER", {"moscow"}),
                names={"Москве": "moscow"})),
    ("es", case("Un terremoto sacudió Japón el domingo.", E("DISASTER", {"JP"}),
                names={"Japón": "JP"})),
    ("fr", case("Un avion s'est écrasé près de Moscou.", E("DISASTER", {"moscow"}),
                names={"Moscou": "moscow"})),
    ("de", case("Ein schweres Erdbeben hat Japan erschüttert.", E("DISASTER", {"JP"}),
                names={"Japan": "JP"})),
    ("vi", case("Một trận động đất mạnh xảy ra ở Nhật Bản.", E("DISASTER", {"JP"}),
                names={"Nhật Bản": "JP"})),
    ("tr", case("Japonya'da şiddetli bir deprem meydana geldi.", E("DISASTER", {"JP"}),
                names={"Japonya'da": "JP"})),
    ("hi", case("जापान में भूकंप आया।", E("DISASTER", {"JP"}), names={"जापान": "JP"})),
    ("ar", case("ضرب زلزال قوي اليابان يوم الأحد.", E("DISASTER", {"JP"}),
                names={"اليابان": "JP"})),
]


@pytest.mark.parametrize(("lang", "c"), by_language(CASES))
def test_disaster(lang: str, c: Case) -> None:
    check(c, lang)


def test_a_disaster_is_exported_as_other_with_no_plover_type() -> None:
    from newsweave.claims.table import claim_type

    row = claim_type("DISASTER")
    assert row.family == "OTHER" and row.plover is None and row.place_is_actor

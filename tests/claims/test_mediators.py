"""A go-between is no party of the act he brokered: "through the mediation of X", بوساطة X,
X の仲介で. Without the cue he is read as the subject or a co-signatory (`parties.mediators`)."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims
from tests.claims.test_news_support import Case, E, check

NAMES = {
    "Qatar": "QA", "Israel": "IL", "Hamas": "hamas", "Egypt": "EG", "Katar": "QA",
    "İsrail": "IL", "카타르": "QA", "이스라엘": "IL", "하마스": "hamas", "カタール": "QA",
    "イスラエル": "IL", "ハマス": "hamas", "卡塔尔": "QA", "以色列": "IL", "哈马斯": "hamas",
    "Турции": "TR", "Россия": "RU", "Украина": "UA", "Türkei": "TR", "Armenien": "AM",
    "Aserbaidschan": "AZ", "قطر": "QA", "إسرائيل": "IL", "حماس": "hamas", "Israël": "IL",
    "le Hamas": "hamas", "Égypte": "EG", "Ai Cập": "EG",
}

CASES = [
    ("en", Case("Through the mediation of Qatar and Egypt, Israel and Hamas agreed to a "
                "ceasefire.", (E("AGREE", {"IL", "hamas"}),))),
    ("fr", Case("Grâce à la médiation du Qatar, Israël et le Hamas ont conclu un accord de "
                "cessez-le-feu.", (E("AGREE", {"IL", "hamas"}),))),
    ("ar", Case("بوساطة قطر، توصلت إسرائيل وحماس إلى اتفاق لوقف إطلاق النار.",
                (E("AGREE", {"IL", "hamas"}),))),
    ("ru", Case("При посредничестве Турции Россия и Украина подписали соглашение.",
                (E("AGREE", {"RU", "UA"}),))),
    ("de", Case("Unter Vermittlung der Türkei einigten sich Armenien und Aserbaidschan auf "
                "eine Waffenruhe.", (E("AGREE", {"AM", "AZ"}),))),
    ("id", Case("Melalui mediasi Qatar, Israel dan Hamas menyepakati gencatan senjata.",
                (E("AGREE", {"IL", "hamas"}),))),
    ("tr", Case("Katar'ın arabuluculuğunda İsrail ve Hamas ateşkes anlaşması imzaladı.",
                (E("AGREE", {"IL", "hamas"}),))),
    ("ja", Case("カタールの仲介でイスラエルとハマスが停戦に合意した。",
                (E("AGREE", {"IL", "hamas"}),))),
]


@pytest.mark.parametrize("lang,c", CASES)
def test_the_mediator_is_no_party(lang: str, c: Case) -> None:
    check(c, lang, NAMES)
    found = claims(c.text, lang, mentions=NAMES)
    assert all("QA" not in x.actors + x.targets and "TR" not in x.actors + x.targets
               and "EG" not in x.actors + x.targets for x in found), found


@pytest.mark.parametrize("text,lang", [
    ("Qatar signed an agreement with Israel.", "en"),
    ("Israel and Hamas agreed to a ceasefire, and Qatar and Egypt welcomed the mediation.", "en"),
])
def test_a_party_named_without_the_cue_stays(text: str, lang: str) -> None:
    found = [x for x in claims(text, lang, mentions=NAMES) if x.type == "AGREE"]
    assert found and "IL" in found[0].actors, found
    if text.startswith("Qatar"):
        assert "QA" in found[0].actors, found


def test_a_mediation_with_no_parties_named_gives_the_mediator_no_act() -> None:
    found = claims("Through the mediation of Qatar, a ceasefire was agreed.", "en",
                   mentions=NAMES)
    assert not any("QA" in x.actors for x in found), found


def test_two_states_named_together_are_what_these_two_countries_refers_to() -> None:
    # a sentence with no act names a pair; the next one's "these two countries" are that pair
    text = ("В Египте и Катаре заявили, что вмешательство будет ошибкой. Эти две страны "
            "пообещали поддержать Израиль.")
    names = {"Египте": "EG", "Катаре": "QA", "Израиль": "IL"}
    found = [x for x in claims(text, "ru", mentions=names) if x.type == "SUPPORT"]
    assert found and set(found[0].actors) == {"EG", "QA"} and "IL" in found[0].targets, found


def test_the_tail_of_a_longer_list_is_no_topic() -> None:
    text = ("Auf der Liste stehen Ägypten, Israel, Katar und die Türkei. Die beiden Länder "
            "sagten der Ukraine Unterstützung zu.")
    names = {"Ägypten": "EG", "Israel": "IL", "Katar": "QA", "Türkei": "TR", "Ukraine": "UA"}
    found = claims(text, "de", mentions=names)
    assert not any({"QA", "TR"} <= set(x.actors) for x in found), found


def test_a_pair_named_in_a_sentence_about_someone_else_is_no_topic() -> None:
    text = "Kim Jong Un arrived in Moscow. Russia and Ukraine, he said, must talk. He met Putin."
    meets = [x for x in claims(text, "en", mentions={"Kim Jong Un": "kim", "Moscow": "moscow",
                                                      "Russia": "RU", "Ukraine": "UA",
                                                      "Putin": "putin"}) if x.type == "MEET"]
    assert meets and "kim" in meets[0].actors and "UA" not in meets[0].actors, meets

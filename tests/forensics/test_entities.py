"""Anachronistic and wrong entities: the dead acting, an actor in relation with itself, a
country used as a personal name, reversed relations."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,lang,surface", [
    ("Kim Jong Il visited Russia and met President Putin at the cosmodrome.", "en", "Kim Jong Il"),
    ("Kim Jong Il dari Korea Utara mengunjungi Rusia dan bertemu Presiden Putin.", "id",
     "Kim Jong Il"),
])
def test_dead_person_acting_suggests_office_holder(fx, kb, text, lang, surface):
    doc = fx.make_doc(text, lang, "2023-09-20")
    m = fx.mention(doc, surface, "kim-jong-il")
    findings, _ = fx.run(doc, fx.analysis(mentions=[m], entities=[kb.get("kim-jong-il")]), kb=kb)
    f = [f for f in findings if f.kind == "anachronism"]
    assert [(x.surface, x.suggestion) for x in f] == [(surface, "Kim Jong Un")]
    assert "2011" in f[0].message


def test_dead_person_flagged_once_per_article(fx, kb):
    text = "Kim Jong Il visited Russia.\nLater Kim Jong Il returned home by train."
    doc = fx.make_doc(text, "en", "2023-09-20")
    ms = [fx.mention(doc, "Kim Jong Il", "kim-jong-il", nth=i) for i in range(2)]
    findings, _ = fx.run(doc, fx.analysis(mentions=ms), kb=kb)
    assert len([f for f in findings if f.kind == "anachronism"]) == 1


@pytest.mark.parametrize("text", [
    "North Korea marked the birthday of the late Kim Jong Il on Friday.",
    "Kim Jong Il visited Russia in 2001 by armoured train.",
])
def test_dead_person_in_past_context_is_fine(fx, kb, text):
    doc = fx.make_doc(text, "en", "2023-09-20")
    an = fx.analysis(mentions=[fx.mention(doc, "Kim Jong Il", "kim-jong-il")])
    if "2001" in text:
        an = fx.analysis(mentions=an.mentions, times=[fx.time_expr(doc, "2001", "2001", "year")])
    findings, _ = fx.run(doc, an, kb=kb)
    assert not [f for f in findings if f.kind == "anachronism"]


@pytest.mark.parametrize("text,lang,surface", [
    ("Kunjungan itu mengesankan bulan madu antara Rusia dan Rusia, kata analis.", "id",
     "Rusia dan Rusia"),
    ("The visit showed a honeymoon between Russia and Russia, analysts said.", "en",
     "Russia and Russia"),
    ("訪問はロシアとロシアの蜜月ぶりを印象付けた。", "ja", "ロシアとロシア"),
    ("이번 방문은 러시아와 러시아의 밀월을 보여줬다.", "ko", "러시아와 러시아"),
    ("Визит показал сближение между Россия и Россия, считают аналитики.", "ru", "Россия и Россия"),
])
def test_self_relation_from_text(fx, text, lang, surface):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert ("self_relation", surface) in fx.kinds(findings)


@pytest.mark.parametrize("text,lang", [
    ("Harga naik lagi dan lagi, kata warga.", "id"),
    ("Negara-negara anggota Perserikatan Bangsa-Bangsa bertemu di New York.", "id"),
    ("Prices rose more and more, residents said.", "en"),
    ("러시아와 러시아인 사이의 관계가 주목된다.", "ko"),
])
def test_not_self_relations(fx, text, lang):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert not [f for f in findings if f.kind == "self_relation"]


def test_self_relation_from_mentions(fx, kb):
    doc = fx.make_doc("Talks between Moscow and the Russian Federation resumed.", "en")
    ms = [fx.mention(doc, "Moscow", "russia", "alias"),
          fx.mention(doc, "the Russian Federation", "russia")]
    findings, _ = fx.run(doc, fx.analysis(mentions=ms), kb=kb)
    assert ("self_relation", "Moscow and the Russian Federation") in fx.kinds(findings)


@pytest.mark.parametrize("text,lang,surface", [
    ("전 국무성 당국자인 에반스 리비아 씨는 북한이 중국에 접근했다고 말했다.", "ko",
     "에반스 리비아 씨"),
    ("元国務省当局者のエバンス・リビア氏は述べた。", "ja", "リビア氏"),
])
def test_country_used_as_personal_name(fx, text, lang, surface):
    findings, _ = fx.run(fx.make_doc(text, lang))
    f = [f for f in findings if f.kind == "garbled_name"]
    assert [x.surface for x in f] == [surface]
    assert "Libya" in f[0].message


def test_reversed_relation_in_minority(fx):
    text = ("North Korea sent troops to Russia, Kyiv said.\n"
            "North Korean troops arrived in Russia last week.\n"
            "Russia denied sending troops to North Korea.")
    doc = fx.make_doc(text, "en")
    cs = [fx.claim(doc, "North Korea sent troops to Russia, Kyiv said.", "DEPLOY_TROOPS",
                   ["north-korea"], ["russia"], 0),
          fx.claim(doc, "North Korean troops arrived in Russia last week.", "DEPLOY_TROOPS",
                   ["north-korea"], ["russia"], 1),
          fx.claim(doc, "Russia denied sending troops to North Korea.", "DEPLOY_TROOPS",
                   ["russia"], ["north-korea"], 2)]
    findings, _ = fx.run(doc, claims=cs)
    f = [f for f in findings if f.kind == "reversed_relation"]
    assert [x.surface for x in f] == ["Russia denied sending troops to North Korea."]
    assert f[0].severity == "low"


@pytest.mark.parametrize("text,lang,denial,target", [
    ("North Korea sent troops to Russia, Kyiv said.\nMoscow denied sending troops to North Korea.",
     "en", "Moscow denied sending troops to North Korea.", "North Korea"),
    ("Korea Utara mengirim pasukan ke Rusia, kata Kyiv.\n"
     "Pemerintah Rusia membantah mengirimkan pasukan ke Korea Utara.", "id",
     "Pemerintah Rusia membantah mengirimkan pasukan ke Korea Utara.", "Korea Utara"),
])
def test_reversed_denial(fx, kb, text, lang, denial, target):
    doc = fx.make_doc(text, lang)
    first = text.split("\n")[0]
    cs = [fx.claim(doc, first, "DEPLOY_TROOPS", ["north-korea"], ["russia"], 0),
          fx.claim(doc, denial, "DENY", ["russia"], ["north-korea"], 1)]
    m = fx.mention(doc, target, "north-korea", nth=1)
    findings, _ = fx.run(doc, fx.analysis(mentions=[m]), claims=cs, kb=kb)
    f = [f for f in findings if f.kind == "reversed_relation"]
    assert [x.surface for x in f] == [denial.rstrip(".")]
    assert f[0].suggestion == "North Korea → Russia"


def test_denial_of_the_reported_direction_is_fine(fx):
    text = ("North Korea sent troops to Russia, Kyiv said.\n"
            "Moscow denied that troops came to Russia from North Korea.")
    doc = fx.make_doc(text, "en")
    cs = [fx.claim(doc, text.split("\n")[0], "DEPLOY_TROOPS", ["north-korea"], ["russia"], 0),
          fx.claim(doc, text.split("\n")[1], "DENY", ["russia"], ["north-korea"], 1)]
    m = fx.mention(doc, "North Korea", "north-korea", nth=1)
    findings, _ = fx.run(doc, fx.analysis(mentions=[m]), claims=cs)
    assert not [f for f in findings if f.kind == "reversed_relation"]


def test_lone_word_linked_to_a_dead_person_is_not_enough(fx, kb):
    # a capitalised common word at a sentence start linked to a surname must not accuse anyone
    doc = fx.make_doc("Il visited the base on Monday, officials said.", "en", "2023-09-20")
    m = fx.mention(doc, "Il", "kim-jong-il", "alias", 0.95)
    findings, _ = fx.run(doc, fx.analysis(mentions=[m]), kb=kb)
    assert not [f for f in findings if f.kind == "anachronism"]

"""A larger knowledge base holds more look-alikes: a lone first name, a common word beside a
courtesy title, or the first word of a longer name must not become someone. Made-up sentences;
a small test knowledge base (conftest's plus the records below)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.kb import KnowledgeBase, build_knowledge_base

from .conftest import SMALL_KB, linked

EXTRA = """\
- {iso: IE, id: ireland, name: Ireland}
- {iso: GB, id: united-kingdom, name: United Kingdom}
- {iso: BE, id: belgium, name: Belgium}
- id: micheal-martin
  type: person
  name: Micheál Martin
  aliases: [Micheal Martin]
  names: {ja: [ミホル・マーティン], ko: [미홀 마틴], zh: [米歇尔·马丁], ru: [Михол Мартин]}
  country: ireland
  offices: [{role: Taoiseach, of: ireland, from: 2025-01-23}]
- id: martin-griffiths
  type: person
  name: Martin Griffiths
  names: {ja: [マーティン・グリフィス], ko: [마틴 그리피스], zh: [马丁·格里菲思],
          ru: [Мартин Гриффитс]}
  country: united-kingdom
  offices: [{role: Under-Secretary-General for Humanitarian Affairs, from: 2021-07-19,
             to: 2024-06-30}]
- id: leo-varadkar
  type: person
  name: Leo Varadkar
  names: {ja: [レオ・バラッカー], ko: [리오 버라드커], zh: [利奥·瓦拉德卡], ru: [Лео Варадкар]}
  country: ireland
  offices: [{role: Taoiseach, of: ireland, from: 2022-12-17, to: 2024-04-09}]
- id: ajay-banga
  type: person
  name: Ajay Banga
  names: {ja: [アジェイ・バンガ], ko: [아제이 방가], zh: [彭安杰], ru: [Аджай Банга]}
  country: united-states
  offices: [{role: President of the World Bank Group, from: 2023-06-02}]
- id: alexander-de-croo
  type: person
  name: Alexander De Croo
  names: {ja: [アレクサンダー・デクロー], ko: [알렉산더르 더크로], zh: [亚历山大·德克罗],
          ru: [Александр де Кро]}
  country: belgium
  offices: [{role: Prime Minister of Belgium, of: belgium, from: 2020-10-01, to: 2025-02-03}]
- id: alexander-matsegora
  type: person
  name: Alexander Matsegora
  names: {ja: [アレクサンドル・マツェゴラ], ko: [알렉산드르 마체고라], zh: [亚历山大·马采戈拉],
          ru: [Александр Мацегора]}
  country: russia
  offices: [{role: Ambassador of Russia to North Korea, of: russia, from: 2014-12}]
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    path: Path = tmp_path_factory.mktemp("kb") / "namesakes.yaml"
    path.write_text(SMALL_KB + EXTRA, encoding="utf-8")
    return build_knowledge_base([path])


def test_a_lone_surname_still_means_the_one_office_holder(kb):
    assert linked("Varadkar said the vote would go ahead.", "en", kb) == {
        "Varadkar": "leo-varadkar"}


@pytest.mark.parametrize("text", [
    "Martin said the vote would go ahead.",
    "Asked about the vote, Martin declined to comment.",
])
def test_a_surname_that_is_also_a_first_name_is_no_one_alone(kb, text):
    assert "micheal-martin" not in linked(text, "en", kb).values()


def test_the_full_name_earlier_in_the_document_still_links_the_surname(kb):
    links = linked("Micheál Martin arrived in Brussels.\nMartin said the vote would go ahead.",
                   "en", kb)
    assert links.get("Martin") == "micheal-martin"


def test_a_common_word_beside_a_courtesy_title_is_not_a_surname(kb):
    # 방어 분석가 'defence analyst': 방어 sounds like 방가 (Banga), but 분석가 names no office
    links = linked("한 방어 분석가는 회담이 곧 열릴 것이라고 말했다.", "ko", kb)
    assert "ajay-banga" not in links.values()


def test_a_first_name_alone_is_not_the_person_it_begins(kb):
    # 알렉산더 is the first word of 알렉산더르 더크로; here it is the ambassador's first name,
    # spelt differently from his 알렉산드르, beside his surname
    links = linked("알렉산더 마체고라 대사는 회담이 곧 열릴 것이라고 말했다.", "ko", kb)
    assert links.get("마체고라") == "alexander-matsegora"
    assert "alexander-de-croo" not in links.values()

"""A small knowledge base written by the tests, and documents built from made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.kb import KnowledgeBase, build_knowledge_base
from newsweave.kb.link import find_mentions
from newsweave.model import Document, LanguageShare, Mention, OffsetMap, Sentence

SMALL_KB = """\
- {iso: RU, id: russia, name: Russia, capital: moscow,
   names: {ja: [ロシア], ko: [러시아], zh: [俄罗斯], ru: [Россия], id: [Rusia], vi: [Nga]},
   adjectives: {en: [Russian], ru: [российский, российских], id: [Rusia], vi: [Nga]},
   abbreviations: {ja: [露, ロ], ko: [러]}}
- {iso: KP, id: north-korea, name: North Korea, capital: pyongyang, aliases: [DPRK],
   names: {ja: [北朝鮮], ko: [북한], zh: [朝鲜], ru: [КНДР, Северная Корея], id: [Korea Utara],
           vi: [Triều Tiên]},
   adjectives: {en: [North Korean]}, abbreviations: {ja: [朝], ko: [북]}}
- {iso: US, id: united-states, name: United States, aliases: [US, U.S.],
   names: {ja: [米国, アメリカ], ko: [미국], id: [Amerika Serikat, AS], vi: [Mỹ]},
   abbreviations: {ja: [米], ko: [미]}}
- id: moscow
  type: place
  kind: city
  name: Moscow
  country: russia
  names: {ja: [モスクワ], ko: [모스크바], ru: [Москва], id: [Moskow], zh: [莫斯科],
          vi: [Mát-xcơ-va]}
- id: pyongyang
  type: place
  kind: city
  name: Pyongyang
  country: north-korea
  names: {ja: [平壌], ko: [평양], ru: [Пхеньян], zh: [平壤], vi: [Bình Nhưỡng]}
- id: kursk
  type: place
  kind: city
  name: Kursk
  country: russia
  names: {ja: [クルスク], ko: [쿠르스크], ru: [Курск]}
- id: kursk-oblast
  type: place
  kind: region
  name: Kursk Oblast
  country: russia
  names: {ja: [クルスク州], ko: [쿠르스크주], ru: [Курская область]}
- id: vostochny-cosmodrome
  type: place
  kind: facility
  name: Vostochny Cosmodrome
  aliases: [Vostochny]
  country: russia
  names: {ja: [ボストーチヌイ宇宙基地, ボストーチヌイ], ko: [보스토치니 우주기지], ru: [Восточный]}
- id: vladimir-putin
  type: person
  name: Vladimir Putin
  country: russia
  born: 1952-10-07
  names: {ja: [ウラジーミル・プーチン], ko: [블라디미르 푸틴], zh: [弗拉基米尔·普京, 普京],
          ru: [Владимир Путин], id: [Vladimir Putin], vi: [Vladimir Putin]}
  offices: [{role: President of Russia, of: russia, from: 2012-05-07, to: null}]
- id: sergey-lavrov
  type: person
  name: Sergey Lavrov
  aliases: [Sergei Lavrov]
  country: russia
  names: {ja: [セルゲイ・ラブロフ], ko: [세르게이 라브로프], zh: [谢尔盖·拉夫罗夫],
          ru: [Сергей Лавров]}
  offices: [{role: Minister of Foreign Affairs, of: russia, from: 2004-03-09}]
- id: kim-jong-un
  type: person
  name: Kim Jong Un
  aliases: [Kim Jong-un]
  country: north-korea
  born: 1984-01-08
  names: {ja: [金正恩], ko: [김정은], zh: [金正恩], ru: [Ким Чен Ын]}
  offices: [{role: General Secretary of the Workers' Party of Korea, of: north-korea,
             from: 2021-01-10}]
  not: [kim-jong-il, kim-jong-nam]
- id: kim-jong-il
  type: person
  name: Kim Jong Il
  aliases: [Kim Jong-il]
  country: north-korea
  born: 1941-02-16
  died: 2011-12-17
  names: {ja: [金正日], ko: [김정일], zh: [金正日], ru: [Ким Чен Ир]}
  offices: [{role: General Secretary of the Workers' Party of Korea, of: north-korea,
             from: 1997-10-08, to: 2011-12-17}]
- id: kim-jong-nam
  type: person
  name: Kim Jong Nam
  aliases: [Kim Jong-nam]
  country: north-korea
  died: 2017-02-13
  names: {ja: [金正男], ko: [김정남]}
- id: kim-yo-jong
  type: person
  name: Kim Yo Jong
  aliases: [Kim Yo-jong]
  country: north-korea
  names: {ja: [金与正], ko: [김여정]}
- id: kim-yong-hyun
  type: person
  name: Kim Yong-hyun
  country: south-korea
  names: {ja: [金容賢], ko: [김용현]}
  offices: [{role: Minister of National Defense, of: south-korea, from: 2024-09-06}]
- id: kirill-budanov
  type: person
  name: Kirill Budanov
  names: {ja: [キリル・ブダノフ], ko: [키릴로 부다노프], ru: [Кирилл Буданов]}
- {iso: LY, id: libya, name: Libya}
- id: us-state-department
  type: organization
  kind: ministry
  name: US Department of State
  country: united-states
- id: gazprom
  type: organization
  kind: company
  name: Gazprom
  country: russia
- id: matthew-miller
  type: person
  name: Matthew Miller
  country: united-states
  names: {ja: [マシュー・ミラー]}
  offices: [{role: Spokesperson, of: us-state-department, from: 2023-05, to: 2025-01}]
- id: alexey-miller
  type: person
  name: Alexei Miller
  country: russia
  offices: [{role: Chairman of Gazprom, of: gazprom, from: 2001}]
- id: evans-revere
  type: person
  name: Evans Revere
  country: united-states
  names: {ko: [에번스 리비어]}
- id: workers-party-of-korea
  type: organization
  kind: party
  name: Workers' Party of Korea
  country: north-korea
  names: {ja: [朝鮮労働党], ko: [조선노동당], id: [Partai Pekerja Korea]}
- id: kcna
  type: organization
  kind: news_agency
  name: Korean Central News Agency
  aliases: [KCNA]
  country: north-korea
  hosts: [kcna.kp]
  names: {ja: [朝鮮中央通信], ko: [조선중앙통신]}
"""


@pytest.fixture(scope="session")
def small_kb_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "small.yaml"
    path.write_text(SMALL_KB, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def small_kb(small_kb_file: Path) -> KnowledgeBase:
    return build_knowledge_base([small_kb_file])


def make_doc(text: str, lang: str | None, published: str | None = "2024-06-20",
             doc_id: str = "d1") -> Document:
    """A document whose lines are its sentences, all in `lang`."""
    sentences = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        sentences.append(Sentence(i, pos, pos + len(line), pos, pos + len(line), line, lang))
        pos += len(line) + 1
    return Document(id=doc_id, uri=f"test://{doc_id}", original_text=text, clean_text=text,
                    offsets=OffsetMap.identity(len(text)), sentences=tuple(sentences),
                    languages=(LanguageShare(lang, len(text)),) if lang else (),
                    published=published)


def mentions_of(text: str, lang: str | None, kb: KnowledgeBase, **kw) -> list[Mention]:
    mentions, _ = find_mentions(make_doc(text, lang, **kw), kb)
    return mentions


def linked(text: str, lang: str | None, kb: KnowledgeBase, **kw) -> dict[str, str]:
    """surface -> entity id of every mention."""
    return {m.surface: m.entity_id for m in mentions_of(text, lang, kb, **kw)}

"""Stories the knowledge base was not built on: in-document abbreviation definitions, partial
names that belong to another person, and unknown names typed from their words and context.
Made-up sentences; a small test knowledge base (conftest's plus the records below)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave.kb import KnowledgeBase, build_knowledge_base
from newsweave.kb.definitions import initials_fit, is_abbreviation
from newsweave.kb.link import find_mentions
from newsweave.kb.name_types import guess_type

from .conftest import SMALL_KB, make_doc

EXTRA = """\
- {iso: SD, id: sudan, name: Sudan, names: {id: [Sudan], ru: [Судан], vi: [Sudan]}}
- {iso: EG, id: egypt, name: Egypt, names: {id: [Mesir], ru: [Египет], vi: [Ai Cập]}}
- {iso: CN, id: china, name: China, names: {id: [Tiongkok], vi: [Trung Quốc]}}
- {id: khartoum, type: place, kind: city, name: Khartoum, country: sudan}
- {id: cairo, type: place, kind: city, name: Cairo, country: egypt, names: {id: [Kairo]}}
- {id: reporters-without-borders, type: organization, kind: international,
   name: Reporters Without Borders, aliases: [RSF]}
- {id: wfp, type: organization, kind: international, name: World Food Programme, aliases: [WFP]}
- {id: mss-china, type: organization, kind: intelligence, name: Ministry of State Security,
   aliases: [MSS], country: china}
- id: abdel-fattah-el-sisi
  type: person
  name: Abdel Fattah el-Sisi
  aliases: [Abdel Fattah al-Sisi]
  country: egypt
  offices: [{role: President of Egypt, of: egypt, from: 2014-06-08}]
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    path: Path = tmp_path_factory.mktemp("kb") / "coverage.yaml"
    path.write_text(SMALL_KB + EXTRA, encoding="utf-8")
    return build_knowledge_base([path])


def analyse(text: str, lang: str, kb: KnowledgeBase):
    """(surface -> entity id, entity id -> Entity) of a made-up document."""
    mentions, entities = find_mentions(make_doc(text, lang), kb)
    return {m.surface: m.entity_id for m in mentions}, {e.id: e for e in entities}


# ------------------------------------------------------------------ 1. definitions

# (lang, text, abbreviation, long name): the abbreviation means the text's long name, although the
# knowledge base lists the same letters for Reporters Without Borders / China's MSS
DEFINED = [
    ("en", "The army retook the palace from the paramilitary Rapid Support Forces (RSF).\n"
           "The RSF denied the claim.", "RSF", "Rapid Support Forces"),
    ("en", "Fighters of the RSF (Rapid Support Forces) entered the city.\nRSF denied it.",
     "RSF", "Rapid Support Forces"),
    ("id", "Tentara merebut kembali istana dari Pasukan Dukungan Cepat (RSF).\n"
           "RSF membantah klaim tersebut.", "RSF", "Pasukan Dukungan Cepat"),
    ("vi", "Quân đội chiếm lại dinh từ Lực lượng Hỗ trợ Nhanh (RSF).\nRSF bác bỏ tuyên bố này.",
     "RSF", "Lực lượng Hỗ trợ Nhanh"),
    ("ru", "Армия отбила дворец у Сил быстрого реагирования (СБР).\nСБР опровергли это.",
     "СБР", "Сил быстрого реагирования"),
    ("en", "Kenyan officers serve with the Multinational Security Support Mission (MSS).\n"
           "The MSS lacks helicopters.", "MSS", "Multinational Security Support Mission"),
    ("id", "Polisi Kenya bertugas di Misi Dukungan Keamanan Multinasional (MSS).\n"
           "MSS kekurangan helikopter.", "MSS", "Misi Dukungan Keamanan Multinasional"),
    ("vi", "Cảnh sát Kenya thuộc Phái bộ Hỗ trợ An ninh Đa quốc gia (MSS).\nMSS thiếu trực thăng.",
     "MSS", "Phái bộ Hỗ trợ An ninh Đa quốc gia"),
    ("vi", "Theo Tổng cục Thống kê (GSO), kinh tế tăng 8%.", "GSO", "Tổng cục Thống kê"),
    ("id", "Badan Nasional Penanggulangan Bencana (BNPB) melaporkan banjir.", "BNPB",
     "Badan Nasional Penanggulangan Bencana"),
]


@pytest.mark.parametrize(("lang", "text", "abbr", "long_name"), DEFINED)
def test_a_defined_abbreviation_means_its_long_name(kb, lang, text, abbr, long_name):
    links, entities = analyse(text, lang, kb)
    assert long_name in links, links
    eid = links[long_name]
    assert links[abbr] == eid
    assert eid not in ("reporters-without-borders", "mss-china")
    entity = entities[eid]
    assert not entity.linked and entity.type == "organization"
    assert abbr in entity.aliases


# a long name the knowledge base knows keeps its record; so does a translated long name of an
# acronym made from the record's own English name, for a body with no country
KNOWN = [
    ("en", "The Reporters Without Borders (RSF) index fell.\nRSF said so.", "RSF",
     "reporters-without-borders"),
    ("en", "The Korean Central News Agency (KCNA) said.\nKCNA added more.", "KCNA", "kcna"),
    ("id", "Program Pangan Dunia (WFP) memperingatkan kelaparan.\nWFP meminta bantuan.", "WFP",
     "wfp"),
    ("vi", "Chương trình Lương thực Thế giới (WFP) cảnh báo.\nWFP kêu gọi viện trợ.", "WFP", "wfp"),
]


@pytest.mark.parametrize(("lang", "text", "abbr", "entity"), KNOWN)
def test_a_definition_of_a_known_body_links_to_it(kb, lang, text, abbr, entity):
    links, _ = analyse(text, lang, kb)
    assert links.get(abbr) == entity


@pytest.mark.parametrize("text", [
    "PYONGYANG (KCNA) The leader inspected a factory.",
    "NEW YORK (AP) - Officials said the talks failed.",
    "MOSCOW (RSF) The group said a reporter was held.",
])
def test_a_dateline_is_not_what_the_agency_abbreviation_means(kb, text):
    links, entities = analyse(text, "en", kb)
    assert not [e for e in entities.values() if not e.linked and "(" not in e.name]
    for abbr in ("KCNA", "RSF"):
        assert links.get(abbr) in (None, "kcna", "reporters-without-borders")


def test_without_a_definition_the_knowledge_base_reading_stands(kb):
    links, _ = analyse("RSF said press freedom fell in Egypt.", "en", kb)
    assert links.get("RSF") == "reporters-without-borders"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army flew an unmanned aerial vehicle (UAV) over the city."),
    ("ja", "軍は無人航空機（UAV）を飛ばした。"),
    ("en", "Growth of the gross domestic product (GDP) slowed."),
])
def test_a_common_noun_with_an_abbreviation_is_no_entity(kb, lang, text):
    _, entities = analyse(text, lang, kb)
    assert not [e for e in entities.values() if not e.linked], entities


@pytest.mark.parametrize(("abbr", "words", "fits"), [
    ("RSF", ["Rapid", "Support", "Forces"], True),
    ("WHO", ["World", "Health", "Organization"], True),
    ("ISIL", ["Islamic", "State", "of", "Iraq", "and", "the", "Levant"], True),
    ("СБР", ["Силы", "быстрого", "реагирования"], True),
    ("RSF", ["Reporters", "Without", "Borders"], False),
    ("MSS", ["Pasukan", "Dukungan", "Cepat"], False),
])
def test_initials_spell_an_abbreviation(abbr, words, fits):
    assert initials_fit(abbr, words) is fits


@pytest.mark.parametrize(("word", "ok"), [("RSF", True), ("M23", True), ("СБР", True),
                                          ("A", False), ("Rsf", False), ("TOOLONGABBR", False)])
def test_what_counts_as_an_abbreviation(word, ok):
    assert is_abbreviation(word) is ok


# ------------------------------------------------------------------ 2. partial names

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt's President Abdel Fattah al-Sisi met army chief Abdel Fattah al-Burhan in "
           "Cairo."),
    ("id", "Presiden Mesir Abdel Fattah al-Sisi bertemu dengan Jenderal Abdel Fattah al-Burhan "
           "di Kairo."),
    ("vi", "Tổng thống Ai Cập Abdel Fattah al-Sisi đã gặp Tướng Abdel Fattah al-Burhan tại "
           "Cairo."),
])
def test_a_shared_first_name_is_not_the_person_named_earlier(kb, lang, text):
    links, entities = analyse(text, lang, kb)
    assert links.get("Abdel Fattah al-Sisi") == "abdel-fattah-el-sisi"
    assert "Abdel Fattah al" not in links
    burhan = links.get("Abdel Fattah al-Burhan")
    assert burhan is not None and burhan != "abdel-fattah-el-sisi"
    assert entities[burhan].type == "person" and not entities[burhan].linked


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Kim Jong Chol met Kim Jong Un on Friday.", "Kim Jong Chol"),
    ("en", "Kim Jong Chol met Kim Jong Un on Friday.", "Kim Jong"),
    ("id", "Kim Jong Chol bertemu Kim Jong Un di Pyongyang.", "Kim Jong Chol"),
    ("en", "Sudan's army chief Abdel Fattah al-Burhan spoke.", "Abdel Fattah al"),
])
def test_another_given_name_or_surname_is_not_a_known_person(kb, lang, text, surface):
    links, _ = analyse(text, lang, kb)
    assert links.get(surface) not in ("kim-jong-il", "kim-yo-jong", "kim-jong-un",
                                      "abdel-fattah-el-sisi")


def test_a_garbled_known_name_still_links(kb):
    links, _ = analyse("Pemimpin Korea Utara Kim Jung Eun tiba di Rusia.", "id", kb)
    assert links.get("Kim Jung Eun") == "kim-jong-un"


# ------------------------------------------------------------------ 3. unknown names

# (lang, text, surface, type): an unknown name becomes an unlinked entity of this type
UNKNOWN = [
    ("en", "Drone strikes on a market in Omdurman killed at least 54 people.", "Omdurman", "place"),
    ("id", "Serangan pesawat nirawak di Omdurman menewaskan 54 orang.", "Omdurman", "place"),
    ("vi", "Các cuộc tấn công ở Omdurman đã giết chết 54 người.", "Omdurman", "place"),
    ("ru", "Удар беспилотника по рынку в Омдурмане унёс жизни 54 человек.", "Омдурмане", "place"),
    ("en", "Gangs attacked the town of Mirebalais on Monday.", "Mirebalais", "place"),
    ("id", "Geng menyerang kota Mirebalais pada hari Senin.", "Mirebalais", "place"),
    ("vi", "Các băng đảng tấn công thị trấn Mirebalais hôm thứ Hai.", "Mirebalais", "place"),
    ("en", "Protesters marched in Maputo and Nampula on Monday.", "Nampula", "place"),
    ("ru", "Жители поселка Новоселовка сообщили о взрывах.", "Новоселовка", "place"),
    ("id", "Gubernur meninjau lokasi banjir di Karawang dan Subang.", "Subang", "place"),
    ("en", "At least 54 people died, the Sudan Doctors Network said.", "Sudan Doctors Network",
     "organization"),
    ("id", "Sedikitnya 54 orang tewas, kata Jaringan Dokter Sudan.", "Jaringan Dokter Sudan",
     "organization"),
    ("en", "The Viv Ansanm coalition has seized most of the capital.", "Viv Ansanm",
     "organization"),
    ("en", "The civil society group Plataforma Decide counted the dead.", "Plataforma Decide",
     "organization"),
    ("id", "Partai Frelimo telah memerintah sejak 1975.", "Partai Frelimo", "organization"),
    ("vi", "Liên minh Viv Ansanm kiểm soát phần lớn thủ đô.", "Viv Ansanm", "organization"),
    ("en", "The Transitional Presidential Council asked for help.",
     "Transitional Presidential Council", "organization"),
    ("en", "Officials asked the International Organization for Migration to help.",
     "International Organization for Migration", "organization"),
    ("ru", "Боевики Силы быстрого реагирования заняли город.", None, None),
]


@pytest.mark.parametrize(("lang", "text", "surface", "etype"), UNKNOWN)
def test_unknown_names_become_typed_unlinked_entities(kb, lang, text, surface, etype):
    links, entities = analyse(text, lang, kb)
    if surface is None:
        return
    assert surface in links, links
    entity = entities[links[surface]]
    assert not entity.linked and entity.type == etype


def test_an_organisation_name_without_its_head_word_is_an_alias(kb):
    links, entities = analyse("Partai Frelimo telah memerintah sejak 1975.", "id", kb)
    assert "Frelimo" in entities[links["Partai Frelimo"]].aliases


def test_a_country_inside_a_new_name_stays_a_mention(kb):
    links, _ = analyse("At least 54 people died, the Sudan Doctors Network said.", "en", kb)
    assert links.get("Sudan") == "sudan"


# nothing new is made of these: generic words, titles, region words before garbled names,
# capitalised adjectives, sentence-initial words, headlines in Title Case
NOTHING_NEW = [
    ("en", "Foreign Ministry spokesperson said the National Security Council met."),
    ("en", "Army Retakes Presidential Palace In Omdurman From Paramilitary Group"),
    ("en", "Sudan Army Chief Vows Victory Over Paramilitary Forces In Darfur Region"),
    ("id", "Pasukan Korea Utara dikerahkan di wilayah Brishask dan Kursk."),
    ("id", "Direktur Badan Keamanan Nasional bertemu wartawan."),
    ("ru", "Совет попросил Международную организацию по миграции помочь беженцам."),
    ("ru", "Командующий армией посетил войска."),
    ("en", "Officials met in Ramadan to discuss the truce in English and Arabic."),
    ("en", "Oblast officials said the bridge was hit."),
    ("en", "Killing at least 25 people, Ukraine's Interior Ministry said on Wednesday."),
    ("en", "Jets were scrambled, the Operational Command said in a post."),
    ("id", "Harga saham naik di Bursa Efek Indonesia pada Selasa."),
    ("en", "Chief Executive Officer told analysts that demand was high."),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING_NEW)
def test_no_unlinked_entity_from_generic_or_headline_text(kb, lang, text):
    _, entities = analyse(text, lang, kb)
    assert not [e.name for e in entities.values() if not e.linked]


@pytest.mark.parametrize(("name", "etype"), [
    ("Rapid Support Forces", "organization"), ("Pasukan Dukungan Cepat", "organization"),
    ("Lực lượng Hỗ trợ Nhanh", "organization"), ("Силы быстрого реагирования", "organization"),
    ("Thành phố Gaza", "place"), ("Zamzam Camp", "place"), ("Abdel Fattah", None),
    ("Nguyễn Văn Minh", None),
])
def test_name_type_from_its_words(name, etype):
    assert guess_type(name) == etype


_WORD = st.text(alphabet="abcdefgАБВгдеÀé", min_size=1, max_size=8)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(_WORD, st.sampled_from([" ", " (", ") ", ", ", " in ", " di ", "-"])),
                min_size=1, max_size=14),
       st.sampled_from(["en", "id", "vi", "ru"]))
def test_any_capitalised_text_gives_mentions_inside_it(kb, parts, lang):
    text = "".join(w.capitalize() + sep for w, sep in parts)
    mentions, entities = find_mentions(make_doc(text, lang), kb)
    ids = {e.id for e in entities}
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        assert m.entity_id in ids

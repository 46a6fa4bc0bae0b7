"""World places (kb/geo.py, kb/geolink.py) in a small world the tests build: a few countries and
curated places, GeoNames-style cities and one real ISO 3166-2 region, and sentences written for
these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.kb import build_knowledge_base
from newsweave.kb.geo import build, ids_for, key_of, name_script, records_of
from newsweave.kb.matcher import SentenceView

from .conftest import linked

WORLD_KB = """\
- {iso: SY, id: syria, name: Syria, names: {ja: [シリア], ru: [Сирия], es: [Siria]}}
- {iso: US, id: united-states, name: United States, aliases: [US]}
- {iso: FR, id: france, name: France}
- {iso: GB, id: united-kingdom, name: United Kingdom}
- {iso: TR, id: turkey, name: Turkey}
- {iso: DE, id: germany, name: Germany, names: {ja: [ドイツ], zh: [德国], ru: [Германия],
   fr: [Allemagne]}}
- {iso: NE, id: niger, name: Niger, names: {ja: [ニジェール], ko: [니제르], zh: [尼日尔],
   ru: [Нигер], ar: [النيجر]}}
- {iso: RU, id: russia, name: Russia}
- {id: damascus, type: place, kind: city, name: Damascus, country: syria,
   names: {ja: [ダマスカス], ru: [Дамаск]}}
- {id: maryland, type: place, kind: region, name: Maryland, country: united-states}
- {id: red-sea, type: place, kind: sea, name: Red Sea, names: {fr: [mer Rouge], es: [mar Rojo]}}
- {id: donetsk, type: place, kind: city, name: Donetsk, names: {zh: [顿涅茨克]}}
"""


def city(gid: int, name: str, cc: str, population: int, admin1: str = "",
         alternates: tuple[str, ...] = ()) -> dict:
    return {"geonameid": gid, "name": name, "countrycode": cc, "population": population,
            "admin1code": admin1, "alternatenames": list(alternates)}


CITIES = [
    city(1, "Damascus", "SY", 1_569_394, "13", ("Damasco", "Damas", "Дамаск", "دمشق")),
    city(2, "Damascus", "US", 15_257, "MD"),
    city(3, "Nice", "FR", 342_669, "93", ("Nizza",)),
    city(4, "Mobile", "US", 183_289, "AL"),
    city(5, "Of", "TR", 31_951, "61"),
    city(6, "Reading", "GB", 318_014, "ENG"),
    city(7, "Jackson", "US", 153_701, "MS"),
    city(8, "Batman", "TR", 452_157, "72"),
    city(9, "Zinder", "NE", 318_874, "07",
         ("Зиндер", "زندر", "ザンデール", "津德尔", "잔데르")),
    city(10, "Gori", "GE", 41_933, "73", ("Goris",)),
    city(11, "Goris", "AM", 17_592, "08"),
    city(12, "Kursk", "RU", 448_733, "41", ("Курск", "クルスク", "库尔斯克", "쿠르스크")),
]
REGIONS = [  # pycountry's own records (their names in other languages come from its catalogues)
    pycountry.subdivisions.get(code="DE-BY"),
    pycountry.subdivisions.get(code="US-AL"),
    pycountry.subdivisions.get(code="US-MD"),  # curated: merged into "maryland"
    SimpleNamespace(code="TR-72", name="Batman", type="Province", parent_code=None,
                    country_code="TR"),
]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    path = tmp_path_factory.mktemp("world") / "world.yaml"
    path.write_text(WORLD_KB, encoding="utf-8")
    kb = build_knowledge_base([path])
    kb.geo = build(records_of(kb.entities.values()), ids_for(kb.entities.values()),
                   cities=CITIES, subdivisions=REGIONS)
    return kb


# ---------------------------------------------------------------------- ambiguity


@pytest.mark.parametrize(("text", "entity"), [
    ("Protesters gathered in Damascus on Friday.", "damascus"),
    ("Damascus, Maryland, is a quiet town of farms.", "gn-2"),
    ("The fire in Damascus was put out, Maryland officials said.", "gn-2"),
    ("Syria said shells fell on Damascus, and Maryland sent condolences.", "damascus"),
])
def test_an_ambiguous_city_is_the_one_its_document_speaks_of(world, text, entity):
    assert linked(text, "en", world).get("Damascus") == entity


def test_a_name_that_is_alternate_for_one_town_and_own_for_another(world):
    # GeoNames lists "Goris" as an old name of Gori (Georgia): the Armenian town's own name wins
    assert linked("Refugees reached Goris in Armenia.\nArmenia opened shelters.", "en",
                  world).get("Goris") == "gn-11"


def test_one_name_is_one_place_in_a_document(world):
    found = linked("Damascus, Maryland, held a fair.\nIn Damascus the fair was quiet.", "en",
                   world)
    assert found.get("Damascus") == "gn-2"


# ---------------------------------------------------------------------- common words


@pytest.mark.parametrize("text", [
    "Nice to see so many people here, he said.",
    "Of course the talks failed.",
    "Mobile phones were banned in the hall.",
    "Reading the report, officials frowned.",
    "The new Batman film opened on Friday.",
    "Andrew Jackson was the seventh president.",
    "President Jackson vetoed the bill.",
])
def test_a_common_word_or_a_persons_name_is_no_town(world, text):
    places = {s for s, e in linked(text, "en", world).items() if e.startswith("gn-")}
    assert not places


@pytest.mark.parametrize(("text", "surface", "entity"), [
    ("Thousands marched in Nice, France, on Sunday.", "Nice", "gn-3"),
    ("A storm hit Mobile, Alabama, overnight.", "Mobile", "gn-4"),
    ("A storm hit Mobile, Alabama, overnight.", "Alabama", "iso-us-al"),
    ("Protests spread to Batman, Turkey, after the vote.", "Batman", "gn-8"),
])
def test_a_common_word_is_a_town_when_the_text_says_where(world, text, surface, entity):
    assert linked(text, "en", world).get(surface) == entity


def test_each_use_of_a_common_word_needs_its_own_sign(world):
    found = linked("Batman, Turkey, was calm.\nThe Batman comic sold out.", "en", world)
    mentions = [s for s, e in found.items() if e == "gn-8"]
    assert mentions == ["Batman"]  # the first sentence only (one key: one surface)


# ---------------------------------------------------------------------- scripts


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Floods hit Bavaria in southern Germany.", "Bavaria"),
    ("fr", "Inondations en Bavière, en Allemagne.", "Bavière"),
    ("ja", "ドイツ南部のバイエルン州で洪水が起きた。", "バイエルン"),
    ("zh", "德国南部的巴伐利亚州发生洪水。", "巴伐利亚"),
    ("ru", "Наводнение в Баварии, Германия.", "Баварии"),
])
def test_a_region_in_several_scripts(world, lang, text, surface):
    found = linked(text, lang, world)
    region = next(e for s, e in found.items() if surface in s)
    assert region == "iso-de-by"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Soldiers patrolled Zinder in Niger.", "Zinder"),
    ("ru", "Военные патрулировали Зиндер на юге Нигера.", "Зиндер"),
    ("ja", "ニジェールのザンデールで兵士が巡回した。", "ザンデール"),
    ("ko", "니제르 잔데르에서 군인들이 순찰했다.", "잔데르"),
    ("zh", "士兵在尼日尔津德尔巡逻。", "津德尔"),
    ("ar", "قام الجنود بدوريات في زندر في النيجر.", "زندر"),
])
def test_a_city_in_many_scripts(world, lang, text, surface):
    assert linked(text, lang, world).get(surface) == "gn-9"


def test_curated_names_stay_curated_and_gain_the_worlds(world):
    # Damascus of Syria is a curated record: GeoNames' spellings lead to it
    assert linked("Los manifestantes se reunieron en Damasco, Siria.", "es", world).get(
        "Damasco") == "damascus"
    assert world.geo.row_of("damascus") is not None and world.geo.row_of("gn-1") is None


def test_a_name_listed_in_lower_case_matches_as_written(world):
    assert linked("Les navires évitent la mer Rouge.", "fr", world).get("mer Rouge") == "red-sea"
    assert linked("Mar Rojo: los barcos cambian de ruta.", "es", world).get("Mar Rojo") == "red-sea"


def test_traditional_chinese_reads_as_simplified(world):
    assert linked("頓涅茨克遭到炮擊。", "zh", world).get("頓涅茨克") == "donetsk"


def test_a_world_entity_has_an_english_name_country_and_population(world):
    e = world.get("gn-9")
    assert e is not None and e.name == "Zinder" and e.type == "place"
    assert e.facts["country"] == "niger" and e.facts["population"] == 318_874
    assert "ザンデール" in e.aliases
    assert world.get("iso-us-al").facts["kind"] == "region"
    assert world.get("gn-4").facts["parent"] == "iso-us-al"  # Mobile is in Alabama


# ---------------------------------------------------------------------- the table


@pytest.mark.parametrize(("name", "script"), [
    ("Kursk", "latin"), ("Kúrsk", "latin"), ("Курск", "cyrillic"), ("クルスク", "kana"),
    ("東京都", "han"), ("쿠르스크", "hangul"), ("كورسك", "arabic"), ("कुर्स्क", "devanagari"),
    ("Ανδόρρα", "other"), ("Курск Kursk", "other"),
])
def test_name_script(name, script):
    assert name_script(name) == script


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeéğışzABCĞZабвгдеёжийклоыАБВГД -'", min_size=1, max_size=30))
def test_a_names_key_is_what_the_matcher_computes_for_it(name):
    view = SentenceView(name, "en")
    assert key_of(name) == " ".join(k for _, _, k in view.words)


def test_the_packaged_world(kb_packaged):
    geo = kb_packaged.geo
    assert len(geo) > 35_000
    # a GeoNames city the curated data holds takes the curated id; its names lead there
    assert geo.row_of("kursk") is not None
    assert kb_packaged.by_name("Курск")[0].id in ("kursk", "kursk-oblast")
    # an ISO region named after its city is called as English calls it
    assert kb_packaged.get("iso-ye-hu").name == "Hodeidah Governorate"
    assert kb_packaged.region_of("hodeidah").id == "iso-ye-hu"


@pytest.fixture(scope="module")
def kb_packaged():
    from newsweave.kb import load_knowledge_base

    return load_knowledge_base()

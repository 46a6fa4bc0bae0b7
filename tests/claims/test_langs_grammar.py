"""Grammar of the weaker packs (de, fr, id, ja) and a new claim type, with controls: an
Indonesian attack noun owned by the name after it ("serangan Israel") or acted by a light
verb's subject ("melakukan serangan udara"), and one right after "setelah" that only dates
another act; a German verb-second verb after a name set off by commas ("Der Chef der Armee,
X, erklärte sich …") and a participial attribute that says who a party is ("die von Iran
unterstützten Huthis"); a French or English agent that a participle after a name governs
("les Houthis soutenus par l'Iran ont attaqué"); an ultimatum's owner, and its demand, which
is its content and no appeal of its own; a coalition or joint mission formed (COALITION).
Sentences are written for these tests (invented or other stories)."""

from __future__ import annotations

import pytest
from tests.claims import test_news_de  # noqa: F401 - the entities of the German table
from tests.claims.helpers import ENTITIES
from tests.claims.test_news_support import E, case, check

ENTITIES.update({
    "au": ("African Union", "organization", {"kind": "international"}),
    "ML": ("Mali", "country", {}),
})

ID = {"PBB": "UN", "Israel": "IL", "Rafah": "rafah", "Mesir": "EG", "Amerika Serikat": "US",
      "Houthi": "houthis", "Yaman": "YE", "Hizbullah": "hezbollah", "Lebanon": "LB",
      "Rusia": "RU", "Prancis": "FR", "Laut Merah": "redsea", "Ukraina": "UA"}

ID_CASES = [
    # the name right after an attack noun owns it: the critic is no attacker
    case("PBB mengecam serangan Israel terhadap kamp pengungsi di Rafah pada hari Minggu.",
         E("ACCUSE", {"UN"}), E("ATTACK", {"IL"})),
    case("Rusia melanjutkan serangan terhadap kota-kota di Ukraina timur.", E("ATTACK", {"RU"})),
    # a light verb's subject acts the noun
    case("Amerika Serikat melakukan serangan udara terhadap Houthi di Yaman pada hari Sabtu.",
         E("ATTACK", {"US"}, {"houthis"})),
    # controls: a noun with no owner names no attacker; the speaker of the dead is no attacker
    case("Mesir mengecam serangan terhadap kamp pengungsi di Rafah.", E("ACCUSE", {"EG"})),
    case("Hizbullah mengatakan lima orang tewas dalam serangan di Lebanon selatan.",
         tolerate=("CASUALTIES",)),
    # a noun act right after "setelah" dates another act: background, unless dated itself
    case("Pemerintah mencabut pembatasan yang diberlakukan setelah serangan Rusia.",
         tolerate=("SANCTION",)),
    case("Dua warga tewas setelah serangan Rusia di Ukraina pada hari Minggu.",
         E("ATTACK", {"RU"}, date="2024-03-03"), times={"hari Minggu": "2024-03-03"},
         tolerate=("CASUALTIES",)),
    # a coalition formed, by the subject of the verb that announces it
    case("Prancis mengumumkan pembentukan misi multinasional untuk melindungi kapal di Laut "
         "Merah.", E("COALITION", {"FR"})),
    case("Misi multinasional itu mulai berpatroli di Laut Merah."),
]


@pytest.mark.parametrize("c", ID_CASES)
def test_grammar_id(c) -> None:
    check(c, "id", ID)


DE = {"Abdourahamane Tchiani": "tchiani", "Wladimir Putin": "putin", "Putin": "putin",
      "Kim Jong Un": "kim", "ECOWAS": "ecowas", "Niger": "NE", "Mali": "ML",
      "Afrikanische Union": "au", "Frankreich": "FR", "Russland": "RU", "Iran": "IR",
      "Huthis": "houthis", "Israel": "IL"}

DE_CASES = [
    # a name set off by commas right before the verb is its subject
    case("Der Chef der Präsidentengarde, Abdourahamane Tchiani, erklärte sich am Freitag zum "
         "neuen Staatschef.", E("TAKE_OFFICE", {"tchiani"})),
    case("Der russische Präsident, Wladimir Putin, traf am Mittwoch Kim Jong Un.",
         E("MEET", {"putin"}, {"kim"})),
    # control: a date set off by commas is no subject; the verb-second order still reads one
    case("Am Mittwoch, dem 19. Juni, griff Russland die Stadt an.", E("ATTACK", {"RU"})),
    # a participial attribute says who a party is: "von Iran unterstützten" is no support told
    case("Die von Iran unterstützten Huthis griffen am Montag Israel an.",
         E("ATTACK", {"houthis"}, {"IL"})),
    case("Iran unterstützt die Huthis.", E("SUPPORT", {"IR"}, {"houthis"})),
    # an ultimatum's demand is the ultimatum's content: one warning
    case("Die ECOWAS stellte Niger ein Ultimatum und forderte Niger auf, zur "
         "verfassungsmäßigen Ordnung zurückzukehren.", E("WARN", {"ecowas"}, {"NE"})),
    # control: a demand with no threat is an appeal
    case("Die ECOWAS forderte Niger auf, zur verfassungsmäßigen Ordnung zurückzukehren.",
         E("REQUEST", {"ecowas"}, {"NE"})),
    case("Frankreich bildete im Dezember eine Koalition zum Schutz der Schifffahrt.",
         E("COALITION", {"FR"})),
]


@pytest.mark.parametrize("c", DE_CASES)
def test_grammar_de(c) -> None:
    check(c, "de", DE)


JA = {"アフリカ連合": "au", "マリ": "ML", "ECOWAS": "ecowas", "ニジェール": "NE",
      "アメリカ": "US", "フランス": "FR"}

JA_CASES = [
    # an ultimatum and the demand it carries: one warning
    case("アフリカ連合はマリ軍政に最後通告を突きつけ、2週間以内に憲法秩序を回復するよう要求した。",
         E("WARN", {"au"}, {"ML"})),
    # control: a demand alone is an appeal
    case("ECOWASはニジェール軍政に憲法秩序を回復するよう要求した。",
         E("REQUEST", {"ecowas"}, {"NE"})),
    case("アメリカは昨年12月に有志連合を創設していた。", E("COALITION", {"US"})),
    # control: the coalition acting is no coalition formed
    case("有志連合は紅海で商船の護衛を続けている。"),
]


@pytest.mark.parametrize("c", JA_CASES)
def test_grammar_ja(c) -> None:
    check(c, "ja", JA)


EN = {"United States": "US", "France": "FR", "Yemen": "YE", "Houthis": "houthis", "Iran": "IR",
      "Israel": "IL",
      "Red Sea": "redsea"}

EN_CASES = [
    case("The Houthis backed by Iran attacked Israel on Monday.",
         E("ATTACK", {"houthis"}, {"IL"})),
    case("The United States formed a multinational coalition to protect shipping in the Red "
         "Sea.", E("COALITION", {"US"})),
    case("In February, France launched a European naval mission in the Red Sea.",
         E("COALITION", {"FR"})),
    # control: a coalition that acts was formed before
    case("The coalition struck targets in Yemen on Monday.", tolerate=("ATTACK",)),
]


@pytest.mark.parametrize("c", EN_CASES)
def test_grammar_en(c) -> None:
    check(c, "en", EN)


FR = {"France": "FR", "Union européenne": "EU", "mer Rouge": "redsea", "Houthis": "houthis",
      "Iran": "IR", "Israël": "IL", "Cédéao": "ecowas", "Russie": "RU", "Ukraine": "UA"}

FR_CASES = [
    # an agent a participle governs right after a name is the participle's, not the verb's
    case("Les Houthis soutenus par l'Iran ont attaqué Israël.",
         E("ATTACK", {"houthis"}, {"IL"})),
    case("Israël a été attaqué par les Houthis.", E("ATTACK", {"houthis"}, {"IL"})),
    # an ultimatum is its issuer's, whoever rejects it
    case("La junte a rejeté l'ultimatum de la Cédéao.", E("WARN", {"ecowas"})),
    case("La Russie a donné un ultimatum à l'Ukraine.", E("WARN", {"RU"}, {"UA"})),
    case("L'Union européenne a lancé une mission navale en mer Rouge en février.",
         E("COALITION", {"EU"})),
    case("La France a annoncé la création d'une coalition pour protéger la navigation.",
         E("COALITION", {"FR"})),
]


@pytest.mark.parametrize("c", FR_CASES)
def test_grammar_fr(c) -> None:
    check(c, "fr", FR)


def test_purpose_phrase_takes_no_date_id() -> None:
    """id: the time of a sentence dates its main act, not the acts a purpose phrase ("untuk
    melawan …") names: last month's announcement is not last month's attacks."""
    from tests.claims.helpers import claims

    found = claims("Bulan lalu, Prancis mengumumkan pembentukan misi multinasional untuk "
                   "melawan serangan Rusia terhadap kapal-kapal dagang.", "id",
                   mentions={"Prancis": "FR", "Rusia": "RU"}, times={"Bulan lalu": "2024-02"})
    dated = {c.type: c.date and c.date.value for c in found}
    assert dated.get("COALITION") == "2024-02", dated
    assert "ATTACK" in dated and dated["ATTACK"] is None, dated

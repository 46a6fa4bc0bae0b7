"""Political acts inside one state: MUTINY, DECREE, RESIGN, TAKE_OFFICE, APPOINT, CHARGE.

World news reports them every day and they fit none of the contract's eighteen types: each is
one row of the claim-type table (family OTHER, its PLOVER type where one fits), with the one
who acts as actor and the one acted on as target. A figure of speech, a demand that someone
act, or the act named as what someone condemned or denied is no claim of its own.
"""

from __future__ import annotations

import pytest
from tests.claims.helpers import ENTITIES, claims
from tests.claims.test_news_support import Case, E, by_language, case, check, languages_by_type

from newsweave.claims.table import claim_type

ENTITIES.update({
    "storm": ("Storm Brigade", "organization", {"country": "RU", "kind": "armed_group"}),
    "mod": ("Ministry of Defence (Russia)", "organization", {"country": "RU"}),
    "rur": ("Ruritania", "country", {}),
    "aliyev": ("Ilham Aliyev", "person", {"country": "AZ"}),
    "kishida": ("Fumio Kishida", "person", {"country": "JP"}),
    "zelensky": ("Volodymyr Zelensky", "person", {"country": "UA"}),
    "doumbia": ("Moussa Doumbia", "person", {"country": "ML"}),
    "belousov": ("Andrey Belousov", "person", {"country": "RU"}),
    "shoigu": ("Sergei Shoigu", "person", {"country": "RU"}),
    "sk": ("Investigative Committee of Russia", "organization", {"country": "RU"}),
    "navalny": ("Alexei Navalny", "person", {"country": "RU"}),
    "NE": ("Niger", "country", {}),
})

NEW = ("MUTINY", "DECREE", "RESIGN", "TAKE_OFFICE", "APPOINT", "CHARGE")

CASES = [
    # --- a mutiny: a force rising against its own command (a coup takes power: COUP)
    ("en", case("The Storm Brigade mutinied against the defence ministry on Saturday.",
                E("MUTINY", {"storm"}),
                names={"Storm Brigade": "storm", "defence ministry": "mod"})),
    ("ru", case("Бригада «Шторм» подняла вооружённый мятеж.", E("MUTINY", {"storm"}),
                names={"Бригада «Шторм»": "storm"})),
    ("ja", case("ストーム旅団は反乱を起こした。", E("MUTINY", {"storm"}),
                names={"ストーム旅団": "storm"})),
    ("zh", case("风暴旅发动武装叛乱。", E("MUTINY", {"storm"}), names={"风暴旅": "storm"})),
    ("es", case("La Brigada Tormenta se amotinó contra el Ministerio de Defensa.",
                E("MUTINY", {"storm"}),
                names={"Brigada Tormenta": "storm", "Ministerio de Defensa": "mod"})),
    ("de", case("Die Sturmbrigade meuterte gegen das Verteidigungsministerium.",
                E("MUTINY", {"storm"}),
                names={"Sturmbrigade": "storm", "Verteidigungsministerium": "mod"})),
    # a coup that takes power stays a COUP (exported as ATTACK)
    ("en", case("The Storm Brigade seized power in Ruritania.", E("COUP", {"storm"}),
                names={"Storm Brigade": "storm", "Ruritania": "rur"})),
    # --- a decree, a law signed, a body or state dissolved
    ("en", case("Putin signed a decree on the mobilisation of reservists.",
                E("DECREE", {"putin"}))),
    ("ru", case("Путин подписал указ о призыве резервистов.", E("DECREE", {"putin"}),
                names={"Путин": "putin"})),
    ("ja", case("プーチン大統領は大統領令に署名した。", E("DECREE", {"putin"}))),
    ("zh", case("普京签署法令。", E("DECREE", {"putin"}), names={"普京": "putin"})),
    ("fr", case("Vladimir Poutine a signé un décret sur la mobilisation.",
                E("DECREE", {"putin"}), names={"Vladimir Poutine": "putin"})),
    ("tr", case("Aliyev parlamentoyu feshetti.", E("DECREE", {"aliyev"}),
                names={"Aliyev": "aliyev"})),
    # the decree named as what another condemned is that act's object, not a new decree
    ("en", case("Ukraine condemned Russia's decree.", E("ACCUSE", {"UA"}, {"RU"}))),
    # --- a resignation
    ("en", case("Kishida resigned as prime minister on Friday.", E("RESIGN", {"kishida"}),
                names={"Kishida": "kishida"})),
    ("ja", case("岸田首相は辞任した。", E("RESIGN", {"kishida"}), names={"岸田": "kishida"})),
    ("ko", case("기시다 총리가 사임했다.", E("RESIGN", {"kishida"}), names={"기시다": "kishida"})),
    ("de", case("Kishida trat am Freitag zurück.", E("RESIGN", {"kishida"}),
                names={"Kishida": "kishida"})),
    ("id", case("Kishida mengundurkan diri dari jabatannya.", E("RESIGN", {"kishida"}),
                names={"Kishida": "kishida"})),
    # a resignation announced is one (the possessive names whose it is)
    ("fr", case("Kishida a annoncé sa démission vendredi.", E("RESIGN", {"kishida"}),
                names={"Kishida": "kishida"})),
    ("es", case("Kishida anunció su dimisión el viernes.", E("RESIGN", {"kishida"}),
                names={"Kishida": "kishida"})),
    ("pt", case("Kishida anunciou a sua renúncia na sexta-feira.", E("RESIGN", {"kishida"}),
                names={"Kishida": "kishida"})),
    # a figure of speech, and a demand that someone step down, are no resignation
    ("en", case("Kishida resigned himself to defeat.", names={"Kishida": "kishida"})),
    ("en", case("Russia called on Zelensky to step down.", E("REQUEST", {"RU"}),
                names={"Zelensky": "zelensky"})),
    # --- taking office, or proclaiming oneself leader
    ("en", case("General Doumbia proclaimed himself head of the transitional council.",
                E("TAKE_OFFICE", {"doumbia"}), names={"General Doumbia": "doumbia"})),
    ("fr", case("Le général Doumbia s'est proclamé chef de l'État.",
                E("TAKE_OFFICE", {"doumbia"}), names={"Doumbia": "doumbia"})),
    ("ja", case("ドゥンビア将軍が国家元首に就任した。", E("TAKE_OFFICE", {"doumbia"}),
                names={"ドゥンビア将軍": "doumbia"})),
    ("zh", case("敦比亚宣誓就职。", E("TAKE_OFFICE", {"doumbia"}), names={"敦比亚": "doumbia"})),
    ("vi", case("Tướng Doumbia đã nhậm chức tổng thống.", E("TAKE_OFFICE", {"doumbia"}),
                names={"Tướng Doumbia": "doumbia"})),
    ("en", case("Doumbia declared himself ready to negotiate.", names={"Doumbia": "doumbia"})),
    # a country does not take office or sign a decree: a leader whose name the reader missed
    # does, so the country alone is no actor (people_act)
    ("zh", case("尼日尔宣布就任。", names={"尼日尔": "NE"})),
    ("en", case("Niger signed a decree on Sunday.", names={"Niger": "NE"})),
    # --- an appointment or a dismissal: who appoints acts, who is appointed is the target
    ("en", case("Putin appointed Belousov as defence minister.",
                E("APPOINT", {"putin"}, {"belousov"}), names={"Belousov": "belousov"})),
    ("ru", case("Путин назначил Белоусова на пост министра обороны.",
                E("APPOINT", {"putin"}, {"belousov"}),
                names={"Путин": "putin", "Белоусова": "belousov"})),
    ("de", case("Putin ernannte Beloussow zum Verteidigungsminister.",
                E("APPOINT", {"putin"}, {"belousov"}), names={"Putin": "putin",
                                                               "Beloussow": "belousov"})),
    ("id", case("Putin memecat Shoigu.", E("APPOINT", {"putin"}, {"shoigu"}),
                names={"Shoigu": "shoigu"})),
    # dismissing a report is a denial, not a dismissal from office
    ("en", case("Putin dismissed the report as nonsense.", E("DENY", {"putin"}))),
    # --- a criminal case: the prosecutor acts, the accused is the target
    ("en", case("The Investigative Committee opened a criminal case against Navalny.",
                E("CHARGE", {"sk"}, {"navalny"}),
                names={"Investigative Committee": "sk", "Navalny": "navalny"})),
    ("ru", case("Следственный комитет возбудил уголовное дело против Навального.",
                E("CHARGE", {"sk"}, {"navalny"}),
                names={"Следственный комитет": "sk", "Навального": "navalny"})),
    ("ja", case("検察庁はナワリヌイ氏を起訴した。", E("CHARGE", {"sk"}, {"navalny"}),
                names={"検察庁": "sk", "ナワリヌイ": "navalny"})),
    ("fr", case("Le parquet a inculpé Navalny.", E("CHARGE", {"sk"}, {"navalny"}),
                names={"parquet": "sk", "Navalny": "navalny"})),
    # charging enemy lines, being in charge, and denying the charges are no criminal case
    ("en", case("Navalny is in charge of the campaign.", names={"Navalny": "navalny"})),
    ("en", case("Navalny denied the charges.", E("DENY", {"navalny"}),
                names={"Navalny": "navalny"})),
    # --- no-claim traps in other languages: demands, condemnations, figures of speech
    ("ja", case("ロシアは岸田首相に辞任を求めた。", E("REQUEST", {"RU"}),
                names={"岸田": "kishida"})),
    ("zh", case("乌克兰谴责俄罗斯的法令。", E("ACCUSE", {"UA"}, {"RU"}),
                names={"乌克兰": "UA", "俄罗斯": "RU"})),
    ("es", case("Rusia pidió a Zelenski que dimita.", E("REQUEST", {"RU"}),
                names={"Rusia": "RU", "Zelenski": "zelensky"})),
    ("de", case("Putin erklärte sich bereit zu Gesprächen.", names={"Putin": "putin"})),
    ("ru", case("Россия осудила мятеж.", E("ACCUSE", {"RU"}), names={"Россия": "RU"})),
    ("fr", case("La Russie a condamné la mutinerie.", E("ACCUSE", {"RU"}),
                names={"La Russie": "RU"})),
]


@pytest.mark.parametrize(("lang", "c"), by_language(CASES))
def test_political_acts(lang: str, c: Case) -> None:
    check(c, lang)


def test_each_new_type_in_three_languages() -> None:
    langs = languages_by_type(CASES)
    assert all(len(langs.get(t, ())) >= 3 for t in NEW), langs


@pytest.mark.parametrize("name", NEW)
def test_political_acts_export_as_other_with_their_plover_type(name: str) -> None:
    row = claim_type(name)
    assert row.family == "OTHER"
    # PLOVER types where one fits; the rest say why none does
    assert row.plover is not None or row.plover_mode.startswith("none")


def test_a_political_act_is_calibrated_by_its_own_signal_not_family_others() -> None:
    # family OTHER's weight was fitted on other acts; a type no fit has seen weighs nothing
    found = claims("Kishida resigned as prime minister on Friday.", "en",
                   mentions={"Kishida": "kishida"})
    (c,) = [x for x in found if x.type == "RESIGN"]
    assert "type:RESIGN" in c.signals and "family:OTHER" not in c.signals
    arrest = claims("Russia arrested Navalny.", "en",
                    mentions={"Russia": "RU", "Navalny": "navalny"})
    assert any("family:OTHER" in x.signals for x in arrest if x.type == "ARREST")

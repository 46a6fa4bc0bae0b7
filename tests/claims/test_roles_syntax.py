"""Roles that survive real syntax (sentences written for these tests, with controls): a
subject that opens its clause past a long relative clause, a speaker whose words name his own
state as the one who warns, the grounds quoted before a request with its own object (ja, ko),
the dead of an attack with no target named as the side that tells of them, and a Russian
passive participle with its agent in the instrumental."""

from __future__ import annotations

import pytest
from tests.claims.helpers import ENTITIES, claims

ENTITIES.update({
    "hassan": ("Ali Hassan", "person", {}),
    "diallo": ("Omar Diallo", "person", {}),
})
COUP_EN = {"Ali Hassan": "hassan", "Omar Diallo": "diallo", "Diallo": "diallo"}


def _of(found, ctype):
    return [c for c in found if c.type == ctype]


@pytest.mark.parametrize("text", [
    "Colonel Ali Hassan and the officers who seized the radio station that the government had "
    "used for years after the last election in the north of the country are vowing to bring "
    "the ministers to justice.",
    "Ali Hassan, who led the mutiny that toppled Omar Diallo after years of unrest in the "
    "north of the country and a long strike, is vowing to bring him to justice.",
])
def test_a_clause_opening_subject_survives_a_long_relative_clause(text: str) -> None:
    warns = _of(claims(text, "en", mentions=COUP_EN), "WARN")
    assert warns and "hassan" in warns[0].actors and "diallo" not in warns[0].actors, warns


def test_a_name_in_an_earlier_clause_is_no_subject_past_a_break() -> None:
    # control: the name ends its own clause (a comma), the vow's subject is not named
    text = ("The talks were hosted by Ali Hassan, and the officers who staged the coup that "
            "overthrew the government in the capital after weeks of protests and strikes in the "
            "north are vowing to bring them to justice.")
    warns = _of(claims(text, "en", mentions=COUP_EN), "WARN")
    assert not any("hassan" in c.actors for c in warns), warns


@pytest.mark.parametrize("text,lang,names", [
    ('At a news conference on Monday, Lavrov told reporters: "Russia will not hesitate to take '
     'action."', "en", {"Lavrov": "lavrov", "Russia": "RU"}),
    ("拉夫罗夫周一在莫斯科对记者说:“俄罗斯将毫不犹豫地采取行动。”", "zh",
     {"拉夫罗夫": "lavrov", "俄罗斯": "RU", "莫斯科": "moscow"}),
])
def test_a_warning_in_his_own_states_name_is_the_speakers(text: str, lang: str,
                                                          names: dict) -> None:
    warns = _of(claims(text, lang, mentions=names), "WARN")
    assert warns and {"lavrov", "RU"} <= set(warns[0].actors), warns


def test_a_warning_in_another_states_name_is_not_the_speakers() -> None:
    warns = _of(claims('Lavrov said: "Ukraine will not hesitate to take action."', "en",
                       mentions={"Lavrov": "lavrov", "Ukraine": "UA"}), "WARN")
    assert warns and "lavrov" not in warns[0].actors, warns


@pytest.mark.parametrize("text,lang,names", [
    ("우크라이나 정부는 “러시아군이 어젯밤 병원을 포격해 환자 12명이 숨졌다”며 국제사회의 "
     "대응을 요구했다.", "ko", {"러시아군": "RU", "우크라이나": "UA"}),
    ("ウクライナ政府は「ロシア軍が昨夜病院を砲撃し、患者12人が死亡した」として、"
     "国際社会の対応を要求した。", "ja", {"ロシア軍": "RU", "ウクライナ": "UA"}),
])
def test_the_grounds_quoted_before_a_request_are_acts_told(text: str, lang: str,
                                                           names: dict) -> None:
    found = claims(text, lang, mentions=names)
    assert any(c.actors == ("RU",) for c in _of(found, "ATTACK")), found
    dead = _of(found, "CASUALTIES")
    assert dead and dead[0].actors == ("UA",), found  # the side that tells and protests
    assert _of(found, "REQUEST"), found


@pytest.mark.parametrize("text,lang,names", [
    ("우크라이나는 “러시아는 공격을 중단하라”고 요구했다.", "ko",
     {"러시아": "RU", "우크라이나": "UA"}),
    ("ウクライナは「ロシアは攻撃をやめろ」と要求した。", "ja",
     {"ロシア": "RU", "ウクライナ": "UA"}),
])
def test_a_quoted_demand_still_asks_for_its_act(text: str, lang: str, names: dict) -> None:
    found = claims(text, lang, mentions=names)
    assert not _of(found, "ATTACK"), found


@pytest.mark.parametrize("text,attacker", [
    ("Автобус был обстрелян Россией в понедельник.", "RU"),
    ("Колонна грузовиков, которая везла зерно в порт, была обстреляна Украиной.", "UA"),
    ("Украина была атакована Россией в понедельник.", "RU"),
])
def test_a_russian_passive_takes_its_instrumental_agent(text: str, attacker: str) -> None:
    names = {"Россией": "RU", "Украиной": "UA", "Украина": "UA"}
    attacks = _of(claims(text, "ru", mentions=names), "ATTACK")
    assert attacks and attacks[0].actors == (attacker,), attacks


def test_a_russian_active_verb_keeps_its_subject() -> None:
    attacks = _of(claims("Россия обстреляла Украину в понедельник.", "ru",
                         mentions={"Россия": "RU", "Украину": "UA"}), "ATTACK")
    assert attacks and attacks[0].actors == ("RU",) and attacks[0].targets == ("UA",), attacks


@pytest.mark.parametrize("text,lang", [
    ("President Omar Diallo was ousted by the head of the army, General Ali Hassan.", "en"),
    ("Le président Omar Diallo a été renversé par la junte dirigée par le chef de l'armée, le "
     "général Ali Hassan.", "fr"),
    ("El presidente Omar Diallo fue derrocado por el jefe del ejército, el general Ali Hassan.",
     "es"),
    ("O presidente Omar Diallo foi deposto pelo chefe do exército, o general Ali Hassan.", "pt"),
    ("Presiden Omar Diallo digulingkan oleh kepala angkatan darat, Jenderal Ali Hassan.", "id"),
])
def test_an_apposed_name_takes_its_title_phrases_preposition(text: str, lang: str) -> None:
    coups = _of(claims(text, lang, mentions=COUP_EN), "COUP")
    assert coups and coups[0].actors == ("hassan",) and "diallo" in coups[0].targets, coups


def test_an_apposed_name_is_the_subject_of_what_follows_it() -> None:
    found = claims("Le président Omar Diallo a été renversé par le chef de l'armée, le général "
                   "Ali Hassan, qui a ensuite rencontré Vladimir Putin.", "fr",
                   mentions={**COUP_EN, "Vladimir Putin": "putin"})
    meets = _of(found, "MEET")
    assert meets and "hassan" in meets[0].actors, found


@pytest.mark.parametrize("text", [
    # a fronted place phrase governs no name after its comma
    "In the capital, General Ali Hassan ousted President Omar Diallo.",
    # a speaker after the words said is no apposition of the phrase before
    "Ali Hassan ousted President Omar Diallo with the help of the guard, Minister Putin said.",
])
def test_no_apposition_where_the_comma_closes_something_else(text: str) -> None:
    found = claims(text, "en", mentions={**COUP_EN, "Putin": "putin"})
    coups = _of(found, "COUP")
    assert coups and coups[0].actors == ("hassan",), found


def test_a_condemnation_after_the_attack_does_not_own_its_dead() -> None:
    found = claims("Russia shelled the village and 10 civilians were killed, and Japan condemned "
                   "the attack.", "en", mentions={"Russia": "RU", "Japan": "JP"})
    assert _of(found, "CASUALTIES"), found
    assert not any("JP" in c.actors for c in _of(found, "CASUALTIES")), found


@pytest.mark.parametrize("text,lang,names", [
    ("19 сентября Россия нанесла удары по Украине. В результате операции России погибли по "
     "меньшей мере 200 человек.", "ru", {"Россия": "RU", "Украине": "UA", "России": "RU"}),
    ("Росія завдала ударів по Україні. Унаслідок операції Росії загинули щонайменше 200 людей.",
     "uk", {"Росія": "RU", "Україні": "UA", "Росії": "RU"}),
    ("Rusia atacó Ucrania. A causa de la operación de Rusia murieron al menos 30 personas.",
     "es", {"Rusia": "RU", "Ucrania": "UA"}),
    ("Rusia atacó Ucrania. Como resultado de la operación de Rusia murieron al menos 30 "
     "personas.", "es", {"Rusia": "RU", "Ucrania": "UA"}),
    ("A Rússia atacou a Ucrânia. Em consequência da operação da Rússia morreram pelo menos 30 "
     "pessoas.", "pt", {"Rússia": "RU", "Ucrânia": "UA"}),
    ("La Russie a frappé l'Ukraine. À la suite de l'opération de la Russie, au moins 30 "
     "personnes ont été tuées.", "fr", {"La Russie": "RU", "Russie": "RU", "l'Ukraine": "UA"}),
    ("Russland griff die Ukraine an. Infolge der russischen Offensive wurden mindestens 30 "
     "Menschen getötet.", "de", {"Russland": "RU", "Ukraine": "UA", "russischen": "RU"}),
])
def test_the_dead_of_a_sides_operation_are_the_side_it_attacked(text: str, lang: str,
                                                               names: dict) -> None:
    dead = _of(claims(text, lang, mentions=names), "CASUALTIES")
    assert dead and dead[0].actors == ("UA",), dead


@pytest.mark.parametrize("text,lang,names", [
    # no attack told before: the side of the dead is not known, and never the perpetrator
    ("В результате операции России погибли по меньшей мере 200 человек.", "ru",
     {"России": "RU"}),
    ("A causa de la operación de Rusia murieron al menos 30 personas.", "es", {"Rusia": "RU"}),
])
def test_the_perpetrator_is_never_the_side_of_the_dead(text: str, lang: str,
                                                       names: dict) -> None:
    dead = _of(claims(text, lang, mentions=names), "CASUALTIES")
    assert not any("RU" in c.actors for c in dead), dead


def test_examples_after_como_are_still_examples() -> None:
    # control: "como" before a list is "such as"; only a cause phrase ("como resultado de") is not
    found = claims("Rusia realizó ejercicios como bombardeos y ataques con drones.", "es",
                   mentions={"Rusia": "RU"})
    assert not _of(found, "ATTACK"), found

"""Which number of a sentence is the act's own: a toll's bare figure, counts of strikes and
targets in every language, ordinals and dates that are not counts (sentences written for
these tests)."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims

from newsweave.model import Claim
from newsweave.quantity import parse_quantities

_PLACE = {"Goma": "goma", "Tyre": "tyre"}


def _of(text: str, lang: str, ctype: str, names: dict[str, str] | None = None) -> list[Claim]:
    return [c for c in claims(text, lang, mentions=names or _PLACE, numbers=True)
            if c.type == ctype]


@pytest.mark.parametrize(("text", "lang"), [
    ("Floods hit the city. The death toll from the Goma floods rose to 80 on Sunday.", "en"),
    ("Hubo inundaciones. La cifra de muertos por las inundaciones en Goma ascendió a 80.",
     "es"),
    ("Es gab Überschwemmungen. Die Zahl der Toten nach dem Hochwasser in Goma stieg auf 80.",
     "de"),
    ("Banjir melanda kota itu. Jumlah korban tewas akibat banjir di Goma bertambah menjadi 80.",
     "id"),
    ("Le fleuve a débordé. Le bilan des morts à Goma s'est alourdi à 80.", "fr"),
])
def test_a_toll_takes_the_bare_figure_it_rose_to(text: str, lang: str) -> None:
    found = _of(text, lang, "CASUALTIES")
    assert found and all(c.quantity is not None for c in found), found
    assert {(c.quantity.value, c.quantity.unit) for c in found} == {(80, "killed")}


@pytest.mark.parametrize(("text", "lang"), [
    # the bare number is another clause's, or something else's
    ("Floods hit the city. Residents of Goma were killed, and 80 homes were flooded.", "en"),
    ("Floods hit the city. The death toll in Goma is unknown; rescuers searched 80 streets.",
     "en"),
    ("Floods hit the city. People in Goma were killed as the river rose by 3 metres over "
     "the weekend and the water reached 80 houses.", "en"),
    ("Es gab Überschwemmungen. In Goma starben Menschen auf der Straße 80.", "de"),
    # the number is the place's ("in 80 districts"), not the dead's
    ("Floods hit the city. People in Goma were killed in 80 districts overnight.", "en"),
    ("Banjir melanda. Warga Goma tewas di jalan 80.", "id"),
    ("Inondations. Des habitants de Goma sont morts sur la route 80.", "fr"),
])
def test_a_bare_number_elsewhere_is_no_toll(text: str, lang: str) -> None:
    # (a bound is no place: "killing at least 12" still counts the dead, tested elsewhere)
    for c in _of(text, lang, "CASUALTIES"):
        assert c.quantity is None or c.quantity.value != 80, c.quantity


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    ("Los aviones atacaron 12 objetivos en el norte.", "es", 12, "targets"),
    ("Os caças atingiram 18 alvos em três ondas de ataques.", "pt", 18, "targets"),
    ("Os caças fizeram 3 ondas de ataques contra o porto.", "pt", 3, "strikes"),
    ("The jets carried out three waves of strikes on the port.", "en", 3, "strikes"),
    ("شنت الطائرات ثلاث موجات ضربات على الميناء.", "ar", 3, "strikes"),
    ("Uçaklar 18 hedefi vurdu.", "tr", 18, "targets"),
    ("空军袭击了18个武装据点。", "zh", 18, "targets"),
    ("미군은 목표물 18곳을 타격했다.", "ko", 18, "sites"),
])
def test_strike_and_target_nouns_are_units(text: str, lang: str, value: float,
                                           unit: str) -> None:
    found = {(q.value, q.unit) for q in parse_quantities(text, lang)}
    assert (value, unit) in found, found


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("驱逐舰击落了一枚反舰导弹。", 1, "missiles"),
    ("驱逐舰击落了一枚来袭的**。", 1, "rounds"),  # the noun is lost: one munition still
])
def test_one_munition_counter_is_a_count(text: str, value: float, unit: str) -> None:
    assert (value, unit) in {(q.value, q.unit) for q in parse_quantities(text, "zh")}


@pytest.mark.parametrize("text", ["一个国家表示反对。", "一名官员说。", "这是一次会谈。"])
def test_one_with_a_plain_counter_is_a_word(text: str) -> None:
    assert not [q for q in parse_quantities(text, "zh") if q.value == 1 and q.unit != "times"]


def test_a_year_that_names_a_disaster_does_not_date_the_act() -> None:
    text = ("事故が起きた。2025年3月2日に福岡空港で日本の旅客機と、令和7年豪雨災害の支援物資を"
            "運ぶ韓国の輸送機が衝突し、炎上した。")
    names = {"日本": "JP", "韓国": "KR", "福岡空港": "seoul"}
    times = {"2025年3月2日": "2025-03-02", "令和7年": "2025"}
    found = [c for c in claims(text, "ja", mentions=names, times=times) if c.date]
    assert found and {c.date.value for c in found} == {"2025-03-02"}


def test_a_year_alone_still_dates_its_act() -> None:
    # control: with no other date, the year stands ("2023年の戦争" style, and a year glued
    # to the act's own noun)
    text = "事故が起きた。令和7年豪雨災害で北朝鮮の住民30人が死亡した。"
    names = {"北朝鮮": "KP"}
    found = [c for c in claims(text, "ja", mentions=names, times={"令和7年": "2025"})
             if c.type == "CASUALTIES"]
    assert found and found[0].date is not None and found[0].date.value == "2025"


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("情勢が緊迫した。米英は13日、フーシ派の拠点を空爆した。", "ja",
     {"米": "US", "英": "GB", "フーシ派": "houthis"}),
    ("긴장이 고조됐다. 미영은 13일 후티 반군의 거점을 공습했다.", "ko",
     {"미": "US", "영": "GB", "후티 반군": "houthis"}),
])
def test_abbreviations_written_together_are_both_actors(text: str, lang: str,
                                                         names: dict[str, str]) -> None:
    (c,) = _of(text, lang, "ATTACK", names)
    assert set(c.actors) == {"US", "GB"} and c.targets == ("houthis",)


def test_a_name_after_a_particle_is_not_joined() -> None:
    # control: 米は…英の: two clauses' names, not one list
    found = _of("情勢が緊迫した。米は13日、英の船を攻撃したフーシ派の拠点を空爆した。", "ja",
                "ATTACK", {"米": "US", "英": "GB", "フーシ派": "houthis"})
    assert found and not [c for c in found if {"US", "GB"} <= set(c.actors)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Xung đột tiếp diễn. Chính quyền cho biết 2.300 cư dân Goma đã chạy sang Rwanda.", "vi"),
    ("Konflik berlanjut. Pemerintah menyebut 2.300 penduduk Goma mengungsi ke Rwanda.", "id"),
])
def test_residents_named_by_their_place_without_a_preposition(text: str, lang: str) -> None:
    found = _of(text, lang, "DISPLACE", {"Goma": "goma", "Rwanda": "RW"})
    assert found, found
    c = found[0]
    assert c.actors[0] == "goma"
    assert c.quantity is not None and c.quantity.value == 2300


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("주민 4850명이 대피했다.", "ko", 4850), ("住民4850人が避難した。", "ja", 4850),
    ("4850名居民撤离。", "zh", 4850), ("эвакуированы 4850 жителей", "ru", 4850),
])
def test_residents_are_counted_as_people(text: str, lang: str, value: float) -> None:
    assert (value, "residents") in {(q.value, q.unit) for q in parse_quantities(text, lang)}


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Tension rose. It was the 14th attack by Hamas on the port since March.", "en",
     {"Hamas": "hamas"}),
    ("La tension monte. C'est la 14e attaque du Hamas contre le port depuis mars.", "fr",
     {"Hamas": "hamas"}),
    ("局势紧张。这是哈马斯自3月以来第14次袭击港口。", "zh", {"哈马斯": "hamas"}),
    ("Situasi memanas. Itu adalah serangan ke-14 oleh Hamas terhadap pelabuhan sejak Maret.",
     "id", {"Hamas": "hamas"}),
    ("Напряжённость растёт. ХАМАС нанёс 14-й удар по порту с марта.", "ru",
     {"ХАМАС": "hamas"}),
])
def test_the_nth_attack_counts_the_attacks_so_far(text: str, lang: str,
                                                  names: dict[str, str]) -> None:
    found = [c for c in _of(text, lang, "ATTACK", names) if c.quantity is not None]
    assert found and (found[0].quantity.value, found[0].quantity.unit) == (14, "times")


@pytest.mark.parametrize(("text", "lang", "names"), [
    # the first is no tally; a unit's ordinal is not the act's
    ("Tension rose. It was the first attack by Hamas on the port.", "en", {"Hamas": "hamas"}),
    ("Tension rose. Hamas attacked the 14th Brigade near the port.", "en",
     {"Hamas": "hamas"}),
])
def test_other_ordinals_are_no_tally(text: str, lang: str, names: dict[str, str]) -> None:
    for c in _of(text, lang, "ATTACK", names):
        assert c.quantity is None or c.quantity.value != 14


def test_a_tally_does_not_take_the_date_of_one_act() -> None:
    text = ("Shipping is under threat. Hamas attacked a cargo ship on 3 March. Officials said "
            "Hamas had carried out 14 attacks on shipping since January.")
    found = claims(text, "en", mentions={"Hamas": "hamas"}, numbers=True,
                   times={"3 March": "2024-03-03", "January": "2024-01"})
    attacks = [c for c in found if c.type == "ATTACK"]
    tally = [c for c in attacks if c.quantity is not None and c.quantity.value == 14]
    assert tally and all(c.date is None for c in tally), attacks
    assert any(c.date is not None and c.date.value == "2024-03-03" for c in attacks)


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("ロシアはウクライナを非難した。ウクライナの輸送機は、乗員6名のうち5名が死亡した。", "ja",
     {"ロシア": "RU", "ウクライナ": "UA"}),
    ("러시아는 우크라이나를 비난했다. 우크라이나 수송기는 탑승자 6명 중 5명이 숨졌다.", "ko",
     {"러시아": "RU", "우크라이나": "UA"}),
])
def test_the_dead_are_the_side_their_sentence_names(text: str, lang: str,
                                                    names: dict[str, str]) -> None:
    found = _of(text, lang, "CASUALTIES", names)
    assert found and found[0].actors[0] == "UA", found
    assert "RU" not in found[0].actors


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("La guerra sigue. El gobierno ruandés anunció la evacuación de más de 8.000 residentes "
     "de Goma.", "es", {"Goma": "goma", "ruandés": "RW"}),
    ("A guerra continua. O governo ruandês anunciou a evacuação de mais de 8.000 residentes "
     "de Goma.", "pt", {"Goma": "goma", "ruandês": "RW"}),
    ("La guerre continue. Le gouvernement rwandais a annoncé l'évacuation de plus de 8 000 "
     "habitants de Goma.", "fr", {"Goma": "goma", "rwandais": "RW"}),
])
def test_the_evacuated_are_their_place_not_the_evacuating_state(text: str, lang: str,
                                                                names: dict[str, str]) -> None:
    found = _of(text, lang, "DISPLACE", names)
    assert found and found[0].actors[0] == "goma", found
    assert found[0].quantity is not None and found[0].quantity.value == 8000


def test_an_evacuation_of_no_place_s_people_keeps_its_actor() -> None:
    # control: no residents of a named place
    found = _of("The war goes on. Rwanda evacuated more than 8,000 people on Sunday.", "en",
                "DISPLACE", {"Rwanda": "RW"})
    assert found and found[0].actors[0] == "RW", found


_WAR = {"Rusya": "RU", "Ukrayna": "UA", "ロシア": "RU", "ウクライナ": "UA", "러시아": "RU",
        "우크라이나": "UA", "Russia": "RU", "Ukraine": "UA"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Çatışmalar sürüyor. Rusya Ukrayna'ya 40 insansız hava aracı ve üç füze fırlattı.", "tr"),
    ("戦闘が続いた。ロシアはウクライナを無人機40機とミサイル3発で攻撃した。", "ja"),
    ("전투가 이어졌다. 러시아는 드론 40대와 미사일 3발로 우크라이나를 공격했다.", "ko"),
    ("Fighting went on. Russia fired 40 drones and three missiles at Ukraine.", "en"),
])
def test_a_list_of_weapons_is_counted_by_its_head(text: str, lang: str) -> None:
    names = {k: v for k, v in _WAR.items() if k in text}
    found = [c for c in _of(text, lang, "ATTACK", names) if c.quantity is not None]
    assert found and (found[0].quantity.value, found[0].quantity.unit) == (40, "drones")


def test_a_particle_after_a_counter_is_no_describing_word() -> None:
    # "드론 40대와 미사일": the 40 are the drones before them, not the missiles after "와"
    found = {(q.value, q.unit) for q in parse_quantities("드론 40대와 미사일 3발을 잃었다.", "ko")}
    assert found == {(40, "drones"), (3, "missiles")}


def test_what_an_attack_destroyed_is_its_count() -> None:
    found = _of("Fighting went on. Russia destroyed seven tanks near Kharkiv.", "en", "ATTACK",
                {"Russia": "RU", "Kharkiv": "kharkiv"})
    assert found and found[0].quantity is not None
    assert (found[0].quantity.value, found[0].quantity.unit) == (7, "tanks")


@pytest.mark.parametrize(("text", "lang"), [
    ("Ukraine said it shot down 25 of 30 drones.", "en"),
    ("Украина сбила 25 из 30 дронов.", "ru"),
    ("Ukraina menembak jatuh 25 dari 30 drone.", "id"),
    ("Ucrania derribó 25 de los 30 drones.", "es"),
    ("Die Ukraine schoss 25 der 30 Drohnen ab.", "de"),
])
def test_a_part_counts_the_whole_s_unit(text: str, lang: str) -> None:
    assert (25, "drones") in {(q.value, q.unit) for q in parse_quantities(text, lang)}


@pytest.mark.parametrize(("text", "lang"), [
    ("It was one of the largest attacks of the war.", "en"),
    ("Three of them were hurt.", "en"),
    # "dari", "trong" also mean "from", "in": no part without the whole's number
    ("Militer menembakkan 5 dari kapal perang.", "id"),
    ("Có 5 người chết trong vụ tấn công.", "vi"),
])
def test_a_part_of_no_counted_whole_is_no_count(text: str, lang: str) -> None:
    found = [(q.value, q.unit) for q in parse_quantities(text, lang)]
    assert not [f for f in found if f[1] in ("strikes", "ships")], found


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Les combats continuent. À Kharkiv, au moins 12 personnes ont été tuées et 30 blessées.",
     "fr", {"Kharkiv": "kharkiv"}),
    ("전투가 이어졌다. 하르키우에서 12명이 숨지고 30명이 다쳤다.", "ko", {"하르키우": "kharkiv"}),
    ("戦闘が続いた。ハルキウで12人が死亡し、30人が負傷した。", "ja", {"ハルキウ": "kharkiv"}),
])
def test_the_killed_and_the_injured_each_take_their_verb(text: str, lang: str,
                                                         names: dict[str, str]) -> None:
    figures = {(c.quantity.unit, c.quantity.value)
               for c in _of(text, lang, "CASUALTIES", names) if c.quantity}
    assert ("killed", 12) in figures and ("injured", 30) in figures, figures


def test_a_relative_clause_before_a_count_still_names_it() -> None:
    # control: "숨진 12명과 다친 30명": the verb before each count is its own
    found = _of("전투가 이어졌다. 하르키우에서 숨진 12명과 다친 30명이 확인됐다.", "ko",
                "CASUALTIES", {"하르키우": "kharkiv"})
    assert ("killed", 12) in {(c.quantity.unit, c.quantity.value) for c in found if c.quantity}


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Armee hat im Zuge einer Offensive feindliche Stellungen angegriffen.", "de"),
    ("One Russian soldier was seen near the border.", "en"),
])
def test_a_word_for_one_takes_no_describing_words(text: str, lang: str) -> None:
    # the indefinite article is no count of the noun a few words on
    assert not [q for q in parse_quantities(text, lang) if q.unit is not None]


def test_a_number_word_still_takes_describing_words() -> None:
    found = {(q.value, q.unit) for q in parse_quantities("drei feindliche Stellungen", "de")}
    assert (3, "targets") in found


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Pertempuran berlanjut. Di Kharkiv, 12 orang tewas dan 30 lainnya luka-luka.", "id",
     {"Kharkiv": "kharkiv"}),
    ("تتواصل المعارك. قتل 12 شخصا وأصيب 30 آخرون في خاركيف.", "ar", {"خاركيف": "kharkiv"}),
    ("Бои продолжаются. В Харькове погибли 12 человек, ещё 30 ранены.", "ru",
     {"Харькове": "kharkiv"}),
])
def test_each_conjunct_keeps_its_own_verb(text: str, lang: str, names: dict[str, str]) -> None:
    figures = {(c.quantity.unit, c.quantity.value)
               for c in _of(text, lang, "CASUALTIES", names) if c.quantity}
    assert figures == {("killed", 12), ("injured", 30)}, figures

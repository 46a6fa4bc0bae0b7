"""Every claim type in at least three languages, with actors and targets from grammar."""

from __future__ import annotations

import pytest
from tests.claims.helpers import one, run

from newsweave.model import CLAIM_TYPES

# (type, lang, text, an actor, parties that must appear as actors or targets)
CASES = [
    ("MEET", "en", "Kim Jong Un met Putin in Moscow on Tuesday.", "kim", {"putin"}),
    ("MEET", "ja", "金正恩氏はプーチン大統領と会談した。", "kim", {"putin"}),
    ("MEET", "ko", "김정은 위원장은 푸틴 대통령과 정상회담을 했다.", "kim", {"putin"}),
    ("MEET", "id", "Kim Jong Un bertemu dengan Putin di Moskow.", "kim", {"putin"}),
    ("MEET", "ru", "Путин встретился с Ким Чен Ыном в Москве.", "putin", {"kim"}),
    ("MEET", "zh", "金正恩与普京在莫斯科举行会谈。", "kim", {"putin"}),
    ("MEET", "vi", "Ông Putin hội đàm với ông Kim Jong-un tại Moscow.", "putin", {"kim"}),
    ("VISIT", "en", "Lavrov visited Pyongyang last week.", "lavrov", {"pyongyang"}),
    ("VISIT", "ja", "ラブロフ外相は平壌を訪問した。", "lavrov", {"pyongyang"}),
    ("VISIT", "ko", "라브로프 외무장관은 평양을 방문했다.", "lavrov", {"pyongyang"}),
    ("VISIT", "id", "Lavrov mengunjungi Pyongyang pekan lalu.", "lavrov", {"pyongyang"}),
    ("VISIT", "ru", "Лавров посетил Пхеньян.", "lavrov", {"pyongyang"}),
    ("VISIT", "zh", "拉夫罗夫访问了平壤。", "lavrov", {"pyongyang"}),
    ("VISIT", "vi", "Ông Lavrov thăm Bình Nhưỡng.", "lavrov", {"pyongyang"}),
    ("PHONE_CALL", "en", "Putin spoke by phone with Kim Jong Un.", "putin", {"kim"}),
    ("PHONE_CALL", "ja", "プーチン大統領は金正恩氏と電話会談を行った。", "putin", {"kim"}),
    ("PHONE_CALL", "ko", "푸틴 대통령은 김정은 위원장과 전화 통화를 했다.", "putin", {"kim"}),
    ("PHONE_CALL", "id", "Putin mengadakan panggilan telepon dengan Kim Jong Un.", "putin",
     {"kim"}),
    ("AGREE", "en", "Russia and North Korea signed a partnership treaty.", "RU", {"KP"}),
    ("AGREE", "ja", "ロシアと北朝鮮は包括的戦略パートナーシップ条約に署名した。", "RU", {"KP"}),
    ("AGREE", "ko", "러시아와 북한은 포괄적 전략 동반자 조약에 서명했다.", "RU", {"KP"}),
    ("AGREE", "id", "Rusia dan Korea Utara menandatangani perjanjian kemitraan.", "RU", {"KP"}),
    ("RATIFY", "en", "Putin submitted the treaty to the State Duma for ratification.", "putin",
     {"duma"}),
    ("RATIFY", "ja", "プーチン大統領は条約を批准した。", "putin", set()),
    ("RATIFY", "ko", "푸틴 대통령은 조약을 비준했다.", "putin", set()),
    ("RATIFY", "id", "Putin meratifikasi perjanjian itu.", "putin", set()),
    ("SUPPLY_ARMS", "en", "North Korea supplied artillery shells to Russia.", "KP", {"RU"}),
    ("SUPPLY_ARMS", "ja", "北朝鮮はロシアに砲弾を供与した。", "KP", {"RU"}),
    ("SUPPLY_ARMS", "ko", "북한은 러시아에 포탄을 제공했다.", "KP", {"RU"}),
    ("SUPPLY_ARMS", "id", "Korea Utara menyediakan senjata kepada Rusia.", "KP", {"RU"}),
    ("SUPPLY_ARMS", "zh", "朝鲜向俄罗斯提供了炮弹。", "KP", {"RU"}),
    ("SUPPLY_ARMS", "ru", "КНДР поставила России снаряды.", "KP", {"RU"}),
    ("SUPPLY_ARMS", "vi", "Triều Tiên cung cấp vũ khí cho Nga.", "KP", {"RU"}),
    ("DEPLOY_TROOPS", "en", "North Korea sent 3,000 troops to Russia.", "KP", {"RU"}),
    ("DEPLOY_TROOPS", "ja", "北朝鮮はロシアに兵士を派遣した。", "KP", {"RU"}),
    ("DEPLOY_TROOPS", "ko", "북한은 러시아에 병력을 파병했다.", "KP", {"RU"}),
    ("DEPLOY_TROOPS", "id", "Korea Utara mengerahkan pasukan ke Rusia.", "KP", {"RU"}),
    ("DEPLOY_TROOPS", "zh", "朝鲜向俄罗斯派兵。", "KP", {"RU"}),
    ("DEPLOY_TROOPS", "ru", "КНДР направила войска в Россию.", "KP", {"RU"}),
    ("DEPLOY_TROOPS", "vi", "Triều Tiên điều quân sang Nga.", "KP", {"RU"}),
    ("TRAIN", "en", "Russia trained North Korean soldiers to use drones.", "RU", {"KP"}),
    ("TRAIN", "ja", "ロシアは北朝鮮兵士を訓練している。", "RU", {"KP"}),
    ("TRAIN", "ko", "러시아는 북한 병사들을 훈련시키고 있다.", "RU", {"KP"}),
    ("TRAIN", "id", "Rusia melatih tentara Korea Utara.", "RU", {"KP"}),
    ("ATTACK", "en", "Russia launched a drone attack on Ukraine.", "RU", {"UA"}),
    ("ATTACK", "ja", "ロシアはウクライナを攻撃した。", "RU", {"UA"}),
    ("ATTACK", "ko", "러시아는 우크라이나를 공격했다.", "RU", {"UA"}),
    ("ATTACK", "ru", "Россия атаковала Украину.", "RU", {"UA"}),
    ("CASUALTIES", "en", "Six North Korean officers were killed near Kursk.", "KP", set()),
    ("CASUALTIES", "ja", "北朝鮮の兵士が死亡した。", "KP", set()),
    ("CASUALTIES", "ko", "북한군 장교 6명이 사망했다.", "KP", set()),
    ("CASUALTIES", "id", "Enam perwira Korea Utara tewas di Kursk.", "KP", set()),
    ("DEFECT", "en", "Eighteen North Korean soldiers deserted near Kursk.", "KP", set()),
    ("DEFECT", "id", "Sekelompok 18 tentara Korea Utara melakukan desersi.", "KP", set()),
    ("DEFECT", "ja", "北朝鮮兵18人が脱走した。", "KP", set()),
    ("ACCUSE", "en", "The United States condemned North Korea for the transfers.", "US", {"KP"}),
    ("ACCUSE", "ja", "米国は北朝鮮を非難した。", "US", {"KP"}),
    ("ACCUSE", "ko", "미국은 북한을 규탄했다.", "US", {"KP"}),
    ("ACCUSE", "id", "Amerika Serikat mengecam Korea Utara.", "US", {"KP"}),
    ("WARN", "en", "Blinken warned North Korea of consequences.", "blinken", {"KP"}),
    ("WARN", "ja", "ブリンケン長官は北朝鮮に警告した。", "blinken", {"KP"}),
    ("WARN", "ko", "블링컨 장관은 북한에 경고했다.", "blinken", {"KP"}),
    ("DENY", "en", "Russia denied the reports.", "RU", set()),
    ("DENY", "ja", "北朝鮮はロシアへの派兵を否定した。", "KP", set()),
    ("DENY", "ko", "러시아는 보도를 부인했다.", "RU", set()),
    ("DENY", "id", "Pemerintah Rusia membantah laporan tersebut.", "RU", set()),
    ("SUPPORT", "en", "North Korea supports Russia in its war.", "KP", {"RU"}),
    ("SUPPORT", "ja", "北朝鮮はロシアを支持した。", "KP", {"RU"}),
    ("SUPPORT", "ko", "북한은 러시아를 지지한다.", "KP", {"RU"}),
    ("SUPPORT", "vi", "Triều Tiên ủng hộ Nga.", "KP", {"RU"}),
    ("SANCTION", "en", "The United States imposed sanctions on Russia.", "US", {"RU"}),
    ("SANCTION", "ja", "米国はロシアに制裁を科した。", "US", {"RU"}),
    ("SANCTION", "ko", "미국은 러시아에 제재를 부과했다.", "US", {"RU"}),
    ("REQUEST", "en", "Ukraine called on the United States to lift the restrictions.", "UA",
     {"US"}),
    ("REQUEST", "ja", "ウクライナは米国に制限解除を求めた。", "UA", {"US"}),
    ("REQUEST", "ko", "우크라이나는 미국에 제한 해제를 요구했다.", "UA", {"US"}),
    ("OTHER", "en", "Putin sent a telegram to Kim Jong Un.", "putin", {"kim"}),
    ("OTHER", "ja", "プーチン大統領は金正恩氏に祝電を送った。", "putin", {"kim"}),
    ("OTHER", "id", "Putin mengirimkan telegram ucapan selamat kepada Kim Jong Un.", "putin",
     {"kim"}),
]


@pytest.mark.parametrize(("ctype", "lang", "text", "actor", "parties"), CASES)
def test_type_and_roles(ctype: str, lang: str, text: str, actor: str, parties: set[str]):
    c = one(run(text, lang), ctype)
    assert actor in c.actors
    assert parties <= set(c.actors) | set(c.targets)
    assert c.plover == CLAIM_TYPES[ctype]
    assert c.modality == "asserted"
    assert c.text == text.strip()


def test_every_type_in_three_languages():
    langs: dict[str, set[str]] = {}
    for ctype, lang, *_ in CASES:
        langs.setdefault(ctype, set()).add(lang)
    assert set(langs) == set(CLAIM_TYPES)
    assert all(len(v) >= 3 for v in langs.values()), langs


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Putin sent a telegram to Kim Jong Un."),
    ("ja", "プーチン大統領は金正恩氏に祝電を送った。"),
    ("id", "Putin mengirimkan telegram ucapan selamat kepada Kim Jong Un."),
])
def test_object_class_decides_send(lang: str, text: str):
    """send + telegram is not an arms transfer nor a deployment."""
    types = {c.type for c in run(text, lang)}
    assert not types & {"SUPPLY_ARMS", "DEPLOY_TROOPS"}


@pytest.mark.parametrize(("lang", "text", "ctype"), [
    ("en", "North Korea sent troops to Russia.", "DEPLOY_TROOPS"),
    ("en", "North Korea sent missiles to Russia.", "SUPPLY_ARMS"),
    ("id", "Korea Utara mengirimkan personel militer ke Rusia.", "DEPLOY_TROOPS"),
    ("id", "Korea Utara mengirimkan amunisi ke Rusia.", "SUPPLY_ARMS"),
    ("ko", "북한은 러시아에 병력을 보냈다.", "DEPLOY_TROOPS"),
    ("ko", "북한은 러시아에 미사일을 보냈다.", "SUPPLY_ARMS"),
])
def test_send_with_object(lang: str, text: str, ctype: str):
    assert [c.type for c in run(text, lang)] == [ctype]


def test_no_actor_no_claim():
    assert run("Talks were held on Tuesday.", "en") == []


def test_trigger_inside_a_name_is_ignored():
    # "Duma" is a mention; nothing in the name should act as a trigger
    assert run("The State Duma session opened.", "en") == []


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "ウクライナはロシアの無人機を破壊した。"),
    ("en", "Ukraine destroyed Russian drones."),
    ("zh", "乌克兰摧毁了俄罗斯的无人机。"),
])
def test_destroying_is_an_attack(lang: str, text: str):
    assert one(run(text, lang), "ATTACK").actors[0] == "UA"

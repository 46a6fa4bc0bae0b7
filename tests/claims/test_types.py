"""Every claim type in at least three languages, with actors and targets from grammar."""

from __future__ import annotations

import pytest
from tests.claims.helpers import NAMES, claims, one, run

from newsweave.claims.table import claim_type, type_names

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
    ("MESSAGE", "en", "Putin sent a telegram to Kim Jong Un.", "putin", {"kim"}),
    ("MESSAGE", "ja", "プーチン大統領は金正恩氏に祝電を送った。", "putin", {"kim"}),
    ("MESSAGE", "id", "Putin mengirimkan telegram ucapan selamat kepada Kim Jong Un.", "putin",
     {"kim"}),
]

# the types world news added to DESIGN.md's first eighteen: (type, lang, text, an actor,
# parties that must appear as actors or targets, names beyond helpers.NAMES[lang])
_SUDAN = {"en": {"Sudanese Armed Forces": "saf", "Mohamed Hamdan Dagalo": "dagalo",
                 "Dagalo": "dagalo", "Khartoum": "khartoum", "Egypt": "EG",
                 "Rapid Support Forces": "rsf"},
          "ja": {"スーダン国軍": "saf", "ダガロ": "dagalo", "ハルツーム": "khartoum",
                 "エジプト": "EG", "即応支援部隊": "rsf"},
          "ko": {"수단군": "saf", "다갈로": "dagalo", "하르툼": "khartoum", "이집트": "EG",
                 "신속지원군": "rsf"},
          "zh": {"苏丹武装部队": "saf", "达加洛": "dagalo", "喀土穆": "khartoum", "埃及": "EG",
                 "快速支援部队": "rsf"},
          "ru": {"Суданская армия": "saf", "Дагало": "dagalo", "Хартуме": "khartoum",
                 "Египет": "EG", "Силы быстрого реагирования": "rsf"},
          "id": {"Angkatan Bersenjata Sudan": "saf", "Dagalo": "dagalo", "Khartoum": "khartoum",
                 "Mesir": "EG", "Pasukan Dukungan Cepat": "rsf"},
          "vi": {"Quân đội Sudan": "saf", "Dagalo": "dagalo", "Khartoum": "khartoum",
                 "Ai Cập": "EG", "Lực lượng Hỗ trợ Nhanh": "rsf"}}
_GAZA = {"en": {"Israel": "IL", "Hamas": "hamas", "Gaza": "gaza"},
         "ja": {"イスラエル": "IL", "ハマス": "hamas", "ガザ": "gaza"},
         "ko": {"이스라엘": "IL", "하마스": "hamas", "가자지구": "gaza"},
         "zh": {"以色列": "IL", "哈马斯": "hamas", "加沙": "gaza"},
         "ru": {"Израиль": "IL", "ХАМАС": "hamas", "Газу": "gaza"},
         "id": {"Israel": "IL", "Hamas": "hamas", "Gaza": "gaza"},
         "vi": {"Israel": "IL", "Hamas": "hamas", "Gaza": "gaza"}}
_KURSK = {"ru": {"Курск": "kursk", "Курска": "kursk", "Курске": "kursk"},
          "zh": {"库尔斯克": "kursk"},
          "vi": {"Kursk": "kursk"}}
_SEOUL = {"ja": {"ソウル": "seoul"}, "ko": {"서울": "seoul"}, "zh": {"首尔": "seoul"},
          "id": {"Seoul": "seoul"}}

NEW_CASES = [
    ("SEIZE", "en", "Ukraine captured Kursk on Tuesday.", "UA", {"kursk"}),
    ("SEIZE", "ja", "ウクライナはクルスクを制圧した。", "UA", {"kursk"}),
    ("SEIZE", "ko", "우크라이나는 쿠르스크를 점령했다.", "UA", {"kursk"}),
    ("SEIZE", "ru", "Украина захватила Курск.", "UA", {"kursk"}),
    ("SEIZE", "zh", "乌克兰占领了库尔斯克。", "UA", {"kursk"}),
    ("SEIZE", "id", "Ukraina merebut Kursk.", "UA", {"kursk"}),
    ("SEIZE", "vi", "Ukraine đã chiếm giữ Kursk.", "UA", {"kursk"}),
    ("ARREST", "en", "The Sudanese Armed Forces detained Dagalo in Khartoum.", "saf",
     {"dagalo"}),
    ("ARREST", "ja", "スーダン国軍はダガロ氏をハルツームで拘束した。", "saf", {"dagalo"}),
    ("ARREST", "ko", "수단군은 다갈로를 하르툼에서 체포했다.", "saf", {"dagalo"}),
    ("ARREST", "zh", "苏丹武装部队在喀土穆逮捕了达加洛。", "saf", {"dagalo"}),
    ("ARREST", "ru", "Суданская армия задержала Дагало в Хартуме.", "saf", {"dagalo"}),
    ("ARREST", "id", "Angkatan Bersenjata Sudan menangkap Dagalo di Khartoum.", "saf",
     {"dagalo"}),
    ("ARREST", "vi", "Quân đội Sudan đã bắt giữ Dagalo tại Khartoum.", "saf", {"dagalo"}),
    ("RELEASE", "en", "Hamas released 20 hostages on Monday.", "hamas", set()),
    ("RELEASE", "ja", "ハマスは人質20人を解放した。", "hamas", set()),
    ("RELEASE", "ko", "하마스는 인질 20명을 석방했다.", "hamas", set()),
    ("RELEASE", "zh", "哈马斯释放了20名人质。", "hamas", set()),
    ("RELEASE", "ru", "ХАМАС освободил 20 заложников.", "hamas", set()),
    ("RELEASE", "id", "Hamas membebaskan 20 sandera.", "hamas", set()),
    ("RELEASE", "vi", "Hamas đã trả tự do cho 20 con tin.", "hamas", set()),
    ("FLEE", "en", "Dagalo fled to Egypt.", "dagalo", {"EG"}),
    ("FLEE", "ja", "ダガロ氏はエジプトに逃亡した。", "dagalo", {"EG"}),
    ("FLEE", "ko", "다갈로는 이집트로 도주했다.", "dagalo", {"EG"}),
    ("FLEE", "zh", "达加洛逃往埃及。", "dagalo", {"EG"}),
    ("FLEE", "ru", "Дагало бежал в Египет.", "dagalo", {"EG"}),
    ("FLEE", "id", "Dagalo kabur ke Mesir.", "dagalo", {"EG"}),
    ("FLEE", "vi", "Dagalo đã chạy trốn sang Ai Cập.", "dagalo", {"EG"}),
    ("DISPLACE", "en", "Thousands of civilians were evacuated from Kursk.", "kursk", set()),
    ("DISPLACE", "ja", "クルスクから住民数千人が避難した。", "kursk", set()),
    ("DISPLACE", "ko", "쿠르스크에서 주민 수천 명이 대피했다.", "kursk", set()),
    ("DISPLACE", "ru", "Из Курска эвакуировали тысячи жителей.", "kursk", set()),
    ("DISPLACE", "zh", "数千名居民从库尔斯克撤离。", "kursk", set()),
    ("DISPLACE", "id", "Ribuan warga dievakuasi dari Kursk.", "kursk", set()),
    ("DISPLACE", "vi", "Hàng nghìn người dân đã sơ tán khỏi Kursk.", "kursk", set()),
    # no side named: the protesters are the place's
    ("PROTEST", "en", "Thousands of protesters rallied in Seoul against the United States.",
     "seoul", {"US"}),
    ("PROTEST", "ja", "ソウルで米国に対する抗議デモが行われた。", "seoul", {"US"}),
    ("PROTEST", "ko", "서울에서 미국에 반대하는 대규모 시위가 열렸다.", "seoul", {"US"}),
    ("PROTEST", "id", "Ribuan demonstran berunjuk rasa di Seoul menentang Amerika Serikat.",
     "seoul", {"US"}),
    ("CEASEFIRE", "en", "Israel and Hamas declared a ceasefire on Sunday.", "IL", {"hamas"}),
    ("CEASEFIRE", "ja", "イスラエルとハマスは停戦を宣言した。", "IL", {"hamas"}),
    ("CEASEFIRE", "ko", "이스라엘과 하마스는 휴전을 선언했다.", "IL", {"hamas"}),
    ("CEASEFIRE", "zh", "以色列和哈马斯宣布停火。", "IL", {"hamas"}),
    ("CEASEFIRE", "ru", "Израиль и ХАМАС объявили перемирие.", "IL", {"hamas"}),
    ("CEASEFIRE", "id", "Israel dan Hamas mengumumkan gencatan senjata.", "IL", {"hamas"}),
    ("CEASEFIRE", "vi", "Israel và Hamas tuyên bố ngừng bắn.", "IL", {"hamas"}),
    ("COUP", "en", "The Sudanese Armed Forces staged a coup against Dagalo.", "saf",
     {"dagalo"}),
    ("COUP", "ja", "スーダン国軍はクーデターを起こした。", "saf", set()),
    ("COUP", "ko", "수단군은 쿠데타를 일으켰다.", "saf", set()),
    ("COUP", "zh", "苏丹武装部队发动政变。", "saf", set()),
    ("COUP", "ru", "Суданская армия совершила военный переворот.", "saf", set()),
    ("COUP", "id", "Angkatan Bersenjata Sudan melancarkan kudeta.", "saf", set()),
    ("COUP", "vi", "Quân đội Sudan đã tiến hành đảo chính.", "saf", set()),
    ("BLOCKADE", "en", "Israel blockaded Gaza.", "IL", {"gaza"}),
    ("BLOCKADE", "ja", "イスラエルはガザを封鎖した。", "IL", {"gaza"}),
    ("BLOCKADE", "ko", "이스라엘은 가자지구를 봉쇄했다.", "IL", {"gaza"}),
    ("BLOCKADE", "zh", "以色列封锁了加沙。", "IL", {"gaza"}),
    ("BLOCKADE", "ru", "Израиль заблокировал Газу.", "IL", {"gaza"}),
    ("BLOCKADE", "id", "Israel memblokade Gaza.", "IL", {"gaza"}),
    ("BLOCKADE", "vi", "Israel phong tỏa Gaza.", "IL", {"gaza"}),
    ("WITHDRAW", "en", "Russia withdrew its troops from Kursk.", "RU", set()),
    ("WITHDRAW", "ja", "ロシアはクルスクから部隊を撤退させた。", "RU", set()),
    ("WITHDRAW", "ko", "러시아는 쿠르스크에서 병력을 철수했다.", "RU", set()),
    ("WITHDRAW", "zh", "俄罗斯撤军。", "RU", set()),
    ("WITHDRAW", "ru", "Россия вывела войска из Курска.", "RU", set()),
    ("WITHDRAW", "id", "Rusia menarik pasukan dari Kursk.", "RU", set()),
    ("WITHDRAW", "vi", "Nga rút quân khỏi Kursk.", "RU", set()),
    ("SURRENDER", "en", "The Rapid Support Forces surrendered.", "rsf", set()),
    ("SURRENDER", "ja", "即応支援部隊は降伏した。", "rsf", set()),
    ("SURRENDER", "ko", "신속지원군은 항복했다.", "rsf", set()),
    ("SURRENDER", "zh", "快速支援部队投降。", "rsf", set()),
    ("SURRENDER", "ru", "Силы быстрого реагирования сложили оружие.", "rsf", set()),
    ("SURRENDER", "id", "Pasukan Dukungan Cepat menyerah.", "rsf", set()),
    ("SURRENDER", "vi", "Lực lượng Hỗ trợ Nhanh đã hạ vũ khí.", "rsf", set()),
    ("WEAPONS_TEST", "en", "North Korea test-fired a ballistic missile.", "KP", set()),
    ("WEAPONS_TEST", "ja", "北朝鮮は弾道ミサイルの発射実験を行った。", "KP", set()),
    ("WEAPONS_TEST", "ko", "북한은 탄도미사일을 시험 발사했다.", "KP", set()),
    ("WEAPONS_TEST", "zh", "朝鲜试射了一枚弹道导弹。", "KP", set()),
    ("WEAPONS_TEST", "ru", "КНДР провела испытательный пуск ракеты.", "KP", set()),
    ("WEAPONS_TEST", "id", "Korea Utara melakukan uji coba rudal balistik.", "KP", set()),
    ("WEAPONS_TEST", "vi", "Triều Tiên phóng thử tên lửa đạn đạo.", "KP", set()),
    ("DRILL", "en", "South Korea and the United States held joint drills near Seoul.", "KR",
     {"US"}),
    ("DRILL", "ja", "韓国と米国は合同演習を実施した。", "KR", {"US"}),
    ("DRILL", "ko", "한국과 미국은 연합훈련을 실시했다.", "KR", {"US"}),
    ("DRILL", "zh", "韩国和美国举行联合军演。", "KR", {"US"}),
    ("DRILL", "ru", "Россия и КНДР провели учения.", "RU", {"KP"}),
    ("DRILL", "vi", "Nga và Triều Tiên tập trận chung.", "RU", {"KP"}),
    # a disaster befalls a place: the place is its actor
    ("DISASTER", "ja", "ソウルで洪水が発生した。", "seoul", set()),
    ("DISASTER", "ko", "서울에서 산사태가 발생했다.", "seoul", set()),
    ("DISASTER", "id", "Gempa bumi mengguncang Seoul pada hari Minggu.", "seoul", set()),
    ("DISASTER", "ru", "В Курске произошло землетрясение.", "kursk", set()),
    # a coalition or joint force formed
    ("COALITION", "en", "Russia formed a new military coalition on Monday.", "RU", set()),
    ("COALITION", "ja", "ロシアは新たな有志連合を結成した。", "RU", set()),
    ("COALITION", "id", "Rusia membentuk koalisi militer baru.", "RU", set()),
    ("COALITION", "ru", "Россия создала новую военную коалицию.", "RU", set()),
]


def _names(lang: str, text: str) -> dict[str, str]:
    extra = {**_SUDAN.get(lang, {}), **_GAZA.get(lang, {}), **_KURSK.get(lang, {}),
             **_SEOUL.get(lang, {})}
    return {**NAMES[lang], **{k: v for k, v in extra.items() if k in text}}


@pytest.mark.parametrize(("ctype", "lang", "text", "actor", "parties"), NEW_CASES)
def test_world_news_types(ctype: str, lang: str, text: str, actor: str, parties: set[str]):
    found = claims(text, lang, mentions=_names(lang, text))
    c = one(found, ctype)
    assert actor in c.actors, (c.actors, c.targets)
    assert parties <= set(c.actors) | set(c.targets), (c.actors, c.targets)
    assert c.plover == claim_type(ctype).plover
    assert c.modality == "asserted"


@pytest.mark.parametrize(("ctype", "lang", "text", "actor", "parties"), CASES)
def test_type_and_roles(ctype: str, lang: str, text: str, actor: str, parties: set[str]):
    c = one(run(text, lang), ctype)
    assert actor in c.actors
    assert parties <= set(c.actors) | set(c.targets)
    assert c.plover == claim_type(ctype).plover
    assert c.modality == "asserted"
    assert c.text == text.strip()


def test_every_type_in_three_languages():
    langs: dict[str, set[str]] = {}
    for ctype, lang, *_ in CASES + NEW_CASES:
        langs.setdefault(ctype, set()).add(lang)
    # OTHER: acts no type fits, typed by no word; the political acts inside one state have
    # their own file (test_political_acts.py, which checks three languages each)
    # (and the movements of forces, test_movements.py)
    from tests.claims.test_movements import NEW as MOVEMENTS
    from tests.claims.test_political_acts import NEW as POLITICAL_ACTS
    assert set(langs) == set(type_names()) - {"OTHER", *POLITICAL_ACTS, *MOVEMENTS}
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

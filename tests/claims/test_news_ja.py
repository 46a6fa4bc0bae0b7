"""Japanese wire copy (Kyodo/NHK/Jiji style, and machine-translated copies): what a careful
analyst extracts. Sentences written for these tests, on stories of many places."""

from __future__ import annotations

import pytest
from tests.claims.helpers import NAMES as BASE
from tests.claims.helpers import claims
from tests.claims.test_news_support import Case, E, case, check

NAMES = {
    "イスラエル": "IL", "イスラエル軍": "IL", "ハマス": "hamas", "ガザ": "gaza", "エジプト": "EG",
    "カタール": "QA", "イラン": "IR", "フーシ派": "houthis", "イエメン": "YE", "英国": "GB",
    "米軍": "US", "スーダン": "SD", "即応支援部隊": "rsf", "ハルツーム": "khartoum",
    "フィリピン": "PH", "ミャンマー": "MM", "国軍": "MM", "アゼルバイジャン": "AZ",
    "アルメニア": "AM", "ニジェール": "NE", "ECOWAS": "ecowas", "国連": "UN", "EU": "EU",
    "トルコ": "TR", "エルドアン": "erdogan", "ネタニヤフ": "netanyahu", "ゼレンスキー": "zelensky",
    "キーウ": "kyiv", "ドイツ": "DE", "ショルツ": "scholz",
}

CASES = [
    # --- Red Sea
    case("米軍と英軍は12日、イエメン国内のフーシ派拠点30箇所を空爆した。",
         E("ATTACK", {"US"}, {"houthis"}, date="2024-01-12"),
         names={"英軍": "GB"}, times={"12日": "2024-01-12"},
         quantities={"30箇所": (30, "sites")}),
    case("フーシ派による商船への攻撃は、これまでに27回に及んでいる。", E("ATTACK", {"houthis"}),
         quantities={"27回": (27, "times")}),
    case("米軍はフーシ派の拠点を空爆し、戦闘員5人が死亡した。",
         E("ATTACK", {"US"}, {"houthis"}), E("CASUALTIES", {"houthis"}),
         quantities={"5人": (5, "people")}),
    case("米国はイランが支援するフーシ派を攻撃した。", E("ATTACK", {"US"}, {"houthis"})),
    case("フーシ派は米国の貨物船をミサイルで攻撃したと発表した。",
         E("ATTACK", {"houthis"}, {"US"})),
    # --- Israel and Gaza
    case("イスラエル軍はガザ南部への空爆を続け、少なくとも20人が死亡した。",
         E("ATTACK", {"IL"}, {"gaza"}), E("CASUALTIES"),
         quantities={"20人": (20, "people")}),
    case("エジプトとカタールはイスラエルとハマスに停戦を呼びかけた。",
         E("REQUEST", {"EG", "QA"}, {"IL"})),
    case("ネタニヤフ首相はハマスを強く非難した。", E("ACCUSE", {"netanyahu"}, {"hamas"})),
    # --- Sudan, Myanmar
    case("即応支援部隊は首都ハルツームの空港を制圧した。", E("SEIZE", {"rsf"})),
    case("国軍は26日にクーデターを起こし、政権を掌握した。",
         E("COUP", {"MM"}, date="2024-10-26"), times={"26日": "2024-10-26"}),
    # --- Karabakh, Niger
    case("アゼルバイジャンは19日、軍事作戦を開始した。", E("ATTACK", {"AZ"}, date="2024-10-19"),
         times={"19日": "2024-10-19"}),
    case("ECOWASはニジェール軍政に最後通告を突きつけた。", E("WARN", {"ecowas"}, {"NE"})),
    case("ECOWASは臨時首脳会議を開き、ニジェールへの制裁を決定した。",
         E("MEET", {"ecowas"}), E("SANCTION", {"ecowas"}, {"NE"})),
    case("ECOWASは3日、代表団をニジェールに派遣した。",
         E("VISIT", {"ecowas"}, {"NE"}, date="2024-10-03"), times={"3日": "2024-10-03"}),
    # an ultimatum's demand is its content: one warning, no appeal of its own
    case("ECOWASはニジェール軍政に最後通告を突きつけ、憲法秩序を回復するよう要求した。",
         E("WARN", {"ecowas"}, {"NE"})),
    # --- Ukraine
    case("ゼレンスキー大統領はキーウでショルツ首相と会談した。",
         E("MEET", {"zelensky", "scholz"})),
    case("ドイツはウクライナに防空システムを供与すると発表した。",
         E("SUPPLY_ARMS", {"DE"}, {"UA"}, modality=("asserted", "expected"))),
    case("米軍は13日、ミサイル40発を発射し、フーシ派への2回目の攻撃を実施した。",
         E("ATTACK", {"US"}, {"houthis"}, date="2024-10-13"), times={"13日": "2024-10-13"}),
    # what fails after ものの is another clause's; a name before a later clause's によると is no
    # source of the act
    case("ECOWASは3日、代表団をニジェールに派遣したものの、成果はなかった。",
         E("VISIT", {"ecowas"}, {"NE"})),
    case("トルコは5日、代表団をアルメニアに派遣したが、関係筋によると、協議は進まなかった。",
         E("VISIT", {"TR"}, {"AM"}, modality=("asserted", "reported"))),
    case("ロシアは北朝鮮に武器を供与していない。",
         E("SUPPLY_ARMS", {"RU"}, {"KP"}, modality="denied")),
    # a topic (は) is the main verb's subject, not that of the clause before ことを
    case("トルコのエルドアン大統領は、選挙に勝利したことを受けて、キーウを訪問しました。",
         E("VISIT", {"erdogan"}, {"kyiv"})),
    case("米国は北朝鮮がミサイルを発射したことを非難した。", E("ACCUSE", {"US"}, {"KP"})),
    # a people's or country's armed group after its name: アルメニア系武装勢力は
    case("アルメニア系武装勢力はアゼルバイジャンと停戦に合意した。",
         E("AGREE", {"AM", "AZ"}), tolerate=("CEASEFIRE",)),
    # signing a decree is no agreement
    case("ミャンマー国軍の司令官は非常事態を延長する大統領令に署名した。", tolerate=("OTHER",)),
    # fired at ships is an attack; a launch toward a sea alone is not
    case("フーシ派は、紅海の貨物船に向かって、無人機10機と巡航ミサイルを発射した。",
         E("ATTACK", {"houthis"})),
    case("北朝鮮は日本海に向けて弾道ミサイル1発を発射した。"),
    # the wounded taken to hospital are no troops sent
    case("ロシア軍は負傷した兵士6名を病院に搬送した。", E("CASUALTIES", {"RU"}),
         names={"ロシア軍": "RU"}),
    # --- no claim
    case("トルコのインフレ率は60%を超えた。"),
    case("こうした攻撃は、紅海の航行を脅かしている。"),
    case("イスラエルがラファに侵攻すれば、人道危機は深刻化する。"),
]


@pytest.mark.parametrize("c", CASES)
def test_news_ja(c: Case):
    check(c, "ja", NAMES)


@pytest.mark.parametrize(("text", "value"), [
    ("米軍は13日、ミサイル40発を発射し、フーシ派への2回目の攻撃を実施した。", 40),  # 2回目: 2nd
    ("米軍は12日、イエメン国内のフーシ派拠点30箇所を空爆した。", 30),  # sites hit
    ("フーシ派による商船への攻撃は、これまでに27回に及んでいる。", 27),  # attacks so far
])
def test_attack_counts(text: str, value: float):
    found = claims(text, "ja", mentions={**BASE["ja"], **NAMES}, numbers=True)
    attack = next(c for c in found if c.type == "ATTACK")
    assert attack.quantity is not None and attack.quantity.value == value

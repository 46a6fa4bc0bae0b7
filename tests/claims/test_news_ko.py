"""Korean wire copy (Yonhap/KBS style, and machine-translated copies): what a careful analyst
extracts. Sentences written for these tests, on stories of many places."""

from __future__ import annotations

import pytest
from tests.claims.test_news_support import Case, E, case, check

NAMES = {
    "이스라엘": "IL", "이스라엘군": "IL", "하마스": "hamas", "가자지구": "gaza", "이집트": "EG",
    "카타르": "QA", "이란": "IR", "후티 반군": "houthis", "예멘": "YE", "영국": "GB",
    "수단": "SD", "신속지원군": "rsf", "하르툼": "khartoum", "미얀마": "MM", "미얀마군": "MM",
    "아제르바이잔": "AZ", "아르메니아": "AM", "니제르": "NE", "서아프리카경제공동체": "ecowas",
    "유엔": "UN", "튀르키예": "TR", "에르도안": "erdogan", "네타냐후": "netanyahu",
    "젤렌스키": "zelensky", "키이우": "kyiv", "독일": "DE", "숄츠": "scholz",
}

CASES = [
    # --- Red Sea
    case("미국과 영국은 12일 예멘의 후티 반군 표적 18곳을 공습했다.",
         E("ATTACK", {"US", "GB"}, {"houthis"}, date="2024-01-12"),
         times={"12일": "2024-01-12"}, quantities={"18곳": (18, "sites")}),
    case("후티 반군에 의한 상선 공격은 27차례에 달했다.", E("ATTACK", {"houthis"}),
         quantities={"27차례": (27, "times")}),
    case("미국은 후티 반군 거점을 공습해 5명이 숨졌다.",
         E("ATTACK", {"US"}, {"houthis"}), E("CASUALTIES", {"houthis"}),
         quantities={"5명": (5, "people")}),
    case("미국은 이란이 지원하는 후티 반군을 공격했다.", E("ATTACK", {"US"}, {"houthis"})),
    # --- Israel and Gaza
    case("이스라엘군은 가자지구 남부를 공습했고 최소 20명이 사망했다.",
         E("ATTACK", {"IL"}, {"gaza"}), E("CASUALTIES"),
         quantities={"20명": (20, "people")}),
    case("이집트와 카타르는 이스라엘과 하마스에 휴전을 촉구했다.",
         E("REQUEST", {"EG", "QA"}, {"IL"})),
    case("네타냐후 총리는 하마스를 강하게 비난했다.", E("ACCUSE", {"netanyahu"}, {"hamas"})),
    # --- Sudan, Myanmar
    case("신속지원군은 수도 하르툼의 공항을 장악했다.", E("SEIZE", {"rsf"})),
    case("미얀마군은 26일 쿠데타를 일으켜 정권을 장악했다.",
         E("COUP", {"MM"}, date="2024-10-26"), times={"26일": "2024-10-26"}),
    # --- Karabakh, Niger
    case("아제르바이잔은 19일 군사작전을 개시했다.", E("ATTACK", {"AZ"}, date="2024-10-19"),
         times={"19일": "2024-10-19"}),
    case("서아프리카경제공동체는 니제르 군부에 최후통첩을 보냈다.",
         E("WARN", {"ecowas"}, {"NE"})),
    case("서아프리카경제공동체는 3일 니제르에 대표단을 파견했다.",
         E("VISIT", {"ecowas"}, {"NE"}, date="2024-10-03"), times={"3일": "2024-10-03"}),
    case("아제르바이잔 관리들과 아르메니아 당국 간 회담이 21일 진행될 예정이다.",
         E("MEET", {"AZ", "AM"}, modality="expected", date="2024-10-21"),
         times={"21일": "2024-10-21"}),
    case("우크라이나 당국은 러시아가 미사일 공격을 가해 5명이 숨졌다고 밝혔다.",
         E("ATTACK", {"RU"}, modality="reported", source="UA"),
         E("CASUALTIES", {"UA"}, modality="reported"), quantities={"5명": (5, "people")}),
    case("후티 반군은 “미군이 우리 기지를 공격했다”며 책임자 처벌을 요구했다.",
         E("REQUEST", {"houthis"}), tolerate=("ATTACK",), names={"미군": "US"}),
    case("하마스 관리들은 이스라엘군이 가자지구를 공습해 30명이 숨졌다고 발표했다.",
         E("ATTACK", {"IL"}, {"gaza"}, modality=("reported", "asserted")),
         E("CASUALTIES", {"gaza"}, modality=("reported", "asserted"))),
    # --- Ukraine
    case("젤렌스키 대통령은 키이우에서 숄츠 총리와 회담했다.",
         E("MEET", {"zelensky", "scholz"})),
    # what fails after -지만 is another clause's
    case("서아프리카경제공동체는 3일 대표단을 니제르에 파견했지만 성과는 없었다.",
         E("VISIT", {"ecowas"}, {"NE"})),
    case("러시아는 북한에 무기를 제공하지 않았다.",
         E("SUPPLY_ARMS", {"RU"}, {"KP"}, modality="denied")),
    # a topic (은/는) is the main verb's subject, not that of the clause before 것을
    case("러시아는 우크라이나를 공격한 것을 부인했다.", E("DENY", {"RU"}, {"UA"})),
    case("미국은 북한이 미사일을 발사한 것을 비난했다.", E("ACCUSE", {"US"}, {"KP"})),
    # a people's or country's armed group after its name: 아르메니아계 군대는, 민족군은
    case("아르메니아계 군대는 적대 행위를 중단하기로 합의했다.", E("AGREE", {"AM"})),
    case("아르메니아 민족군은 아제르바이잔과 휴전에 합의했다.", E("AGREE", {"AM", "AZ"})),
    # talks between two sides (X와 Y 간의 협상) held somewhere
    case("아제르바이잔과 아르메니아 대표단 간의 협상이 예블라흐에서 진행되었다.",
         E("MEET", {"AZ", "AM"})),
    # signing a decree is no agreement
    case("미얀마 군부 지도자는 비상사태를 연장하는 행정명령에 서명했다.", tolerate=("OTHER",)),
    # a ceasefire put into effect; talks between two peoples' authorities (민족 당국 간)
    case("아르메니아 당국과 아제르바이잔 관리들은 오후 1시 휴전을 발효했다.",
         E("CEASEFIRE", {"AZ"})),
    case("아제르바이잔 관리들과 카라바흐의 아르메니아 민족 당국 간 회담이 21일 진행될 예정이다.",
         E("MEET", {"AZ", "AM"}, modality="expected")),
    # fired at ships is an attack; a launch toward a sea alone is not
    case("후티 반군은 홍해의 상선을 향해 드론 10대를 발사했다.", E("ATTACK", {"houthis"})),
    case("북한은 동해상으로 탄도미사일 1발을 발사했다."),
    # a place's officials tell of the dead: the place's own people, not its country's
    case("쿠르스크 관리들은 우크라이나가 공격을 개시한 뒤 이어진 포격으로 수십 명이 "
         "사망했다고 발표했다.",
         E("ATTACK", {"UA"}, modality=("asserted", "reported")),
         E("CASUALTIES", {"kursk"}, modality=("asserted", "reported")), tolerate=("ATTACK",)),
    # --- no claim
    case("이러한 공격은 홍해 항로를 위협하고 있다."),
    case("튀르키예의 물가 상승률이 60%를 넘었다."),
    case("이스라엘이 라파를 공격할 경우 인도적 위기가 심화할 것이다."),
]


@pytest.mark.parametrize("c", CASES)
def test_news_ko(c: Case):
    check(c, "ko", NAMES)

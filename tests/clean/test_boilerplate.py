"""Boilerplate lines are removed by kind, in many languages; body sentences stay."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.clean import clean
from newsweave.clean.boilerplate import classify
from newsweave.clean.rules import load_rules
from newsweave.model import Extracted
from newsweave.options import Options

BOILERPLATE = [
    # share / close / print buttons
    ("share_button", "Close"),
    ("share_button", "Share  Tweet  Email"),
    ("share_button", "シェア"),
    ("share_button", "공유하기 | 인쇄"),
    ("share_button", "Bagikan"),
    ("share_button", "Поделиться"),
    ("share_button", "分享到 微信 微博"),
    # advertising slots
    ("advertisement", "Advertisement"),
    ("advertisement", "광고"),
    ("advertisement", "Реклама"),
    ("advertisement", "スポンサーリンク"),
    # links to other articles
    ("interlink", "READ  Minister opens new bridge in the capital"),
    ("interlink", "Read more: Parliament votes on the budget"),
    ("interlink", "Baca juga: Harga beras naik di Jakarta"),
    ("interlink", "関連記事：東京で新しい駅が開業"),
    ("interlink", "Читайте также: В Москве открылась выставка"),
    ("interlink", "관련기사 서울시, 새 버스 노선 발표"),
    ("interlink", "Xem thêm: Hà Nội mở tuyến xe buýt mới"),
    ("interlink", "相关阅读：北京开通新地铁线"),
    ("interlink", "関連記事"),
    ("interlink", "TIN LIÊN QUAN"),
    ("interlink", "Read  Chile starts exporting fruit to Korea"),
    # comment forms
    ("comment_form", "Leave a Reply"),
    ("comment_form", "Your email address will not be published. Required fields are marked *"),
    ("comment_form", "이메일 주소는 공개되지 않습니다. 필수 필드는 *로 표시됩니다"),
    ("comment_form", "メールアドレスが公開されることはありません。 * が付いている欄は必須項目です"),
    ("comment_form", "Tinggalkan Balasan"),
    ("comment_form", "Alamat email Anda tidak akan dipublikasikan."),
    ("comment_form", "Ваш адрес email не будет опубликован."),
    ("comment_form", "Để lại một bình luận"),
    ("comment_form", "Name *"),
    (
        "comment_form",
        "Save my name, email, and website in this browser for the next time I comment.",
    ),
    (
        "comment_form",
        "다음에 댓글을 달 때 사용하기 위해 이 브라우저에 이름, 이메일, 그리고 "
        "웹사이트를 저장합니다.",
    ),
    ("share_button", "Post navigation"),
    ("share_button", "次の記事"),
    ("timestamp", "2 min read"),
    # copyright notices
    ("copyright", "Copyrights(C)example-news.jp 7"),
    ("copyright", "© 2024 Daily Example. All rights reserved."),
    ("copyright", "무단 전재 및 재배포 금지"),
    ("copyright", "無断転載を禁じます"),
    ("copyright", "Все права защищены"),
    ("copyright", "版权所有 © 示例新闻网"),
    ("copyright", "Hak Cipta Dilindungi Undang-Undang"),
    ("copyright", "Bản quyền thuộc về Báo Ví Dụ"),
    ("copyright", "(C)Example!News"),
    # tag lists and labels of link blocks
    ("tags", "Tags: North Korea, Russia, Ukraine"),
    ("tags", "태그: 북한, 러시아"),
    ("tags", "标签：朝鲜 俄罗斯"),
    ("interlink", "You may have missed"),
    ("navigation", "Home » World » Asia"),
    ("navigation", "홈 > 국제 > 아시아"),
    ("byline", "Posted by admin"),
    ("byline", "投稿者: admin"),
    ("advertisement", "[ad_1]"),
    # reporter and editor credits
    ("byline", "By Jane Smith and John Doe"),
    ("byline", "(Reporting by Jane Smith; Editing by John Doe)"),
    ("byline", "责任编辑：王小明"),
    ("byline", "홍길동 기자 hong@example.co.kr"),
    ("byline", "Editor: Rina Putri"),
    # bare dates and times
    ("timestamp", "2023/09/20 11:00 KST"),
    ("timestamp", "Published10월 27, 2023"),
    ("timestamp", "Updated: March 3, 2024, 10:15 a.m. ET"),
    ("timestamp", "2024年3月3日(日) 午後5時"),
    ("timestamp", "입력 2024.03.03 오후 5:10"),
    ("timestamp", "Senin, 4 Maret 2024 | 10:15 WIB"),
    ("timestamp", "3 марта 2024 г., 10:15"),
    ("timestamp", "Thứ hai, 4/3/2024, 10:15 (GMT+7)"),
    ("timestamp", "发布时间：2024-03-03 17:10"),
    ("timestamp", "2024年06月19日 17:10 来源：新华网"),
    ("timestamp", "2023-09-20T11:00:00+09:00"),
    # auto-generated author bios
    (
        "author_bio",
        "Freelance bacon lover. Music lover. Entrepreneur. Wannabe alcohol geek. Student.",
    ),
    ("author_bio", '"Coffee ninja. Web scholar. Introvert. Travel evangelist."'),
    ("author_bio", "「フリーランスのコーヒー愛好家。音楽オタク。起業家。学生。」"),
    ("author_bio", "Pecinta kopi. Penggemar musik. Pengusaha. Pelajar."),
    ("author_bio", "음악 애호가. 커피 전문가. 기업가. 학생."),
    ("author_bio", "Любитель кофе. Фанат музыки. Предприниматель. Студент."),
    ("author_bio", "Người yêu cà phê tự do. Người hâm mộ âm nhạc. Doanh nhân. Sinh viên."),
    (
        "author_bio",
        "典型的啤酒开拓者。无可救药的互联网忍者。培根专家。咖啡倡导者。自豪的美食狂热者。",
    ),
    (
        "author_bio",
        "전형적인 맥주 개척자. 변명의 여지가 없는 인터넷 닌자. 베이컨 전문가. 음식 광신자.",
    ),
]

BODY = [
    "Read the full statement on the ministry's website, the spokesman said.",
    "READ THE STATEMENT, the protesters chanted outside the embassy.",
    "Read the report before the vote, the senator urged.",
    "The talks will close on Friday after three days of meetings.",
    "The company said it would share the data with regulators in Seoul.",
    "He was accused of copyright infringement in 2019 and fined.",
    "Copyright law was amended last year to protect journalists.",
    "The minister said all rights reserved for veterans would be restored.",
    "On March 3, 2024, the two leaders met in Pyongyang for five hours.",
    "2024年3月3日、両首脳は平壌で会談した。",
    "Baca juga laporan lengkapnya, kata juru bicara itu kepada wartawan.",
    "В 2023 году лидеры встретились на космодроме Восточный.",
    "그는 공유 경제에 대해 말했다.",
    "The student said he was a music lover and a coffee fan.",
    "Close ties between the two countries worry Washington.",
    "Share prices fell 3% in Tokyo on Monday.",
    "(c) the parties shall cooperate in defence matters.",
    "Advertisement revenue fell sharply last year.",
    "Next, the leaders met behind closed doors.",
    "By the numbers",
    "Home to 2 million people, the city was shelled overnight.",
    "1,500 3,000 10,000",
    "Tags were found on the missile debris, officials said.",
    "By Monday the troops had left the border area for good.",
    "The website of the ministry was hacked on Monday.",
    "광고 시장이 크게 줄었다고 업계는 밝혔다.",
    # short sentences about people are sentences, not a bio
    "He is a student. She is a writer. They love music.",
    "Dia adalah pelajar. Ia penggemar musik. Mereka pengusaha.",
    "学生たちは集まった。音楽愛好家も来た。起業家は話した。",
    "학생들이 모였다. 음악 애호가도 왔다. 기업가는 말했다.",
]


@pytest.mark.parametrize(("kind", "line"), BOILERPLATE)
def test_boilerplate_line_is_classified(kind: str, line: str) -> None:
    assert classify(line, load_rules()) == kind


@pytest.mark.parametrize("line", BODY)
def test_body_sentence_is_kept(line: str) -> None:
    assert classify(line, load_rules()) is None


def _clean(text: str):
    return clean(Extracted("test://doc", text), Options())


def test_clean_removes_lines_and_keeps_offsets_exact() -> None:
    original = (
        "Close\n\n"
        "Leaders meet in the capital\n\n"
        "Leaders meet in the capital\n"
        "Published March 3, 2024\n\n"
        "The two leaders met on Sunday. Read more about the talks below.\n\n"
        "READ  Another story about something else\n\n"
        "They agreed to close the border crossing for trade.\n"
        "© 2024 Example News. All rights reserved.\n"
    )
    cleaned = _clean(original)
    kinds = [r.kind for r in cleaned.removed]
    assert kinds == ["share_button", "duplicate", "timestamp", "interlink", "copyright"]
    for r in cleaned.removed:
        assert original[r.start : r.end] == r.surface
    assert "Read more about the talks below." in cleaned.text
    assert "close the border" in cleaned.text
    assert cleaned.text.count("Leaders meet in the capital") == 1
    for i, c in enumerate(cleaned.text):
        assert original[cleaned.offsets.orig[i]] == c
    # a cleaned span maps back to the same characters in the original
    a = cleaned.text.index("They agreed")
    b = a + len("They agreed to close the border crossing for trade.")
    start, end = cleaned.offsets.to_original(a, b)
    assert original[start:end] == cleaned.text[a:b]


def test_circled_c_copyright_is_removed_after_normalisation() -> None:
    original = (
        "본문 기사입니다. 북한이 러시아에 병력을 보냈다.\n"
        "<저작권자 ⓒ 예시뉴스, 무단 전재 금지>\n"
        "ⓒ 예시뉴스"
    )
    cleaned = _clean(original)
    assert [r.kind for r in cleaned.removed] == ["copyright", "copyright"]
    assert cleaned.removed[1].surface == "ⓒ 예시뉴스"


def test_duplicate_keeps_the_first_and_ignores_short_repeats() -> None:
    original = (
        "北朝鮮がロシアに兵士を派遣\n本文です。\n北朝鮮がロシアに兵士を派遣\nはい。\nはい。\n"
    )
    cleaned = _clean(original)
    assert [r.kind for r in cleaned.removed] == ["duplicate"]
    assert cleaned.removed[0].start == original.index("本文です。\n") + len("本文です。\n")
    assert cleaned.text.count("はい。") == 2


def test_duplicate_ignores_spacing_case_and_punctuation() -> None:
    original = "Leaders meet in Pyongyang\n\nLEADERS  MEET IN PYONGYANG.\nThe talks began.\n"
    assert [r.kind for r in _clean(original).removed] == ["duplicate"]


def test_full_width_text_is_normalised_in_clean() -> None:
    cleaned = _clean("ロシアは２０２３年に１，０００発を送った。")
    assert "2023年" in cleaned.text and "1,000発" in cleaned.text


def test_too_long_input_is_refused() -> None:
    from newsweave.model import InputError

    with pytest.raises(InputError):
        clean(Extracted("test://big", "x" * 50), Options(max_text_chars=10))


def test_seed_boilerplate_removed(seeds_dir) -> None:
    import json

    gold = json.loads((seeds_dir.parents[1] / "gold" / "seeds.json").read_text(encoding="utf-8"))
    for doc in gold["documents"]:
        text = (seeds_dir / doc["file"]).read_text(encoding="utf-8")
        cleaned = _clean(text)
        for line in doc["boilerplate"]:
            assert line.strip() not in cleaned.text, (doc["file"], line)


_LINES = st.sampled_from(
    [line for _, line in BOILERPLATE[:12]]
    + BODY[:8]
    + ["", "  ", "Ｃｌｏｓｅ", "２０２４年３月３日", "北朝鮮が\u200bロシアに", "ｶﾞｲﾄﾞ"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_clean_map_is_exact_for_any_mix_of_lines(lines: list[str], newline: str) -> None:
    original = newline.join(lines)
    cleaned = _clean(original)
    orig = cleaned.offsets.orig
    assert len(orig) == len(cleaned.text) + 1
    assert all(orig[i] <= orig[i + 1] for i in range(len(orig) - 1))
    removed = [(r.start, r.end) for r in cleaned.removed]
    for i, c in enumerate(cleaned.text):
        o = orig[i]
        assert not any(a <= o < b for a, b in removed)  # kept text never comes from a removal
        if unicodedata.normalize("NFKC", original[o]) == original[o] and c != "\n":
            assert original[o] == c
    for r in cleaned.removed:
        assert original[r.start : r.end] == r.surface

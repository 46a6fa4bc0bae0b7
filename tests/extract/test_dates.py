"""Publication dates from date lines, in many languages and formats; never from body sentences."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.extract.dates import date_lines, opening_date, parse_date_line, published_from_text


def undecided() -> None:
    return None


@pytest.mark.parametrize(
    ("line", "value", "kind"),
    [
        ("2023/09/20 11:00 KST", "2023-09-20", "plain"),
        ("  • Published10월 27, 2023", "2023-10-27", "published"),
        ("2024年10月17日", "2024-10-17", "plain"),
        ("公開日：2024年10月17日(木) 15:00", "2024-10-17", "published"),
        ("2024年10月17日 15時30分", "2024-10-17", "plain"),
        ("２０２４年１０月１７日　１１：００", "2024-10-17", "plain"),
        ("令和6年10月17日 公開", "2024-10-17", "published"),
        ("Jakarta, 1 November 2024", "2024-11-01", "plain"),
        ("SEOUL, Oct. 17, 2024", "2024-10-17", "plain"),
        ("Москва, 1 ноября 2024 года", "2024-11-01", "plain"),
        ("서울, 2024년 11월 1일", "2024-11-01", "plain"),
        ("Kuala Lumpur, 1 November 2024", "2024-11-01", "plain"),
        ("平成30年4月1日", "2018-04-01", "plain"),
        ("令和元年5月1日", "2019-05-01", "plain"),
        ("2024/10/17(木) 11:00配信", "2024-10-17", "published"),
        ("17 Oktober 2024", "2024-10-17", "plain"),
        ("Diterbitkan: Kamis, 17 Oktober 2024 | 14:30 WIB", "2024-10-17", "published"),
        ("17.10.2024", "2024-10-17", "plain"),
        ("Veröffentlicht am 17. Oktober 2024, 11:00 Uhr", "2024-10-17", "published"),
        ("October 17, 2024", "2024-10-17", "plain"),
        ("Oct. 17, 2024 at 5:30 p.m. ET", "2024-10-17", "plain"),
        ("Updated: Thursday, October 17, 2024", "2024-10-17", "updated"),
        ("2024. 10. 17.", "2024-10-17", "plain"),
        ("입력 2024.10.17 11:00", "2024-10-17", "published"),
        ("17 октября 2024", "2024-10-17", "plain"),
        ("Опубликовано 17 октября 2024 г., 11:00", "2024-10-17", "published"),
        ("ngày 17/10/2024", "2024-10-17", "plain"),
        ("Thứ năm, 17/10/2024, 08:00 (GMT+7)", "2024-10-17", "plain"),
        ("17 tháng 10 năm 2024", "2024-10-17", "plain"),
        ("Cập nhật lúc 17/10/2024 08:00 GMT+7", "2024-10-17", "updated"),
        ("发布时间：2024-10-17 11:00", "2024-10-17", "published"),
        ("Publié le 17 octobre 2024 à 11h00", "2024-10-17", "published"),
        ("17 de octubre de 2024", "2024-10-17", "plain"),
        ("2024-10-17T11:00:00+09:00", "2024-10-17", "plain"),
        ("13/04/2024", "2024-04-13", "plain"),  # day > 12: not ambiguous
        ("Posted on October 17, 2024 by admin", "2024-10-17", "published"),
        ("2024-10-17 11:00 来源：新华网", "2024-10-17", "plain"),
        ("홍길동 기자 | 입력 2024.10.17 11:00", "2024-10-17", "published"),
        ("Thu 17 Oct 2024 10.00 BST", "2024-10-17", "plain"),
        ("By Jane Doe | October 17, 2024", "2024-10-17", "plain"),
        ("2024년 10월 17일 (목) 오후 3:00", "2024-10-17", "plain"),
    ],
)
def test_date_lines(line: str, value: str, kind: str) -> None:
    assert parse_date_line(line, undecided) == [(value, kind)]


@pytest.mark.parametrize(
    "line",
    [
        "Putin visited Pyongyang on June 19, 2024.",
        "Pada tanggal 17 Oktober 2024, presiden tiba di Moskow.",
        "the talks, 17 October 2024",
        "Kim Jong Un and Putin met in Vostochny, 13 September 2023",
        "会談は2024年10月17日に行われた。",
        "03/04/2024",  # day or month first? undecided without a language
        "11月31日",  # no year, and no 31 November
        "2024/11/31",  # impossible date
        "Copyrights(C)wowkorea.jp 5",
        "17.10.2024 | 12 comments and 5 shares",
        "October 17, 2024 by the two ministers who met and signed it all",
        "Signed on October 17, 2024 by the two ministers",
        "",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line, undecided) == []


@pytest.mark.parametrize(("order", "value"), [("dmy", "2024-04-03"), ("mdy", "2024-03-04")])
def test_ambiguous_numeric_dates_follow_the_language(order: str, value: str) -> None:
    assert parse_date_line("03/04/2024", lambda: order) == [(value, "plain")]


def test_two_labels_on_one_line() -> None:
    found = parse_date_line("입력 2024.10.17 11:00 수정 2024.10.18 09:00", undecided)
    assert found == [("2024-10-17", "published"), ("2024-10-18", "updated")]


BODY = "\n".join(f"Paragraph {i} says that talks went on for many hours." for i in range(30))


def test_date_line_at_the_bottom() -> None:
    text = "Headline of a story\n" + BODY + "\n2023/09/20 11:00 KST\nCopyright example.com"
    assert published_from_text(text) == "2023-09-20"


def test_date_in_the_middle_is_ignored() -> None:
    lines = BODY.split("\n")
    lines.insert(15, "17 October 2024")
    assert published_from_text("\n".join(lines)) is None


def test_published_label_wins_over_updated_and_plain() -> None:
    text = "Title\nUpdated: 18 October 2024\nPublished: 17 October 2024\n" + BODY
    assert published_from_text(text) == "2024-10-17"
    text = "Title\nUpdated: 18 October 2024\n" + BODY
    assert published_from_text(text) == "2024-10-18"


def test_event_dates_in_body_sentences_are_not_publication_dates() -> None:
    text = "Title\nThe summit took place on 13 September 2023 in Vostochny.\n" + BODY
    assert published_from_text(text) is None


def test_date_lines_report_line_offsets() -> None:
    text = "Title\n\n  Published: 17 October 2024\n" + BODY
    [line] = date_lines(text)
    assert text[line.start:line.end].strip() == "Published: 17 October 2024"


@pytest.mark.parametrize(
    ("line", "value", "kind"),
    [
        ("2024年10月17日 11時00分 配信", "2024-10-17", "published"),
        ("2024.10.17 11:00 입력", "2024-10-17", "published"),
    ],
)
def test_label_after_the_date(line: str, value: str, kind: str) -> None:
    assert parse_date_line(line, undecided) == [(value, kind)]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120))
def test_any_line_gives_valid_dates_or_nothing(line: str) -> None:
    for value, kind in parse_date_line(line, lambda: "dmy"):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
        assert kind in ("published", "plain", "updated")


@pytest.mark.parametrize(("text", "value"), [
    ("https://example.com/story\n\n date 2024-03-05 Heavy rain flooded the capital.", "2024-03-05"),
    ("2024-03-05 Heavy rain flooded the capital on Monday.", "2024-03-05"),
    ("Heavy rain flooded the capital.\n2024-03-05", None),  # not the opening
    ("2024-13-05 Heavy rain flooded the capital.", None),  # no such month
    ("2024-03-05", None),  # a date alone on its line is a date line, read elsewhere
])
def test_a_date_that_opens_the_body_dates_it(text: str, value: str | None) -> None:
    assert opening_date(text) == value

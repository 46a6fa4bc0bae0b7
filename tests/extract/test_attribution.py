"""Outlets from copyright lines, origins from "Source:"-style lines in many languages."""

from __future__ import annotations

import pytest

from newsweave.extract.attribution import copyright_outlet, find_origin, first_line_url

BODY = "\n".join(f"Paragraph {i}: the ministers met and talked for hours." for i in range(20))


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Copyrights(C)wowkorea.example 5", "wowkorea.example"),
        ("© 2024 Example News. All rights reserved.", "Example News"),
        ("Copyright © 2023 The Daily Planet", "The Daily Planet"),
        ("Copyright (c) 2022-2024 www.newsfarm.example", "newsfarm.example"),
        ("(c) 2024 Berita Contoh", "Berita Contoh"),
        ("Copyrights（C）farm.example　2", "farm.example"),
        ("<저작권자 ⓒ 예시뉴스, 무단 전재-재배포 금지>", "예시뉴스"),
        ("ⓒ 예시신문사 : 무단전재 및 재배포 금지", "예시신문사"),
        ("Hak Cipta © 2024 Contoh.example. Hak cipta dilindungi Undang-Undang", "contoh.example"),
        ("Copyright © 2000 - 2024 EXAMPLENEWS.example All Rights Reserved.",
         "examplenews.example"),
        ("版权所有 © 示例网", "示例网"),
        ("示例网版权所有", "示例网"),
        ("(C)例示新聞社", "例示新聞社"),
        ("© 2024 Пример Новости", "Пример Новости"),
        ("© Bản quyền thuộc về Báo Ví Dụ", "Báo Ví Dụ"),
        ("Example News © 2024", "Example News"),
        ("Copyright 2024 The Associated Press. All rights reserved. This material may not be "
         "published.", "The Associated Press"),
    ],
)
def test_copyright_outlet(line: str, outlet: str) -> None:
    assert copyright_outlet(BODY + "\n" + line) == outlet


@pytest.mark.parametrize("line", ["(c) the third item of the list", "© Photo: Reuters"])
def test_not_copyright_outlets(line: str) -> None:
    assert copyright_outlet(BODY + "\n" + line) is None


def test_copyright_in_the_middle_of_a_sentence_is_not_an_outlet() -> None:
    text = "Title\n" + BODY + "\nHe said the copyright of the photos was disputed. " * 3 + BODY
    assert copyright_outlet(text) is None


@pytest.mark.parametrize(
    ("line", "name", "url"),
    [
        ("出典: https://www.example.vn/tin-185241101154310964.htm", "example.vn",
         "https://www.example.vn/tin-185241101154310964.htm"),
        ("Source: https://news.example.com/a/1.html", "news.example.com",
         "https://news.example.com/a/1.html"),
        ("원문: https://www.example.kr/view/123", "example.kr", "https://www.example.kr/view/123"),
        ("Sumber: Antara", "Antara", None),
        ("Источник: ТАСС", "ТАСС", None),
        ("Nguồn: https://example.vn/bai-viet.html", "example.vn", "https://example.vn/bai-viet.html"),
        ("来源：新华社", "新华社", None),
        ("(Source: Reuters)", "Reuters", None),
        ("出典：\nhttps://example.vn/a-1.htm", "example.vn", "https://example.vn/a-1.htm"),
        ("Source\nhttps://example.com/x", "example.com", "https://example.com/x"),
    ],
)
def test_origin(line: str, name: str, url: str | None) -> None:
    origin = find_origin(BODY + "\n" + line)
    assert origin is not None
    assert (origin.name, origin.url) == (name, url)


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        BODY + "\nSource of the trouble was, he said, an old argument. Then they left.",
        BODY + "\nThe source said the talks would go on.",
    ],
)
def test_no_origin(text: str) -> None:
    assert find_origin(text) is None


def test_first_line_url() -> None:
    assert first_line_url("https://www.example.com/a/1\nTitle\n" + BODY) == (
        "https://www.example.com/a/1")
    assert first_line_url("Title\nhttps://www.example.com/a/1\n" + BODY) is None

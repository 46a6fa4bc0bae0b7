"""Dates and hosts embedded in URLs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.extract.urls import date_from_url, host

URL = "https://news.example.vn/chien-su-ukraine-ngay-982-tuyen-bo-"


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("https://example.com/2024/10/17/story.html", "2024-10-17"),
        ("https://example.com/news/20241017/story", "2024-10-17"),
        ("https://example.com/politics/talks-2024-10-17-moscow", "2024-10-17"),
        ("https://example.com/%e3%81%ae%e5%bf%9c%e6%88%a6-2024-1-15", "2024-01-15"),  # unpadded
        ("https://example.com/v/1.2024.1.15.3", None),  # a version number, no date
        ("https://example.com/news-2024-10-17.html", "2024-10-17"),
        (URL + "185241101154310964.htm", "2024-11-01"),  # yyMMddHHmmss inside a numeric id
        ("https://example.com/a/20241101154310.html", "2024-11-01"),  # yyyyMMddHHmmss
        ("https://example.ru/news/politika/17102024/623355", "2024-10-17"),  # ddMMyyyy
        ("https://example.fr/monde/titre_AD-202410170815.html", "2024-10-17"),  # yyyyMMddHHmm
        ("https://example.jp/news-title-2024-1-5", "2024-01-05"),
        ("https://example.com/a/01022024", "2024-02-01"),  # 0102-20-24 is no date
        ("https://example.com/article/123456", None),
        ("https://example.com/2024/10/story", None),  # no day
        ("https://example.com/2024/13/45/story", None),  # impossible
        ("https://example.com/a/999999999999999999", None),  # no timestamp
        ("https://example.com/2024/10/17/x-20230101", None),  # two dates disagree
        ("https://example.com/id/241101154310241102154310", None),  # several readings
        ("not a url", None),
    ],
)
def test_date_from_url(url: str, value: str | None) -> None:
    assert date_from_url(url) == value


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.Example.com:8080/x", "example.com"),
        ("http://news.example.co.kr/a", "news.example.co.kr"),
        ("no host", None),
    ],
)
def test_host(url: str, expected: str | None) -> None:
    assert host(url) == expected


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789/-_.abc", max_size=60))
def test_any_path_gives_a_valid_date_or_none(path: str) -> None:
    value = date_from_url("https://example.com/" + path)
    assert value is None or 1995 <= int(value[:4]) <= 2099

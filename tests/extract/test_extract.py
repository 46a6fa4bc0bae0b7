"""extract(): text and metadata from raw documents, and one-line refusals of unusable input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.extract import extract
from newsweave.model import InputError, RawDocument
from newsweave.options import Options

OPTIONS = Options()
PARAGRAPHS = [
    "The foreign ministers of both countries met in the capital on Tuesday for talks on trade.",
    "Officials said the meeting lasted more than three hours and ended with a joint statement.",
    "Analysts expect further meetings in the coming months as relations continue to improve.",
    "The opposition criticised the agreement, saying it had been negotiated in secret.",
]


def article_html(extra_head: str = "", extra_body: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<!DOCTYPE html><html><head><title>Ministers meet for trade talks</title>"
        f"{extra_head}</head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>Ministers meet for trade talks</h1>{body}{extra_body}</article>"
        "<footer>Contact us</footer></body></html>"
    )


def test_plain_text_is_kept_exactly() -> None:
    text = "  Headline\n\nREAD  unrelated link\nBody sentence one.\n  \nCopyright example\n"
    got = extract(RawDocument("a.txt", text.encode("utf-8")), OPTIONS)
    assert got.text == text
    assert got.encoding == "utf_8"
    assert got.media_type == "text/plain"


def test_plain_text_starting_with_an_angle_tag_is_not_html() -> None:
    text = "<W解説>北朝鮮の代表団がモスクワに到着した\n本文です。"
    got = extract(RawDocument("a.txt", text.encode("utf-8")), OPTIONS)
    assert got.text == text


def test_html_main_text_title_and_meta_date() -> None:
    html = article_html(
        '<meta property="article:published_time" content="2024-10-17T09:00:00+09:00">'
        '<meta property="og:site_name" content="Example Daily">'
    )
    got = extract(RawDocument("page.html", html.encode("utf-8")), OPTIONS)
    assert PARAGRAPHS[0] in got.text and PARAGRAPHS[3] in got.text
    assert "Contact us" not in got.text
    assert got.title == "Ministers meet for trade talks"
    assert (got.published, got.published_source) == ("2024-10-17", "html")
    assert got.outlet == "Example Daily"
    assert got.media_type == "text/html"


def test_scripts_and_styles_are_dropped_never_run() -> None:
    html = article_html(
        "<style>body { color: red } .secret-style {}</style>",
        "<script>document.write('SCRIPT-TEXT'); window.location='x'</script>",
    )
    got = extract(RawDocument("page.html", html), OPTIONS)
    assert "SCRIPT-TEXT" not in got.text and "secret-style" not in got.text
    assert PARAGRAPHS[1] in got.text


def test_outlet_from_the_documents_url() -> None:
    got = extract(RawDocument("https://www.example-news.com/2024/10/17/talks", article_html()),
                  OPTIONS)
    assert got.outlet == "example-news.com"
    assert (got.published, got.published_source) == ("2024-10-17", "url")


def test_hints_win() -> None:
    raw = RawDocument("https://www.example-news.com/2024/10/17/talks", article_html(),
                      published="2024-10-16", outlet="Example", title="Given title")
    got = extract(raw, OPTIONS)
    assert (got.published, got.published_source) == ("2024-10-16", "hint")
    assert (got.outlet, got.title) == ("Example", "Given title")


def test_republished_text_dates_from_its_origin_url() -> None:
    text = (
        "北朝鮮は勝利の日まで常に待機すると約束した。\n"
        "外相会談は一日に行われた。\n"
        "出典: https://news.example.vn/chien-su-ngay-982-185241101154310964.htm\n"
    )
    got = extract(RawDocument("farm.txt", text.encode("utf-8")), OPTIONS)
    assert (got.published, got.published_source) == ("2024-11-01", "url")
    assert got.origin == "news.example.vn"
    assert got.origin_url.endswith("185241101154310964.htm")
    assert got.outlet is None


def test_first_line_url_gives_outlet_and_date() -> None:
    text = "https://www.example.kr/news/2024/10/17/abc\n북한 대표단이 모스크바에 도착했다.\n"
    got = extract(RawDocument("x.txt", text.encode("utf-8")), OPTIONS)
    assert (got.outlet, got.published, got.published_source) == (
        "example.kr", "2024-10-17", "url")


def test_date_line_and_copyright_outlet_from_text() -> None:
    text = ("見出し\nPemimpin itu tiba di Moskow.\n2023/09/20 11:00 KST\n"
            "Copyrights(C)farm.example 5\n")
    got = extract(RawDocument("x.txt", text.encode("utf-8")), OPTIONS)
    assert (got.published, got.published_source) == ("2023-09-20", "text")
    assert got.outlet == "farm.example"


def test_no_date_is_none() -> None:
    text = "Headline\nThe summit took place on 13 September 2023.\nMore text here.\n"
    got = extract(RawDocument("x.txt", text.encode("utf-8")), OPTIONS)
    assert got.published is None and got.published_source is None


def test_ambiguous_numeric_date_decided_by_language() -> None:
    text = ("Judul berita\n03/04/2024\nPresiden Indonesia bertemu dengan menteri luar negeri "
            "Rusia di Jakarta untuk membahas kerja sama ekonomi dan pertahanan kedua negara.\n")
    got = extract(RawDocument("x.txt", text.encode("utf-8")), OPTIONS)
    assert got.published == "2024-04-03"
    body = "The president met the foreign minister to discuss trade and defence."
    english = text.replace("Judul berita", "Headline").replace(text.splitlines()[2], body)
    assert extract(RawDocument("y.txt", english.encode("utf-8")), OPTIONS).published is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"%PDF-1.4\n1 0 obj << >> endobj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "gzip"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
        (b"ELF-like\x00\x00\x00binary", "NUL"),
        (bytes(range(128, 256)) * 20, "no known encoding"),
    ],
)
def test_bad_inputs_are_refused_with_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as info:
        extract(RawDocument("bad.bin", data), OPTIONS)
    assert "\n" not in info.value.reason


def test_text_with_nul_characters_is_refused() -> None:
    with pytest.raises(InputError, match="NUL"):
        extract(RawDocument("a.jsonl:1", "abc\x00\x01def"), OPTIONS)


def test_too_large_bytes_are_refused() -> None:
    small = Options(max_input_bytes=1000)
    with pytest.raises(InputError, match="larger than 1000 bytes"):
        extract(RawDocument("big.txt", b"word " * 300), small)


def test_deeply_nested_html_is_refused() -> None:
    html = "<html><body>" + "<div>" * 10_000 + "deep text" + "</div>" * 10_000 + "</body></html>"
    with pytest.raises(InputError, match="nested"):
        extract(RawDocument("deep.html", html), OPTIONS)


def test_html_with_100000_links_is_refused_cheaply() -> None:
    links = "".join(f'<a href="/p{i}">link {i}</a>' for i in range(100_000))
    html = f"<html><body><p>{PARAGRAPHS[0]}</p>{links}</body></html>"
    with pytest.raises(InputError, match="more than 50000 tags"):
        extract(RawDocument("links.html", html), OPTIONS)


def test_html_without_text_is_refused() -> None:
    html = "<html><head><script>var x = 1;</script></head><body><div></div></body></html>"
    with pytest.raises(InputError, match="no article text"):
        extract(RawDocument("empty.html", html), OPTIONS)


@pytest.mark.seeds
def test_seed_metadata(seeds_dir: Path) -> None:
    gold = json.loads((seeds_dir.parent.parent / "gold" / "seeds.json").read_text("utf-8"))
    for doc in gold["documents"]:
        path = seeds_dir / doc["file"]
        got = extract(RawDocument(str(path), path.read_bytes()), OPTIONS)
        assert got.text == path.read_text("utf-8")
        assert got.published == doc["published"], doc["file"]
        assert got.outlet == doc["outlet"], doc["file"]
        if doc.get("origin_url"):
            assert got.origin_url == doc["origin_url"]


def test_meta_charset_of_html_bytes() -> None:
    html = ('<html><head><meta charset="shift_jis"><title>会談</title></head><body><article>'
            "<p>北朝鮮の代表団は十七日、モスクワに到着し、外相会談に臨んだと報じられた。</p>"
            "<p>会談は三時間に及び、両国は協力の強化で一致したという。</p></article></body></html>")
    got = extract(RawDocument("page.html", html.encode("shift_jis")), OPTIONS)
    assert "モスクワに到着" in got.text
    assert got.encoding in ("shift_jis", "cp932")


def test_plain_text_title_is_its_headline() -> None:
    text = "Close\n\nMinisters meet for trade talks in the capital\nBody text follows here.\n"
    got = extract(RawDocument("t.txt", text.encode("utf-8")), OPTIONS)
    assert got.title == "Ministers meet for trade talks in the capital"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Ministers met.</p>", "Ministers met."),
        ("<p>北朝鮮の代表団が到着した。</p><p>会談は三時間続いた。</p><script>x=1</script>",
         "北朝鮮の代表団が到着した。\n会談は三時間続いた。"),
    ],
)
def test_small_fragments_keep_their_visible_text(html: str, text: str) -> None:
    got = extract(RawDocument("https://example.com/a", html, media_type="text/html"), OPTIONS)
    assert got.text == text


PIECES = ["<div>", "</div>", "<p>", "</p>", "<script>", "</script>", "<a href='x'>", "</a>",
          "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#0;", "<html>", "<body>", "<title>",
          "</title>", "\x00", "日本語", "Ministers met.", "2024年10月17日", "Copyright ©",
          "出典: https://x.example/185241101154310964", "\n", "<?xml version='1.0'?>", "<rss>",
          "<!DOCTYPE html>", "<", ">", "<link rel='canonical' href='http://[::1'>",
          "<meta property='article:published_time' content='2024-99-99'>"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.booleans())
def test_markup_soup_gives_text_or_a_reason(pieces: list[str], as_bytes: bool) -> None:
    soup = "".join(pieces)
    raw = RawDocument("https://example.com/a", soup.encode() if as_bytes else soup,
                      media_type=None if as_bytes else "text/html")
    try:
        got = extract(raw, OPTIONS)
    except InputError as e:
        assert e.reason and "\n" not in e.reason
    else:
        assert got.text.strip()
        assert got.published is None or len(got.published) == 10

"""Bytes → text in every common encoding, and clear refusals for bytes that are not text."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.extract.decode import DecodeError, decode

# Short made-up news sentences, each in a language its encoding is made for.
CASES = [
    ("utf_8", "Президент встретился с лидером КНДР. 北朝鮮の代表団が到着した。", {"utf_8"}),
    ("shift_jis", "北朝鮮の金正恩総書記は十七日、ロシア極東を訪問したと朝鮮中央通信が伝えた。"
                  "首脳会談は五時間に及んだという。", {"shift_jis", "cp932", "shift_jis_2004"}),
    ("euc_jp", "北朝鮮の金正恩総書記は十七日、ロシア極東を訪問したと朝鮮中央通信が伝えた。"
               "首脳会談は五時間に及んだという。", {"euc_jp", "euc_jis_2004", "euc_jisx0213"}),
    ("euc_kr", "북한 김정은 위원장은 17일 러시아 극동을 방문했다고 조선중앙통신이 보도했다. "
               "정상회담은 다섯 시간 동안 이어졌다.", {"euc_kr", "cp949"}),
    ("gb18030", "朝鲜最高领导人金正恩十七日访问俄罗斯远东地区，"
                "并与普京总统举行了长达五小时的会谈。",
     {"gb18030", "gbk", "gb2312"}),
    ("cp1251", "Президент России Владимир Путин встретился с лидером КНДР во Владивостоке, "
               "сообщило агентство.", {"cp1251"}),
    ("cp1252", "Le président français a déclaré que la coopération militaire était très "
               "préoccupante, selon l'agence.", {"cp1252"}),
]


@pytest.mark.parametrize(("encoding", "text", "accepted"), CASES)
def test_decodes_each_encoding(encoding: str, text: str, accepted: set[str]) -> None:
    decoded, found = decode(text.encode(encoding))
    assert decoded == text
    assert found in accepted


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_byte_order_marks(codec: str) -> None:
    text = "Kim Jong Un tiba di Vladivostok pada hari Selasa. 김정은 도착."
    data = text.encode(codec)
    if codec == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    decoded, found = decode(data)
    assert decoded == text
    assert found.startswith("utf_")


def test_utf16_without_bom() -> None:
    text = "The minister arrived in Moscow on Tuesday for talks."
    assert decode(text.encode("utf-16-le"))[0] == text


def test_latin1_label_reads_as_windows_1252() -> None:
    text = "Le ministre a dit \u201cnon\u201d \u2014 sans d\u00e9tour."
    decoded, found = decode(text.encode("cp1252"), "text/html; charset=ISO-8859-1")
    assert (decoded, found) == (text, "cp1252")


def test_declared_charset_is_used_when_it_decodes() -> None:
    text = "Министр прибыл в Москву."
    decoded, found = decode(text.encode("koi8_r"), "text/html; charset=KOI8-R")
    assert decoded == text
    assert found == "koi8-r"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"some text\x00\x01\x02\x03 with NULs \x00 inside", "NUL"),
        (bytes(range(128, 256)) * 10, "no known encoding"),
        ("北朝鮮の代表団が到着した。".encode() * 6 + b"\xff" + "会談".encode(), "invalid UTF-8"),
    ],
)
def test_refuses_non_text(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode(data)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=200).filter(lambda s: "\x00" not in s))
def test_utf8_round_trips_or_refuses_cleanly(text: str) -> None:
    try:
        decoded, found = decode(text.encode("utf-8"))
    except DecodeError as e:
        assert "\n" not in str(e)  # one-line reason
        return
    assert decoded == text.lstrip("\ufeff") or decoded == text
    assert found.startswith("utf_")


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=1, max_size=300))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    try:
        text, _ = decode(data)
    except DecodeError as e:
        assert "\n" not in str(e)
    else:
        assert isinstance(text, str)

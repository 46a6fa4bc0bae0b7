"""Bytes → text: refuse binaries and undecodable bytes, detect the encoding otherwise.

Strict UTF-8 is tried first (it is never wrong when it decodes); then byte-order marks; then
charset-normalizer, with ties between equally plausible code pages broken by how common they are.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import cache

from charset_normalizer import from_bytes

from newsweave.extract._data import load

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf_32_le"),
    (codecs.BOM_UTF32_BE, "utf_32_be"),
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16_le"),
    (codecs.BOM_UTF16_BE, "utf_16_be"),
)
_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
# characters a text never holds: C0/C1 controls other than tab, newlines and form feed
_BAD_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


REPLACEMENT = "\ufffd"  # stands for bytes that could not be decoded
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CHAR_REF = re.compile(r"&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,10});?")


class DecodeError(ValueError):
    """Bytes that are not text; the message is one line a user can act on."""


@cache
def _magic() -> tuple[tuple[bytes, str], ...]:
    table = load("encodings")["magic"]
    return tuple((prefix.encode("latin-1"), name) for prefix, name in table.items())


@cache
def _preference() -> dict[str, int]:
    return {name: i for i, name in enumerate(load("encodings")["prefer"])}


def sniff_binary(head: bytes) -> str | None:
    """The name of a binary format `head` starts with, or None."""
    for prefix, name in _magic():
        if head.startswith(prefix):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark shows as NULs in every other byte of ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.4 and even < 0.05:
        return "utf_16_le"
    if even > 0.4 and odd < 0.05:
        return "utf_16_be"
    return None


def _declared(declared: str | None) -> str | None:
    if not declared:
        return None
    m = _CHARSET_PARAM.search(declared)
    name = m.group(1) if m else declared
    try:
        found = codecs.lookup(name).name
    except LookupError:
        return None
    # as browsers do (WHATWG): pages labelled Latin-1 or ASCII are windows-1252
    return "cp1252" if found in ("iso8859-1", "latin-1", "ascii") else found


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode `data`; returns (text, encoding name). Raises DecodeError for non-text bytes.

    `declared` is a charset the source declared (an HTTP Content-Type or a meta tag); it is used
    only when it decodes the bytes strictly.
    """
    if not data:
        raise DecodeError("empty input")
    kind = sniff_binary(data[:16])
    if kind:
        raise DecodeError(f"binary file ({kind}), not text")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(name).lstrip("\ufeff"), name)
            except UnicodeDecodeError as e:
                raise DecodeError(f"invalid {name} bytes at offset {e.start}") from e
    if b"\x00" in data:
        name = _utf16_without_bom(data)
        if name is None:
            raise DecodeError("binary data (NUL bytes), not text")
        try:
            return _checked(data.decode(name), name)
        except UnicodeDecodeError as e:
            raise DecodeError("binary data (NUL bytes), not text") from e
    try:
        return _checked(data.decode("utf_8"), "utf_8")
    except UnicodeDecodeError as e:
        cut = _cut_utf8(data, e)
        if cut is not None:
            return _checked(cut, "utf_8")
        if _mostly_utf8(data):
            raise DecodeError(
                f"invalid UTF-8 byte sequence at offset {e.start} in otherwise UTF-8 text"
            ) from e
    name = _declared(declared)
    if name and name not in ("utf-8", "utf_8"):
        try:
            return _checked(data.decode(name), name)
        except (UnicodeDecodeError, DecodeError):
            pass
    return _checked(*_detect(data))


def _cut_utf8(data: bytes, e: UnicodeDecodeError) -> str | None:
    """UTF-8 text whose last character was cut in the middle (a download or a copy stopped
    short): the text, with U+FFFD where the cut character was (forensics reports it). None when
    the bytes are not that."""
    if e.reason != "unexpected end of data" or e.end != len(data) or len(data) - e.start > 3:
        return None
    head = data[: e.start].decode("utf_8", errors="strict")  # valid: the error is the first
    if head.isascii():
        return None  # one high byte after ASCII: as likely a legacy code page
    return head + REPLACEMENT


def markup_safe(text: str) -> str:
    """HTML with the characters XML cannot hold (C0 controls but tab and line ends, lone
    surrogates, U+FFFE/U+FFFF), written or as character references (&#1;), replaced by spaces,
    for parsers built on libxml2."""
    return _CHAR_REF.sub(_safe_reference, _XML_ILLEGAL.sub(" ", text))


def _safe_reference(m: re.Match[str]) -> str:
    digits = m.group(1)
    try:
        code = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
    except ValueError:
        return " "
    if code > 0x10FFFF or _XML_ILLEGAL.match(chr(code)):
        return " "
    return m.group()


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 with a few broken bytes: damaged UTF-8, not some legacy code page."""
    sample = data[:200_000]
    text = sample.decode("utf_8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - broken
    return multibyte >= 20 and broken * 50 <= multibyte


def _detect(data: bytes) -> tuple[str, str]:
    results = list(from_bytes(data[:200_000]))
    if not results:
        raise DecodeError("invalid byte sequences that no known encoding explains")
    best = min(results, key=lambda r: (r.chaos, -r.coherence))
    rank = _preference()
    tied = [
        r for r in results
        if r.chaos <= best.chaos + 0.005 and r.coherence >= best.coherence - 0.005
    ]
    chosen = min(tied, key=lambda r: (rank.get(r.encoding, len(rank)), r.chaos, -r.coherence))
    try:
        return data.decode(chosen.encoding), chosen.encoding
    except UnicodeDecodeError as e:  # detection ran on a prefix; the rest disagrees
        raise DecodeError("invalid byte sequences that no known encoding explains") from e


def _checked(text: str, encoding: str) -> tuple[str, str]:
    """Refuse a decoding that is full of control characters: those bytes were not text."""
    sample = text[:100_000]
    bad = len(_BAD_CONTROLS.findall(sample))
    if bad > max(2, len(sample) // 200):
        raise DecodeError(f"not text: {bad} control characters after decoding as {encoding}")
    if encoding.startswith("utf"):
        return text, encoding
    # a legacy code page can map bytes to unassigned or private-use code points: not text
    head = sample[:5_000]
    unassigned = sum(
        1 for ch in head if ord(ch) > 0x7F and unicodedata.category(ch) in ("Cn", "Co")
    )
    if unassigned > max(2, len(head) // 200):
        raise DecodeError(
            f"invalid byte sequences (decoding as {encoding} gives unassigned characters)"
        )
    return text, encoding

"""Unicode normalisation that keeps a map back to the original text.

NFKC (full-width ASCII → ASCII, half-width katakana → full-width), zero-width and control
characters dropped, every line ending turned into "\\n", the decimal digits of every script
read as ASCII digits (Arabic-Indic ٣, Persian ۳, Devanagari ३ -> 3) and the Arabic thousands
and decimal separators as "," and "." (dates and numbers then read alike in any script). Each
output character records the original index it came from, and, when it was composed from
several source characters (a base and its combining marks, a half-width kana and its voiced
mark), where they end: any cleaned span maps back to exactly the source characters that
produced it.
"""

from __future__ import annotations

import re
import unicodedata
from array import array

from newsweave.model import OffsetMap

# Dropped outright. ZWJ/ZWNJ (U+200C/U+200D) are kept: they change spelling in Persian and
# Indic scripts and join emoji, so removing them would alter words.
_DROP = frozenset(
    "\u200b\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u180e"
)
# Line and paragraph separators that become a plain newline.
_NEWLINES = frozenset("\n\u000b\u000c\u0085\u2028\u2029")
# Rewritten before NFKC, which would turn the circled letter into a plain "c": Korean and
# Japanese sites write the copyright sign as ⓒ.
_PREMAP = {"ⓒ": "©", "Ⓒ": "©"}
# The Arabic thousands separator and decimal mark (٬ ٫) written between Arabic-Indic digits.
_SEPARATORS = {"\u066c": ",", "\u066b": "."}
# Characters that attach to the previous one under NFKC even though they are not "combining":
# half-width voiced sound marks (ｶﾞ → ガ).
_ATTACH = frozenset("\uff9e\uff9f")
# A line needs the slow path if it has anything NFKC would change or we would drop.
_SPECIAL = re.compile(
    "[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u180e\u200b\u200e\u200f\u2028\u2029"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u066b\u066c]|(?![0-9])\\d"
)


def _clusters(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] into base character + following combining marks."""
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        j = i + 1
        while j < end and (unicodedata.combining(text[j]) or text[j] in _ATTACH):
            j += 1
        out.append((i, j))
        i = j
    return out


def normalize(text: str) -> tuple[str, array]:
    """Return (normalised text, orig) where orig[i] is the source index of output char i.

    The map has one extra final entry, len(text), for the end of the text.
    """
    out, offsets = normalize_map(text)
    return out, offsets.orig


def normalize_map(text: str) -> tuple[str, OffsetMap]:
    """The normalised text and its full map (with the ends of composed characters)."""
    parts: list[str] = []
    orig = array("l")
    ends: dict[int, int] = {}
    pos = 0
    n = len(text)
    for line in text.splitlines(keepends=True):
        body_end = pos + len(line.rstrip("\r\n\u000b\u000c\u0085\u2028\u2029\u001c\u001d\u001e"))
        body = text[pos:body_end]
        if not _SPECIAL.search(body) and unicodedata.is_normalized("NFKC", body):
            parts.append(body)
            orig.extend(range(pos, body_end))
        else:
            _slow(text, pos, body_end, parts, orig, ends)
        if body_end < pos + len(line):
            # any line ending ("\r\n", "\r", "\u2028", ...) becomes one "\n", mapped to the
            # original "\n" when there is one so that unchanged characters map to themselves
            ending = line[body_end - pos :]
            k = ending.find("\n")
            parts.append("\n")
            orig.append(body_end + (k if k >= 0 else 0))
        pos += len(line)
    orig.append(n)
    return "".join(parts), OffsetMap(orig, ends)


def _slow(text: str, start: int, end: int, parts: list[str], orig: array,
          ends: dict[int, int]) -> None:
    for a, b in _clusters(text, start, end):
        head = text[a]
        special = _special(head)
        if special is not None:
            if special:
                parts.append(special)
                orig.append(a)
            # marks that followed a dropped or rewritten character stand alone
            for k in range(a + 1, b):
                _emit(text[k], k, parts, orig)
            continue
        chunk = "".join(c for c in text[a:b] if c not in _DROP)
        norm = unicodedata.normalize("NFKC", chunk)
        if not norm:
            continue
        parts.append(norm)
        if len(norm) == b - a:
            orig.extend(range(a, b))  # one-to-one: each char keeps its own source index
        else:
            orig.extend([a] * len(norm))  # composed or expanded: all point at the cluster start
            if b - a > 1:
                ends[len(orig) - 1] = b  # ... and the last ends where the cluster ends


def _special(c: str) -> str | None:
    """What replaces a character NFKC must not see: "" to drop it, None for a normal one."""
    if c in _DROP:
        return ""
    if c == "\t":
        return " "
    if c in _NEWLINES:
        return "\n"
    if c in _PREMAP:
        return _PREMAP[c]
    if c in _SEPARATORS:
        return _SEPARATORS[c]
    if c.isdecimal() and not c.isascii():
        return str(unicodedata.decimal(c))
    if unicodedata.category(c) == "Cc":
        # the information separators (U+001C–U+001F) separate words as a space does
        return " " if c.isspace() else ""
    return None


def _emit(c: str, index: int, parts: list[str], orig: array) -> None:
    special = _special(c)
    norm = special if special is not None else unicodedata.normalize("NFKC", c)
    if norm:
        parts.append(norm)
        orig.extend([index] * len(norm))

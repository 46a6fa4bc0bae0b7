"""The "not prose" gate: long stretches that are no natural language skip the costly stages.

Entity linking and claims read every word of a sentence as a possible name, trigger or role,
which is what a newsroom wants of prose and a waste of minutes on a 200,000-character line of
base64. `judge(document)` names the sentences that are not prose, each with the reason:

- encoded: most of the sentence is long tokens of the base64 alphabet, rich in capitals,
  digits and `+/=` and mixing two of capitals, small letters and digits (base64, hex), which
  no language writes as a word (a URL has dots and a colon, a slug in capitals no digits);
- code: code punctuation (`{ } ; = < > | & \\ $`) makes up a large share of it (brackets
  do not count: garbled translations and references are full of them);
- mixed_script: most of its words mix alphabets inside one word (Latin with Cyrillic, kana
  with Cyrillic …), as random or corrupt text does; Latin letters inside CJK text are normal
  and do not count, nor does an odd homoglyph in a garbled name;
- repeated: a long sentence (an unpunctuated run cut by `segment/split.py`) that repeats, for
  almost all of its length, text that came earlier in the same document, or a sentence met
  word for word more than `REPEAT_COPIES` times (filler, a paragraph pasted over and over):
  what it says has been read already.

Only sentences of at least `MIN_CHARS` characters are judged (the repeat test: at least
`REPEAT_MIN_CHARS`, which no real sentence reaches: the segmenter cuts at 1,000 and the
longest sentence of the dev, seed and example texts has 439), so ordinary news, whatever its
script, garbling or acronyms, passes untouched. The pipeline analyses the rest of the document
as usual, keeps the skipped sentences in the document (spans, storage, forensics see them) and
reports each run of skipped sentences as a `not_prose` finding saying what was skipped and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from newsweave.lang.scripts import script_of, unspaced_names
from newsweave.model import Document, Sentence

MIN_CHARS = 200  # shorter sentences are cheap, and too short to judge
ENCODED_SHARE = 0.5  # share of a sentence's characters inside encoded-looking tokens
ENCODED_TOKEN_CHARS = 24  # a token at least this long may be an encoded blob
ENCODED_NOT_LOWER = 0.3  # … when capitals, digits and + / = are this share of it
CODE_SHARE = 0.08  # code punctuation per non-space character
CODE_MIN_SYMBOLS = 20
MIXED_SHARE = 0.4  # share of words of 3+ letters that mix alphabets
MIXED_MIN_WORDS = 10
REPEAT_MIN_CHARS = 500  # the repeat test looks only at sentences this long
REPEAT_SHARE = 0.9  # share of such a sentence's characters already read earlier
REPEAT_WINDOW = 16  # characters of a repeated stretch, the unit of comparison
REPEAT_COPIES = 3  # a sentence met word for word more often than this is read this often
COPY_MIN_CHARS = 40  # … when it is at least this long (not a dateline or a credit)

_LONG_TOKEN = re.compile(rf"\S{{{ENCODED_TOKEN_CHARS},}}")
_BLOB = re.compile(r"[A-Za-z0-9+/=_-]+")
_NOT_LOWER = re.compile(r"[A-Z0-9+/=]")
_CODE = re.compile(r"[{};=<>|&\\$]")


@dataclass(frozen=True, slots=True)
class Skipped:
    sentence: int  # Sentence.index
    reason: str  # encoded | code | mixed_script | repeated


REASONS = {
    "encoded": "encoded data (base64 or hex-like tokens, no words of any language)",
    "code": "program code or markup (dense code punctuation)",
    "mixed_script": "random or corrupt text (most words mix alphabets)",
    "repeated": "text repeated from earlier in the document",
}


def _encoded(text: str) -> bool:
    blob = 0
    for m in _LONG_TOKEN.finditer(text):
        token = m.group()
        # a whole token of the base64 alphabet (a URL has its dots and colon, a long word
        # has few capitals or digits, a slug in capitals no small letters and no digits):
        # encoded when capitals, digits and + / = are common and it mixes two of the three
        if _BLOB.fullmatch(token) and len(
                _NOT_LOWER.findall(token)) >= ENCODED_NOT_LOWER * len(token) and sum(
                    (token.upper() != token, token.lower() != token,
                     any(c.isdigit() or c in "+/=" for c in token))) >= 2:
            blob += len(token)
    return blob >= ENCODED_SHARE * len(text)


def _code(text: str) -> bool:
    symbols = len(_CODE.findall(text))
    dense = len(text) - text.count(" ")
    return symbols >= CODE_MIN_SYMBOLS and symbols >= CODE_SHARE * max(dense, 1)


class _Alphabets(dict):
    """str.translate table: each letter to one character standing for its script (U for the
    unspaced ones: han, kana, hangul; L for Latin; a private-use character for each other),
    anything else to a space. Filled as characters are met."""

    def __init__(self) -> None:
        super().__init__()
        self.names: dict[str, str] = {"latin": "L"}

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if not ch.isalpha():
            out = " "
        else:
            name = script_of(ch)
            out = "U" if name in unspaced_names() else self.names.setdefault(
                name, chr(0xE000 + len(self.names)))
        self[code] = out
        return out


_ALPHABETS = _Alphabets()


def _mixes_alphabets(word: str) -> bool:
    """Whether a word, written one character per letter naming its script, mixes alphabets."""
    alphabets = set(word)
    unspaced = "U" in alphabets
    alphabets.discard("U")
    if len(alphabets) >= 2:
        return True  # Latin with Cyrillic, Greek with Latin …
    # CJK with Latin letters (an acronym) is normal; with another alphabet it is not
    return unspaced and bool(alphabets) and alphabets != {"L"}


def _mixed_script(text: str) -> bool:
    if text.isascii():
        return False  # one alphabet
    words = [w for w in text.translate(_ALPHABETS).split() if len(w) >= 3]
    if len(words) < MIXED_MIN_WORDS:
        return False
    mixed = sum(1 for w in words if _mixes_alphabets(w))
    return mixed >= MIXED_MIN_WORDS and mixed >= MIXED_SHARE * len(words)


def _sampled(ch: str) -> bool:
    # windows start at characters chosen by their code point alone, so the same text samples
    # the same windows wherever it occurs (and the choice is the same in every process)
    return ord(ch) % 4 == 0


def _repeated(text: str, long_ones: list[Sentence]) -> set[int]:
    """Indexes of the long sentences whose characters are, for REPEAT_SHARE of their length,
    inside a window of text that occurred at an earlier position of the document."""
    if not long_ones:
        return set()
    k = REPEAT_WINDOW
    seen: set[str] = set()
    covered = bytearray(len(text))
    end_of_last = long_ones[-1].clean_end
    for i in range(max(0, end_of_last - k + 1)):
        if not _sampled(text[i]):
            continue
        window = text[i:i + k]
        if window in seen:
            covered[i:i + k] = b"\x01" * k
        else:
            seen.add(window)
    return {s.index for s in long_ones
            if covered.count(1, s.clean_start, s.clean_end)
            >= REPEAT_SHARE * (s.clean_end - s.clean_start)}


@lru_cache(maxsize=4096)  # the segmenter asks, then judge() asks of the same sentences
def no_language(text: str) -> str | None:
    """Why a sentence's text is in no language (encoded, code, mixed_script), or None. The
    segmenter asks too, and gives such a sentence no language of its own."""
    if len(text) < MIN_CHARS:
        return None
    if _encoded(text):
        return "encoded"
    if _code(text):
        return "code"
    if _mixed_script(text):
        return "mixed_script"
    return None


def judge(document: Document) -> list[Skipped]:
    """The sentences of `document` that are not prose, in order, with the reason."""
    out: dict[int, str] = {}
    long_ones = []
    copies: dict[str, int] = {}
    for s in document.sentences:
        reason = no_language(s.text)
        if reason:
            out[s.index] = reason
        elif len(s.text) >= REPEAT_MIN_CHARS:
            long_ones.append(s)
        elif len(s.text) >= COPY_MIN_CHARS:
            seen = copies[s.text] = copies.get(s.text, 0) + 1
            if seen > REPEAT_COPIES:
                out[s.index] = "repeated"  # the same sentence over and over: filler
    for index in _repeated(document.clean_text, long_ones):
        out[index] = "repeated"
    return [Skipped(i, out[i]) for i in sorted(out)]


def runs(document: Document, skipped: list[Skipped]) -> list[tuple[str, Sentence, Sentence]]:
    """Consecutive skipped sentences of one reason, as (reason, first, last)."""
    by_index = {s.index: s for s in document.sentences}
    out: list[tuple[str, Sentence, Sentence]] = []
    prev: Skipped | None = None
    for sk in skipped:
        s = by_index[sk.sentence]
        if out and prev is not None and prev.reason == sk.reason \
                and prev.sentence + 1 == sk.sentence:
            out[-1] = (sk.reason, out[-1][1], s)
        else:
            out.append((sk.reason, s, s))
        prev = sk
    return out


def without(document: Document, skipped: list[Skipped]) -> Document:
    """The document as the analysers see it: the same, minus the skipped sentences."""
    if not skipped:
        return document
    gone = {sk.sentence for sk in skipped}
    return replace(document, sentences=tuple(s for s in document.sentences
                                             if s.index not in gone))

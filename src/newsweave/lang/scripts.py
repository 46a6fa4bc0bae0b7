"""Which writing system a character belongs to: the one `script_of`, read from one table
(`lang/_base/scripts.yaml`, ISO 15924 codes with Unicode ranges).

`script_of(ch)` names the script ("latin", "cyrillic", "hangul", "kana", "han", "arabic", ...),
"digit" for any digit and "other" for the rest (spaces, punctuation, symbols). Packs declare their
scripts by ISO code (`scripts: [Hani, Hira, Kana]`); `script_name("Hira")` gives the name
`script_of` uses for it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from newsweave.cache import load_yaml

TABLE = Path(__file__).parent / "_base" / "scripts.yaml"


@dataclass(frozen=True, slots=True)
class Script:
    code: str  # ISO 15924
    name: str  # what script_of returns
    ranges: tuple[tuple[int, int], ...]
    unspaced: bool = False
    marks: bool = False  # its words carry combining marks (vowel signs, harakat)


@cache
def scripts() -> dict[str, Script]:
    """Every script of the table by ISO code."""
    raw = load_yaml(TABLE) or {}
    out: dict[str, Script] = {}
    for code, spec in raw.items():
        ranges = tuple((int(a), int(b)) for a, b in spec["ranges"])
        out[str(code)] = Script(str(code), str(spec["name"]), ranges, bool(spec.get("unspaced")),
                             bool(spec.get("marks")))
    return out


@cache
def _intervals() -> tuple[list[int], list[tuple[int, str]]]:
    spans = sorted((a, b, s.name) for s in scripts().values() for a, b in s.ranges)
    return [a for a, _, _ in spans], [(b, name) for _, b, name in spans]


def script_name(code: str) -> str | None:
    """The name `script_of` gives the letters of an ISO 15924 script ("Hira" -> "kana")."""
    s = scripts().get(code)
    return s.name if s else None


@cache
def unspaced_names() -> frozenset[str]:
    """Names of the scripts written without spaces between words (kana, han, hangul)."""
    return frozenset(s.name for s in scripts().values() if s.unspaced)


@lru_cache(maxsize=65536)
def script_of(ch: str) -> str:
    """The script of one character: a name from the table, "digit" or "other"."""
    if ch.isdigit():
        return "digit"
    o = ord(ch)
    starts, ends = _intervals()
    i = bisect.bisect_right(starts, o) - 1
    if i >= 0 and o <= ends[i][0]:
        return ends[i][1]
    if ch.isalpha():
        # a letter of a script the table does not list: named after its Unicode name
        return unicodedata.name(ch, "other").split(" ", 1)[0].lower()
    return "other"


def letter_counts(text: str) -> dict[str, int]:
    """Letters per script name (digits, spaces and punctuation are not counted)."""
    out: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            s = script_of(ch)
            out[s] = out.get(s, 0) + 1
    return out


@cache
def letters_of(name: str) -> re.Pattern[str]:
    """A pattern matching one letter of the named script (for fast counting with findall)."""
    ranges = [r for s in scripts().values() if s.name == name for r in s.ranges]
    if not ranges:
        return re.compile(r"(?!)")
    cls = "".join(f"{_esc(a)}-{_esc(b)}" if a != b else _esc(a) for a, b in sorted(ranges))
    return re.compile(rf"(?=[^\W\d_])[{cls}]")


def _esc(code_point: int) -> str:
    return f"\\U{code_point:08x}"


@cache
def marks_of(codes: tuple[str, ...] | None = None) -> str:
    """The combining marks of the scripts `codes` (ISO 15924; None: every script of the table,
    and the accents any script may carry, U+0300-U+036F) whose words carry marks (`marks: true`
    in the table), as the body of a regex character class: the vowel signs and viramas of
    Devanagari, Arabic harakat. `\\w` matches none of them, yet they are inside words (कि,
    मारा). Empty for Latin, Cyrillic, CJK: text is NFKC, its accents precomposed."""
    table = scripts()
    chosen = [s for c, s in table.items() if s.marks and (codes is None or c in codes)]
    spans = ([(0x0300, 0x036F)] if codes is None else []) + [r for s in chosen for r in s.ranges]
    marks = sorted({o for a, b in spans for o in range(a, min(b, 0xFFFF) + 1)
                    if unicodedata.category(chr(o)).startswith("M")})
    out: list[str] = []
    i = 0
    while i < len(marks):
        j = i
        while j + 1 < len(marks) and marks[j + 1] == marks[j] + 1:
            j += 1
        a, b = marks[i], marks[j]
        out.append(f"\\u{a:04x}" + (f"-\\u{b:04x}" if b != a else ""))
        i = j + 1
    return "".join(out)


# `\w` does not match combining marks, yet a Devanagari vowel sign (कि, मारा) is inside its
# word: WORD is one character of a word, MARKS the marks alone (for `[...]` classes)
MARKS = marks_of()
WORD = rf"[\w{MARKS}]"
LETTER = rf"(?:[^\W\d_]|[{MARKS}])"


def is_mark(ch: str) -> bool:
    """A combining mark: part of the word it stands in (ि, ्, َ)."""
    return unicodedata.category(ch).startswith("M")


def dominant(counts: dict[str, int]) -> str | None:
    """The script with the most letters (the first in name order on a tie), or None."""
    if not counts:
        return None
    return min(counts, key=lambda s: (-counts[s], s))

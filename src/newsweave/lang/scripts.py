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

import yaml

TABLE = Path(__file__).parent / "_base" / "scripts.yaml"


@dataclass(frozen=True, slots=True)
class Script:
    code: str  # ISO 15924
    name: str  # what script_of returns
    ranges: tuple[tuple[int, int], ...]
    unspaced: bool = False


@cache
def scripts() -> dict[str, Script]:
    """Every script of the table by ISO code."""
    with TABLE.open(encoding="utf-8") as f:
        raw = yaml.safe_load(f) or {}
    out: dict[str, Script] = {}
    for code, spec in raw.items():
        ranges = tuple((int(a), int(b)) for a, b in spec["ranges"])
        out[str(code)] = Script(str(code), str(spec["name"]), ranges, bool(spec.get("unspaced")))
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


def dominant(counts: dict[str, int]) -> str | None:
    """The script with the most letters (the first in name order on a tie), or None."""
    if not counts:
        return None
    return min(counts, key=lambda s: (-counts[s], s))

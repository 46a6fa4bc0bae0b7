"""Cleaning: Unicode normalisation and boilerplate removal, with a map back to the original.

`clean(extracted, options)` returns the cleaned text, an `OffsetMap` (cleaned index → original
index) and one `Removal` per removed line. Removed lines go whole, with their line break; the
rules and their word lists live in `lang/*/boilerplate.yaml`.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field

from newsweave.clean.boilerplate import _LETTER, classify
from newsweave.clean.normalize import normalize_map
from newsweave.clean.rules import load_rules
from newsweave.model import Extracted, InputError, OffsetMap, Removal
from newsweave.options import Options

_WORD_CHAR = re.compile(r"[^\W_]")
# a repeated line shorter than this (in letters) is not worth calling a duplicate ("Ada.")
_MIN_DUPLICATE_LETTERS = 8


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    offsets: OffsetMap
    removed: tuple[Removal, ...] = field(default=())


def clean(extracted: Extracted, options: Options) -> Cleaned:
    original = extracted.text
    if len(original) > options.max_text_chars:
        raise InputError(
            extracted.uri, f"text has {len(original)} characters (limit {options.max_text_chars})"
        )
    text, offsets = normalize_map(original)
    rules = load_rules()
    keep: list[tuple[int, int]] = []  # ranges of `text` that survive
    removed: list[Removal] = []
    seen: set[str] = set()
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        next_pos = line_end + 1
        raw = text[pos:line_end]
        stripped = raw.strip()
        kind = None
        if stripped:
            kind = classify(stripped, rules)
            if kind is None:
                # the same words, whatever the spacing, case or punctuation around them
                key = "".join(_WORD_CHAR.findall(stripped.casefold()))
                if key in seen and len(_LETTER.findall(key)) >= _MIN_DUPLICATE_LETTERS:
                    kind = "duplicate"
                seen.add(key)
        if kind is None:
            keep.append((pos, min(next_pos, n)))
        else:
            a = pos + (len(raw) - len(raw.lstrip()))
            b = a + len(stripped)
            start, end = offsets.to_original(a, b)
            removed.append(Removal(start, end, kind, original[start:end]))
        if nl < 0:
            break
        pos = next_pos
    return _assemble(text, offsets, keep, removed, len(original))


def _assemble(
    text: str, offsets: OffsetMap, keep: list[tuple[int, int]], removed: list[Removal],
    n_orig: int,
) -> Cleaned:
    if not removed:
        return Cleaned(text, offsets, ())
    parts: list[str] = []
    orig = array("l")
    ends: dict[int, int] = {}
    nmap = offsets.orig
    composed = sorted(offsets.ends)
    for a, b in _merge(keep):
        shift = len(orig) - a  # kept character i is cleaned character i + shift
        lo, hi = bisect.bisect_left(composed, a), bisect.bisect_left(composed, b)
        ends.update((i + shift, offsets.ends[i]) for i in composed[lo:hi])
        parts.append(text[a:b])
        orig.extend(nmap[a:b])
    orig.append(n_orig)
    return Cleaned("".join(parts), OffsetMap(orig, ends), tuple(removed))


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in ranges:
        if out and out[-1][1] == a:
            out[-1] = (out[-1][0], b)
        elif b > a:
            out.append((a, b))
    return out


__all__ = ["Cleaned", "clean"]

"""Skip a pattern that cannot match a text, without running it.

A language's claim triggers and time grammars are a few hundred alternations, each run over
every sentence; most find nothing in most sentences, yet scanning for nothing costs as much as
scanning for something (a third of the pipeline's time on plain news text). From the parsed
pattern we take the set of letter sequences (up to three letters, in lower case) that every
match must begin with; a sentence none of whose three-letter pieces is among them is skipped.

The test is exact, never a guess: it only says "cannot match" when no match can exist, so a
skipped pattern would have found nothing (tests/test_prefilter.py checks this against `re` on
drawn texts). A pattern whose start we cannot bound (a class such as \\w, a wildcard, a
back-reference) simply always runs.
"""

from __future__ import annotations

import _sre
import hashlib
import re
import sys
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from re import _casefix, _parser
from re import _constants as c

from newsweave.cache import cached_pickle

DEPTH = 3  # letters of a start: three separate most words; more costs more pieces per text
_MAX_STARTS = 4000  # more starts than this filter little and cost much: always run
_SMALL_CLASS = 24  # a class of at most this many listed characters is followed through


def _lower(code: int) -> str:
    return chr(_sre.unicode_tolower(code))


@lru_cache(maxsize=4096)
def _variants(code: int) -> frozenset[str]:
    """The lower-case characters a pattern character can match, as `re` compares them under
    IGNORECASE: the lower case of the text's character against the pattern's, or one of the
    few extra case pairs `re` knows (ı/i, ſ/s, µ/μ…)."""
    low = _sre.unicode_tolower(code)
    return frozenset([chr(low), *(chr(x) for x in _casefix._EXTRA_CASES.get(low, ()))])


class _Unbounded(Exception):
    """The starts grew past _MAX_STARTS."""


@dataclass(frozen=True)
class _State:
    text: str
    open: bool  # may still grow; a closed start is a true prefix of every match behind it


def _extend(states: set[_State], chars: frozenset[str] | None) -> set[_State]:
    out: set[_State] = set()
    for s in states:
        if not s.open or len(s.text) >= DEPTH or chars is None:
            out.add(_State(s.text, False))
        else:
            out.update(_State(s.text + ch, True) for ch in chars)
    if len(out) > _MAX_STARTS:
        raise _Unbounded
    return out


def _class_chars(items: list) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars |= _variants(av)
        elif op is c.RANGE and av[1] - av[0] < _SMALL_CLASS:
            for code in range(av[0], av[1] + 1):
                chars |= _variants(code)
        else:
            return None  # a category, a negation, a wide range
        if len(chars) > _SMALL_CLASS * 2:
            return None
    return frozenset(chars)


def _walk(items, states: set[_State]) -> set[_State]:
    for op, av in items:
        if not any(s.open and len(s.text) < DEPTH for s in states):
            break
        if op is c.LITERAL:
            states = _extend(states, _variants(av))
        elif op is c.IN:
            states = _extend(states, _class_chars(av))
        elif op is c.SUBPATTERN:
            states = _walk(av[-1], states)
        elif op is c.ATOMIC_GROUP:
            states = _walk(av, states)
        elif op is c.BRANCH:
            states = set().union(*(_walk(branch, states) for branch in av[1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, item = av
            once = _walk(item, states)
            if high > 1:  # it may repeat: what follows its first round is unknown
                once = {_State(s.text, False) for s in once}
            states = once | states if low == 0 else once
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next character still starts the match
        else:  # a wildcard, a negated literal, a back-reference, a conditional
            states = _extend(states, None)
        if len(states) > _MAX_STARTS:
            raise _Unbounded
    return states


@cache
def _starts_of(pattern: str, flags: int) -> frozenset[str] | None:
    if len(pattern) < 200:
        return _parsed_starts(pattern, flags)
    # parsing a language's ~300 large alternations takes a tenth of a second or more in every
    # process: the starts are kept in the machine's cache, keyed by the pattern, the Python
    # that parsed it and this file
    digest = hashlib.sha1(f"{_code_stamp()}|{flags}|".encode()
                          + pattern.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return cached_pickle(f"starts/{digest}.pickle", lambda: _parsed_starts(pattern, flags))


@cache
def _code_stamp() -> str:
    return hashlib.sha1(f"{sys.version}|".encode() + Path(__file__).read_bytes()).hexdigest()


def _parsed_starts(pattern: str, flags: int) -> frozenset[str] | None:
    try:
        states = _walk(_parser.parse(pattern, flags), {_State("", True)})
    except (_Unbounded, RecursionError):
        return None
    found = frozenset(s.text for s in states)
    return None if "" in found else found


def starts(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-case letters (at most DEPTH; fewer where the pattern's words are that short
    or what follows is unknown) that every match of `regex` begins with; None when a match may
    begin anywhere (or be empty)."""
    return _starts_of(regex.pattern, regex.flags)


class TextPieces:
    """A text's lower-cased pieces of one to DEPTH characters, made once and asked of many
    patterns: a pattern may match only if one of its starts is among them."""

    __slots__ = ("pieces",)

    def __init__(self, text: str) -> None:
        lowered = "".join(_lower(ord(ch)) for ch in text)
        self.pieces = {lowered[i:i + n] for n in range(1, DEPTH + 1)
                       for i in range(len(lowered) - n + 1)}

    def may_match(self, regex: re.Pattern[str]) -> bool:
        found = _starts_of(regex.pattern, regex.flags)
        return found is None or not found.isdisjoint(self.pieces)


@lru_cache(maxsize=64)
def pieces_of(text: str) -> TextPieces:
    """The pieces of a text, shared by the stages that scan the same sentence."""
    return TextPieces(text)

"""Boilerplate rules loaded from the language packs' `boilerplate.yaml` files.

Cleaning runs before any language is known, so the rules of every language are merged: each
file only adds words and patterns (see `lang/_base/boilerplate.yaml` for the keys).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsweave import patterns
from newsweave.lang import available, get_pack
from newsweave.patterns import longest_first

# "letters" here are word characters that are neither digits nor "_"
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"


@dataclass(frozen=True)
class KindRule:
    max_chars: int
    # the kind's patterns as two alternations: those anchored at the start of the line (tried
    # once, at position 0: far cheaper than a search) and the others
    anchored: re.Pattern[str] | None
    floating: re.Pattern[str] | None

    def find(self, line: str) -> re.Match[str] | None:
        if len(line) > self.max_chars:
            return None
        m = self.anchored.match(line) if self.anchored is not None else None
        if m is None and self.floating is not None:
            m = self.floating.search(line)
        return m


@dataclass(frozen=True)
class Rules:
    max_line_chars: int
    share_words: re.Pattern[str] | None
    share_max_chars: int
    ad_words: re.Pattern[str] | None
    ad_max_chars: int
    interlink: KindRule
    comment_form: KindRule
    copyright: KindRule
    byline: KindRule
    tags: KindRule
    navigation: KindRule
    timestamp_source: re.Pattern[str] | None
    timestamp_words: re.Pattern[str] | None
    timestamp_max_chars: int
    bio_max_chars: int
    bio_min_segments: int
    bio_max_segment_words: int
    bio_max_segment_chars: int
    persona: re.Pattern[str] | None
    sentence_words: re.Pattern[str] | None  # words that make a "sentence" of a bio a real one
    sentence_endings: re.Pattern[str] | None


def _collect(datas: list[dict[str, Any]], kind: str, key: str) -> list[str]:
    out: list[str] = []
    for d in datas:
        for item in (d.get(kind) or {}).get(key) or []:
            # YAML reads unquoted no/on/yes as booleans: only strings are words (tests check)
            if isinstance(item, str) and item not in out:
                out.append(item)
    return out


def _first(datas: list[dict[str, Any]], kind: str, key: str, default: int) -> int:
    for d in datas:
        value = (d.get(kind) or {}).get(key)
        if value is not None:
            return int(value)
    return default


def _word_regex(words: list[str]) -> re.Pattern[str] | None:
    """One alternation of words (longest first) that must not touch other letters."""
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(set(words), key=longest_first))
    return patterns.compile(f"{_NOT_LETTER_BEFORE}(?:{alts}){_NOT_LETTER_AFTER}", re.IGNORECASE)


_SPACED_START = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u052f\u1e00-\u1eff]")


def _script_aware_regex(words: list[str], whole_words: bool) -> re.Pattern[str] | None:
    """Words that must start (or, with `whole_words`, be) a word in scripts written with
    spaces; plain substrings in CJK and hangul, where particles and compounds attach to the
    noun (ベーコン愛好家, 음악애호가)."""
    if not words:
        return None
    ordered = sorted(set(words), key=longest_first)
    spaced = "|".join(re.escape(w) for w in ordered if _SPACED_START.match(w))
    other = "|".join(re.escape(w) for w in ordered if not _SPACED_START.match(w))
    after = _NOT_LETTER_AFTER if whole_words else ""
    alts = [f"{_NOT_LETTER_BEFORE}(?:{spaced}){after}"] if spaced else []
    alts += [other] if other else []
    return patterns.compile("|".join(alts), re.IGNORECASE)


def _alternation(sources: list[str], flags: int = 0) -> re.Pattern[str] | None:
    return patterns.compile("|".join(f"(?:{p})" for p in sources), flags) if sources else None


def _kind(datas: list[dict[str, Any]], kind: str, default_max: int, anchored: bool) -> KindRule:
    starts: list[str] = []
    floats: list[str] = []
    for p in _collect(datas, kind, "patterns"):
        if anchored or p.startswith("^"):
            starts.append(p.removeprefix("^"))
        else:
            floats.append(p)
    return KindRule(
        _first(datas, kind, "max_chars", default_max),
        _alternation(starts, re.IGNORECASE),
        _alternation(floats, re.IGNORECASE),
    )


@cache
def load_rules() -> Rules:
    base = get_pack("_base").data("boilerplate")
    # the base file first so that its limits win; then every language's additions
    datas = [base] + [get_pack(code).data("boilerplate") for code in available()]
    return Rules(
        max_line_chars=int(base.get("max_line_chars", 220)),
        share_words=_word_regex(_collect(datas, "share_button", "words")),
        share_max_chars=_first(datas, "share_button", "max_chars", 80),
        ad_words=_word_regex(_collect(datas, "advertisement", "words")),
        ad_max_chars=_first(datas, "advertisement", "max_chars", 60),
        interlink=_kind(datas, "interlink", 200, anchored=True),
        comment_form=_kind(datas, "comment_form", 250, anchored=False),
        copyright=_kind(datas, "copyright", 200, anchored=False),
        byline=_kind(datas, "byline", 100, anchored=True),
        tags=_kind(datas, "tags", 200, anchored=True),
        navigation=_kind(datas, "navigation", 150, anchored=True),
        timestamp_source=_alternation(_collect(datas, "timestamp", "source_patterns"), re.I),
        timestamp_words=_word_regex(_collect(datas, "timestamp", "words")),
        timestamp_max_chars=_first(datas, "timestamp", "max_chars", 80),
        bio_max_chars=_first(datas, "author_bio", "max_chars", 260),
        bio_min_segments=_first(datas, "author_bio", "min_segments", 3),
        bio_max_segment_words=_first(datas, "author_bio", "max_segment_words", 4),
        bio_max_segment_chars=_first(datas, "author_bio", "max_segment_chars", 14),
        persona=_script_aware_regex(
            _collect(datas, "author_bio", "persona_words"), whole_words=False
        ),
        sentence_words=_script_aware_regex(
            _collect(datas, "author_bio", "sentence_words"), whole_words=True
        ),
        sentence_endings=_alternation(_collect(datas, "author_bio", "sentence_endings")),
    )


def compile_pack(code: str) -> None:
    """Raise if the pack's boilerplate.yaml patterns do not compile (the validator's check)."""
    d = get_pack(code).data("boilerplate")
    for kind, body in d.items():
        if not isinstance(body, dict):
            continue
        for key in ("patterns", "source_patterns", "sentence_endings"):
            for p in body.get(key) or ():
                if re.compile(str(p), re.IGNORECASE).match(""):
                    raise ValueError(f"{kind}.{key}: {p!r} matches the empty string")

"""Decide whether one line is boilerplate, and of which kind.

Every rule looks at a whole line and only removes short lines whose every part is explained by
the rule (button words, a date, a notice); a body sentence that merely contains "read",
"close" or "copyright" is never touched.
"""

from __future__ import annotations

import re

from newsweave.clean.rules import KindRule, Rules

_LETTER = re.compile(r"[^\W\d_]")
_DIGITS = re.compile(r"\d+")
_DATEISH = re.compile(r"\d{1,4}\s*[/.\-:]\s*\d{1,4}|\d{4}")
# a "sentence" of an author bio ends at one of these
_BIO_SPLIT = re.compile(r"[.。!！?？;；|]+")
_BIO_STRIP = "\"'“”‘’「」『』()（）[]【】<>«»*-–— \t"
_NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _only(line: str, words: re.Pattern[str] | None) -> str:
    """What is left of `line` after removing the words: its letters only."""
    rest = words.sub(" ", line) if words is not None else line
    return "".join(_LETTER.findall(rest))


def is_share_button(line: str, rules: Rules) -> bool:
    if len(line) > rules.share_max_chars or not _LETTER.search(line):
        return False
    return not _only(line, rules.share_words)


def is_advertisement(line: str, rules: Rules) -> bool:
    if len(line) > rules.ad_max_chars or not _LETTER.search(line):
        return False
    return not _only(line, rules.ad_words)


def is_timestamp(line: str, rules: Rules) -> bool:
    if rules.timestamp_source is not None:
        line = rules.timestamp_source.sub(" ", line)  # "… 17:10 来源：新华网"
    if len(line) > rules.timestamp_max_chars or not _DIGITS.search(line):
        return False
    if _only(line, rules.timestamp_words):
        return False
    # a date or a time ("2023/09/20", "11:00", "2024"), or numbers with date words
    # ("Published10월 27"); not bare numbers (a page number, a row of figures)
    return bool(_DATEISH.search(line) or _LETTER.search(line))


def is_author_bio(line: str, rules: Rules) -> bool:
    if len(line) > rules.bio_max_chars or rules.persona is None:
        return False
    segments = [s.strip(_BIO_STRIP) for s in _BIO_SPLIT.split(line.strip(_BIO_STRIP))]
    segments = [s for s in segments if s]
    if len(segments) < rules.bio_min_segments:
        return False
    for seg in segments:
        if _NO_SPACE_SCRIPT.search(seg) and " " not in seg:
            if len(seg) > rules.bio_max_segment_chars:
                return False
        elif len(seg.split()) > rules.bio_max_segment_words:
            return False
    hits = sentences = 0
    for seg in segments:
        if _sentence_like(seg, rules):
            sentences += 1
        elif rules.persona.search(seg):
            hits += 1
    # at least 60% persona phrases, at least two, and (almost) no real sentence among them
    return hits >= max(2, (len(segments) * 3 + 4) // 5) and sentences <= len(segments) // 5


def _sentence_like(segment: str, rules: Rules) -> bool:
    """A segment with a verb, a pronoun or a verb ending is a sentence, not a persona phrase."""
    return bool(
        (rules.sentence_words is not None and rules.sentence_words.search(segment))
        or (rules.sentence_endings is not None and rules.sentence_endings.search(segment))
    )


_SEPARATOR_END = re.compile(r"[:：»›|\-–—]\s*$")
_STATEMENT_END = re.compile(r"[.。]\W{0,2}$")


def is_interlink(line: str, rules: Rules) -> bool:
    m = rules.interlink.find(line)
    if m is None:
        return False
    rest = line[m.end() :].strip()
    if not _LETTER.search(rest):
        # the label alone ("Related articles", "関連記事") heads a block of links
        return not rest or not rest.strip(":：»›|-–— ")
    # without a separator after the label, a headline follows; a body sentence ends with "."
    return bool(_SEPARATOR_END.search(m.group())) or not _STATEMENT_END.search(rest)


def _matches(line: str, rule: KindRule) -> bool:
    return rule.find(line) is not None


def classify(line: str, rules: Rules) -> str | None:
    """The boilerplate kind of one stripped, normalised line, or None for body text."""
    if not line or len(line) > rules.max_line_chars:
        return None
    if is_share_button(line, rules):
        return "share_button"
    if is_advertisement(line, rules):
        return "advertisement"
    if is_timestamp(line, rules):
        return "timestamp"
    if _matches(line, rules.comment_form):
        return "comment_form"
    if _matches(line, rules.copyright):
        return "copyright"
    if _matches(line, rules.byline):
        return "byline"
    if _matches(line, rules.tags):
        return "tags"
    if _matches(line, rules.navigation):
        return "navigation"
    if is_interlink(line, rules):
        return "interlink"
    if is_author_bio(line, rules):
        return "author_bio"
    return None

"""Content-farm signals: what cleaning removed (interlinks, comment forms, bios) and what it
left (auto-generated author bios, "READ …" interlinks, comment furniture), headlines left in
another language, stray foreign-script debris, and sentence fragments broken across lines."""

from __future__ import annotations

import re
from functools import cache

from newsweave import patterns
from newsweave.forensics.common import (
    Candidate,
    Context,
    alternation,
    collapse,
    data,
    script_counts,
    script_of,
)
from newsweave.lang import get_pack, known_languages
from newsweave.model import Severity

_SEGMENT_SPLIT = re.compile(r"[。．.!！?？]+")
_FRAGMENT = re.compile(r"(?<=[.!?”\"'])\s+([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})\s*$")
_FOREIGN_RUN = {
    # scripts that do not belong inside a line of the given script family
    "latin": re.compile(r"[\u3040-\u30FF\uAC00-\uD7A3\u0400-\u04FF]{2,}"),
    "cjk": re.compile(r"[\u0400-\u04FF]{3,}"),
}
_CJK = frozenset({"han", "kana", "hangul"})


def _gathered(key: str) -> list[str]:
    """A forensic word list of every language (content-farm furniture can be in any of them)."""
    out: list[str] = []
    for p in known_languages():
        out += [w for w in p.data("forensics").get(key) or () if w not in out]
    return out


@cache
def _interlink_re() -> re.Pattern[str]:
    return patterns.compile(r"^\s*(?:" + "|".join(_gathered("interlink_prefixes")) + ")")


@cache
def _comment_re() -> re.Pattern[str]:
    return patterns.compile(alternation(_gathered("comment_boilerplate")), re.IGNORECASE)


@cache
def _family(lang: str) -> str | None:
    """Which foreign runs are debris in a line of this language: "latin" (kana, hangul or
    Cyrillic inside Latin text), "cjk" (Cyrillic inside CJK text), or None."""
    pack = get_pack(lang)
    if pack.generic:
        return None
    if pack.writes("latin"):
        return "latin"
    return "cjk" if pack.script_names & _CJK else None


def _removed(ctx: Context) -> list[Candidate]:
    kinds: dict[str, Severity] = data("content_farm")["removed_kinds"]
    out = []
    for r in ctx.document.removed:
        sev = kinds.get(r.kind)
        if sev is None or not r.surface.strip():
            continue
        out.append(Candidate(
            "content_farm", sev, r.start, r.end,
            f"content-farm furniture removed by cleaning ({r.kind}): {collapse(r.surface)[:80]}",
            None, 0.7 if sev != "low" else 0.45, "debris"))
    return out


def _furniture(ctx: Context) -> list[Candidate]:
    out = []
    for line in ctx.lines:
        text = line.text.strip()
        if len(text) > 160:
            continue
        off = line.text.index(text[0]) if text else 0
        if _interlink_re().match(text):
            out.append(ctx.span_candidate(
                "content_farm", "medium", line.start + off, line.start + off + len(text),
                "a 'read also' interlink inserted into the article body (scraped-site furniture)",
                None, 0.7, "debris"))
        elif _comment_re().search(text):
            out.append(ctx.span_candidate(
                "content_farm", "low", line.start + off, line.start + off + len(text),
                "comment-form boilerplate left in the article body", None, 0.45, "debris"))
    return out


@cache
def _bio_words() -> list[str]:
    return [w.lower() for w in _gathered("bio_words")]


def _bios(ctx: Context) -> list[Candidate]:
    """Auto-generated author bios: three or more tiny 'sentences' made of bio nouns."""
    out = []
    words = _bio_words()
    for line in ctx.lines:
        text = line.text.strip().strip("「」\"“”'")
        segments = [s.strip() for s in _SEGMENT_SPLIT.split(text) if s.strip()]
        if len(segments) < 3 or len(text) > 240:
            continue
        if any(len(s) > 40 or len(s.split()) > 6 for s in segments):
            continue
        hits = sum(any(w in s.lower() for w in words) for s in segments)
        if hits >= max(2, (2 * len(segments) + 2) // 3):
            stripped = line.text.strip()
            off = line.text.index(stripped[0])
            out.append(ctx.span_candidate(
                "content_farm", "medium", line.start + off, line.start + off + len(stripped),
                "an auto-generated author bio (a string of hobby nouns), typical of content farms",
                None, 0.8, "debris"))
    return out


def _mixed_headline(ctx: Context) -> list[Candidate]:
    """A headline left in the source language above a translated body."""
    lines = ctx.lines
    if len(lines) < 3 or not ctx.lang:
        return []
    head = lines[0]
    body_chars = sum(len(line.text) for line in lines[1:] if line.lang == ctx.lang)
    if head.lang is None or head.lang == ctx.lang or body_chars < 300:
        return []
    if sum(script_counts(head.text).values()) < 10:
        return []
    return [ctx.span_candidate(
        "mixed_language", "medium", head.start, head.end,
        f"the headline is in {head.lang} while the article is in {ctx.lang}: a translated copy that"
        " kept the source headline", None, 0.6, "mixed_headline")]


def _debris(ctx: Context) -> list[Candidate]:
    """Stray runs of a foreign script inside a line, and fragments broken off a sentence."""
    out = []
    for line in ctx.lines:
        lang = line.lang or ctx.lang
        if lang is None:
            continue
        family = _family(lang)
        if family and len(line.text) > 40:
            opened, seen = 0, 0  # brackets open before the run, counted once along the line
            for m in _FOREIGN_RUN[family].finditer(line.text):
                opened += sum(line.text.count(c, seen, m.start()) for c in "(（[「")
                opened -= sum(line.text.count(c, seen, m.start()) for c in ")）]」")
                seen = m.start()
                if opened > 0:
                    continue  # a native spelling given in brackets: deliberate
                out.append(ctx.span_candidate(
                    "debris", "low", line.start + m.start(), line.start + m.end(),
                    f"untranslated {script_of(m.group()[0])} text inside a {lang} sentence",
                    None, 0.4, "debris"))
        if _cased(lang):
            m = _FRAGMENT.search(line.text)
            if m and len(line.text) > 40:
                out.append(ctx.span_candidate(
                    "sentence_fragment", "low", line.start + m.start(1), line.start + m.end(1),
                    f"'{m.group(1)}' is a fragment left after a sentence end: a sentence broken"
                    " across lines or an untranslated remnant", None, 0.35, "broken_lines"))
    return out


@cache
def _cased(lang: str) -> bool:
    """A language written with capitals (a lower-case word after a sentence end is a
    fragment); only a pack says so."""
    pack = get_pack(lang)
    return not pack.generic and pack.case


def check(ctx: Context) -> list[Candidate]:
    return _removed(ctx) + _furniture(ctx) + _bios(ctx) + _mixed_headline(ctx) + _debris(ctx)

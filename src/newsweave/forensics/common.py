"""Shared pieces of the forensic checks: the candidate record, the per-document context, data.

Every check module exposes `check(ctx) -> list[Candidate]`. Candidates carry original offsets;
`newsweave.forensics.inspect` dedupes overlapping ones, keeps the best within a density budget
and turns them into `Finding` records.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from newsweave.model import Analysis, Claim, Document, Entity, Severity

DATA = Path(__file__).parent / "data"
SUPPORTED = ("en", "ja", "ko", "id", "ru", "zh", "vi")
SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2}
_LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")
_OTHER_SPACE = re.compile(r"[^\S\n]")


@cache
def data(name: str) -> dict:
    """One YAML data file of `forensics/data/`, parsed once per process."""
    with (DATA / f"{name}.yaml").open(encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


def collapse(text: str) -> str:
    """Runs of whitespace that hold a line break or tab become one space (a span across lines
    reads as one phrase); runs of plain spaces are kept as written, so the surface is still a
    substring of the text as an analyst copies it; other spaces (NBSP, tabs) read as spaces."""
    return _OTHER_SPACE.sub(" ", _LINE_BREAK.sub(" ", text)).strip()


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: str
    severity: Severity
    start: int  # original offsets
    end: int
    message: str
    suggestion: str | None = None
    score: float = 0.5  # how sure the check is; ranks candidates under the density budget
    signal: str | None = None  # the machine-translation signal this candidate feeds, if any
    surface_key: str = ""  # the collapsed surface, filled in by inspect (merges repeats)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the cleaned text, with its clean offsets and language."""

    start: int  # clean offsets
    end: int
    text: str
    lang: str | None


# --------------------------------------------------------------------------- scripts


def script_of(ch: str) -> str | None:
    """A coarse script class of one character: latin, cyrillic, hangul, kana, han, or None."""
    o = ord(ch)
    if 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9D:
        return "kana"
    if 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "hangul"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
        return "han"
    if 0x0400 <= o <= 0x04FF:
        return "cyrillic"
    if ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"):
        return "latin"
    return None


def script_counts(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for ch in text:
        s = script_of(ch)
        if s:
            out[s] = out.get(s, 0) + 1
    return out


def lang_of_scripts(counts: dict[str, int]) -> str | None:
    """A language guess from scripts alone (None for Latin text: several languages use it)."""
    if not counts:
        return None
    if counts.get("kana", 0) >= 2:
        return "ja"
    if counts.get("hangul", 0) >= 2:
        return "ko"
    top = max(counts, key=lambda k: counts[k])
    return {"han": "zh", "cyrillic": "ru"}.get(top)


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    ident.set_languages(list(SUPPORTED))
    return ident


def guess_language(text: str) -> str | None:
    counts = script_counts(text)
    if sum(counts.values()) < 4:
        return None
    lang = lang_of_scripts(counts)
    if lang:
        return lang
    try:
        return str(_identifier().classify(text)[0])
    except Exception:
        return None


# --------------------------------------------------------------------------- context


@dataclass
class Context:
    """What every check reads: the document, its analysis and claims, and helpers."""

    document: Document
    analysis: Analysis
    claims: Sequence[Claim] = ()
    kb: Any = None
    _entities: dict[str, Entity] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._entities = {e.id: e for e in self.analysis.entities}

    @property
    def text(self) -> str:
        return self.document.clean_text

    def orig(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        """Original offsets of a clean-text span."""
        return self.document.offsets.to_original(clean_start, clean_end)

    def entity(self, entity_id: str) -> Entity | None:
        e = self._entities.get(entity_id)
        if e is None and self.kb is not None:
            try:
                e = self.kb.get(entity_id)
            except Exception:
                e = None
        return e

    @cached_property
    def lines(self) -> list[Line]:
        """The cleaned text's non-empty lines with a language each (from the sentences when
        segmentation gave one, else guessed from the line itself)."""
        sents = [s for s in self.document.sentences if s.lang]
        starts = [s.clean_start for s in sents]
        out: list[Line] = []
        pos = 0
        for raw in self.text.split("\n"):
            if raw.strip():
                lang = None
                # the first sentence with a language that overlaps this line
                i = max(0, bisect.bisect_right(starts, pos) - 1)
                while i < len(sents) and sents[i].clean_start < pos + len(raw):
                    if sents[i].clean_end > pos:
                        lang = sents[i].lang
                        break
                    i += 1
                out.append(Line(pos, pos + len(raw), raw, lang or guess_language(raw)))
            pos += len(raw) + 1
        return out

    @cached_property
    def lang(self) -> str | None:
        """The main language of the document."""
        main = self.document.main_language
        if main:
            return main
        totals: dict[str, int] = {}
        for line in self.lines:
            if line.lang:
                totals[line.lang] = totals.get(line.lang, 0) + len(line.text)
        return max(totals, key=lambda k: totals[k]) if totals else guess_language(self.text[:2000])

    @cached_property
    def langs(self) -> set[str]:
        found = {line.lang for line in self.lines if line.lang}
        return found | ({self.lang} if self.lang else set())

    def lines_in(self, lang: str) -> Iterator[Line]:
        for line in self.lines:
            if (line.lang or self.lang) == lang:
                yield line

    def span_candidate(
        self, kind: str, severity: Severity, clean_start: int, clean_end: int, message: str,
        suggestion: str | None = None, score: float = 0.5, signal: str | None = None,
    ) -> Candidate:
        s, e = self.orig(clean_start, clean_end)
        return Candidate(kind, severity, s, e, message, suggestion, score, signal)


def per_language(table: dict, lang: str | None) -> list:
    """The list for `lang` in a {lang: [...]} table ([] when absent)."""
    if not lang:
        return []
    return list(table.get(lang) or [])


def alternation(words: Sequence[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

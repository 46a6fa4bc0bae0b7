"""Shared pieces of the forensic checks: the candidate record, the per-document context, data.

Every check module exposes `check(ctx) -> list[Candidate]`. Candidates carry original offsets;
`newsweave.forensics.inspect` dedupes overlapping ones, keeps the best within a density budget
and turns them into `Finding` records.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from newsweave.cache import load_yaml
from newsweave.lang import get_pack
from newsweave.lang.scripts import letter_counts
from newsweave.lang.scripts import script_of as script_of  # the one script_of, for the checks
from newsweave.model import Analysis, Claim, Document, Entity, Severity
from newsweave.patterns import longest_first

DATA = Path(__file__).parent / "data"
SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2}
_LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")
_OTHER_SPACE = re.compile(r"[^\S\n]")


@cache
def data(name: str) -> dict:
    """One YAML data file of `forensics/data/`, parsed once per process."""
    return load_yaml(DATA / f"{name}.yaml") or {}


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


# --------------------------------------------------------------------------- languages


def script_counts(text: str) -> dict[str, int]:
    """Letters per script (see newsweave.lang.scripts)."""
    return letter_counts(text)


def guess_language(text: str) -> str | None:
    """The language of a line that no sentence gave one: the one identifier (segment)."""
    from newsweave.segment.language import identify

    try:
        return identify(text, min_letters=4)
    except Exception:
        return None


def words(lang: str | None, key: str) -> list:
    """The pack's forensic word list `key` (lang/<code>/forensics.yaml); [] without one."""
    if not lang:
        return []
    return list(get_pack(lang).data("forensics").get(key) or [])


# --------------------------------------------------------------------------- context


@dataclass
class Context:
    """What every check reads: the document, its analysis and claims, and helpers."""

    document: Document
    analysis: Analysis
    claims: Sequence[Claim] = ()
    kb: Any = None
    # clean spans the "not prose" gate kept from analysis (newsweave.notprose), in order
    not_prose: Sequence[tuple[int, int]] = ()
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

    def prose_ranges(self, start: int, end: int) -> list[tuple[int, int]]:
        """[start, end) of the clean text without the stretches of no prose in it."""
        out, pos = [], start
        for a, b in self.not_prose:
            if b <= pos or a >= end:
                continue
            if a > pos:
                out.append((pos, a))
            pos = max(pos, b)
        if pos < end:
            out.append((pos, end))
        return out

    def span_candidate(
        self, kind: str, severity: Severity, clean_start: int, clean_end: int, message: str,
        suggestion: str | None = None, score: float = 0.5, signal: str | None = None,
    ) -> Candidate:
        s, e = self.orig(clean_start, clean_end)
        return Candidate(kind, severity, s, e, message, suggestion, score, signal)


def alternation(words: Sequence[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=longest_first))


REGEX_KEYS = ("past_tense", "future_tense", "day_month_patterns", "self_relation_connectors",
              "personal_honorifics_before", "personal_honorifics_after", "first_person",
              "interlink_prefixes", "dead_context")


def compile_pack(code: str) -> None:
    """Raise if the pack's forensics.yaml does not compile (the validator's stage check)."""
    d = get_pack(code).data("forensics")
    for key in REGEX_KEYS:
        for p in d.get(key) or ():
            rx = re.compile(str(p))
            if rx.match(""):
                raise ValueError(f"{key}: {p!r} matches the empty string")
            if key == "day_month_patterns" and not {"day", "month"} <= set(rx.groupindex):
                raise ValueError(f"{key}: {p!r} needs the groups (?P<day>...) and (?P<month>...)")

"""Stretches the "not prose" gate (`newsweave.notprose`) kept from entity linking and claims:
one finding per run of skipped sentences, saying what was skipped and why, so that an empty
result for that part of a document is never silent."""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.forensics.common import Candidate, collapse
from newsweave.model import Document
from newsweave.notprose import REASONS, Skipped, runs

EXCERPT_CHARS = 80


def excerpt(text: str, start: int, end: int) -> str:
    """The finding's surface: the stretch's first characters, not all of a 200 KB line."""
    head = collapse(text[start:min(end, start + 4 * EXCERPT_CHARS)])
    return head if len(head) <= EXCERPT_CHARS and end - start <= 4 * EXCERPT_CHARS \
        else head[:EXCERPT_CHARS] + "…"


def candidates(document: Document, skipped: Sequence[Skipped]) -> list[Candidate]:
    out = []
    for reason, first, last in runs(document, list(skipped)):
        chars = last.clean_end - first.clean_start
        sentences = last.index - first.index + 1
        out.append(Candidate(
            "not_prose", "low", first.start, last.end,
            f"not analysed for entities and claims: {chars:,} characters "
            f"({sentences} sentence{'s' if sentences > 1 else ''}) of {REASONS[reason]}",
            score=1.0))
    return out

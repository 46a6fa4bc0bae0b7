"""Forensics: findings (garbled translation, impossible dates and numbers, anachronisms, name
variants, content-farm signals) and a document quality score.

`inspect(document, analysis, claims, resources) -> (findings, quality)`. Each family of checks
is one module with `check(ctx) -> list[Candidate]`; candidates that overlap are deduplicated
(the most severe and surest wins) and at most one finding per `chars_per_finding` characters is
kept, so the analyst sees what matters rather than a flood. A document-level finding of kind
"machine_translation" (start = end = 0, surface "") carries the machine-translation likelihood
when it reaches `mt.yaml: report_threshold`. See docs/forensics.md.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace

from newsweave.forensics import (
    content_farm,
    dates,
    decoding,
    entities,
    mt_likelihood,
    names,
    not_prose,
    numbers,
    quality,
)
from newsweave.forensics.common import SEVERITY_RANK, Candidate, Context, collapse, data
from newsweave.model import Analysis, Claim, Document, Finding
from newsweave.notprose import Skipped
from newsweave.resources import Resources

log = logging.getLogger(__name__)

CHECKS: tuple[tuple[str, Callable[[Context], list[Candidate]]], ...] = (
    ("dates", dates.check),
    ("numbers", numbers.check),
    ("entities", entities.check),
    ("names", names.check),
    ("content_farm", content_farm.check),
    ("decoding", decoding.check),
)


def _kb(resources: Resources | None):
    if resources is None:
        return None
    try:
        return resources.kb
    except Exception as e:
        log.warning("forensics without knowledge base: %s", e)
        return None


class _Taken:
    """Spans no two of which overlap, asked "does [s, e) overlap one?" in log time. Sorted by
    (start, end), such spans also have non-decreasing ends, so the last one starting before
    `e` is the only one to look at."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.spans, (e, -1))
        return i > 0 and self.spans[i - 1][1] > s

    def add(self, s: int, e: int) -> None:
        bisect.insort(self.spans, (s, e))


def select(candidates: Sequence[Candidate], budget: tuple[int, int]) -> list[Candidate]:
    """Drop candidates overlapping a better one, then keep the best `budget[0]`, and beyond
    that up to `budget[1]` only sure, severe ones (a badly garbled article earns more flags
    than a clean one, but never a flood); in text order."""
    base, ceiling = budget
    ranked = sorted(candidates, key=lambda c: (-SEVERITY_RANK[c.severity], -c.score, c.start))
    kept: list[Candidate] = []
    repeats: dict[tuple[str, str], int] = {}
    taken = _Taken()  # kept ones and repeats folded into them: their spans are used
    for c in ranked:
        if taken.overlaps(c.start, c.end):
            continue
        key = (c.kind, c.surface_key)
        if key in repeats:
            repeats[key] += 1  # the same artifact again: one finding says it, with a count
            taken.add(c.start, c.end)
            continue
        if len(kept) >= ceiling:
            continue
        if len(kept) >= base and (c.severity == "low" or c.score < 0.5):
            continue
        repeats[key] = 1
        kept.append(c)
        taken.add(c.start, c.end)
    kept = [replace(c, message=f"{c.message} (×{repeats[(c.kind, c.surface_key)]} in this article)")
            if repeats[(c.kind, c.surface_key)] > 1 else c for c in kept]
    return sorted(kept, key=lambda c: (c.start, c.end))


def budget_for(document: Document) -> tuple[int, int]:
    """(findings per `chars_per_finding` characters, hard ceiling per `chars_per_severe`)."""
    q = data("quality")
    n = len(document.clean_text)
    base = max(q["min_findings_budget"], n // q["chars_per_finding"])
    return base, max(base, n // q["chars_per_severe"], q.get("min_severe_budget", base))


def collect(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for name, check in CHECKS:
        try:
            out += check(ctx)
        except Exception:
            log.exception("forensic check %s failed on %s", name, ctx.document.uri)
    n = len(ctx.document.original_text)
    return [c for c in out if 0 <= c.start < c.end <= n]


def inspect(
    document: Document, analysis: Analysis, claims: Sequence[Claim], resources: Resources | None,
    skipped: Sequence[Skipped] = (),
) -> tuple[list[Finding], float]:
    ctx = Context(document, analysis, claims, _kb(resources),
                  [(first.clean_start, last.clean_end)
                   for _, first, last in not_prose.runs(document, list(skipped))])
    candidates = [replace(c, surface_key=collapse(document.original_text[c.start:c.end]))
                  for c in collect(ctx)]
    try:
        mt = mt_likelihood.assess(ctx, candidates)
    except Exception:
        log.exception("machine-translation assessment failed on %s", document.uri)
        mt = mt_likelihood.Assessment(0.0)
    extra = [replace(c, surface_key=collapse(document.original_text[c.start:c.end]))
             for c in mt.candidates]
    kept = select([*candidates, *extra], budget_for(document))
    text = document.original_text
    findings = [
        Finding(
            id=f"{document.id}-f{i}", doc=document.id, kind=c.kind, severity=c.severity,
            start=c.start, end=c.end, surface=collapse(text[c.start:c.end]), message=c.message,
            suggestion=c.suggestion,
        )
        for i, c in enumerate(kept, 1)
    ]
    for c in not_prose.candidates(document, skipped):  # always said, outside the budget
        findings.append(Finding(
            id=f"{document.id}-f{len(findings) + 1}", doc=document.id, kind=c.kind,
            severity=c.severity, start=c.start, end=c.end,
            surface=not_prose.excerpt(text, c.start, c.end), message=c.message))
    if mt.score >= data("mt")["report_threshold"]:
        findings.append(Finding(
            id=f"{document.id}-f{len(findings) + 1}", doc=document.id, kind="machine_translation",
            severity="medium" if mt.score >= 0.7 else "low", start=0, end=0, surface="",
            message=f"machine-translation likelihood {mt.score:.2f} ({mt.describe()})",
        ))
    return findings, quality.score(document, kept, mt.score)

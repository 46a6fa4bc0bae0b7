"""An English gloss of what newsweave read in a source sentence, aligned to the words.

Under each claim's original sentence: the names (as the entities they were linked to), the
trigger (as the claim type), the numbers (value, bound and unit) and the dates (resolved), each
under the words it comes from; then one line that reads the claim as a whole. A reader who
does not know the language can check the English summary against the sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from markupsafe import Markup

from newsweave.fuse.series import format_number
from newsweave.model import Claim, Document, Finding, Mention
from newsweave.report.spans import Span, render
from newsweave.store import Store

_BOUNDS = {"about": "about", "at_least": "at least", "more_than": "more than",
           "at_most": "at most", "up_to": "up to", "nearly": "nearly"}
_MODALITY = {"asserted": "the outlet states it", "reported": "reported",
             "denied": "denied", "speculated": "speculated (may, might)",
             "expected": "expected (will)"}


def type_words(claim_type: str) -> str:
    """A claim type as English words: SUPPLY_ARMS -> "supply arms"."""
    return claim_type.replace("_", " ").lower()


def date_words(value: str | None) -> str:
    """2024-06-19 -> "19 Jun 2024"; 2024-06 -> "Jun 2024"; 2024 -> "2024"."""
    if not value:
        return "?"
    parts = value.split("-")
    try:
        if len(parts) == 3:
            d = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return f"{d.day} {d:%b %Y}"
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1).strftime("%b %Y")
    except ValueError:
        return value
    return value


def number_words(q: dict) -> str:
    if q.get("value") is None:
        return f"unreadable number ({q.get('problem') or 'garbled'})"
    text = format_number(float(q["value"]))
    bound = _BOUNDS.get(q.get("bound") or "") or ("about" if q.get("approx") else "")
    unit = q.get("unit") or ""
    return " ".join(x for x in (bound, text, unit) if x)


@dataclass
class Annotated:
    """One document's text with what the analysis found in it."""

    document: Document
    mentions: list[Mention]
    times: list[dict]
    quantities: list[dict]
    findings: list[Finding]


class Annotations:
    """Documents with their mentions, times, quantities and findings, read once each."""

    def __init__(self, store: Store, corpus: Any):
        self.store = store
        self.corpus = corpus
        self._docs: dict[str, Annotated | None] = {}

    def get(self, doc_id: str) -> Annotated | None:
        if doc_id not in self._docs:
            d = self.store.document(doc_id)
            if d is None:
                self._docs[doc_id] = None
            else:
                analysis = self.store.analysis_json(doc_id)
                self._docs[doc_id] = Annotated(
                    d, self.corpus.mentions_of(doc_id), list(analysis.get("times", [])),
                    list(analysis.get("quantities", [])),
                    [f for f in self.corpus.findings if f.doc == doc_id])
        return self._docs[doc_id]


def claim_spans(claim: Claim, a: Annotated, name: Callable[[str], str],
                href: Callable[[str], str | None] | None = None) -> list[Span]:
    """The glossed pieces of a claim's sentence (original offsets)."""
    lo, hi = claim.start, claim.end
    spans: list[Span] = []
    for m in a.mentions:
        if lo <= m.start and m.end <= hi:
            spans.append(Span(m.start, m.end, "entity", name(m.entity_id),
                              href(m.entity_id) if href else None,
                              f"{m.how} match, confidence {m.confidence:.2f}"))
    for t in a.times:
        if lo <= t["start"] and t["end"] <= hi:
            gloss = date_words(t.get("value"))
            if t.get("problem"):
                gloss += f" ⚠ {t['problem'].replace('_', ' ')}"
            spans.append(Span(t["start"], t["end"], "date", gloss))
    for q in a.quantities:
        if lo <= q["start"] and q["end"] <= hi:
            spans.append(Span(q["start"], q["end"], "number", number_words(q)))
    if claim.trigger:
        text = a.document.original_text
        at = text.find(claim.trigger, lo, hi)
        if at < 0:
            at = text.lower().find(claim.trigger.lower(), lo, hi)
        if at >= 0:
            spans.append(Span(at, at + len(claim.trigger), "trigger",
                              f"{type_words(claim.type)} ({claim.type})"))
    return spans


def gloss_html(claim: Claim, a: Annotated, name: Callable[[str], str],
               href: Callable[[str], str | None] | None = None) -> Markup:
    """The claim's original sentence with the English gloss under its words."""
    return render(a.document.original_text, claim.start, claim.end,
                  claim_spans(claim, a, name, href), gloss=True)


def reading(claim: Claim, name: Callable[[str], str]) -> str:
    """The claim read as one English line: who, what, whom, where, when, how many, who says."""
    who = ", ".join(name(x) for x in claim.actors) or "someone"
    parts = [f"{who} — {type_words(claim.type)}"]
    if claim.targets:
        parts[0] += " → " + ", ".join(name(x) for x in claim.targets)
    if claim.location:
        parts.append(f"in {name(claim.location)}")
    if claim.date:
        parts.append(f"on {date_words(claim.date.value)}")
    if claim.quantity:
        q = claim.quantity
        parts.append(("about " if q.approx else "") + format_number(q.value)
                     + (f" {q.unit}" if q.unit else ""))
    if claim.attributed_to:
        parts.append(f"according to {name(claim.attributed_to)}")
    parts.append(_MODALITY.get(claim.modality, claim.modality))
    return " · ".join(parts)

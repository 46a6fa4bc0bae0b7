"""A document's text sentence by sentence, with its mentions, claims and findings marked and
linked (offsets into the original text). Shared by the report and the web app."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from newsweave.model import Claim, Finding
from newsweave.report.gloss import Annotated
from newsweave.report.spans import Span, render


@dataclass
class SentenceView:
    index: int
    lang: str | None
    html: Markup
    claims: list[Claim]  # claims whose evidence is this sentence
    findings: list[Finding]


def sentence_anchor(doc_id: str, sentence: int) -> str:
    return f"d-{doc_id}-s{sentence}"


def document_sentences(a: Annotated, name: Callable[[str], str], claims: list[Claim],
                       entity_href: Callable[[str], str | None] | None = None
                       ) -> list[SentenceView]:
    text = a.document.original_text
    by_sentence: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[c.sentence].append(c)
    spans = [Span(m.start, m.end, "entity", href=entity_href(m.entity_id) if entity_href
                  else None, title=f"{name(m.entity_id)} ({m.how})")
             for m in a.mentions]
    spans += [Span(f.start, f.end, "finding", title=f"{f.kind}: {f.message}",
                   css=f"sev-{f.severity}") for f in a.findings if f.end > f.start]
    out = []
    for s in a.document.sentences:
        inside = [f for f in a.findings if s.start <= f.start < s.end]
        out.append(SentenceView(s.index, s.lang, render(text, s.start, s.end, spans),
                                by_sentence.get(s.index, []), inside))
    return out

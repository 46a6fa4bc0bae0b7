"""The data behind each page, shared by the HTML pages and the JSON API."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from fastapi import HTTPException

from newsweave.fuse.context import FuseContext
from newsweave.model import Claim, Document, Entity, Finding, Mention
from newsweave.report.charts import NumberChart, number_figures, timeline_figure, to_json
from newsweave.report.detail import EventDetail, event_detail
from newsweave.report.document import SentenceView, document_sentences
from newsweave.report.gloss import Annotations
from newsweave.report.html import series_of
from newsweave.report.view import Corpus, EventView, find_event, involved, source_label
from newsweave.store import Decision, DocumentRow, Store
from newsweave.web.links import entity_href
from newsweave.web.state import AppState


def event_or_404(state: AppState, store: Store, corpus: Corpus, event_id: str
                 ) -> tuple[EventView, bool]:
    """The event, and whether it was found under an id it had before a decision changed it."""
    v, candidates = find_event(corpus, event_id)
    if v is not None and v.event.id.startswith(event_id):
        return v, False
    if v is None and not candidates:
        v, _ = find_event(corpus, event_id, store.events())
        if v is not None:
            return v, True
    if candidates:
        raise HTTPException(404, f"{event_id!r} could be any of {', '.join(candidates[:10])}")
    raise HTTPException(404, f"no event {event_id!r}")


def event_view(state: AppState, store: Store, corpus: Corpus, v: EventView) -> EventDetail:
    return event_detail(store, state.resources, corpus, v, entity_href)


def decisions_about(corpus: Corpus, subjects: set[str]) -> list[Decision]:
    review = corpus.review
    if review is None:
        return []
    return [d for d in review.decisions if d.subject in subjects or d.object in subjects]


# ---------------------------------------------------------------------- entities


@dataclass
class EntityPage:
    entity: Entity
    canonical: str  # the entity it was merged into, or its own id
    names: dict[str, list[str]]  # language -> names (the KB's), "" for aliases
    facts: list[tuple[str, str]]
    mentions: list[tuple[str, Mention, str]]  # (doc id, mention, sentence text)
    surfaces: list[tuple[str, int]]  # written forms with their counts
    events: list[EventView]
    co_actors: list[tuple[str, str, int]]  # (id, name, events together)
    decisions: list[Decision]
    merged: list[str] = field(default_factory=list)  # entities merged into this one
    chart: str | None = None


def _fact_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_fact_text(v) for v in value)
    if isinstance(value, dict):
        if "role" in value:
            span = f"{value.get('from') or '?'} – {value.get('to') or 'now'}"
            of = f" of {value['of']}" if value.get("of") else ""
            return f"{value['role']}{of} ({span})"
        return ", ".join(f"{k}: {_fact_text(v)}" for k, v in value.items())
    return str(value)


def entity_page(state: AppState, store: Store, corpus: Corpus, entity_id: str,
                mention_limit: int = 200) -> EntityPage:
    review = corpus.review
    canonical = review.canonical(entity_id) if review else entity_id
    e = corpus.entities.get(entity_id) or corpus.entity(entity_id)
    if e is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    kb = state.kb
    known = None
    if kb is not None:
        try:
            known = kb.get(entity_id)
        except Exception:
            known = None
    record = known or e
    names: dict[str, list[str]] = {}
    for lang, values in sorted((record.facts.get("names") or {}).items()):
        names[lang] = list(values)
    listed = {n for vs in names.values() for n in vs}
    aliases = [a for a in record.aliases if a not in listed]
    if aliases:
        names = {"": aliases, **names}
    facts = [(k, _fact_text(v)) for k, v in record.facts.items() if k not in ("names",)]
    ids = {canonical} | {a for a, k in (review.merged_into.items() if review else ())
                         if review.canonical(a) == canonical}
    merged = sorted(ids - {canonical})
    mentions = [(d, m) for d, m in corpus.mentions if m.entity_id in ids]
    surfaces = Counter(m.surface for _, m in mentions).most_common()
    shown = []
    docs: dict[str, Document | None] = {}
    for d, m in mentions[:mention_limit]:
        if d not in docs:
            docs[d] = store.document(d)
        doc = docs[d]
        text = ""
        if doc is not None and 0 <= m.sentence < len(doc.sentences):
            s = doc.sentences[m.sentence]
            text = doc.original_text[s.start:s.end]
        shown.append((d, m, text))
    events = [v for v in corpus.events if involved(v) & ids]
    together: Counter = Counter()
    for v in events:
        together.update(x for x in involved(v) if x not in ids)
    co = [(x, corpus.name(x), n) for x, n in together.most_common(20)]
    fig = timeline_figure(events)
    return EntityPage(e, canonical, names, facts, shown, surfaces, events, co,
                      decisions_about(corpus, ids), merged,
                      to_json(fig) if fig is not None else None)


def entity_rows(corpus: Corpus, query: str = "", limit: int = 500) -> list[tuple[Entity, int, int]]:
    """Entities with their mention and event counts, most mentioned first."""
    mentions = Counter(m.entity_id for _, m in corpus.mentions)
    events = Counter(e for v in corpus.events for e in involved(v))
    q = query.strip().casefold()
    rows = []
    for e in corpus.entities.values():
        if not mentions[e.id] and not events[e.id]:
            continue
        if corpus.review and e.id in corpus.review.merged_into:
            continue
        if q and q not in e.name.casefold() and not any(q in a.casefold() for a in e.aliases):
            continue
        rows.append((e, mentions[e.id], events[e.id]))
    rows.sort(key=lambda r: (-r[2], -r[1], r[0].name))
    return rows[:limit]


# ---------------------------------------------------------------------- documents


@dataclass
class DocumentPage:
    row: DocumentRow
    document: Document
    sentences: list[SentenceView]
    findings: list[Finding]
    near: list[tuple[DocumentRow | None, str, float]]  # near-duplicates (copies)
    same_origin: list[DocumentRow]  # other documents citing the same original
    claims: list[tuple[Claim, EventView | None, str | None]]  # claim, its event, its status
    removed: int


def document_page(state: AppState, store: Store, corpus: Corpus, doc_id: str) -> DocumentPage:
    resolved = doc_id if doc_id in corpus.documents else store.resolve_document_id(doc_id)
    if resolved is None or resolved not in corpus.documents:
        raise HTTPException(404, f"no document {doc_id!r}")
    row = corpus.documents[resolved]
    notes = Annotations(store, corpus).get(resolved)
    if notes is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    claims = [c for c in corpus.claims.values() if c.doc == resolved]
    rejected = [c for c in (corpus.review.rejected_claims.values() if corpus.review else ())
                if c.doc == resolved]
    sentences = document_sentences(notes, corpus.name, claims + rejected, entity_href)
    near = [(corpus.documents.get(o), o, sim) for o, sim in store.near_duplicates(resolved)]
    same = [d for d in corpus.documents.values()
            if row.origin and d.id != resolved and d.origin == row.origin]
    listed = [(c, corpus.event_of_claim.get(c.id),
               corpus.review.status(c.id) if corpus.review else None)
              for c in claims + rejected]
    return DocumentPage(row, notes.document, sentences, notes.findings, near, same, listed,
                        len(notes.document.removed))


# ---------------------------------------------------------------------- search


@dataclass
class SearchHit:
    kind: str
    doc: str
    title: str
    source: str
    before: str
    match: str
    after: str
    claim: str | None = None
    event: str | None = None
    sentence: int | None = None


def snippet(text: str, words: list[str], width: int = 90) -> tuple[str, str, str]:
    """The text around the first word found, split so the word can be marked."""
    for w in words:
        m = re.search(re.escape(w), text, flags=re.IGNORECASE)
        if m:
            a, b = m.span()
            before = text[max(0, a - width):a]
            after = text[b:b + width]
            return (("…" if a > width else "") + " ".join(before.split(" ")),
                    text[a:b], after + ("…" if b + width < len(text) else ""))
    return text[:2 * width], "", ""


def search(store: Store, corpus: Corpus, query: str) -> list[SearchHit]:
    from newsweave.store.search import terms

    words = terms(query)
    out = []
    for h in store.search_text(query):
        row = corpus.documents.get(h.doc)
        source = source_label(row) if row else h.doc
        before, match, after = snippet(" ".join(h.text.split()), words)
        if h.kind == "claim":
            claim = corpus.claims.get(h.id)
            v = corpus.event_of_claim.get(h.id)
            out.append(SearchHit("claim", h.doc, h.title or "", source, before, match, after,
                                 h.id, v.event.id if v else None,
                                 claim.sentence if claim else None))
        else:
            out.append(SearchHit("document", h.doc, h.title or h.doc, source, before, match,
                                 after))
    return out


# ---------------------------------------------------------------------- numbers


def numbers(state: AppState, store: Store, corpus: Corpus) -> list[NumberChart]:
    series = series_of(corpus.events, FuseContext(store, state.resources))
    return number_figures(corpus, series)

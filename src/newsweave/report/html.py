"""The self-contained HTML report: charts, events with their evidence and its English gloss,
conflicts, the texts of the documents they come from, and findings. One file, opens offline."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from newsweave import __version__
from newsweave.fuse.context import FuseContext
from newsweave.fuse.series import Measure, format_number, measures
from newsweave.report.charts import TYPE_STYLE, render_charts
from newsweave.report.detail import event_detail
from newsweave.report.document import document_sentences, sentence_anchor
from newsweave.report.gloss import Annotations
from newsweave.report.view import (
    EventView,
    Filters,
    describe_filters,
    load,
    select,
    source_label,
    why_empty,
)
from newsweave.resources import Resources
from newsweave.store import Store


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("newsweave.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["number"] = format_number
    env.globals["anchor"] = sentence_anchor
    env.globals["source_label"] = source_label
    return env


def series_of(events: list[EventView], ctx: FuseContext) -> list[tuple[EventView, Measure]]:
    out = []
    for v in events:
        for m in measures([c.claim for c in v.claims], ctx):
            if m.is_series:
                out.append((v, m))
    return out


def build_report(
    store: Store, resources: Resources, filters: Filters | None = None, kb: Any = None,
    corpus: Any = None,
) -> str:
    corpus = corpus or load(store, kb, resources)
    filters = filters or Filters()
    events = select(corpus, filters)
    series = series_of(events, FuseContext(store, resources))
    claimed = {f.id for v in events for c in v.claims for f in c.findings}
    loose: dict[str, list] = defaultdict(list)
    for f in corpus.findings:
        if f.id not in claimed:
            loose[f.doc].append(f)
    notes = Annotations(store, corpus)
    details = [event_detail(store, resources, corpus, v, annotations=notes) for v in events]
    # the texts the events' claims come from, each sentence an anchor the claims link to
    cited: dict[str, list] = defaultdict(list)
    for v in events:
        for cv in v.claims:
            cited[cv.claim.doc].append(cv.claim)
    texts = []
    for doc_id in sorted(cited, key=lambda d: (corpus.documents[d].published or "9999", d)
                         if d in corpus.documents else ("9999", d)):
        a = notes.get(doc_id)
        if a is not None:
            texts.append((a.document, document_sentences(a, corpus.name, cited[doc_id])))
    event_of = {cv.claim.id: v.event.id for v in events for cv in v.claims}
    template = _env().get_template("report.html.j2")
    return template.render(
        version=__version__,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        corpus=corpus,
        events=events,
        details=details,
        charts=render_charts(corpus, events, series),
        series=series,
        texts=texts,
        event_of=event_of,
        loose_findings=loose,
        n_conflicts=sum(len(v.event.conflicts) for v in events),
        filtered=describe_filters(filters, corpus),
        why_empty=why_empty(corpus, filters) if not events else "",
        type_style=TYPE_STYLE,
    )

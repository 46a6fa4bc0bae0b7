"""The self-contained HTML report: charts, events with their evidence, conflicts and findings."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from newsweave import __version__
from newsweave.fuse.context import FuseContext
from newsweave.fuse.series import Measure, format_number, measures
from newsweave.report.charts import render_charts
from newsweave.report.view import EventView, Filters, load, select
from newsweave.resources import Resources
from newsweave.store import Store


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("newsweave.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["number"] = format_number
    return env


def _series(events: list[EventView], ctx: FuseContext) -> list[tuple[EventView, Measure]]:
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
    events = select(corpus, filters or Filters())
    series = _series(events, FuseContext(store, resources))
    claimed = {f.id for v in events for c in v.claims for f in c.findings}
    loose: dict[str, list] = defaultdict(list)
    for f in corpus.findings:
        if f.id not in claimed:
            loose[f.doc].append(f)
    template = _env().get_template("report.html.j2")
    return template.render(
        version=__version__,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        corpus=corpus,
        events=events,
        charts=render_charts(corpus, events, series),
        series=series,
        loose_findings=loose,
        n_conflicts=sum(len(v.event.conflicts) for v in events),
    )

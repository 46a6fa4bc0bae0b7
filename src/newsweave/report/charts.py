"""Plotly figures for the report and the web app: the timeline, numbers and the entity network.

Every label that may come from article text is HTML-escaped, because plotly renders hover text
and annotations as (a subset of) HTML. A figure with nothing to show is None: the page says why
instead of drawing empty axes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from html import escape

import plotly.graph_objects as go
import plotly.io as pio

from newsweave.fuse.series import Measure, format_number
from newsweave.report.view import Corpus, EventView, involved, source_label

_CLICK = (
    "var gd=document.getElementById('{plot_id}');"
    "gd.on('plotly_click',function(d){var p=d.points[0];if(!p.customdata)return;"
    "var el=document.getElementById(p.customdata);if(el){el.open=true;el.scrollIntoView();}});"
)
# entity types, their colours and marker symbols in the network
TYPE_STYLE = {
    "person": ("#2e86c1", "circle"),
    "country": ("#c0392b", "square"),
    "organization": ("#27ae60", "diamond"),
    "place": ("#d68910", "triangle-up"),
    "other": ("#7f8c8d", "circle-open"),
}
_FORECAST = {"expected", "speculated"}
# one colour per source in a numbers chart (plotly's qualitative palette)
_PALETTE = ("#636efa", "#00cc96", "#ab63fa", "#ffa15a", "#19d3f3", "#ff6692", "#b6e880",
            "#ff97ff", "#fecb52", "#1f77b4")
_DISPUTED = "#c0392b"


def _start(date: str) -> str:
    return date if len(date) == 10 else (date + "-01-01")[:10]


def _layout(fig: go.Figure) -> go.Figure:
    fig.update_layout(margin={"l": 50, "r": 10, "t": 20, "b": 40}, template="plotly_white",
                      font={"family": "system-ui, 'Noto Sans', 'Noto Sans CJK JP', sans-serif"})
    return fig


def to_html(fig: go.Figure, div_id: str, first: bool, click: bool = False) -> str:
    """A figure as an HTML block for the offline report (the first carries plotly.js inline)."""
    _layout(fig)
    return pio.to_html(
        fig, full_html=False, include_plotlyjs=first, div_id=div_id,
        post_script=_CLICK if click else None, config={"displaylogo": False, "responsive": True},
    )


def to_json(fig: go.Figure) -> str:
    """A figure as JSON for the web app, which draws it with its own static script."""
    return pio.to_json(_layout(fig), validate=False)


def timeline_figure(events: list[EventView]) -> go.Figure | None:
    dated = [v for v in events if v.event.date]
    if not dated:
        return None
    fig = go.Figure()
    for conflicted in (False, True):
        part = [v for v in dated if bool(v.event.conflicts) == conflicted]
        if not part:
            continue
        fig.add_trace(go.Scatter(
            x=[_start(v.event.date or "") for v in part],
            y=[v.event.type for v in part],
            mode="markers",
            name="with conflicts" if conflicted else "events",
            marker={"size": [8 + 4 * min(v.event.independent_sources, 6) for v in part],
                    "color": "#c0392b" if conflicted else "#2471a3", "opacity": 0.8,
                    "line": {"width": 1, "color": "#333"}},
            customdata=[v.event.id for v in part],
            hovertext=[
                f"{escape(v.event.date or '')} — {escape(v.event.summary)}<br>"
                f"{v.event.independent_sources} independent source(s)"
                + "".join(f"<br>⚠ {escape(c.message)}" for c in v.event.conflicts)
                for v in part
            ],
            hoverinfo="text",
        ))
    fig.update_layout(height=max(320, 60 + 40 * len({v.event.type for v in dated})),
                      xaxis={"type": "date", "range": _date_range(
                          [_start(v.event.date or "") for v in dated])},
                      yaxis={"type": "category"},
                      legend={"orientation": "h", "y": -0.15})
    return fig


def _date_range(days: list[str]) -> list[str] | None:
    """The dates with a margin, at least a month wide (one event must not zoom to hours)."""
    from datetime import date, timedelta

    try:
        first, last = date.fromisoformat(min(days)), date.fromisoformat(max(days))
    except ValueError:  # plotly finds its own range
        return None
    pad = timedelta(days=max(15, (last - first).days // 20))
    return [(first - pad).isoformat(), (last + pad).isoformat()]


@dataclass(frozen=True, slots=True)
class NumberChart:
    title: str
    unit: str
    figure: go.Figure


def number_figures(corpus: Corpus, series: list[tuple[EventView, Measure]]
                   ) -> list[NumberChart]:
    """One chart per measure: a line per source, the unit on the axis, forecasts as open
    markers, figures in a number conflict as red crosses."""
    out = []
    for v, m in series:
        disputed = {i for c in v.event.conflicts if c.kind == "number" for i in c.claims}
        by_source: dict[str, list] = defaultdict(list)
        for p in m.points:
            claim = corpus.claims.get(p.claim)
            doc = corpus.documents.get(claim.doc) if claim else None
            by_source[source_label(doc, 32) if doc else "?"].append((p, claim))
        unit = m.unit or "count"
        where = f" in {corpus.name(m.location)}" if m.location else ""
        fig = go.Figure()
        for i, (source, points) in enumerate(sorted(by_source.items())):
            points = [(p, c) for p, c in points if p.date]
            if not points:
                continue
            colour = _PALETTE[i % len(_PALETTE)]
            fig.add_trace(go.Scatter(
                x=[_start(p.date or "") for p, _ in points], y=[p.value for p, _ in points],
                mode="lines+markers", name=escape(source),
                marker={
                    "size": 10,
                    "symbol": ["x" if c and c.id in disputed else
                               "circle-open" if c and c.modality in _FORECAST else "circle"
                               for p, c in points],
                    "color": [_DISPUTED if c and c.id in disputed else colour
                              for p, c in points],
                    "line": {"width": 2, "color": colour},
                },
                line={"color": colour},
                hovertext=[escape(f"{'about ' if p.approx else ''}{format_number(p.value)} "
                                  f"{m.unit or ''} — {source}, {p.date}"
                                  + (f" ({c.modality})" if c and c.modality in _FORECAST
                                     else "")
                                  + (" — disputed" if c and c.id in disputed else ""))
                           for p, c in points],
                hoverinfo="text",
            ))
        if not fig.data:
            continue
        title = f"{v.event.summary}{where}"
        fig.update_layout(  # the title is the page's (HTML wraps, a plotly title is cut)
            height=340, xaxis={"type": "date", "title": "reported on"},
            yaxis={"title": escape(unit), "rangemode": "tozero"}, showlegend=True,
            legend={"orientation": "h", "y": -0.3, "title": {"text": "source"}},
        )
        out.append(NumberChart(title, unit, fig))
    return out


def network_edges(events: list[EventView]) -> Counter:
    edges: Counter = Counter()
    for v in events:
        ev = v.event
        if ev.targets:
            edges.update((a, t) for a in ev.actors for t in ev.targets if a != t)
        else:
            parties = sorted(ev.actors)
            edges.update((a, b) for i, a in enumerate(parties) for b in parties[i + 1:])
    return edges


def network_figure(corpus: Corpus, events: list[EventView]) -> go.Figure | None:
    """Who acts with or on whom: labelled nodes coloured by type, edges as wide as the number
    of events between the two, laid out by force (networkx)."""
    import networkx as nx

    edges = network_edges(events)
    if not edges:
        return None
    graph = nx.Graph()
    for (a, b), n in edges.items():
        w = graph[a][b]["weight"] + n if graph.has_edge(a, b) else n
        graph.add_edge(a, b, weight=w)
    where = nx.spring_layout(graph, weight="weight", seed=7, k=1.5 / max(1, len(graph)) ** 0.5)
    degree = dict(graph.degree(weight="weight"))
    fig = go.Figure()
    for a, b, data in sorted(graph.edges(data=True)):
        (x0, y0), (x1, y1) = where[a], where[b]
        n = data["weight"]
        fig.add_trace(go.Scatter(
            x=[x0, x1], y=[y0, y1], mode="lines", showlegend=False, hoverinfo="text",
            line={"width": 1 + min(n, 8), "color": "rgba(120,130,140,0.5)"},
            hovertext=escape(f"{corpus.name(a)} — {corpus.name(b)}: {n} event(s)"),
        ))
    by_type: dict[str, list[str]] = defaultdict(list)
    for e in graph.nodes:
        found = corpus.entity(e)
        kind = found.type if found and found.type in TYPE_STYLE else "other"
        by_type[kind].append(e)
    for kind, nodes in sorted(by_type.items()):
        color, symbol = TYPE_STYLE[kind]
        fig.add_trace(go.Scatter(
            x=[where[e][0] for e in nodes], y=[where[e][1] for e in nodes],
            mode="markers+text", name=kind,
            text=[escape(corpus.name(e)) for e in nodes], textposition="top center",
            textfont={"size": 12},
            marker={"size": [12 + 2 * min(degree[e], 12) for e in nodes], "color": color,
                    "symbol": symbol, "line": {"width": 1, "color": "#333"}},
            hovertext=[escape(f"{corpus.name(e)} ({kind}): {degree[e]} event link(s)")
                       for e in nodes],
            hoverinfo="text",
        ))
    fig.update_layout(height=560, legend={"title": {"text": "entity type"}},
                      xaxis={"visible": False}, yaxis={"visible": False})
    return fig


def participants(events: list[EventView]) -> Counter:
    """How many of these events each entity takes part in."""
    return Counter(e for v in events for e in involved(v))


def render_charts(
    corpus: Corpus, events: list[EventView], series: list[tuple[EventView, Measure]]
) -> dict:
    """HTML blocks for the offline report; the first drawn carries plotly.js inline."""
    out: dict = {"timeline": "", "numbers": [], "network": ""}
    first = True
    timeline = timeline_figure(events)
    if timeline is not None:
        out["timeline"] = to_html(timeline, "timeline-chart", first, click=True)
        first = False
    for i, chart in enumerate(number_figures(corpus, series)):
        out["numbers"].append((chart, to_html(chart.figure, f"numbers-chart-{i}", first)))
        first = False
    network = network_figure(corpus, events)
    if network is not None:
        out["network"] = to_html(network, "network-chart", first)
    return out

"""Plotly figures for the report: the timeline, numeric series and the entity network.

Every label that may come from article text is HTML-escaped, because plotly renders hover text
and annotations as (a subset of) HTML.
"""

from __future__ import annotations

import math
from collections import Counter
from html import escape

import plotly.graph_objects as go
import plotly.io as pio

from newsweave.fuse.series import Measure
from newsweave.report.view import Corpus, EventView

_CLICK = (
    "var gd=document.getElementById('{plot_id}');"
    "gd.on('plotly_click',function(d){var p=d.points[0];if(!p.customdata)return;"
    "var el=document.getElementById(p.customdata);if(el){el.open=true;el.scrollIntoView();}});"
)


def _start(date: str) -> str:
    return date if len(date) == 10 else (date + "-01-01")[:10]


def _html(fig: go.Figure, div_id: str, first: bool, click: bool = False) -> str:
    fig.update_layout(margin={"l": 60, "r": 20, "t": 40, "b": 40}, template="plotly_white")
    return pio.to_html(
        fig, full_html=False, include_plotlyjs=first, div_id=div_id,
        post_script=_CLICK if click else None, config={"displaylogo": False, "responsive": True},
    )


def timeline_figure(events: list[EventView]) -> go.Figure:
    dated = [v for v in events if v.event.date]
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
    fig.update_layout(title="Events over time (size: independent sources; click to open)",
                      height=max(320, 60 + 40 * len({v.event.type for v in dated})),
                      xaxis={"type": "date"}, yaxis={"type": "category"})
    return fig


def series_figure(series: list[tuple[EventView, Measure]]) -> go.Figure:
    fig = go.Figure()
    for v, m in series:
        points = [p for p in m.points if p.date]
        unit = f" ({m.unit})" if m.unit else ""
        fig.add_trace(go.Scatter(
            x=[_start(p.date or "") for p in points], y=[p.value for p in points],
            mode="lines+markers", name=escape(f"{v.event.summary[:60]}{unit}"),
            hovertext=[escape(f"{p.text} — reported {p.date}") for p in points],
            hoverinfo="text+y",
        ))
    fig.update_layout(title="Numbers over time (each line: one measure of one event)", height=380,
                      xaxis={"type": "date"}, legend={"orientation": "h", "y": -0.2})
    return fig


def network_figure(corpus: Corpus, events: list[EventView]) -> go.Figure:
    """Who acts with or on whom: an edge per pair of parties, as wide as their events."""
    edges: Counter = Counter()
    for v in events:
        ev = v.event
        if ev.targets:
            edges.update((a, t) for a in ev.actors for t in ev.targets if a != t)
        else:
            parties = sorted(ev.actors)
            edges.update((a, b) for i, a in enumerate(parties) for b in parties[i + 1:])
    degree: Counter = Counter()
    for (a, b), n in edges.items():
        degree[a] += n
        degree[b] += n
    nodes = sorted(degree, key=lambda e: (-degree[e], corpus.name(e)))
    where = {
        e: (math.cos(2 * math.pi * i / max(len(nodes), 1)),
            math.sin(2 * math.pi * i / max(len(nodes), 1)))
        for i, e in enumerate(nodes)
    }
    fig = go.Figure()
    for (a, b), n in sorted(edges.items()):
        (x0, y0), (x1, y1) = where[a], where[b]
        fig.add_trace(go.Scatter(
            x=[x0, x1], y=[y0, y1], mode="lines", showlegend=False, hoverinfo="text",
            line={"width": 1 + min(n, 8), "color": "#95a5a6"},
            hovertext=escape(f"{corpus.name(a)} → {corpus.name(b)}: {n} event(s)"),
        ))
        # an arrowhead-like marker near the target shows the direction
        fig.add_trace(go.Scatter(
            x=[x0 + 0.85 * (x1 - x0)], y=[y0 + 0.85 * (y1 - y0)], mode="markers",
            showlegend=False, hoverinfo="skip",
            marker={"symbol": "diamond", "size": 6, "color": "#7f8c8d"},
        ))
    fig.add_trace(go.Scatter(
        x=[where[e][0] for e in nodes], y=[where[e][1] for e in nodes], mode="markers+text",
        text=[escape(corpus.name(e)) for e in nodes], textposition="top center",
        marker={"size": [10 + 2 * min(degree[e], 15) for e in nodes], "color": "#2e86c1"},
        hovertext=[escape(f"{corpus.name(e)}: {degree[e]} link(s)") for e in nodes],
        hoverinfo="text", showlegend=False,
    ))
    fig.update_layout(title="Entity network (who acts with or on whom)", height=520,
                      xaxis={"visible": False}, yaxis={"visible": False, "scaleanchor": "x"})
    return fig


def render_charts(
    corpus: Corpus, events: list[EventView], series: list[tuple[EventView, Measure]]
) -> dict[str, str]:
    """HTML blocks; the first carries the whole plotly.js inline (no CDN, opens offline)."""
    out = {"timeline": _html(timeline_figure(events), "timeline-chart", True, click=True)}
    out["series"] = _html(series_figure(series), "series-chart", False) if series else ""
    out["network"] = _html(network_figure(corpus, events), "network-chart", False)
    return out

"""`newsweave timeline`: the fused events as a table, each beside its source sentence."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from rich.markup import escape
from rich.table import Table

from newsweave.commands._common import add_filter_arguments, build_filters

if TYPE_CHECKING:
    from newsweave.report.view import EventView

NAME = "timeline"
HELP = "show the fused events in date order (filters: dates, entity, type, language, sources)"
READS = True  # refuses a --db that does not exist


def configure(p: argparse.ArgumentParser) -> None:
    add_filter_arguments(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument(
        "--rebuild", action="store_true", help="recompute every event from the stored claims first"
    )


def event_json(v: EventView) -> dict:
    ev = v.event
    lead = v.lead
    return {
        "id": ev.id,
        "date": ev.date,
        "type": ev.type,
        "summary": ev.summary,
        "independent_sources": ev.independent_sources,
        "weighted_sources": round(ev.weight, 3),
        "low_quality_only": ev.low_quality_only,
        "revised_by_review": v.revised,
        "conflicts": [
            {"kind": c.kind, "claims": list(c.claims), "message": c.message} for c in ev.conflicts
        ],
        "evidence": {
            "text": lead.claim.text,
            "lang": lead.claim.lang,
            "source": lead.source,
            "doc": lead.claim.doc,
            "claim": lead.claim.id,
        }
        if lead
        else None,
        "claims": list(ev.claims),
        "documents": list(ev.documents),
    }


def clip(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def run(args: argparse.Namespace, ctx) -> int:
    from newsweave import fuse
    from newsweave.report.view import load, select, why_empty

    if args.rebuild:
        fuse.rebuild(ctx.store, ctx.resources)
    corpus = load(ctx.store, ctx.kb_or_none(), ctx.resources, show_all=args.show_all)
    filters = build_filters(args, ctx, corpus)
    chosen = select(corpus, filters)
    if not chosen:
        ctx.err.print(why_empty(corpus, filters), highlight=False, markup=False)
    if args.json:
        sys.stdout.write(json.dumps([event_json(v) for v in chosen], ensure_ascii=False,
                                    indent=1))
        sys.stdout.write("\n")
        return 0
    if not chosen:
        return 0
    # Narrow fixed columns; the summary cell carries the event id, the evidence and the
    # conflicts, so the table stays readable in an 80-column terminal.
    table = Table(title=f"{len(chosen)} events", show_lines=True, expand=True)
    table.add_column("date", no_wrap=True, width=10)
    table.add_column("type", no_wrap=True, width=13)
    table.add_column("src", justify="right", no_wrap=True, width=3)
    table.add_column("summary · source sentence · conflicts · id", ratio=1)
    for v in chosen:
        ev = v.event
        lead = v.lead
        text = f"[bold]{escape(ev.summary)}[/bold]"
        if lead:
            text += (
                f"\n[dim]{escape(clip(lead.claim.text))}[/dim]"
                f"\n[dim]— {escape(lead.source)} ({lead.claim.lang or '?'}, "
                f"{lead.claim.modality})[/dim]"
            )
        for c in ev.conflicts:
            text += f"\n[red]{c.kind} conflict[/red]: {escape(c.message)}"
        text += f"\n[cyan]{escape(ev.id)}[/cyan]" + (" [yellow](revised by review)[/yellow]"
                                                     if v.revised else "")
        sources = f"{ev.independent_sources}"
        if ev.low_quality_only:
            sources += "\n[yellow]low[/yellow]"
        table.add_row(ev.date or "undated", ev.type, sources, text)
    ctx.out.print(table)
    ctx.err.print("`newsweave event ID` shows one event with all its claims", style="dim")
    return 0

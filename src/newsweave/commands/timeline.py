"""`newsweave timeline`: the fused events as a table, each beside its source sentence."""

from __future__ import annotations

import argparse
import json
import sys

from rich.markup import escape
from rich.table import Table

from newsweave import fuse
from newsweave.report.view import EventView, Filters, load, select

NAME = "timeline"
HELP = "show the fused events in date order (filters: dates, entity, type, language, sources)"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", metavar="DATE", help="YYYY[-MM[-DD]]")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="YYYY[-MM[-DD]]")
    p.add_argument("--entity", metavar="NAME", help="a name or alias of an actor, target or place")
    p.add_argument("--type", metavar="TYPE", help="claim type, e.g. MEET")
    p.add_argument("--lang", metavar="LANG", help="keep events with a claim in this language")
    p.add_argument(
        "--min-sources",
        type=int,
        default=0,
        metavar="N",
        help="keep events with at least N independent sources",
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument(
        "--rebuild", action="store_true", help="recompute every event from the stored claims first"
    )


def _as_json(v: EventView) -> dict:
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
        "conflicts": [
            {"kind": c.kind, "claims": list(c.claims), "message": c.message} for c in ev.conflicts
        ],
        "evidence": {
            "text": lead.claim.text,
            "lang": lead.claim.lang,
            "source": lead.source,
            "doc": lead.claim.doc,
        }
        if lead
        else None,
        "claims": list(ev.claims),
        "documents": list(ev.documents),
    }


def _clip(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _kb(ctx):
    try:
        return ctx.resources.kb
    except Exception:  # names then come from the store alone
        return None


def run(args: argparse.Namespace, ctx) -> int:
    if args.rebuild:
        fuse.rebuild(ctx.store, ctx.resources)
    corpus = load(ctx.store, _kb(ctx))
    chosen = select(
        corpus,
        Filters(args.date_from, args.date_to, args.entity, args.type, args.lang, args.min_sources),
    )
    if args.json:
        sys.stdout.write(json.dumps([_as_json(v) for v in chosen], ensure_ascii=False, indent=1))
        sys.stdout.write("\n")
        return 0
    # Narrow fixed columns; the summary cell carries the evidence and the conflicts, so the
    # table stays readable in an 80-column terminal.
    table = Table(title=f"{len(chosen)} events", show_lines=True, expand=True)
    table.add_column("date", no_wrap=True, width=10)
    table.add_column("type", no_wrap=True, width=13)
    table.add_column("src", justify="right", no_wrap=True, width=3)
    table.add_column("summary · source sentence · conflicts", ratio=1)
    for v in chosen:
        ev = v.event
        lead = v.lead
        text = f"[bold]{escape(ev.summary)}[/bold]"
        if lead:
            text += (
                f"\n[dim]{escape(_clip(lead.claim.text))}[/dim]"
                f"\n[dim]— {escape(lead.source)} ({lead.claim.lang or '?'}, "
                f"{lead.claim.modality})[/dim]"
            )
        for c in ev.conflicts:
            text += f"\n[red]{c.kind} conflict[/red]: {escape(c.message)}"
        sources = f"{ev.independent_sources}"
        if ev.low_quality_only:
            sources += "\n[yellow]low[/yellow]"
        table.add_row(ev.date or "undated", ev.type, sources, text)
    ctx.out.print(table)
    if not chosen:
        ctx.err.print("no events match (ingest documents first, or relax the filters)")
    return 0

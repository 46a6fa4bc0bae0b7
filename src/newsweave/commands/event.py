"""`newsweave event ID`: one event with its claims, their sentences and gloss, its conflicts
and its independent sources."""

from __future__ import annotations

import argparse
import json
import sys

from rich.markup import escape

from newsweave.commands._common import UsageError

NAME = "event"
HELP = "show one event (an id or unique prefix from `timeline`): claims, sources, conflicts"
READS = True  # refuses a --db that does not exist


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", help="event id or a unique prefix (`newsweave timeline` shows them)")
    p.add_argument("--json", action="store_true", help="print JSON instead")


def run(args: argparse.Namespace, ctx) -> int:
    from newsweave.commands.timeline import event_json
    from newsweave.report.detail import event_detail
    from newsweave.report.view import find_event, load

    # one event is shown whole: claims below the confidence threshold too, marked
    corpus = load(ctx.store, ctx.kb_or_none(), ctx.resources, show_all=True)
    v, candidates = find_event(corpus, args.id, ctx.store.events())
    if v is None:
        if candidates:
            raise UsageError(f"{args.id!r} could be any of {', '.join(candidates[:10])}")
        if not corpus.events:
            raise UsageError(f"no event {args.id!r}: this database has no events")
        raise UsageError(f"no event {args.id!r}; `newsweave timeline` lists the ids")
    detail = event_detail(ctx.store, ctx.resources, corpus, v)
    if args.json:
        data = event_json(v)
        data["claims"] = [c.as_json() for c in detail.claims]
        data["source_groups"] = [list(g) for g in detail.groups]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        return 0
    out = ctx.out
    ev = v.event
    out.print(f"[bold]{escape(ev.summary)}[/bold]", highlight=False)
    out.print(f"[cyan]{escape(ev.id)}[/cyan]  {ev.type}  {ev.date or 'undated'}  "
              f"{ev.independent_sources} independent source(s), {len(ev.documents)} document(s)"
              + ("  [yellow]revised by review[/yellow]" if v.revised else ""), highlight=False)
    for c in ev.conflicts:
        out.print(f"[red]{c.kind} conflict[/red]: {escape(c.message)}", highlight=False)
    out.print("\n[bold]independent sources[/bold] (copies of one original count once)")
    for i, group in enumerate(detail.groups, 1):
        out.print(f"  {i}. " + "; ".join(escape(s) for s in group), highlight=False)
    out.print(f"\n[bold]{len(detail.claims)} claims[/bold]")
    for c in detail.claims:
        claim = c.view.claim
        status = f" [green]{c.view.status}[/green]" if c.view.status else ""
        out.print(f"\n[dim]{escape(claim.id)}[/dim]{status}  {claim.type} · {claim.modality} · "
                  f"{claim.lang or '?'} · confidence {claim.confidence:.2f} · "
                  f"{escape(c.source)}", highlight=False)
        out.print(f"  {escape(' '.join(c.sentence.split()))}", highlight=False)
        out.print(f"  [italic]≈ {escape(c.reading)}[/italic]", highlight=False)
        for f in c.view.findings:
            out.print(f"  [yellow]{f.kind}[/yellow]: {escape(f.message)}", highlight=False)
    return 0

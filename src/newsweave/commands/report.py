"""`newsweave report -o report.html`: one self-contained HTML file that opens offline."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsweave import fuse
from newsweave.report.html import build_report
from newsweave.report.view import Filters

NAME = "report"
HELP = "write the HTML report: timeline, numbers, network, events with evidence, findings"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", default="report.html", help="HTML file to write")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="YYYY[-MM[-DD]]")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="YYYY[-MM[-DD]]")
    p.add_argument("--entity", metavar="NAME", help="a name or alias of an actor, target or place")
    p.add_argument("--type", metavar="TYPE", help="claim type, e.g. MEET")
    p.add_argument("--lang", metavar="LANG", help="keep events with a claim in this language")
    p.add_argument("--min-sources", type=int, default=0, metavar="N")
    p.add_argument("--rebuild", action="store_true",
                   help="recompute every event from the stored claims first")


def run(args: argparse.Namespace, ctx) -> int:
    if args.rebuild:
        fuse.rebuild(ctx.store, ctx.resources)
    try:
        kb = ctx.resources.kb
    except Exception:  # names then come from the store alone
        kb = None
    started = time.perf_counter()
    filters = Filters(args.date_from, args.date_to, args.entity, args.type, args.lang,
                      args.min_sources)
    html = build_report(ctx.store, ctx.resources, filters, kb)
    Path(args.output).write_text(html, encoding="utf-8")
    ctx.err.print(f"wrote {args.output} ({len(html) // 1024} KiB) in "
                  f"{time.perf_counter() - started:.1f}s", highlight=False)
    return 0

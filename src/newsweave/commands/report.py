"""`newsweave report -o report.html`: one self-contained HTML file that opens offline."""

from __future__ import annotations

import argparse
import time

from newsweave.commands._common import add_filter_arguments, build_filters, output_path

NAME = "report"
HELP = "write the HTML report: timeline, numbers, network, events with evidence, findings"
READS = True  # refuses a --db that does not exist


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", default="report.html", help="HTML file to write")
    add_filter_arguments(p)
    p.add_argument("--rebuild", action="store_true",
                   help="recompute every event from the stored claims first")


def run(args: argparse.Namespace, ctx) -> int:
    from newsweave import fuse
    from newsweave.report.html import build_report
    from newsweave.report.view import load

    output = output_path(args.output)  # a bad path is said before any work
    if args.rebuild:
        fuse.rebuild(ctx.store, ctx.resources)
    started = time.perf_counter()
    kb = ctx.kb_or_none()
    corpus = load(ctx.store, kb, ctx.resources, show_all=args.show_all)
    filters = build_filters(args, ctx, corpus)
    html = build_report(ctx.store, ctx.resources, filters, kb, corpus=corpus)
    try:
        output.write_text(html, encoding="utf-8")
    except OSError as e:
        ctx.err.print(f"newsweave report: cannot write {args.output}: {e.strerror or e}",
                      highlight=False, markup=False)
        return 2
    ctx.err.print(f"wrote {args.output} ({len(html) // 1024} KiB) in "
                  f"{time.perf_counter() - started:.1f}s", highlight=False)
    return 0

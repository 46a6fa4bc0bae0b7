"""`newsweave ingest PATH|URL…`"""

from __future__ import annotations

import argparse
from dataclasses import replace

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsweave.ingest import ingest

NAME = "ingest"
HELP = "read files, directories, globs, '-', JSONL, feeds or URLs into the store"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH|URL",
        help="file, directory (recursive), glob, '-' for stdin, .jsonl, feed, or URL",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="process documents in N worker processes (store and fusion stay in this one)",
    )
    p.add_argument(
        "--allow-private",
        action="store_true",
        help="fetch URLs on loopback, private, link-local and reserved addresses (refused by "
             "default: a feed, list or redirect could reach your own network)",
    )


def run(args: argparse.Namespace, ctx) -> int:
    counts = {"ingested": 0, "present": 0, "near": 0, "failed": 0}
    failures: list[tuple[str, str]] = []
    progress = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=ctx.err,
        transient=True,
        disable=args.quiet,
    )
    with progress:
        task = progress.add_task("", total=None)
        options = replace(ctx.options, allow_private=args.allow_private)
        for outcome in ingest(args.inputs, ctx.store, ctx.resources, jobs=args.jobs,
                              options=options):
            progress.update(task, advance=1, description=outcome.uri[-60:])
            if outcome.status == "failed":
                counts["failed"] += 1
                failures.append((outcome.uri, outcome.reason or "failed"))
            elif outcome.status == "present":
                counts["present"] += 1
            else:
                counts["ingested"] += 1
                if outcome.near_duplicates:
                    counts["near"] += 1
    out = ctx.out
    out.print(
        f"ingested {counts['ingested']}, already present {counts['present']}, "
        f"near-duplicates {counts['near']}, failed {counts['failed']}"
    )
    for uri, reason in failures:
        ctx.err.print(f"[red]failed[/red] {uri}: {reason}", markup=True, highlight=False)
    return 1 if failures else 0

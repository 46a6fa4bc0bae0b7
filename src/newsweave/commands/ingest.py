"""`newsweave ingest PATH|URL…`

SIGINT (Ctrl-C) and SIGTERM stop reading inputs; what was stored is fused before the command
exits (130 or 143). A second signal stops that too: the documents stay marked "not yet
fused", and the next `ingest` or `newsweave repair` fuses them.
"""

from __future__ import annotations

import argparse
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from types import FrameType

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

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
        "--dask",
        metavar="SCHEDULER|local:N",
        default=None,
        help="run the per-document pipeline on a Dask cluster: a scheduler's address "
             "(tcp://HOST:8786) or local:N (N worker processes here); store and fusion stay in "
             "this process",
    )
    p.add_argument(
        "--allow-private",
        action="store_true",
        help="fetch URLs on loopback, private, link-local and reserved addresses (refused by "
             "default: a feed, list or redirect could reach your own network)",
    )
    p.add_argument(
        "--budget",
        type=float,
        default=None,
        metavar="SECONDS",
        help="time one document may take before it is stopped and reported (default 30; 0: "
             "no limit)",
    )


class Stop(BaseException):
    """A signal asked the command to stop (not an Exception: nothing may swallow it)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextmanager
def stopping_on_signals() -> Iterator[None]:
    """SIGINT and SIGTERM raise Stop in the main thread while inside."""

    def stop(signum: int, _frame: FrameType | None) -> None:
        raise Stop(signum)

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def run(args: argparse.Namespace, ctx) -> int:
    from newsweave.commands._common import UsageError

    if args.jobs > 1 and not args.dask:
        from newsweave import forkserver

        forkserver.start()  # its warm-up runs while this process imports the pipeline
    from newsweave.ingest import ingest  # the pipeline's imports are for this command only

    cluster_error: tuple[type[Exception], ...] = ()  # a cluster that cannot be reached
    if args.dask:
        from newsweave import distributed

        cluster_error = (distributed.UsageError,)

        if args.jobs != 1:
            raise UsageError("give either --jobs or --dask, not both (with --dask the cluster's "
                             "workers do the work)")
        try:
            distributed.parse_address(args.dask)
        except distributed.UsageError as e:
            raise UsageError(str(e)) from e
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
    options = replace(ctx.options, allow_private=args.allow_private)
    if args.budget is not None:
        options = replace(options, doc_time_budget=args.budget)
    ctx.store.on_wait = lambda message: ctx.err.print(message, highlight=False)
    stopped: Stop | None = None
    with stopping_on_signals():
        outcomes = ingest(args.inputs, ctx.store, ctx.resources, jobs=args.jobs,
                          options=options, dask=args.dask)
        try:
            with progress:
                task = progress.add_task("", total=None)
                for outcome in outcomes:
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
        except cluster_error as e:
            raise UsageError(str(e)) from e
        except Stop as e:
            stopped = e
            ctx.err.print(f"{e}: stopping; fusing what was stored (signal again to leave it "
                          "for the next run)", highlight=False)
        finally:
            try:
                outcomes.close()  # an interrupted batch fuses what it stored
            except Stop as e:
                stopped = stopped or e
    out = ctx.out
    out.print(
        f"ingested {counts['ingested']}, already present {counts['present']}, "
        f"near-duplicates {counts['near']}, failed {counts['failed']}"
    )
    for uri, reason in failures:
        ctx.err.print(f"[red]failed[/red] {uri}: {reason}", markup=True, highlight=False)
    if stopped is not None:
        unfused = len(ctx.store.unfused_documents())
        left = (f"{unfused} stored documents are not yet fused (`newsweave repair` or the next "
                "ingest fuses them)" if unfused else "every stored document is fused")
        ctx.err.print(f"interrupted by {stopped}; {left}; run the same command again to read "
                      "the rest", highlight=False)
        return 128 + stopped.signum
    return 1 if failures else 0

"""`newsweave repair`: finish what an interrupted or failed ingest left undone."""

from __future__ import annotations

import argparse

NAME = "repair"
HELP = "fuse documents an interrupted ingest left unfused; retry failed fusion"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")


def run(args: argparse.Namespace, ctx) -> int:
    from newsweave.ingest import repair

    ctx.store.on_wait = lambda message: ctx.err.print(message, highlight=False)
    done = repair(ctx.store, ctx.resources)
    if not args.quiet:
        if not (done.fused or done.reanalysed or done.failed):
            ctx.out.print("nothing to repair: every stored document is fused")
        else:
            ctx.out.print(f"fused {len(done.fused)} documents, analysed again "
                          f"{len(done.reanalysed)} dated by an estimated month, "
                          f"failed {len(done.failed)}")
    for doc_id, why in done.failed:
        ctx.err.print(f"[red]not fused[/red] {doc_id}: {why}", markup=True, highlight=False)
    return 1 if done.failed else 0

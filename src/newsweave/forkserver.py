"""The fork server `ingest -j N` workers are forked from (its warm-up is `preload.py`).

Started first thing by the command, before this process imports the pipeline: the server's
warm-up (imports, knowledge base, lexicons: ≈1.5 s of processor time) then runs beside this
process's own start on the second core instead of after it.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing import forkserver
from multiprocessing.context import BaseContext

PRELOAD = ["newsweave.preload"]


def context() -> BaseContext:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def start() -> None:
    """Launch the server now if it is not running (returns at once: the warm-up runs in it)."""
    context()
    forkserver.ensure_running()

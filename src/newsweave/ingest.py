"""Ingestion: sources → per-document pipeline → store → incremental fusion.

One bad document never stops a batch: its failure is reported with a one-line reason and
nothing of it is stored (the store writes each document in one transaction). A document that
takes longer than its time budget (`options.doc_time_budget`) is stopped and reported with
the stage it was in.

Documents are stored as they come, marked "not yet fused"; every `flush_every` documents and at
the end, `fuse.fuse_pending` folds every unfused document of the store into the events and
marks it, in one write transaction. So a run killed at any moment leaves a store whose events
cover exactly its fused documents, and the next run (or `newsweave repair`) fuses the rest
first; two runs at once fuse one after the other.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Literal

from newsweave import forkserver, fuse
from newsweave.dispatch import Dispatcher, main_language, start_bytes
from newsweave.model import Claim, InputError, Processed, RawDocument
from newsweave.options import Options
from newsweave.pipeline import process, reanalyse
from newsweave.resources import Resources
from newsweave.sources import read_inputs
from newsweave.store import Store

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from distributed import Client

Status = Literal["ingested", "present", "failed"]


@dataclass(frozen=True, slots=True)
class Outcome:
    uri: str
    status: Status
    doc_id: str | None = None
    reason: str | None = None
    near_duplicates: tuple[tuple[str, float], ...] = field(default=())


# (uri, the processed document or None, the reason it failed or None)
Result = tuple[str, Processed | None, str | None]


# ---------------------------------------------------------------------- the time budget

class OverBudget(Exception):
    """Raised inside a document's pipeline when its time budget runs out."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget in this thread once the process has spent `seconds` of processor time
    inside (ITIMER_PROF: processor time, so a busy machine or -j workers sharing cores do not
    make a document run out; only the main thread of a process receives the signal, so
    elsewhere — a web server's worker thread — there is no budget and the limits of README's
    "Bad input" are what bounds a document)."""
    usable = seconds > 0 and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def stop(_signum: int, _frame: FrameType | None) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def stage_of(tb: TracebackType | None) -> str:
    """The pipeline stage a traceback was in: the package (extract, clean, segment, analyze,
    claims, forensics, kb, time, quantity…) of the function `pipeline.py` was calling."""
    stage = "pipeline"
    in_pipeline = False
    while tb is not None:
        module = str(tb.tb_frame.f_globals.get("__name__", ""))
        if in_pipeline and module.startswith("newsweave.") and module != "newsweave.pipeline":
            stage = module.split(".")[1]
            in_pipeline = False
        elif module == "newsweave.pipeline":
            in_pipeline = True
        tb = tb.tb_next
    return stage


def process_safely(raw: RawDocument, resources: Resources, budget: float = 0.0) -> Result:
    """Run the per-document pipeline within `budget` seconds (0: no limit); any failure
    becomes a one-line reason."""
    try:
        with time_budget(budget):
            return raw.uri, process(raw, resources), None
    except InputError as e:
        return raw.uri, None, e.reason
    except OverBudget as e:
        return raw.uri, None, (f"stopped after its time budget of {budget:g} s (processor "
                               f"time), in {stage_of(e.__traceback__)}")
    except (MemoryError, RecursionError) as e:
        return raw.uri, None, f"too large or too deeply nested ({type(e).__name__})"
    except Exception as e:  # a bug on one document must not stop the batch
        return raw.uri, None, f"internal error: {type(e).__name__}: {e}"


def _load_shared(resources: Resources) -> None:
    """Load the knowledge base before the first document: building it on a fresh cache takes
    tens of seconds once per machine, loading it a fraction of one per process, and neither
    is the first document's work to be charged to its time budget. A failure here is left for
    the document to report."""
    try:
        resources.kb  # noqa: B018 - loaded and kept by the cached property
    except Exception as e:
        log.debug("knowledge base not loaded before the first document: %s", e)


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group: the main process decides, workers carry on
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _results(
    items: Iterable[RawDocument | InputError], resources: Resources, jobs: int, budget: float,
    dask: str | Client | None = None,
) -> Iterator[Result]:
    """Processed documents in input order; with jobs > 1 in worker processes; with `dask` (a
    scheduler address or local:N) on a Dask cluster, in the order they complete.

    At most `WINDOW_PER_JOB` × jobs documents are in flight, so memory stays bounded on any
    corpus size.
    """
    if isinstance(dask, str):
        from newsweave import distributed

        with distributed.connect(dask) as client:
            yield from distributed.results(items, resources, client, budget)
        return
    if dask is not None:  # a connected dask.distributed Client
        from newsweave import distributed

        yield from distributed.results(items, resources, dask, budget)
        return
    if jobs <= 1:
        loaded = False
        for item in items:
            if isinstance(item, InputError):
                yield item.uri, None, item.reason
                continue
            if not loaded:
                loaded = True
                _load_shared(resources)
            yield process_safely(item, resources, budget)
        return
    yield from _in_workers(items, resources, jobs, budget)


# documents in flight per worker. Results are taken in input order (the store and fusion see
# the same sequence at any -j), so a worker whose queue runs ahead waits on the slowest one;
# a wide window lets the other workers go on while one loads Kiwi or takes a long document
# (4 per worker left one worker idle for seconds on the dev texts). Held results are small.
WINDOW_PER_JOB = 16


class _Workers:
    """`jobs` worker processes, each with its own queue, so that `dispatch.Dispatcher` decides
    which one takes a document (a shared queue would give each document to whichever is free,
    and every worker would load every language). Forked from a server process that has the
    pipeline imported and resources loaded (`preload.py`), not from this one: analysers
    loaded here are never forked."""

    def __init__(self, jobs: int) -> None:
        self.context = forkserver.context()
        self.pools = [self._pool() for _ in range(jobs)]
        self.dispatcher = Dispatcher(jobs, start_cost=start_bytes)

    def _pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=1, mp_context=self.context,
                                   initializer=_worker_init)

    def submit(self, raw: RawDocument, resources: Resources, budget: float) -> Future[Result]:
        language = main_language(raw)
        w = self.dispatcher.choose(language, len(raw.data))
        log.debug("%s (%s) -> worker %d", raw.uri, language or "language unknown", w)
        try:
            future = self.pools[w].submit(process_safely, raw, resources, budget)
        except BrokenExecutor:  # its process died (e.g. killed for memory): start another
            self.pools[w].shutdown(wait=False, cancel_futures=True)
            self.pools[w] = self._pool()
            future = self.pools[w].submit(process_safely, raw, resources, budget)
        return future

    def shutdown(self) -> None:
        for pool in self.pools:  # stopped early: what has not started never will
            pool.shutdown(wait=False, cancel_futures=True)
        for pool in self.pools:
            pool.shutdown(wait=True)


def _in_workers(items: Iterable[RawDocument | InputError], resources: Resources, jobs: int,
                budget: float) -> Iterator[Result]:
    """Processed documents in input order from `jobs` worker processes, each document sent to
    the worker that handles its language (`dispatch.py`).

    Fusion in this process reads the knowledge base; it is loaded once the first documents are
    on their way, while the workers start and work, not after the last result, where it would
    stand between the workers' end and the command's (≈0.5–1 s of a 9 s batch of 56)."""
    workers = _Workers(jobs)
    loaded = False
    try:
        window: deque[Future[Result] | Result] = deque()
        for item in items:
            if isinstance(item, InputError):
                window.append((item.uri, None, item.reason))
            else:
                window.append(workers.submit(item, resources, budget))
            if not loaded and len(window) >= WINDOW_PER_JOB * jobs:
                loaded = True
                _load_shared(resources)
            while len(window) > WINDOW_PER_JOB * jobs:
                yield _settle(window.popleft())
        if not loaded:
            _load_shared(resources)
        while window:
            yield _settle(window.popleft())
    finally:
        workers.shutdown()


def _settle(entry: Future[Result] | Result) -> Result:
    if isinstance(entry, Future):
        try:
            return entry.result()
        except Exception as e:  # a worker died (e.g. killed for memory): report, go on
            return "?", None, f"worker failed: {type(e).__name__}: {e}"
    return entry


# ---------------------------------------------------------------------- the batch

def ingest(
    specs: list[str], store: Store, resources: Resources, jobs: int = 1,
    options: Options | None = None, flush_every: int = 500, dask: str | Client | None = None,
) -> Iterator[Outcome]:
    """Read `specs` into the store. `options` (default: the resources') govern reading the
    sources (e.g. `allow_private` for URLs) and each document's time budget. With `dask` (a
    scheduler address, local:N, or a connected `distributed.Client`) the per-document
    pipeline runs on a Dask cluster (`distributed.py`); storing and fusion stay in this
    process either way.

    Closing the generator early (an interrupted run) still fuses what was stored."""
    options = options or resources.options
    session = fuse.Session(store, resources)
    # documents stored by this run and not yet fused: id -> (uri, claims)
    pending: dict[str, tuple[str, tuple[Claim, ...]]] = {}

    def fuse_now() -> list[Outcome]:
        if not pending and not store.unfused_documents():
            return []  # nothing to fuse: no need to wait for the write lock
        uris = {d: uri for d, (uri, _) in pending.items()}
        done = fuse.fuse_pending(session, {d: claims for d, (_, claims) in pending.items()})
        pending.clear()
        return [Outcome(uris.get(d, d), "failed", d,
                        reason=f"stored, but its claims could not be fused ({why}); "
                               "`newsweave repair` tries again")
                for d, why in done.failed]

    yield from fuse_now()  # what a killed run left, if anything
    finished = False
    try:
        for uri, processed, reason in _results(read_inputs(specs, options), resources, jobs,
                                               options.doc_time_budget, dask):
            if processed is None:
                yield Outcome(uri, "failed", reason=reason)
                continue
            doc = processed.document
            if store.has_document(doc.id) or not store.save(
                    processed, near_threshold=options.near_duplicate_threshold):
                store.add_source(uri, doc.id)
                yield Outcome(uri, "present", doc.id)
                continue
            pending[doc.id] = (uri, processed.claims)
            near = tuple(store.near_duplicates(doc.id))
            yield Outcome(uri, "ingested", doc.id, near_duplicates=near)
            if len(pending) >= flush_every:
                yield from fuse_now()
        finished = True
        yield from fuse_now()
    finally:
        if not finished and pending:  # interrupted: what was stored is fused before leaving
            fuse_now()


@dataclass
class Repaired:
    fused: list[str] = field(default_factory=list)  # left unfused, now fused
    reanalysed: list[str] = field(default_factory=list)  # had claims dated by an estimate
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document, why)


def repair(store: Store, resources: Resources) -> Repaired:
    """Finish what interrupted runs left: fuse the documents not yet fused, retry those whose
    fusion failed, and analyse again the documents an older newsweave dated by an estimated
    month (an estimate never dates a claim now), rebuilding the events if there were any."""
    out = Repaired()
    store.retry_fusion(store.fusion_failed_documents())
    for doc_id in store.documents_dated_by_estimate():
        document = store.document(doc_id)
        if document is not None:
            store.replace_analysis(reanalyse(document, resources))
            out.reanalysed.append(doc_id)
    pending = store.unfused_documents()
    if out.reanalysed:  # their old claims may sit in any event: all are recomputed
        fuse.rebuild(store, resources)
        out.fused = pending
        return out
    done = fuse.fuse_pending(fuse.Session(store, resources))
    out.fused, out.failed = done.fused, done.failed
    return out

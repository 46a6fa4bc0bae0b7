"""The per-document pipeline on a Dask distributed cluster (`ingest --dask ADDRESS|local:N`).

The pipeline is a pure function of one document plus read-only resources, so any machine with
newsweave installed can run it: documents go to the cluster's workers, their results come back
as they complete (`as_completed`), and the caller stores and fuses them in its own process
(fusion is serial and writes to the store; events do not depend on the order documents arrive
in). Resources reach each worker once: a worker plugin carries the options (`Resources` pickles
by its options) and builds them on the worker when it joins; every task there reuses them.

At most `4 × threads` documents are in flight, so memory stays bounded on any corpus size. One
bad document never stops the batch: a failure inside the pipeline comes back as its reason
(`ingest.process_safely`), and a lost worker or task as "worker failed". Tasks run in the
workers' threads, where the per-document time budget (a processor-time signal, main thread
only) cannot reach: README's "Bad input" limits are what bound a document there.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin

from newsweave.model import InputError, RawDocument
from newsweave.resources import Resources

if TYPE_CHECKING:
    from distributed import Client

# (uri, the processed document or None, the reason it failed or None), as in ingest.py
Result = tuple[str, Any, str | None]

PLUGIN_NAME = "newsweave-resources"
_worker_resources: Resources | None = None  # this worker process's, set by the plugin


class UsageError(ValueError):
    """A --dask value that names no cluster."""


class ResourcesPlugin(WorkerPlugin):
    """Gives each worker the resources once, when it joins."""

    name = PLUGIN_NAME

    def __init__(self, resources: Resources):
        self.resources = resources  # pickled by its options: built on the worker

    def setup(self, worker: Any) -> None:
        global _worker_resources
        _worker_resources = self.resources


def process_on_worker(raw: RawDocument, budget: float) -> Result:
    """One document through the pipeline with the worker's resources (the task Dask runs)."""
    from newsweave.ingest import process_safely

    if _worker_resources is None:  # a worker that joined without the plugin (should not be)
        return raw.uri, None, "worker failed: newsweave resources are not set up on it"
    return process_safely(raw, _worker_resources, budget)


def parse_address(spec: str) -> tuple[str, int | None]:
    """`local:N` -> ("local", N); anything else is a scheduler address (tcp://host:port)."""
    if spec.startswith("local:"):
        try:
            n = int(spec.removeprefix("local:"))
        except ValueError:
            n = 0
        if n < 1:
            raise UsageError(f"--dask {spec}: local:N needs a number of workers N ≥ 1")
        return "local", n
    if not spec or spec.startswith("-"):
        raise UsageError(f"--dask {spec!r}: give a scheduler address (tcp://HOST:8786) or "
                         "local:N")
    return spec, None


@contextmanager
def connect(spec: str, timeout: float = 20.0) -> Iterator[Client]:
    """A client of the cluster `spec` names: a scheduler's address, or `local:N` for a cluster
    of N single-threaded worker processes on this machine (bound to 127.0.0.1, no dashboard),
    closed on leaving."""
    from distributed import Client, LocalCluster

    address, n = parse_address(spec)
    if address == "local":
        # its logs: errors only (a worker slow to stop on a busy machine is no news)
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                          host="127.0.0.1", dashboard_address=None,
                          silence_logs=logging.ERROR) as cluster, \
                Client(cluster) as client:
            yield client
    else:
        try:
            client = Client(address, timeout=f"{timeout}s")
        except (OSError, TimeoutError) as e:
            raise UsageError(f"--dask {spec}: cannot reach the scheduler ({e})") from e
        with client:
            yield client


def results(items: Iterable[RawDocument | InputError], resources: Resources, client: Client,
            budget: float = 0.0) -> Iterator[Result]:
    """Processed documents from the cluster, in the order they complete."""
    from distributed import as_completed

    client.register_plugin(ResourcesPlugin(resources), name=PLUGIN_NAME)
    threads = max(1, sum(client.nthreads().values()))
    uri_of: dict[str, str] = {}  # future key -> document, for failures
    pending = as_completed()
    in_flight = 0
    for item in items:
        if isinstance(item, InputError):
            yield item.uri, None, item.reason
            continue
        future = client.submit(process_on_worker, item, budget, pure=False)
        uri_of[future.key] = item.uri
        pending.add(future)
        in_flight += 1
        while in_flight >= 4 * threads:
            yield _settle(next(pending), uri_of)
            in_flight -= 1
    for future in pending:
        yield _settle(future, uri_of)


def _settle(future: Any, uri_of: dict[str, str]) -> Result:
    uri = uri_of.pop(future.key, "?")
    try:
        result = future.result()
    except Exception as e:  # the worker died or the task was lost: report, go on
        result = uri, None, f"worker failed: {type(e).__name__}: {e}"
    finally:
        future.release()
    return result

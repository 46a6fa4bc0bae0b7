"""Ingestion in the background: one worker thread runs the jobs one after another (the store
has one writer), and each job reports its progress and the one-line reason of each failure."""

from __future__ import annotations

import itertools
import queue
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from newsweave.options import Options
from newsweave.resources import Resources
from newsweave.store import Store


@dataclass
class Job:
    id: str
    kind: str  # "upload" or "urls"
    specs: list[str]  # what `ingest` reads (file paths, URLs)
    labels: list[str]  # what the user gave (file names, URLs)
    state: str = "queued"  # queued | running | done | failed
    done: int = 0
    ingested: int = 0
    present: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    current: str = ""
    error: str | None = None
    created: float = field(default_factory=time.time)
    finished: float | None = None
    refused: list[tuple[str, str]] = field(default_factory=list)  # refused before ingest

    @property
    def total(self) -> int:
        return len(self.specs)

    def as_json(self) -> dict:
        return {
            "id": self.id, "kind": self.kind, "state": self.state, "inputs": self.labels,
            "total": self.total, "done": self.done, "ingested": self.ingested,
            "present": self.present, "failed": self.failed + len(self.refused),
            "failures": [{"input": u, "reason": r} for u, r in [*self.refused, *self.failures]],
            "documents": self.documents, "current": self.current, "error": self.error,
        }


class JobRunner:
    def __init__(self, open_store: Callable[[], Store], resources: Resources,
                 options: Options | None = None, ingest: Callable | None = None):
        self.open_store = open_store
        self.resources = resources
        # how sources are read (allow_private for URLs); the fetcher in newsweave.sources
        # refuses private, loopback and link-local targets before connecting unless allowed
        self.options = options or resources.options
        if ingest is None:
            from newsweave.ingest import ingest
        self.ingest = ingest
        self.jobs: dict[str, Job] = {}
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._counter = itertools.count(1)
        self._lock = threading.Lock()

    def submit(self, kind: str, specs: list[str], labels: list[str],
               refused: list[tuple[str, str]] | None = None) -> Job:
        job = Job(f"{next(self._counter)}-{secrets.token_hex(4)}", kind, specs, labels,
                  refused=list(refused or ()))
        self.jobs[job.id] = job
        if not specs:
            job.state = "done" if not job.refused else "failed"
            job.finished = time.time()
            return job
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="newsweave-ingest",
                                                daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job

    def stop(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout=30)

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            self._run(job)

    def _run(self, job: Job) -> None:
        job.state = "running"
        try:
            store = self.open_store()
        except Exception as e:
            job.state, job.error, job.finished = "failed", f"cannot open the store: {e}", \
                time.time()
            return
        try:
            for outcome in self.ingest(job.specs, store, self.resources,
                                       options=self.options):
                job.done += 1
                job.current = outcome.uri
                if outcome.status == "failed":
                    job.failed += 1
                    job.failures.append((self._label(job, outcome.uri),
                                         outcome.reason or "failed"))
                elif outcome.status == "present":
                    job.present += 1
                    job.documents.append(outcome.doc_id or "")
                else:
                    job.ingested += 1
                    job.documents.append(outcome.doc_id or "")
            job.state = "done"
        except Exception as e:  # a bug must end the job with its reason, not hang it
            job.state, job.error = "failed", f"{type(e).__name__}: {e}"
        finally:
            job.current = ""
            job.finished = time.time()
            store.close()

    @staticmethod
    def _label(job: Job, uri: str) -> str:
        for spec, label in zip(job.specs, job.labels, strict=False):
            if spec == uri:
                return label
        return uri

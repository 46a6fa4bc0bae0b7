"""Ingestion: sources → per-document pipeline → store → incremental fusion.

One bad document never stops a batch: its failure is reported with a one-line reason and
nothing of it is stored (the store writes each document in one transaction).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Literal

from newsweave import fuse
from newsweave.fuse.estimate import EventIndex, estimate_reference_date
from newsweave.model import InputError, Processed, RawDocument
from newsweave.options import Options
from newsweave.pipeline import process, reanalyse
from newsweave.resources import Resources
from newsweave.sources import read_inputs
from newsweave.store import Store

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


def process_safely(raw: RawDocument, resources: Resources) -> Result:
    """Run the per-document pipeline; any failure becomes a one-line reason."""
    try:
        return raw.uri, process(raw, resources), None
    except InputError as e:
        return raw.uri, None, e.reason
    except (MemoryError, RecursionError) as e:
        return raw.uri, None, f"too large or too deeply nested ({type(e).__name__})"
    except Exception as e:  # a bug on one document must not stop the batch
        return raw.uri, None, f"internal error: {type(e).__name__}: {e}"


def _results(
    items: Iterable[RawDocument | InputError], resources: Resources, jobs: int
) -> Iterator[Result]:
    """Processed documents in input order; with jobs > 1 in worker processes.

    At most 4 × jobs documents are in flight, so memory stays bounded on any corpus size.
    """
    if jobs <= 1:
        for item in items:
            if isinstance(item, InputError):
                yield item.uri, None, item.reason
            else:
                yield process_safely(item, resources)
        return
    # spawn, not fork: workers build their own analysers instead of sharing a forked copy
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        window: deque[Future[Result] | Result] = deque()
        for item in items:
            if isinstance(item, InputError):
                window.append((item.uri, None, item.reason))
            else:
                window.append(pool.submit(process_safely, item, resources))
            while len(window) > 4 * jobs:
                yield _settle(window.popleft())
        while window:
            yield _settle(window.popleft())


def _settle(entry: Future[Result] | Result) -> Result:
    if isinstance(entry, Future):
        try:
            return entry.result()
        except Exception as e:  # a worker died (e.g. killed for memory): report, go on
            return "?", None, f"worker failed: {type(e).__name__}: {e}"
    return entry


def ingest(
    specs: list[str], store: Store, resources: Resources, jobs: int = 1,
    options: Options | None = None,
) -> Iterator[Outcome]:
    """Read `specs` into the store. `options` (default: the resources') govern reading the
    sources, e.g. `allow_private` for URLs."""
    options = options or resources.options
    added = False
    # one fusion session for the batch: events touched again and again stay in memory and
    # are written when the batch ends (or every few hundred documents)
    session = fuse.Session(store, resources)
    try:
        for uri, processed, reason in _results(read_inputs(specs, options), resources, jobs):
            if processed is None:
                yield Outcome(uri, "failed", reason=reason)
                continue
            doc = processed.document
            if store.has_document(doc.id):
                store.add_source(uri, doc.id)
                yield Outcome(uri, "present", doc.id)
                continue
            near = (
                tuple(
                    (other, sim)
                    for other, sim in store.near_duplicate_candidates(processed.minhash)
                    if sim >= options.near_duplicate_threshold
                )
                if processed.minhash
                else ()
            )
            store.save(processed, near)
            session.ctx.forget_metadata(other for other, _ in near)  # they gained a copy
            fuse.add_document(store, processed, resources, session=session)
            added = True
            yield Outcome(uri, "ingested", doc.id, near_duplicates=near)
    finally:
        session.flush()
    if added:  # estimates read only stored documents: an unchanged store changes none
        redate_undated(store, resources, session=session)


def redate_undated(
    store: Store, resources: Resources, rounds: int = 3, session: fuse.Session | None = None
) -> list[str]:
    """Re-analyse undated documents against the month their events date them to.

    For each document without a publication date whose estimate (`fuse.estimate`) is new or
    changed, its stored text is analysed again with `reference_date` set, its analysis, claims
    and findings are replaced, and the events that held its old claims are fused again
    (`fuse.refuse_documents`; the rest cannot change). Estimates read other documents'
    events, so this repeats until nothing changes (at most `rounds` times). The result depends
    only on the stored documents, not on the order they arrived in. Returns the ids redated.
    """
    session = session or fuse.Session(store, resources)
    changed_any: list[str] = []
    for _ in range(rounds):
        session.flush()  # estimates read the stored events
        changed: list[str] = []
        old_claims: list[str] = []
        undated = store.undated_documents()
        index = EventIndex(store) if undated else None
        for doc_id, stored in undated:
            estimate = estimate_reference_date(store, doc_id, resources, index)
            if estimate == stored:
                continue
            document = store.document(doc_id)
            if document is None:
                continue
            try:
                processed = reanalyse(replace(document, reference_date=estimate), resources)
            except Exception:  # a failed re-analysis keeps the first one
                continue
            old_claims += [c.id for c in store.claims(doc_id)]
            store.replace_analysis(processed)
            changed.append(doc_id)
        if not changed:
            break
        fuse.refuse_documents(session, changed, old_claims)
        changed_any += [d for d in changed if d not in changed_any]
    return changed_any

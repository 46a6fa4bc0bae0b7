"""Ingestion: sources → per-document pipeline → store → incremental fusion.

One bad document never stops a batch: its failure is reported with a one-line reason and
nothing of it is stored (the store writes each document in one transaction).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from newsweave import fuse
from newsweave.model import InputError
from newsweave.pipeline import process
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


def ingest(specs: list[str], store: Store, resources: Resources) -> Iterator[Outcome]:
    options = resources.options
    for item in read_inputs(specs, options):
        if isinstance(item, InputError):
            yield Outcome(item.uri, "failed", reason=item.reason)
            continue
        try:
            processed = process(item, resources)
        except InputError as e:
            yield Outcome(item.uri, "failed", reason=e.reason)
            continue
        except (MemoryError, RecursionError) as e:
            yield Outcome(
                item.uri, "failed", reason=f"too large or too deeply nested ({type(e).__name__})"
            )
            continue
        except Exception as e:  # a bug on one document must not stop the batch
            yield Outcome(item.uri, "failed", reason=f"internal error: {type(e).__name__}: {e}")
            continue
        doc = processed.document
        if store.has_document(doc.id):
            store.add_source(item.uri, doc.id)
            yield Outcome(item.uri, "present", doc.id)
            continue
        near = (
            tuple(
                (other, sim)
                for other, sim in store.near_duplicate_candidates(processed.minhash or b"")
                if sim >= options.near_duplicate_threshold
            )
            if processed.minhash
            else ()
        )
        store.save(processed, near)
        fuse.add_document(store, processed, resources)
        yield Outcome(item.uri, "ingested", doc.id, near_duplicates=near)

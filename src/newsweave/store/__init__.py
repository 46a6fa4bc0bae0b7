"""The store: the only stateful layer.

Callers use `open_store(target)` and the `Store` protocol; SQLite is the embedded default.
A PostgreSQL back end implements the same protocol (see `store/schema.sql` for the tables).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from newsweave.model import Claim, Document, Entity, Event, Finding, Mention, Processed


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One line of the document table (no text)."""

    id: str
    uri: str
    title: str | None
    published: str | None
    outlet: str | None
    origin: str | None
    languages: tuple[tuple[str, int], ...]
    quality: float
    near_duplicates: tuple[str, ...]


class Store(Protocol):
    # documents
    def has_document(self, doc_id: str) -> bool: ...
    def add_source(self, uri: str, doc_id: str) -> None: ...
    def near_duplicate_candidates(self, minhash: bytes) -> list[tuple[str, float]]: ...
    def save(self, processed: Processed, near_duplicates: Sequence[tuple[str, float]]) -> None: ...
    def document_rows(self) -> list[DocumentRow]: ...
    def document(self, doc_id: str) -> Document | None: ...
    def resolve_document_id(self, prefix: str) -> str | None: ...
    def document_quality(self, doc_id: str) -> float: ...
    def near_duplicates(self, doc_id: str) -> list[tuple[str, float]]: ...
    def analysis_json(self, doc_id: str) -> dict: ...
    # analysis and claims
    def entities(self) -> list[Entity]: ...
    def mentions(self, doc_id: str | None = None) -> list[tuple[str, Mention]]: ...
    def claims(self, doc_id: str | None = None) -> list[Claim]: ...
    def claims_by_ids(self, ids: Iterable[str]) -> list[Claim]: ...
    def findings(self, doc_id: str | None = None) -> list[Finding]: ...
    # events (written by fuse)
    def events(self) -> list[Event]: ...
    def events_by_keys(self, keys: Iterable[str]) -> list[Event]: ...
    def put_events(self, events: Sequence[tuple[Event, Sequence[str]]]) -> None: ...
    def delete_events(self, ids: Iterable[str]) -> None: ...
    def close(self) -> None: ...


def open_store(target: str | Path) -> Store:
    """Open the store at `target`: a SQLite file path (default) or a postgresql:// URL."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        raise NotImplementedError(
            "the PostgreSQL back end is not built yet; use a SQLite path for --db"
        )
    from newsweave.store.sqlite import SQLiteStore

    return SQLiteStore(Path(text))

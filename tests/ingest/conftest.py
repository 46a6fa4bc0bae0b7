"""Makes `corpus` (made-up articles and store comparisons) importable from the ingest tests,
and builds the corpus and its uninterrupted ingest once per session."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from corpus import TEXTS, processed_cache, state, write_corpus

from newsweave.ingest import ingest
from newsweave.resources import Resources
from newsweave.store.sqlite import SQLiteStore


@pytest.fixture(scope="session")
def res() -> Resources:
    return Resources()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("corpus")
    write_corpus(directory, TEXTS)
    return directory


@pytest.fixture(scope="session")
def cached(res: Resources) -> Iterator[None]:
    """The pipeline runs once per text; the tests store and fuse the results many times."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr("newsweave.ingest.process", processed_cache(res))
        yield


@pytest.fixture(scope="session")
def reference(corpus: Path, res: Resources, cached: None,
              tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The state of an uninterrupted, single ingest of the corpus."""
    store = SQLiteStore(tmp_path_factory.mktemp("ref") / "ref.db")
    outcomes = list(ingest([str(corpus)], store, res))
    assert {o.status for o in outcomes} == {"ingested"}
    found = state(store)
    assert found["events"] and not store.unfused_documents()
    store.close()
    return found

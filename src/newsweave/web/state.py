"""What the server keeps between requests: the resources, and the corpus as last read.

Each request opens its own store connection (SQLite connections belong to one thread); the
decoded corpus is shared and read again only when `Store.revision()` moves.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from newsweave.report.view import Corpus, load
from newsweave.resources import Resources
from newsweave.store import Store, open_store
from newsweave.web.settings import WebSettings


class AppState:
    def __init__(self, settings: WebSettings, resources: Resources):
        self.settings = settings
        self.resources = resources
        self._lock = threading.Lock()
        self._corpus: Corpus | None = None
        self._revision: str | None = None

    @property
    def kb(self) -> Any:
        try:
            return self.resources.kb
        except Exception:  # names then come from the store alone
            return None

    @contextmanager
    def store(self, write: bool = False) -> Iterator[Store]:
        s = open_store(self.settings.db, read_only=self.settings.read_only and not write)
        try:
            yield s
        finally:
            s.close()

    def corpus(self, store: Store) -> Corpus:
        revision = store.revision()
        with self._lock:
            if self._corpus is None or revision != self._revision:
                # everything: the timeline hides low-confidence events unless asked for
                self._corpus = load(store, self.kb, self.resources, show_all=True)
                self._revision = revision
            return self._corpus

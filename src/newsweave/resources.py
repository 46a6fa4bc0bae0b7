"""Read-only resources shared by the per-document stages: options, knowledge base, packs.

Built once per process and loaded lazily; pickles by its options so a worker process can
rebuild it.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from newsweave.options import Options

if TYPE_CHECKING:
    from newsweave.kb import KnowledgeBase


class Resources:
    def __init__(self, options: Options | None = None):
        self.options = options or Options()

    @cached_property
    def kb(self) -> KnowledgeBase:
        from newsweave.kb import load_knowledge_base

        return load_knowledge_base(self.options.kb_files)

    def __reduce__(self):
        return (Resources, (self.options,))

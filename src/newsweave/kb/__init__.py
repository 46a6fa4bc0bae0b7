"""The entity knowledge base.  (PLACEHOLDER: being built.)"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsweave.model import Entity


class KnowledgeBase:
    def __init__(self, entities: Iterable[Entity] = ()):
        self.entities = {e.id: e for e in entities}

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)


def load_knowledge_base(extra_files: Iterable[Path] = ()) -> KnowledgeBase:
    return KnowledgeBase()

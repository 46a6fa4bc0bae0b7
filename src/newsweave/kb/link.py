"""Mentions and linking.  (PLACEHOLDER: being built.)"""

from __future__ import annotations

from newsweave.kb import KnowledgeBase
from newsweave.model import Document, Entity, Mention


def find_mentions(document: Document, kb: KnowledgeBase) -> tuple[list[Mention], list[Entity]]:
    """Every entity mention in the document, and the entity records they point to."""
    return [], []

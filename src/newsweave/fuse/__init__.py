"""Fusion of claims into cross-document events.  (PLACEHOLDER: being built.)"""

from __future__ import annotations

from newsweave.model import Processed
from newsweave.resources import Resources
from newsweave.store import Store


def add_document(store: Store, processed: Processed, resources: Resources) -> None:
    """Fold one newly stored document's claims into the events it touches."""
    return None

"""Numbers and units → values.  (PLACEHOLDER: being built.)"""

from __future__ import annotations

from newsweave.model import Document, Quantity


def find_quantities(document: Document) -> list[Quantity]:
    return []

"""Temporal expressions → ISO values.  (PLACEHOLDER: being built.)"""

from __future__ import annotations

from newsweave.model import Document, TimeExpression


def find_times(document: Document) -> list[TimeExpression]:
    """Every temporal expression, resolved against document.published and the text around it."""
    return []

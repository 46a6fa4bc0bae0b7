"""What several commands share."""

from __future__ import annotations


def resolve_doc(ctx, ref: str) -> str | None:
    """The id of the one stored document `ref` names (an id prefix or a URI), or None after
    telling the user why."""
    doc_id = ctx.store.resolve_document_id(ref)
    if doc_id is None:
        ctx.err.print(f"no single document matches {ref!r}", highlight=False)
    return doc_id

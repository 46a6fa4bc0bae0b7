"""`newsweave show DOC`: metadata, then the cleaned text sentence by sentence."""

from __future__ import annotations

import argparse

from rich.markup import escape

from newsweave.commands._common import resolve_doc

NAME = "show"
HELP = "show one document: metadata, then each sentence with its language"
READS = True  # refuses a --db that does not exist


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("doc", help="document id (a unique prefix is enough) or its URI")


def run(args: argparse.Namespace, ctx) -> int:
    doc_id = resolve_doc(ctx, args.doc)
    if doc_id is None:
        return 2
    d = ctx.store.document(doc_id)
    out = ctx.out
    meta = [
        ("id", d.id),
        ("uri", d.uri),
        ("title", d.title),
        ("published", f"{d.published} (from {d.published_source})" if d.published else "unknown"),
        ("estimated month", _estimate(ctx, d)),
        ("outlet", d.outlet),
        ("origin", d.origin_url or d.origin),
        ("encoding", d.encoding),
        ("languages", ", ".join(f"{s.lang} ({s.chars} chars)" for s in d.languages)),
        ("quality", f"{ctx.store.document_quality(d.id):.2f}"),
        (
            "near-duplicates",
            ", ".join(f"{o[:10]} ({s:.2f})" for o, s in ctx.store.near_duplicates(d.id)),
        ),
        ("removed", f"{len(d.removed)} boilerplate spans"),
    ]
    for k, v in meta:
        if v:
            out.print(f"[bold]{k:16}[/bold]{escape(str(v))}", highlight=False)
    out.print()
    for s in d.sentences:
        out.print(f"[dim]{s.lang or '--':>3}[/dim] {escape(s.text)}", highlight=False)
    return 0


def _estimate(ctx, d) -> str | None:
    """For an undated document, the month its events suggest (never used to date claims)."""
    if d.published:
        return None
    from newsweave.fuse.estimate import estimate_reference_date

    month = estimate_reference_date(ctx.store, d.id, ctx.resources)
    return month and f"{month} (estimated from the events other sources date)"

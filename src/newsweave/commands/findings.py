"""`newsweave findings`: what forensics flagged, as a table (or JSON lines)."""

from __future__ import annotations

import argparse
import json

from rich.markup import escape
from rich.table import Table

from newsweave.commands._common import UsageError, resolve_doc

NAME = "findings"
HELP = "list forensic findings: doc, kind, severity, surface, message, suggestion"
READS = True  # refuses a --db that does not exist

SEVERITIES = ("low", "medium", "high")
_STYLE = {"high": "bold red", "medium": "yellow", "low": "dim"}


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--doc", help="only this document (an id prefix or its URI)")
    p.add_argument("--kind", action="append", help="only this kind (repeatable)")
    p.add_argument("--min-severity", choices=SEVERITIES, default="low",
                   help="hide findings below this severity")
    p.add_argument("--json", action="store_true", help="one JSON object per line instead")


def run(args: argparse.Namespace, ctx) -> int:
    doc_id = None
    if args.doc:
        doc_id = resolve_doc(ctx, args.doc)
        if doc_id is None:
            return 2
    floor = SEVERITIES.index(args.min_severity)
    kinds = set(args.kind or ())
    found = ctx.store.findings(doc_id)
    if unknown := kinds - {f.kind for f in ctx.store.findings()}:
        known = sorted({f.kind for f in ctx.store.findings()})
        raise UsageError(f"no finding of kind {', '.join(sorted(unknown))} in this database; "
                         f"kinds found: {', '.join(known) or 'none'}")
    rows = [f for f in found
            if SEVERITIES.index(f.severity) >= floor and (not kinds or f.kind in kinds)]
    if args.json:
        for f in rows:
            ctx.out.print(json.dumps({
                "id": f.id, "doc": f.doc, "kind": f.kind, "severity": f.severity,
                "start": f.start, "end": f.end, "surface": f.surface, "message": f.message,
                "suggestion": f.suggestion,
            }, ensure_ascii=False), markup=False, highlight=False, soft_wrap=True)
        return 0
    if not rows:
        why = "no documents in this database yet" if not ctx.store.document_rows() else (
            "none of these documents has one" if not found else "none at this severity or kind")
        ctx.err.print(f"no findings: {why}", highlight=False)
    table = Table(title=f"{len(rows)} findings")
    for col in ("doc", "kind", "severity"):
        table.add_column(col, no_wrap=True)
    table.add_column("surface", overflow="fold", ratio=2)
    table.add_column("message", overflow="fold", ratio=4)
    table.add_column("suggestion", overflow="fold", ratio=1)
    for f in rows:
        table.add_row(
            f.doc[:10], f.kind, f"[{_STYLE[f.severity]}]{f.severity}[/]",
            escape(f.surface[:80]) or "(whole document)", escape(f.message),
            escape(f.suggestion or "—"),
        )
    ctx.out.print(table)
    return 0

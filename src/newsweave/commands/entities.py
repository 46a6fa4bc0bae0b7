"""`newsweave entities`: stored entities with their mention counts."""

from __future__ import annotations

import argparse
from collections import Counter

from rich.markup import escape
from rich.table import Table

from newsweave.commands._common import resolve_doc

NAME = "entities"
HELP = "list stored entities with mention counts (filter by document, type, unlinked)"
READS = True  # refuses a --db that does not exist

TYPES = ("person", "country", "place", "organization", "other")


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--doc", help="only entities mentioned in this document (id prefix or URI)")
    p.add_argument("--type", choices=TYPES, help="only entities of this type")
    p.add_argument("--unlinked", action="store_true", help="only names not in the knowledge base")
    p.add_argument("--json", action="store_true", help="one JSON object per line instead")


def run(args: argparse.Namespace, ctx) -> int:
    doc_id = None
    if args.doc:
        doc_id = resolve_doc(ctx, args.doc)
        if doc_id is None:
            return 2
    mentions = ctx.store.mentions(doc_id)
    counts = Counter(m.entity_id for _, m in mentions)
    docs: dict[str, set[str]] = {}
    surfaces: dict[str, Counter] = {}
    for d, m in mentions:
        docs.setdefault(m.entity_id, set()).add(d)
        surfaces.setdefault(m.entity_id, Counter())[m.surface] += 1
    rows = [e for e in ctx.store.entities()
            if counts[e.id] and (not args.type or e.type == args.type)
            and (not args.unlinked or not e.linked)]
    rows.sort(key=lambda e: (-counts[e.id], e.name))
    if args.json:
        import json
        import sys

        for e in rows:
            sys.stdout.write(json.dumps({
                "id": e.id, "name": e.name, "type": e.type, "linked": e.linked,
                "mentions": counts[e.id], "documents": len(docs[e.id]),
                "surfaces": [s for s, _ in surfaces[e.id].most_common(5)],
            }, ensure_ascii=False) + "\n")
        return 0
    table = Table(title=f"{len(rows)} entities")
    for col in ("mentions", "docs", "type", "id", "name", "written as"):
        table.add_column(col, overflow="fold")
    for e in rows:
        written = ", ".join(s for s, _ in surfaces[e.id].most_common(4))
        name = escape(e.name) + ("" if e.linked else " [dim](unlinked)[/dim]")
        table.add_row(str(counts[e.id]), str(len(docs[e.id])), e.type, e.id, name,
                      escape(written))
    ctx.out.print(table)
    return 0

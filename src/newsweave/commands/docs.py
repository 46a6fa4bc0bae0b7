"""`newsweave docs`: the document table."""

from __future__ import annotations

import argparse

from rich.table import Table

NAME = "docs"
HELP = "list stored documents: id, date, outlet, languages, quality, title"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="one JSON object per line instead")


def run(args: argparse.Namespace, ctx) -> int:
    rows = ctx.store.document_rows()
    if args.json:
        import json
        import sys

        for r in rows:
            sys.stdout.write(
                json.dumps(
                    {
                        "id": r.id,
                        "published": r.published,
                        "outlet": r.outlet,
                        "origin": r.origin,
                        "languages": [lang for lang, _ in r.languages],
                        "quality": r.quality,
                        "title": r.title,
                        "uri": r.uri,
                        "near_duplicates": list(r.near_duplicates),
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
        return 0
    table = Table(title=f"{len(rows)} documents")
    for col in ("id", "date", "outlet", "origin", "languages", "quality", "title"):
        table.add_column(col, overflow="fold")
    for r in rows:
        dup = " ≈" + ",".join(d[:6] for d in r.near_duplicates) if r.near_duplicates else ""
        table.add_row(
            r.id[:10] + dup,
            r.published or "—",
            r.outlet or "—",
            r.origin or "—",
            ",".join(lang for lang, _ in r.languages) or "—",
            f"{r.quality:.2f}",
            (r.title or r.uri)[:70],
        )
    ctx.out.print(table)
    return 0

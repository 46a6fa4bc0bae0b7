"""`newsweave docs`: the document table."""

from __future__ import annotations

import argparse

from rich.table import Table

NAME = "docs"
HELP = "list stored documents: id, date, outlet, languages, quality, title"
READS = True  # refuses a --db that does not exist


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
    # Fixed columns keep their width; the title takes what is left (origin is in `show`).
    table = Table(title=f"{len(rows)} documents", expand=True)
    table.add_column("id", no_wrap=True, width=10)
    table.add_column("date", no_wrap=True, width=10)
    table.add_column("lang", no_wrap=True, width=5)
    table.add_column("qual", no_wrap=True, width=4, justify="right")
    table.add_column("outlet", no_wrap=True, overflow="ellipsis", width=12)
    table.add_column("title", no_wrap=True, overflow="ellipsis", ratio=1)
    for r in rows:
        near = "≈" if r.near_duplicates else ""
        table.add_row(
            near + r.id[: 10 - len(near)],
            r.published or "—",
            ",".join(lang for lang, _ in r.languages) or "—",
            f"{r.quality:.2f}",
            r.outlet or "—",
            r.title or r.uri,
        )
    ctx.out.print(table)
    return 0

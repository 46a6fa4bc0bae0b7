"""`newsweave export --format json|csv`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsweave.commands._common import output_path

NAME = "export"
HELP = "export documents, entities, claims, events and findings (schema newsweave/1)"
READS = True  # refuses a --db that does not exist


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--with-text", action="store_true", help="add each document's cleaned text")
    p.add_argument("--all", action="store_true", dest="show_all",
                   help="also the claims below the confidence threshold (marked shown: false)")
    p.add_argument(
        "-o",
        "--output",
        default="-",
        help="file (json) or directory (csv); '-' or absent for standard output",
    )


def run(args: argparse.Namespace, ctx) -> int:
    from newsweave.report.export import build_export

    if args.format == "csv" and args.output == "-":
        ctx.err.print("csv export writes several files: give a directory with -o")
        return 2
    if args.format == "json" and args.output != "-":
        output_path(args.output)  # before any work
    data = build_export(ctx.store, with_text=args.with_text, resources=ctx.resources,
                        show_all=args.show_all)
    if args.format == "csv":
        from newsweave.report.csv_export import write_csv

        try:
            written = write_csv(data, Path(args.output))
        except OSError as e:
            ctx.err.print(f"newsweave export: cannot write {args.output}: "
                          f"{e.strerror or e}", highlight=False)
            return 2
        for path in written:
            ctx.err.print(f"wrote {path}", highlight=False)
        return 0
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if args.output == "-":
        sys.stdout.write(text + "\n")
    else:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    return 0

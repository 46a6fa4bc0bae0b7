"""`newsweave lang list | validate [CODE...]`: the language packs."""

from __future__ import annotations

import argparse

from rich.markup import escape
from rich.table import Table

NAME = "lang"
HELP = "language packs: list them, validate them (lang/README.md says how to add one)"


def configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="lang_command", metavar="ACTION", required=True)
    sub.add_parser("list", help="the supported languages (the packs on the search path)")
    validate = sub.add_parser(
        "validate", help="check packs: properties, data files, and each stage compiling them")
    validate.add_argument("codes", nargs="*", metavar="CODE",
                          help="packs to check (default: every pack and every row)")


def run(args: argparse.Namespace, ctx) -> int:
    if args.lang_command == "list":
        return _list(ctx)
    return _validate(args, ctx)


def _list(ctx) -> int:
    from newsweave import lang

    table = Table(title="language packs")
    for col in ("code", "name", "scripts", "spacing", "word order", "folder"):
        table.add_column(col, overflow="fold")
    try:
        for p in lang.packs():
            where = p.directory
            shown = f"lang/{p.code}" if where and where.parent == lang.HERE else str(where)
            table.add_row(p.code, p.name, " ".join(p.scripts), p.spacing, p.word_order,
                          escape(shown))
    except lang.LanguagePackError as e:
        ctx.err.print(escape(str(e)), highlight=False)
        return 1
    ctx.out.print(table)
    return 0


def _validate(args: argparse.Namespace, ctx) -> int:
    from newsweave import lang
    from newsweave.lang.validate import validate

    codes = args.codes or None
    problems = validate(codes)
    for line in problems:
        ctx.err.print(escape(line), highlight=False)
    if problems:
        ctx.err.print(f"{len(problems)} problem(s)", highlight=False)
        return 1
    checked = codes or list(lang.available())
    ctx.out.print(f"ok: {len(checked)} pack(s): {', '.join(checked)}", highlight=False)
    return 0

"""`newsweave db migrate` and `newsweave db copy`: keep and move stores (SQLite or PostgreSQL)."""

from __future__ import annotations

import argparse

NAME = "db"
HELP = "bring a store's schema up to date (migrate) or copy a store, e.g. SQLite to PostgreSQL"


def configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    m = sub.add_parser("migrate", help="bring the schema to this newsweave's version",
                       description="Bring the store's schema to this newsweave's version "
                       "(a SQLite path or a postgresql:// URL; default: --db).")
    m.add_argument("target", nargs="?", help="the store (default: --db)")
    c = sub.add_parser("copy", help="copy a store into another (idempotent)",
                       description="Copy every document, claim, event and decision of SOURCE "
                       "into TARGET (created or upgraded as needed), e.g. a SQLite file into "
                       "PostgreSQL. Copying again adds only what is new.")
    c.add_argument("source", help="the store to read (SQLite path or postgresql:// URL)")
    c.add_argument("target", help="the store to write")


def run(args: argparse.Namespace, ctx) -> int:
    from newsweave.store.maintenance import copy_store

    if args.db_command == "migrate":
        return _migrate(args.target or ctx.db, ctx)
    copied = copy_store(args.source, args.target)
    for c in copied:
        ctx.out.print(f"{c.table:16} {c.new:>9} new of {c.total:>9}", highlight=False)
    ctx.out.print(f"copied into {_shown(args.target)}", highlight=False)
    return 0


def _migrate(target: str, ctx) -> int:
    from newsweave.store import open_store
    from newsweave.store.maintenance import stored_version

    before = stored_version(target)
    open_store(target).close()  # opening migrates, under the store's write lock
    after = stored_version(target)
    if before == after:
        ctx.out.print(f"{_shown(target)}: schema version {after}, already current",
                      highlight=False)
    else:
        ctx.out.print(f"{_shown(target)}: schema version {before or 0} -> {after}",
                      highlight=False)
    return 0


def _shown(target: str) -> str:
    from newsweave.store import redact

    return redact(str(target))

"""The command line: `newsweave [--db DB] [--kb FILE] COMMAND ...`.

Each command lives in `newsweave/commands/<name>.py` and exposes NAME, HELP, `configure(parser)`
and `run(args, ctx) -> int`; commands are found by listing that package, so adding one touches
no other file. A command that only reads sets `READS = True`: it refuses a --db that does not
exist instead of creating an empty one. Exit status: 0 all went well, 1 some inputs failed,
2 usage error. Nothing ends in a traceback for a bad value, a missing database, an unwritable
output or a closed pipe (`docs --json | head`).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from functools import cached_property
from pathlib import Path

from rich.console import Console

from newsweave import __version__, commands
from newsweave.commands._common import UsageError
from newsweave.options import Options
from newsweave.resources import Resources
from newsweave.store import Store, StoreError, open_store


class Context:
    """What a command needs: the store (opened on first use), resources and consoles."""

    def __init__(self, db: str, kb_files: tuple[Path, ...], must_exist: bool = False):
        self.db = db
        self.must_exist = must_exist
        self.options = Options(kb_files=kb_files)
        self.out = Console(soft_wrap=True)
        self.err = Console(stderr=True, soft_wrap=True)

    @cached_property
    def store(self) -> Store:
        return open_store(self.db, must_exist=self.must_exist)

    @cached_property
    def resources(self) -> Resources:
        return Resources(self.options)

    def kb_or_none(self):
        """The knowledge base, or None when it cannot load (names then come from the store)."""
        try:
            return self.resources.kb
        except Exception:
            return None

    def close(self) -> None:
        if "store" in self.__dict__:
            self.store.close()


def _command_modules() -> list:
    names = sorted(
        m.name for m in pkgutil.iter_modules(commands.__path__) if not m.name.startswith("_")
    )
    return [importlib.import_module(f"newsweave.commands.{n}") for n in names]


def build_parser() -> tuple[argparse.ArgumentParser, dict]:
    parser = argparse.ArgumentParser(
        prog="newsweave",
        description="Weave multilingual news into one sourced, cross-checked timeline.",
    )
    parser.add_argument("--version", action="version", version=f"newsweave {__version__}")
    parser.add_argument("--db", default="newsweave.db",
                        help="SQLite file (default ./newsweave.db) or postgresql:// URL")
    parser.add_argument(
        "--kb",
        action="append",
        default=[],
        metavar="FILE",
        type=Path,
        help="extra knowledge-base file (YAML or TSV); may be repeated",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    runners = {}
    for module in _command_modules():
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.configure(p)
        runners[module.NAME] = module
    return parser, runners


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # the reader went away (`docs --json | head`): say nothing more, and keep Python from
        # complaining when it flushes standard output at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _main(argv: list[str] | None) -> int:
    parser, runners = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    module = runners[args.command]
    ctx = Context(args.db, tuple(args.kb), must_exist=getattr(module, "READS", False))
    try:
        if args.command != "lang":
            # a broken language pack is a usage error, said once (`newsweave lang validate`)
            from newsweave import lang

            try:
                lang.packs()
            except lang.LanguagePackError as e:
                ctx.err.print(f"newsweave: language pack: {e}", highlight=False, markup=False)
                return 2
        if args.kb:
            # a bad user file is a usage error, said once, not a failure of every document
            from newsweave.kb.loader import KnowledgeBaseError

            try:
                ctx.resources.kb  # noqa: B018 - loads and validates the files now
            except (KnowledgeBaseError, OSError) as e:
                ctx.err.print(f"newsweave: --kb: {e}", highlight=False, markup=False)
                return 2
        return module.run(args, ctx)
    except StoreError as e:
        hint = (f" (add documents with `newsweave --db {args.db} ingest PATH`, or give the "
                "right --db)") if ctx.must_exist and not Path(args.db).exists() else ""
        ctx.err.print(f"newsweave: {e}{hint}", highlight=False, markup=False)
        return 2
    except UsageError as e:
        ctx.err.print(f"newsweave {args.command}: {e}", highlight=False, markup=False)
        return 2
    except KeyboardInterrupt:
        ctx.err.print("interrupted")
        return 130
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())

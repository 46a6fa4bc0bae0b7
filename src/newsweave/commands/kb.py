"""`newsweave kb show NAME | search TEXT | validate [FILE...]`: the knowledge base."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.markup import escape
from rich.table import Table

NAME = "kb"
HELP = "look up the knowledge base: show an entity, search names, validate files"


def configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="kb_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="an entity with all its names and facts")
    show.add_argument("name", help="id, name or alias in any language")
    search = sub.add_parser("search", help="candidates: exact, alias, transliteration, fuzzy")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=10)
    validate = sub.add_parser("validate", help="check knowledge-base files (default: packaged)")
    validate.add_argument("files", nargs="*", type=Path)


def run(args: argparse.Namespace, ctx) -> int:
    from newsweave.kb import KnowledgeBaseError

    try:
        if args.kb_command == "validate":
            return _validate(args, ctx)
        kb = ctx.resources.kb
    except KnowledgeBaseError as e:
        ctx.err.print(escape(str(e)), highlight=False)
        return 2
    if args.kb_command == "show":
        return _show(args, ctx, kb)
    return _search(args, ctx, kb)


def _show(args: argparse.Namespace, ctx, kb) -> int:
    e = kb.get(args.name)
    if e is None:
        found = kb.by_name(args.name) or [h.entity for h in kb.search(args.name, limit=1)
                                          if h.score >= 0.7]
        e = found[0] if found else None
    if e is None:
        ctx.err.print(f"no entity named {args.name!r}; try `newsweave kb search`", highlight=False)
        return 1
    out = ctx.out
    out.print(f"[bold]{escape(e.name)}[/bold]  ({e.type}, id {e.id})", highlight=False)
    names = e.facts.get("names", {})
    if e.aliases:
        latin = [a for a in e.aliases if not any(a in v for v in names.values())]
        if latin:
            out.print(f"  aliases      {escape(', '.join(latin))}", highlight=False)
    for lang, values in sorted(names.items()):
        out.print(f"  names.{lang:6} {escape(', '.join(values))}", highlight=False)
    for key, value in e.facts.items():
        if key == "names":
            continue
        if key == "offices":
            for o in value:
                span = f"{o.get('from') or '?'} – {o.get('to') or 'now'}"
                of = f" of {o['of']}" if o.get("of") else ""
                out.print(f"  office       {escape(o['role'])}{escape(of)} ({span})",
                          highlight=False)
        elif isinstance(value, dict):
            for k, v in value.items():
                out.print(f"  {key}.{k:<{max(1, 11 - len(key))}} {escape(_text(v))}",
                          highlight=False)
        else:
            out.print(f"  {key:12} {escape(_text(value))}", highlight=False)
    return 0


def _text(value) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _search(args: argparse.Namespace, ctx, kb) -> int:
    hits = kb.search(args.text, limit=args.limit)
    if not hits:
        ctx.err.print(f"nothing like {args.text!r}", highlight=False)
        return 1
    table = Table(title=f"candidates for {args.text!r}")
    for col in ("score", "how", "id", "name", "type", "matched"):
        table.add_column(col, overflow="fold")
    for h in hits:
        table.add_row(f"{h.score:.2f}", h.how, h.entity.id, escape(h.entity.name), h.entity.type,
                      escape(h.matched))
    ctx.out.print(table)
    return 0


def _validate(args: argparse.Namespace, ctx) -> int:
    from newsweave.kb import build_knowledge_base, validate_packaged

    kb = build_knowledge_base(args.files) if args.files else validate_packaged()
    ctx.out.print(f"ok: {len(kb)} entities", highlight=False)
    return 0

"""What several commands share: document look-up, filter arguments checked before any work,
and the reason an empty result is empty."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from newsweave.model import MODALITIES

# (light on purpose: every command module imports this when the command line is built; what
# reads the store, such as report.view, is imported inside the functions that use it)
__all__ = ["UsageError", "build_filters", "resolve_doc"]


class UsageError(Exception):
    """A bad argument value found after parsing (it needs the store to be judged): exit 2."""


def resolve_doc(ctx, ref: str) -> str | None:
    """The id of the one stored document `ref` names (an id prefix or a URI), or None after
    telling the user why."""
    doc_id = ctx.store.resolve_document_id(ref)
    if doc_id is None:
        ctx.err.print(f"no single document matches {ref!r}", highlight=False)
    return doc_id


def claim_types() -> list[str]:
    """The claim types of the claim-type table (it grows; never a list of our own)."""
    from newsweave.claims.table import type_names

    return list(type_names())


def claim_type(value: str) -> str:
    """argparse type: a claim type in any case."""
    upper = value.strip().upper()
    if upper not in claim_types():
        raise argparse.ArgumentTypeError(
            f"unknown claim type {value!r}; one of {', '.join(claim_types())}")
    return upper


def partial_date(value: str) -> str:
    """argparse type: YYYY, YYYY-MM or YYYY-MM-DD, and a real day."""
    parts = value.strip().split("-")
    try:
        if not 1 <= len(parts) <= 3 or len(parts[0]) != 4 or any(
                len(p) != 2 for p in parts[1:]):
            raise ValueError
        y, m, d = (int(p) for p in (*parts, "01", "01")[:3])
        date(y, m, d)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {value!r} (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value.strip()


def modality(value: str) -> str:
    v = value.strip().lower()
    if v not in MODALITIES:
        raise argparse.ArgumentTypeError(
            f"unknown modality {value!r}; one of {', '.join(MODALITIES)}")
    return v


def non_negative(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a count: {value!r} (0 or more)")
    return n


def known_languages(store) -> list[str]:
    """Language codes newsweave has packs for, and those the stored documents use."""
    try:
        from newsweave.lang import SUPPORTED
    except ImportError:  # the language registry moved: the stored documents still tell
        SUPPORTED = ()
    seen = {lang for r in store.document_rows() for lang, _ in r.languages}
    return sorted(set(SUPPORTED) | seen)


def check_language(store, lang: str | None) -> str | None:
    if lang is None:
        return None
    valid = known_languages(store)
    code = lang.strip().lower()
    if code not in valid:
        raise UsageError(f"unknown language {lang!r}; one of {', '.join(valid)}")
    return code


def output_path(value: str) -> Path:
    """A file to write: its folder must exist and be writable, checked before any work."""
    path = Path(value)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UsageError(f"{value} is a directory; give a file name")
    if not folder.is_dir():
        raise UsageError(f"cannot write {value}: no directory {folder}")
    if not os.access(folder, os.W_OK):
        raise UsageError(f"cannot write {value}: {folder} is not writable")
    return path


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """The event filters shared by `timeline` and `report`."""
    p.add_argument("--from", dest="date_from", metavar="DATE", type=partial_date,
                   help="YYYY[-MM[-DD]]")
    p.add_argument("--to", dest="date_to", metavar="DATE", type=partial_date,
                   help="YYYY[-MM[-DD]]")
    p.add_argument("--entity", metavar="NAME",
                   help="a name, alias or id of an actor, target or place, in any script")
    p.add_argument("--type", metavar="TYPE", type=claim_type,
                   help="claim type, e.g. MEET (any case)")
    p.add_argument("--lang", metavar="LANG", help="keep events with a claim in this language")
    p.add_argument("--outlet", metavar="NAME", help="keep events one of whose sources is this")
    p.add_argument("--modality", metavar="M", type=modality,
                   help=f"keep events with a claim of this modality ({', '.join(MODALITIES)})")
    p.add_argument("--min-sources", type=non_negative, default=0, metavar="N",
                   help="keep events with at least N independent sources")
    p.add_argument("--all", action="store_true", dest="show_all",
                   help="also the claims below the confidence threshold, marked")


def build_filters(args: argparse.Namespace, ctx, corpus):
    """The Filters the arguments ask for, the entity resolved in any script (UsageError when
    a value is unknown)."""
    from newsweave.report.entities import resolve
    from newsweave.report.view import Filters

    lang = check_language(ctx.store, args.lang)
    ids = None
    if args.entity:
        found = resolve(corpus, args.entity, corpus.kb)
        if not found:
            hint = f"; did you mean: {', '.join(found.suggestions)}" if found.suggestions else ""
            raise UsageError(f"no entity is known as {args.entity!r}{hint}")
        ids = found.ids
    from newsweave.report.view import period

    if args.date_from and args.date_to and period(args.date_from)[0] > period(args.date_to)[1]:
        raise UsageError(f"--from {args.date_from} is after --to {args.date_to}")
    return Filters(args.date_from, args.date_to, args.entity, args.type, lang,
                   args.min_sources, args.outlet, args.modality, entity_ids=ids)

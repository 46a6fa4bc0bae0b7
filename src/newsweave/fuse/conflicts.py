"""Conflicts inside an event: denials, different dates, different numbers on one day."""

from __future__ import annotations

from collections import defaultdict

from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import day_gap, precision
from newsweave.fuse.independence import source_groups
from newsweave.fuse.series import Measure, format_number
from newsweave.model import Claim, Conflict


def _source_label(doc_id: str, ctx: FuseContext) -> str:
    info = ctx.doc(doc_id)
    return info.outlet or info.origin or doc_id[:10]


def date_conflict(claims: list[Claim], date: str | None, ctx: FuseContext) -> Conflict | None:
    """Claims of a one-off event that put it on another day (or month) than most sources."""
    rule = ctx.rules.of(claims[0].type) if claims else None
    if not date or rule is None or rule.ongoing or rule.conflict_days <= 0:
        return None
    odd = []
    for c in claims:
        if c.date is None:
            continue
        v = c.date.value
        if precision(v) == 3 and precision(date) == 3 and v != date:
            gap = day_gap(v, date)
            if gap is not None and gap > rule.span_days:
                odd.append(c)
        elif precision(v) >= 2 and precision(date) >= 2 and v[:7] != date[:7]:
            odd.append(c)
    if not odd:
        return None
    agreeing = [c for c in claims if c.date and c not in odd and (
        c.date.value.startswith(date) or date.startswith(c.date.value))]
    n = len(source_groups({c.doc for c in agreeing}, ctx))
    others = "; ".join(sorted({f"{_source_label(c.doc, ctx)} says {c.date.value}" for c in odd}))
    return Conflict(
        kind="date",
        claims=tuple(sorted(c.id for c in odd)),
        message=f"Sources disagree on the date: {n} independent source(s) give {date}; {others}",
    )


def denial_conflict(
    members: list[Claim], denials: list[Claim], ctx: FuseContext
) -> Conflict | None:
    denied = sorted({c.id: c for c in denials + [c for c in members if c.modality == "denied"]}
                    .values(), key=lambda c: c.id)
    asserted = sorted((c for c in members if c.modality in ("asserted", "reported")),
                      key=lambda c: c.id)
    if not denied or not asserted:
        return None
    who = sorted({ctx.name(a) for c in denied for a in c.actors}) or ["a source"]
    n = len(source_groups({c.doc for c in asserted}, ctx))
    return Conflict(
        kind="denial",
        claims=tuple(c.id for c in denied) + tuple(c.id for c in asserted),
        message=f"{', '.join(who)} den{'y' if len(who) > 1 else 'ies'} what "
        f"{n} independent source(s) report",
    )


def number_conflicts(found: list[Measure], ratio: float, ctx: FuseContext) -> list[Conflict]:
    """Very different values for one measure reported on one day (a series is not a conflict)."""
    out = []
    for m in found:
        by_day: dict[str | None, list] = defaultdict(list)
        for p in m.points:
            by_day[p.date].append(p)
        for day, points in sorted(by_day.items(), key=lambda x: x[0] or ""):
            values = [p.value for p in points if p.value > 0]
            if len(values) < 2 or max(values) / min(values) <= ratio:
                continue
            shown = " vs ".join(sorted({format_number(v) for v in values}, key=lambda s: s))
            unit = f" {m.unit}" if m.unit else ""
            where = f" in {ctx.name(m.location)}" if m.location else ""
            out.append(Conflict(
                kind="number",
                claims=tuple(sorted(p.claim for p in points)),
                message=f"Different numbers{where} on {day or 'an unknown date'}: {shown}{unit}",
            ))
    return out

"""Blocking keys: an event is stored under keys; a new claim looks up only the keys it could match.

Keys are `TYPE|side` (every event), `TYPE|side|y:YYYY` and `TYPE|side|m:YYYY-MM` (per dated
claim), `TYPE|side|yonly:YYYY` (claims dated only to the year) and `TYPE|side|undated`.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import months_around, precision, years_around
from newsweave.model import Claim


def _sides(claim: Claim, ctx: FuseContext) -> frozenset[str]:
    return ctx.sides(claim.actors + claim.targets, ctx.rules.of(claim.type).state)


def claim_keys(claim: Claim, ctx: FuseContext) -> set[str]:
    """The keys an event holding this claim is stored under."""
    out: set[str] = set()
    for s in _sides(claim, ctx):
        base = f"{claim.type}|{s}"
        out.add(base)
        if claim.date is None:
            out.add(f"{base}|undated")
            continue
        v = claim.date.value
        out.add(f"{base}|y:{v[:4]}")
        if precision(v) >= 2:
            out.add(f"{base}|m:{v[:7]}")
        else:
            out.add(f"{base}|yonly:{v[:4]}")
    return out


def query_keys(claim: Claim, ctx: FuseContext, fresh: bool) -> set[str]:
    """The keys to look up for a claim: all it could link to (fresh) or whose undated claims
    could now prefer its event (a claim already stored, whose event is being recomputed)."""
    rule = ctx.rules.of(claim.type)
    out: set[str] = set()
    for s in _sides(claim, ctx):
        base = f"{claim.type}|{s}"
        if claim.date is None or (rule.ongoing and fresh):
            out.add(base)
            continue
        out.add(f"{base}|undated")
        if not fresh or rule.ongoing:
            continue
        v = claim.date.value
        window = max(rule.span_days, rule.conflict_days)
        if precision(v) >= 2:
            out.update(f"{base}|m:{m}" for m in months_around(v, window))
            out.update(f"{base}|yonly:{y}" for y in years_around(v, window))
        else:
            out.add(f"{base}|y:{v[:4]}")
    return out


def event_keys(claims: Iterable[Claim], ctx: FuseContext) -> set[str]:
    out: set[str] = set()
    for c in claims:
        out |= claim_keys(c, ctx)
    return out

"""Blocking keys: an event is stored under keys; a new claim looks up only the keys it could match.

Stored keys, per claim of the event (`T` its type, `s` each side among its parties):
  `T|s`                      every claim
  `T|s|y:YYYY`, `T|s|m:YYYY-MM`  a dated claim (`T|s|yonly:YYYY` when dated only to the year)
  `T|s|u:YYYY-MM`            an undated claim, for each month an event it may join can fall in
  `T|s|undated`              an undated claim whose document has no publication date
  `T|s|alone`                an event made only of undated claims
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from newsweave.fuse.cluster import is_movable, undated_window
from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import months_around, months_between, precision, years_around
from newsweave.model import Claim


def _sides(claim: Claim, ctx: FuseContext) -> frozenset[str]:
    return ctx.sides(claim.actors + claim.targets, ctx.rules.of(claim.type).state)


def _months_of(value: str) -> list[str]:
    if precision(value) >= 2:
        return [value[:7]]
    return [f"{value[:4]}-{m:02d}" for m in range(1, 13)]


def _memo(kind: str, claim: Claim, ctx: FuseContext,
          compute: Callable[[Claim, FuseContext], set[str]]) -> frozenset[str]:
    """Keys of a claim, computed once per fusion context (`FuseContext.memo`)."""
    return ctx.memo(kind, claim, lambda: frozenset(compute(claim, ctx)))


def claim_keys(claim: Claim, ctx: FuseContext) -> frozenset[str]:
    """The keys an event holding this (non-follower) claim is stored under."""
    return _memo("keys", claim, ctx, _claim_keys)


def _claim_keys(claim: Claim, ctx: FuseContext) -> set[str]:
    out: set[str] = set()
    window = undated_window(claim, ctx) if claim.date is None else None
    for s in _sides(claim, ctx):
        base = f"{claim.type}|{s}"
        out.add(base)
        if claim.date is None:
            if not is_movable(claim, ctx):
                continue
            if window is None:
                out.add(f"{base}|undated")
            else:
                out.update(f"{base}|u:{m}" for m in months_between(*window))
            continue
        v = claim.date.value
        out.add(f"{base}|y:{v[:4]}")
        if precision(v) >= 2:
            out.add(f"{base}|m:{v[:7]}")
        else:
            out.add(f"{base}|yonly:{v[:4]}")
    return out


def event_keys(members: Iterable[Claim], ctx: FuseContext) -> set[str]:
    members = list(members)
    out: set[str] = set()
    for c in members:
        out |= claim_keys(c, ctx)
    if members and all(is_movable(c, ctx) for c in members):
        for c in members:
            out |= alone_keys(c, ctx)
    return out


def alone_keys(claim: Claim, ctx: FuseContext) -> frozenset[str]:
    """The keys an event made only of undated claims is also stored under, for this claim."""
    return frozenset(f"{claim.type}|{s}|alone" for s in _sides(claim, ctx))


def link_keys(claim: Claim, ctx: FuseContext) -> frozenset[str]:
    """Events a new linkable claim could link with."""
    return _memo("link_keys", claim, ctx, _link_keys)


def _link_keys(claim: Claim, ctx: FuseContext) -> set[str]:
    rule = ctx.rules.of(claim.type)
    out: set[str] = set()
    for s in _sides(claim, ctx):
        base = f"{claim.type}|{s}"
        if rule.ongoing or claim.date is None:
            out.add(base)
            continue
        v = claim.date.value
        window = max(rule.span_days, rule.conflict_days)
        if precision(v) >= 2:
            out.update(f"{base}|m:{m}" for m in months_around(v, window))
            out.update(f"{base}|yonly:{y}" for y in years_around(v, window))
        else:
            out.add(f"{base}|y:{v[:4]}")
    return out


def waiting_keys(claim: Claim, ctx: FuseContext) -> frozenset[str]:
    """Events holding undated claims that might join the (changed) event of this dated claim."""
    return _memo("waiting_keys", claim, ctx, _waiting_keys)


def _waiting_keys(claim: Claim, ctx: FuseContext) -> set[str]:
    if claim.date is None or ctx.rules.of(claim.type).ongoing:
        return set()
    out: set[str] = set()
    for s in _sides(claim, ctx):
        base = f"{claim.type}|{s}"
        out.add(f"{base}|undated")
        out.update(f"{base}|u:{m}" for m in _months_of(claim.date.value))
    return out


def candidate_keys(claim: Claim, ctx: FuseContext) -> frozenset[str]:
    """Events an undated claim might join, and events of undated claims it might group with."""
    return _memo("candidate_keys", claim, ctx, _candidate_keys)


def _candidate_keys(claim: Claim, ctx: FuseContext) -> set[str]:
    window = undated_window(claim, ctx)
    out: set[str] = set()
    for s in _sides(claim, ctx):
        base = f"{claim.type}|{s}"
        out.add(f"{base}|alone")
        if window is None:
            out.add(base)
            continue
        months = months_between(*window)
        out.update(f"{base}|m:{m}" for m in months)
        out.update(f"{base}|yonly:{y}" for y in sorted({m[:4] for m in months}))
    return out

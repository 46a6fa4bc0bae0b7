"""When two claims describe the same event: same type, compatible parties, compatible dates."""

from __future__ import annotations

from dataclasses import dataclass

from newsweave.claims.table import claim_type
from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import compatible, day_gap
from newsweave.fuse.rules import TypeRule
from newsweave.model import Claim


@dataclass(frozen=True, slots=True)
class Parties:
    """Sides of a claim. Symmetric types keep all parties in `actors` and leave `targets` empty."""

    actors: frozenset[str]
    targets: frozenset[str]
    # the countries the targets lie in, for a type whose target is a place gone to
    target_countries: frozenset[str] = frozenset()

    @property
    def all(self) -> frozenset[str]:
        return self.actors | self.targets


def parties(claim: Claim, rule: TypeRule, ctx: FuseContext) -> Parties:
    """The claim's sides under its type's rule (memoised per claim and rule object)."""
    def compute() -> Parties:
        if rule.symmetric:
            return Parties(ctx.sides(claim.actors + claim.targets, rule.state), frozenset())
        targets = ctx.sides(claim.targets, rule.state)
        countries: frozenset[str] = frozenset()
        if claim_type(claim.type).goal_is_place:
            countries = frozenset(c for t in targets if (c := ctx.country_of_place(t)))
        return Parties(ctx.sides(claim.actors, rule.state), targets, countries)

    return ctx.memo(f"parties:{id(rule)}", claim, compute)


def _overlap_or_open(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or bool(a & b)


def parties_compatible(a: Parties, b: Parties, rule: TypeRule) -> bool:
    if not (a.all & b.all):
        return False
    if rule.symmetric:
        shared = a.actors & b.actors
        # two meetings of several parties are one only when they share two of them
        return not (len(a.actors) >= 2 and len(b.actors) >= 2 and len(shared) < 2)
    return _overlap_or_open(a.actors, b.actors) and (
        _overlap_or_open(a.targets, b.targets)
        # a visit to a country's city is a visit to the country: one trip, told either way
        # (two cities of one country stay two goals)
        or bool(a.targets & b.target_countries) or bool(b.targets & a.target_countries))


def same_parties(a: Parties, b: Parties) -> bool:
    return a.actors == b.actors and a.targets == b.targets and bool(a.all)


def linked(a: Claim, pa: Parties, b: Claim, pb: Parties, rule: TypeRule) -> bool:
    """Two dated claims of a one-off type, or any two claims of an ongoing type."""
    if a.type != b.type or not parties_compatible(pa, pb, rule):
        return False
    if rule.ongoing:
        return True
    if a.date is None or b.date is None:
        return False
    if compatible(a.date.value, b.date.value):
        return True
    gap = day_gap(a.date.value, b.date.value)
    if gap is None:
        return False
    if gap <= rule.span_days:
        return True
    # the same parties a few days apart: one event whose sources disagree on the date
    return gap <= rule.conflict_days and same_parties(pa, pb)

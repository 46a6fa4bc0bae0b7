"""A stored event as incremental fusion reads it: its claims in units of claims that fusion
treats alike, and aggregates updated as claims join rather than recomputed.

Within one event, claims that fusion cannot tell apart form a `Unit`, and `cluster.assemble`
sees only the unit's representative (its smallest claim):

- dated claims (and claims of ongoing types) with the same parties and date: they link with
  the same claims (`link.linked` reads only the type, parties and date), and the event's dated
  claims stay one component whatever joins them;
- undated claims of one-off types with the same parties, modality "expected" or not, and
  document dates: `cluster._choose` places them alike, and `_group_alone` groups them together.

Claims with no party are units of their own (they join nothing). A DENY claim that follows a
claim of the event rides with that claim's unit. What `assemble` reads about a whole component
of dated claims (its date, documents, smallest id) comes from a `DateTally`, kept up to date.
So a document that meets an event costs work in the number of its units, not its claims.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import chain

from newsweave.fuse.cluster import Comp, comp_of, is_movable, when
from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import as_date
from newsweave.fuse.keys import alone_keys, claim_keys, waiting_keys
from newsweave.fuse.link import Parties, parties, parties_compatible, same_parties
from newsweave.fuse.rules import TypeRule
from newsweave.fuse.tally import DateTally
from newsweave.model import Claim


def unit_key(claim: Claim, ctx: FuseContext) -> tuple:
    """Claims of one event with the same key behave alike in `assemble`."""
    p: Parties = parties(claim, ctx.rules.of(claim.type), ctx)
    if not p.all:
        return ("own", claim.id)
    if is_movable(claim, ctx):
        return ("undated", claim.type, p, claim.modality == "expected", *when(claim, ctx))
    return ("dated", claim.type, p, claim.date.value if claim.date else None)


@dataclass(frozen=True, slots=True, eq=False)
class Unit:
    key: tuple
    rep: Claim  # the smallest claim: what `assemble` sees
    claims: tuple[Claim, ...]
    denials: tuple[Claim, ...]  # DENY claims that follow one of `claims`
    keys: frozenset[str]  # blocking keys (`claim_keys`, the same for every claim of the unit)

    @property
    def min_id(self) -> str:
        return min(self.rep.id, *(d.id for d in self.denials)) if self.denials else self.rep.id


class Digest:
    """One event: its units, denials that follow no claim of it, blocking keys, and the date
    tally of its dated claims. What belongs to its dated claims is carried over, not
    recomputed, when the event grows: dated claims never leave an event."""

    __slots__ = ("_comp", "_index", "dated_by_key", "dated_keys", "dated_min", "keys", "kinds",
                 "loose", "movable", "tally", "waiting")

    def __init__(self, dated_by_key: dict[tuple, Unit], movable: list[Unit],
                 loose: list[Claim], keys: frozenset[str], dated_keys: frozenset[str],
                 waiting: frozenset[str], kinds: frozenset[Parties], tally: DateTally,
                 dated_min: str | None):
        self.dated_by_key = dated_by_key
        self.movable = movable
        self.loose = loose  # DENY claims standing alone (the claim they follow is elsewhere)
        self.keys = keys
        self.dated_keys = dated_keys  # the blocking keys of its dated claims
        self.waiting = waiting  # `keys.waiting_keys` of its dated claims
        self.kinds = kinds  # the distinct parties of its dated claims
        self.tally = tally
        self.dated_min = dated_min  # the smallest id of its dated claims and their denials
        self._comp: Comp | None = None
        self._index: dict[Parties, tuple[set, set, list[str]]] | None = None

    @property
    def dated(self) -> list[Unit]:
        return list(self.dated_by_key.values())

    @property
    def units(self) -> list[Unit]:
        return self.dated + self.movable

    @property
    def stand_in(self) -> Claim:
        """The claim that stands for all its dated claims in `assemble`."""
        return next(iter(self.dated_by_key.values())).rep

    def size(self) -> int:
        return sum(len(u.claims) + len(u.denials) for u in self.units) + len(self.loose)

    def members(self) -> list[Claim]:
        return [c for u in self.units for c in u.claims] + self.loose

    def denials(self) -> list[Claim]:
        return [d for u in self.units for d in u.denials]

    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.members()) + tuple(d.id for d in self.denials())

    def comp(self) -> Comp:
        """The event's dated claims as undated claims see them (computed once)."""
        if self._comp is None:
            self._comp = comp_of([self.stand_in], self.tally)
        return self._comp

    def links(self, claim: Claim, p: Parties, rule: TypeRule, ctx: FuseContext) -> bool:
        """Whether a new claim links (`link.linked`) with any dated claim of the event."""
        if self._index is None:
            self._index = {}
            for u in self.dated_by_key.values():
                if u.key[0] != "dated":
                    continue  # a claim with no party links with nothing
                values, prefixes, days = self._index.setdefault(u.key[2], (set(), set(), []))
                v = u.rep.date.value if u.rep.date else None
                values.add(v)
                if v is not None:
                    prefixes.update((v[:4], v[:7], v))
                    if as_date(v) is not None:
                        days.append(v)
            for _, _, days in self._index.values():
                days.sort()
        v = claim.date.value if claim.date else None
        day = as_date(v) if v else None
        for kind, (values, prefixes, days) in self._index.items():
            if not parties_compatible(p, kind, rule):
                continue
            if rule.ongoing:
                return True
            if v is None:
                continue
            # dates agree at the coarser precision (one is a prefix of the other)
            if v in prefixes or v[:4] in values or v[:7] in values:
                return True
            if day is None:
                continue
            window = rule.conflict_days if same_parties(p, kind) else 0
            if _within(days, day, max(rule.span_days, window)):
                return True
        return False


def _within(days: list[str], day: date, width: int) -> bool:
    """Whether a sorted list of YYYY-MM-DD holds a day at most `width` days from `day`."""
    low = date.fromordinal(max(1, day.toordinal() - width)).isoformat()
    high = date.fromordinal(day.toordinal() + width).isoformat()
    i = bisect_left(days, low)
    return i < len(days) and days[i] <= high


def _is_dated(key: tuple, claim: Claim, ctx: FuseContext) -> bool:
    return key[0] == "dated" or (key[0] == "own" and not is_movable(claim, ctx))


def _merged(key: tuple, parts: list[Unit], added: list[Claim], ds: list[Claim],
            ctx: FuseContext) -> Unit:
    rep = min([u.rep for u in parts] + added, key=lambda c: c.id)
    return Unit(key, rep, tuple(chain(*(u.claims for u in parts), added)),
                tuple(chain(*(u.denials for u in parts), ds)),
                parts[0].keys if parts else claim_keys(rep, ctx))


def build(
    bases: list[Digest],
    units: Iterable[Unit],
    fresh: Iterable[Claim],
    denials: Iterable[tuple[Claim, str]],
    loose: list[Claim],
    tally: DateTally,
    ctx: FuseContext,
    keys: frozenset[str] | None = None,
) -> Digest:
    """A digest from the events whose dated claims it holds (`bases`: all their dated units
    come along, the largest's carried over), other units (undated ones), claims in no unit
    yet, denials with the claim each follows, and denials standing alone. Units with one key
    are merged. `tally` must hold the dated claims."""
    bases = sorted(bases, key=lambda b: -len(b.dated_by_key))
    dated: dict[tuple, Unit] = dict(bases[0].dated_by_key) if bases else {}
    old: dict[tuple, list[Unit]] = {}  # units that meet another of their key
    for b in bases[1:]:
        for k, u in b.dated_by_key.items():
            if k in dated:
                old.setdefault(k, [dated[k]]).append(u)
            else:
                dated[k] = u
    movable: dict[tuple, Unit] = {}
    fresh_dated: list[Unit] = []  # dated units no base held: the aggregates gain them
    for u in units:
        into = dated if _is_dated(u.key, u.rep, ctx) else movable
        if into is dated:
            fresh_dated.append(u)
        if u.key in into:
            old.setdefault(u.key, [into[u.key]]).append(u)
        else:
            into[u.key] = u
    key_of: dict[str, tuple] = {}
    new: dict[tuple, list[Claim]] = {}
    for c in fresh:
        k = key_of[c.id] = unit_key(c, ctx)
        new.setdefault(k, []).append(c)
    following: dict[tuple, list[Claim]] = {}
    for d, target in denials:
        k = key_of.get(target)
        if k is None:  # it follows a stored claim: find its unit
            k = next((u.key for u in chain(dated.values(), movable.values())
                      if any(c.id == target for c in u.claims)), None)
        if k is None:
            raise AssertionError(f"denial {d.id} follows {target}, which its event lacks")
        following.setdefault(k, []).append(d)
    for k in old.keys() | new.keys() | following.keys():
        if k in dated or k in movable:
            into = dated if k in dated else movable
        else:
            into = dated if _is_dated(k, new[k][0], ctx) else movable
        parts = old.get(k) or ([into[k]] if k in into else [])
        u = into[k] = _merged(k, parts, new.get(k, []), following.get(k, []), ctx)
        if into is dated:
            fresh_dated.append(u)
    dated_keys = frozenset().union(*(b.dated_keys for b in bases),
                                   *(u.keys for u in fresh_dated))
    waiting = frozenset().union(*(b.waiting for b in bases),
                                *(waiting_keys(u.rep, ctx) for u in fresh_dated))
    kinds = frozenset().union(*(b.kinds for b in bases), (
        parties(u.rep, ctx.rules.of(u.rep.type), ctx) for u in fresh_dated))
    if keys is None:
        keys = dated_keys.union(*(u.keys for u in movable.values()),
                                *(claim_keys(c, ctx) for c in loose))
        if (movable or loose) and not dated and all(is_movable(c, ctx) for c in loose):
            keys |= frozenset().union(*(alone_keys(u.rep, ctx) for u in movable.values()),
                                      *(alone_keys(c, ctx) for c in loose))
    dated_min = min([b.dated_min for b in bases] + [u.min_id for u in fresh_dated],
                    default=None)
    return Digest(dated, list(movable.values()), loose, keys, dated_keys, waiting, kinds,
                  tally, dated_min)


def from_claims(claims: list[Claim], follows: dict[str, str], keys: frozenset[str],
                ctx: FuseContext) -> Digest:
    """A stored event's digest, from its claims (read once per session)."""
    free = [c for c in claims if c.id not in follows]
    present = {c.id for c in free}
    followers = [(c, follows[c.id]) for c in claims if c.id in follows]
    tally = DateTally()
    tally.add([c for c in free if not is_movable(c, ctx)], ctx)
    return build([], [], free, [(d, t) for d, t in followers if t in present],
                 [d for d, t in followers if t not in present], tally, ctx, keys)

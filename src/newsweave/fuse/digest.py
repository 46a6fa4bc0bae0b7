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

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain

from newsweave.fuse.cluster import Comp, comp_of, is_movable, when
from newsweave.fuse.context import FuseContext
from newsweave.fuse.keys import alone_keys, claim_keys, waiting_keys
from newsweave.fuse.link import Parties, parties
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


@dataclass(eq=False)
class Digest:
    """One event: its units, denials that follow no claim of it, blocking keys, and the date
    tally of its dated claims."""

    dated: list[Unit]
    movable: list[Unit]
    loose: list[Claim]  # DENY claims standing alone (the claim they follow is elsewhere)
    keys: frozenset[str]
    tally: DateTally
    reps: list[Claim] = field(init=False)  # the dated units' representatives (one list)
    waiting: frozenset[str] = field(init=False)
    _comp: Comp | None = field(default=None, init=False)
    _kinds: frozenset[Parties] | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.reps = [u.rep for u in self.dated]
        self.waiting = frozenset()

    def finish(self, ctx: FuseContext) -> Digest:
        self.waiting = frozenset().union(*(waiting_keys(u.rep, ctx) for u in self.dated))
        return self

    @property
    def units(self) -> list[Unit]:
        return self.dated + self.movable

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
            self._comp = comp_of(self.reps, self.tally)
        return self._comp

    def kinds(self, ctx: FuseContext) -> frozenset[Parties]:
        """The distinct parties of its dated claims (computed once)."""
        if self._kinds is None:
            self._kinds = frozenset(
                parties(c, ctx.rules.of(c.type), ctx) for c in self.reps)
        return self._kinds


def build(
    units: Iterable[Unit],
    fresh: Iterable[Claim],
    denials: Iterable[tuple[Claim, str]],
    loose: list[Claim],
    tally: DateTally,
    ctx: FuseContext,
    keys: frozenset[str] | None = None,
) -> Digest:
    """A digest from units (of events being merged or rewritten), claims in no unit yet,
    denials with the claim each follows, and denials standing alone. Units with one key are
    merged; a unit that gains nothing is kept as it is. `tally` must hold the dated claims."""
    old: dict[tuple, list[Unit]] = {}
    key_of: dict[str, tuple] = {}
    for u in units:
        old.setdefault(u.key, []).append(u)
        key_of[u.rep.id] = u.key
    new: dict[tuple, list[Claim]] = {}
    for c in fresh:
        k = key_of[c.id] = unit_key(c, ctx)
        new.setdefault(k, []).append(c)
    following: dict[tuple, list[Claim]] = {}
    for d, target in denials:
        k = key_of.get(target)
        if k is None:  # it follows a claim that is no unit's representative (rare): search
            k = next((k for k, us in old.items() for u in us
                      if any(c.id == target for c in u.claims)), None)
        if k is None:
            raise AssertionError(f"denial {d.id} follows {target}, which its event lacks")
        following.setdefault(k, []).append(d)
    made: list[Unit] = []
    for k in [*old, *(k for k in new if k not in old)]:
        parts, added, ds = old.get(k, []), new.get(k, []), following.get(k, [])
        if len(parts) == 1 and not added and not ds:
            made.append(parts[0])
            continue
        rep = min([u.rep for u in parts] + added, key=lambda c: c.id)
        made.append(Unit(
            k, rep, tuple(chain(*(u.claims for u in parts), added)),
            tuple(chain(*(u.denials for u in parts), ds)),
            parts[0].keys if parts else claim_keys(rep, ctx)))
    dated = [u for u in made if not is_movable(u.rep, ctx)]
    movable = [u for u in made if is_movable(u.rep, ctx)]
    if keys is None:
        keys = frozenset().union(*(u.keys for u in made), *(claim_keys(c, ctx) for c in loose))
        if (made or loose) and not dated and all(is_movable(c, ctx) for c in loose):
            keys |= frozenset().union(*(alone_keys(u.rep, ctx) for u in movable),
                                      *(alone_keys(c, ctx) for c in loose))
    return Digest(dated, movable, loose, keys, tally).finish(ctx)


def from_claims(claims: list[Claim], follows: dict[str, str], keys: frozenset[str],
                ctx: FuseContext) -> Digest:
    """A stored event's digest, from its claims (read once per session)."""
    free = [c for c in claims if c.id not in follows]
    present = {c.id for c in free}
    followers = [(c, follows[c.id]) for c in claims if c.id in follows]
    tally = DateTally()
    tally.add([c for c in free if not is_movable(c, ctx)], ctx)
    return build([], free, [(d, t) for d, t in followers if t in present],
                 [d for d, t in followers if t not in present], tally, ctx, keys)

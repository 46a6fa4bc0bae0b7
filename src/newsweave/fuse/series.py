"""Numbers in an event: the same measure over time is a series, on one day a possible conflict."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import precision
from newsweave.model import Claim


@dataclass(frozen=True, slots=True)
class Point:
    date: str | None  # when it was reported
    value: float
    approx: bool
    claim: str
    text: str


@dataclass(frozen=True, slots=True)
class Measure:
    unit: str | None
    location: str | None
    points: tuple[Point, ...]  # sorted by report date

    @property
    def is_series(self) -> bool:
        return len({p.date for p in self.points}) > 1


def report_date(claim: Claim, ctx: FuseContext) -> str | None:
    """A day-precision claim date, else the publication date, else the claim's coarser date."""
    if claim.date and precision(claim.date.value) == 3:
        return claim.date.value
    published = ctx.doc(claim.doc).published
    if published:
        return published
    return claim.date.value if claim.date else None


def measures(claims: list[Claim], ctx: FuseContext) -> list[Measure]:
    by_measure: dict[tuple[str, str], list[Point]] = defaultdict(list)
    written: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in claims:
        q = c.quantity
        if q is None or q.value is None or c.modality == "denied" or q.forecast:
            continue  # a forecast ("10,000 by December") is no figure of its report date
        key = (ctx.rules.unit(q.unit) or "", c.location or "")
        by_measure[key].append(Point(report_date(c, ctx), float(q.value), q.approx, c.id, q.text))
        written[key].add((q.unit or "").lower())
    out = []
    for (unit, location), points in sorted(by_measure.items()):
        points.sort(key=lambda p: (p.date or "9999", p.value, p.claim))
        # the group measures one thing: named as the sources write it when they all agree
        # ("30 people killed" stays people, though people and troops count alike)
        units = written[(unit, location)]
        shown = next(iter(units)) if len(units) == 1 else unit
        out.append(Measure(shown or None, location or None, tuple(points)))
    return out


def format_number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_point(p: Point, approx_word: str = "about") -> str:
    return f"{approx_word} {format_number(p.value)}" if p.approx else format_number(p.value)

"""The unit vocabulary (`quantity/data/units.yaml`): which measure a unit name counts.

"soldiers", "personnel" and "troops" are one measure, troops; "wounded" and "injured" one,
injured. Claims pick numbers by measure, fusion compares numbers of one measure.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsweave.cache import load_yaml

KINDS = frozenset({"count", "length", "mass", "money", "duration", "share"})


@dataclass(frozen=True, slots=True)
class Measure:
    name: str
    kind: str
    units: frozenset[str]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    measures: dict[str, Measure]
    by_unit: dict[str, str]  # unit name (lower case) -> measure
    alike: dict[str, str]  # measure -> the measure fusion compares it under
    plain_people: frozenset[str] = frozenset()  # who they are, not what happened to them
    fates: frozenset[str] = frozenset()  # what happened to them: the killed, the injured…

    def measure_of(self, unit: str | None) -> str | None:
        """The measure a unit name counts; an unknown unit is a measure of its own."""
        if not unit:
            return None
        u = unit.strip().lower()
        return self.by_unit.get(u, u)

    def known(self, unit: str) -> bool:
        return unit.strip().lower() in self.by_unit

    def compared_as(self, unit: str | None) -> str | None:
        """The measure fusion compares a unit's figures under (troops and people alike)."""
        m = self.measure_of(unit)
        return self.alike.get(m, m) if m else None


def validate(data: object, where: str = "quantity/data/units.yaml") -> None:
    """Reject a malformed vocabulary with a message naming the entry."""
    if not isinstance(data, dict) or not isinstance(data.get("measures"), dict):
        raise ValueError(f"{where}: needs a 'measures' mapping")
    if unknown := set(data) - {"measures", "counts_alike", "plain_people", "fates"}:
        raise ValueError(f"{where}: unknown key(s) {sorted(unknown)}")
    seen: dict[str, str] = {}
    for name, row in data["measures"].items():
        if not isinstance(row, dict) or set(row) - {"kind", "units"}:
            raise ValueError(f"{where}: measure {name!r} needs exactly 'kind' and 'units'")
        if row.get("kind") not in KINDS:
            raise ValueError(f"{where}: measure {name!r}: kind {row.get('kind')!r} is not one"
                             f" of {sorted(KINDS)}")
        units = row.get("units") or []
        if name not in units:
            raise ValueError(f"{where}: measure {name!r} must list its own name among its units")
        for u in units:
            if str(u).lower() in seen:
                raise ValueError(f"{where}: unit {u!r} is in both {seen[str(u).lower()]!r} and"
                                 f" {name!r}")
            seen[str(u).lower()] = name
    for group in data.get("counts_alike") or []:
        if unknown := set(group) - set(data["measures"]):
            raise ValueError(f"{where}: counts_alike names unknown measure(s) {sorted(unknown)}")
    for key in ("plain_people", "fates"):
        if unknown := set(data.get(key) or []) - set(data["measures"]):
            raise ValueError(f"{where}: {key} names unknown measure(s) {sorted(unknown)}")


def build(data: dict) -> Vocabulary:
    validate(data)
    measures = {str(n): Measure(str(n), str(r["kind"]), frozenset(str(u).lower()
                                                                  for u in r["units"]))
                for n, r in data["measures"].items()}
    alike = {str(m): str(group[0]) for group in data.get("counts_alike") or [] for m in group}
    return Vocabulary(measures, {u: m.name for m in measures.values() for u in m.units}, alike,
                      frozenset(data.get("plain_people") or ()), frozenset(data.get("fates") or ()))


@cache
def vocabulary() -> Vocabulary:
    return build(load_yaml(Path(__file__).parent / "data" / "units.yaml"))


def measure_of(unit: str | None) -> str | None:
    return vocabulary().measure_of(unit)

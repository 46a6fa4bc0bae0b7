"""Fusion rules: how each claim type joins events (its row of the claim-type table,
`claims/data/types.yaml`), and the general knobs of `fuse/data/types.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from newsweave.cache import load_yaml
from newsweave.claims.table import ClaimType, load_table
from newsweave.quantity.units import vocabulary


@dataclass(frozen=True, slots=True)
class TypeRule:
    kind: str  # "oneoff" or "ongoing"
    symmetric: bool
    span_days: int
    conflict_days: int
    undated_days: int
    state: bool  # an act of states: officials and institutions stand for their country

    @property
    def ongoing(self) -> bool:
        return self.kind == "ongoing"


@dataclass(frozen=True, slots=True)
class Rules:
    types: dict[str, TypeRule]
    default: TypeRule
    deny_window_sentences: int
    leader_fact_keys: tuple[str, ...]
    number_conflict_ratio: float
    leader_roles: tuple[str, ...] = ()
    not_leader_words: tuple[str, ...] = ()

    def unit(self, unit: str | None) -> str | None:
        """The measure a number's unit is compared under (quantity/data/units.yaml)."""
        return vocabulary().compared_as(unit)

    def of(self, claim_type: str) -> TypeRule:
        return self.types.get(claim_type, self.default)


def _data(name: str) -> Any:
    return load_yaml(Path(__file__).parent / "data" / name)


def _rule(row: ClaimType) -> TypeRule:
    return TypeRule(
        kind=row.fuse.kind,
        symmetric=row.symmetric,
        span_days=row.fuse.span_days,
        conflict_days=row.fuse.conflict_days,
        undated_days=row.fuse.undated_days,
        state=row.state,
    )


@cache
def load_rules() -> Rules:
    data = _data("types.yaml")
    table = load_table()
    return Rules(
        types={name: _rule(row) for name, row in table.items()},
        default=_rule(table["OTHER"]),
        deny_window_sentences=int(data.get("deny_window_sentences", 4)),
        leader_fact_keys=tuple(data.get("leader_fact_keys") or ()),
        number_conflict_ratio=float(data.get("number_conflict_ratio", 1.25)),
        leader_roles=tuple(str(r).lower() for r in data.get("leader_roles") or ()),
        not_leader_words=tuple(str(r).lower() for r in data.get("not_leader_words") or ()),
    )


@cache
def load_summaries() -> dict[str, Any]:
    return _data("summaries.yaml")

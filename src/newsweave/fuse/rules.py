"""Fusion rules read from `fuse/data/types.yaml`: how each claim type joins events."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources as importlib_resources
from typing import Any

import yaml


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
    units: dict[str, str] | None = None  # unit -> the canonical unit of its group

    def unit(self, unit: str | None) -> str | None:
        if not unit:
            return None
        return (self.units or {}).get(unit.lower(), unit)

    def of(self, claim_type: str) -> TypeRule:
        return self.types.get(claim_type, self.default)


def _data(name: str) -> Any:
    text = importlib_resources.files("newsweave.fuse").joinpath("data", name).read_text("utf-8")
    return yaml.safe_load(text)


def _rule(base: dict, over: dict) -> TypeRule:
    merged = {**base, **(over or {})}
    return TypeRule(
        kind=str(merged.get("kind", "oneoff")),
        symmetric=bool(merged.get("symmetric", False)),
        span_days=int(merged.get("span_days", 0)),
        conflict_days=int(merged.get("conflict_days", 0)),
        undated_days=int(merged.get("undated_days", 120)),
        state=bool(merged.get("state", False)),
    )


@cache
def load_rules() -> Rules:
    data = _data("types.yaml")
    base = data.get("default") or {}
    return Rules(
        types={k: _rule(base, v) for k, v in (data.get("types") or {}).items()},
        default=_rule(base, {}),
        deny_window_sentences=int(data.get("deny_window_sentences", 4)),
        leader_fact_keys=tuple(data.get("leader_fact_keys") or ()),
        number_conflict_ratio=float(data.get("number_conflict_ratio", 1.25)),
        leader_roles=tuple(str(r).lower() for r in data.get("leader_roles") or ()),
        not_leader_words=tuple(str(r).lower() for r in data.get("not_leader_words") or ()),
        units={str(u).lower(): str(canon)
               for canon, members in (data.get("unit_groups") or {}).items()
               for u in [canon, *members]},
    )


@cache
def load_summaries() -> dict[str, Any]:
    return _data("summaries.yaml")

"""The claim-type table (`claims/data/types.yaml`) loaded into typed, validated rows.

Every property of a claim type lives in its row: its PLOVER type, whether its parties are
interchangeable, whether a leader's act is his country's, whether it is speech or a setting,
which measures its numbers count, how its claims fuse into events and how an event of it is
summarised in English. Claims, fusion, summaries, forensics and the model read the rows; code
never compares type names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any

from newsweave.cache import load_yaml
from newsweave.quantity.units import vocabulary

_SLOT = re.compile(r"\{(\w+)\}")
FUSE_KINDS = frozenset({"oneoff", "ongoing"})


@dataclass(frozen=True, slots=True)
class FuseRule:
    """How claims of one type join events (see the table's header)."""

    kind: str  # "oneoff" or "ongoing"
    span_days: int
    conflict_days: int
    undated_days: int

    @property
    def ongoing(self) -> bool:
        return self.kind == "ongoing"


@dataclass(frozen=True, slots=True)
class Summary:
    full: str
    one_party: str | None = None  # one party and no target known
    no_object: str | None = None  # `needs_object` found no object


@dataclass(frozen=True, slots=True)
class ClaimType:
    name: str
    meaning: str
    # the contract type (one of `contract_types`) this type is exported as; a finer type keeps
    # its own name in the export's `subtype` (SEIZE exports as type ATTACK, subtype SEIZE)
    family: str
    plover: str | None
    plover_mode: str | None
    symmetric: bool
    state: bool
    leader_brings_country: bool
    partner_is_actor: bool
    two_sided: bool
    passive_owner: bool
    speech: bool
    setting: bool
    media_voice: bool
    denial: bool
    appeal: bool
    agreement: bool
    noun_is_object: bool
    epithet: bool
    location_is_target: bool
    directed: bool
    actor_is_side: bool
    side_from_place: bool
    place_is_actor: bool
    people_act: bool
    own_signal: bool
    origin_is_side: bool
    goal_is_place: bool
    nothing_if_negated: bool
    needs_object: bool
    aimed: bool  # the words said are no object of it ("« … », a déploré X" names no one)
    threat: bool  # an appeal after it to the same party is its demand (an ultimatum's)
    confidence_adjust: float
    measures: tuple[str, ...]
    absorbs: tuple[str, ...]
    fuse: FuseRule
    summary: Summary


_BOOLS = frozenset(f.name for f in fields(ClaimType) if f.type in ("bool", bool))
_ROW_KEYS = frozenset(f.name for f in fields(ClaimType)) - {"name"}
_FUSE_KEYS = frozenset(f.name for f in fields(FuseRule))
_SUMMARY_KEYS = frozenset(f.name for f in fields(Summary))


class TableError(ValueError):
    """A claim-type table that cannot be used; the message names the file, row and field."""


def _row(name: str, base: dict, over: dict, plover_types: set[str], slots: set[str],
         contract: set[str], where: str, types: frozenset[str] = frozenset()) -> ClaimType:
    def bad(what: str) -> TableError:
        return TableError(f"{where}: type {name}: {what}")

    if not re.fullmatch(r"[A-Z][A-Z_]*", name):
        raise bad("a type name is upper-case letters and underscores")
    if not isinstance(over, dict):
        raise bad("a row is a mapping of fields")
    if unknown := set(over) - _ROW_KEYS:
        raise bad(f"unknown field(s) {sorted(unknown)}; known: {sorted(_ROW_KEYS)}")
    row = {**base, **over}
    for key in ("meaning", "plover", "summary"):
        if key not in row:
            raise bad(f"missing field {key!r}")
    if not isinstance(row["meaning"], str) or not row["meaning"].strip():
        raise bad("'meaning' must say what the type covers")
    family = row.get("family") or (name if not contract or name in contract else "OTHER")
    if contract and name in contract and family != name:
        raise bad("a contract type is its own family")
    if contract and family not in contract:
        raise bad(f"family {family!r} is not a contract type ({sorted(contract)})")
    plover = row["plover"]
    if plover is not None and plover not in plover_types:
        raise bad(f"plover {plover!r} is not a PLOVER type ({sorted(plover_types)})")
    if plover is None and family != "OTHER":
        # PLOVER codes political acts; a type outside them (a disaster) is exported as OTHER
        raise bad("only a type of family OTHER may have no PLOVER type")
    for key in sorted(_BOOLS):
        if not isinstance(row.get(key), bool):
            raise bad(f"{key!r} must be true or false, not {row.get(key)!r}")
    try:
        adjust = float(row["confidence_adjust"])
    except (TypeError, ValueError):
        raise bad("'confidence_adjust' must be a number") from None
    if not -0.5 <= adjust <= 0.5:
        raise bad("'confidence_adjust' must lie between -0.5 and 0.5")
    measures = row.get("measures") or []
    if not isinstance(measures, list):
        raise bad("'measures' must be a list")
    vocab = vocabulary()
    if unknown := [m for m in measures if m not in vocab.measures]:
        raise bad(f"measure(s) {unknown} are not in quantity/data/units.yaml")
    absorbs = row.get("absorbs") or []
    if not isinstance(absorbs, list) or not all(isinstance(a, str) for a in absorbs):
        raise bad("'absorbs' must be a list of type names")
    if unknown := [a for a in absorbs if a not in types]:
        raise bad(f"absorbs type(s) {unknown} that have no row")
    fuse = {**(base.get("fuse") or {}), **(over.get("fuse") or {})}
    if unknown := set(fuse) - _FUSE_KEYS:
        raise bad(f"unknown fuse field(s) {sorted(unknown)}")
    if fuse.get("kind") not in FUSE_KINDS:
        raise bad(f"fuse kind {fuse.get('kind')!r} is not one of {sorted(FUSE_KINDS)}")
    try:
        rule = FuseRule(str(fuse["kind"]), *(int(fuse[k]) for k in
                                             ("span_days", "conflict_days", "undated_days")))
    except (KeyError, TypeError, ValueError):
        raise bad("fuse needs whole numbers for span_days, conflict_days, undated_days") from None
    summary = row["summary"]
    if not isinstance(summary, dict) or not isinstance(summary.get("full"), str):
        raise bad("'summary' needs a 'full' template")
    if unknown := set(summary) - _SUMMARY_KEYS:
        raise bad(f"unknown summary template(s) {sorted(unknown)}")
    for key, template in summary.items():
        if unknown := set(_SLOT.findall(str(template))) - slots:
            raise bad(f"summary {key}: unknown slot(s) {sorted(unknown)} (slots: {sorted(slots)})")
        if str(template).count("[") != str(template).count("]"):
            raise bad(f"summary {key}: unbalanced [ ]")
    if row["needs_object"] and not summary.get("no_object") and "{trigger}" not in summary["full"]:
        raise bad("a type that needs an object needs a 'no_object' summary")
    bare = re.sub(r"\[[^\[\]]*\]", "", summary["full"])
    if "{targets}" in bare and not (summary.get("no_object") or row["goal_is_place"]):
        # "X took control of" with nothing after it: say what the sentence leaves out
        raise bad("'summary.full' needs {targets}: give a 'no_object' summary for claims "
                  "without one")
    return ClaimType(
        name=name,
        meaning=row["meaning"].strip(),
        family=family,
        plover=plover,
        plover_mode=row.get("plover_mode"),
        confidence_adjust=adjust,
        measures=tuple(str(m) for m in measures),
        absorbs=tuple(absorbs),
        fuse=rule,
        summary=Summary(**{k: str(v) for k, v in summary.items()}),
        **{k: row[k] for k in _BOOLS},
    )


def build_table(data: Any, where: str = "claims/data/types.yaml") -> dict[str, ClaimType]:
    """Typed rows of a claim-type table; TableError naming the row for anything malformed."""
    if not isinstance(data, dict):
        raise TableError(f"{where}: the table is a mapping")
    if unknown := set(data) - {"plover_types", "summary_slots", "contract_types", "default",
                               "types"}:
        raise TableError(f"{where}: unknown top-level key(s) {sorted(unknown)}")
    types = data.get("types")
    if not isinstance(types, dict) or not types:
        raise TableError(f"{where}: 'types' must map type names to rows")
    if "OTHER" not in types:
        raise TableError(f"{where}: the table needs an OTHER row")
    plover_types = {str(p) for p in data.get("plover_types") or ()}
    slots = {str(s) for s in data.get("summary_slots") or ()}
    contract = {str(c) for c in data.get("contract_types") or ()}
    if unknown := contract - {str(n) for n in types}:
        raise TableError(f"{where}: contract type(s) {sorted(unknown)} have no row")
    base = data.get("default") or {}
    if unknown := set(base) - _ROW_KEYS:
        raise TableError(f"{where}: default: unknown field(s) {sorted(unknown)}")
    names = frozenset(str(n) for n in types)
    return {str(n): _row(str(n), base, r, plover_types, slots, contract, where, names)
            for n, r in types.items()}


@cache
def load_table() -> dict[str, ClaimType]:
    return build_table(load_yaml(Path(__file__).parent / "data" / "types.yaml"))


def claim_type(name: str) -> ClaimType:
    """The row of a claim type; a type the table does not know (an old store) reads as OTHER."""
    table = load_table()
    return table.get(name) or table["OTHER"]


def family_of(name: str) -> str:
    """The contract type a claim of type `name` is exported as (DESIGN.md's table)."""
    return claim_type(name).family


def type_names() -> tuple[str, ...]:
    return tuple(load_table())


def with_flag(flag: str) -> frozenset[str]:
    """The names of the types whose boolean `flag` is set."""
    if flag not in _BOOLS:
        raise KeyError(f"no boolean field {flag!r} in the claim-type table")
    return frozenset(n for n, t in load_table().items() if getattr(t, flag))

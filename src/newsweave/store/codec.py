"""Records ⇄ JSON-able dicts, for the store's JSON columns and the exports."""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from typing import Any, TypeVar

from newsweave.model import (
    Claim,
    Conflict,
    DateValue,
    Event,
    Quantity,
    QuantityValue,
    Sentence,
    TimeExpression,
)

T = TypeVar("T")


def to_dict(record: Any) -> Any:
    """Plain JSON-able data; a float that JSON cannot hold (infinity, NaN) becomes None."""
    if isinstance(record, float) and not math.isfinite(record):
        return None
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(x) for x in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record


def dumps(record: Any) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False)


@functools.cache
def _tuple_fields(cls: type) -> tuple[str, ...]:
    """The fields a record declares as tuples (read once per class: fusion decodes thousands
    of claims at a time)."""
    return tuple(f.name for f in dataclasses.fields(cls) if "tuple" in str(f.type))


def _tuples(cls: type, data: dict) -> dict:
    """Lists back to tuples for the fields the record declares as tuples."""
    out = dict(data)
    for name in _tuple_fields(cls):
        value = out.get(name)
        if isinstance(value, list):
            out[name] = tuple(value)
    return out


def from_dict(cls: type[T], data: dict) -> T:
    return cls(**_tuples(cls, data))


def claim_from_dict(data: dict) -> Claim:
    d = _tuples(Claim, data)
    if d.get("date"):
        d["date"] = DateValue(**d["date"])
    q = d.get("quantity")
    # a stored figure of hundreds of digits was read as infinity before numbers were bounded
    d["quantity"] = (QuantityValue(**q) if q and isinstance(q.get("value"), (int, float))
                     and math.isfinite(q["value"]) else None)
    return Claim(**d)


def event_from_dict(data: dict) -> Event:
    d = _tuples(Event, data)
    d["conflicts"] = tuple(
        Conflict(kind=c["kind"], claims=tuple(c["claims"]), message=c["message"])
        for c in d.get("conflicts", ())
    )
    return Event(**d)


def sentence_from_dict(data: dict) -> Sentence:
    return Sentence(**data)


def time_from_dict(data: dict) -> TimeExpression:
    return TimeExpression(**data)


def quantity_from_dict(data: dict) -> Quantity:
    return Quantity(**data)

"""Data for splitting and language identification, loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from newsweave.lang import pooled

HERE = Path(__file__).parent


@dataclass(frozen=True)
class SegmentData:
    terminals: frozenset[str]
    cjk_terminals: frozenset[str]
    closers: frozenset[str]
    openers: frozenset[str]
    heading_max_chars: int
    max_joined_chars: int
    abbreviations: frozenset[str]
    confusable_groups: tuple[tuple[str, ...], ...]
    min_probability: float
    document_language_min_probability: float
    script_share: float
    kana_min_count: int
    kana_min_share: float


@cache
def load() -> SegmentData:
    with (HERE / "segment.yaml").open(encoding="utf-8") as f:
        d = yaml.safe_load(f)
    # splitting runs before the language is known: every language's abbreviations apply
    abbreviations = {a for a in pooled("sentences", "abbreviations") if isinstance(a, str)}
    return SegmentData(
        terminals=frozenset(d["terminals"]),
        cjk_terminals=frozenset(d["cjk_terminals"]),
        closers=frozenset(d["closers"]),
        openers=frozenset(d["openers"]),
        heading_max_chars=int(d["heading_max_chars"]),
        max_joined_chars=int(d["max_joined_chars"]),
        abbreviations=frozenset(abbreviations),
        confusable_groups=tuple(tuple(g) for g in d.get("confusable_groups") or []),
        min_probability=float(d["min_probability"]),
        document_language_min_probability=float(d["document_language_min_probability"]),
        script_share=float(d["script_share"]),
        kana_min_count=int(d["kana_min_count"]),
        kana_min_share=float(d["kana_min_share"]),
    )

"""Cleaning: boilerplate removal with an offset map.  (PLACEHOLDER: being built.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsweave.model import Extracted, OffsetMap, Removal
from newsweave.options import Options


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    offsets: OffsetMap
    removed: tuple[Removal, ...] = field(default=())


def clean(extracted: Extracted, options: Options) -> Cleaned:
    return Cleaned(extracted.text, OffsetMap.identity(len(extracted.text)))

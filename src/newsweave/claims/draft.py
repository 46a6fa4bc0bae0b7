"""A claim before it gets its id: what `Claim` needs, plus the sentence and trigger it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsweave.claims.triggers import Hit
from newsweave.claims.view import SentenceView
from newsweave.model import DateValue, QuantityValue

# notes a step leaves on a draft for the steps after it
CONTEXT_DATED = "date from context"
SPOKEN = "told by a named speaker"  # "X said …": X is who the sentence is about
NO_OBJECT = "no object: the sentence names no one the act is directed at"
NEGATIVE = "negative sentence: a negation outside the trigger's reach may govern it"


@dataclass(slots=True)
class Draft:
    type: str
    actors: list[str]
    targets: list[str]
    modality: str
    view: SentenceView
    hit: Hit
    location: str | None = None
    date: DateValue | None = None
    quantity: QuantityValue | None = None
    attributed_to: str | None = None
    denies: str | None = None  # a denial's: the type of the act it denies, when it names one
    confidence: float = 0.5
    notes: list[str] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)  # the evidence, named (signals.py)

    def key(self) -> tuple:
        return (self.type, frozenset(self.actors), frozenset(self.targets),
                self.date.value if self.date else None)

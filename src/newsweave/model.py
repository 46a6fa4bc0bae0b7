"""The core records that travel through the flow.

Every record is a frozen, slotted dataclass. Offsets (`start`, `end`) are always Python string
indices into the document's *original* text (before cleaning), so that any mention, claim or
finding can show its evidence in the source language. Records never hold open resources, so they
pickle and can cross process boundaries (a process pool or a Dask worker).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "month", "year"]
Modality = Literal["asserted", "reported", "denied", "speculated", "expected"]
Severity = Literal["low", "medium", "high"]
EntityType = Literal["person", "country", "place", "organization", "other"]

MODALITIES: tuple[str, ...] = ("asserted", "reported", "denied", "speculated", "expected")


def __getattr__(name: str) -> object:
    """`CLAIM_TYPES`: claim type -> nearest PLOVER type, a view of the claim-type table
    (`claims/data/types.yaml`, read lazily: the table's loader imports this module)."""
    if name == "CLAIM_TYPES":
        from newsweave.claims.table import load_table

        return {n: t.plover for n, t in load_table().items()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input as a source reader found it, before any decoding or extraction.

    `data` is bytes when read from a file or the network (decoding is the extractor's job),
    str when the source already holds text (a JSONL record's "text"/"html", a feed entry).
    The hints come from the source (JSONL fields, feed entries, HTTP headers) and win over
    what extraction guesses.
    """

    uri: str
    data: bytes | str
    media_type: str | None = None  # "text/html", "text/plain", or None to sniff
    published: str | None = None  # YYYY-MM-DD
    outlet: str | None = None
    title: str | None = None


class InputError(Exception):
    """A document that cannot be ingested. The message is one line a user can act on."""

    def __init__(self, uri: str, reason: str):
        super().__init__(f"{uri}: {reason}")
        self.uri = uri
        self.reason = reason


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class Extracted:
    """What extraction gets out of one raw input: its text and its metadata."""

    uri: str
    text: str  # the original text: everything later offsets point into
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_source: str | None = None  # where the date came from: "html", "text", "url", "hint"
    outlet: str | None = None
    origin: str | None = None  # host (or name) of the original source the text cites
    origin_url: str | None = None
    encoding: str | None = None
    media_type: str | None = None


@dataclass(frozen=True, slots=True)
class Removal:
    """A span of the original text that cleaning removed, and why."""

    start: int
    end: int
    kind: str  # "share_button", "interlink", "comment_form", "copyright", "timestamp", ...
    surface: str


@dataclass(slots=True)
class OffsetMap:
    """Maps each character of the cleaned text to its index in the original text.

    `orig[i]` is the original index of cleaned character i; one extra entry at the end maps the
    end of the cleaned text. A cleaned span [a, b) comes from original span
    [orig[a], end of b - 1), where a character ends at orig + 1, or at `ends[i]` when it was
    composed from several ("e" + U+0301 → "é", "ｶ" + "ﾞ" → "ガ"), so no mark is cut off.
    """

    orig: array = field(default_factory=lambda: array("l", [0]))
    ends: dict[int, int] = field(default_factory=dict)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            o = self.orig[start]
            return o, o
        return self.orig[start], self.ends.get(end - 1, self.orig[end - 1] + 1)

    @classmethod
    def identity(cls, n: int) -> OffsetMap:
        return cls(array("l", range(n + 1)))


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # original offsets
    end: int
    clean_start: int  # offsets into Document.clean_text
    clean_end: int
    text: str  # the cleaned text of the sentence (== clean_text[clean_start:clean_end])
    lang: str | None  # ISO 639-1 code, None when too short to tell


@dataclass(frozen=True, slots=True)
class LanguageShare:
    lang: str
    chars: int


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    uri: str
    original_text: str
    clean_text: str
    offsets: OffsetMap
    sentences: tuple[Sentence, ...]
    languages: tuple[LanguageShare, ...]
    removed: tuple[Removal, ...] = ()
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    outlet: str | None = None
    origin: str | None = None
    origin_url: str | None = None
    encoding: str | None = None
    # when published is unknown: the month it was probably written, estimated from the events
    # it reports (fuse/estimate.py); times then resolve against it at month precision
    reference_date: str | None = None

    def span(self, sentence: Sentence, local_start: int, local_end: int) -> tuple[int, int]:
        """Original offsets of [local_start, local_end) inside `sentence.text`."""
        return self.offsets.to_original(
            sentence.clean_start + local_start, sentence.clean_start + local_end
        )

    @property
    def main_language(self) -> str | None:
        if not self.languages:
            return None
        return max(self.languages, key=lambda s: s.chars).lang


# --------------------------------------------------------------------------- analysis


@dataclass(frozen=True, slots=True)
class Entity:
    """A knowledge-base record, or an unlinked name found in text (linked=False)."""

    id: str
    name: str  # canonical English (romanised for unlinked names)
    type: EntityType
    aliases: tuple[str, ...] = ()
    linked: bool = True
    facts: dict = field(default_factory=dict, hash=False, compare=False)

    def __reduce__(self):
        # faster to load than dataclasses' generic __setstate__ (the knowledge base's pickle)
        return Entity, (self.id, self.name, self.type, self.aliases, self.linked, self.facts)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # original offsets
    end: int
    surface: str
    entity_id: str
    sentence: int  # Sentence.index
    confidence: float = 1.0
    how: str = "exact"  # "exact", "alias", "transliteration", "fuzzy", "candidate", "demonym"
    title: str | None = None  # an honorific or office next to the name ("大統領", "Presiden")


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int
    end: int
    surface: str
    sentence: int
    value: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"; None when it cannot be resolved
    precision: Precision | None
    relative: bool = False  # resolved against the publication date or the surrounding text
    problem: str | None = None  # "impossible_date", "weekday_mismatch", "garbled", ...


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    surface: str
    sentence: int
    value: float | None  # None when the number is garbled
    unit: str | None  # canonical English noun: "troops", "shells", "km", "people", ...
    approx: bool = False
    bound: str | None = None  # "about", "at_least", "more_than", "at_most", "up_to", "nearly"
    problem: str | None = None  # "placeholder", "double_scale", "garbled", ...
    value_max: float | None = None  # the upper end of a range ("11,000–12,000": value 11,000)
    forecast: bool = False  # a figure expected later ("10,000 by December"), not a count now


@dataclass(frozen=True, slots=True)
class Analysis:
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    # every entity the mentions point to: knowledge-base records and unlinked names (linked=False)
    entities: tuple[Entity, ...] = ()


@dataclass(frozen=True, slots=True)
class DateValue:
    value: str  # YYYY[-MM[-DD]]
    text: str


@dataclass(frozen=True, slots=True)
class QuantityValue:
    value: float  # a range's lower end
    unit: str | None  # the measure (quantity/data/units.yaml): "troops", "killed", "shells"…
    approx: bool
    text: str
    value_max: float | None = None  # a range's upper end
    bound: str | None = None  # "at_least", "more_than", "up_to", … as the text gives it
    forecast: bool = False  # expected later ("10,000 by December"), not counted on the day


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    doc: str
    type: str  # a row of the claim-type table (claims/data/types.yaml)
    actors: tuple[str, ...]  # entity ids
    targets: tuple[str, ...]
    modality: Modality
    start: int  # evidence: original offsets of the sentence (or clause) stating it
    end: int
    text: str
    lang: str | None
    sentence: int
    location: str | None = None
    date: DateValue | None = None
    quantity: QuantityValue | None = None
    attributed_to: str | None = None
    confidence: float = 0.5  # calibrated: the measured precision of claims like this one
    trigger: str | None = None  # the word that typed the claim, for explanations
    # the evidence the confidence was computed from (claims/signals.py): named, so an analyst
    # can see why, and so calibration can be refitted from stored claims
    signals: tuple[str, ...] = ()
    raw_confidence: float = 0.5  # the extraction's own score, before calibration
    # a denial's: the type of the act it denies when its sentence names it ("denied sending
    # troops": DEPLOY_TROOPS), so that it can answer that act told in other documents
    denies: str | None = None

    @property
    def plover(self) -> str | None:
        from newsweave.claims.table import claim_type

        return claim_type(self.type).plover


@dataclass(frozen=True, slots=True)
class Finding:
    id: str
    doc: str
    kind: str
    severity: Severity
    start: int
    end: int
    surface: str
    message: str  # English
    suggestion: str | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: str  # "denial", "number", "date"
    claims: tuple[str, ...]
    message: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    date: str | None
    summary: str
    claims: tuple[str, ...]
    documents: tuple[str, ...]
    independent_sources: int
    conflicts: tuple[Conflict, ...] = ()
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    weight: float = 0.0  # corroboration weighted by document quality
    low_quality_only: bool = False


@dataclass(frozen=True, slots=True)
class Processed:
    """Everything the per-document stages produce for one document: what `store` saves."""

    document: Document
    analysis: Analysis
    claims: tuple[Claim, ...] = ()
    findings: tuple[Finding, ...] = ()
    quality: float = 1.0
    # id of the document this one near-duplicates, with the estimated Jaccard similarity
    minhash: bytes | None = None

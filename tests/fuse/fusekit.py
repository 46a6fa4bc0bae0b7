"""Hand-made documents with hand-made claims, saved into a temporary store and fused."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsweave import fuse
from newsweave.kb import KnowledgeBase
from newsweave.model import (
    Analysis,
    Claim,
    DateValue,
    Document,
    Entity,
    LanguageShare,
    Mention,
    OffsetMap,
    Processed,
    QuantityValue,
    Sentence,
)
from newsweave.resources import Resources
from newsweave.store import Store, open_store

ENTITIES = (
    Entity("north-korea", "North Korea", "country"),
    Entity("russia", "Russia", "country"),
    Entity("ukraine", "Ukraine", "country"),
    Entity("united-states", "United States", "country"),
    Entity("kim-jong-un", "Kim Jong Un", "person", ("Kim Jong-un",),
           facts={"leader_of": "north-korea"}),
    Entity("vladimir-putin", "Vladimir Putin", "person", ("Putin",),
           facts={"country": "russia", "role": "President of Russia"}),
    Entity("sergey-lavrov", "Sergey Lavrov", "person", facts={"country": "russia",
                                                               "role": "Foreign Minister"}),
    Entity("choe-son-hui", "Choe Son Hui", "person"),
    Entity("kursk-oblast", "Kursk Oblast", "place"),
    Entity("vostochny", "Vostochny Cosmodrome", "place"),
    Entity("pyongyang", "Pyongyang", "place", facts={"country": "north-korea"}),
    Entity("kharkiv", "Kharkiv", "place", facts={"country": "ukraine"}),
    Entity("wonsan", "Wonsan", "place", facts={"country": "north-korea"}),
)


def resources() -> Resources:
    res = Resources()
    res.__dict__["kb"] = KnowledgeBase(ENTITIES)  # the cached property, set by hand
    return res


@dataclass
class C:
    """A claim to put in a document (evidence text is made up from the fields)."""

    type: str
    actors: Sequence[str]
    targets: Sequence[str] = ()
    date: str | None = None
    modality: str = "asserted"
    quantity: float | None = None
    unit: str | None = None
    approx: bool = False
    location: str | None = None
    text: str | None = None
    trigger: str | None = None  # the word that typed the claim
    value_max: float | None = None
    forecast: bool = False


@dataclass
class D:
    id: str
    claims: list[C]
    published: str | None = None
    outlet: str | None = None
    origin: str | None = None
    quality: float = 1.0
    lang: str = "en"
    near: list[str] = field(default_factory=list)
    title: str | None = None


def processed(d: D) -> Processed:
    texts = [
        c.text or f"{c.type} {' '.join(c.actors)} -> {' '.join(c.targets)} on {c.date}."
        for c in d.claims
    ]
    original = " ".join(texts) or "Nothing happened."
    sentences, claims, pos = [], [], 0
    for i, (c, t) in enumerate(zip(d.claims, texts, strict=True)):
        sentences.append(Sentence(i, pos, pos + len(t), pos, pos + len(t), t, d.lang))
        claims.append(Claim(
            id=f"{d.id}-c{i:02d}", doc=d.id, type=c.type, actors=tuple(c.actors),
            targets=tuple(c.targets), modality=c.modality,  # type: ignore[arg-type]
            start=pos, end=pos + len(t), text=t, lang=d.lang, sentence=i,
            location=c.location,
            date=DateValue(c.date, c.date) if c.date else None,
            quantity=QuantityValue(c.quantity, c.unit, c.approx, str(c.quantity), c.value_max,
                                   forecast=c.forecast)
            if c.quantity is not None else None,
            confidence=0.8, trigger=c.trigger,
        ))
        pos += len(t) + 1
    doc = Document(
        id=d.id, uri=f"test://{d.id}", original_text=original, clean_text=original,
        offsets=OffsetMap.identity(len(original)), sentences=tuple(sentences),
        languages=(LanguageShare(d.lang, len(original)),), title=d.title or d.id,
        published=d.published, outlet=d.outlet, origin=d.origin,
    )
    return Processed(document=doc, analysis=_analysis(claims), claims=tuple(claims),
                     quality=d.quality)


def _analysis(claims: list[Claim]) -> Analysis:
    """Mentions of every entity the claims name, so the store keeps their records."""
    known = {e.id: e for e in ENTITIES}
    mentions, entities = [], {}
    for c in claims:
        for entity_id in (*c.actors, *c.targets, *([c.location] if c.location else [])):
            e = known.get(entity_id) or Entity(entity_id, entity_id, "other", linked=False)
            entities[e.id] = e
            mentions.append(Mention(c.start, c.start + 1, c.text[:1], e.id, c.sentence))
    return Analysis(mentions=tuple(mentions), entities=tuple(entities.values()))


def where(path: Path) -> str | Path:
    """The store a test names by a file path (tests/fuse/conftest.py moves it to PostgreSQL)."""
    return path


def ingest(
    path: Path | str, docs: Sequence[D], res: Resources | None = None, batch: bool = False,
    flush_every: int = 500,
) -> Store:
    """Save and fuse `docs` one by one; with `batch`, in one fusion session (as `ingest`)."""
    store = open_store(where(path) if isinstance(path, Path) else path)
    res = res or resources()
    session = fuse.Session(store, res, flush_every=flush_every) if batch else None
    for d in docs:
        p = processed(d)
        near = [(o, 0.9) for o in d.near if store.has_document(o)]
        near += [(o.id, 0.9) for o in docs if d.id in o.near and store.has_document(o.id)]
        store.save(p, near)
        if session is not None:
            session.ctx.forget_metadata(o for o, _ in near)
        fuse.add_document(store, p, res, session=session)
    if session is not None:
        session.flush()
    return store


def signature(store: Store) -> set[tuple]:
    return {(e.type, e.date, frozenset(e.claims)) for e in store.events()}


def event_with(store: Store, claim_id: str):
    found = [e for e in store.events() if claim_id in e.claims]
    assert len(found) == 1, found
    return found[0]

"""Build Document/Analysis records by hand so claim extraction can be tested on made-up text."""

from __future__ import annotations

import re

from newsweave.claims import extract_claims
from newsweave.model import (
    Analysis,
    Claim,
    Document,
    Entity,
    LanguageShare,
    Mention,
    OffsetMap,
    Quantity,
    Sentence,
    TimeExpression,
)

# a tiny knowledge base: id -> (name, type, facts)
ENTITIES: dict[str, tuple[str, str, dict]] = {
    "KP": ("North Korea", "country", {}),
    "RU": ("Russia", "country", {}),
    "UA": ("Ukraine", "country", {}),
    "US": ("United States", "country", {}),
    "KR": ("South Korea", "country", {}),
    "JP": ("Japan", "country", {}),
    "CN": ("China", "country", {}),
    "kim": ("Kim Jong Un", "person", {"country": "KP"}),
    "putin": ("Vladimir Putin", "person", {"country": "RU"}),
    "lavrov": ("Sergey Lavrov", "person", {"country": "RU"}),
    "choe": ("Choe Son Hui", "person", {"country": "KP"}),
    "blinken": ("Antony Blinken", "person", {"country": "US"}),
    "tass": ("TASS", "organization", {"country": "RU"}),
    "yonhap": ("Yonhap", "organization", {"country": "KR"}),
    "moscow": ("Moscow", "place", {"country": "RU"}),
    "pyongyang": ("Pyongyang", "place", {"country": "KP"}),
    "kursk": ("Kursk Oblast", "place", {"country": "RU"}),
    "duma": ("State Duma", "organization", {"country": "RU"}),
}

_END = re.compile(r"(?<=[.!?])\s+|(?<=[。？！])\s*|\n+")


def make(text: str, lang: str, mentions: dict[str, str] | None = None,
         times: dict[str, str] | None = None,
         quantities: dict[str, tuple[float, str]] | None = None,
         title: str | None = None) -> tuple[Document, Analysis]:
    """A document of `text` (one language) with `surface -> entity id` mentions (every
    occurrence), `surface -> ISO value` times and `surface -> (value, unit)` quantities."""
    sentences = []
    start = 0
    for m in _END.finditer(text):
        end = m.start()
        if end > start and text[start:end].strip():
            sentences.append((start, end))
        start = m.end()
    if start < len(text) and text[start:].strip():
        sentences.append((start, len(text)))
    sents = tuple(
        Sentence(i, a, b, a, b, text[a:b], lang) for i, (a, b) in enumerate(sentences)
    )

    def where(surface: str):
        for m in re.finditer(re.escape(surface), text):
            s = next(s for s in sents if s.start <= m.start() < s.end or s.start >= m.start())
            yield m.start(), m.end(), s.index

    ms, used = [], set()
    for surface, eid in sorted((mentions or {}).items(), key=lambda kv: -len(kv[0])):
        for a, b, si in where(surface):
            if any(a < e and s < b for s, e in used):
                continue
            used.add((a, b))
            ms.append(Mention(a, b, surface, eid, si))
    ts = [TimeExpression(a, b, surface, si, value, _precision(value))
          for surface, value in (times or {}).items() for a, b, si in where(surface)]
    qs = [Quantity(a, b, surface, si, value, unit)
          for surface, (value, unit) in (quantities or {}).items() for a, b, si in where(surface)]
    ids = {m.entity_id for m in ms}
    ents = tuple(Entity(i, ENTITIES[i][0], ENTITIES[i][1], facts=ENTITIES[i][2])  # type: ignore[arg-type]
                 for i in sorted(ids) if i in ENTITIES)
    doc = Document(
        id="d1", uri="test://d1", original_text=text, clean_text=text,
        offsets=OffsetMap.identity(len(text)), sentences=sents,
        languages=(LanguageShare(lang, len(text)),), title=title, published="2024-11-01",
    )
    return doc, Analysis(tuple(sorted(ms, key=lambda m: m.start)), tuple(ts), tuple(qs), ents)


def _precision(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")


def claims(text: str, lang: str, **kw) -> list[Claim]:
    doc, analysis = make(text, lang, **kw)
    return extract_claims(doc, analysis, None)  # type: ignore[arg-type]


def one(found: list[Claim], ctype: str) -> Claim:
    hits = [c for c in found if c.type == ctype]
    assert hits, f"no {ctype} claim in {[(c.type, c.actors, c.targets) for c in found]}"
    return hits[0]

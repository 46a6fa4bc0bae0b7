"""An entity named by a user, in any script: "Putin", "プーチン", "Путин", "putin" or an id.

Used by every entity filter (timeline, report, web). A name matches when the knowledge base
knows it (names in every language, aliases, a surname on its own, a transliteration) or when
the stored texts wrote it for that entity (a mention's surface), so a garbled spelling an
article used finds what it was linked to.
"""

from __future__ import annotations

import contextlib
import unicodedata
from dataclasses import dataclass
from typing import Any

# a knowledge-base search hit this good names one entity (a surname alone scores 0.85)
_SEARCH_FLOOR = 0.8
# hits closer than this to the best one make the name ambiguous ("Kim")
_AMBIGUOUS_GAP = 0.03


@dataclass(frozen=True, slots=True)
class Resolution:
    query: str
    ids: frozenset[str]
    suggestions: tuple[str, ...] = ()  # names close to a query that matched nothing

    def __bool__(self) -> bool:
        return bool(self.ids)


def _key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def resolve(corpus: Any, query: str, kb: Any = None) -> Resolution:
    """Every entity `query` names, as ids of the corpus (merged entities as decided)."""
    q = _key(query)
    if not q:
        return Resolution(query, frozenset())
    found: set[str] = set()
    for e in corpus.entities.values():
        if q == e.id.casefold() or q == _key(e.name) or any(q == _key(a) for a in e.aliases):
            found.add(e.id)
    found |= corpus.surfaces.get(q, set())
    if kb is not None:
        try:
            if kb.get(query.strip()) is not None:
                found.add(query.strip())
            found |= {e.id for e in kb.by_name(query.strip())}
            if not found:
                hits = kb.search(query.strip(), limit=5)
                good = [h for h in hits if h.score >= _SEARCH_FLOOR]
                if good and (len(good) == 1 or good[0].score - good[1].score >= _AMBIGUOUS_GAP):
                    found.add(good[0].entity.id)
        except Exception:  # a knowledge base that fails to load only costs names
            pass
    review = getattr(corpus, "review", None)
    if review is not None:
        found = {review.canonical(i) for i in found}
        # a name an analyst split off an entity names the new one, not the old one
        for entity_id, parts in review.splits.items():
            for new_id, surfaces, _ in parts:
                if q in surfaces:
                    found.discard(entity_id)
                    found.add(new_id)
    if found:
        return Resolution(query, frozenset(found))
    return Resolution(query, frozenset(), suggest(corpus, query, kb))


def suggest(corpus: Any, query: str, kb: Any = None, limit: int = 5) -> tuple[str, ...]:
    """Names close to a query that matched nothing, for the message that says so."""
    out: list[str] = []
    q = _key(query)
    for e in corpus.entities.values():
        if q and (q in _key(e.name) or any(q in _key(a) for a in e.aliases)):
            out.append(e.name)
    if kb is not None:
        with contextlib.suppress(Exception):
            out += [h.entity.name for h in kb.search(query.strip(), limit=limit)]
    return tuple(dict.fromkeys(out))[:limit]

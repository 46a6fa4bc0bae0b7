"""What kind of thing an unknown name is, from its own words and the word before it.

Types: organization, place, and other for vessels (a naval prefix, USS or HMS, in the name; a
ship word, "the tanker", before it).

The word lists live in each pack's names.yaml (`name_heads`, `place_cues`): an organisation's
head noun (Forces, Ministry, Pasukan, Lực lượng, Силы) or a place's (City, Kota, Thành phố,
город) anywhere in the name; a lone capitalised word after "in", "di", "ở", "в" is a place.
"""

from __future__ import annotations

from functools import cache

from newsweave.kb.index import word_key
from newsweave.kb.language import gathered_heads, own_or_fallback
from newsweave.kb.normalize import words

TYPES = ("organization", "place", "other")  # other: vessels (USS Carney, the tanker X)


@cache
def _heads(etype: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every head word (or run of words) of that type, in every language, as word keys, by
    their first key (a name's words are looked up, not every head tried against them)."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for head in gathered_heads(etype):
        keys = tuple(word_key(w) for w in words(head))
        if keys:
            out.setdefault(keys[0], set()).add(keys)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def guess_type(name: str, lang: str | None = None) -> str | None:
    """"organization" or "place" when a head word says so, else None."""
    keys = [word_key(w) for w in words(name)]
    for etype in TYPES:
        heads = _heads(etype)
        for i, key in enumerate(keys):
            if any(tuple(keys[i:i + len(h)]) == h for h in heads.get(key, ())):
                return etype
    return None


@cache
def place_cues(lang: str) -> frozenset[str]:
    return frozenset(word_key(w) for w in own_or_fallback(lang, "place_cues"))

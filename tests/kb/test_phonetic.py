"""Nearest phonetic keys: ranked as one list of every key of a near length would rank them."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from newsweave.resources import Resources


def _one_list(kb, key: str, limit: int, cutoff: float) -> list[tuple[str, float, str]]:
    spread = max(1, int(len(key) * (100 - cutoff) / 100) + 1)
    choices = [k for n in range(len(key) - spread, len(key) + spread + 1)
               for k in kb._phonetic_keys.get(n, ())]
    out: dict[str, tuple[float, str]] = {}
    for k, score, _ in process.extract(key, choices, scorer=fuzz.ratio, limit=limit,
                                       score_cutoff=cutoff):
        for eid in kb.index.phonetic[k]:
            if eid not in out or out[eid][0] < score:
                out[eid] = (score, k)
    return sorted(((eid, s, k) for eid, (s, k) in out.items()), key=lambda t: -t[1])


def test_same_candidates_as_one_list() -> None:
    kb = Resources().kb
    keys = sorted(kb.index.phonetic)
    rng = random.Random(3)
    for _ in range(60):
        k = rng.choice(keys)
        k = k[:rng.randrange(1, len(k) + 1)] + rng.choice("aeiklmnrst") + k[rng.randrange(len(k)):]
        for limit, cutoff in ((8, 70.0), (20, 60.0)):
            assert kb.phonetic_candidates(k, limit, cutoff) == _one_list(kb, k, limit, cutoff)

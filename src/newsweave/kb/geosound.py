"""Unknown names that sound like a town of a country the document names.

GeoNames holds the big cities' names in many scripts, but a Korean or Japanese article about
Azerbaijan may write a town of 100,000 people in a hangul or kana spelling GeoNames lacks
(예블라흐 for Yevlakh). Such a name is found among the candidate spans (proper nouns, katakana,
capitalised words) and linked when, in the light of the whole document, it can hardly be
anything else:

- it is written next to a place: right after a country or place the document names
  (아제르바이잔 예블라흐, アゼルバイジャンのイェブラフ) or after a preposition of place
  ("in Yevlax");
- its sound key (`translit.phonetic_key`) is (nearly) that of one town, of 15,000 people or
  more, in a country the document names as a country, and clearly nearer than any other;
- it has no person's title or name tag, and is not one of the document's persons.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from newsweave.kb.candidates import find_candidates
from newsweave.kb.geo import CITY, GeoTable, name_script
from newsweave.kb.matcher import Match, SentenceView
from newsweave.kb.normalize import is_unspaced

MIN_KEY = 4  # shorter sound keys are shared by too many towns
LONG_KEY = 6  # shorter ones must equal the town's, longer ones may differ a little
SCORE = 88.0  # rapidfuzz ratio between sound keys
MARGIN = 8.0  # over the next town
GAPS = ("", " ", "の", "의", "・", "、", ",", ", ")  # between a country and its town


def sound_keys(geo: GeoTable, country: str) -> dict[str, list[int]]:
    """Sound key -> rows, for the towns of one country: built once per machine when the table
    is the packaged one (`cache_stamp`, set as it loads: a fraction of a second to seconds per
    country), else once per process."""
    cache = geo.__dict__.setdefault("_sounds", {})
    if country in cache:
        return cache[country]
    stamp = geo.__dict__.get("cache_stamp")
    if stamp:
        from newsweave.cache import cached_pickle

        out = cached_pickle(f"geosound/{stamp}-{country[:60]}.pickle",
                            lambda: _sound_keys(geo, country), dict)
    else:
        out = _sound_keys(geo, country)
    cache[country] = out
    return out


def _sound_keys(geo: GeoTable, country: str) -> dict[str, list[int]]:
    from newsweave.kb.translit import phonetic_key

    out: dict[str, list[int]] = {}
    for row, c in enumerate(geo.countries):
        if c != country or geo.kinds[row] != CITY:
            continue
        names = [geo.names[row], *(a for a in geo.aliases[row].split("\x1f")
                                   if a and name_script(a) in ("latin", "cyrillic"))]
        for name in names:
            key = phonetic_key(name)
            if len(key) >= MIN_KEY and row not in out.setdefault(key, []):
                out[key].append(row)
    return out


def link_by_sound(views: list[SentenceView], per_sentence: list[list[Match]], kb) -> None:
    """Add towns the document writes in a spelling no list holds (in place)."""
    geo: GeoTable | None = getattr(kb, "geo", None)
    if geo is None or not len(geo):
        return
    countries = _named_countries(per_sentence, kb)
    if not countries:
        return
    from newsweave.kb.name_types import place_cues

    for si, view in enumerate(views):
        added = []
        for c in find_candidates(view, per_sentence[si]):
            if c.title is not None or c.person_tag or c.org_tag or len(c.key) < MIN_KEY:
                continue
            if " " in c.surface.strip() or "・" in c.surface:
                continue  # several words: a person's or a group's name more often than a town
            if not _next_to_a_place(view, c.start, per_sentence[si], kb, place_cues(view.lang)):
                continue
            row = _town(geo, c.key, countries)
            if row is not None:
                added.append(Match(c.start, c.end, geo.ids[row], "transliteration", 0.7,
                                   kind="place"))
        if added:
            per_sentence[si] = sorted(per_sentence[si] + added, key=lambda m: m.start)


def _named_countries(per_sentence: list[list[Match]], kb) -> list[str]:
    out: list[str] = []
    for matches in per_sentence:
        for m in matches:
            e = kb.get(m.entity_id) if m.entity_id else None
            if e is not None and e.type == "country" and e.id not in out:
                out.append(e.id)
    return out


def _next_to_a_place(view: SentenceView, start: int, matches: list[Match], kb,
                     cues: frozenset[str]) -> bool:
    text = view.text
    for m in matches:
        if m.end <= start and text[m.end:start] in GAPS and m.entity_id:
            e = kb.get(m.entity_id)
            if e is not None and e.type in ("country", "place"):
                return True
    if is_unspaced(text[start:start + 1]):
        return False
    before = [w for w in view.words if w[1] <= start][-1:]
    return bool(before) and not text[before[0][1]:start].strip() and before[0][2] in cues


def _town(geo: GeoTable, key: str, countries: list[str]) -> int | None:
    keys: dict[str, list[int]] = {}
    for country in countries:
        for k, rows in sound_keys(geo, country).items():
            keys.setdefault(k, []).extend(rows)
    if not keys:
        return None
    found = process.extract(key, list(keys), scorer=fuzz.ratio, limit=5, score_cutoff=SCORE - 20)
    if not found or found[0][1] < (SCORE if len(key) >= LONG_KEY else 100):
        return None  # a short key must be the town's own
    best_rows = set(keys[found[0][0]])
    if len(best_rows) != 1:
        return None
    rivals = [s for k, s, _ in found[1:] if set(keys[k]) != best_rows]
    if rivals and found[0][1] - rivals[0] < MARGIN:
        return None
    return best_rows.pop()

"""Names the knowledge base composes from a country's names: its national armed forces and its
ministries of defence, foreign affairs and the interior.

"Russian armed forces", "forces armées russes", "Вооружённые силы России" and "Rus Silahlı
Kuvvetleri" name one institution, and so does the same phrase for every other country. Rather
than list each phrase for every country in every language, a record marked `forces_of: <country
id>` gets, in each language, that country's names, adjectives and press abbreviations put into
the language's `armed_forces` patterns (lang/<code>/names.yaml: "{adjective} armed forces",
"forces armées {adjective}", "{name}武装部队"). Only the institution's formal name: the everyday
"army", "military", "軍" that a report says of any side's soldiers stays the country's.

Ministries the same way: a record marked `ministry: defence` (foreign_affairs, interior) gets
its `country`'s names put into the language's `ministries.defence` patterns ("{adjective}
Defence Ministry", "Минобороны {name}", "{name}国防部"), so that one curated record per
ministry is found in every language the packs write.
"""

from __future__ import annotations

from newsweave.kb.loader import Record
from newsweave.lang import OUTPUT_LANGUAGE, known_languages

SLOTS = {"{name}": "names", "{adjective}": "adjectives", "{abbreviation}": "abbreviations"}


def _patterns(key: str, sub: str | None = None) -> dict[str, list[str]]:
    """Each language's patterns under names.yaml `key` (and `sub` within it)."""
    out: dict[str, list[str]] = {}
    for pack in known_languages():
        found = pack.data("names").get(key) or ([] if sub is None else {})
        if sub is not None:
            found = found.get(sub) or []
        if found:
            out[pack.code] = [str(p) for p in found]
    return out


def _fills(country: dict, lang: str, field: str) -> list[str]:
    """The country's words of one kind in `lang` (English also takes its canonical name and
    Latin aliases: "armed forces of the US")."""
    words = list(country.get(field, {}).get(lang, []))
    if field == "names" and lang == OUTPUT_LANGUAGE:  # the canonical name is English
        words += [country["name"], *country.get("aliases", [])]
    return list(dict.fromkeys(w for w in words if w))


def compose_forces_names(records: list[Record]) -> None:
    """Add the composed names of every `forces_of` and `ministry` record, in place, after its
    own names."""
    by_id = {r.data["id"]: r.data for r in records}
    forces = _patterns("armed_forces")
    ministries: dict[str, dict[str, list[str]]] = {}
    for rec in records:
        if rec.data.get("forces_of"):
            country, patterns = by_id.get(rec.data["forces_of"]), forces
        elif rec.data.get("ministry"):
            role = rec.data["ministry"]
            if role not in ministries:
                ministries[role] = _patterns("ministries", role)
            country, patterns = by_id.get(rec.data.get("country") or ""), ministries[role]
        else:
            continue
        if country is not None:
            _compose(rec.data, country, patterns)


def _compose(record: dict, country: dict, patterns: dict[str, list[str]]) -> None:
    names: dict[str, list[str]] = record.setdefault("names", {})
    for lang, pats in patterns.items():
        have = names.setdefault(lang, [])
        for pat in pats:
            slot = next((s for s in SLOTS if s in pat), None)
            if slot is None:
                continue
            for word in _fills(country, lang, SLOTS[slot]):
                composed = pat.replace(slot, word)
                if composed not in have:
                    have.append(composed)
        if not have:
            del names[lang]

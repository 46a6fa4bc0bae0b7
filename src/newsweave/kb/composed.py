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
ministry is found in every language the packs write. A country without a curated ministry of
defence or of foreign affairs gets one (`add_ministries`): "Ministry of Defence (Niger)", named
the same way, so that any story's ministries are known, not only those someone listed.
"""

from __future__ import annotations

from newsweave.kb.loader import MINISTRIES, Record
from newsweave.lang import OUTPUT_LANGUAGE, known_languages

SLOTS = {"{name}": "names", "{adjective}": "adjectives", "{abbreviation}": "abbreviations"}
# the ministries every country is given when none is curated: role -> its English names
# (encyclopaedic titles, both spellings of defence)
GIVEN_MINISTRIES = {
    "defence": ("Ministry of Defence ({country})", "Ministry of Defense ({country})"),
    "foreign_affairs": ("Ministry of Foreign Affairs ({country})",),
}


def _patterns(key: str, sub: str | None = None) -> dict[str, list[str]]:
    """Each language's patterns under names.yaml `key` (and `sub` within it)."""
    out: dict[str, list[str]] = {}
    for pack in known_languages():
        found = pack.data("names").get(key)
        if sub is not None:
            found = (found or {}).get(sub)
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
    ministries = {role: _patterns("ministries", role) for role in MINISTRIES}
    for rec in records:
        if rec.data.get("forces_of"):
            country, patterns = by_id.get(rec.data["forces_of"]), forces
        elif rec.data.get("ministry"):
            patterns = ministries[rec.data["ministry"]]
            country = by_id.get(rec.data.get("country") or "")
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


def add_ministries(records: list[Record]) -> None:
    """Give every country its ministries of GIVEN_MINISTRIES that no curated record is, in
    place (their names in each language are composed afterwards with the curated ones')."""
    have = {(r.data.get("country"), r.data.get("ministry")) for r in records
            if r.data.get("ministry")}
    ids = {r.data["id"] for r in records}
    for rec in list(records):
        country = rec.data
        if country.get("type") != "country" or not country.get("iso"):
            continue
        for role, names in GIVEN_MINISTRIES.items():
            rid = f"ministry-of-{role.replace('_', '-')}-{country['id']}"
            if (country["id"], role) in have or rid in ids:
                continue
            name, *aliases = (n.format(country=country["name"]) for n in names)
            records.append(Record({"id": rid, "type": "organization", "name": name,
                                   "aliases": aliases, "names": {}, "kind": "ministry",
                                   "ministry": role, "country": country["id"]},
                                  "composed", 0, [("country", country["id"])]))

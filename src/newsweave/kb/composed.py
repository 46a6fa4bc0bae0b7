"""Names the knowledge base composes from a country's names: its national armed forces.

"Russian armed forces", "forces armées russes", "Вооружённые силы России" and "Rus Silahlı
Kuvvetleri" name one institution, and so does the same phrase for every other country. Rather
than list each phrase for every country in every language, a record marked `forces_of: <country
id>` gets, in each language, that country's names, adjectives and press abbreviations put into
the language's `armed_forces` patterns (lang/<code>/names.yaml: "{adjective} armed forces",
"forces armées {adjective}", "{name}武装部队"). Only the institution's formal name: the everyday
"army", "military", "軍" that a report says of any side's soldiers stays the country's.
"""

from __future__ import annotations

from newsweave.kb.loader import Record
from newsweave.lang import OUTPUT_LANGUAGE, known_languages

SLOTS = {"{name}": "names", "{adjective}": "adjectives", "{abbreviation}": "abbreviations"}


def _patterns() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for pack in known_languages():
        found = [str(p) for p in pack.data("names").get("armed_forces") or []]
        if found:
            out[pack.code] = found
    return out


def _fills(country: dict, lang: str, field: str) -> list[str]:
    """The country's words of one kind in `lang` (English also takes its canonical name and
    Latin aliases: "armed forces of the US")."""
    words = list(country.get(field, {}).get(lang, []))
    if field == "names" and lang == OUTPUT_LANGUAGE:  # the canonical name is English
        words += [country["name"], *country.get("aliases", [])]
    return list(dict.fromkeys(w for w in words if w))


def compose_forces_names(records: list[Record]) -> None:
    """Add the composed names of every `forces_of` record, in place, after its own names."""
    patterns = _patterns()
    by_id = {r.data["id"]: r.data for r in records}
    for rec in records:
        country = by_id.get(rec.data.get("forces_of") or "")
        if country is None:
            continue
        names: dict[str, list[str]] = rec.data.setdefault("names", {})
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

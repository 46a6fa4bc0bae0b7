"""Every country and territory, named in every language with `cldr_locales`, from CLDR (Babel).

Ids are the slug of the English name unless an override in `data/countries.yaml` gives one;
overrides add spellings, demonyms and abbreviations that CLDR lacks and may describe countries
CLDR does not list (the Soviet Union).
"""

from __future__ import annotations

import re

from newsweave.kb.normalize import slug
from newsweave.lang import OUTPUT_LANGUAGE, known_languages


def locales() -> list[tuple[str, str]]:
    """(language, CLDR locale) whose country names are loaded: every pack's and row's
    `cldr_locales` (the canonical language's first: its names are the English ones)."""
    out = [(OUTPUT_LANGUAGE, OUTPUT_LANGUAGE)]
    for p in known_languages():
        out += [(p.code, loc) for loc in p.cldr_locales if (p.code, loc) not in out]
    return out


# CLDR codes that are not countries or territories
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})


def cldr_countries() -> dict[str, dict]:
    """ISO code -> record data (id, type, name, names) for every CLDR territory."""
    from babel import Locale

    english = Locale(OUTPUT_LANGUAGE).territories
    out: dict[str, dict] = {}
    for iso, name in english.items():
        if not re.fullmatch(r"[A-Z]{2}", iso) or iso in NOT_COUNTRIES:
            continue
        out[iso] = {"id": slug(name), "type": "country", "name": name, "iso": iso,
                    "aliases": [], "names": {}}
    for lang, code in locales():
        territories = Locale.parse(code).territories
        for iso, record in out.items():
            local = territories.get(iso)
            if local and local not in record["names"].setdefault(lang, []):
                record["names"][lang].append(local)
    return out


def merge_override(base: dict | None, override: dict) -> dict:
    """An override's fields win; its names, adjectives and abbreviations are added in front of
    those already known (CLDR's, or an earlier override's)."""
    if base is None:
        return dict(override)
    out = dict(base)
    for key, value in override.items():
        if key in ("names", "adjectives", "abbreviations"):
            # language by language: a second override (countries_demonyms.yaml) adds its
            # languages' words to those of the first
            merged = {lang: list(v) for lang, v in base.get(key, {}).items()}
            for lang, extra in value.items():
                merged[lang] = list(dict.fromkeys([*extra, *merged.get(lang, [])]))
            out[key] = merged
        elif key == "aliases":
            old = [a for a in base.get("aliases", []) if a not in value]
            out["aliases"] = [*value, *old]
        else:
            out[key] = value
    # CLDR's English name stays as an alias when the override renames the country
    if out["name"] != base["name"] and base["name"] not in out["aliases"]:
        out["aliases"] = [*out["aliases"], base["name"]]
    return out

"""Every country and territory, named in every supported language, from CLDR (Babel).

Ids are the slug of the English name unless an override in `data/countries.yaml` gives one;
overrides add spellings, demonyms and abbreviations that CLDR lacks and may describe countries
CLDR does not list (the Soviet Union).
"""

from __future__ import annotations

import re

from newsweave.kb.normalize import slug

# the languages whose CLDR names are loaded: the supported ones, plus neighbours whose spellings
# turn up in translated news
LOCALES: tuple[tuple[str, str], ...] = (
    ("en", "en"), ("ja", "ja"), ("ko", "ko"), ("id", "id"), ("ru", "ru"), ("zh", "zh"),
    ("zh", "zh_Hant"), ("vi", "vi"), ("ms", "ms"), ("uk", "uk"), ("de", "de"), ("fr", "fr"),
    ("es", "es"), ("pt", "pt"), ("pt", "pt_PT"), ("it", "it"), ("tr", "tr"), ("ar", "ar"),
    ("hi", "hi"),
)
# CLDR codes that are not countries or territories
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})


def cldr_countries() -> dict[str, dict]:
    """ISO code -> record data (id, type, name, names) for every CLDR territory."""
    from babel import Locale

    english = Locale("en").territories
    out: dict[str, dict] = {}
    for iso, name in english.items():
        if not re.fullmatch(r"[A-Z]{2}", iso) or iso in NOT_COUNTRIES:
            continue
        out[iso] = {"id": slug(name), "type": "country", "name": name, "iso": iso,
                    "aliases": [], "names": {}}
    for lang, code in LOCALES:
        territories = Locale.parse(code).territories
        for iso, record in out.items():
            local = territories.get(iso)
            if local and local not in record["names"].setdefault(lang, []):
                record["names"][lang].append(local)
    return out


def merge_override(base: dict | None, override: dict) -> dict:
    """An override's fields win; its names are added in front of CLDR's."""
    if base is None:
        return dict(override)
    out = dict(base)
    for key, value in override.items():
        if key == "names":
            names = {lang: list(v) for lang, v in base.get("names", {}).items()}
            for lang, extra in value.items():
                names[lang] = list(dict.fromkeys([*extra, *names.get(lang, [])]))
            out["names"] = names
        elif key == "aliases":
            old = [a for a in base.get("aliases", []) if a not in value]
            out["aliases"] = [*value, *old]
        else:
            out[key] = value
    # CLDR's English name stays as an alias when the override renames the country
    if out["name"] != base["name"] and base["name"] not in out["aliases"]:
        out["aliases"] = [*out["aliases"], base["name"]]
    return out

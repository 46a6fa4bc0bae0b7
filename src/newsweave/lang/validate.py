"""The one validator of language packs: `newsweave lang validate`, the loader and the tests.

`meta_problems` and `data_problems` check one file's structure (run by the loader on every
file it reads); `validate(codes)` checks whole packs, the rows of `_base/languages.yaml` and the
rules that span packs, then compiles each pack's data with the stage that reads it (dates,
numbers, claims, boilerplate, extract, names, forensics), so that a mistake shows here and not
in the middle of an ingest. Every problem names its file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsweave.lang.scripts import scripts as script_table

CODE_RE = re.compile(r"^[a-z]{2,3}$")
LOCALE_RE = re.compile(r"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$")
DOMAIN_RE = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*$")

ENUMS: dict[str, set[Any]] = {
    "spacing": {"words", "syllables", "none"},
    "word_order": {"SVO", "SOV", "VSO", "VOS", "OVS", "OSV", "V2", "free"},
    "adpositions": {"prepositions", "postpositions", "both"},
    "case_marking": {"none", "endings", "particles", "suffixes"},
    "direction": {"ltr", "rtl"},
    "date_order": {"dmy", "mdy", "ymd", None},
    "lemmatizer": {"none", "simplemma"},
}
BOOLS = frozenset({"case", "nouns_capitalised", "head_initial"})
SCRIPT_LISTS = frozenset({"scripts", "identified_by_script", "default_for_scripts"})
REQUIRED = ("code", "name", "scripts", "spacing", "case", "word_order", "adpositions",
            "case_marking")
NAME_MATCHING: dict[str, set[Any]] = {
    "finder": {"none", "katakana_and_proper_tokens", "proper_tokens", "han_before_title"},
    "abbreviation_runs": {"none", "script", "tokens", "proper_tokens"},
    "token_boundaries": {True, False},
    "common_noun_veto": {True, False},
    "lone_surname": {True, False},
}
# files a pack folder may hold besides its data files
OTHER_FILES = frozenset({"meta.yaml", "__init__.py", "analyser.py", "README.md"})


# --------------------------------------------------------------------------- meta.yaml


def meta_problems(raw: Any, where: str, folder: str | None = None, row: bool = False
                  ) -> list[str]:
    """Problems of one meta.yaml (or one row's `meta`), each starting with `where`."""
    from newsweave.lang import base_meta

    if not isinstance(raw, dict):
        return [f"{where}: must be a mapping of properties"]
    out: list[str] = []

    def bad(msg: str) -> None:
        out.append(f"{where}: {msg}")

    known = set(base_meta())
    for key in sorted(set(raw) - known):
        bad(f"unknown property {key!r} (the properties are those of lang/_base/meta.yaml)")
    required = ("name",) if row else REQUIRED
    for key in required:
        if key not in raw:
            bad(f"missing property {key!r}")
    code = raw.get("code")
    if not isinstance(code, str) or not CODE_RE.match(code):
        bad(f"code {code!r} is not an ISO 639 code (two or three lower-case letters)")
    elif folder is not None and code != folder:
        bad(f"code {code!r} differs from its folder {folder!r}")
    if "name" in raw and (not isinstance(raw["name"], str) or not raw["name"].strip()):
        bad("name must be the language's English name")
    for key, allowed in ENUMS.items():
        if key in raw and raw[key] not in allowed:
            bad(f"{key} is {raw[key]!r}, not one of {sorted(map(str, allowed))}")
    for key in BOOLS:
        if key in raw and not isinstance(raw[key], bool):
            bad(f"{key} must be true or false, not {raw[key]!r}")
    table = script_table()
    for key in SCRIPT_LISTS:
        value = raw.get(key)
        if value is None:
            continue
        if not _str_list(value):
            bad(f"{key} must be a list of ISO 15924 codes")
            continue
        for s in value:
            if s not in table:
                bad(f"{key}: unknown script {s!r} (add it to lang/_base/scripts.yaml)")
    if "scripts" in raw and not raw["scripts"]:
        bad("scripts must name at least one script")
    own = set(raw.get("scripts") or ()) if _str_list(raw.get("scripts") or []) else set()
    for key in ("identified_by_script", "default_for_scripts"):
        extra = set(raw.get(key) or ()) - own if _str_list(raw.get(key) or []) else set()
        if own and extra:
            bad(f"{key} names scripts the language does not write: {sorted(extra)}")
    for key, rx, what in (("confusable_with", CODE_RE, "language codes"),
                          ("cldr_locales", LOCALE_RE, "CLDR locale names (zh_Hant)"),
                          ("web_domains", DOMAIN_RE, "domain suffixes without dots around")):
        value = raw.get(key)
        if value is None:
            continue
        if not _str_list(value) or not all(rx.match(v) for v in value):
            bad(f"{key} must be a list of {what}, not {value!r}")
    fallback = raw.get("fallback_language")
    if fallback is not None and (not isinstance(fallback, str) or not CODE_RE.match(fallback)):
        bad(f"fallback_language must be a language code or null, not {fallback!r}")
    seconds = raw.get("start_seconds", 0)
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds < 0:
        bad(f"start_seconds must be a number of seconds (0 or more), not {seconds!r}")
    nm = raw.get("name_matching")
    if nm is not None:
        if not isinstance(nm, dict):
            bad("name_matching must be a mapping")
        else:
            for key, value in nm.items():
                if key not in NAME_MATCHING:
                    bad(f"name_matching: unknown key {key!r}")
                elif value not in NAME_MATCHING[key]:
                    bad(f"name_matching.{key} is {value!r}, not one of "
                        f"{sorted(map(str, NAME_MATCHING[key]))}")
    return out


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


# --------------------------------------------------------------------------- data files


def data_problems(name: str, own: Any, base: dict, where: str) -> list[str]:
    """Problems of one data file: keys unknown to `_base/<name>.yaml`, values of another kind
    than the base's, words that are not strings (YAML reads no, on, yes as booleans)."""
    if not isinstance(own, dict):
        return [f"{where}: must be a mapping"]
    out: list[str] = []
    for key, value in own.items():
        if key not in base:
            out.append(f"{where}: unknown key {key!r} (the keys are those of "
                       f"lang/_base/{name}.yaml)")
            continue
        expected = base[key]
        if value is None:
            continue
        for kind, label in ((dict, "a mapping"), (list, "a list")):
            if isinstance(expected, kind) and not isinstance(value, kind):
                out.append(f"{where}: {key} must be {label}")
                break
        else:
            if expected is not None and not isinstance(expected, (dict, list)) and isinstance(
                    value, (dict, list)):
                out.append(f"{where}: {key} must be a single value")
        out += [f"{where}: {key}: {msg}" for msg in _words_problems(value)]
    check = FILE_CHECKS.get(name)
    if check is not None:
        out += [f"{where}: {msg}" for msg in check(own, base)]
    return out


def _words_problems(value: Any, path: str = "") -> list[str]:
    """Booleans or empty entries inside lists (a YAML `no` or `on` left unquoted)."""
    out: list[str] = []
    if isinstance(value, list):
        for x in value:
            if isinstance(x, bool) or x is None or x == "":
                out.append(f"{path or 'list'} holds {x!r}: quote words such as \"no\" and"
                           " \"on\"")
            elif isinstance(x, (dict, list)):
                out += _words_problems(x, path)
    elif isinstance(value, dict):
        for k, v in value.items():
            if isinstance(k, bool):
                out.append(f"key {k!r} is a boolean: quote words such as \"no\" and \"on\"")
            out += _words_problems(v, f"{path}.{k}" if path else str(k))
    return out


def _dates(own: dict, base: dict) -> list[str]:
    out = []
    for key, concepts in (("months", base.get("month_numbers")),
                          ("weekdays", base.get("weekday_numbers")),
                          ("weekdays_short", base.get("weekday_numbers"))):
        table = own.get(key)
        if isinstance(table, dict) and concepts:
            for k in sorted(set(table) - set(concepts)):
                out.append(f"{key}: unknown concept {k!r} (one of {sorted(concepts)})")
    return out


def _boilerplate(own: dict, base: dict) -> list[str]:
    out = []
    for kind, body in own.items():
        allowed = base.get(kind)
        if isinstance(body, dict) and isinstance(allowed, dict):
            for k in sorted(set(body) - set(allowed)):
                out.append(f"{kind}: unknown key {k!r}")
    return out


def _sentences(own: dict, base: dict) -> list[str]:
    del base
    return [f"abbreviations: {a!r} is written without its final dot"
            for a in own.get("abbreviations") or [] if isinstance(a, str) and a.endswith(".")]


FILE_CHECKS: dict[str, Callable[[dict, dict], list[str]]] = {
    "dates": _dates,
    "boilerplate": _boilerplate,
    "sentences": _sentences,
}


# --------------------------------------------------------------------------- whole packs


def validate(codes: list[str] | None = None, compile_stages: bool = True) -> list[str]:
    """Every problem of the packs named (all on the search path when None), of the rows of
    `_base/languages.yaml` and of the rules across packs; [] when all is well."""
    from newsweave import lang

    on_disk = lang.available()
    wanted = list(on_disk) if codes is None else list(codes)
    out: list[str] = []
    for code in wanted:
        directory = lang.pack_dir(code)
        if directory is None:
            if code in lang.rows():
                out += _row_problems(code)
            else:
                out.append(f"{code}: no pack lang/{code}/ on the search path "
                           f"({', '.join(map(str, lang.search_path()))}) and no row in "
                           "lang/_base/languages.yaml")
            continue
        out += _pack_problems(code, directory, compile_stages)
    if codes is None:
        for code in lang.rows():
            out += _row_problems(code)
        out += _across_problems()
    return out


def _pack_problems(code: str, directory: Path, compile_stages: bool) -> list[str]:
    from newsweave import lang

    out = meta_problems(lang.read_yaml(directory / "meta.yaml") or {},
                        str(directory / "meta.yaml"), folder=code)
    names = lang.data_names()
    for p in sorted(directory.iterdir()):
        if p.name in OTHER_FILES or p.name.startswith((".", "_")) or p.is_dir():
            continue
        if p.suffix == ".yaml" and p.stem in names:
            try:
                own = lang.read_yaml(p)
            except lang.LanguagePackError as e:
                out.append(str(e))
                continue
            base = lang.read_yaml(lang.BASE_DIR / p.name) or {}
            out += data_problems(p.stem, own or {}, base, str(p))
        else:
            out.append(f"{p}: not a pack file (the data files are "
                       f"{', '.join(n + '.yaml' for n in names)})")
    if not out and compile_stages:
        out += _stage_problems(code, directory)
    return out


def _row_problems(code: str) -> list[str]:
    from newsweave import lang

    where = f"{lang.BASE_DIR / 'languages.yaml'}: {code}"
    row = lang.rows().get(code) or {}
    out: list[str] = []
    if lang.pack_dir(code) is not None:
        out.append(f"{where}: {code} has a pack ({lang.pack_dir(code)}): move the row into it")
    meta = dict(row.get("meta") or {})
    meta.setdefault("code", code)
    out += meta_problems(meta, f"{where}.meta", row=True)
    names = lang.data_names()
    for key, section in row.items():
        if key == "meta":
            continue
        if key not in names:
            out.append(f"{where}: unknown section {key!r} (meta or a data file name)")
            continue
        base = lang.read_yaml(lang.BASE_DIR / f"{key}.yaml") or {}
        out += data_problems(key, section or {}, base, f"{where}.{key}")
    return out


def _across_problems() -> list[str]:
    """Rules that span packs: one pack per identifying script, one default per script."""
    from newsweave import lang
    from newsweave.lang.scripts import script_name

    out: list[str] = []
    try:
        packs = lang.packs()
    except lang.LanguagePackError as e:
        return [str(e)]
    for key in ("identified_by_script", "default_for_scripts"):
        claims: dict[str, list[str]] = {}
        for p in packs:
            for s in getattr(p, key):
                claims.setdefault(s, []).append(p.code)
        for s, codes in sorted(claims.items()):
            if len(codes) > 1:
                out.append(f"{key}: {s} is claimed by {', '.join(codes)}: one pack only")
    writers: dict[str, list[str]] = {}
    for p in packs:
        for s in p.scripts:
            writers.setdefault(s, []).append(p.code)
    defaults = {script_name(s) for p in packs for s in p.default_for_scripts}
    for s, codes in sorted(writers.items()):
        if len(codes) > 1 and script_name(s) not in defaults:
            out.append(f"{s} is written by {', '.join(codes)}: one of them must list it in"
                       " default_for_scripts (whose rules read it in other languages' text)")
    codes = set(lang.available())
    for p in packs:
        if p.fallback_language and p.fallback_language not in codes:
            out.append(f"{p.code}: fallback_language {p.fallback_language!r} has no pack")
    return out


# --------------------------------------------------------------------------- stages


def _stage_problems(code: str, directory: Path) -> list[str]:
    """Compile the pack's data with each stage that reads it."""
    import importlib

    from newsweave import lang

    out: list[str] = []
    try:
        lang.get_pack(code)
        for name in lang.data_names():
            lang.get_pack(code).data(name)
    except lang.LanguagePackError as e:
        return [str(e)]
    for name, target in STAGES:
        if not (directory / f"{name}.yaml").exists() and name != "meta":
            continue
        module, func = target.split(":")
        try:
            getattr(importlib.import_module(module), func)(code)
        except Exception as e:  # any failure of a stage on this data is the pack's problem
            out.append(f"{directory / (name + '.yaml')}: {type(e).__name__}: {e}")
    return out


# (data file, "module:function" that compiles it for one language code)
STAGES: tuple[tuple[str, str], ...] = (
    ("dates", "newsweave.time.grammar:grammar"),
    ("numbers", "newsweave.quantity.lexicon:lexicon"),
    ("claims", "newsweave.claims.lexicon:lexicon"),
    ("actors", "newsweave.claims.described:vocabulary"),
    ("extract", "newsweave.extract._data:compile_pack"),
    ("boilerplate", "newsweave.clean.rules:compile_pack"),
    ("names", "newsweave.kb.language:compile_pack"),
    ("forensics", "newsweave.forensics.common:compile_pack"),
)

"""Language packs: everything newsweave knows about one language, in one folder.

A pack is a folder `lang/<code>/` (or `<dir>/<code>/` for a directory on the search path, see
`search_path`): `meta.yaml` declares the language's properties, read through the typed
`LanguagePack` returned by `get_pack(code)`; data files (`dates.yaml`, `numbers.yaml`,
`claims.yaml`, `names.yaml`, ...) hold its words keyed by English concepts, each merged over
`lang/_base/<file>.yaml` by `pack.data(name)`; an optional `analyser.py` wraps a morphological
analyser. The supported languages are the packs on the search path (`available()`).

A language without a pack gets a generic pack: the `_base` defaults, plus what its row in
`_base/languages.yaml` says. Code reads properties (`pack.scripts`, `pack.spacing`,
`pack.date_order`, ...), never a language code. `lang/README.md` says how to add a language.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import yaml

from newsweave.cache import load_yaml
from newsweave.lang.scripts import script_name

if TYPE_CHECKING:
    from newsweave.lang.spelling import Spelling

HERE = Path(__file__).parent
BASE_DIR = HERE / "_base"
# directories searched for packs before lang/ itself, separated by os.pathsep
PATH_ENV = "NEWSWEAVE_LANG_PATH"
# the language newsweave writes in: canonical entity names, summaries, messages
OUTPUT_LANGUAGE = "en"
# files of _base that are not pack data
_NOT_DATA = frozenset({"meta", "scripts", "languages"})


class LanguagePackError(ValueError):
    """A pack (or a row of _base/languages.yaml) that does not validate."""


@dataclass(frozen=True, slots=True)
class Token:
    """One token from a language's analyser, turned into a small record at once."""

    start: int  # offsets into the analysed text
    end: int
    surface: str
    pos: str  # the analyser's own tag, kept raw ("名詞-固有名詞-人名-姓", "NNP", ...)
    lemma: str
    proper: bool = False  # a proper noun by the analyser's judgement


class Analyser(Protocol):
    def tokens(self, text: str) -> list[Token]: ...


@dataclass(frozen=True)
class NameMatching:
    """How names are found and bounded beyond capitalised words (see _base/meta.yaml)."""

    finder: str = "none"
    abbreviation_runs: str = "none"
    token_boundaries: bool = False
    common_noun_veto: bool = False
    lone_surname: bool = True


@dataclass(frozen=True)
class LanguagePack:
    """A language's properties (from meta.yaml over _base/meta.yaml) and its data."""

    code: str
    name: str
    scripts: tuple[str, ...]  # ISO 15924
    spacing: str  # words | syllables | none
    case: bool
    word_order: str
    adpositions: str
    case_marking: str  # none | endings | particles | suffixes
    direction: str = "ltr"
    nouns_capitalised: bool = False
    date_order: str | None = None  # dmy | mdy | ymd
    head_initial: bool = False
    identified_by_script: tuple[str, ...] = ()
    default_for_scripts: tuple[str, ...] = ()
    confusable_with: tuple[str, ...] = ()
    cldr_locales: tuple[str, ...] = ()
    web_domains: tuple[str, ...] = ()
    fallback_language: str | None = OUTPUT_LANGUAGE
    lemmatizer: str = "none"  # whose dictionary expands lemmas in lexicons (lang/lemmas.py)
    start_seconds: float = 0.0  # loading its unshareable analyser, once per process
    name_matching: NameMatching = field(default_factory=NameMatching)
    directory: Path | None = None  # None: no pack on disk (defaults, or a row)

    @property
    def generic(self) -> bool:
        """True for a language without a pack: only defaults (and a row) are known."""
        return self.directory is None

    @property
    def word_spacing(self) -> bool:
        """False for scripts written without spaces between words (ja, zh)."""
        return self.spacing != "none"

    @property
    def script_names(self) -> frozenset[str]:
        """The names `scripts.script_of` gives the letters of its scripts ("latin", "kana")."""
        return frozenset(n for s in self.scripts if (n := script_name(s)))

    def writes(self, script: str) -> bool:
        """Whether its running text is written in this script (a `script_of` name)."""
        return script in self.script_names

    def data(self, name: str) -> dict:
        """Its data file `name` merged over `_base/<name>.yaml` (validated on first load)."""
        return _pack_data(self.code, name, _path_key())

    def spelling(self) -> Spelling:
        """How it writes words, for the patterns of its word lists (lang/spelling.py)."""
        return _spelling(self.code, _path_key())

    def analyser(self) -> Analyser | None:
        return _analyser(self.code, _path_key()) if self.directory else None

    def __reduce__(self):  # pickle by name: packs are rebuilt from files on the other side
        return (get_pack, (self.code,))


# --------------------------------------------------------------------------- finding packs


def _path_key() -> str:
    return os.environ.get(PATH_ENV, "")


def search_path() -> tuple[Path, ...]:
    """Directories holding packs, first match wins: those of NEWSWEAVE_LANG_PATH, then lang/."""
    extra = [Path(p) for p in _path_key().split(os.pathsep) if p.strip()]
    return (*extra, HERE)


@cache
def _pack_dirs(path_key: str) -> dict[str, Path]:
    del path_key  # the cache key: search_path() reads the same variable
    found: dict[str, Path] = {}
    for root in search_path():
        if not root.is_dir():
            continue
        for p in sorted(root.iterdir()):
            if p.is_dir() and (p / "meta.yaml").is_file() and not p.name.startswith(("_", ".")):
                found.setdefault(p.name, p)
    return found


def available() -> tuple[str, ...]:
    """Codes of the packs on the search path: the supported languages, sorted."""
    return tuple(sorted(_pack_dirs(_path_key())))


def pack_dir(code: str) -> Path | None:
    return _pack_dirs(_path_key()).get(code)


def pack_files(name: str) -> list[Path]:
    """`_base/<name>.yaml` and every pack's own `<name>.yaml` (for cache fingerprints)."""
    out = [BASE_DIR / f"{name}.yaml"]
    out += [d / f"{name}.yaml" for d in _pack_dirs(_path_key()).values()]
    return [p for p in out if p.is_file()]


def reset() -> None:
    """Forget loaded packs (after changing NEWSWEAVE_LANG_PATH in this process). Stages keep
    their own compiled data per language code: use a fresh process for a new path."""
    for f in (_pack_dirs, _get_pack, _pack_data, _spelling, _analyser, _script_roles, rows):
        f.cache_clear()


# --------------------------------------------------------------------------- loading


def read_yaml(path: Path) -> Any:
    if not path.exists():
        return None
    try:
        return load_yaml(path)
    except yaml.YAMLError as e:
        raise LanguagePackError(f"{path}: not valid YAML: {e}") from None


def merge(base: Any, over: Any) -> Any:
    """Merge `over` into `base`: dicts key by key, lists concatenated, scalars replaced."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for k, v in over.items():
            out[k] = merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(over, list):
        return base + [x for x in over if x not in base]
    return over if over is not None else base


@cache
def rows() -> dict[str, dict]:
    """_base/languages.yaml: languages without a pack, each row a pack written inline."""
    raw = read_yaml(BASE_DIR / "languages.yaml") or {}
    return {str(k): v or {} for k, v in raw.items()}


@cache
def base_meta() -> dict:
    return read_yaml(BASE_DIR / "meta.yaml") or {}


def data_names() -> tuple[str, ...]:
    """The data files a pack may have (one `_base/<name>.yaml` each)."""
    return tuple(sorted(p.stem for p in BASE_DIR.glob("*.yaml") if p.stem not in _NOT_DATA))


def get_pack(code: str | None) -> LanguagePack:
    """The pack for `code`; for a language without one, the generic pack (defaults and row)."""
    return _get_pack(code or "", _path_key())


@cache
def _get_pack(code: str, path_key: str) -> LanguagePack:
    from newsweave.lang.validate import meta_problems

    del path_key
    directory = pack_dir(code) if code else None
    if directory is not None:
        raw = read_yaml(directory / "meta.yaml") or {}
        where = str(directory / "meta.yaml")
        problems = meta_problems(raw, where, folder=directory.name)
    else:
        raw = dict((rows().get(code) or {}).get("meta") or {})
        raw.setdefault("code", code or "und")
        where = f"{BASE_DIR / 'languages.yaml'}: {code}"
        problems = meta_problems(raw, where, row=True) if code in rows() else []
    if problems:
        raise LanguagePackError("; ".join(problems))
    return _build({**base_meta(), **raw}, directory)  # a pack's property replaces the default


def _build(meta: dict, directory: Path | None) -> LanguagePack:
    nm = {**(base_meta().get("name_matching") or {}), **(meta.get("name_matching") or {})}
    return LanguagePack(
        code=str(meta["code"]),
        name=str(meta["name"]),
        scripts=tuple(meta["scripts"]),
        spacing=str(meta["spacing"]),
        case=bool(meta["case"]),
        word_order=str(meta["word_order"]),
        adpositions=str(meta["adpositions"]),
        case_marking=str(meta["case_marking"]),
        direction=str(meta["direction"]),
        nouns_capitalised=bool(meta["nouns_capitalised"]),
        date_order=meta.get("date_order"),
        head_initial=bool(meta["head_initial"]),
        identified_by_script=tuple(meta["identified_by_script"] or ()),
        default_for_scripts=tuple(meta["default_for_scripts"] or ()),
        confusable_with=tuple(meta["confusable_with"] or ()),
        cldr_locales=tuple(meta["cldr_locales"] or ()),
        web_domains=tuple(meta["web_domains"] or ()),
        fallback_language=meta.get("fallback_language"),
        lemmatizer=str(meta.get("lemmatizer") or "none"),
        start_seconds=float(meta.get("start_seconds") or 0),
        name_matching=NameMatching(**nm),
        directory=directory,
    )


@cache
def _pack_data(code: str, name: str, path_key: str) -> dict:
    from newsweave.lang.validate import data_problems

    del path_key
    base = read_yaml(BASE_DIR / f"{name}.yaml") or {}
    if code in ("", "_base"):
        return base
    directory = pack_dir(code)
    if directory is not None:
        own = read_yaml(directory / f"{name}.yaml")
        where = str(directory / f"{name}.yaml")
    else:
        own = (rows().get(code) or {}).get(name)
        where = f"{BASE_DIR / 'languages.yaml'}: {code}.{name}"
    if not own:
        return base
    problems = data_problems(name, own, base, where)
    if problems:
        raise LanguagePackError("; ".join(problems))
    return merge(base, own)


@cache
def _spelling(code: str, path_key: str) -> Spelling:
    from newsweave.lang.spelling import build

    del path_key
    return build(get_pack(code))


@cache
def _analyser(code: str, path_key: str) -> Analyser | None:
    del path_key
    directory = pack_dir(code)
    if directory is None or not (directory / "analyser.py").is_file():
        return None
    if directory.parent == HERE:
        module = importlib.import_module(f"newsweave.lang.{code}.analyser")
    else:  # a pack from the search path: load its analyser from the file
        spec = importlib.util.spec_from_file_location(
            f"newsweave_lang_{code}_analyser", directory / "analyser.py")
        if spec is None or spec.loader is None:
            return None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module.build()


# --------------------------------------------------------------------------- across packs


def packs() -> list[LanguagePack]:
    """Every pack on the search path, by code."""
    return [get_pack(c) for c in available()]


def known_languages() -> list[LanguagePack]:
    """Every pack, then every row of _base/languages.yaml (languages with some knowledge)."""
    codes = available()
    return packs() + [get_pack(c) for c in rows() if c not in codes]


@cache
def _script_roles(path_key: str) -> tuple[dict[str, str], dict[str, str]]:
    del path_key
    identifying: dict[str, str] = {}
    defaults: dict[str, str] = {}
    writers: dict[str, list[str]] = {}
    for p in packs():
        for s in p.identified_by_script:
            identifying.setdefault(script_name(s) or s, p.code)
        for s in p.default_for_scripts:
            defaults.setdefault(script_name(s) or s, p.code)
        for n in p.script_names:
            writers.setdefault(n, []).append(p.code)
    for n, codes in writers.items():
        if len(codes) == 1:
            defaults.setdefault(n, codes[0])  # the only pack writing a script reads it
    return identifying, defaults


def identifying_scripts() -> dict[str, str]:
    """Script name -> the code of the pack those letters identify."""
    return dict(_script_roles(_path_key())[0])


def default_for(script: str) -> str | None:
    """The pack whose rules read text in this script (a `script_of` name) for languages that
    do not write it (latin: en, han: zh, cyrillic: ru)."""
    return _script_roles(_path_key())[1].get(script)


def pooled(name: str, key: str) -> list:
    """One list gathered from every pack's and row's `<name>.yaml: key` (and _base's), in pack
    order, without repeats: for word lists that apply to text before its language is known."""
    out: list = list((read_yaml(BASE_DIR / f"{name}.yaml") or {}).get(key) or [])
    for p in known_languages():
        for x in p.data(name).get(key) or []:
            if x not in out:
                out.append(x)
    return out

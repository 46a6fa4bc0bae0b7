"""Language packs: one package per language, data beside code.

A pack is found by convention (`newsweave.lang.<code>`) and imported on first use. Its data files
are YAML documents keyed by English concepts (`dates.yaml`, `numbers.yaml`, `triggers.yaml`,
`honorifics.yaml`, `boilerplate.yaml`, ...). `pack.data(name)` merges the language's file over
`lang/_base/<name>.yaml`, so a language overrides only what differs. A language with no package
gets the `_base` data and no analyser; adding a language means adding one package here and its
names to `kb/`, nothing else.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import yaml

HERE = Path(__file__).parent
SUPPORTED: tuple[str, ...] = ("en", "ja", "ko", "id", "ru", "zh", "vi")


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


def _merge(base: Any, over: Any) -> Any:
    """Merge `over` into `base`: dicts key by key, lists concatenated, scalars replaced."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for k, v in over.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(over, list):
        return base + [x for x in over if x not in base]
    return over if over is not None else base


def _read_yaml(path: Path) -> Any:
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


@dataclass(frozen=True)
class LanguagePack:
    code: str
    meta: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def directory(self) -> Path:
        return HERE / self.code

    @property
    def word_spacing(self) -> bool:
        """False for scripts written without spaces between words (ja, zh)."""
        return bool(self.meta.get("word_spacing", True))

    def data(self, name: str) -> dict:
        return _pack_data(self.code, name)

    def analyser(self) -> Analyser | None:
        return _analyser(self.code)

    def __reduce__(self):  # pickle by name: packs are rebuilt from files on the other side
        return (get_pack, (self.code,))


@cache
def _pack_data(code: str, name: str) -> dict:
    base = _read_yaml(HERE / "_base" / f"{name}.yaml") or {}
    own = _read_yaml(HERE / code / f"{name}.yaml") if code != "_base" else None
    return _merge(base, own) if own else base


@cache
def _analyser(code: str) -> Analyser | None:
    if importlib.util.find_spec(f"newsweave.lang.{code}.analyser") is None:
        return None
    module = importlib.import_module(f"newsweave.lang.{code}.analyser")
    return module.build()


@cache
def get_pack(code: str | None) -> LanguagePack:
    """The pack for `code`, or a generic pack with only the shared `_base` data."""
    if code and (HERE / code).is_dir() and not code.startswith("_"):
        return LanguagePack(code, _read_yaml(HERE / code / "meta.yaml") or {"code": code})
    return LanguagePack("_base", {"code": code or "und"})

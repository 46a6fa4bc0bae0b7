"""Files computed once per machine: the cache directory, pickled results, parsed YAML.

The cache lives under `NEWSWEAVE_CACHE`, else `$XDG_CACHE_HOME/newsweave`, else
`~/.cache/newsweave`. Every entry's name carries a stamp of what it was built from (a file's
size and modification time, package versions), so a changed input is built again, never read
stale. Entries are written atomically (a temporary file renamed into place), so processes
starting together never read half an entry. A cache that cannot be written (a read-only home)
only means the work is done in memory each time; a damaged entry is built again.

Parsing the language packs and data tables (about 300 YAML files, ≈0.5 s of every start) is
what `load_yaml` saves: a pickle of the parsed data loads in a few milliseconds.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

log = logging.getLogger(__name__)
T = TypeVar("T")

# PyYAML's C parser when the wheel has it (it does on the platforms we ship for); still safe
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# bump when what load_yaml stores changes shape
_YAML_FORMAT = "1"


def cache_dir() -> Path:
    return _cache_dir(os.environ.get("NEWSWEAVE_CACHE") or os.environ.get("XDG_CACHE_HOME"),
                      os.environ.get("HOME"))


@lru_cache(maxsize=8)  # asked for every cache entry read (~500 at start): Path.home() is slow
def _cache_dir(base: str | None, _home: str | None) -> Path:
    return Path(base) / "newsweave" if base else Path.home() / ".cache" / "newsweave"


def cached_pickle(name: str, build: Callable[[], T], kind: type | None = None) -> T:
    """What `build` returns, read from the cache entry `name` when it exists (and, with `kind`,
    holds an instance of it); else built and written there. `name` must change whenever what
    `build` reads changes."""
    return _cached(name, build, kind)[0]


def _cached(name: str, build: Callable[[], T], kind: type | None) -> tuple[T, bytes | None]:
    """cached_pickle's value, and its pickle when there is one."""
    path = cache_dir() / name
    try:
        data = path.read_bytes()
        with _no_collection():
            value = pickle.loads(data)
        if kind is None or isinstance(value, kind):
            return value, data
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            IndexError, TypeError, ValueError) as e:
        log.warning("cache entry %s unreadable (%s): building it again", path, e)
    value = build()
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        log.debug("cannot pickle cache entry %s: %s", path, e)
        return value, None
    try:
        write_entry(path, data)
    except OSError as e:  # read-only cache: fine, built each time
        log.debug("cannot write cache entry %s: %s", path, e)
    return value, data


@contextmanager
def _no_collection() -> Iterator[None]:
    """The cyclic garbage collector paused: loading a large pickle creates hundreds of thousands
    of objects, none of them garbage, and the collections they trigger cost a third of the
    load (the knowledge base: 1.3 s -> 0.9 s)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # what was loaded lives as long as the process: frozen, the collector never scans it
        # (re-enabled, it would walk every new object once in each younger generation)
        gc.freeze()
        if was_enabled:
            gc.enable()


def write_entry(path: Path, data: bytes) -> None:
    """Write `data` to the cache file `path` atomically (a temporary file of this process and
    thread renamed into place), so that a process starting meanwhile reads the whole entry or
    none. Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def parse_yaml(text: str) -> Any:
    """YAML text parsed with the safe loader (C when built)."""
    return yaml.load(text, Loader=_Loader)


def load_yaml(path: Path) -> Any:
    """The YAML file at `path`, parsed (yaml.YAMLError when it is not valid YAML: nothing is
    cached then). Read from the cache when the file has not changed since it was parsed."""
    path = Path(path)
    st = path.stat()
    stamp = (f"{os.path.abspath(path)}|{st.st_size}|{st.st_mtime_ns}|{yaml.__version__}|"
             f"{_YAML_FORMAT}")
    known = _parsed.get(stamp)
    if known is not None:  # read before by this process: a copy of it
        return pickle.loads(known)
    key = hashlib.sha1(stamp.encode("utf-8", "surrogatepass")).hexdigest()[:20]

    def parse() -> Any:
        return parse_yaml(path.read_text(encoding="utf-8"))

    value, data = _cached(f"yaml/{path.stem[:40]}-{key}.pickle", parse, None)
    if data is not None:
        _parsed[stamp] = data
    return value


# pickles of the YAML files this process has read, by path, size and modification time: the
# packs read some files several times (each caller gets its own copy, free to change it)
_parsed: dict[str, bytes] = {}

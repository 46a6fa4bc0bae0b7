"""Compiled caches: resources decoded once per machine and read back as memory-mapped arrays.

A resource that ships compressed (py3langid's LZMA model: 1–2 s to decompress in every process)
is decoded once into plain `.npy` files under the cache directory (`NEWSWEAVE_CACHE`, else
`$XDG_CACHE_HOME/newsweave`, else `~/.cache/newsweave`). Each process then maps them
(`numpy.load(mmap_mode="r")`): loading costs next to nothing, and worker processes (`-j`, Dask
workers on one machine) share the same pages through the operating system's page cache instead
of each holding its own copy. A cache that cannot be written (read-only home) only means the
resource is decoded in memory each time.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable

import numpy as np

from newsweave.cache import cache_dir

log = logging.getLogger(__name__)

Arrays = dict[str, np.ndarray]


def mapped_arrays(name: str, stamp: str, build: Callable[[], Arrays]) -> Arrays:
    """The arrays `build` returns, from the cache `name`-`stamp` (memory-mapped) when it exists;
    built and written there (atomically: a directory renamed into place) when it does not.
    `stamp` must change whenever what `build` reads changes (a version, a file's size and
    modification time)."""
    directory = cache_dir() / f"{name}-{stamp}"
    if (directory / "complete").exists():
        try:
            return {p.stem: np.load(p, mmap_mode="r", allow_pickle=False)
                    for p in sorted(directory.glob("*.npy"))}
        except (OSError, ValueError) as e:  # damaged: built again below
            log.warning("compiled cache %s unreadable (%s): rebuilding it", directory, e)
    arrays = build()
    tmp = directory.with_name(f".{directory.name}.{os.getpid()}.tmp")
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for key, value in arrays.items():
            np.save(tmp / f"{key}.npy", np.ascontiguousarray(value), allow_pickle=False)
        (tmp / "complete").touch()
        shutil.rmtree(directory, ignore_errors=True)
        tmp.rename(directory)
    except OSError as e:  # another process won the race, or the cache is read-only
        log.debug("cannot write compiled cache %s: %s", directory, e)
        shutil.rmtree(tmp, ignore_errors=True)
    return arrays

"""Files, directories and globs → paths, in a deterministic order, skipping hidden entries."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

GLOB_CHARS = frozenset("*?[")


def is_glob(spec: str) -> bool:
    return any(ch in GLOB_CHARS for ch in spec)


def _hidden(name: str) -> bool:
    return name.startswith(".")


def walk(root: Path) -> Iterator[Path]:
    """Every regular, non-hidden file under `root`, sorted by path; hidden directories skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not _hidden(d))
        for name in sorted(filenames):
            if not _hidden(name):
                path = Path(dirpath) / name
                if path.is_file():
                    yield path


def expand_glob(pattern: str) -> list[Path]:
    """Files matching `pattern` (with ** across directories), sorted; hidden ones left out."""
    matches = glob.glob(pattern, recursive=True)  # glob skips hidden names unless asked
    return sorted(Path(m) for m in matches if Path(m).is_file())

"""Source readers: turn what the user names into raw documents.  (PLACEHOLDER: being built.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsweave.model import InputError, RawDocument
from newsweave.options import Options


def read_inputs(specs: list[str], options: Options) -> Iterator[RawDocument | InputError]:
    for spec in specs:
        path = Path(spec)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            try:
                yield RawDocument(uri=str(f), data=f.read_bytes())
            except OSError as e:
                yield InputError(str(f), e.strerror or str(e))

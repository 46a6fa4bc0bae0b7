"""Loading of the extraction data files (extract/data/*.yaml), once per process."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DATA_DIR = Path(__file__).resolve().parent / "data"


@cache
def load(name: str) -> Any:
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as f:
        return yaml.load(f, Loader=_Loader)  # a safe loader (C when built)

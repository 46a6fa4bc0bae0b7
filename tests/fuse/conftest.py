"""Makes `fusekit` (hand-made documents and claims) importable from the fuse and report tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

"""One typed options object, passed to every stage (stages never read globals or the clock)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Options:
    # input bounds: larger inputs are refused with a clear reason, never half-read
    max_input_bytes: int = 20 * 1024 * 1024
    max_text_chars: int = 2_000_000
    max_html_nodes: int = 200_000
    # network
    timeout: float = 15.0
    max_redirects: int = 5
    user_agent: str = "newsweave/0.1 (+https://example.invalid/newsweave)"
    # language identification
    min_letters_for_language: int = 10
    # near-duplicates
    near_duplicate_threshold: float = 0.7
    # user knowledge-base files added with --kb
    kb_files: tuple[Path, ...] = field(default=())

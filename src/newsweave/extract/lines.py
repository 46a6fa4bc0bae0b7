"""The non-empty lines of a text with their offsets, and those near its top and bottom."""

from __future__ import annotations

EDGE_LINES = 15  # how many non-empty lines at the top and at the bottom count as "near"

Line = tuple[int, int, str]  # start, end (offsets of the line without its break), stripped text


def nonempty_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        content = raw.splitlines()[0] if raw.strip() else ""
        stripped = content.strip()
        if stripped:
            out.append((pos, pos + len(content), stripped))
        pos += len(raw)
    return out


def edge_lines(text: str, n: int = EDGE_LINES) -> list[tuple[Line, bool]]:
    """(line, at_top) for the first and last `n` non-empty lines, top first, each once."""
    lines = nonempty_lines(text)
    top = lines[:n]
    bottom = lines[max(n, len(lines) - n):]
    return [(ln, True) for ln in top] + [(ln, False) for ln in bottom]

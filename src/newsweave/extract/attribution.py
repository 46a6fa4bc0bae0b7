"""Who published a text (outlet) and whom it republishes (origin), from its own lines.

Works on the raw text and only reports; removing these lines is cleaning's job.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from newsweave import patterns
from newsweave.extract._data import words
from newsweave.extract.lines import Line, edge_lines, nonempty_lines
from newsweave.extract.urls import URL_RE, host, is_url

MAX_NAME_CHARS = 60
_DOMAIN = re.compile(r"(?<![\w.-])((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])", re.I)
_SENTENCE_END = re.compile(r"[.!?。！？]\s*\S")


@dataclass(frozen=True, slots=True)
class Origin:
    name: str  # host of the cited URL, or the cited name
    url: str | None
    start: int  # offsets of the line in the text
    end: int


def _lines(text: str) -> list[Line]:
    return nonempty_lines(text)


def _edges(text: str) -> list[Line]:
    return [line for line, _ in edge_lines(text)]


@cache
def _copyright() -> tuple[re.Pattern[str], re.Pattern[str]]:
    markers = patterns.compile("|".join(f"(?:{m})" for m in words("copyright_markers")), re.I)
    stops = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words("copyright_stops"))
    # a name ends at a stop word, a delimiter, or a sentence's full stop
    end = patterns.compile(r"(?:" + stops + r")|[,，、|<>《》«»;；]|\s[-–—]\s|\.(?:\s|$)", re.I)
    return markers, end


_YEARS = re.compile(r"^[\s:：]*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s.,:：]*(?:by\s+)?", re.I)


def _copyright_name(line: str) -> str | None:
    markers, end = _copyright()
    m = markers.search(line)
    if not m:
        return None
    after = _YEARS.sub("", line[m.end():])
    while (again := markers.match(after)) and again.end() > 0:  # "© Bản quyền thuộc về X"
        after = _YEARS.sub("", after[again.end():])
    stop = end.search(after)
    name = _name(after[: stop.start()] if stop else after)
    if name:
        return name
    before = line[: m.start()]
    before = re.split(r"[,，、|<>《》«»;；]", before)[-1]
    return _name(before)


@cache
def _origin_label() -> re.Pattern[str]:
    labels = sorted(words("origin_labels"), key=len, reverse=True)
    alternation = "|".join(re.escape(lb).replace(r"\ ", r"\s+") for lb in labels)
    return patterns.compile(
        r"^[\s•·*\-–—|>»(\[（【]*(?:" + alternation + r")(?![^\W\d_])\s*(?:[:：]|\s-\s)\s*"
        r"|^[\s(\[（【]*(?:" + alternation + r")\s*[)\]）】]\s*",
        re.I,
    )


def _name(raw: str) -> str | None:
    """An outlet name from the text around a copyright sign; a domain when it holds one."""
    m = _DOMAIN.search(raw)
    if m and not m.group(1)[0].isdigit():
        name = m.group(1).lower()
        return name[4:] if name.startswith("www.") else name
    name = re.sub(r"[\s.,;:|\-–—]+$", "", raw).strip(" \"'「」()（）[]【】")
    name = re.sub(r"\s+\d{1,4}$", "", name).strip()
    if not name or len(name) > MAX_NAME_CHARS or _SENTENCE_END.search(name) or ":" in name:
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    return name


def copyright_outlet(text: str) -> str | None:
    """The outlet a copyright line near the top or bottom names ("© 2024 Example News")."""
    for _, _, raw in reversed(_edges(text)):
        if len(raw) > 160:
            continue
        # "（C）" reads as "(C)"; "ⓒ" (Korean) is kept a copyright sign, which NFKC would not
        line = unicodedata.normalize("NFKC", raw.replace("ⓒ", "©")).strip()
        line = line.strip("<>[]【】《》")
        name = _copyright_name(line)
        if name:
            return name
    return None


def first_line_url(text: str) -> str | None:
    """A URL standing alone on the first non-empty line (a content farm's "source" header)."""
    lines = _lines(text[:5000])
    if lines and is_url(lines[0][2]):
        return lines[0][2]
    return None


def find_origin(text: str) -> Origin | None:
    """The original source a text cites on a labelled line ("出典: https://…", "Source: AFP"),
    or on a label line followed by a line holding only the URL."""
    label = _origin_label()
    lines = _lines(text)
    for i, (start, end, line) in enumerate(lines):
        if len(line) > 400:
            continue
        m = label.match(line + (":" if _bare_label(line) else ""))
        if not m:
            continue
        rest = line[m.end():].strip()
        if not rest and i + 1 < len(lines) and is_url(lines[i + 1][2]):
            rest, end = lines[i + 1][2], lines[i + 1][1]
        url = URL_RE.search(rest)
        if url:
            u = url.group(0).rstrip(".,;")
            h = host(u)
            if h:
                return Origin(h, u, start, end)
            continue
        name = _name(rest)
        if name and len(rest) <= MAX_NAME_CHARS:
            return Origin(name, None, start, end)
    return None


@cache
def _label_set() -> frozenset[str]:
    return frozenset(lb.casefold() for lb in words("origin_labels"))


def _bare_label(line: str) -> bool:
    """A line that is only an origin label, its URL on the next line."""
    return len(line) <= 40 and line.rstrip(":： ").casefold() in _label_set()

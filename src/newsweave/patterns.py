"""Regular expressions compiled once per machine, not once per process.

The language packs make a process compile about a thousand large alternations (lexicons, time
and quantity grammars, date lines) before its first document in a language: seconds of
`re`'s parser and code generator, done again by every process and every `-j N` worker. What
CPython's `re` builds from a pattern is a list of integers (the matcher's program) plus the
group tables; `_sre.compile` turns those into a Pattern object in microseconds. `compile` here
stores those arguments in the cache directory (`cache.py`), keyed by the pattern, its flags and
the interpreter (`sys.version`, `_sre.MAGIC`), and later processes read them back instead of
parsing. The Pattern made is the one `re.compile` makes (Pattern equality compares the program;
tests check it).

This leans on `re`'s private modules (`re._parser`, `re._compiler`, `_sre`), so anything
unexpected — another Python, a missing attribute, an unreadable or damaged entry, an entry
`_sre` rejects — falls back to `re.compile`, which is never wrong, only slower.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import re
import sys
from functools import lru_cache
from typing import Any

from newsweave import cache

log = logging.getLogger(__name__)

try:  # the private parts of `re` this relies on; without them, plain re.compile
    import _sre
    from re import _compiler as _re_compiler
    from re import _parser as _re_parser

    _STAMP = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|1"
except (ImportError, AttributeError):  # pragma: no cover - another Python implementation
    _sre = None
    _STAMP = ""

# below this length, re.compile (and its own in-process cache) is as fast as reading a file
# (≈0.2 ms; compiling 15 characters of hangul with IGNORECASE takes 1 ms)
MIN_LENGTH = 16

# what a damaged or foreign entry, or re's private parts changed shape, can raise (named, not
# Exception: a document's time budget stops it by raising from a signal handler, and that must
# pass through)
_UNUSABLE = (ValueError, EOFError, TypeError, RuntimeError, OverflowError, IndexError, KeyError,
             AttributeError)

# an entry starts with this many bytes of its payload's SHA-1: a damaged file is rebuilt
_DIGEST = 8



def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, read from the machine's cache when it was built before.
    Raises re.error for a bad pattern, as re.compile does."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or len(pattern) < MIN_LENGTH \
            or flags & re.DEBUG:
        return re.compile(pattern, flags)
    return _in_process(pattern, flags)


@lru_cache(maxsize=1024)  # as re.compile keeps its last 512: a pattern asked for again
def _in_process(pattern: str, flags: int) -> re.Pattern[str]:
    return _cached(pattern, flags)


def _entry_name(pattern: str, flags: int) -> str:
    digest = hashlib.sha1(f"{_STAMP}|{flags}|".encode() + pattern.encode("utf-8", "surrogatepass"))
    return f"re/{digest.hexdigest()[:32]}.marshal"


def _cached(pattern: str, flags: int) -> re.Pattern[str]:
    path = cache.cache_dir() / _entry_name(pattern, flags)
    try:
        data = path.read_bytes()
    except OSError:  # not built yet (or an unreadable cache): build it
        pass
    else:
        try:
            digest, payload = data[:_DIGEST], data[_DIGEST:]
            if hashlib.sha1(payload).digest()[:_DIGEST] != digest:
                raise ValueError("checksum mismatch")
            stored_pattern, stored_flags, args = marshal.loads(payload)
            if stored_pattern == pattern and stored_flags == flags:
                return _sre.compile(pattern, *args)
            log.warning("pattern cache entry %s holds another pattern: building it again", path)
        except _UNUSABLE as e:  # damaged, foreign or rejected by _sre's validator
            log.warning("pattern cache entry %s unusable (%s): building it again", path, e)
    try:
        args = _program(pattern, flags)
        compiled = _sre.compile(pattern, *args)
    except re.error:
        raise
    except _UNUSABLE as e:  # re's private parts changed shape: the public way
        log.debug("cannot build %r's program directly (%s): re.compile", pattern[:40], e)
        return re.compile(pattern, flags)
    try:
        payload = marshal.dumps((pattern, flags, args))
        cache.write_entry(path, hashlib.sha1(payload).digest()[:_DIGEST] + payload)
    except (OSError, ValueError) as e:  # read-only cache: built each time
        log.debug("cannot write pattern cache entry %s: %s", path, e)
    return compiled


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    """The arguments after `pattern` that re._compiler.compile gives _sre.compile."""
    parsed = _re_parser.parse(pattern, flags)
    # (opcodes are int subclasses, which marshal does not store)
    code = [int(c) for c in _re_compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for the words of an alternation: longest first (so that a word is not cut short
    by a shorter one it starts with), ties in a fixed order. Sorting by length alone leaves
    ties in the order of a set, which changes with every process's hash seed: the pattern text
    would then differ between processes and never be found in the cache."""
    return -len(word), word

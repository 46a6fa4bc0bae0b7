"""Regular expressions compiled once per machine: a pattern read back from the cache is the one
re.compile makes, and anything doubtful in the cache falls back to re.compile."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave import cache, patterns


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWEAVE_CACHE", str(tmp_path / "cache"))
    patterns._in_process.cache_clear()


def _entries() -> list[Path]:
    return sorted((cache.cache_dir() / "re").glob("*.marshal"))


def _from_cache_only(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Forget this process's patterns and record building: while the list returned stays
    empty, what compile returned was read from the cache."""
    patterns._in_process.cache_clear()
    built: list[str] = []
    program = patterns._program

    def recorded(pattern: str, flags: int):
        built.append(pattern)
        return program(pattern, flags)

    monkeypatch.setattr(patterns, "_program", recorded)
    return built


# a long alternation of the kind the packs build: words with optional letters, classes, named
# and numbered groups, look-arounds
WORD = "(?:Geneva|talks?|minist(?:er|re)s?|[Ff]rance|[0-9]{1,3}|Tues?day|" \
       "(?<![\\w])peace(?!\\w)|\\bMarch\\b|президент[а-я]*|ministro|Ἀθῆναι|東京|회담)"
LONG = "(?P<day>(?:Mon|Tues?)day),?|" + "|".join(
    f"(?:{WORD}\\s+{w})" for w in ("said", "met", "held", "signed", "agreed", "announced",
                                    "denied", "reported"))


def test_a_pattern_read_back_is_the_one_re_compile_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    built = patterns.compile(LONG, re.IGNORECASE)
    assert built == re.compile(LONG, re.IGNORECASE)  # Pattern equality compares the program
    assert len(_entries()) == 1
    built = _from_cache_only(monkeypatch)
    read = patterns.compile(LONG, re.IGNORECASE)
    assert built == []
    assert read == re.compile(LONG, re.IGNORECASE)
    assert read.groupindex == {"day": 1} and read.groups == 1
    assert read.flags == re.compile(LONG, re.IGNORECASE).flags
    text = "On Tuesday the ministers said that France held talks; ПРЕЗИДЕНТА met"
    assert [m.span() for m in read.finditer(text)] == \
        [m.span() for m in re.finditer(LONG, text, re.IGNORECASE)]


# patterns drawn from pieces whose combinations are always valid
_PIECES = st.sampled_from([
    "a", "b", "ab", "é", "ß", "İ", "ж", "日本", "\\d", "\\w+", "\\s*", "[a-f]", "[^\\W\\d_]",
    "(?:x|yz)", "(c)", "d?", "e{1,3}", "\\b", "(?<!q)", "(?=r)", "[\u0400-\u04ff]+", "."])
_REGEXES = st.lists(st.lists(_PIECES, min_size=1, max_size=6).map("".join),
                    min_size=1, max_size=12).map("|".join)
_FLAGS = st.sampled_from([0, re.IGNORECASE, re.MULTILINE | re.DOTALL, re.IGNORECASE | re.ASCII])
_TEXTS = st.text(alphabet="abcdefxyzqrABCÉéßssİi̇жЖ日本 \n0123456789_", max_size=60)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pattern=_REGEXES, flags=_FLAGS, texts=st.lists(_TEXTS, min_size=1, max_size=4))
def test_a_cached_pattern_matches_exactly_as_re_compile(
        monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int, texts: list[str]) -> None:
    monkeypatch.setattr(patterns, "MIN_LENGTH", 0)  # every pattern through the cache
    patterns._in_process.cache_clear()
    expected = re.compile(pattern, flags)
    first = patterns.compile(pattern, flags)
    with monkeypatch.context() as m:
        built = _from_cache_only(m)
        second = patterns.compile(pattern, flags)  # read back from the cache entry
    assert built == []
    for p in (first, second):
        assert p == expected
        for text in texts:
            assert [(m.span(), m.groups()) for m in p.finditer(text)] == \
                [(m.span(), m.groups()) for m in expected.finditer(text)]
            assert p.sub("#", text) == expected.sub("#", text)


def _damage(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
            data: bytes) -> None:
    patterns.compile(LONG)
    (entry,) = _entries()
    entry.write_bytes(data)
    patterns._in_process.cache_clear()
    with caplog.at_level(logging.WARNING, logger="newsweave.patterns"):
        assert patterns.compile(LONG) == re.compile(LONG)
    assert "building it again" in caplog.text
    # rebuilt and written again: the next process reads it
    built = _from_cache_only(monkeypatch)
    assert patterns.compile(LONG) == re.compile(LONG)
    assert built == []


def test_a_truncated_entry_falls_back(monkeypatch, caplog) -> None:
    _damage(monkeypatch, caplog, b"\x01\x02")


def test_an_entry_with_flipped_bytes_falls_back(monkeypatch, caplog) -> None:
    patterns.compile(LONG)
    data = bytearray(_entries()[0].read_bytes())
    data[len(data) // 2] ^= 0xFF
    _damage(monkeypatch, caplog, bytes(data))


def test_a_program_re_rejects_falls_back(monkeypatch, caplog) -> None:
    """A well-formed entry whose program _sre's validator refuses (as a foreign or damaged
    one would be) is not used."""
    import hashlib
    import marshal

    patterns.compile(LONG)
    args = patterns._program(LONG, 0)
    code = list(args[1])
    code[len(code) // 2] = 0xFFFF  # not an opcode
    payload = marshal.dumps((LONG, 0, (args[0], code, *args[2:])))
    _damage(monkeypatch, caplog,
            hashlib.sha1(payload).digest()[:patterns._DIGEST] + payload)


def test_another_interpreter_uses_its_own_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    patterns.compile(LONG)
    monkeypatch.setattr(patterns, "_STAMP", patterns._STAMP + "|another python")
    patterns._in_process.cache_clear()
    assert patterns.compile(LONG) == re.compile(LONG)
    assert len(_entries()) == 2  # built and stored under its own name, the first untouched


def test_an_unwritable_cache_still_compiles(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory should be")
    monkeypatch.setenv("NEWSWEAVE_CACHE", str(blocked))
    assert patterns.compile(LONG, re.I) == re.compile(LONG, re.I)


def test_a_bad_pattern_raises_re_error_and_caches_nothing() -> None:
    with pytest.raises(re.error):
        patterns.compile("(" + LONG)
    assert _entries() == []


def test_alternations_are_the_same_in_every_process(tmp_path: Path) -> None:
    """Words sorted longest first with ties by text: a pattern built from a set does not
    change with the hash seed (else no process would find another's cache entry)."""
    script = (
        "from newsweave.claims.lexicon import compile_words\n"
        "from newsweave.time.grammar import grammar\n"
        "print(compile_words({'ab', 'cd', 'ef', 'gh', 'abc', 'x y'}).pattern)\n"
        "print(sorted(p.regex.pattern for p in grammar('en').patterns)[0][:2000])\n")
    out = set()
    for seed in ("1", "2", "3"):
        env = {"PYTHONHASHSEED": seed, "NEWSWEAVE_CACHE": str(tmp_path / "cache"),
               "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
        out.add(subprocess.run([sys.executable, "-c", script], env=env, check=True,
                               capture_output=True, text=True).stdout)
    assert len(out) == 1


def test_longest_first_orders_ties_by_text() -> None:
    words = ["bb", "a", "ccc", "aa", "c"]
    assert sorted(words, key=patterns.longest_first) == ["ccc", "aa", "bb", "a", "c"]


def test_prefilter_starts_read_from_the_cache_equal_a_fresh_parse() -> None:
    from newsweave import prefilter

    pattern = "|".join(f"(?:{w}s?)" for w in ("attack", "strike", "raid", "shelling",
                                                "bombardment", "offensive", "assault")) * 6
    fresh = prefilter._parsed_starts(pattern, re.IGNORECASE)
    assert fresh and "att" in fresh
    prefilter._starts_of.cache_clear()
    try:
        assert prefilter._starts_of(pattern, re.IGNORECASE) == fresh  # parsed and stored
        assert list((cache.cache_dir() / "starts").glob("*.pickle"))
        prefilter._starts_of.cache_clear()
        assert prefilter._starts_of(pattern, re.IGNORECASE) == fresh  # read back
    finally:
        prefilter._starts_of.cache_clear()


def test_an_exception_raised_while_reading_passes_through(monkeypatch) -> None:
    """A document's time budget stops it by raising from a signal handler, wherever it is:
    the cache must not take that for a damaged entry and carry on."""
    patterns.compile(LONG)
    patterns._in_process.cache_clear()

    class OverBudget(Exception):
        pass

    def stopped(data: bytes):
        raise OverBudget

    monkeypatch.setattr(patterns.marshal, "loads", stopped)
    with pytest.raises(OverBudget):
        patterns.compile(LONG)

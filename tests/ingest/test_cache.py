"""Files computed once per machine: parsed YAML read back from the cache, never stale."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from newsweave import cache


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWEAVE_CACHE", str(tmp_path / "cache"))
    cache._parsed.clear()


def _entries() -> list[Path]:
    return sorted((cache.cache_dir() / "yaml").glob("*.pickle"))


def test_yaml_is_parsed_once_then_read_from_the_cache(tmp_path: Path) -> None:
    f = tmp_path / "words.yaml"
    f.write_text("attack: [strike, raid]\nnote: é\n", encoding="utf-8")
    assert cache.load_yaml(f) == {"attack": ["strike", "raid"], "note": "é"}
    assert len(_entries()) == 1
    first = cache.load_yaml(f)
    first["attack"].append("mutated")  # each caller gets its own copy
    assert cache.load_yaml(f) == {"attack": ["strike", "raid"], "note": "é"}


def test_a_changed_file_is_parsed_again(tmp_path: Path) -> None:
    f = tmp_path / "words.yaml"
    f.write_text("a: 1\n", encoding="utf-8")
    assert cache.load_yaml(f) == {"a": 1}
    f.write_text("a: 22\n", encoding="utf-8")
    st = f.stat()
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert cache.load_yaml(f) == {"a": 22}


def test_invalid_yaml_raises_and_caches_nothing(tmp_path: Path) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text("a: [1, 2\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError):
        cache.load_yaml(f)
    assert _entries() == []


def test_a_damaged_entry_is_built_again(tmp_path: Path) -> None:
    f = tmp_path / "words.yaml"
    f.write_text("- x\n", encoding="utf-8")
    cache.load_yaml(f)
    (entry,) = _entries()
    entry.write_bytes(b"\x80\x05not a pickle")
    cache._parsed.clear()  # as a new process: read the entry again
    assert cache.load_yaml(f) == ["x"]
    assert cache.load_yaml(f) == ["x"]


def test_an_unwritable_cache_still_gives_the_data(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("NEWSWEAVE_CACHE", str(blocker))
    f = tmp_path / "words.yaml"
    f.write_text("k: v\n", encoding="utf-8")
    assert cache.load_yaml(f) == {"k": "v"}


def test_cached_pickle_rejects_an_entry_of_the_wrong_kind() -> None:
    assert cache.cached_pickle("thing.pickle", lambda: {"n": 1}, dict) == {"n": 1}
    assert cache.cached_pickle("thing.pickle", lambda: {"n": 2}, dict) == {"n": 1}
    assert cache.cached_pickle("thing.pickle", lambda: [3], list) == [3]  # stored dict: rebuilt


def test_a_file_read_twice_in_a_process_gives_equal_copies(tmp_path: Path) -> None:
    f = tmp_path / "words.yaml"
    f.write_text("attack: [strike]\n", encoding="utf-8")
    first = cache.load_yaml(f)
    (entry,) = _entries()
    entry.unlink()  # the second read comes from this process's own copy
    second = cache.load_yaml(f)
    assert second == first and second is not first
    second["attack"].append("raid")
    assert cache.load_yaml(f) == {"attack": ["strike"]}


def test_what_an_entry_loads_is_frozen_out_of_the_collector() -> None:
    """A loaded entry lives as long as the process: the cyclic collector must not walk it
    again (that cost a fifth of every start), and collection is on again afterwards."""
    import gc

    cache.cached_pickle("frozen-test", lambda: [{"k": [i]} for i in range(1000)])
    before = gc.get_freeze_count()
    value = cache.cached_pickle("frozen-test", lambda: [])  # read back from the file
    assert len(value) == 1000
    assert gc.get_freeze_count() >= before + 2000  # the dicts and lists just loaded
    assert gc.isenabled()

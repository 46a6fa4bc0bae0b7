"""The compiled cache: resources decoded once, then memory-mapped by every process."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsweave import compiled


def test_arrays_are_built_once_then_mapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    monkeypatch.setenv("NEWSWEAVE_CACHE", str(tmp_path))
    built = []

    def build() -> dict[str, np.ndarray]:
        built.append(1)
        return {"a": np.arange(5, dtype=np.uint16), "b": np.array(["x", "yz"])}

    first = compiled.mapped_arrays("thing", "v1", build)
    again = compiled.mapped_arrays("thing", "v1", build)
    assert len(built) == 1
    assert isinstance(again["a"], np.memmap)
    assert again["a"].tolist() == first["a"].tolist() == [0, 1, 2, 3, 4]
    assert again["b"].tolist() == ["x", "yz"]
    compiled.mapped_arrays("thing", "v2", build)  # another stamp: built again
    assert len(built) == 2


def test_a_damaged_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWEAVE_CACHE", str(tmp_path))
    compiled.mapped_arrays("thing", "v1", lambda: {"a": np.arange(3)})
    (tmp_path / "newsweave" / "thing-v1" / "a.npy").write_bytes(b"not numpy")
    assert compiled.mapped_arrays("thing", "v1", lambda: {"a": np.arange(3)})["a"].tolist() == [
        0, 1, 2]


def test_an_unwritable_cache_still_gives_the_arrays(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("NEWSWEAVE_CACHE", str(blocker))  # a file: no directory can be made
    assert compiled.mapped_arrays("thing", "v1", lambda: {"a": np.arange(2)})["a"].tolist() == [
        0, 1]


def test_language_identifier_from_the_cache_is_py3langid(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from newsweave.segment import language

    monkeypatch.setenv("NEWSWEAVE_CACHE", str(tmp_path))
    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    for _ in range(2):  # built, then mapped
        language._identifier.cache_clear()
        ours = language._identifier()
        for text in ("The ministers met on Tuesday in the capital.",
                     "Министры встретились во вторник.", "大臣たちは火曜日に会った。",
                     "Các bộ trưởng đã gặp nhau vào thứ Ba."):
            assert ours.rank(text) == reference.rank(text)
    language._identifier.cache_clear()

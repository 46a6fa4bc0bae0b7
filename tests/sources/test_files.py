"""Files, directories, globs and standard input."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsweave.model import InputError, RawDocument
from newsweave.options import Options

Read = Callable[..., list[RawDocument | InputError]]


def make_tree(root: Path) -> None:
    (root / "b").mkdir()
    (root / "a").mkdir()
    (root / ".hidden").mkdir()
    (root / "a" / "2.txt").write_text("Dua menteri bertemu.", "utf-8")
    (root / "a" / "1.html").write_text("<html><body><p>Ministers met.</p></body></html>", "utf-8")
    (root / "b" / "3.txt").write_text("長官が会談した。", "utf-8")
    (root / ".hidden" / "x.txt").write_text("hidden", "utf-8")
    (root / ".secret.txt").write_text("hidden", "utf-8")
    (root / "top.txt").write_text("Министры встретились.", "utf-8")


def test_directory_is_recursive_sorted_and_skips_hidden(tmp_path: Path, read: Read) -> None:
    make_tree(tmp_path)
    got = read([str(tmp_path)])
    assert all(isinstance(d, RawDocument) for d in got)
    names = [Path(d.uri).relative_to(tmp_path).as_posix() for d in got]
    assert names == ["top.txt", "a/1.html", "a/2.txt", "b/3.txt"]
    assert got[1].media_type == "text/html"
    assert got[0].data == "Министры встретились.".encode()


def test_glob(tmp_path: Path, read: Read) -> None:
    make_tree(tmp_path)
    got = read([str(tmp_path / "**" / "*.txt")])
    names = sorted(Path(d.uri).name for d in got)
    assert names == ["2.txt", "3.txt", "top.txt"]


def test_single_file_and_missing_paths(tmp_path: Path, read: Read) -> None:
    make_tree(tmp_path)
    got = read([str(tmp_path / "top.txt"), str(tmp_path / "nope.txt"), str(tmp_path / "*.zzz")])
    assert isinstance(got[0], RawDocument)
    assert isinstance(got[1], InputError) and "no such file" in got[1].reason
    assert isinstance(got[2], InputError) and "no files match" in got[2].reason


def test_empty_file(tmp_path: Path, read: Read) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    [err] = read([str(tmp_path / "empty.txt")])
    assert isinstance(err, InputError) and err.reason == "empty file"


def test_huge_file_refused_before_reading(tmp_path: Path, read: Read) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:  # 50 MB, sparse: refusing must not need to read it
        f.truncate(50 * 1024 * 1024)
    after = tmp_path / "after.txt"
    after.write_text("Short text.", "utf-8")
    got = read([str(big), str(after)])
    assert isinstance(got[0], InputError) and "larger than the limit" in got[0].reason
    assert isinstance(got[1], RawDocument)  # the batch goes on


def test_stdin(monkeypatch: pytest.MonkeyPatch, read: Read) -> None:
    data = b"Presiden tiba di Moskow."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = read(["-"])
    assert isinstance(doc, RawDocument) and doc.uri == "-" and doc.data == data


def test_stdin_too_large(monkeypatch: pytest.MonkeyPatch, read: Read) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 2000)))
    [err] = read(["-"], Options(max_input_bytes=1000))
    assert isinstance(err, InputError) and "larger than 1000" in err.reason



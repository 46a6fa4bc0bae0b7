"""Compact read-only tables for large name lists (the world table of kb/geo.py).

A dictionary of 150,000 names costs some 20 MB of Python objects and a quarter of a second to
unpickle. These tables keep the same content in a few flat arrays instead: a `PackedMap` maps a
string to small integers through sorted 64-bit hashes of its keys (BLAKE2b; two keys sharing a
hash, about one chance in 10^9 for this many keys, would share their values), a `StringTable`
holds a list of strings as one UTF-8 buffer and its offsets. Both pickle as a handful of byte
arrays, and could be read from a memory map as they are.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from hashlib import blake2b


def key_hash(key: str) -> int:
    return int.from_bytes(blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


class PackedMap:
    """str -> int or tuple of ints (as `dict.get` would give), from sorted key hashes."""

    __slots__ = ("hashes", "overflow", "values")

    def __init__(self, items: Mapping[str, int | tuple[int, ...]] | None = None):
        pairs = sorted((key_hash(k), v) for k, v in (items or {}).items())
        self.hashes = array("Q", (h for h, _ in pairs))
        self.values = array("q")
        self.overflow = array("q")  # for keys of several values: count, then the values
        for _, v in pairs:
            if isinstance(v, tuple):
                self.values.append(-len(self.overflow) - 1)
                self.overflow.append(len(v))
                self.overflow.extend(v)
            else:
                self.values.append(v)

    def get(self, key: str, default=None):
        h = key_hash(key)
        i = bisect_left(self.hashes, h)
        if i == len(self.hashes) or self.hashes[i] != h:
            return default
        v = self.values[i]
        if v >= 0:
            return v
        at = -v - 1
        return tuple(self.overflow[at + 1:at + 1 + self.overflow[at]])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __len__(self) -> int:
        return len(self.hashes)

    def __getstate__(self):
        return self.hashes, self.values, self.overflow

    def __setstate__(self, state) -> None:
        self.hashes, self.values, self.overflow = state


class StringTable:
    """A list of strings kept as one UTF-8 buffer; `table[i]` decodes one."""

    __slots__ = ("data", "offsets")

    def __init__(self, strings: Iterable[str] = ()):
        encoded = [s.encode("utf-8") for s in strings]
        self.data = b"".join(encoded)
        self.offsets = array("L", [0])
        for b in encoded:
            self.offsets.append(self.offsets[-1] + len(b))

    def __getitem__(self, i: int) -> str:
        if i < 0:
            i += len(self)
        return self.data[self.offsets[i]:self.offsets[i + 1]].decode("utf-8")

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def __getstate__(self):
        return self.data, self.offsets

    def __setstate__(self, state) -> None:
        self.data, self.offsets = state

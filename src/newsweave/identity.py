"""Document identity and near-duplicate signatures.

The id is a hash of the normalised cleaned text, so the same article ingested twice (from a file
and from a URL, with other line endings or widths) gets the same id. Near-duplicates (other
headers, small edits, republications) are found with MinHash over character shingles, which works
the same for every script; LSH band keys let the store find candidates without a corpus pass.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache

import numpy as np

NUM_PERM = 128
BANDS = 32  # 32 bands of 4 rows: candidates from a Jaccard of about 0.4, verified after
ROWS = NUM_PERM // BANDS
SHINGLE = 5
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def document_id(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


def _shingles(text: str) -> set[bytes]:
    t = _SPACE.sub("", normalise(text))  # spacing differs between copies; letters do not
    if len(t) <= SHINGLE:
        return {t.encode("utf-8")}
    if t.isascii():  # one byte a character: slice the encoded text (the same shingles)
        b = t.encode("ascii")
        return {b[i : i + SHINGLE] for i in range(len(b) - SHINGLE + 1)}
    return {t[i : i + SHINGLE].encode("utf-8") for i in range(len(t) - SHINGLE + 1)}


# datasketch's MinHash (its default scheme "affine32": SHA-1 32-bit hashes, a MurmurHash3
# finaliser, affine permutations mod 2^32, seed 1), value for value, so stored signatures stay
# comparable. Computed here because importing datasketch imports its LSH and with it scipy, a
# second of start-up for 128 minima (tests check that both agree).
_FMIX = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)
_BLOCK = 4096


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def minhash_values(text: str) -> np.ndarray:
    """The 128 MinHash values (uint32) of a text's character shingles."""
    sha1 = hashlib.sha1
    digests = b"".join([sha1(s).digest() for s in _shingles(text)])  # 20 bytes each
    # the first 4 bytes of each digest, little-endian (as struct "<I" reads them)
    hv = np.frombuffer(digests, dtype="<u4").reshape(-1, 5)[:, :1].astype(np.uint32)
    s1, m1, s2, m2, s3 = _FMIX
    hv = hv ^ (hv >> np.uint32(s1))
    hv = hv * np.uint32(m1)
    hv = hv ^ (hv >> np.uint32(s2))
    hv = hv * np.uint32(m2)
    hv = hv ^ (hv >> np.uint32(s3))
    a, b = _permutations()
    # in blocks, so that a long text's shingles times 128 permutations stay in the cache
    return np.min([(block * a + b).min(axis=0) for block in np.split(
        hv, range(_BLOCK, len(hv), _BLOCK))], axis=0)


def minhash_bytes(text: str) -> bytes:
    return minhash_values(text).astype(np.uint64).tobytes()


def signature(raw: bytes) -> np.ndarray:
    return np.frombuffer(raw, dtype=np.uint64)


def band_keys(raw: bytes) -> list[str]:
    """One key per LSH band: documents sharing any key are near-duplicate candidates."""
    sig = signature(raw)
    keys = []
    for b in range(BANDS):
        band = sig[b * ROWS : (b + 1) * ROWS].tobytes()
        keys.append(f"{b}:{hashlib.blake2b(band, digest_size=8).hexdigest()}")
    return keys


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.mean(signature(a) == signature(b)))

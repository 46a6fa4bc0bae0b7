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

import numpy as np
from datasketch import MinHash

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
    return {t[i : i + SHINGLE].encode("utf-8") for i in range(len(t) - SHINGLE + 1)}


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch(list(_shingles(text)))
    return m


def minhash_bytes(text: str) -> bytes:
    return minhash(text).hashvalues.astype(np.uint64).tobytes()


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

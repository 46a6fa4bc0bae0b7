"""Stable ids and near-duplicate signatures."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave import identity
from newsweave.identity import band_keys, document_id, minhash_bytes, similarity


def test_id_ignores_width_case_and_spacing() -> None:
    assert document_id("Kim  met\r\nPutin") == document_id("kim met\nputin")
    assert document_id("ＫＩＭ　１２") == document_id("KIM 12")
    assert document_id("Kim met Putin") != document_id("Kim met Lavrov")


@given(st.text(min_size=1, max_size=200))
def test_id_is_stable(text: str) -> None:
    assert document_id(text) == document_id(text)
    assert len(document_id(text)) == 16


def test_similarity_separates_copies_from_other_articles() -> None:
    a = "북한은 러시아에 약 3,000명의 병력을 보냈다고 우크라이나 정보 당국이 밝혔다. " * 4
    b = "[속보] " + a + " 저작권자 무단전재 금지"
    c = "일본 정부는 쌀 가격 안정을 위해 비축미를 방출하기로 했다. " * 4
    assert similarity(minhash_bytes(a), minhash_bytes(b)) > 0.7
    assert similarity(minhash_bytes(a), minhash_bytes(c)) < 0.2
    shared = set(band_keys(minhash_bytes(a))) & set(band_keys(minhash_bytes(b)))
    assert shared  # LSH puts copies in at least one common bucket


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_signature_is_datasketch_minhash(text: str) -> None:
    """Our MinHash is datasketch's value for value, so stored signatures stay comparable."""
    from datasketch import MinHash

    m = MinHash(num_perm=identity.NUM_PERM, seed=1)
    m.update_batch(list(identity._shingles(text)))
    assert identity.minhash_bytes(text) == m.hashvalues.astype("uint64").tobytes()

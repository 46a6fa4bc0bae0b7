"""Claim extraction never crashes and always returns well-formed claims."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.claims.helpers import NAMES, claims

from newsweave.model import CLAIM_TYPES, MODALITIES

WORDS = {
    "en": ["met", "sent", "troops", "to", "with", "by", "was", "denied", "said", "will", "not",
           "according to", "visited", "weapons", ",", ".", "?", "he", "and", "in"],
    "ja": ["は", "が", "を", "に", "と", "会談", "派遣", "兵士", "否定", "によると", "述べた",
           "予定", "ない", "。", "、", "?", "訪問", "によって", "された", "の"],
    "ko": ["은", "는", "이", "가", "을", "에", "와", "회담", "파병", "병력", "부인", "에 따르면",
           "말했다", "예정", "않았다", ".", " ", "방문", "에 의해", "의"],
}


@pytest.mark.parametrize("lang", sorted(WORDS))
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_random_sentences_give_well_formed_claims(lang: str, data: st.DataObject):
    pool = WORDS[lang] + list(NAMES[lang])[:8]
    sep = " " if lang != "ja" else ""
    text = sep.join(data.draw(st.lists(st.sampled_from(pool), max_size=30)))
    for c in claims(text, lang, mentions=NAMES[lang]):
        assert c.type in CLAIM_TYPES and c.modality in MODALITIES
        assert c.actors and not set(c.actors) & set(c.targets)
        assert text[c.start : c.end] == c.text
        assert 0 < c.confidence <= 1


@given(st.text(max_size=200))
@settings(max_examples=40, deadline=None)
def test_any_text_without_names(text: str):
    assert isinstance(claims(text, "en"), list)


def test_seeds_end_to_end(seeds_dir):
    """On the real seed articles: every claim points at its sentence and is well formed."""
    from newsweave.model import RawDocument
    from newsweave.pipeline import process
    from newsweave.resources import Resources

    res = Resources()
    total = 0
    for path in sorted(seeds_dir.glob("*.txt")):
        p = process(RawDocument(str(path), path.read_bytes()), res)
        ids = [c.id for c in p.claims]
        assert ids == [f"{p.document.id}-c{n}" for n in range(1, len(ids) + 1)]
        keys = {(c.type, frozenset(c.actors), frozenset(c.targets), c.date) for c in p.claims}
        assert len(keys) == len(p.claims)
        for c in p.claims:
            assert p.document.original_text[c.start : c.end] == c.text
            total += 1
    assert total > 0

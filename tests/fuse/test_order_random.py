"""Random small corpora: any arrival order gives the events a full rebuild gives."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fusekit import C, D, ingest, resources, signature
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave import fuse

PEOPLE = ["kim-jong-un", "vladimir-putin", "sergey-lavrov", "choe-son-hui"]
COUNTRIES = ["north-korea", "russia", "ukraine"]
TYPES = ["MEET", "AGREE", "SUPPLY_ARMS", "ATTACK", "VISIT", "DENY"]
DATES = [None, "2023", "2023-09", "2023-09-13", "2023-09-16", "2023-10", "2023-10-02", "2024-06"]
PUBLISHED = [None, "2023-09-20", "2023-10-27", "2024-06-21"]

claims = st.builds(
    C,
    type=st.sampled_from(TYPES),
    actors=st.lists(st.sampled_from(PEOPLE + COUNTRIES), min_size=0, max_size=2, unique=True),
    targets=st.lists(st.sampled_from(COUNTRIES), max_size=1),
    date=st.sampled_from(DATES),
    modality=st.sampled_from(["asserted", "reported", "denied", "expected"]),
    quantity=st.sampled_from([None, 1000.0, 3000.0]),
    unit=st.just("troops"),
)


@st.composite
def corpora(draw):
    n = draw(st.integers(2, 5))
    docs = [
        D(f"d{i}", draw(st.lists(claims, min_size=1, max_size=4)), draw(st.sampled_from(PUBLISHED)),
          outlet=draw(st.sampled_from(["a", "b", "c", None])),
          quality=draw(st.sampled_from([0.2, 1.0])))
        for i in range(n)
    ]
    order = draw(st.permutations(list(range(n))))
    return docs, order


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpora())
def test_incremental_equals_rebuild(case) -> None:
    docs, order = case
    with tempfile.TemporaryDirectory() as tmp:
        store = ingest(Path(tmp) / "x.db", [docs[i] for i in order])
        incremental = signature(store)
        details = {(e.id, e.independent_sources, e.conflicts) for e in store.events()}
        fuse.rebuild(store, resources())
        assert signature(store) == incremental
        assert {(e.id, e.independent_sources, e.conflicts) for e in store.events()} == details
        # every claim is in exactly one event
        ids = [c for e in store.events() for c in e.claims]
        assert sorted(ids) == sorted(c.id for c in store.claims())
        store.close()

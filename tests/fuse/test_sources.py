"""Independent sources grouped from a stored event's grouping (`independence.source_groups`
with seeds) are the groups computed from scratch; a store keeps the groupings of its large
events, and fusing into them gives the events a rebuild gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusekit import C, D, ingest, resources
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave import fuse
from newsweave.fuse import independence
from newsweave.fuse.context import FuseContext
from newsweave.fuse.independence import source_groups
from newsweave.store import DocumentInfo

KIM, PUTIN = "kim-jong-un", "vladimir-putin"
DOCS = [f"d{i:02d}" for i in range(24)]


class PairsOnly:
    """A store that knows only documents' outlets and near-duplicate pairs (what grouping
    reads)."""

    def __init__(self, outlets: dict[str, str | None], pairs: set[tuple[str, str]]):
        self.outlets = outlets
        self.pairs = pairs

    def document_infos(self, ids):
        return {d: DocumentInfo(None, self.outlets[d], None, 1.0) for d in ids}

    def near_duplicates_of(self, ids):
        return {d: tuple(b if a == d else a for a, b in self.pairs if d in (a, b)) for d in ids}


stores = st.builds(
    PairsOnly,
    st.fixed_dictionaries({d: st.sampled_from([None, "a.com", "b.org", "c.net"]) for d in DOCS}),
    st.sets(st.tuples(st.sampled_from(DOCS), st.sampled_from(DOCS)).filter(lambda p: p[0] < p[1]),
            max_size=40),
)


@settings(max_examples=150, deadline=None)
@given(stores, st.sets(st.sampled_from(DOCS), min_size=1), st.sets(st.sampled_from(DOCS)))
def test_groups_grown_from_a_subset_are_the_groups(store, seeded, more) -> None:
    everything = seeded | more
    fresh = FuseContext(store, resources())  # type: ignore[arg-type]
    seeded_ctx = FuseContext(store, resources())  # type: ignore[arg-type]
    seeded_ctx.add_seed(source_groups(seeded, fresh))
    assert source_groups(everything, seeded_ctx) == source_groups(everything, fresh)


def test_a_large_event_keeps_its_grouping_and_grows_as_a_rebuild_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 40 copies of one report: near-duplicates in chains, outlets shared by some
    docs = [D(f"r{i:02d}", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-14",
              outlet=f"outlet{i % 7}.com" if i % 3 else None,
              near=[f"r{i - 1:02d}"] if i % 4 else [])
            for i in range(40)]
    store = ingest(tmp_path / "x.db", docs[:38])
    (ev,) = store.events()
    assert store.event_sources([ev.id])[ev.id], "a large event keeps its grouping"
    store.close()
    # fused from the stored grouping, in a new session (a new process): the event's
    # documents are not grouped from scratch
    from_scratch = independence._source_groups

    def small_only(doc_ids, ctx):
        assert len(doc_ids) < 38, "grouped from scratch"
        return from_scratch(doc_ids, ctx)

    with monkeypatch.context() as m:
        m.setattr(independence, "_source_groups", small_only)
        store = ingest(tmp_path / "x.db", docs[38:])
    grown = {e.id: e for e in store.events()}
    fuse.rebuild(store, resources())
    rebuilt = {e.id: e for e in store.events()}
    assert grown == rebuilt
    (ev,) = rebuilt.values()
    assert ev.independent_sources == len(
        {frozenset(g) for g in source_groups(ev.documents, FuseContext(store, resources()))})

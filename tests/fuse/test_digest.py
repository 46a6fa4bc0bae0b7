"""Flat fusion: a stored event is read through its units and its date tally, which give what
reading every claim gives (`digest.py`, `tally.py`)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fusekit import C, D, ingest, resources
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave import fuse
from newsweave.fuse.context import FuseContext
from newsweave.fuse.dates import sane
from newsweave.fuse.events import event_date
from newsweave.fuse.tally import DateTally

SLOW = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
KIM, PUTIN, NK, RU = "kim-jong-un", "vladimir-putin", "north-korea", "russia"
DATES = ["2023", "2023-09", "2023-09-13", "2023-09-14", "2023-10", "2023-10-02", "2024"]

dated_claims = st.builds(
    C, type=st.just("MEET"), actors=st.just([KIM, PUTIN]), date=st.sampled_from(DATES),
    modality=st.sampled_from(["asserted", "reported", "expected", "denied"]))


@st.composite
def documents(draw, claims=dated_claims, most=12):
    """Documents that copy each other, share outlets and origins, and differ in quality."""
    n = draw(st.integers(1, most))
    return [
        D(f"d{i:02d}", draw(st.lists(claims, min_size=1, max_size=3)),
          draw(st.sampled_from([None, "2023-09-20", "2023-10-27"])),
          outlet=draw(st.sampled_from(["a", "b", "c", None])),
          origin=draw(st.sampled_from(["voa", None, None])),
          quality=draw(st.sampled_from([0.2, 0.3, 0.5, 1.0])),
          near=draw(st.lists(st.sampled_from([f"d{j:02d}" for j in range(i)]), max_size=1))
          if i else [])
        for i in range(n)
    ]


@SLOW
@given(documents(), st.randoms(use_true_random=False))
def test_a_tally_gives_the_date_event_date_gives(docs, rnd) -> None:
    """Claims added in any order, in parts merged in any order: the date of all of them."""
    with tempfile.TemporaryDirectory() as tmp:
        store = ingest(Path(tmp) / "x.db", docs)
        ctx = FuseContext(store, resources())
        claims = [sane(c) for c in store.claims()]
        rnd.shuffle(claims)
        cut = rnd.randint(0, len(claims))
        parts = [DateTally(), DateTally()]
        parts[0].add(claims[:cut], ctx)
        for c in claims[cut:]:
            parts[1].add([c], ctx)
        rnd.shuffle(parts)
        parts[0].absorb(parts[1], ctx)
        assert parts[0].date() == event_date(claims, ctx)
        assert parts[0].size() == len({c.doc for c in claims})
        assert parts[0].min_id == min(c.id for c in claims)
        store.close()


def _details(store) -> set[tuple]:
    return {(e.id, e.type, e.date, frozenset(e.claims), e.documents, e.independent_sources,
             e.weight, e.conflicts, e.actors, e.targets, e.summary) for e in store.events()}


undated_or_not = st.builds(
    C, type=st.sampled_from(["MEET", "VISIT", "DENY"]),
    actors=st.sampled_from([[KIM, PUTIN], [KIM], [NK], [RU]]),
    targets=st.sampled_from([[], [RU]]),
    date=st.sampled_from([None, None, *DATES]),
    modality=st.sampled_from(["asserted", "expected", "denied"]))


@SLOW
@given(documents(undated_or_not, most=14), st.sampled_from([1, 3, 500]))
def test_events_of_many_alike_claims_are_those_of_a_rebuild(docs, flush_every) -> None:
    """Many documents repeating a few claims (units of many claims, denials riding with
    them, undated claims moving as their events change): a batch, document by document, and
    a rebuild agree."""
    with tempfile.TemporaryDirectory() as tmp:
        batch = ingest(Path(tmp) / "b.db", docs, batch=True, flush_every=flush_every)
        single = ingest(Path(tmp) / "s.db", docs)
        found = _details(batch)
        assert found == _details(single)
        fuse.rebuild(batch, resources())
        assert _details(batch) == found
        batch.close()
        single.close()

"""Incremental fusion gives the same events whatever order documents arrive in."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fusekit import C, D, ingest, resources, signature
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave import fuse

KIM, PUTIN, LAVROV, NK, RU, UA = (
    "kim-jong-un", "vladimir-putin", "sergey-lavrov", "north-korea", "russia", "ukraine")

DOCS = [
    D("d0", [C("MEET", [KIM, PUTIN], date="2023-09-13"), C("SUPPLY_ARMS", [NK], [RU]),
             C("VISIT", [KIM], [RU], date="2023-09-12")], "2023-09-20", outlet="w"),
    D("d1", [C("MEET", [KIM, PUTIN], date="2023-09"), C("AGREE", [PUTIN], [NK], date="2023-09"),
             C("SUPPLY_ARMS", [NK], [RU], modality="expected")], None, outlet="x"),
    D("d2", [C("MEET", [PUTIN], [KIM], date="2023-09-16"), C("AGREE", [PUTIN], [NK]),
             C("SUPPLY_ARMS", [NK], [RU], date="2023-10", quantity=1000, unit="containers")],
      "2023-10-27", origin="voa"),
    D("d3", [C("AGREE", [RU, NK], date="2024-06"), C("MEET", [PUTIN, KIM], date="2024-06"),
             C("DEPLOY_TROOPS", [NK], [RU], date="2024-10", quantity=3000, unit="troops"),
             C("DENY", [RU])], "2024-10-17", outlet="w"),
    D("d4", [C("DEPLOY_TROOPS", [NK], [RU], date="2024-10-31", quantity=10000, unit="troops"),
             C("DENY", [NK]), C("AGREE", [NK, RU]), C("MEET", [LAVROV, "choe-son-hui"],
                                                       date="2024-11-01")],
      "2024-11-01", origin="voa", near=["d2"]),
    D("d5", [C("MEET", [KIM, PUTIN], date="2023-09-13"), C("ATTACK", [RU], [UA])],
      "2023-09-14", outlet="y", quality=0.3),
    D("d6", [C("AGREE", [PUTIN], [KIM], date="2024-06-19"), C("MEET", [KIM, PUTIN])],
      "2024-06-20", outlet="z"),
]


def _events(order: list[int]) -> set[tuple]:
    with tempfile.TemporaryDirectory() as tmp:
        store = ingest(Path(tmp) / "x.db", [DOCS[i] for i in order])
        try:
            return signature(store) | {("weights", tuple(sorted(
                (e.id, e.independent_sources, e.weight, e.conflicts) for e in store.events())))}
        finally:
            store.close()


REFERENCE = None


def _reference() -> set[tuple]:
    global REFERENCE
    if REFERENCE is None:
        REFERENCE = _events(list(range(len(DOCS))))
    return REFERENCE


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(list(range(len(DOCS)))))
def test_any_order_gives_the_same_events(order: list[int]) -> None:
    assert _events(order) == _reference()


def test_rebuild_gives_the_same_events() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = ingest(Path(tmp) / "x.db", DOCS[::-1])
        fuse.rebuild(store, resources())
        assert signature(store) | {("weights", tuple(sorted(
            (e.id, e.independent_sources, e.weight, e.conflicts) for e in store.events())))} \
            == _reference()
        store.close()


def test_reference_events_look_right() -> None:
    sig = {(t, d): ids for t, d, ids in (x for x in _reference() if len(x) == 3)}
    meet = sig[("MEET", "2023-09-13")]
    assert {"d0-c00", "d1-c00", "d2-c00", "d5-c00"} <= meet
    supply = [ids for (t, _), ids in sig.items() if t == "SUPPLY_ARMS"]
    assert supply == [{"d0-c01", "d1-c02", "d2-c02"}]
    troops = [ids for (t, _), ids in sig.items() if t == "DEPLOY_TROOPS"]
    assert troops == [{"d3-c02", "d3-c03", "d4-c00", "d4-c01"}]

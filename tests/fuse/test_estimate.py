"""An undated document's reference month, estimated from the events other sources date."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusekit import C, D, ingest, resources

from newsweave.fuse.estimate import estimate_reference_date

KIM, PUTIN, LAVROV, NK, RU = (
    "kim-jong-un", "vladimir-putin", "sergey-lavrov", "north-korea", "russia")


def _summit(*extra: D) -> list[D]:
    return [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-14", outlet="a"),
        D("b", [C("MEET", [KIM, PUTIN], date="2023-09")], "2023-09-20", outlet="b"),
        *extra,
    ]


def test_undated_document_gets_the_month_two_sources_date_its_event(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", _summit(D("u", [C("MEET", [PUTIN, KIM])], None)))
    assert estimate_reference_date(store, "u", resources()) == "2023-09"


def test_no_matching_event_gives_none(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", _summit(D("u", [C("MEET", [LAVROV, "choe-son-hui"])])))
    assert estimate_reference_date(store, "u", resources()) is None


def test_one_source_is_not_enough(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-14", outlet="a"),
        D("u", [C("MEET", [PUTIN, KIM])], None),
    ])
    assert estimate_reference_date(store, "u", resources()) is None


def test_copies_of_the_same_original_count_once(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-14", origin="voa"),
        D("b", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-15", origin="voa"),
        D("u", [C("MEET", [PUTIN, KIM])], None),
    ])
    assert estimate_reference_date(store, "u", resources()) is None


def test_its_own_dates_are_not_evidence(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-14", outlet="a"),
        D("u", [C("MEET", [PUTIN, KIM], date="2023-09-13")], None),
    ])
    assert estimate_reference_date(store, "u", resources()) is None


def test_dated_documents_get_no_estimate(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", _summit())
    assert estimate_reference_date(store, "a", resources()) is None


@pytest.mark.parametrize("events", [1, 2])
def test_the_month_most_of_its_events_fall_in_wins(tmp_path: Path, events: int) -> None:
    # the undated article tells the 2023-09 summit (and maybe a visit then) and names an
    # agreement two sources date 2024-06: the month of more of its events wins, ties the later
    later = [D("c", [C("AGREE", [NK, RU], date="2024-06")], "2024-06-20", outlet="c"),
             D("d", [C("AGREE", [RU, NK], date="2024-06-19")], "2024-06-21", outlet="d")]
    visits = [D("e", [C("VISIT", [KIM], [RU], date="2023-09-12")], "2023-09-14", outlet="e"),
              D("f", [C("VISIT", [KIM], [RU], date="2023-09-12")], "2023-09-14", outlet="f")]
    u = D("u", [C("MEET", [PUTIN, KIM]), C("AGREE", [NK, RU])]
          + ([C("VISIT", [KIM], [RU])] if events == 2 else []), None)
    store = ingest(tmp_path / "x.db", _summit(*later, *(visits if events == 2 else []), u))
    assert estimate_reference_date(store, "u", resources()) == (
        "2023-09" if events == 2 else "2024-06")


def test_an_expected_event_does_not_date_the_article(tmp_path: Path) -> None:
    # "Putin will visit Pyongyang": the visit two sources date comes after the article
    store = ingest(tmp_path / "x.db", [
        D("a", [C("VISIT", [PUTIN], [NK], date="2024-06-19")], "2024-06-20", outlet="a"),
        D("b", [C("VISIT", [PUTIN], [NK], date="2024-06")], "2024-06-21", outlet="b"),
        D("u", [C("VISIT", [PUTIN], [NK], modality="expected")], None),
    ])
    assert any("u-c00" in e.claims and "a-c00" in e.claims for e in store.events())
    assert estimate_reference_date(store, "u", resources()) is None


def test_an_earlier_estimate_does_not_anchor_the_next(tmp_path: Path) -> None:
    # its claims were dated 2024-06 against a first, wrong estimate; the sources say 2023-09
    store = ingest(tmp_path / "x.db", _summit(D("u", [C("MEET", [PUTIN, KIM], date="2024-06")],
                                                None)))
    assert estimate_reference_date(store, "u", resources()) == "2023-09"

from __future__ import annotations

from pathlib import Path

import pytest
from fusekit import C, D, event_with, ingest, resources, signature

from newsweave import fuse
from newsweave.fuse.context import source_key

KIM, PUTIN, NK, RU, UA = "kim-jong-un", "vladimir-putin", "north-korea", "russia", "ukraine"


def test_same_meeting_joins_across_documents_and_precisions(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-13", location="vostochny")], "2023-09-14"),
        D("b", [C("MEET", [PUTIN], [KIM], date="2023-09")], "2023-09-20", outlet="b.com"),
        D("c", [C("MEET", [KIM, PUTIN], date="2024-06-19")], "2024-06-20", outlet="c.com"),
    ])
    ev = event_with(store, "a-c00")
    assert set(ev.documents) == {"a", "b"}
    assert ev.date == "2023-09-13"
    assert ev.independent_sources == 2
    assert "Kim Jong Un" in ev.summary and "Vladimir Putin" in ev.summary
    assert "Vostochny Cosmodrome" in ev.summary
    assert event_with(store, "c-c00").documents == ("c",)


def test_leader_matches_country(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("AGREE", [NK, RU], date="2024-06")], "2024-06-20", outlet="a"),
        D("b", [C("AGREE", [PUTIN, KIM], date="2024-06-19")], "2024-06-21", outlet="b"),
    ])
    ev = event_with(store, "a-c00")
    assert set(ev.documents) == {"a", "b"}
    assert ev.date == "2024-06-19"


def test_date_conflict_lists_the_odd_claim(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-14", outlet="a"),
        D("b", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-15", outlet="b"),
        D("c", [C("MEET", [KIM, PUTIN], date="2023-09-16")], "2023-10-27", outlet="c"),
    ])
    ev = event_with(store, "c-c00")
    assert ev.date == "2023-09-13"
    assert set(ev.documents) == {"a", "b", "c"}
    (conflict,) = [x for x in ev.conflicts if x.kind == "date"]
    assert conflict.claims == ("c-c00",)
    assert "2023-09-13" in conflict.message and "2023-09-16" in conflict.message


def test_different_people_on_different_days_are_different_meetings(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-14", outlet="a"),
        D("b", [C("MEET", [KIM, "sergey-lavrov"], date="2023-09-16")], "2023-09-17", outlet="b"),
    ])
    assert len(store.events()) == 2


def test_undated_claim_joins_the_event_nearest_before_publication(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("AGREE", [PUTIN], [NK], date="2023-09")], "2023-09-14", outlet="a"),
        D("b", [C("AGREE", [RU, NK], date="2024-06")], "2024-06-20", outlet="b"),
        D("c", [C("AGREE", [PUTIN], [NK])], "2023-10-27", outlet="c"),
    ])
    assert set(event_with(store, "c-c00").documents) == {"a", "c"}


def test_undated_claim_of_ongoing_type_joins(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("SUPPLY_ARMS", [NK], [RU])], "2023-09-20", outlet="a"),
        D("b", [C("SUPPLY_ARMS", [NK], [RU], date="2023-10-13")], "2023-10-27", outlet="b"),
        D("c", [C("SUPPLY_ARMS", [NK], [RU], date="2024-10-31")], "2024-11-01", outlet="c"),
        D("d", [C("SUPPLY_ARMS", [RU], [NK], date="2024-10-31")], "2024-11-01", outlet="d"),
    ])
    ev = event_with(store, "a-c00")
    assert set(ev.documents) == {"a", "b", "c"}
    assert ev.summary.startswith("North Korea supplied arms to Russia")
    assert event_with(store, "d-c00").documents == ("d",)


def test_denial_conflict(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("DEPLOY_TROOPS", [NK], [RU], date="2024-10", modality="reported"),
                C("DENY", [RU])], "2024-10-17", outlet="a"),
        D("b", [C("DEPLOY_TROOPS", [NK], [RU], date="2024-10-31", modality="denied")],
          "2024-11-01", outlet="b"),
    ])
    ev = event_with(store, "a-c00")
    assert ev.type == "DEPLOY_TROOPS"
    assert {"a-c01", "b-c00"} <= set(ev.claims)
    (conflict,) = [x for x in ev.conflicts if x.kind == "denial"]
    assert conflict.claims[:2] == ("a-c01", "b-c00") and "a-c00" in conflict.claims
    assert "Russia" in conflict.message
    assert "(disputed)" in ev.summary


def test_a_denial_answers_what_came_before_it(tmp_path: Path) -> None:
    # "The RSF denied the claim. At least 30 people were killed…": the killing is not denied
    store = ingest(tmp_path / "x.db", [
        D("a", [C("DENY", [RU]), C("DEPLOY_TROOPS", [NK], [RU], date="2024-10")],
          "2024-10-17", outlet="a"),
    ])
    ev = event_with(store, "a-c01")
    assert "a-c00" not in ev.claims and not ev.conflicts


@pytest.mark.parametrize(("dates", "values", "kinds", "evolution"), [
    # reported on different days: a series, shown as its evolution
    (["2024-10-15", "2024-10-23", "2024-11-05"], [3000, 10000, 11000], [],
     "about 3,000 → about 10,000 → about 11,000 troops"),
    # the same day, very different numbers: a conflict
    (["2024-10-31", "2024-10-31"], [10000, 3000], ["number"], None),
    # the same day, close numbers: neither
    (["2024-10-31", "2024-10-31"], [10000, 11000], [], None),
])
def test_series_and_number_conflicts(tmp_path: Path, dates, values, kinds, evolution) -> None:
    docs = [
        D(f"d{i}", [C("DEPLOY_TROOPS", [NK], [RU], date=day, quantity=v, unit="troops",
                      approx=True)], day, outlet=f"o{i}")
        for i, (day, v) in enumerate(zip(dates, values, strict=True))
    ]
    store = ingest(tmp_path / "x.db", docs)
    (ev,) = store.events()
    assert [c.kind for c in ev.conflicts] == kinds
    if evolution:
        assert evolution in ev.summary


def test_independence_near_duplicates_and_origin_count_once(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-14", outlet="voanews.com"),
        D("b", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-15", outlet="farm.jp",
          origin="https://www.voanews.com/a/1"),
        D("c", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-15", outlet="other.kr",
          near=["a"]),
        D("d", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-15", outlet="yna.co.kr"),
    ])
    ev = event_with(store, "a-c00")
    assert len(ev.documents) == 4
    assert ev.independent_sources == 2


@pytest.mark.parametrize(("qualities", "weight", "low"), [
    ([1.0, 1.0], 2.0, False),
    ([0.3, 0.9], 1.2, False),
    ([0.3, 0.2], 0.5, True),
])
def test_weight_by_quality(tmp_path: Path, qualities, weight, low) -> None:
    store = ingest(tmp_path / "x.db", [
        D(f"d{i}", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-14", outlet=f"o{i}",
          quality=q)
        for i, q in enumerate(qualities)
    ])
    (ev,) = store.events()
    assert ev.weight == pytest.approx(weight)
    assert ev.low_quality_only is low


def test_rebuild_matches_incremental(tmp_path: Path) -> None:
    docs = [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-13"), C("SUPPLY_ARMS", [NK], [RU])],
          "2023-09-14", outlet="a"),
        D("b", [C("MEET", [KIM, PUTIN], date="2023-09-16"), C("AGREE", [PUTIN], [NK])],
          "2023-10-27", outlet="b"),
    ]
    store = ingest(tmp_path / "x.db", docs)
    before = signature(store)
    fuse.rebuild(store, resources())
    assert signature(store) == before


@pytest.mark.parametrize(("name", "key"), [
    ("https://www.voanews.com/a/x", "voanews"),
    ("voanews.com", "voanews"),
    ("www.yna.co.kr", "yna"),
    ("VOA", "voa"),
    ("Thanh Niên", "thanh niên"),
    (None, None),
])
def test_source_key(name, key) -> None:
    assert source_key(name) == key


def test_undated_claim_does_not_join_an_old_event_of_a_frequent_type(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("ATTACK", [RU], [UA], date="2023-09")], "2023-09-20", outlet="a"),
        D("b", [C("ATTACK", [RU], [UA])], "2024-11-01", outlet="b"),
        D("c", [C("ATTACK", [RU], [UA], date="2024-10-31")], "2024-11-01", outlet="c"),
    ])
    assert event_with(store, "b-c00").documents == ("b", "c")
    assert event_with(store, "a-c00").documents == ("a",)


def test_units_of_one_measure_form_one_series(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("DEPLOY_TROOPS", [NK], [RU], date="2024-10", quantity=3000,
                  unit="personnel", approx=True)], "2024-10-17", outlet="a"),
        D("b", [C("DEPLOY_TROOPS", [NK], [RU], date="2024-10-31", quantity=10000,
                  unit="soldiers", approx=True),
                C("DEPLOY_TROOPS", [NK], [RU], date="2024-10-31", quantity=8000,
                  unit="soldiers", location="kursk-oblast")], "2024-11-01", outlet="b"),
    ])
    (ev,) = store.events()
    assert "about 3,000 → about 10,000 troops" in ev.summary
    assert "Kursk" not in ev.summary  # one source's place is not the event's place
    assert not ev.conflicts  # 8,000 in Kursk is another measure than 10,000 in Russia


@pytest.mark.parametrize(("template", "values", "text"), [
    ("{actors} supplied arms[ to {targets}][ ({quantity})]",
     {"actors": "North Korea", "targets": "Russia", "quantity": "about 1,000 containers"},
     "North Korea supplied arms to Russia (about 1,000 containers)"),
    ("{actors} supplied arms[ to {targets}][ ({quantity})]",
     {"actors": "North Korea", "targets": "", "quantity": ""}, "North Korea supplied arms"),
    ("{parties} met[ in {location}]", {"parties": "A and B", "location": "Vostochny"},
     "A and B met in Vostochny"),
])
def test_fill(template: str, values: dict, text: str) -> None:
    from newsweave.fuse.summary import fill

    assert fill(template, values) == text


def test_summary_names_the_parties_most_sources_agree_on(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("SUPPORT", [NK], [RU], date="2023-09-13")], "2023-09-14", outlet="a"),
        D("b", [C("SUPPORT", [NK], [RU], date="2023-09-13")], "2023-09-14", outlet="b"),
        D("c", [C("SUPPORT", [NK, "choe-son-hui", UA], [RU], date="2023-09-13")],
          "2023-09-14", outlet="c"),
        D("d", [C("MEET", ["sergey-lavrov"], date="2024-11-01")], "2024-11-01", outlet="d"),
    ])
    assert event_with(store, "a-c00").summary == "North Korea declared support for Russia"
    assert event_with(store, "d-c00").summary == "Sergey Lavrov held talks"


def test_officials_stand_for_their_country_in_acts_of_states(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("AGREE", [PUTIN], [NK], date="2024-06-19"),
                C("MEET", [PUTIN, KIM], date="2024-06-19")], "2024-06-20", outlet="a"),
        D("b", [C("AGREE", ["sergey-lavrov"], date="2024-06"),
                C("MEET", ["sergey-lavrov", KIM], date="2024-06")], "2024-11-01", outlet="b"),
    ])
    treaty = event_with(store, "a-c00")
    assert set(treaty.documents) == {"a", "b"}  # the treaty of two states
    assert treaty.summary == "Russia and North Korea reached an agreement"
    assert event_with(store, "a-c01").documents == ("a",)  # the summit was Putin's, not Lavrov's


def test_undated_claim_without_publication_date_uses_its_documents_dates(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-14", outlet="a"),
        D("b", [C("MEET", [KIM, PUTIN], date="2024-06-19")], "2024-06-20", outlet="b"),
        D("c", [C("MEET", [PUTIN, KIM]), C("ATTACK", [RU], [UA], date="2023-09-12")], None,
          outlet="c"),
    ])
    assert set(event_with(store, "c-c00").documents) == {"a", "c"}


@pytest.mark.parametrize("bad", ["", "2023-13", "2023-02-31x", "20xx", "2023-9-1"])
def test_a_malformed_date_counts_as_no_date(tmp_path: Path, bad: str) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-14", outlet="a"),
        D("b", [C("MEET", [KIM, PUTIN], date=bad)], "2023-09-20", outlet="b"),
        D("c", [C("MEET", [KIM, PUTIN], date="2024-06-19")], "2024-06-20", outlet="c"),
    ])
    assert set(event_with(store, "b-c00").documents) == {"a", "b"}
    assert event_with(store, "b-c00").date == "2023-09-13"


def test_event_date_ties_go_to_sources_that_assert_it(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-16")], "2023-09-20", outlet="a"),
        D("b", [C("MEET", [KIM, PUTIN], date="2023-09-13", modality="speculated")],
          "2023-09-20", outlet="b"),
    ])
    ev = event_with(store, "a-c00")
    assert set(ev.documents) == {"a", "b"}
    assert ev.date == "2023-09-16"  # one source each: the asserted one, not the earlier day
    (conflict,) = [x for x in ev.conflicts if x.kind == "date"]
    assert conflict.claims == ("b-c00",)


def test_event_date_ties_of_equal_modality_go_to_the_better_document(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-16")], "2023-09-20", outlet="a"),
        D("b", [C("MEET", [KIM, PUTIN], date="2023-09-13")], "2023-09-20", outlet="b",
          quality=0.3),
    ])
    assert event_with(store, "a-c00").date == "2023-09-16"


def test_a_ministers_country_is_named_through_him(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("MEET", ["sergey-lavrov", RU, NK, KIM], date="2024-11-01")],
          "2024-11-01", outlet="a"),
    ])
    (ev,) = store.events()
    assert ev.summary.startswith(("Kim Jong Un and Sergey Lavrov met",
                                  "Sergey Lavrov and Kim Jong Un met")), ev.summary


@pytest.mark.parametrize(("units", "shown"), [
    (["people"], "people"),  # the dead are people, though people and troops count alike
    (["people", "soldiers"], "troops"),  # sources disagree: the group's name
])
def test_a_measure_is_named_as_its_sources_write_it(tmp_path: Path, units, shown) -> None:
    store = ingest(tmp_path / "x.db", [
        D(f"d{i}", [C("CASUALTIES", [NK], date=f"2024-12-{10 + i}", quantity=100 * (i + 1),
                      unit=u)], f"2024-12-{10 + i}", outlet=f"o{i}")
        for i, u in enumerate(units)
    ])
    (ev,) = store.events()
    assert f" {shown}" in ev.summary, ev.summary


@pytest.mark.parametrize(("claim", "summary"), [
    # an appeal to no one named is no bare "United States made an appeal"
    (C("REQUEST", ["united-states"]), "United States made an appeal (addressee not named)"),
    (C("REQUEST", ["united-states"], [RU]), "United States made an appeal to Russia"),
    (C("TRAIN", [RU], [NK]), "Russia trained troops of North Korea"),
])
def test_summaries_read_as_english_with_and_without_a_target(tmp_path: Path, claim, summary):
    store = ingest(tmp_path / "x.db", [D("a", [claim], "2024-11-01", outlet="a")])
    (ev,) = store.events()
    assert ev.summary == summary


def test_a_visit_to_a_city_is_a_visit_to_its_country(tmp_path: Path) -> None:
    # one trip told as "went to Pyongyang" and as "went to North Korea" is one event
    store = ingest(tmp_path / "x.db", [
        D("a", [C("VISIT", [PUTIN], ["pyongyang"], date="2024-06-19")], "2024-06-20"),
        D("b", [C("VISIT", [PUTIN], [NK], date="2024-06-19")], "2024-06-21", outlet="b.com"),
    ])
    assert set(event_with(store, "a-c00").documents) == {"a", "b"}


def test_an_attack_on_a_city_is_not_an_attack_on_its_country_at_large(tmp_path: Path) -> None:
    # an attack's target is no place gone to: strikes on one city and on the country at large
    # stay apart
    store = ingest(tmp_path / "x.db", [
        D("a", [C("ATTACK", [RU], ["kharkiv"], date="2024-05-10")], "2024-05-11"),
        D("b", [C("ATTACK", [RU], [UA], date="2024-05-10")], "2024-05-11", outlet="b.com"),
    ])
    assert event_with(store, "a-c00").documents == ("a",)


def test_visits_to_two_cities_of_one_country_stay_apart(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("VISIT", [PUTIN], ["pyongyang"], date="2024-06-19")], "2024-06-20"),
        D("b", [C("VISIT", [PUTIN], ["wonsan"], date="2024-06-19")], "2024-06-21",
          outlet="b.com"),
    ])
    assert event_with(store, "a-c00").documents == ("a",)

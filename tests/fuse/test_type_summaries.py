"""Event summaries read from the claim-type table: never a bare "Russia agreed" or
"Vladimir Putin acted", an object named or its absence said; forecasts make no series."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusekit import C, D, ingest

from newsweave.claims.table import load_table

RU, NK, UA = "russia", "north-korea", "ukraine"


@pytest.mark.parametrize(("claim", "summary"), [
    (C("AGREE", [RU]), "Russia signed or accepted an agreement (the other party is not named)"),
    (C("AGREE", [RU, NK]), "North Korea and Russia reached an agreement"),
    (C("OTHER", ["vladimir-putin"], trigger="dikirim"), "Vladimir Putin: “dikirim”"),
    (C("OTHER", ["vladimir-putin"]), "Vladimir Putin: “an unnamed act”"),
    (C("ACCUSE", ["japan"]), "Japan voiced criticism (target not named)"),
    (C("WARN", ["united-states"], [NK]), "United States warned North Korea"),
    (C("ARREST", [RU], quantity=50, unit="detained"), "Russia made arrests (50 detained)"),
    (C("SEIZE", [UA], ["kursk-oblast"]), "Ukraine took control of Kursk Oblast"),
    (C("DISPLACE", ["kursk-oblast"], quantity=20000, unit="displaced"),
     "People of Kursk Oblast were displaced (20,000 displaced)"),
    (C("CEASEFIRE", [RU, UA]), "Ceasefire between Russia and Ukraine"),
    (C("WEAPONS_TEST", [NK]), "North Korea tested weapons"),
])
def test_a_summary_names_the_object_or_says_it_is_missing(tmp_path: Path, claim, summary):
    store = ingest(tmp_path / "x.db", [D("a", [claim], "2024-11-01", outlet="a")])
    (ev,) = store.events()
    assert ev.summary == summary


def test_no_type_summarises_a_lone_party_as_a_bare_verb() -> None:
    """"Russia agreed", "Vladimir Putin acted": every type with an optional object says
    something of its own when the object is missing."""
    for name, row in load_table().items():
        lone = row.summary.no_object or row.summary.one_party or row.summary.full
        text = lone.replace("{actors}", "X").replace("{parties}", "X")
        bare = text.split("[")[0].strip()
        assert bare not in {"X agreed", "X acted", "X accused", "X warned"}, name


def test_a_forecast_is_no_point_of_a_series(tmp_path: Path) -> None:
    store = ingest(tmp_path / "x.db", [
        D("a", [C("DEPLOY_TROOPS", [NK], [RU], date="2024-10", quantity=3000,
                  unit="troops")], "2024-10-17", outlet="a"),
        D("b", [C("DEPLOY_TROOPS", [NK], [RU], date="2024-10-31", quantity=10000,
                  unit="troops", modality="expected", forecast=True)], "2024-11-01",
          outlet="b"),
    ])
    (ev,) = store.events()
    assert "10,000" not in ev.summary and "3,000 troops" in ev.summary

"""The claim-type table: one validated row per type, read by the model, claims, fusion,
summaries and forensics; a bad row fails with a message naming it."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml

from newsweave.claims.lexicon import validate
from newsweave.claims.table import TableError, build_table, claim_type, load_table
from newsweave.fuse.rules import load_rules
from newsweave.model import CLAIM_TYPES, Claim

DATA = Path(__file__).parents[2] / "src" / "newsweave" / "claims" / "data" / "types.yaml"
DESIGN = Path(__file__).parents[2] / "docs" / "DESIGN.md"


def _data() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def test_the_table_on_disk_loads_into_typed_rows() -> None:
    table = load_table()
    assert "OTHER" in table and table["OTHER"].plover is None
    # only a type exported as OTHER may lack a PLOVER type (PLOVER codes political acts)
    assert all(t.plover for t in table.values() if t.family != "OTHER")
    assert table["DISASTER"].plover is None and table["DISASTER"].place_is_actor
    assert claim_type("MEET").symmetric and claim_type("MEET").setting
    assert claim_type("DENY").denial and claim_type("REQUEST").appeal
    assert "troops" in claim_type("DEPLOY_TROOPS").measures


def test_the_model_fusion_and_an_unknown_type_read_the_same_rows() -> None:
    assert {n: t.plover for n, t in load_table().items()} == CLAIM_TYPES
    rules = load_rules()
    for name, row in load_table().items():
        assert rules.of(name).ongoing == row.fuse.ongoing
        assert rules.of(name).symmetric == row.symmetric
    claim = Claim("c", "d", "NO_SUCH_TYPE", (), (), "asserted", 0, 1, "x", "en", 0)
    assert claim.plover is None and claim_type("NO_SUCH_TYPE").name == "OTHER"


def _bad(change) -> dict:
    data = copy.deepcopy(_data())
    change(data)
    return data


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["types"]["MEET"].update(symetric=True), r"type MEET: unknown field"),
    (lambda d: d["types"]["SEIZE"].update(plover="CAPTURE"), r"type SEIZE: plover 'CAPTURE'"),
    (lambda d: d["types"]["VISIT"].update(plover=None),
     r"type VISIT: only a type of family OTHER may have no"),
    (lambda d: d["types"]["ATTACK"].pop("meaning"), r"type ATTACK: missing field 'meaning'"),
    (lambda d: d["types"]["ATTACK"].update(directed="yes"), r"'directed' must be true or false"),
    (lambda d: d["types"]["ATTACK"].update(measures=["warheads"]),
     r"type ATTACK: measure\(s\) \['warheads'\] are not in quantity/data/units.yaml"),
    (lambda d: d["types"]["TRAIN"].update(fuse={"kind": "weekly"}), r"fuse kind 'weekly'"),
    (lambda d: d["types"]["WARN"]["summary"].update(full="{actors} warned {victims}"),
     r"type WARN: summary full: unknown slot\(s\) \['victims'\]"),
    (lambda d: d["types"]["ACCUSE"]["summary"].pop("no_object"),
     r"type ACCUSE: a type that needs an object needs a 'no_object' summary"),
    (lambda d: d["types"]["RELEASE"]["summary"].pop("no_object"),
     r"type RELEASE: 'summary.full' needs \{targets\}"),
    (lambda d: d["types"].pop("OTHER"), r"needs an OTHER row"),
    (lambda d: d["types"].update(Seize={"meaning": "x", "plover": "COERCE",
                                        "summary": {"full": "{actors}"}}),
     r"type Seize: a type name is upper-case"),
    (lambda d: d["types"]["CASUALTIES"].update(confidence_adjust=0.9), r"between -0.5 and 0.5"),
    (lambda d: d["types"]["SEIZE"].update(family="CAPTURE"), r"type SEIZE: family 'CAPTURE'"),
    (lambda d: d["types"]["ATTACK"].update(family="OTHER"), r"type ATTACK: a contract type is"),
    (lambda d: d["types"]["COUP"].update(absorbs=["SIEGE"]),
     r"type COUP: absorbs type\(s\) \['SIEGE'\] that have no row"),
])
def test_a_bad_row_fails_naming_the_type_and_the_field(change, message: str) -> None:
    with pytest.raises(TableError, match=message):
        build_table(_bad(change))


def test_a_language_may_not_hold_a_types_properties() -> None:
    with pytest.raises(ValueError, match="belong in the claim-type table"):
        validate({"state_types": ["ATTACK"]}, "lang/xx/claims.yaml")


def test_design_md_lists_every_type_with_its_plover_type() -> None:
    if not DESIGN.exists():
        pytest.fail("docs/DESIGN.md is missing")
    rows = dict(re.findall(r"^\| ([A-Z_]+) \| [^|]+ \| ([A-Z—]+) \|$",
                           DESIGN.read_text(encoding="utf-8"), re.M))
    for name, row in load_table().items():
        assert rows.get(name) == (row.plover or "—"), name


def test_finer_types_export_as_their_contract_family() -> None:
    contract = set(_data()["contract_types"])
    assert len(contract) == 18
    for name, row in load_table().items():
        assert row.family in contract, name
        assert (row.family == name) == (name in contract), name
    # seizure by force is an attack, a truce an agreement, a blockade a restriction
    assert claim_type("SEIZE").family == "ATTACK" and claim_type("COUP").family == "ATTACK"
    assert claim_type("CEASEFIRE").family == "AGREE"
    assert claim_type("BLOCKADE").family == "SANCTION"
    assert claim_type("PROTEST").family == "OTHER"

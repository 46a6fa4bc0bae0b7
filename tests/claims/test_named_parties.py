"""Parties the knowledge base must know for the roles to name them, read by the whole
pipeline on sentences written for these tests: a Russian state body written in lower case,
the forces a Russian adjective qualifies, and Niger's head of state in the Chinese and Hindi
spellings the press uses (with controls)."""

from __future__ import annotations

import pytest

from newsweave.model import Claim, RawDocument
from newsweave.pipeline import process
from newsweave.resources import Resources


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


def claims(resources: Resources, text: str) -> list[Claim]:
    raw = RawDocument("mem:test.txt", text, media_type="text/plain", published="2024-03-02")
    return list(process(raw, resources).claims)


@pytest.mark.parametrize("text", [
    "В понедельник в национальном антитеррористическом комитете сообщили о возбуждении "
    "уголовного дела против Ивана Петрова.",
    "В понедельник в Национальном антитеррористическом комитете сообщили о возбуждении "
    "уголовного дела против Ивана Петрова.",
])
def test_a_russian_state_body_in_either_case_acts(resources: Resources, text: str) -> None:
    found = claims(resources, text)
    assert any("national-anti-terrorism-committee" in c.actors for c in found), found


def test_forces_a_russian_adjective_qualifies_are_that_states(resources: Resources) -> None:
    found = claims(resources, "Склад топлива был обстрелян азербайджанскими вооруженными "
                              "силами.")
    attacks = [c for c in found if c.type == "ATTACK"]
    assert attacks and "azerbaijan" in attacks[0].actors, found


@pytest.mark.parametrize("text", [
    "3月1日,尼日尔领导人奇亚尼宣布就任国家元首。",
    "3月1日,阿卜杜拉赫曼·奇亚尼宣布就任国家元首。",
    "सोमवार को जनरल अब्दौराहमाने तियानी ने नई सरकार की घोषणा की और खुद को राष्ट्रपति घोषित किया।",
])
def test_nigers_head_of_state_is_named(resources: Resources, text: str) -> None:
    found = claims(resources, text)
    assert any("abdourahamane-tchiani" in c.actors for c in found), found


def test_a_lower_case_ministry_word_alone_names_no_body(resources: Resources) -> None:
    # control: "the committee" alone is no particular state body
    found = claims(resources, "В комитете сообщили о возбуждении уголовного дела против Ивана "
                              "Петрова.")
    assert not any("national-anti-terrorism-committee" in c.actors for c in found), found

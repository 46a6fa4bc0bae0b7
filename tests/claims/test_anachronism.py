"""A dead leader's name written for the living holder of his office."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.claims.helpers import ENTITIES, make, one

from newsweave.claims import extract_claims
from newsweave.claims.anachronism import Offices
from newsweave.model import Entity

GS = {"role": "General Secretary", "of": "party"}
EXTRA: dict[str, tuple[str, str, dict]] = {
    "old": ("Kim Jong Il", "person", {"country": "KP", "died": "2011-12-17", "offices": [
        {**GS, "from": "1997-10-08", "to": "2011-12-17"}]}),
    "kim": ("Kim Jong Un", "person", {"country": "KP", "offices": [
        {**GS, "from": "2021-01-10", "to": None}]}),
    "party": ("Workers' Party", "organization", {"country": "KP"}),
}


class _KB:
    def __init__(self, table: dict[str, tuple[str, str, dict]]):
        self.entities = {k: Entity(k, n, t, facts=f) for k, (n, t, f) in table.items()}  # type: ignore[arg-type]

    def get(self, eid: str) -> Entity | None:
        return self.entities.get(eid)


class _Resources:
    def __init__(self, table: dict[str, tuple[str, str, dict]]):
        self.kb = _KB(table)


def _claims(text: str, lang: str, names: dict[str, str], table=None, published=None,
            also: tuple[str, ...] = ("kim",), **kw):
    """Claims of `text`; the document's entities are its mentions' and `also` (named elsewhere
    in the document, as MT copies name the right man somewhere)."""
    table = table or {**ENTITIES, **EXTRA}
    doc, analysis = make(text, lang, mentions=names, **kw)
    doc = replace(doc, published=published or doc.published)
    ents = tuple(Entity(m, *table[m][:2], facts=table[m][2])  # type: ignore[arg-type]
                 for m in sorted({*names.values(), *also}) if m in table)
    analysis = type(analysis)(analysis.mentions, analysis.times, analysis.quantities, ents)
    return extract_claims(doc, analysis, _Resources(table))  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("en", "Kim Jong Il met Putin in Vladivostok.", {"Kim Jong Il": "old", "Putin": "putin"}),
    ("id", "Kim Jong Il bertemu dengan Putin di Vladivostok.",
     {"Kim Jong Il": "old", "Putin": "putin"}),
    ("ja", "金正日総書記はプーチン大統領と会談した。", {"金正日": "old", "プーチン": "putin"}),
    ("ko", "김정일 위원장은 푸틴 대통령과 회담했다.", {"김정일": "old", "푸틴": "putin"}),
])
def test_dead_leader_stands_for_the_office_holder(lang: str, text: str, names: dict[str, str]):
    # the helper's document is published 2024-11-01, long after the named man died
    c = one(_claims(text, lang, names), "MEET")
    parties = set(c.actors) | set(c.targets)
    assert "kim" in parties and "old" not in parties
    plain = one(_claims(text.replace("Kim Jong Il", "Kim Jong Un"), lang,
                        {**names, "Kim Jong Un": "kim"}), "MEET")
    if lang in ("en", "id"):
        assert c.confidence < plain.confidence  # the text named someone else


@pytest.mark.parametrize(("lang", "text", "names", "times"), [
    ("en", "On June 13, 2000, Kim Jong Il met Putin.", {"Kim Jong Il": "old", "Putin": "putin"},
     {"June 13, 2000": "2000-06-13"}),
    ("ja", "金正日総書記は2000年6月13日、プーチン大統領と会談した。",
     {"金正日": "old", "プーチン": "putin"}, {"2000年6月13日": "2000-06-13"}),
])
def test_the_living_leader_keeps_his_name(lang, text, names, times):
    c = one(_claims(text, lang, names, times=times, published="2000-06-20"), "MEET")
    assert "old" in set(c.actors) | set(c.targets)


def test_two_holders_leave_the_name_as_written():
    table = {**ENTITIES, **EXTRA, "rival": ("Someone Else", "person", {"offices": [
        {**GS, "from": "2020-01-01", "to": None}]})}
    c = one(_claims("Kim Jong Il met Putin.", "en", {"Kim Jong Il": "old", "Putin": "putin"},
                    table), "MEET")
    assert "old" in c.actors


def test_a_holder_the_document_never_names_is_brought_in():
    # the pipeline adds the holder's KB record to the document's entities (see pipeline.py)
    c = one(_claims("Kim Jong Il met Putin.", "en", {"Kim Jong Il": "old", "Putin": "putin"},
                    also=()), "MEET")
    assert "kim" in c.actors and "old" not in c.actors


@pytest.mark.parametrize(("when", "holder"), [
    ("2024-11-01", "kim"), ("2024", "kim"), ("2015-05", None), ("2010-01-01", None)])
def test_office_index(when: str, holder: str | None):
    ents = [Entity(k, n, t, facts=f) for k, (n, t, f) in EXTRA.items()]  # type: ignore[arg-type]
    assert Offices(ents).successor(ents[0], when) == holder

"""Shared checker for the wire-copy tables (test_news_<lang>.py); holds no tests itself.

A case is a news sentence, the claims a careful analyst would extract from it, and the names,
times and quantities the analysis stages would mark in it. Each expected claim must be found
(type, actors and targets included, modality, date); a claim of a type not expected, or more
claims of a type than expected, fails the case unless the case tolerates that type. No expected
claim means the sentence must give no claim at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from tests.claims.helpers import NAMES, claims

from newsweave.model import Claim


@dataclass(frozen=True)
class E:
    """One expected claim: parties must be among the found ones (more may be found)."""

    type: str
    actors: frozenset[str] | set[str] = frozenset()
    targets: frozenset[str] | set[str] = frozenset()
    modality: str | tuple[str, ...] = "asserted"
    date: str | None = None
    source: str | None = None  # attributed_to


@dataclass(frozen=True)
class Case:
    text: str
    expect: tuple[E, ...]
    names: dict[str, str] = field(default_factory=dict)
    times: dict[str, str] = field(default_factory=dict)
    quantities: dict[str, tuple[float, str]] = field(default_factory=dict)
    tolerate: frozenset[str] = frozenset()  # claim types that may also be found
    numbers: bool = False  # the quantity stage reads the numbers itself


def case(text: str, *expect: E, names: dict[str, str] | None = None,
         times: dict[str, str] | None = None,
         quantities: dict[str, tuple[float, str]] | None = None,
         tolerate: tuple[str, ...] = (), xfail: str | None = None, numbers: bool = False):
    c = Case(text, expect, names or {}, times or {}, quantities or {}, frozenset(tolerate),
             numbers)
    # not strict: when the lead's code change fixes a gap, the case turns XPASS (reported in
    # the summary) rather than failing a suite the code's owner may not edit
    marks = [pytest.mark.xfail(reason=xfail, strict=False)] if xfail else []
    return pytest.param(c, marks=marks, id=text[:48])


def by_language(cases) -> list:
    """`(lang, case(...))` pairs as parameters of `(lang, c)`, ids and marks kept."""
    return [pytest.param(lang, p.values[0], id=f"{lang}:{p.id}", marks=p.marks)
            for lang, p in cases]


def languages_by_type(cases) -> dict[str, set[str]]:
    """The languages whose cases expect each claim type."""
    langs: dict[str, set[str]] = {}
    for lang, p in cases:
        for e in p.values[0].expect:
            langs.setdefault(e.type, set()).add(lang)
    return langs


def _matches(c: Claim, e: E) -> bool:
    mods = (e.modality,) if isinstance(e.modality, str) else e.modality
    return (c.type == e.type and set(e.actors) <= set(c.actors)
            and set(e.targets) <= set(c.targets) and c.modality in mods
            and (e.date is None or (c.date is not None and c.date.value == e.date))
            and (e.source is None or c.attributed_to == e.source))


def check(c: Case, lang: str, extra: dict[str, str] | None = None) -> None:
    """`extra`: the file's own names (surface -> entity id) beside helpers.NAMES[lang]."""
    names = {**NAMES.get(lang, {}), **(extra or {}), **c.names}
    found = claims(c.text, lang, mentions=names, times=c.times, quantities=c.quantities,
                   numbers=c.numbers)
    got = [(x.type, x.actors, x.targets, x.modality, x.date and x.date.value, x.attributed_to)
           for x in found]
    for e in c.expect:
        assert any(_matches(x, e) for x in found), f"missing {e} in {got}"
    allowed = {e.type for e in c.expect} | c.tolerate
    extra = [g for g in got if g[0] not in allowed]
    assert not extra, f"unexpected claims {extra}"
    # one act, one claim: a second claim of an expected type has wrong parties
    for t in {e.type for e in c.expect} - c.tolerate:
        n = sum(1 for e in c.expect if e.type == t)
        assert sum(1 for g in got if g[0] == t) <= n, f"more {t} claims than expected: {got}"

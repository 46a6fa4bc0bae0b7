"""A definite "the group", "the bloc", المجموعة, "kelompok tersebut" stands for the
organisation just named: as the subject of the act, or the owner of a noun trigger after
it (`parties._body_referred`)."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims

NAMES = {"ECOWAS": "ecowas", "Niger": "NE", "Hamas": "hamas", "Israel": "IL",
         "إكواس": "ecowas", "النيجر": "NE", "Rusia": "RU"}


@pytest.mark.parametrize("text,lang,kind,actor", [
    ("Hamas fired rockets. The group also attacked Israel on Sunday.", "en", "ATTACK", "hamas"),
    ("انتهت المهلة التي وجهتها إكواس للانقلابيين في النيجر، حيث هددت المجموعة بالتدخل عسكريا.",
     "ar", "WARN", "ecowas"),
    ("Hamas menembakkan roket. Serangan kelompok tersebut menghantam Israel.", "id", "ATTACK",
     "hamas"),
])
def test_the_group_is_the_organisation_named(text: str, lang: str, kind: str,
                                             actor: str) -> None:
    found = [c for c in claims(text, lang, mentions=NAMES) if c.type == kind]
    assert found and found[0].actors[0] == actor, found
    assert "NE" not in found[0].actors and "IL" not in found[0].actors, found


def test_no_organisation_named_leaves_the_group_unresolved() -> None:
    # states only: "the group" can be none of them
    found = claims("Israel and Niger met. The group attacked Israel.", "en", mentions=NAMES)
    assert not any(c.type == "ATTACK" and "NE" in c.actors for c in found), found


def test_the_group_is_not_the_state_named_last() -> None:
    # without the reference, the warning went to the last name before the verb, Niger
    found = claims("The deadline ECOWAS set for Niger expired, and the group warned it would "
                   "intervene militarily.", "en", mentions=NAMES)
    assert not any(c.type == "WARN" and "NE" in c.actors for c in found), found

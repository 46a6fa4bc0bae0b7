"""One claim per act, but an act and its reverse, or an act and its denial, stay apart."""

from __future__ import annotations

import pytest

from newsweave.claims.dedupe import compatible as _compatible
from newsweave.claims.draft import Draft


def draft(ctype: str, actors: list[str], targets: list[str], modality: str = "asserted") -> Draft:
    return Draft(ctype, actors, targets, modality, view=None, hit=None)  # type: ignore[arg-type]


@pytest.mark.parametrize(("a", "b", "same"), [
    (draft("SUPPLY_ARMS", ["kp"], ["ru"]), draft("SUPPLY_ARMS", ["kp"], ["ru"]), True),
    # the reverse of a one-way act is another act
    (draft("SUPPLY_ARMS", ["kp"], ["ru"]), draft("SUPPLY_ARMS", ["ru"], ["kp"]), False),
    (draft("DEPLOY_TROOPS", ["kp"], ["ru"]), draft("DEPLOY_TROOPS", ["ru"], ["kp"]), False),
    # between equals there is no direction
    (draft("MEET", ["putin"], ["kim"]), draft("MEET", ["kim"], ["putin"]), True),
    # an act and its denial are two claims
    (draft("DEPLOY_TROOPS", ["kp"], ["ru"]),
     draft("DEPLOY_TROOPS", ["kp"], ["ru"], "denied"), False),
    # one side's actors struck by the other: two acts, though one names no target
    (draft("ATTACK", ["us", "uk"], []), draft("ATTACK", ["houthis"], ["us", "uk"]), False),
    (draft("ATTACK", ["houthis"], []), draft("ATTACK", ["houthis"], ["israel"]), True),
])
def test_compatible(a: Draft, b: Draft, same: bool) -> None:
    assert _compatible(a, b) is same

"""A statement's verb after what it says ("…, ECOWAS warned"): the negation and the future of
what is said belong to the content, not to the statement (`modality._statement_start`)."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims, one

NAMES = {"ECOWAS": "ecowas", "Russia": "RU", "Ukraine": "UA", "Rusia": "RU", "Ucrania": "UA"}


@pytest.mark.parametrize(("text", "lang", "ctype"), [
    ("There will be a military intervention, ECOWAS warned.", "en", "WARN"),
    ("The talks will not resume unless the troops leave, Russia warned on Monday.", "en", "WARN"),
    ("If the junta does not step down, there will be a war, ECOWAS warned.", "en", "WARN"),
])
def test_the_content_does_not_negate_or_postpone_the_statement(
        text: str, lang: str, ctype: str) -> None:
    found = [c for c in claims(text, lang, mentions=NAMES) if c.type == ctype]
    assert found and found[0].modality == "asserted", claims(text, lang, mentions=NAMES)


@pytest.mark.parametrize(("text", "modality"), [
    ("ECOWAS did not warn the junta.", "denied"),
    ("ECOWAS will warn the junta on Monday.", "expected"),
    ("Russia, however, did not warn Ukraine.", "denied"),
])
def test_the_statements_own_negation_and_plans_still_count(text: str, modality: str) -> None:
    assert one(claims(text, "en", mentions=NAMES), "WARN").modality == modality

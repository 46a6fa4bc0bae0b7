"""ru, uk: an object pronoun right before a verb after a clause break ("…, что его взяли в
заложники") leaves the verb without a named subject: the name of the clause before, the
speaker, is not its actor (`roles._elsewhere`, object_pronoun cue)."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims


@pytest.mark.parametrize("text,lang,names", [
    ("Базум отметил, что его взяли в заложники.", "ru", {"Базум": "bazoum"}),
    ("Зеленский сообщил, что его атаковали дроны.", "ru", {"Зеленский": "zelensky"}),
])
def test_the_speaker_is_not_the_actor_of_what_was_done_to_him(text: str, lang: str,
                                                              names: dict) -> None:
    found = claims(text, lang, mentions=names)
    speaker = next(iter(names.values()))
    assert not any(speaker in c.actors for c in found), found


def test_a_possessive_pronoun_keeps_the_speaker() -> None:
    # "его войска" (his troops): a possessive, not the verb's object
    found = claims("Путин заявил, что его войска нанесли удар по Киеву.", "ru",
                   mentions={"Путин": "putin", "Киеву": "kyiv"})
    attacks = [c for c in found if c.type == "ATTACK"]
    assert attacks and "putin" in attacks[0].actors, found

"""A coup in every pack: who led it, and the leader it put out.

"The general who led the coup", クーデターを主導した将軍, "a mené le coup d'État": leading a coup is
staging it (COUP, exported as ATTACK). A Japanese or Korean relative verb that has its own
object (クーデターを主導した X) leaves X no role but its subject, whatever the sentence's
topic. Hindi "X ने राष्ट्रपति Y को बाहर कर दिया" (put the president out) is a coup; the same
verb without a leader as its object is not. A siege or seizure the same actor carries the coup
out by, told in its sentence, is the coup (the claim-type table's `absorbs`). A hedge on the
main clause leaves a done relative clause describing a party as told (`relative_done`).
Condemning a coup is no coup by the condemner.
"""

from __future__ import annotations

import pytest
from tests.claims.test_news_support import Case, E, by_language, case, check

CASES = [
    ("en", case("General Oligui, who led the coup, was sworn in as president.",
                E("COUP", {"oligui"}), names={"Oligui": "oligui"}, tolerate=("TAKE_OFFICE",))),
    ("fr", case("Le général Oligui a mené le coup d'État contre Ali Bongo.",
                E("COUP", {"oligui"}), names={"Oligui": "oligui", "Ali Bongo": "bongo"})),
    ("es", case("El general Oligui encabezó el golpe contra Ali Bongo.",
                E("COUP", {"oligui"}), names={"Oligui": "oligui", "Ali Bongo": "bongo"})),
    ("ru", case("Генерал Олиги возглавил переворот в Габоне.", E("COUP", {"oligui"}),
                names={"Олиги": "oligui", "Габоне": "GA"})),
    ("zh", case("奥利吉将军去年8月领导政变,推翻了邦戈。", E("COUP", {"oligui"}),
                names={"奥利吉": "oligui", "邦戈": "bongo"})),
    ("id", case("Jenderal Oligui memimpin kudeta di Gabon.", E("COUP", {"oligui"}),
                names={"Oligui": "oligui", "Gabon": "GA"})),
    # the topic before is the main verb's subject; the relative verb's is the name after it
    ("ja", case("アフリカ連合はガボンに制裁を科しており、クーデターを主導したオリギ将軍が大統領に"
                "就任した。", E("COUP", {"oligui"}), E("SANCTION", {"AU"}, {"GA"}),
                names={"アフリカ連合": "AU", "ガボン": "GA", "オリギ": "oligui"},
                tolerate=("TAKE_OFFICE",))),
    ("ko", case("쿠데타를 주도한 올리기는 대통령에 취임했다.", E("COUP", {"oligui"}),
                names={"올리기": "oligui"}, tolerate=("TAKE_OFFICE",))),
    ("hi", case("ओलिगी ने राष्ट्रपति अली बोंगो को बाहर कर दिया।", E("COUP", {"oligui"}),
                names={"ओलिगी": "oligui", "अली बोंगो": "bongo"})),
    # the coup's means, told with it by the same actor, are the coup (`absorbs`)
    ("hi", case("ओलिगी ने राष्ट्रपति भवन की घेराबंदी कर दी, और राष्ट्रपति अली बोंगो को बाहर कर "
                "दिया।", E("COUP", {"oligui"}, {"bongo"}),
                names={"ओलिगी": "oligui", "अली बोंगो": "bongo"})),
    ("en", case("Oligui besieged the palace and overthrew Ali Bongo.",
                E("COUP", {"oligui"}, {"bongo"}),
                names={"Oligui": "oligui", "Ali Bongo": "bongo"})),
    # a hedge on the main clause does not reach a done relative clause describing a party
    ("ja", case("アフリカ連合は、クーデターを主導したオリギ将軍が退陣しなければ"
                "制裁を科す可能性があるとしている。", E("COUP", {"oligui"}),
                names={"アフリカ連合": "AU", "オリギ": "oligui"}, tolerate=("SANCTION",))),
    ("ko", case("쿠데타를 주도한 올리기는 물러날 가능성이 있다.", E("COUP", {"oligui"}),
                names={"올리기": "oligui"}, tolerate=("RESIGN",))),
    # --- controls
    # ...but one describing "the possibility" is hedged
    ("ja", case("アフリカ連合は、オリギ将軍がクーデターを起こした可能性があるとしている。",
                E("COUP", {"oligui"}, modality="speculated"),
                names={"アフリカ連合": "AU", "オリギ": "oligui"})),
    ("ko", case("올리기가 쿠데타를 주도한 가능성이 있다.",
                E("COUP", {"oligui"}, modality="speculated"), names={"올리기": "oligui"})),
    # told apart, each act is its own
    ("en", case("Oligui besieged the palace. Oligui overthrew Ali Bongo.",
                E("BLOCKADE", {"oligui"}), E("COUP", {"oligui"}, {"bongo"}),
                names={"Oligui": "oligui", "Ali Bongo": "bongo"})),
    ("hi", case("गैबॉन ने खिलाड़ी को टीम से बाहर कर दिया।", names={"गैबॉन": "GA"})),
    ("ja", case("アフリカ連合はクーデターを非難した。", E("ACCUSE", {"AU"}),
                names={"アフリカ連合": "AU"})),
    ("en", case("The African Union condemned the coup led by General Oligui.",
                E("ACCUSE", {"AU"}), names={"African Union": "AU", "Oligui": "oligui"},
                tolerate=("COUP",))),
]


@pytest.mark.parametrize(("lang", "c"), by_language(CASES))
def test_coup_vocabulary(lang: str, c: Case) -> None:
    check(c, lang)


def test_condemning_a_coup_is_no_coup_by_the_condemner() -> None:
    from tests.claims.helpers import claims
    found = claims("The African Union condemned the coup led by General Oligui.", "en",
                   mentions={"African Union": "AU", "Oligui": "oligui"})
    assert all(not (c.type == "COUP" and "AU" in c.actors) for c in found)

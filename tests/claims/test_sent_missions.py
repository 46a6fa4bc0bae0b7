"""A mission sent to talk is a visit by whoever sends it, in every pack.

"The bloc sent a delegation (a mediation team, an envoy) to the capital" tells that the bloc
visited: the "send" verbs are conditional, and the `delegations` object class (`envoys` in
ja/ko/zh) turns them into VISIT, as `troops` turns them into DEPLOY_TROOPS. The passive
("the team sent by the bloc to the capital") has the sender as actor too. Controls: the same
verbs with weapons, troops or letters keep their own types, and a delegation that is only
named (met, received) sends nobody.
"""

from __future__ import annotations

import pytest
from tests.claims.test_news_support import Case, E, by_language, case, check

AU = {"African Union": "AU", "Gabon": "GA", "Libreville": "libreville", "Qatar": "QA",
      "Cairo": "cairo"}

CASES = [
    ("en", case("The African Union sent a mediation team to Libreville on Monday.",
                E("VISIT", {"AU"}, {"libreville"}, date="2024-10-28"),
                names=AU, times={"Monday": "2024-10-28"})),
    ("en", case("Gabon's officers turned back the delegation sent by the African Union to "
                "Libreville.", E("VISIT", {"AU"}, {"libreville"}), names=AU)),
    ("en", case("Qatar dispatched two envoys to Cairo.", E("VISIT", {"QA"}, {"cairo"}),
                names=AU)),
    ("fr", case("L'Union africaine a envoyé une délégation à Libreville lundi.",
                E("VISIT", {"AU"}, {"libreville"}, date="2024-10-28"),
                names={"Union africaine": "AU", "Libreville": "libreville"},
                times={"lundi": "2024-10-28"})),
    ("fr", case("Les officiers ont renvoyé l'équipe de médiation envoyée par l'Union "
                "africaine à Libreville.", E("VISIT", {"AU"}, {"libreville"}),
                names={"Union africaine": "AU", "Libreville": "libreville"})),
    ("es", case("La Unión Africana envió una delegación a Libreville.",
                E("VISIT", {"AU"}, {"libreville"}),
                names={"Unión Africana": "AU", "Libreville": "libreville"})),
    ("pt", case("A União Africana enviou uma delegação a Libreville.",
                E("VISIT", {"AU"}, {"libreville"}),
                names={"União Africana": "AU", "Libreville": "libreville"})),
    ("de", case("Die Afrikanische Union schickte eine Delegation nach Libreville.",
                E("VISIT", {"AU"}, {"libreville"}),
                names={"Afrikanische Union": "AU", "Libreville": "libreville"})),
    ("ru", case("Африканский союз направил делегацию в Либревиль.",
                E("VISIT", {"AU"}, {"libreville"}),
                names={"Африканский союз": "AU", "Либревиль": "libreville"})),
    ("id", case("Uni Afrika mengirim delegasi ke Libreville.",
                E("VISIT", {"AU"}, {"libreville"}),
                names={"Uni Afrika": "AU", "Libreville": "libreville"})),
    ("tr", case("Afrika Birliği Libreville'e bir heyet gönderdi.",
                E("VISIT", {"AU"}, {"libreville"}),
                names={"Afrika Birliği": "AU", "Libreville": "libreville"})),
    ("hi", case("अफ्रीकी संघ ने लिब्रेविल में प्रतिनिधिमंडल भेजा।", E("VISIT", {"AU"}),
                names={"अफ्रीकी संघ": "AU", "लिब्रेविल": "libreville"})),
    ("ja", case("アフリカ連合はリーブルビルに仲介団を送った。",
                E("VISIT", {"AU"}, {"libreville"}),
                names={"アフリカ連合": "AU", "リーブルビル": "libreville"})),
    ("zh", case("非洲联盟派遣代表團前往利伯维尔。", E("VISIT", {"AU"}, {"libreville"}),
                names={"非洲联盟": "AU", "利伯维尔": "libreville"})),
    # --- controls: the same verbs with other objects keep their types
    ("en", case("Qatar sent troops to Cairo.", E("DEPLOY_TROOPS", {"QA"}), names=AU,
                tolerate=("VISIT",))),
    ("fr", case("Le Qatar a envoyé une lettre au Gabon.", E("MESSAGE", {"QA"}),
                names={"Qatar": "QA", "Gabon": "GA"})),
    ("es", case("Catar envió armas a Gabón.", E("SUPPLY_ARMS", {"QA"}),
                names={"Catar": "QA", "Gabón": "GA"})),
    # giving or providing something to a delegation sends no one
    ("en", case("Qatar gave the African Union's delegation a tour of Cairo.", names=AU)),
    ("fr", case("Le Qatar a fourni des documents à la délégation de l'Union africaine.",
                names={"Qatar": "QA", "Union africaine": "AU"})),
    # a delegation named, not sent: no visit by its bloc
    ("en", case("The African Union's delegation said the talks had stalled.", names=AU)),
]


@pytest.mark.parametrize(("lang", "c"), by_language(CASES))
def test_a_sent_mission_is_a_visit_by_its_sender(lang: str, c: Case) -> None:
    check(c, lang)

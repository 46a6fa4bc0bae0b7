"""French wire copy (AFP/Reuters French style, some machine-translated): compound tenses,
clitics before the verb, passives with "par", elided articles before names (l'Ukraine,
d'Israël), nominal triggers ("l'attaque de X contre Y"), and attribution with "selon",
"d'après", "a déclaré", "a affirmé"."""

from __future__ import annotations

import pytest
from tests.claims import test_news_de  # noqa: F401 - the entities of the German table
from tests.claims.test_news_support import Case, E, case, check

# names as the French text writes them (after an elided article the name alone is marked)
NAMES = {
    "Corée du Nord": "KP", "Pyongyang": "pyongyang", "nord-coréen": "KP", "nord-coréens": "KP",
    "nord-coréenne": "KP", "nord-coréennes": "KP", "Russie": "RU", "Moscou": "moscow",
    "russe": "RU", "russes": "RU", "Ukraine": "UA", "ukrainien": "UA", "ukrainienne": "UA",
    "ukrainiens": "UA", "États-Unis": "US", "Etats-Unis": "US", "Washington": "US",
    "américain": "US", "américaines": "US", "américains": "US", "Corée du Sud": "KR",
    "Séoul": "seoul", "sud-coréen": "KR", "sud-coréens": "KR", "Japon": "JP", "Chine": "CN",
    "Pékin": "beijing", "chinois": "CN", "Israël": "IL", "israélien": "IL", "israéliens": "IL",
    "israéliennes": "IL", "Égypte": "EG", "Qatar": "QA", "Soudan": "SD", "Iran": "IR",
    "iranien": "IR", "Turquie": "TR", "Allemagne": "DE", "Yémen": "YE", "Royaume-Uni": "GB",
    "britanniques": "GB", "France": "FR", "Paris": "paris", "Niger": "NE", "Niamey": "niamey",
    "Arménie": "AM", "Azerbaïdjan": "AZ", "azerbaïdjanaises": "AZ", "Haut-Karabakh": "karabakh",
    "Union européenne": "EU", "UE": "EU", "ONU": "UN", "Nations unies": "UN", "Otan": "nato",
    "OTAN": "nato", "Hamas": "hamas", "Hezbollah": "hezbollah", "Houthis": "houthis",
    "Cédéao": "ecowas", "CEDEAO": "ecowas", "Kremlin": "kremlin", "Pentagone": "pentagon",
    "Vladimir Poutine": "putin", "Poutine": "putin", "Sergueï Lavrov": "lavrov",
    "Lavrov": "lavrov", "Kim Jong-un": "kim", "Kim": "kim", "Choe Son-hui": "choe",
    "Blinken": "blinken", "Volodymyr Zelensky": "zelensky", "Zelensky": "zelensky",
    "Netanyahou": "netanyahu", "Erdogan": "erdogan", "Xi Jinping": "xi",
    "Emmanuel Macron": "macron", "Macron": "macron", "Ilham Aliev": "aliyev",
    "Nikol Pachinian": "pashinyan", "Mohamed Bazoum": "bazoum", "Tiani": "tchiani",
    "Koursk": "kursk", "Kiev": "kyiv", "Gaza": "gaza", "Rafah": "rafah", "Le Caire": "cairo",
    "Khartoum": "khartoum", "mer Rouge": "redsea", "AFP": "afp", "Reuters": "reuters",
    "KCNA": "kcna", "Tass": "tass", "Yonhap": "yonhap",
}

CASES = [
    # --- North Korea and Russia
    case("La Corée du Nord a envoyé environ 10 000 soldats en Russie, selon Séoul.",
         E("DEPLOY_TROOPS", {"KP"}, {"RU"}, modality=("reported", "asserted"))),
    case("Vladimir Poutine a rencontré mercredi Kim Jong-un à Pyongyang.",
         E("MEET", {"putin"}, {"kim"})),
    case("Sergueï Lavrov s'est entretenu avec son homologue nord-coréenne Choe Son-hui à "
         "Moscou.", E("MEET", {"lavrov"}), tolerate=("PHONE_CALL",)),
    case("Vladimir Poutine s'est rendu mardi à Pyongyang pour une visite d'État de deux jours.",
         E("VISIT", {"putin"}, {"pyongyang"})),
    case("Kim Jong-un se rendra en Russie l'an prochain, a indiqué le Kremlin.",
         E("VISIT", {"kim"}, {"RU"}, modality="expected")),
    case("La Russie et la Corée du Nord ont signé un traité de partenariat stratégique global.",
         E("AGREE", {"RU", "KP"})),
    case("La Douma a ratifié jeudi le traité avec la Corée du Nord.",
         E("RATIFY", {"duma"}), names={"Douma": "duma"}),
    case("La Corée du Nord fournit des obus d'artillerie et des missiles balistiques à la "
         "Russie, a affirmé Blinken.",
         E("SUPPLY_ARMS", {"KP"}, {"RU"}, modality=("reported", "asserted"))),
    case("Le Kremlin a démenti la présence de soldats nord-coréens en Ukraine.",
         E("DENY", {"kremlin"})),
    case("La Corée du Nord a nié avoir livré des armes à la Russie.", E("DENY", {"KP"})),
    case("Les soldats nord-coréens sont formés au maniement des drones en Russie, selon le "
         "renseignement sud-coréen.",
         E("TRAIN", modality=("reported", "asserted")), tolerate=("ATTACK",)),
    case("La Corée du Sud a condamné la coopération militaire entre Moscou et Pyongyang.",
         E("ACCUSE", {"KR"})),
    case("Zelensky a averti que la Corée du Nord pourrait envoyer davantage de troupes.",
         E("WARN", {"zelensky"}), tolerate=("DEPLOY_TROOPS",)),
    case("Les États-Unis ont imposé de nouvelles sanctions à des entreprises russes et "
         "nord-coréennes.", E("SANCTION", {"US"})),
    case("Kim Jong-un a réaffirmé son soutien total à la Russie.", E("SUPPORT", {"kim"}, {"RU"})),
    case("Vladimir Poutine s'est entretenu par téléphone avec le président chinois Xi Jinping.",
         E("PHONE_CALL", {"putin", "xi"}), names={"chinois": "CN"}),
    case("Kim Jong-un a envoyé un message de félicitations à Vladimir Poutine.",
         E("MESSAGE", {"kim"}, {"putin"})),
    case("La Corée du Nord a procédé à un essai de missile balistique intercontinental.",
         E("WEAPONS_TEST", {"KP"})),
    case("Des troupes russes et nord-coréennes ont mené des exercices militaires conjoints.",
         E("DRILL")),
    # --- war in Ukraine
    case("La Russie a attaqué dans la nuit la capitale ukrainienne, Kiev, avec des drones.",
         E("ATTACK", {"RU"}, {"UA"})),
    case("Kiev a été attaquée dans la nuit par des drones russes.",
         E("ATTACK", {"RU"}, {"kyiv"})),
    case("L'attaque de la Russie contre l'Ukraine a fait au moins douze morts.",
         E("ATTACK", {"RU"}, {"UA"}), tolerate=("CASUALTIES",)),
    case("Au moins douze personnes ont été tuées et 30 blessées lors des frappes sur Kiev.",
         E("CASUALTIES"), tolerate=("ATTACK",)),
    case("La défense antiaérienne ukrainienne a abattu 40 drones, selon l'armée de l'air.",
         E("ATTACK", {"UA"}, modality=("reported", "asserted"))),
    case("Les forces russes se sont emparées de la ville d'Avdiïvka.",
         E("SEIZE", {"RU"}), names={"Avdiïvka": "avdiivka"}),
    case("La Russie et l'Ukraine ont procédé à un échange de prisonniers de guerre.",
         E("RELEASE", {"RU", "UA"}), tolerate=("AGREE",)),
    case("Des milliers de civils ont été évacués de la région de Koursk.",
         E("DISPLACE", {"kursk"})),
    case("La Russie a retiré ses troupes de la région.", E("WITHDRAW", {"RU"})),
    case("Une vingtaine de soldats russes se sont rendus aux forces ukrainiennes.",
         E("SURRENDER", {"RU"})),
    case("Un soldat nord-coréen a fait défection vers la Corée du Sud.", E("DEFECT", {"KP"})),
    # --- Middle East
    case("Les Houthis ont attaqué un navire marchand en mer Rouge.", E("ATTACK", {"houthis"})),
    case("Les États-Unis et le Royaume-Uni ont bombardé des positions des Houthis au Yémen.",
         E("ATTACK", {"US", "GB"}, {"houthis"})),
    case("Les frappes américaines et britanniques contre les Houthis se poursuivent.",
         E("ATTACK", {"US", "GB"}, {"houthis"})),
    case("L'Iran a menacé Israël de représailles.", E("WARN", {"IR"}, {"IL"})),
    case("Israël et le Hamas sont parvenus à un accord de cessez-le-feu, a annoncé le Qatar.",
         E("AGREE", {"IL", "hamas"}, modality=("reported", "asserted"))),
    case("Le Hamas a libéré dimanche trois otages.", E("RELEASE", {"hamas"})),
    case("L'Égypte a appelé Israël et le Hamas à un cessez-le-feu immédiat.",
         E("REQUEST", {"EG"}, {"IL"})),
    case("Israël et le Hamas ont annoncé un cessez-le-feu à Gaza.",
         E("CEASEFIRE", {"IL", "hamas"})),
    case("L'armée israélienne a arrêté plusieurs Palestiniens en Cisjordanie.",
         E("ARREST", {"IL"}), names={"israélienne": "IL", "Cisjordanie": "westbank"}),
    case("Selon le ministère de la Santé de Gaza, 35 personnes ont été tuées dans des frappes "
         "israéliennes.", E("CASUALTIES", modality=("reported", "asserted")),
         tolerate=("ATTACK",)),
    case("Des milliers de manifestants ont défilé à Tel-Aviv contre le gouvernement.",
         E("PROTEST", {"telaviv"}), names={"Tel-Aviv": "telaviv"}),
    # (the owner after an elided article: "d’Israël")
    case("Les habitants ont fui après une offensive éclair d’Israël contre la ville.",
         E("ATTACK", {"IL"}), tolerate=("DISPLACE",)),
    # --- Sahel and Caucasus
    case("Le général Tiani a renversé le président Mohamed Bazoum.",
         E("COUP", {"tchiani"}, {"bazoum"})),
    case("Mohamed Bazoum a été renversé par la garde présidentielle.", tolerate=("COUP",)),
    case("La Cédéao a imposé des sanctions au Niger.", E("SANCTION", {"ecowas"}, {"NE"})),
    case("La Cédéao a menacé d'intervenir militairement au Niger.", E("WARN", {"ecowas"})),
    # force kept in reserve is a threat, by whoever keeps it there
    case("La France préfère négocier, mais pour la Cédéao une intervention militaire reste "
         "une option.", E("WARN", {"ecowas"}), tolerate=("MEET",)),
    case("Une intervention militaire n'est plus une option pour la Cédéao."),
    case("La France va retirer ses soldats du Niger d'ici la fin de l'année.",
         E("WITHDRAW", {"FR"}, modality="expected")),
    case("L'Azerbaïdjan a lancé une offensive militaire au Haut-Karabakh.",
         E("ATTACK", {"AZ"}, {"karabakh"})),
    case("Plus de 100 000 Arméniens ont fui le Haut-Karabakh vers l'Arménie.",
         E("DISPLACE", {"karabakh"})),
    case("Ilham Aliev et Nikol Pachinian se sont rencontrés à Bruxelles.",
         E("MEET", {"aliyev", "pashinyan"}), names={"Bruxelles": "brussels"}),
    case("Le Kremlin a accusé Kiev d'avoir attaqué un dépôt de carburant.",
         E("ACCUSE", {"kremlin"}, {"kyiv"})),
    # --- modality
    case("La Corée du Nord aurait envoyé 3 000 soldats supplémentaires en Russie.",
         E("DEPLOY_TROOPS", {"KP"}, {"RU"}, modality=("speculated", "reported"))),
    case("Vladimir Poutine doit se rendre en Corée du Nord en juin.",
         E("VISIT", {"putin"}, {"KP"}, modality="expected")),
    case("La Corée du Nord n'a pas envoyé de troupes en Russie, a déclaré Lavrov.",
         E("DEPLOY_TROOPS", {"KP"}, modality="denied")),
    case("La Russie a-t-elle livré des missiles à la Corée du Nord ?",
         E("SUPPLY_ARMS", {"RU"}, modality="speculated")),
    case("D'après l'agence Yonhap, la Corée du Nord a tiré deux missiles vers la mer du Japon.",
         E("ATTACK", {"KP"}, modality=("reported", "asserted")),
         tolerate=("WEAPONS_TEST",)),
    case("Le Kremlin a confirmé que Poutine et Kim avaient signé un traité.",
         E("AGREE", {"putin", "kim"}, modality=("reported", "asserted"))),
    # a coup named as what is condemned is no coup by the condemner
    case("La France a condamné vendredi le coup d'État au Niger.", E("ACCUSE", {"FR"})),
    # readiness to use force is a threat
    case("La Cédéao s'est dite prête à une intervention militaire au Niger.",
         E("WARN", {"ecowas"})),
    # "visant à" (aiming to) is no attack; "visant des positions" targets them
    case("Les États-Unis mènent une coalition visant à protéger la navigation en mer Rouge."),
    case("Israël a mené des frappes visant des positions du Hezbollah au Liban.",
         E("ATTACK", {"IL"})),
    # a group led by someone ("dirigée par X") acts through him: the leader is the agent
    case("Le président Mohamed Bazoum a été renversé par la garde présidentielle dirigée par "
         "le général Tiani.", E("COUP", {"tchiani"}, {"bazoum"})),
    # where people fled to is not whose they are: the town they are from is
    case("Des milliers d'habitants de Kharkiv ont fui vers Odessa.",
         E("DISPLACE", {"kharkiv"}, {"odesa"}), names={"Kharkiv": "kharkiv", "Odessa": "odesa"},
         tolerate=("FLEE",)),
    # people named by their town are its people, wherever the sentence says they went
    case("Près de 30.000 personnes ont fui vers Odessa, dont de nombreux habitants de Kharkiv.",
         E("DISPLACE", {"kharkiv"}), names={"Kharkiv": "kharkiv", "Odessa": "odesa"},
         tolerate=("FLEE",)),
    # --- no claim
    case("L'inflation en Russie a atteint 8,5 % en octobre."),
    case("Le Kremlin a qualifié les discussions de constructives.", tolerate=("MEET",)),
    case("Si la Russie est attaquée, la Corée du Nord devra lui porter assistance."),
    case("L'économie nord-coréenne stagne depuis des années."),
    case("Selon des experts, des sanctions comme le plafonnement du prix du pétrole sont "
         "inefficaces."),
    case("Il a plu toute la journée de mardi à Paris."),
    case("Le traité oblige les deux parties à se porter assistance en cas d'attaque."),
    case("Le match s'est terminé sur un match nul, a déclaré l'entraîneur."),
]


@pytest.mark.parametrize("c", CASES)
def test_news_fr(c: Case):
    check(c, "fr", NAMES)

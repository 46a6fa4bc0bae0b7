"""German wire copy (dpa/AFP/Reuters German style, some machine-translated): verb-second main
clauses, verb-final subordinate clauses, separable verbs, passives with "wurde … von", and
attribution with "laut", "nach Angaben", "sagte", "teilte … mit"."""

from __future__ import annotations

import pytest
from tests.claims.helpers import ENTITIES
from tests.claims.test_news_support import Case, E, case, check

ENTITIES.update({
    "YE": ("Yemen", "country", {}),
    "GB": ("United Kingdom", "country", {"capital": "london"}),
    "FR": ("France", "country", {"capital": "paris"}),
    "NE": ("Niger", "country", {"capital": "niamey"}),
    "AM": ("Armenia", "country", {}),
    "AZ": ("Azerbaijan", "country", {}),
    "houthis": ("Houthis", "organization", {"country": "YE"}),
    "ecowas": ("Economic Community of West African States", "organization", {}),
    "nato": ("NATO", "organization", {}),
    "macron": ("Emmanuel Macron", "person", {"country": "FR"}),
    "aliyev": ("Ilham Aliyev", "person", {"country": "AZ"}),
    "pashinyan": ("Nikol Pashinyan", "person", {"country": "AM"}),
    "niamey": ("Niamey", "place", {"country": "NE"}),
    "redsea": ("Red Sea", "place", {}),
    "berlin": ("Berlin", "place", {"country": "DE"}),
    "paris": ("Paris", "place", {"country": "FR"}),
    "karabakh": ("Nagorno-Karabakh", "place", {"country": "AZ"}),
    "telaviv": ("Tel Aviv", "place", {"country": "IL"}),
    "bazoum": ("Mohamed Bazoum", "person", {"country": "NE"}),
    "tchiani": ("Abdourahamane Tchiani", "person", {"country": "NE"}),
    "avdiivka": ("Avdiivka", "place", {"country": "UA"}),
    "brussels": ("Brussels", "place", {}),
    "westbank": ("West Bank", "place", {}),
    "nis": ("National Intelligence Service", "organization", {"country": "KR"}),
    "dpa": ("Deutsche Presse-Agentur", "organization", {"country": "DE", "kind": "news_agency"}),
    "afp": ("Agence France-Presse", "organization", {"country": "FR", "kind": "news_agency"}),
})

# the case forms German copy uses (genitive -s, dative and accusative articles stay apart)
NAMES = {
    "Nordkorea": "KP", "Nordkoreas": "KP", "nordkoreanische": "KP", "nordkoreanischen": "KP",
    "Russland": "RU", "Russlands": "RU", "russische": "RU", "russischen": "RU",
    "Ukraine": "UA", "ukrainische": "UA", "ukrainischen": "UA", "USA": "US",
    "Vereinigten Staaten": "US", "amerikanische": "US", "Südkorea": "KR", "Südkoreas": "KR",
    "südkoreanische": "KR", "Japan": "JP", "China": "CN", "Chinas": "CN", "Israel": "IL",
    "Israels": "IL", "israelische": "IL", "israelischen": "IL", "Ägypten": "EG", "Katar": "QA",
    "Sudan": "SD", "Iran": "IR", "Irans": "IR", "Türkei": "TR", "Deutschland": "DE",
    "Jemen": "YE", "Großbritannien": "GB", "britische": "GB", "Frankreich": "FR",
    "Niger": "NE", "Armenien": "AM", "Aserbaidschan": "AZ", "aserbaidschanische": "AZ",
    "EU": "EU", "UN": "UN", "Vereinten Nationen": "UN", "Nato": "nato", "Hamas": "hamas",
    "Hisbollah": "hezbollah", "Huthi": "houthis", "Huthi-Miliz": "houthis",
    "Ecowas": "ecowas", "Kreml": "kremlin", "Pentagon": "pentagon",
    "Wladimir Putin": "putin", "Putin": "putin", "Putins": "putin", "Lawrow": "lavrov",
    "Sergej Lawrow": "lavrov", "Kim Jong Un": "kim", "Kim": "kim", "Choe Son Hui": "choe",
    "Blinken": "blinken", "Selenskyj": "zelensky", "Scholz": "scholz", "Netanjahu": "netanyahu",
    "Erdogan": "erdogan", "Xi Jinping": "xi", "Wang Yi": "wangyi", "Macron": "macron",
    "Alijew": "aliyev", "Paschinjan": "pashinyan", "Moskau": "moscow", "Pjöngjang": "pyongyang",
    "Seoul": "seoul", "Kursk": "kursk", "Kiew": "kyiv", "Gaza": "gaza", "Rafah": "rafah",
    "Kairo": "cairo", "Khartum": "khartoum", "Peking": "beijing", "Niamey": "niamey",
    "Roten Meer": "redsea", "Berlin": "berlin", "Paris": "paris", "dpa": "dpa", "AFP": "afp",
    "Reuters": "reuters", "KCNA": "kcna", "Tass": "tass", "Jonhap": "yonhap",
}

CASES = [
    # --- North Korea and Russia
    case("Nordkorea hat nach Angaben Südkoreas rund 10.000 Soldaten nach Russland geschickt.",
         E("DEPLOY_TROOPS", {"KP"}, {"RU"}, modality=("reported", "asserted"))),
    case("Am Mittwoch traf Putin in Pjöngjang den nordkoreanischen Machthaber Kim Jong Un.",
         E("MEET", {"putin"}, {"kim"})),
    case("Russlands Außenminister Sergej Lawrow empfing seine nordkoreanische Amtskollegin Choe "
         "Son Hui in Moskau.", E("MEET", {"lavrov"}, {"choe"})),
    case("Putin reiste am Dienstag zu einem zweitägigen Staatsbesuch nach Pjöngjang.",
         E("VISIT", {"putin"}, {"pyongyang"})),
    case("Kim Jong Un wird nach Angaben des Kreml im kommenden Jahr Russland besuchen.",
         E("VISIT", {"kim"}, {"RU"}, modality="expected")),
    case("Russland und Nordkorea unterzeichneten ein Abkommen über eine umfassende strategische "
         "Partnerschaft.", E("AGREE", {"RU", "KP"})),
    case("Die Staatsduma ratifizierte den Vertrag mit Nordkorea am Donnerstag.",
         E("RATIFY", {"duma"}), names={"Staatsduma": "duma"}),
    case("Nordkorea liefert Russland seit Monaten Artilleriegranaten und ballistische Raketen, "
         "sagte Blinken.",
         E("SUPPLY_ARMS", {"KP"}, {"RU"}, modality=("reported", "asserted")),
         tolerate=("ATTACK",)),
    case("Der Kreml wies Berichte über nordkoreanische Soldaten in der Ukraine als Falschmeldung "
         "zurück.", E("DENY", {"kremlin"}), tolerate=("DEPLOY_TROOPS",)),
    case("Nordkorea bestritt, Waffen an Russland geliefert zu haben.",
         E("DENY", {"KP"})),
    case("Die nordkoreanischen Soldaten werden in Russland an Drohnen ausgebildet, teilte der "
         "südkoreanische Geheimdienst mit.",
         E("TRAIN", modality=("reported", "asserted")), names={"Geheimdienst": "nis"},
         tolerate=("ATTACK",)),
    case("Südkorea verurteilte die militärische Zusammenarbeit zwischen Moskau und Pjöngjang "
         "scharf.", E("ACCUSE", {"KR"})),
    case("Selenskyj warnte, Nordkorea könnte bald weitere Truppen entsenden.",
         E("WARN", {"zelensky"}), tolerate=("DEPLOY_TROOPS",)),
    case("Die USA verhängten neue Sanktionen gegen russische und nordkoreanische Firmen.",
         E("SANCTION", {"US"})),
    case("Kim Jong Un sicherte Russland die volle Unterstützung seines Landes zu.",
         E("SUPPORT", {"kim"}, {"RU"})),
    case("Putin telefonierte am Freitag mit dem chinesischen Staatschef Xi Jinping.",
         E("PHONE_CALL", {"putin"}, {"xi"})),
    case("Kim Jong Un schickte Putin ein Glückwunschtelegramm zum Geburtstag.",
         E("MESSAGE", {"kim"}, {"putin"}), names={"Glückwunschtelegramm": "telegram"}),
    case("Nordkorea feuerte am Montag eine ballistische Rakete ins Japanische Meer ab.",
         E("WEAPONS_TEST", {"KP"}), tolerate=("ATTACK",),
         xfail="a launch into the sea is typed by its object (a missile: ATTACK); a test is "
               "told only by its own words"),
    case("Nordkorea testete eine neue Interkontinentalrakete.", E("WEAPONS_TEST", {"KP"})),
    case("Russische und nordkoreanische Truppen hielten gemeinsame Manöver ab.",
         E("DRILL"), names={"Russische": "RU"}),
    # --- war in Ukraine
    case("Russland griff in der Nacht die ukrainische Hauptstadt Kiew mit Drohnen an.",
         E("ATTACK", {"RU"}, {"kyiv"})),
    case("Am Montag griff Russland erneut Kiew an.", E("ATTACK", {"RU"}, {"kyiv"})),
    case("Kiew wurde in der Nacht von russischen Drohnen angegriffen.",
         E("ATTACK", {"RU"}, {"kyiv"})),
    case("Bei dem Angriff auf Kiew wurden mindestens zwölf Menschen getötet und 30 verletzt.",
         E("CASUALTIES"), quantities={"zwölf Menschen": (12, "people")}),
    case("Die ukrainische Luftabwehr schoss nach eigenen Angaben 40 Drohnen ab.",
         E("ATTACK", {"UA"}), names={"Luftabwehr": "UA"}),
    case("Ukrainische Truppen sind nach Angaben Kiews in die russische Region Kursk "
         "vorgedrungen.", names={"Ukrainische": "UA"}, tolerate=("SEIZE", "ATTACK")),
    case("Russische Truppen eroberten die Stadt Awdijiwka.",
         E("SEIZE", {"RU"}), names={"Russische": "RU", "Awdijiwka": "avdiivka"}),
    case("Russland und die Ukraine tauschten je 95 Kriegsgefangene aus.",
         E("RELEASE", {"RU", "UA"}), tolerate=("AGREE",)),
    case("Tausende Zivilisten wurden aus der Region Kursk evakuiert.", E("DISPLACE")),
    case("Der Kreml zog seine Truppen aus dem Gebiet ab.", E("WITHDRAW", {"kremlin"})),
    case("Die Ukraine meldete, dass sich 20 russische Soldaten ergeben hätten.",
         E("SURRENDER", {"RU"}, modality="reported", source="UA"), tolerate=("CASUALTIES",)),
    case("Ein nordkoreanischer Soldat ist nach Angaben Seouls zu den ukrainischen Streitkräften "
         "übergelaufen.", E("DEFECT"), tolerate=("ATTACK",)),
    # --- Middle East
    case("Die Huthi-Miliz griff erneut ein Frachtschiff im Roten Meer an.",
         E("ATTACK", {"houthis"})),
    case("Die USA und Großbritannien haben Stellungen der Huthi im Jemen bombardiert.",
         E("ATTACK", {"US", "GB"}, {"houthis"})),
    case("Iran drohte Israel mit Vergeltung.", E("WARN", {"IR"}, {"IL"})),
    case("Israel und die Hamas einigten sich auf eine Waffenruhe, teilte Katar mit.",
         E("AGREE", {"IL", "hamas"}, modality=("reported", "asserted"))),
    case("Die Hamas ließ am Sonntag drei Geiseln frei.", E("RELEASE", {"hamas"})),
    case("Ägypten rief Israel und die Hamas zu einer sofortigen Waffenruhe auf.",
         E("REQUEST", {"EG"}, {"IL"})),
    case("Israel und die Hamas verkündeten am Sonntag eine Waffenruhe im Gazastreifen.",
         E("CEASEFIRE", {"IL", "hamas"}), names={"Gazastreifen": "gaza"}),
    case("Israelische Soldaten nahmen im Westjordanland mehrere Palästinenser fest.",
         E("ARREST", {"IL"}), names={"Israelische": "IL"}),
    case("Laut dem Gesundheitsministerium in Gaza kamen bei israelischen Luftangriffen 35 "
         "Menschen ums Leben.",
         E("CASUALTIES", modality=("reported", "asserted")), tolerate=("ATTACK",)),
    case("Tausende Demonstranten protestierten in Tel Aviv gegen die Regierung Netanjahu.",
         E("PROTEST", {"telaviv"}), names={"Tel Aviv": "telaviv"}),
    # --- Sahel and others
    case("General Tchiani hat Präsident Mohamed Bazoum gestürzt.",
         E("COUP", {"tchiani"}, {"bazoum"}), names={"Mohamed Bazoum": "bazoum",
                                                   "Tchiani": "tchiani"}),
    # (the subject is a common noun: the name in the verb bracket is the object; the act is
    # the military's, a group known only by its description, claims/described.py)
    case("Im Niger hat das Militär Präsident Mohamed Bazoum gestürzt.",
         E("COUP", {"group:military"}, {"bazoum"}), names={"Mohamed Bazoum": "bazoum"}),
    case("Die Ecowas verhängte Sanktionen gegen die Militärjunta in Niamey.",
         E("SANCTION", {"ecowas"}), tolerate=("COUP",)),
    case("Die Ecowas drohte mit einer militärischen Intervention im Niger.",
         E("WARN", {"ecowas"})),
    case("Frankreich wird seine Soldaten bis Jahresende aus dem Niger abziehen.",
         E("WITHDRAW", {"FR"}, modality="expected")),
    case("Der gestürzte Präsident floh ins Exil.", E("FLEE"), names={"Präsident": "bazoum"}),
    case("Aserbaidschan startete eine Militäroffensive in Bergkarabach.",
         E("ATTACK", {"AZ"}), names={"Bergkarabach": "karabakh"}),
    case("Mehr als 100.000 Armenier sind aus Bergkarabach nach Armenien geflohen.",
         E("DISPLACE", {"karabakh"}), names={"Bergkarabach": "karabakh"},
         quantities={"100.000 Armenier": (100000, "people")}),
    case("Alijew und Paschinjan trafen sich in Brüssel zu Gesprächen.",
         E("MEET", {"aliyev", "pashinyan"}), names={"Brüssel": "brussels"}),
    # --- modality
    case("Nordkorea soll weitere 3000 Soldaten nach Russland geschickt haben.",
         E("DEPLOY_TROOPS", {"KP"}, {"RU"}, modality="speculated")),
    case("Putin will im Juni Nordkorea besuchen.",
         E("VISIT", {"putin"}, {"KP"}, modality="expected")),
    case("Nordkorea hat keine Truppen nach Russland geschickt, sagte Lawrow.",
         E("DEPLOY_TROOPS", {"KP"}, modality="denied")),
    case("Hat Russland Nordkorea Raketentechnik geliefert?",
         E("SUPPLY_ARMS", {"RU"}, modality="speculated")),
    case("Laut dem ukrainischen Geheimdienst griffen russische Truppen mit Unterstützung "
         "nordkoreanischer Soldaten an.",
         E("ATTACK", {"RU"}, modality=("reported", "asserted")),
         tolerate=("SUPPORT",)),
    case("Der Kreml bestätigte, dass Putin und Kim einen Vertrag unterzeichnet haben.",
         E("AGREE", {"putin", "kim"}, modality=("reported", "asserted"))),
    # a coup named as what is condemned is no coup by the condemner
    case("Frankreich verurteilte den Staatsstreich in Niger am Freitag scharf.",
         E("ACCUSE", {"FR"})),
    # readiness to use force is a threat
    case("Die Ecowas ist bereit, eine militärische Intervention in Niger einzuleiten.",
         E("WARN", {"ecowas"})),
    # the infinitive of a separable verb is one word ("abschießen"), a plan here
    case("Die Ukraine will nach eigenen Angaben weitere russische Kampfjets abschießen.",
         E("ATTACK", {"UA"}, modality="expected")),
    # an aircraft that "stürzte … ab" crashed: a disaster, no coup
    case("Ein Transportflugzeug stürzte am Mittwoch nahe Moskau ab.", tolerate=("DISASTER",)),
    # verb-second: the one phrase before the verb may be a place, not the subject
    case("In dem an Saudi-Arabien grenzenden Jemen haben sich die Huthi-Milizen mit der Hamas "
         "solidarisch erklärt.", E("SUPPORT", {"houthis"}, {"hamas"}),
         names={"Huthi-Milizen": "houthis"}),
    # ... and the name right after the subject is its object, not a second subject
    case("Am Montag hat Russland Kiew mit Raketen angegriffen.",
         E("ATTACK", {"RU"}, {"kyiv"})),
    # a bare plural of states opening the sentence stands for the states just named...
    case("Die Ecowas verurteilte den Putsch scharf. Länder haben Sanktionen gegen Niger "
         "verhängt.", E("ACCUSE", {"ecowas"}), E("SANCTION", {"ecowas"}, {"NE"})),
    case("Die EU kritisierte die Wahl. Die Staaten verhängten Einreiseverbote und "
         "Sanktionen gegen Iran.", E("ACCUSE", {"EU"}), E("SANCTION", {"EU"}, {"IR"})),
    # ...but not a person's ("Putin" is no group of states), nor a qualified plural
    case("Putin verurteilte den Putsch scharf. Länder haben Sanktionen gegen Niger verhängt.",
         E("ACCUSE", {"putin"})),
    case("Die Ecowas verurteilte den Putsch scharf. Westliche Länder haben Sanktionen gegen "
         "Niger verhängt.", E("ACCUSE", {"ecowas"})),
    # --- no claim
    case("Die Inflation in Russland stieg im Oktober auf 8,5 Prozent."),
    case("Der Kreml nannte die Gespräche konstruktiv.", tolerate=("MEET",)),
    case("Falls Russland angegriffen wird, muss Nordkorea militärischen Beistand leisten."),
    case("Die Wirtschaft Nordkoreas wächst seit Jahren kaum."),
    case("Experten halten Sanktionen wie die Ölpreisobergrenze für wirkungslos."),
    case("In Berlin regnete es am Dienstag den ganzen Tag."),
    case("Der Vertrag verpflichtet beide Seiten zu militärischem Beistand im Falle eines "
         "Angriffs."),
    case("Das Spiel endete unentschieden, sagte der Trainer."),
]


@pytest.mark.parametrize("c", CASES)
def test_news_de(c: Case):
    check(c, "de", NAMES)

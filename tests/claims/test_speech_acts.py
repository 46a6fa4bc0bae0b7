"""Speech and diplomacy acts told in the ways news tells them: a summit of a body of member
states, an ultimatum, talks with a named partner after a dropped or pronoun subject, an object
inside a collocation ("called X's claims baseless"), a threat told by its content ("will not
hesitate to act"), and the speaker after the words said ("« … », a averti X", "…, warned X",
"— заявил X"), with controls that must give no claim or not that one. Sentences are written
for these tests (invented or other stories)."""

from __future__ import annotations

import pytest
from tests.claims import test_news_de  # noqa: F401 - the entities of the German table
from tests.claims.helpers import ENTITIES, NAMES
from tests.claims.test_news_support import E, case, check

ENTITIES.update({
    "asean": ("ASEAN", "organization", {"kind": "international"}),
    "sadc": ("Southern African Development Community", "organization",
             {"kind": "international"}),
    "unicef": ("UNICEF", "organization", {"kind": "international", "parent": "UN"}),
})

EN = {"ASEAN": "asean", "SADC": "sadc", "UNICEF": "unicef", "Zelensky": "zelensky",
      "Kremlin": "kremlin", "China": "CN", "Xi Jinping": "xi"}

EN_CASES = [
    # a body of member states meets by itself; an agency of another body or a state does not
    case("ASEAN leaders held an emergency summit in Jakarta on Sunday.", E("MEET", {"asean"}),
         names={"Jakarta": "jakarta"}),
    case("SADC held talks on the crisis on Friday.", E("MEET", {"sadc"})),
    case("UNICEF held talks on the crisis on Friday."),
    case("Japan held talks on the crisis on Friday."),
    # an ultimatum is a warning, by whoever issued it
    case("Russia issued an ultimatum to Ukraine on Monday.", E("WARN", {"RU"}, {"UA"})),
    case("After the ASEAN ultimatum, the generals freed the prisoners.", E("WARN", {"asean"}),
         tolerate=("RELEASE",)),
    case("The ultimatum expired on Sunday."),
    # talks with a named partner, the subject a pronoun
    case("Putin arrived in Pyongyang on Tuesday. He met with Kim Jong Un on Wednesday.",
         E("VISIT", {"putin"}, {"pyongyang"}), E("MEET", {"putin", "kim"})),
    # a name inside a collocation is its object
    case("Lavrov called Blinken's claims baseless.", E("DENY", {"lavrov"}, {"blinken"})),
    # a threat told by its content
    case("Russia will not hesitate to use force, Lavrov said on Monday.",
         E("WARN", {"RU"}, modality=("asserted", "expected", "reported"))),
    case("Any attack on Russia would be treated as a declaration of war, Putin said.",
         E("WARN", {"putin"}, modality=("asserted", "expected", "reported"))),
    case("Japan hesitated for weeks before it answered."),
    # the speaker after the words said: the warning is his, and no one it is aimed at
    case("Any attack on our ships will be punished, the Kremlin said.", E("WARN", {"kremlin"})),
    case("Any attack on our ships will be punished, warned Lavrov.", E("WARN", {"lavrov"})),
    case("The shelling must stop at once, demanded Zelensky on Monday.",
         E("REQUEST", {"zelensky"})),
    # suspending aid, trade or transactions is a sanction; suspending one's own part is not
    case("The European Union suspended all budget support to Russia.",
         E("SANCTION", {"EU"}, {"RU"}), names={"European Union": "EU"}),
    case("Russia suspended its participation in the talks.", tolerate=("MEET",)),
    # accepting demands concludes them; the demands are no appeal of the one who accepts
    case("Russia accepted Ukraine's demands.", E("AGREE", {"RU"})),
    # "they" in the words a state says is that state, not a name in a clause between
    case("Russia said all efforts had been rejected by Ukraine, adding that they condemned "
         "the detention of Kim Jong Un.", E("ACCUSE", {"RU"}, {"kim"})),
    # ... and, in the next sentence, the state that spoke
    case("Russia said the talks had failed. They also called on Japan to support the plan.",
         E("REQUEST", {"RU"}, {"JP"})),
    # a newsroom that reports is no party the story goes on with
    case("VOA reported the talks had failed. They also called on Japan to support the plan."),
    # (a person before is not "they"; nor is the previous sentence's state after a name of
    # the sentence's own: "they" is that name's)
    case("Putin said the talks had failed. They also called on Japan to support the plan."),
    # "the country" opening a sentence is the state just told of; elsewhere it is a place
    case("Ukraine accused Russia of war crimes. The country also asked the UN to intervene.",
         E("ACCUSE", {"UA"}, {"RU"}), E("REQUEST", {"UA"}, {"UN"}), names={"UN": "UN"}),
    case("Ukraine accused Russia of war crimes. Refugees across the country asked Japan for "
         "help.", E("ACCUSE", {"UA"}, {"RU"})),
    # a vow to punish is a warning, by the subject of the verb it is coordinated with
    case("Russia accused Ukraine of treason and vowed to punish Zelensky.",
         E("ACCUSE", {"RU"}, {"UA"}), E("WARN", {"RU"})),
    # saying one has no troops somewhere denies their presence; not sending them is no denial
    case("Ukraine said there are no Ukrainian troops in Kursk.", E("DENY", {"UA"}),
         names={"Ukrainian": "UA"}),
    # asking for help is an appeal to whoever is asked
    case("Russia asked China for military assistance.", E("REQUEST", {"RU"}, {"CN"})),
    # not across a line: a heading's word is no speaker's warning
    case("Unity and threats\nChina said all the efforts had been rejected."),
    # a speaker before the words: an act the words tell without a subject is not his
    case("China said the proposal had been rejected by the generals."),
]


@pytest.mark.parametrize("c", EN_CASES)
def test_speech_en(c) -> None:
    check(c, "en", EN)


FR = {"Lavrov": "lavrov", "Kremlin": "kremlin", "Zelensky": "zelensky", "Russie": "RU",
      "Ukraine": "UA", "ASEAN": "asean", "Jakarta": "jakarta"}

FR_CASES = [
    case("« Toute attaque contre nos navires sera punie », a averti Lavrov.",
         E("WARN", {"lavrov"})),
    case("« Nous n'avons jamais livré d'armes », a démenti le Kremlin.", E("DENY", {"kremlin"})),
    case("« Les frappes doivent cesser », a exigé Zelensky lundi.", E("REQUEST", {"zelensky"})),
    case("Les rebelles sont soutenus par la Russie, qui les appelle à se battre.",
         E("REQUEST", {"RU"}), tolerate=("SUPPORT",)),
    # the name after the verb says who speaks, not whom he warns
    case("La Russie répondra, a averti Lavrov.", E("WARN", {"lavrov"})),
    # an apposition closes with a comma: the name before it is the subject, after it the object
    case("Lavrov, le chef de la diplomatie russe, a averti l'Ukraine.",
         E("WARN", {"lavrov"}, {"UA"})),
    # a lament said before its speaker accuses no one
    case("« Nous devrions vivre ensemble », a déploré Lavrov."),
    case("Les dirigeants de l'ASEAN, réunis en sommet à Jakarta, ont lancé un ultimatum "
         "à la junte.", E("WARN", {"asean"}), tolerate=("MEET",)),
]


@pytest.mark.parametrize("c", FR_CASES)
def test_speech_fr(c) -> None:
    check(c, "fr", FR)


ES = {"Lavrov": "lavrov", "Kremlin": "kremlin", "Zelenski": "zelensky", "Rusia": "RU",
      "Ucrania": "UA"}

ES_CASES = [
    # a body named by its description a few words before an auxiliary and the verb
    case("La Unión Europea exigió la liberación de los presos. La organización regional "
         "también ha decidido «suspender todas las transacciones comerciales» con Rusia.",
         E("REQUEST", {"EU"}), E("SANCTION", {"EU"}), names={"Unión Europea": "EU"}),
    case("«Cualquier ataque será castigado», advirtió Lavrov.", E("WARN", {"lavrov"})),
    case("Rusia responderá, ha advertido el Kremlin.", E("WARN", {"kremlin"})),
    case("Rusia no dudará en usar la fuerza, dijo Lavrov.",
         E("WARN", {"RU"}, modality=("asserted", "expected", "reported"))),
]


@pytest.mark.parametrize("c", ES_CASES)
def test_speech_es(c) -> None:
    check(c, "es", ES)


RU = {**NAMES["ru"], "Лавров": "lavrov", "Лаврова": "lavrov", "Кремль": "kremlin",
      "Японии": "JP", "Китае": "CN"}

RU_CASES = [
    case('"Любое нападение будет наказано", - предупредил Лавров.', E("WARN", {"lavrov"})),
    case("Путин назвал действия Лаврова предательством.", E("ACCUSE", {"putin"}, {"lavrov"})),
    case('Путин обвинил Украину в провокации и пообещал "разобраться".',
         E("ACCUSE", {"putin"}, {"UA"}), E("WARN", {"putin"})),
    # the name before a relative pronoun is the subject of the verb after it
    case("Об этом сообщил Лавров, который призвал Украину к переговорам.",
         E("REQUEST", {"lavrov"}, {"UA"})),
    # speakers named together speak together
    case('В Японии и Китае заявили, что любое вмешательство будет рассматриваться как '
         '"объявление войны".', E("WARN", {"JP", "CN"}, modality=("asserted", "expected"))),
    # a speech verb after an apposition's comma keeps its subject before
    case("Лавров, глава МИД России, предупредил Украину.", E("WARN", {"lavrov"}, {"UA"})),
]


@pytest.mark.parametrize("c", RU_CASES)
def test_speech_ru(c) -> None:
    check(c, "ru", RU)


DE = {"Lawrow": "lavrov", "Kreml": "kremlin", "Russland": "RU", "Ukraine": "UA"}

DE_CASES = [
    case("„Jeder Angriff wird bestraft“, warnte Lawrow.", E("WARN", {"lavrov"})),
    case("Russland stellte der Ukraine ein Ultimatum.", E("WARN", {"RU"}, {"UA"})),
    # a name set off after the opening title is the subject "er" takes up next
    case("Der Präsident der Russischen Föderation, Wladimir Putin, twitterte ein Foto. Er "
         "schrieb, dass er nach einem Besuch in Japan nach China gekommen sei.",
         E("VISIT", {"putin"}, {"CN"}),
         names={"Wladimir Putin": "putin", "Japan": "JP", "China": "CN"}),
    # an attributive participle after its agent: the agent did it
    case("Die von Russland verhängten Sanktionen gegen die Ukraine treten heute in Kraft.",
         E("SANCTION", {"RU"}, {"UA"})),
    case("Die von Russland akzeptierte Forderung der Ukraine: eine Waffenruhe.",
         E("AGREE", {"RU"}), tolerate=("CEASEFIRE",)),
]


@pytest.mark.parametrize("c", DE_CASES)
def test_speech_de(c) -> None:
    check(c, "de", DE)


ASIA_CASES = [
    ("ja", case("プーチン大統領は平壌を訪問しました。金正恩総書記との会談も行われました。",
                E("VISIT", {"putin"}, {"pyongyang"}), E("MEET", {"putin", "kim"}))),
    ("ko", case("푸틴 대통령은 평양을 방문했다. 김정은 위원장과 회담했다.",
                E("VISIT", {"putin"}, {"pyongyang"}), E("MEET", {"putin", "kim"}))),
    ("zh", case("普京在声明中说:“俄罗斯将在必要时毫不犹豫地采取行动。”",
                E("WARN", {"RU"}, modality=("asserted", "expected")))),
    # Chinese puts no speaker after a verb: "…,要求X" asks X, X does not ask
    ("zh", case("俄罗斯宣称其军队遭到攻击,因此发起行动,要求乌克兰撤军。",
                E("REQUEST", {"RU"}, {"UA"}), tolerate=("ATTACK",))),
    ("vi", case("Nga đã đưa ra tối hậu thư cho Ukraine.", E("WARN", {"RU"}, {"UA"}))),
    ("vi", case("Nga cho biết các nỗ lực đã thất bại. Họ cũng kêu gọi Ukraine ủng hộ nghị quyết.",
                E("REQUEST", {"RU"}, {"UA"}))),
    ("vi", case("Chính phủ Ukraine cáo buộc Nga tiến hành tội ác chiến tranh. Nước này đã đề "
                "nghị Liên Hợp Quốc can thiệp.", E("ACCUSE", {"UA"}, {"RU"}),
                E("REQUEST", {"UA"}, {"UN"}))),
    ("zh", case("俄罗斯表示,该国自从2021年以后就没有军队留驻乌克兰。", E("DENY", {"RU"}))),
    ("zh", case("朝鲜表示,在当前状态下他们只能同意停火。", E("AGREE", {"KP"}),
                tolerate=("CEASEFIRE",))),
    ("vi", case("Nga và Ukraine đã tổ chức cuộc họp tại Moscow.", E("MEET", {"RU", "UA"}))),
    ("vi", case("Nga tổ chức cuộc họp báo tại Moscow.")),  # a press conference meets no one
    # Vietnamese has no inverted speaker: after an apposition the subject stays before
    ("vi", case("Ông Lavrov, người phát ngôn, đã lên án Ukraine.",
                E("ACCUSE", {"lavrov"}, {"UA"}))),
]


@pytest.mark.parametrize("lang,c", [pytest.param(lang, p.values[0], id=f"{lang}-{p.id}")
                                    for lang, p in ASIA_CASES])
def test_speech_asia(lang, c) -> None:
    check(c, lang, {"Ông Lavrov": "lavrov", "Lavrov": "lavrov", "Liên Hợp Quốc": "UN"}
          if lang == "vi" else None)

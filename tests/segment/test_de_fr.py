"""German and French sentences: identification against the languages easily confused with them
(de/nl/lb, fr/it/ca/es), and splitting with their quotes, ordinals and abbreviations."""

from __future__ import annotations

import pytest

from newsweave.model import OffsetMap
from newsweave.options import Options
from newsweave.segment import segment


def _run(text: str):
    return segment(text, OffsetMap.identity(len(text)), Options())


@pytest.mark.parametrize(("text", "lang"), [
    ("Die beiden Staatschefs trafen sich am Montag in der Hauptstadt und unterzeichneten ein "
     "neues Abkommen über die Zusammenarbeit.", "de"),
    ("De twee leiders ontmoetten elkaar maandag in de hoofdstad en ondertekenden een nieuwe "
     "overeenkomst over de samenwerking.", "nl"),
    ("Les deux dirigeants se sont rencontrés lundi dans la capitale et ont signé un nouvel "
     "accord de coopération.", "fr"),
    ("I due leader si sono incontrati lunedì nella capitale e hanno firmato un nuovo accordo "
     "di cooperazione.", "it"),
    ("Els dos líders es van reunir dilluns a la capital i van signar un nou acord de "
     "cooperació.", "ca"),
    ("Los dos líderes se reunieron el lunes en la capital y firmaron un nuevo acuerdo de "
     "cooperación.", "es"),
])
def test_confusable_neighbours_apart(text: str, lang: str) -> None:
    sentences, languages = _run(text)
    assert [s.lang for s in sentences] == [lang]
    assert [share.lang for share in languages] == [lang]


@pytest.mark.parametrize(("text", "lang"), [
    # a German article with a short line of names and a sentence the model finds Dutch-like
    ("Nordkorea schickt Soldaten nach Russland\n"
     "Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes Tausende Soldaten nach "
     "Russland geschickt. Sie sollen in der Region Kursk eingesetzt werden. Die Regierung in "
     "Seoul verurteilte den Schritt scharf. Putin en Kim in Pjöngjang.", "de"),
    ("La Corée du Nord envoie des soldats en Russie\n"
     "La Corée du Nord a envoyé des milliers de soldats en Russie, selon les services de "
     "renseignement sud-coréens. Ils seraient déployés dans la région de Koursk. Séoul a "
     "vivement condamné cette décision. Poutine e Kim a Pyongyang.", "fr"),
])
def test_one_language_per_document(text: str, lang: str) -> None:
    _, languages = _run(text)
    assert [share.lang for share in languages] == [lang]


@pytest.mark.parametrize(("text", "expected"), [
    ("Am 3. Oktober 2024 griff Russland an. Die Armee meldete zwölf Tote.",
     ["Am 3. Oktober 2024 griff Russland an.", "Die Armee meldete zwölf Tote."]),
    ("„Wir kommen nicht.“ Dann ging er.", ["„Wir kommen nicht.“", "Dann ging er."]),
    ("Er ging. »Wir bleiben«, sagte er.", ["Er ging.", "»Wir bleiben«, sagte er."]),
    ("Laut Dr. Müller bzw. Prof. Schmidt ist das z. B. unklar. Dann kam Gen. Gerassimow.",
     ["Laut Dr. Müller bzw. Prof. Schmidt ist das z. B. unklar.", "Dann kam Gen. Gerassimow."]),
    ("Il a dit : « Nous ne céderons pas. » Puis il est parti.",
     ["Il a dit : « Nous ne céderons pas. »", "Puis il est parti."]),
    ("M. Macron a reçu Mme Baerbock. Le 1er octobre, Paris a réagi !",
     ["M. Macron a reçu Mme Baerbock.", "Le 1er octobre, Paris a réagi !"]),
    ("Vraiment ? Oui, a-t-il répondu.", ["Vraiment ?", "Oui, a-t-il répondu."]),
    # an article before a number with a dot: an ordinal ("der 14. Angriff"), not an end
    ("Es war der 14. Angriff der Miliz seit März. Zum 3. Mal traf es den Hafen.",
     ["Es war der 14. Angriff der Miliz seit März.", "Zum 3. Mal traf es den Hafen."]),
    ("Die Zahl der Toten stieg auf 14. Die Armee zog ab.",
     ["Die Zahl der Toten stieg auf 14.", "Die Armee zog ab."]),
])
def test_split(text: str, expected: list[str]) -> None:
    sentences, _ = _run(text)
    assert [s.text for s in sentences] == expected

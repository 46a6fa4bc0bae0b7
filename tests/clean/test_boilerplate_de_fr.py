"""German and French boilerplate and content-farm lines are removed by kind; body sentences stay."""

from __future__ import annotations

import pytest

from newsweave.clean.boilerplate import classify
from newsweave.clean.rules import load_rules

BOILERPLATE = [
    ("share_button", "Teilen"),
    ("share_button", "Artikel teilen | Drucken | Link kopieren"),
    ("share_button", "Partager"),
    ("share_button", "Partager sur Facebook  Twitter  E-mail"),
    ("advertisement", "Anzeige"),
    ("advertisement", "Werbung"),
    ("advertisement", "Publicité"),
    ("advertisement", "La suite après cette publicité"),
    ("interlink", "Lesen Sie auch: Bundestag stimmt über den Haushalt ab"),
    ("interlink", "Mehr zum Thema: Neue Brücke in Hamburg eröffnet"),
    ("interlink", "Lire aussi : Le Parlement vote le budget"),
    ("interlink", "À lire aussi : un nouveau pont à Lyon"),
    ("interlink", "Sur le même sujet"),
    ("comment_form", "Hinterlasse einen Kommentar"),
    ("comment_form", "Ihre E-Mail-Adresse wird nicht veröffentlicht."),
    ("comment_form", "Laisser un commentaire"),
    ("comment_form", "Votre adresse e-mail ne sera pas publiée."),
    ("copyright", "© 2024 Beispielzeitung. Alle Rechte vorbehalten."),
    ("copyright", "Tous droits réservés"),
    ("copyright", "Reproduction interdite sans autorisation"),
    ("tags", "Schlagwörter: Russland, Nordkorea, Ukraine"),
    ("tags", "Mots-clés : Russie, Corée du Nord"),
    ("navigation", "Startseite » Politik » Ausland"),
    ("navigation", "Accueil > Monde > Asie"),
    ("byline", "Von: Redaktion"),
    ("byline", "Rédaction : Jean Dupont"),
    ("timestamp", "Veröffentlicht am 13. September 2023, 14:05 Uhr"),
    ("timestamp", "Aktualisiert: 13.09.2023, 16:20"),
    ("timestamp", "Publié le 13 septembre 2023 à 14h05"),
    ("timestamp", "Mis à jour le 13/09/2023 à 16:20"),
]

BODY = [
    "Russland griff am Montag die ukrainische Hauptstadt mit Drohnen an, teilte das Militär mit.",
    "Die Regierung kündigte an, die Zusammenarbeit mit Pjöngjang auszubauen.",
    "Teilen sich die beiden Länder künftig die Kosten, wie der Minister vorschlug?",
    "La Russie a attaqué lundi la capitale ukrainienne avec des drones, selon l'armée.",
    "Le gouvernement a annoncé qu'il partagerait les coûts avec ses partenaires.",
    "Publié le même jour, le rapport accuse Moscou d'avoir menti sur ses pertes.",
]


@pytest.mark.parametrize(("kind", "line"), BOILERPLATE)
def test_boilerplate_line_is_classified(kind: str, line: str) -> None:
    assert classify(line, load_rules()) == kind


@pytest.mark.parametrize("line", BODY)
def test_body_sentence_is_kept(line: str) -> None:
    assert classify(line, load_rules()) is None

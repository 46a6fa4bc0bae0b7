"""Spanish and Portuguese page furniture and content-farm lines are removed by kind; body
sentences stay (lines written for this test)."""

from __future__ import annotations

import pytest

from newsweave.clean.boilerplate import classify
from newsweave.clean.rules import load_rules

BOILERPLATE = [
    ("share_button", "Compartir en Facebook  Compartir en Twitter"),
    ("share_button", "Compartilhar | Imprimir"),
    ("share_button", "Partilhar"),
    ("advertisement", "Publicidad"),
    ("advertisement", "Continua depois da publicidade"),
    ("interlink", "Lee también: El Gobierno aprueba los presupuestos"),
    ("interlink", "Te puede interesar: Nueva línea de metro en Madrid"),
    ("interlink", "Leia também: Governo anuncia novo pacote econômico"),
    ("interlink", "Saiba mais: Chuvas atingem o Rio Grande do Sul"),
    ("interlink", "Veja também: Lula viaja à China"),
    ("comment_form", "Deja un comentario"),
    ("comment_form", "Tu dirección de correo electrónico no será publicada."),
    ("comment_form", "Deixe um comentário"),
    ("comment_form", "O seu endereço de e-mail não será publicado."),
    ("copyright", "© 2024 Diario Ejemplo. Todos los derechos reservados."),
    ("copyright", "Todos os direitos reservados. Proibida a reprodução."),
    ("tags", "Etiquetas: Rusia, Corea del Norte, Ucrania"),
    ("tags", "Tópicos: Rússia, Ucrânia"),
    ("navigation", "Inicio » Internacional » Europa"),
    ("navigation", "Início » Mundo"),
    ("byline", "Redacción: Juan Pérez"),
    ("byline", "Por Maria Silva"),
    ("timestamp", "Actualizado el 19 de septiembre de 2023, 10:45 h"),
    ("timestamp", "Publicado em 19 de setembro de 2023 às 10h45"),
]

BODY = [
    "El Gobierno compartió su plan con los aliados europeos el lunes.",
    "Por primera vez en 24 años, el presidente ruso visitó Pyongyang.",
    "O governo partilhou o plano com os aliados na segunda-feira.",
    "Leia a declaração completa do ministro, pediu a oposição.",
    "Publicidad engañosa: la fiscalía investiga a la empresa por sus anuncios.",
]


@pytest.mark.parametrize(("kind", "line"), BOILERPLATE)
def test_boilerplate_line_is_classified(kind: str, line: str) -> None:
    assert classify(line, load_rules()) == kind


@pytest.mark.parametrize("line", BODY)
def test_body_sentence_is_kept(line: str) -> None:
    assert classify(line, load_rules()) is None

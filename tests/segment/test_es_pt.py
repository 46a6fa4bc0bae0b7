"""Spanish and Portuguese sentences: abbreviations, ¿…? and ¡…!, « » and “ ” quotes, and the
languages easily confused with them (Galician, Catalan; Brazilian and European Portuguese
spelling are one language). A Spanish line quoted inside a Portuguese article takes the
article's language (the identifier finds Portuguese plausible for it): articles are
monolingual, and the quotation is read with the article's pack. Texts written for this test."""

from __future__ import annotations

import pytest

from newsweave.model import OffsetMap
from newsweave.options import Options
from newsweave.segment import segment


def _run(text: str):
    return segment(text, OffsetMap.identity(len(text)), Options())


@pytest.mark.parametrize(("text", "lang"), [
    ("Los dos mandatarios se reunieron el lunes en la capital y firmaron un nuevo acuerdo de "
     "cooperación.", "es"),
    ("Los presidentes firmaron ayer un acuerdo en la capital, según informó el Gobierno.", "es"),
    ("Os dois líderes reuniram-se na segunda-feira na capital e assinaram um novo acordo de "
     "cooperação.", "pt"),
    ("Os presidentes assinaram ontem um acordo na capital, segundo informou o governo.", "pt"),
    # Brazilian spelling and clitic order
    ("O governo brasileiro se reuniu com a equipe econômica para discutir a ação do Banco "
     "Central.", "pt"),
    # European spelling and clitic order
    ("O Governo português reuniu-se com a equipa económica para discutir a acção do banco "
     "central.", "pt"),
])
def test_sentence_language(text: str, lang: str) -> None:
    sentences, languages = _run(text)
    assert {s.lang for s in sentences} == {lang}
    assert [share.lang for share in languages] == [lang]


def test_a_spanish_article_never_comes_out_partly_galician_or_catalan() -> None:
    text = (
        "El Gobierno de Galicia presentó hoy el plan de la Xunta para el puerto de Vigo. "
        "La consejera dijo que las obras empezarán en marzo. "
        "Los trabajos durarán dos años y costarán cincuenta millones de euros. "
        "Els treballadors del port van protestar ahir. "
        "El alcalde pidió calma y diálogo a todas las partes."
    )
    sentences, languages = _run(text)
    assert languages[0].lang == "es"
    assert "gl" not in {s.lang for s in sentences}


def test_a_short_spanish_text_never_comes_out_extremaduran_or_aragonese() -> None:
    # the identifier's full model scores short Spanish lines as ext or an
    text = ("Titular breve\n\nHizbulá declaró la guerra abierta contra Israel. "
            "Irán declaró una «guerra total» a Israel.")
    sentences, languages = _run(text)
    assert [share.lang for share in languages] == ["es"]
    assert {s.lang for s in sentences} == {"es"}


def test_a_portuguese_article_never_comes_out_partly_galician() -> None:
    text = (
        "O governo anunciou hoje um novo pacote de medidas para a economia. "
        "O ministro disse que as obras começam em março. "
        "Os trabalhos vão durar dois anos e custar cinquenta milhões de euros. "
        "A oposição pediu mais diálogo."
    )
    sentences, _ = _run(text)
    assert {s.lang for s in sentences} == {"pt"}


@pytest.mark.parametrize(("text", "n"), [
    # abbreviations that end with a dot but not the sentence
    ("El Sr. Pérez y la Dra. García llegaron a EE.UU. el lunes. La visita duró dos días.", 2),
    ("El Gral. Martínez habló con el Cnel. Ruiz. Luego se fueron.", 2),
    ("O Sr. Silva e a Dra. Costa chegaram ao Rio. A visita durou dois dias.", 2),
    ("A reunião foi na Av. Paulista, em São Paulo. O ministro chegou às 10h.", 2),
    # ¿…? and ¡…! open and close a sentence of their own
    ("¿Enviará Corea del Norte más tropas? ¡Nadie lo sabe! El Gobierno calla.", 3),
    # a closing guillemet or quote after the full stop belongs to the sentence
    ("«No habrá más ataques», dijo el portavoz. «Lo garantizamos.» Luego se fue.", 3),
    ("“Não haverá mais ataques”, disse o porta-voz. “Garantimos.” Depois saiu.", 3),
])
def test_split(text: str, n: int) -> None:
    sentences, _ = _run(text)
    assert len(sentences) == n, [s.text for s in sentences]

"""Forensic checks on German and French text: impossible and garbled dates, garbled numbers,
calibres, self-relations, interlinks and bios left in the body, machine-translation signals."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,lang,surface", [
    ("Das Ministerium teilte am 31. April mit, die Gespräche seien beendet.", "de", "31. April"),
    ("Le ministère a annoncé le 31 avril que les pourparlers étaient terminés.", "fr",
     "31 avril"),
])
def test_impossible_dates(fx, text, lang, surface):
    findings, _ = fx.run(fx.make_doc(text, lang, "2024-05-10"))
    assert any(k == "impossible_date" and surface in s for k, s in fx.kinds(findings))


@pytest.mark.parametrize("text,lang", [
    ("Das Ministerium teilte am 30. April mit, die Gespräche seien beendet.", "de"),
    ("Le ministère a annoncé le 30 avril que les pourparlers étaient terminés.", "fr"),
])
def test_valid_dates_are_not_flagged(fx, text, lang):
    findings, _ = fx.run(fx.make_doc(text, lang, "2024-05-10"))
    assert not [f for f in findings if f.kind.endswith("date")]


@pytest.mark.parametrize("text,lang", [
    ("Das Video zeigte mindestens XNUMX brennende Tanks.", "de"),
    ("La vidéo montrait au moins XNUMX réservoirs en feu.", "fr"),
])
def test_placeholder_tokens(fx, text, lang):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert ("garbled_number", "XNUMX") in fx.kinds(findings)


@pytest.mark.parametrize("text,lang,surface", [
    ("Rund 10.000 Tausend nordkoreanische Soldaten sind in Russland.", "de", "10.000 Tausend"),
    ("Environ 10 000 mille soldats nord-coréens sont en Russie.", "fr", "10 000 mille"),
])
def test_thousands_of_thousands(fx, text, lang, surface):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert any(k == "double_scale" and surface in s for k, s in fx.kinds(findings))


@pytest.mark.parametrize("text,lang", [
    ("Rund 10.000 nordkoreanische Soldaten sind in Russland.", "de"),
    ("Environ 10 000 soldats nord-coréens sont en Russie.", "fr"),
])
def test_native_number_formats_are_fine(fx, text, lang):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert not [f for f in findings if f.kind in ("number_format", "double_scale")]


@pytest.mark.parametrize("text,lang,surface,suggestion", [
    ("Russland will 52-mm-Granaten und Panzerabwehrraketen.", "de", "52 mm", "152 mm"),
    ("La Russie veut des obus de 55 mm et des missiles antichars.", "fr", "55 mm", "155 mm"),
])
def test_implausible_calibres(fx, text, lang, surface, suggestion):
    findings, _ = fx.run(fx.make_doc(text, lang))
    f = [f for f in findings if f.kind == "implausible_value"]
    assert [x.suggestion for x in f] == [suggestion]


@pytest.mark.parametrize("text,lang,surface", [
    ("Der Besuch zeigte die Annäherung zwischen Russland und Russland, sagten Analysten.", "de",
     "Russland und Russland"),
    ("La visite a montré le rapprochement entre la Russie et la Russie, selon des analystes.",
     "fr", "Russie et la Russie"),
])
def test_self_relation_from_text(fx, text, lang, surface):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert any(k == "self_relation" and surface in s for k, s in fx.kinds(findings))


@pytest.mark.parametrize("line,lang", [
    ("Lesen Sie auch: Ölpreise steigen stark", "de"),
    ("Lire aussi : Les prix du pétrole s'envolent", "fr"),
])
def test_interlinks_left_in_text(fx, line, lang):
    body = {"de": "Nordkorea kündigte an, die militärische Zusammenarbeit mit Russland "
                  "fortzusetzen.",
            "fr": "La Corée du Nord a promis de poursuivre sa coopération militaire avec la "
                  "Russie."}[lang]
    findings, _ = fx.run(fx.make_doc(f"{body}\n{line}\n{body}", lang))
    assert ("content_farm", line) in fx.kinds(findings)

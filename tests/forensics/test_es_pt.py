"""Forensic checks on Spanish and Portuguese text: impossible dates, garbled numbers, calibres,
first-person debris of machine translation (sentences written for this test)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,lang,surface", [
    ("El ministerio afirmó el 31 de abril que las conversaciones habían terminado.", "es",
     "31 de abril"),
    ("O ministério afirmou em 30 de fevereiro que as conversações terminaram.", "pt",
     "30 de fevereiro"),
])
def test_impossible_dates(fx, text, lang, surface):
    findings, _ = fx.run(fx.make_doc(text, lang, "2024-05-10"))
    assert any(k == "impossible_date" and surface in s for k, s in fx.kinds(findings))


@pytest.mark.parametrize("text,lang", [
    ("El ministerio afirmó el 30 de abril que las conversaciones habían terminado.", "es"),
    ("O ministério afirmou em 29 de fevereiro de 2024 que as conversações terminaram.", "pt"),
])
def test_valid_dates_are_not_flagged(fx, text, lang):
    findings, _ = fx.run(fx.make_doc(text, lang, "2024-05-10"))
    assert not [f for f in findings if f.kind.endswith("date")]


@pytest.mark.parametrize("text,lang", [
    ("El vídeo mostró al menos XNUMX tanques de combustible en llamas.", "es"),
    ("O vídeo mostrou pelo menos XNUMX tanques de combustível em chamas.", "pt"),
])
def test_placeholder_tokens(fx, text, lang):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert ("garbled_number", "XNUMX") in fx.kinds(findings)


@pytest.mark.parametrize("text,lang", [
    ("Unos 10.000 soldados norcoreanos están en Rusia.", "es"),
    ("Cerca de 10.000 soldados norte-coreanos estão na Rússia.", "pt"),
    ("El frente tiene 1,5 km de largo.", "es"),
])
def test_native_number_formats_are_fine(fx, text, lang):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert not [f for f in findings if f.kind in ("number_format", "double_scale")]


@pytest.mark.parametrize("text,lang,surface", [
    ("Rusia quiere proyectiles de 52 mm y misiles antitanque.", "es", "52 mm"),
    ("A Rússia quer projéteis de 55 mm e mísseis antitanque.", "pt", "55 mm"),
])
def test_implausible_calibres(fx, text, lang, surface):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert any(f.kind == "implausible_value" and surface in f.surface for f in findings)

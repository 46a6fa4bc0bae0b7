"""Garbled numbers: placeholders, double scales, foreign grouping, slashed counts, calibres,
implausible magnitudes and disagreeing figures."""

from __future__ import annotations

import pytest

from newsweave.model import QuantityValue


@pytest.mark.parametrize("text,lang", [
    ("ウクライナも飛来する巡航ミサイルの3分のXNUMXを阻止した。", "ja"),
    ("Video showed at least XNUMX fuel tanks engulfed by a fireball.", "en"),
    ("Video menunjukkan sedikitnya XNUMX tangki bahan bakar terbakar.", "id"),
])
def test_placeholder_tokens(fx, text, lang):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert ("garbled_number", "XNUMX") in fx.kinds(findings)


@pytest.mark.parametrize("text,lang,surface,kind", [
    ("現在ロシアには約10.000万人の北朝鮮兵士がいると述べた。", "ja", "10.000万人", "double_scale"),
    ("目前约有10.000万名朝鲜士兵在俄罗斯。", "zh", "10.000万名", "double_scale"),
    ("국경에서 1.500km 떨어진 시설이 공격을 받았다.", "ko", "1.500km", "number_format"),
    ("国境から1.500キロ離れた施設が攻撃された。", "ja", "1.500キロ", "number_format"),
])
def test_dot_grouped_figures_in_comma_languages(fx, text, lang, surface, kind):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert (kind, surface) in fx.kinds(findings)


@pytest.mark.parametrize("text,lang", [
    ("Sekitar 10.000 tentara Korea Utara berada di Rusia.", "id"),
    ("Khoảng 10.000 binh sĩ Triều Tiên đang ở Nga.", "vi"),
    ("日本政府は1,000万ドルの追加支援を決めた。", "ja"),
    ("円相場は1ドル=151.250円で推移した。", "ja"),
])
def test_native_number_formats_are_fine(fx, text, lang):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert not [f for f in findings if f.kind in ("number_format", "double_scale")]


@pytest.mark.parametrize("text,lang,surface", [
    ("防空部隊が無人航空機48/14機を一晩で破壊したと発表した。", "ja", "48/14機"),
    ("Air defence destroyed 48/14 drones overnight, the air force said.", "en", "48/14 drones"),
])
def test_slashed_counts(fx, text, lang, surface):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert ("garbled_number", surface) in fx.kinds(findings)


def test_dates_with_slashes_are_not_counts(fx):
    findings, _ = fx.run(fx.make_doc("Air defence destroyed 12/10 drones, it said.", "en"))
    assert not findings


@pytest.mark.parametrize("text,lang,surface,suggestion", [
    ("ロシアが北朝鮮から入手したい兵器は52mm砲弾と対戦車ミサイルだ。", "ja", "52mm砲弾", "152 mm"),
    ("Russia wants 55mm artillery shells and anti-tank missiles.", "en", "55mm artillery",
     "155 mm"),
    ("Россия хочет получить 22 мм снаряды и противотанковые ракеты.", "ru", "22 мм снаряды",
     "122 mm"),
])
def test_implausible_calibres(fx, text, lang, surface, suggestion):
    findings, _ = fx.run(fx.make_doc(text, lang))
    f = [f for f in findings if f.kind == "implausible_value"]
    assert [(x.surface, x.suggestion) for x in f] == [(surface, suggestion)]


@pytest.mark.parametrize("text,lang", [
    ("ロシアは152mm砲弾の不足に直面している。", "ja"),
    ("Ukraine is short of 155mm shells, officials said.", "en"),
    ("The lens measures 52mm across and weighs little.", "en"),  # not a gun
])
def test_real_calibres_are_fine(fx, text, lang):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert not [f for f in findings if f.kind == "implausible_value"]


def test_upstream_quantity_problems_and_magnitudes(fx):
    doc = fx.make_doc("About 100000000 North Korean soldiers are in Russia, and XNUMX more came.",
                      "en")
    qs = [fx.quantity(doc, "100000000 North Korean soldiers", 1e8, "soldiers"),
          fx.quantity(doc, "XNUMX more", None, None, problem="placeholder")]
    findings, _ = fx.run(doc, fx.analysis(quantities=qs))
    got = fx.kinds(findings)
    assert ("implausible_value", "100000000 North Korean soldiers") in got
    assert any(k == "garbled_number" and "XNUMX" in s for k, s in got)


@pytest.mark.parametrize("lines,small,big,lang", [
    (("Officials said 10,000 soldiers were sent to Russia.",
      "Later the ministry said 100,000,000 soldiers were sent to Russia."),
     "10,000 soldiers", "100,000,000 soldiers", "en"),
    (("Pejabat mengatakan 10.000 tentara dikirim ke Rusia.",
      "Kementerian kemudian menyebut 100 juta tentara dikirim ke Rusia."),
     "10.000 tentara", "100 juta tentara", "id"),
])
def test_figures_for_one_measure_orders_of_magnitude_apart(fx, lines, small, big, lang):
    doc = fx.make_doc("\n".join(lines), lang)
    c1 = fx.claim(doc, lines[0], "DEPLOY_TROOPS", ["north-korea"], ["russia"], 0,
                  quantity=QuantityValue(10000, "soldiers", False, small))
    c2 = fx.claim(doc, lines[1], "DEPLOY_TROOPS", ["north-korea"], ["russia"], 1,
                  quantity=QuantityValue(1e8, "soldiers", False, big))
    findings, _ = fx.run(doc, claims=[c1, c2])
    assert ("inconsistent_numbers", big) in fx.kinds(findings)


@pytest.mark.parametrize("text,lang,surface,flagged", [
    ("Sekitar 10.000 ribu tentara Korea Utara berada di Rusia.", "id", "10.000 ribu", True),
    ("Khoảng 10.000 nghìn binh sĩ Triều Tiên đang ở Nga.", "vi", "10.000 nghìn", True),
    ("Около 10 000 тысяч солдат КНДР находятся в России.", "ru", "10 000 тысяч", True),
    ("Sekitar 10 ribu tentara Korea Utara berada di Rusia.", "id", "10 ribu", False),
])
def test_thousands_of_thousands(fx, text, lang, surface, flagged):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert (("double_scale", surface) in fx.kinds(findings)) is flagged

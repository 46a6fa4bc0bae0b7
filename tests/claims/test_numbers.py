"""The number a claim is about: its measure, its trigger's own figure, ranges, bounds and
forecasts, in several languages (sentences written for these tests)."""

from __future__ import annotations

import pytest
from tests.claims.helpers import NAMES, claims

from newsweave.model import Claim
from newsweave.quantity import parse_quantities


def _run(text: str, lang: str, extra: dict[str, str] | None = None) -> list[Claim]:
    return claims(text, lang, mentions={**NAMES[lang], **(extra or {})}, numbers=True)


def _of(found: list[Claim], ctype: str) -> list[Claim]:
    return [c for c in found if c.type == ctype]


@pytest.mark.parametrize(("text", "lang"), [
    ("North Korea sent about 3,000 soldiers to Russia.", "en"),
    ("North Korea sent about 3,000 military personnel to Russia.", "en"),
    ("北朝鮮はロシアに兵士約3000人を派遣した。", "ja"),
    ("북한은 러시아에 병력 약 3000명을 파병했다.", "ko"),
    ("Korea Utara mengirim sekitar 3.000 personel militer ke Rusia.", "id"),
])
def test_soldiers_and_personnel_are_counted_as_troops(text: str, lang: str) -> None:
    (c,) = _of(_run(text, lang), "DEPLOY_TROOPS")
    assert c.quantity is not None and c.quantity.value == 3000
    assert c.quantity.unit == "troops"


@pytest.mark.parametrize(("text", "lang", "killed", "injured"), [
    ("Russian strikes on Kursk killed 12 people and wounded 30 others.", "en", 12, 30),
    ("В результате удара по Курску погибли 12 человек, 30 получили ранения.", "ru", 12, 30),
    ("Serangan Rusia di Kursk menewaskan 12 orang dan melukai 30 orang lainnya.", "id", 12, 30),
])
def test_the_killed_and_the_injured_are_two_figures(text, lang, killed, injured) -> None:
    extra = {"Курску": "kursk"} if lang == "ru" else None
    figures = {(c.quantity.unit, c.quantity.value)
               for c in _of(_run(text, lang, extra), "CASUALTIES") if c.quantity}
    assert ("killed", killed) in figures, figures
    if lang != "id":  # "melukai" is no trigger word of its own in Indonesian
        assert ("injured", injured) in figures, figures


@pytest.mark.parametrize(("text", "lang"), [
    ("North Korea has sent 11,000-12,000 troops to Russia.", "en"),
    ("北朝鮮はロシアに兵士1万1000～1万2000人を派遣した。", "ja"),
    ("Korea Utara telah mengirim 11.000 hingga 12.000 tentara ke Rusia.", "id"),
    ("Triều Tiên đã gửi 11.000 đến 12.000 binh sĩ sang Nga.", "vi"),
])
def test_a_claim_keeps_both_ends_of_a_range(text: str, lang: str) -> None:
    (c,) = _of(_run(text, lang), "DEPLOY_TROOPS")
    assert c.quantity is not None
    assert (c.quantity.value, c.quantity.value_max) == (11000, 12000)


@pytest.mark.parametrize(("text", "lang"), [
    ("At least 1,100 North Korean soldiers were killed in Kursk.", "en"),
    ("クルスクで北朝鮮兵少なくとも1100人が死亡した。", "ja"),
    ("쿠르스크에서 북한군 최소 1100명이 사망했다.", "ko"),
])
def test_a_claim_keeps_the_bound_of_its_figure(text: str, lang: str) -> None:
    (c,) = _of(_run(text, lang), "CASUALTIES")
    assert c.quantity is not None
    assert (c.quantity.value, c.quantity.bound, c.quantity.unit) == (1100, "at_least", "killed")


@pytest.mark.parametrize(("text", "lang"), [
    ("North Korea has sent 3,000 troops to Russia, a number expected to reach 10,000 by "
     "December.", "en"),
    ("北朝鮮はロシアに兵士3000人を派遣した。派遣規模は1万人に達する見込みだ。", "ja"),
    ("Korea Utara telah mengirim 3.000 tentara ke Rusia, jumlah yang diperkirakan mencapai "
     "10.000 tentara pada akhir Desember.", "id"),
])
def test_a_forecast_is_not_the_count_of_what_was_done(text: str, lang: str) -> None:
    deployed = _of(_run(text, lang), "DEPLOY_TROOPS")
    assert deployed
    for c in deployed:
        assert c.quantity is None or (c.quantity.value == 3000 and not c.quantity.forecast)


@pytest.mark.parametrize(("text", "lang"), [
    ("North Korea will send 10,000 troops to Russia by December.", "en"),
    ("北朝鮮は12月までにロシアに兵士1万人を派遣する予定だ。", "ja"),
    ("북한은 12월까지 러시아에 병력 1만 명을 파병할 예정이다.", "ko"),
])
def test_an_expected_act_keeps_its_forecast_marked(text: str, lang: str) -> None:
    (c,) = _of(_run(text, lang), "DEPLOY_TROOPS")
    assert c.modality == "expected"
    assert c.quantity is not None and c.quantity.value == 10000 and c.quantity.forecast


@pytest.mark.parametrize(("text", "lang", "extra"), [
    ("Shelling killed 3 people in Kursk on Monday, and 200 residents were evacuated from Kursk.",
     "en", {}),
    ("В понедельник обстрел в Курске убил 3 человек, из Курска эвакуировали 200 жителей.",
     "ru", {"Курске": "kursk", "Курска": "kursk"}),
    ("Penembakan menewaskan 3 orang di Kursk pada Senin, dan 200 warga dievakuasi dari Kursk.",
     "id", {}),
])
def test_a_number_across_a_clause_belongs_to_its_own_act(text: str, lang: str,
                                                         extra: dict) -> None:
    found = _run(text, lang, extra)
    dead = [c.quantity.value for c in _of(found, "CASUALTIES") if c.quantity]
    moved = [c.quantity.value for c in _of(found, "DISPLACE") if c.quantity]
    assert dead == [3] and moved == [200], (dead, moved)


def test_a_count_its_own_words_give_to_another_fate_is_not_the_displaced() -> None:
    # the 300 are the casualties: the flight after them has no figure of its own
    found = _run("クルスクで砲撃、300人死傷 住民脱出で混乱", "ja", {"クルスク": "kursk"})
    (hurt,) = _of(found, "CASUALTIES")
    assert hurt.quantity is not None and hurt.quantity.value == 300
    (fled,) = _of(found, "DISPLACE")
    assert fled.quantity is None


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    ("Die Huthi haben seit November 26 Angriffe auf Handelsschiffe verübt.", "de", 26, "strikes"),
    ("Die Armee zerstörte 60 Ziele in der Nacht.", "de", 60, "targets"),
    ("Les Houthis ont mené 27 attaques contre des navires.", "fr", 27, "strikes"),
    ("L'armée a frappé 40 positions ennemies.", "fr", 40, "targets"),
    ("हूती विद्रोहियों ने 27 हमले किए।", "hi", 27, "strikes"),
    ("सेना ने 12 ठिकानों को नष्ट किया।", "hi", 12, "targets"),
    ("Ordu 90'dan fazla mevziyi ele geçirdi.", "tr", 90, "positions"),
])
def test_attacks_and_targets_are_counted(text: str, lang: str, value: float, unit: str) -> None:
    """Counts of attacks and of places hit are measures of their own in every language."""
    found = [q for q in parse_quantities(text, lang) if q.unit]
    assert [(q.value, q.unit) for q in found] == [(value, unit)]

"""Modality, attribution, headlines and denials in several languages."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims, one, run

MODALITY = [
    ("asserted", "en", "Putin visited Pyongyang.", "VISIT"),
    ("asserted", "ja", "プーチン大統領は平壌を訪問した。", "VISIT"),
    ("asserted", "ko", "푸틴 대통령은 평양을 방문했다.", "VISIT"),
    ("reported", "en", "According to TASS, North Korea sent troops to Russia.", "DEPLOY_TROOPS"),
    ("reported", "ja", "タス通信によると、北朝鮮はロシアに兵士を派遣した。", "DEPLOY_TROOPS"),
    ("reported", "ko", "타스 통신에 따르면 북한은 러시아에 병력을 파병했다.", "DEPLOY_TROOPS"),
    ("reported", "id", "Menurut TASS, Korea Utara mengirim pasukan ke Rusia.", "DEPLOY_TROOPS"),
    ("reported", "vi", "Theo TASS, Triều Tiên đã điều quân sang Nga.", "DEPLOY_TROOPS"),
    ("denied", "en", "North Korea did not send troops to Russia.", "DEPLOY_TROOPS"),
    ("denied", "ja", "北朝鮮はロシアに兵士を派遣していない。", "DEPLOY_TROOPS"),
    ("denied", "ko", "북한은 러시아에 병력을 파병하지 않았다.", "DEPLOY_TROOPS"),
    ("denied", "id", "Korea Utara tidak mengirim pasukan ke Rusia.", "DEPLOY_TROOPS"),
    ("denied", "ru", "КНДР не направляла войска в Россию.", "DEPLOY_TROOPS"),
    ("speculated", "en", "North Korea may have sent troops to Russia.", "DEPLOY_TROOPS"),
    ("speculated", "ja", "北朝鮮はロシアに兵士を派遣したとみられる。", "DEPLOY_TROOPS"),
    ("speculated", "ko", "북한이 러시아에 병력을 파병한 것으로 보인다.", "DEPLOY_TROOPS"),
    ("speculated", "id", "Korea Utara tampaknya mengirim pasukan ke Rusia.", "DEPLOY_TROOPS"),
    ("speculated", "ru", "КНДР, возможно, направила войска в Россию.", "DEPLOY_TROOPS"),
    ("expected", "en", "Putin will visit Pyongyang.", "VISIT"),
    ("expected", "ja", "プーチン大統領は平壌を訪問する予定だ。", "VISIT"),
    ("expected", "ko", "푸틴 대통령은 평양을 방문할 예정이다.", "VISIT"),
    ("expected", "id", "Putin akan mengunjungi Pyongyang.", "VISIT"),
    ("expected", "vi", "Ông Putin sẽ thăm Bình Nhưỡng.", "VISIT"),
    ("expected", "zh", "普京将访问平壤。", "VISIT"),
]


@pytest.mark.parametrize(("modality", "lang", "text", "ctype"), MODALITY)
def test_modality(modality: str, lang: str, text: str, ctype: str):
    assert one(run(text, lang), ctype).modality == modality


ATTRIBUTION = [
    ("en", "Blinken said North Korea sent troops to Russia."),
    ("ja", "ブリンケン長官は、北朝鮮がロシアに兵士を派遣したと述べた。"),
    ("ko", "블링컨 장관은 북한이 러시아에 병력을 파병했다고 말했다."),
    ("id", "Blinken mengatakan Korea Utara mengirim pasukan ke Rusia."),
    ("en", "North Korea sent troops to Russia, Blinken told reporters."),
]


@pytest.mark.parametrize(("lang", "text"), ATTRIBUTION)
def test_speaker_reports_someone_elses_act(lang: str, text: str):
    c = one(run(text, lang), "DEPLOY_TROOPS")
    assert c.attributed_to == "blinken"
    assert c.modality == "reported"
    assert "KP" in c.actors and "blinken" not in c.actors + c.targets


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("en", "According to TASS, North Korea sent troops to Russia.", "tass"),
    ("ja", "タス通信によると、北朝鮮はロシアに兵士を派遣した。", "tass"),
    ("ko", "타스 통신에 따르면 북한은 러시아에 병력을 파병했다.", "tass"),
    ("id", "Menurut TASS, Korea Utara mengirim pasukan ke Rusia.", "tass"),
])
def test_according_to(lang: str, text: str, source: str):
    c = one(run(text, lang), "DEPLOY_TROOPS")
    assert c.attributed_to == source
    assert c.actors[0] == "KP" and source not in c.actors


@pytest.mark.parametrize(("lang", "text", "modality"), [
    ("en", "North Korea said it will send troops to Russia.", "expected"),
    ("ja", "北朝鮮はロシアに兵士を派遣すると発表した。", "asserted"),
    ("ko", "북한은 러시아에 병력을 파병했다고 밝혔다.", "asserted"),
    ("id", "Korea Utara mengatakan akan mengirim pasukan ke Rusia.", "expected"),
])
def test_self_report_keeps_the_acts_modality(lang: str, text: str, modality: str):
    c = one(run(text, lang), "DEPLOY_TROOPS")
    assert c.attributed_to == "KP"
    assert c.modality == modality


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Did North Korea send troops to Russia?"),
    ("ja", "北朝鮮がロシアに兵士を派遣?"),
    ("id", "Akankah Korea Utara mengirim pasukan ke Rusia?"),
    ("ko", "북한, 러시아에 병력 파병?"),
])
def test_headline_question_is_speculation(lang: str, text: str):
    c = one(run(text, lang, title=text), "DEPLOY_TROOPS")
    assert c.modality == "speculated"


@pytest.mark.parametrize(("lang", "text", "denier"), [
    ("en", "Russia denied sending troops to North Korea.", "RU"),
    ("id", "Pemerintah Rusia membantah mengirimkan pasukan ke Korea Utara.", "RU"),
    ("ja", "北朝鮮はロシアへの派兵を否定している。", "KP"),
    ("ko", "북한은 러시아 파병을 부인했다.", "KP"),
])
def test_denial_gives_deny_not_the_act(lang: str, text: str, denier: str):
    found = run(text, lang)
    assert [c.type for c in found] == ["DENY"]
    assert found[0].actors[0] == denier
    assert found[0].modality == "asserted"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "According to intelligence officials, North Korea sent troops to Russia."),
    ("id", "Menurut pejabat intelijen, Korea Utara mengirim pasukan ke Rusia."),
    ("ja", "情報筋によると、北朝鮮はロシアに兵士を派遣した。"),
])
def test_unnamed_source_is_still_reported(lang: str, text: str):
    c = one(run(text, lang), "DEPLOY_TROOPS")
    assert c.modality == "reported" and c.attributed_to is None


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "ロシアが北朝鮮に武器を移転するのではないかとの見方が出ている。"),
    ("ko", "러시아가 북한에 무기를 이전하는 것이 아닌가 하는 관측이 나온다."),
])
def test_a_negative_question_is_a_guess_not_a_denial(lang: str, text: str):
    assert one(run(text, lang), "SUPPLY_ARMS").modality == "speculated"


@pytest.mark.parametrize(("text", "modality"), [
    ("Mediators not allowed to meet Bazoum", "denied"),  # a negated plan is denied
    ("Mediators to meet Bazoum on Friday", "expected"),
])
def test_a_headline_plan_and_its_negation(text: str, modality: str) -> None:
    found = claims(text, "en", mentions={"Mediators": "ecowas", "Bazoum": "bazoum"})
    assert [(c.type, c.modality) for c in found] == [("MEET", modality)]

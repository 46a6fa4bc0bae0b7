"""A trigger word in its other sense tells no act: a cautious calm, a threat something poses,
the area a group holds, a feared reprisal, a purpose, an act referred back to, a putschist.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims, one

AR = {"روسيا": "RU", "أوكرانيا": "UA", "الحوثيون": "houthis", "الحوثيين": "houthis",
      "اليمن": "YE"}
ID = {"Houthi": "houthis", "Israel": "IL", "Yaman": "YE", "Rusia": "RU"}
VI = {"Azerbaijan": "AZ", "Armenia": "AM"}
KO = {"미국": "US", "우크라이나": "UA", "팔레스타인": "PS"}
ZH = {"胡塞武装": "houthis", "美国": "US"}


def triggers(found) -> set[str]:
    return {c.trigger or "" for c in found}


@pytest.mark.parametrize(("lang", "text", "names", "word"), [
    # "cautious calm" is a mood, not a warning
    ("ar", "يسود هدوء حذر في العاصمة بعد يومين من الاشتباكات بين روسيا وأوكرانيا.", AR, "حذر"),
    # a threat something poses is what it is, not a threat anyone made
    ("ar", "قال الجيش إن صواريخ الحوثيين تمثل تهديدا للملاحة في اليمن.", AR, "تهديد"),
    # the areas a group holds: a state, not a capture
    ("ar", "سقطت القذائف على المناطق التي يسيطر عليها الحوثيون في اليمن.", AR, "يسيطر"),
    ("id", "Stasiun televisi yang dikuasai Houthi menayangkan gambar pelabuhan di Yaman.", ID,
     "dikuasai"),
    ("zh", "美国称胡塞武装的导弹对航运构成威胁。", ZH, "威胁"),
    ("vi", "Azerbaijan nói rằng lực lượng đó là mối đe dọa đối với Armenia.", VI, "đe dọa"),
])
def test_a_word_in_its_other_sense_is_no_trigger(lang, text, names, word):
    found = claims(text, lang, mentions=names)
    assert not any(word in t for t in triggers(found)), [(c.type, c.trigger) for c in found]


@pytest.mark.parametrize(("lang", "text", "names", "ctype"), [
    ("ar", "حذرت روسيا أوكرانيا من عواقب الهجوم.", AR, "WARN"),
    ("ar", "سيطر الحوثيون على الميناء في اليمن.", AR, "SEIZE"),
    ("id", "Houthi menguasai pelabuhan utama di Yaman.", ID, "SEIZE"),
    ("zh", "胡塞武装威胁美国。", ZH, "WARN"),
])
def test_the_same_word_as_an_act_still_counts(lang, text, names, ctype):
    one(claims(text, lang, mentions=names), ctype)


def test_a_threat_to_attack_is_the_threat_not_an_attack():
    found = claims("Houthi juga mengancam akan menyerang semua kapal yang menuju Israel.", "id",
                   mentions=ID)
    one(found, "WARN")
    assert not [c for c in found if c.type == "ATTACK"]


def test_an_attack_referred_back_to_is_no_new_attack():
    found = claims("Juru bicara Houthi mengatakan serangan ini adalah bentuk dukungan bagi "
                   "rakyat Yaman.", "id", mentions=ID)
    assert not [c for c in found if c.type == "ATTACK"]
    found = claims("Houthi melancarkan serangan terhadap kapal Israel.", "id", mentions=ID)
    one(found, "ATTACK")


def test_moving_ones_own_equipment_supplies_no_one():
    found = claims("Pasukan Rusia memindahkan peralatan militer mereka ke luar kota.", "id",
                   mentions=ID)
    assert not [c for c in found if c.type == "SUPPLY_ARMS"]


def test_rejecting_accusations_is_a_denial():
    found = claims("Azerbaijan bác toàn bộ các cáo buộc của Armenia.", "vi", mentions=VI)
    c = one(found, "DENY")
    assert c.actors[0] == "AZ"
    assert not [c for c in found if c.type == "ACCUSE"]


def test_a_feared_reprisal_is_no_threat():
    found = claims("Nhiều cư dân Armenia lo sợ bị trả thù sau khi Azerbaijan tấn công.", "vi",
                   mentions=VI)
    assert not [c for c in found if c.type == "WARN"]


def test_surrender_is_no_defection():
    found = claims("Quân đội Azerbaijan buộc lực lượng Armenia đầu hàng.", "vi", mentions=VI)
    assert not [c for c in found if c.type == "DEFECT"]
    one(found, "SURRENDER")


def test_a_purpose_is_not_an_act_told():
    found = claims("시위대는 팔레스타인을 지지하기 위해 거리로 나섰다.", "ko", mentions=KO)
    assert not [c for c in found if c.type == "SUPPORT"]
    one(claims("미국은 우크라이나를 지지했다.", "ko", mentions=KO), "SUPPORT")


def test_a_putschist_names_a_party_not_a_coup():
    names = {"Níger": "NE", "Malí": "NE"}
    for lang, text in (("es", "Los militares golpistas de Níger cerraron las fronteras."),
                       ("pt", "Os militares golpistas do Níger fecharam as fronteiras.")):
        found = claims(text, lang, mentions=names)
        assert not any("golpista" in t for t in triggers(found)), [
            (c.type, c.trigger) for c in found]
    one(claims("Los militares de Níger dieron un golpe de Estado.", "es", mentions=names),
        "COUP")


def test_a_pluperfect_act_is_background():
    names = {"Kremlin": "kremlin", "Putin": "putin"}
    found = claims("El comandante, quien había encabezado una insurrección armada contra el "
                   "Kremlin, apareció en un vídeo.", "es", mentions=names)
    assert not [c for c in found if c.type == "MUTINY"], [(c.type, c.trigger) for c in found]



@pytest.mark.parametrize(("lang", "text", "names"), [
    ("en", "Russia agreed to withdraw its troops from Ukraine.", {"Russia": "RU", "Ukraine": "UA"}),
    ("es", "Rusia acordó retirar sus tropas de Ucrania.", {"Rusia": "RU", "Ucrania": "UA"}),
    ("vi", "Armenia đồng ý hạ vũ khí trước Azerbaijan.", VI),
])
def test_what_an_agreement_promises_is_no_act_yet(lang, text, names):
    found = claims(text, lang, mentions=names)
    one(found, "AGREE")
    assert [c.type for c in found] == ["AGREE"], [(c.type, c.trigger) for c in found]


def test_a_blockade_a_spell_ago_is_background():
    found = claims("Azerbaijan khôi phục nguồn cung sau một thời gian phong tỏa Armenia kéo dài.",
                   "vi", mentions=VI)
    assert not [c for c in found if c.type == "BLOCKADE"], [(c.type, c.trigger) for c in found]


def test_a_plan_joined_after_a_statement_is_its_own_act():
    found = claims("Rusia mendukung Korea Utara dan akan mengirim senjata ke Korea Utara.", "id",
                   mentions={"Rusia": "RU", "Korea Utara": "KP"})
    one(found, "SUPPORT")
    assert one(found, "SUPPLY_ARMS").modality == "expected"


def test_a_motive_is_no_act_of_support():
    found = claims("قال الحوثيون إن الهجمات تأتي دعمًا لسكان اليمن.", "ar", mentions=AR)
    assert not [c for c in found if c.type == "SUPPORT"], [(c.type, c.trigger) for c in found]
    one(claims("أعلنت روسيا دعمها لأوكرانيا.", "ar", mentions=AR), "SUPPORT")

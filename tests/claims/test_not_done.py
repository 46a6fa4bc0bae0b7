"""Acts a sentence names but does not tell as done by its subject: what a deadline demands
("the deadline for the release of …") and what a causative verb makes someone unnamed do
("forced the garrison to surrender"). Sentences of our own, on invented situations."""

from __future__ import annotations

import pytest
from tests.claims.helpers import claims, run


@pytest.mark.parametrize(("lang", "text", "mentions"), [
    ("en", "Russia set a deadline for the withdrawal of Ukrainian troops.",
     {"Russia": "RU"}),
    ("es", "Rusia fijó un plazo para la retirada de las tropas ucranianas.", {"Rusia": "RU"}),
    ("de", "Russland setzte eine Frist für den Abzug der ukrainischen Truppen.",
     {"Russland": "RU"}),
    ("ru", "Россия выдвинула ультиматум о выводе войск Украины.",
     {"Россия": "RU", "Украины": "UA"}),
    ("ar", "يسود هدوء في البلاد مع انتهاء مهلة الإفراج عن الرهائن التي حددتها روسيا.",
     {"روسيا": "RU"}),
])
def test_what_a_deadline_demands_is_not_done(lang: str, text: str, mentions: dict[str, str]):
    found = claims(text, lang, mentions=mentions)
    assert not [c for c in found if c.type in ("WITHDRAW", "RELEASE")], found


@pytest.mark.parametrize(("lang", "text", "mentions", "ctype"), [
    ("en", "Russia withdrew its troops from the border.", {"Russia": "RU"}, "WITHDRAW"),
    ("ar", "أفرجت روسيا عن الرهائن أمس.", {"روسيا": "RU"}, "RELEASE"),
])
def test_the_act_itself_stays(lang: str, text: str, mentions: dict[str, str], ctype: str):
    assert [c for c in claims(text, lang, mentions=mentions) if c.type == ctype]


@pytest.mark.parametrize(("lang", "text", "mentions"), [
    ("en", "Russia forced the garrison to surrender.", {"Russia": "RU"}),
    ("de", "Russland zwang die Garnison zur Kapitulation.", {"Russland": "RU"}),
    ("zh", "俄罗斯迫使守军投降。", {"俄罗斯": "RU"}),
    ("vi", "Quân đội Nga mở chiến dịch buộc chính quyền ly khai ở đây đầu hàng.",
     {"Nga": "RU"}),
])
def test_the_causer_is_no_actor_of_what_he_forces(lang: str, text: str,
                                                  mentions: dict[str, str]):
    found = claims(text, lang, mentions=mentions)
    assert not [c for c in found if c.type == "SURRENDER" and "RU" in c.actors], found


def test_a_name_between_is_the_forced_actor():
    found = run("俄罗斯迫使乌克兰守军投降。", "zh")
    assert [c for c in found if c.type == "SURRENDER" and c.actors[0] == "UA"]


def test_forced_to_flee_and_accusations_stay():
    # "cáo buộc" (accuse) holds the causative's word; an accusation is no causative
    found = run("Nga cáo buộc Ukraine tấn công.", "vi")
    assert [c for c in found if c.type == "ACCUSE"]
    # a deal forced on a side has the forcing side as a party
    found = claims("Quân đội Nga buộc chính quyền ly khai phải đồng ý hạ vũ khí.", "vi",
                   mentions={"Nga": "RU"})
    assert [c for c in found if c.type == "AGREE"]


# ---------------------------------------------------------------- whose act a noun is


@pytest.mark.parametrize(("lang", "text", "mentions"), [
    ("en", '"The people of Mali will never forget your support," the statement said.',
     {"Mali": "KP"}),
    ("ru", "Народ Мали никогда не забудет вашей поддержки в этот трудный момент.",
     {"Мали": "KP"}),
    ("fr", "Le peuple du Mali n'oubliera jamais votre soutien.", {"Mali": "KP"}),
])
def test_your_support_is_not_the_speakers(lang: str, text: str, mentions: dict[str, str]):
    # the support is the addressee's, who is not named: the speaker's people did not give it
    found = claims(text, lang, mentions=mentions)
    assert not [c for c in found if c.type == "SUPPORT"], found


@pytest.mark.parametrize(("lang", "text", "mentions"), [
    ("en", "Russia declared its support for Mali.", {"Russia": "RU", "Mali": "KP"}),
    ("ru", "Россия заявила о поддержке Украины.", {"Россия": "RU", "Украины": "UA"}),
    ("fr", "La Russie a exprimé son soutien au Mali.", {"Russie": "RU", "Mali": "KP"}),
])
def test_ones_own_support_stays(lang: str, text: str, mentions: dict[str, str]):
    c = next(c for c in claims(text, lang, mentions=mentions) if c.type == "SUPPORT")
    assert c.actors == ("RU",)


@pytest.mark.parametrize(("text", "actors"), [
    # 被 … 击中 with a relative clause between: the missile Russia fired hit the ship
    ("美国国防部确认,一艘在黑海的乌克兰船只被俄罗斯发射的一枚导弹击中。", {("RU",)}),
    ("一艘乌克兰货轮被从俄罗斯发射的导弹击中。", {("RU",)}),
    ("俄罗斯发射的导弹击中了乌克兰的船只。", {("RU",)}),
    ("乌克兰被俄罗斯攻击。", {("RU",)}),
])
def test_zh_a_relative_clause_inside_a_passive(text: str, actors: set[tuple[str, ...]]):
    found = [c for c in run(text, "zh") if c.type == "ATTACK"]
    assert found and {c.actors for c in found} == actors, found


@pytest.mark.parametrize(("lang", "text", "mentions"), [
    ("zh", "他还说,将所有美国船只纳入袭击范围。", {"美国": "US"}),
    ("ja", "ロシアは全ての米国船舶を攻撃対象にすると述べた。", {"米国": "US", "ロシア": "RU"}),
])
def test_the_range_of_attacks_to_come_is_no_attack(lang: str, text: str,
                                                   mentions: dict[str, str]):
    assert not [c for c in claims(text, lang, mentions=mentions) if c.type == "ATTACK"]


# ---------------------------------------------------------------- "both sides", awaited acts


def test_both_sides_are_not_the_one_person_who_speaks():
    # the speaker (a topic) tells what both sides did; he is no party of it
    found = run("푸틴 씨는 양측이 군사 행동을 중단하기로 합의했다고 강조했다.", "ko")
    assert not [c for c in found if c.type == "AGREE" and "putin" in c.actors], found
    # ...the sides the previous sentence named are
    found = run("러시아와 우크라이나가 회담했다. 푸틴 대통령은 양측이 군사 행동을 중단하기로 "
                "합의했다고 강조했다.", "ko")
    assert [c for c in found if c.type == "AGREE" and set(c.actors) == {"RU", "UA"}], found


def test_his_own_agreement_stays():
    c = next(c for c in run("푸틴 대통령은 우크라이나와 휴전에 합의했다고 말했다.", "ko")
             if c.type == "AGREE")
    assert "putin" in c.actors


@pytest.mark.parametrize(("lang", "text", "mentions"), [
    ("ko", "러시아는 우크라이나와의 최종 합의를 기다리고 있다.",
     {"러시아": "RU", "우크라이나": "UA"}),
    ("zh", "俄罗斯等待与乌克兰签署协议。", {"俄罗斯": "RU", "乌克兰": "UA"}),
])
def test_an_awaited_agreement_is_expected(lang: str, text: str, mentions: dict[str, str]):
    assert all(c.modality == "expected" for c in claims(text, lang, mentions=mentions)
               if c.type == "AGREE")


# ---------------------------------------------------------------- told about, not done


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "ラブロフ外相は攻撃について説明した。"),
    ("ko", "라브로프 장관은 공격에 대해 설명했다."),
])
def test_who_tells_about_an_act_did_not_do_it(lang: str, text: str):
    assert not [c for c in run(text, lang) if c.type == "ATTACK"]


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "ラブロフ外相は、ウクライナの攻撃について説明した。"),
    ("ko", "라브로프 장관은 우크라이나의 공격에 대해 설명했다."),
])
def test_an_owned_act_told_about_keeps_its_owner(lang: str, text: str):
    found = [c for c in run(text, lang) if c.type == "ATTACK"]
    assert found and all(c.actors == ("UA",) for c in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "Lavrov, que liderou uma tentativa fracassada de golpe contra o presidente Putin em "
           "junho, estava exilado em Moscou."),
    ("en", "Lavrov, who led a failed coup against Putin in June, was living in Moscow."),
])
def test_a_relative_clauses_act_takes_no_place_from_after_it(lang: str, text: str):
    mentions = {"Putin": "putin", "Lavrov": "lavrov", "Moscou": "moscow", "Moscow": "moscow"}
    c = next(c for c in claims(text, lang, mentions=mentions) if c.type == "COUP")
    assert c.location is None


def test_a_place_inside_the_relative_clause_stays():
    c = next(c for c in run("Lavrov, who led a coup against Putin in Moscow, was arrested.",
                            "en") if c.type == "COUP")
    assert c.location == "moscow"


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "美国的打击并没有阻止俄罗斯的袭击。"),
    ("en", "The sanctions have not stopped Russia's attacks on Ukraine."),
])
def test_a_negated_stop_does_not_deny_the_act(lang: str, text: str):
    found = [c for c in run(text, lang) if c.type == "ATTACK" and "RU" in c.actors]
    assert found and all(c.modality != "denied" for c in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "俄罗斯没有袭击乌克兰。"),
    ("en", "Russia did not attack Ukraine."),
])
def test_a_negated_act_stays_denied(lang: str, text: str):
    c = next(c for c in run(text, lang) if c.type == "ATTACK")
    assert c.modality == "denied"


# ---------------------------------------------------------------- acts being prepared


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "金正恩氏はロシアに到着し、今日午後にプーチン氏との会談の準備をしている。"),
    ("ko", "김정은 위원장은 러시아에 도착해 푸틴 대통령과의 회담 준비를 하고 있다."),
    ("en", "Kim Jong Un is preparing for talks with Putin."),
])
def test_talks_being_prepared_are_expected(lang: str, text: str):
    found = [c for c in run(text, lang) if c.type == "MEET"]
    assert found and all(c.modality == "expected" for c in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "金正恩氏はロシアに到着し、今日午後にプーチン氏との会談の準備をしている。"),
    ("ko", "김정은 위원장은 러시아에 도착해 푸틴 대통령과의 회담 준비를 하고 있다."),
])
def test_the_arrival_before_stays_done(lang: str, text: str):
    found = [c for c in run(text, lang) if c.type == "VISIT"]
    assert found and all(c.modality != "expected" for c in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "金正恩氏はプーチン氏と会談した。"),
    ("ko", "김정은 위원장은 푸틴 대통령과 회담했다."),
    ("en", "Kim Jong Un held talks with Putin."),
])
def test_talks_held_are_done(lang: str, text: str):
    found = [c for c in run(text, lang) if c.type == "MEET"]
    assert found and all(c.modality != "expected" for c in found), found

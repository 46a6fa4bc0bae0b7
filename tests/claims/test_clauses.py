"""Sources, hypotheses, background clauses and headline lines run into a sentence."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.claims.helpers import one, run

from newsweave.model import Sentence

# ---------------------------------------------------------------- "according to" phrases


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "According to South Korea's Yonhap, North Korea supplied weapons to Russia."),
    ("id", "Menurut kantor berita Korea Selatan Yonhap, Korea Utara memberikan senjata kepada "
           "Rusia."),
    ("ja", "韓国の聯合ニュースによると、北朝鮮はロシアに武器を供与した。"),
    ("ko", "한국 연합뉴스에 따르면 북한은 러시아에 무기를 제공했다."),
])
def test_a_source_is_not_a_party(lang: str, text: str):
    c = one(run(text, lang), "SUPPLY_ARMS")
    assert c.actors[0] == "KP"
    assert not {"KR", "yonhap"} & (set(c.actors) | set(c.targets))


def test_a_party_before_a_later_source_stays():
    c = one(run("라브로프 외무장관은 김정은 위원장과 회담하고 연합뉴스에 따르면 돌아갔다.", "ko"),
            "MEET")
    assert "lavrov" in c.actors


# ---------------------------------------------------------------- hypotheses and background


@pytest.mark.parametrize(("lang", "text", "ctype"), [
    ("en", "NATO must respond if Russia attacks Ukraine.", "ATTACK"),
    ("id", "NATO harus bertindak jika Rusia menyerang Ukraina.", "ATTACK"),
    ("ja", "ロシアがウクライナを攻撃した場合、米国は対応する。", "ATTACK"),
    ("ko", "러시아가 우크라이나를 공격할 경우 미국은 대응한다.", "ATTACK"),
    ("ru", "Если Россия атакует Украину, США ответят.", "ATTACK"),
    ("en", "Ties have grown since Putin visited Pyongyang.", "VISIT"),
    ("ja", "プーチン大統領が平壌を訪問して以来、関係は深まった。", "VISIT"),
    ("id", "Hubungan menguat sejak Putin mengunjungi Pyongyang.", "VISIT"),
])
def test_hypotheses_and_background_are_no_claims(lang: str, text: str, ctype: str):
    assert not [c for c in run(text, lang) if c.type == ctype]


@pytest.mark.parametrize(("lang", "text", "times"), [
    ("ja", "プーチン大統領が6月に平壌を訪問して以来、関係は深まった。", {"6月": "2024-06"}),
    ("en", "Ties have grown since Putin visited Pyongyang in June.", {"June": "2024-06"}),
    ("id", "Hubungan menguat sejak Putin mengunjungi Pyongyang pada bulan Juni.",
     {"bulan Juni": "2024-06"}),
])
def test_a_background_act_the_clause_dates_is_a_claim(lang: str, text: str,
                                                      times: dict[str, str]):
    # "since he visited in June" still tells a dated past act; undated, it is background
    c = one(run(text, lang, times=times), "VISIT")
    assert c.date is not None and c.date.value == "2024-06"
    assert "putin" in c.actors


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("ko", "양국은 정상회담에서 나눈 합의를 충실히 이행해야 한다.", False),
    ("ja", "両国は首脳会談での合意を誠実に履行すべきだ。", False),
    ("ja", "北朝鮮とロシアは合意の順守を確認した。", False),
    ("ko", "북한과 러시아는 협력 강화에 합의하고 이를 이행하기로 했다.", True),
    ("ja", "北朝鮮とロシアは協力強化で合意した。", True),
])
def test_an_agreement_to_keep_is_no_new_agreement(lang: str, text: str, kept: bool):
    # "implement the agreement reached at the summit" refers to an agreement made before
    assert bool([c for c in run(text, lang) if c.type == "AGREE"]) == kept


@pytest.mark.parametrize(("lang", "text", "times"), [
    ("ja", "ラブロフ外相は関係が深まったと述べた。ラブロフ外相によると、6月に協定に署名した。",
     {"6月": "2024-06"}),
    ("ko", "라브로프 외무장관은 관계가 깊어졌다고 말했다. "
           "라브로프 외무장관에 따르면 6월에 협정에 서명했다.",
     {"6월": "2024-06"}),
])
def test_the_source_of_a_subjectless_sentence_is_not_its_actor(lang: str, text: str,
                                                             times: dict[str, str]):
    # "according to Lavrov, (they) signed in June": Lavrov tells of his state's act
    c = one(run(text, lang, times=times), "AGREE")
    assert "lavrov" not in c.actors and "RU" in c.actors
    assert c.attributed_to == "lavrov" and c.modality == "reported"


@pytest.mark.parametrize(("lang", "text", "ctype"), [
    ("en", "Russia attacked Ukraine, and NATO asked if it would stop.", "ATTACK"),
    ("ja", "ロシアはウクライナを攻撃した。", "ATTACK"),
    ("en", "Putin visited Pyongyang.", "VISIT"),
])
def test_plain_acts_stay(lang: str, text: str, ctype: str):
    one(run(text, lang), ctype)


# ---------------------------------------------------------------- headline lines


def test_headline_lines_inside_a_sentence_are_read_apart():
    text = ("ウクライナ、米国に支援を要請\n"
            "北朝鮮の崔善姫外相がモスクワに到着し、ロシアのラブロフ外相と会談した。")
    found = run(text + "", "ja")
    meet = one(found, "MEET")
    assert {"choe", "lavrov"} <= set(meet.actors)
    req = one(found, "REQUEST")
    assert req.actors[0] == "UA" and "KP" not in req.actors


def test_headline_question_is_speculation_and_body_is_not():
    text = "북한, 러시아에 무기 제공?\n한편 라브로프 외무장관은 평양을 방문했다."
    found = run(text, "ko")
    assert one(found, "SUPPLY_ARMS").modality == "speculated"
    assert one(found, "VISIT").modality == "asserted"


@pytest.mark.parametrize(("text", "split"), [
    ("North Korea sends troops to Russia\nLavrov visited Pyongyang on Friday.", True),
    # wrapped body lines in machine translations: no headline
    ("On Friday Lavrov met officials of North Korea and\nKim Jong Un.", False),
])
def test_first_line_headline_in_cased_scripts(text: str, split: bool):
    from tests.claims.helpers import NAMES, make

    from newsweave.claims.view import build_views, headline_lines

    doc, analysis = make(text, "en", mentions=NAMES["en"])
    one_sentence = Sentence(0, 0, len(text), 0, len(text), text, "en")  # the segmenter ran on
    doc = replace(doc, sentences=(one_sentence,))
    analysis = replace(analysis, mentions=tuple(replace(m, sentence=0) for m in analysis.mentions))
    view = build_views(doc, analysis, None)[0]
    parts = headline_lines(view, first=True)
    assert (len(parts) == 2) is split
    assert all(len(p.text) == len(view.text) for p in parts)  # offsets kept


# ---------------------------------------------------------------- quotations across sentences


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Putin said, \u201cWe value our ties with North Korea. "
           "We strongly condemn the sanctions.\u201d"),
    ("id", "Putin mengatakan, ``Kami menghargai hubungan dengan Korea Utara. "
           "Kami mengecam keras sanksi itu.''"),
    ("ru", "Путин заявил: \u00abМы ценим отношения с КНДР. Мы осуждаем санкции.\u00bb"),
])
def test_a_quotation_keeps_its_speaker_across_sentences(lang: str, text: str):
    c = one(run(text, lang), "ACCUSE")
    assert c.actors == ("putin",)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Putin said, \u201cWe value our ties.\u201d\nCritics strongly condemn the sanctions."),
    ("id", "Putin mengatakan, ``Kami menghargai hubungan.''\nPara kritikus mengecam keras sanksi."),
])
def test_a_closed_quotation_ends_the_speaker(lang: str, text: str):
    assert not [c for c in run(text, lang) if c.type == "ACCUSE" and "putin" in c.actors]


# ---------------------------------------------------------------- one claim per act


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kim Jong Un met Putin in Moscow.\n\nPutin met North Korea in talks that may last."),
    ("ja", "金正恩氏はプーチン大統領と会談した。\n\n"
           "プーチン大統領が北朝鮮と会談したことは重要だ。"),
])
def test_a_leader_and_his_country_tell_the_same_act(lang: str, text: str):
    assert len([c for c in run(text, lang) if c.type == "MEET"]) == 1


def test_a_bridging_claim_does_not_merge_differently_dated_acts():
    text = ("Kim Jong Un visited Russia on September 12. Kim Jong Un visited Russia on "
            "September 17. North Korea said the visit to Russia went well.")
    found = [c for c in run(text, "en", times={"September 12": "2024-09-12",
                                               "September 17": "2024-09-17"})
             if c.type == "VISIT"]
    assert {c.date.value for c in found if c.date} == {"2024-09-12", "2024-09-17"}


# ---------------------------------------------------------------- newsrooms and possessors


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "VOA asked Russia for comment."),
    ("ko", "VOA는 러시아에 의견을 요구했다."),
])
def test_a_newsroom_asking_is_no_claim(lang: str, text: str):
    assert not [c for c in run(text, lang) if c.type == "REQUEST"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "KCNA condemned the United States."),
    ("ko", "조선중앙통신은 미국을 비난했다."),
])
def test_state_media_still_voice_their_state(lang: str, text: str):
    assert one(run(text, lang), "ACCUSE").actors[0] == "kcna"


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "プーチン大統領は金正恩氏の招待を受け入れた。"),
    ("ko", "푸틴 대통령은 김정은 위원장의 초대를 수락했다."),
])
def test_the_possessor_of_a_verbs_object_is_not_its_actor(lang: str, text: str):
    assert one(run(text, lang), "AGREE").actors[0] == "putin"


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("ja", "プーチン大統領は金正恩朝鮮労働党委員長と会談した。",
     {"プーチン": "putin", "金正恩": "kim", "朝鮮労働党": "duma"}),
    ("ko", "푸틴 대통령은 김정은 노동당 총비서와 회담했다.",
     {"푸틴": "putin", "김정은": "kim", "노동당": "duma"}),
])
def test_a_body_in_a_persons_title_is_no_party(lang: str, text: str, names: dict[str, str]):
    from tests.claims.helpers import claims
    c = one(claims(text, lang, mentions=names), "MEET")
    assert {"putin", "kim"} <= set(c.actors) and "duma" not in set(c.actors) | set(c.targets)


@pytest.mark.parametrize(("lang", "text", "quantities"), [
    ("ja", "北朝鮮は最大8000人をクルスク州に配備した。", {"8000人": (8000, "people")}),
    ("en", "North Korea has deployed up to 8,000 to Kursk.", {"8,000": (8000, "people")}),
])
def test_a_counted_amount_can_be_the_object(lang: str, text: str, quantities):
    # no word for troops: the amount's unit tells what was deployed
    c = one(run(text, lang, quantities=quantities), "DEPLOY_TROOPS")
    assert c.quantity is not None and c.quantity.value == 8000


@pytest.mark.parametrize(("lang", "text", "quantities"), [
    ("ja", "北朝鮮は8000トンの米を配備した。", {"8000トン": (8000, "tonnes")}),
    ("en", "North Korea deployed 8,000 tonnes of rice.", {"8,000 tonnes": (8000, "tonnes")}),
])
def test_an_amount_of_other_things_is_no_troops(lang: str, text: str, quantities):
    assert not [c for c in run(text, lang, quantities=quantities) if c.type == "DEPLOY_TROOPS"]


@pytest.mark.parametrize(("lang", "text", "n"), [
    ("en", "Kim Jong Un convened a meeting in Pyongyang.", 0),
    ("en", "North Korean leader Kim Jong Un held a meeting.", 0),
    ("en", "Putin met Lavrov in Moscow.", 1),
    ("ja", "金正恩氏は平壌で会議を開き会談した。", 0),
    ("ja", "金正恩氏はプーチン大統領と会談した。", 1),
])
def test_a_meeting_needs_two_sides(lang: str, text: str, n: int):
    assert len([c for c in run(text, lang) if c.type == "MEET"]) == n


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    # the warning's subject is not the one inside the quotation
    ("ja", "ブリンケン氏は訓練を指摘した。"
           "そのうえで「北朝鮮がウクライナを攻撃すれば標的になる」と警告した。",
     "blinken"),
    ("ko", "블링컨 장관은 훈련을 지적했다. "
           "이어 \"북한이 우크라이나를 공격하면 표적이 된다\"고 경고했다.",
     "blinken"),
])
def test_a_quoted_subject_is_not_the_speech_verbs(lang: str, text: str, speaker: str):
    c = one(run(text, lang), "WARN")
    assert c.actors[0] == speaker and "KP" not in c.actors


def test_a_name_before_a_headline_quotation_is_its_speaker():
    found = run("연합뉴스 \"북한 러시아에 파병\"", "ko")
    assert all(c.actors[:1] != ("yonhap",) for c in found)


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "ブリンケン氏は、ロシアが北朝鮮兵を訓練していると述べた。"
           "そのうえで「ウクライナと戦えば標的になる」と警告した。"),
    ("en", "Blinken said Russia was training North Korean troops. "
           "He warned Ukraine of consequences."),
])
def test_a_speaker_is_who_the_next_sentence_is_about(lang: str, text: str):
    assert one(run(text, lang), "WARN").actors[0] == "blinken"


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "ロシアはウクライナの呼びかけを支持した。"),
    ("ko", "러시아는 우크라이나의 요청을 지지했다."),
])
def test_a_call_named_as_an_object_is_no_call(lang: str, text: str):
    found = run(text, lang)
    assert one(found, "SUPPORT").actors[0] == "RU"
    assert not [c for c in found if c.type == "REQUEST"]


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "ロシアは北朝鮮兵に砲撃や無人機の運用などの訓練を行っている。"),
    ("en", "Russia is training North Korean troops in skills such as artillery strikes."),
    ("id", "Rusia melatih pasukan Korea Utara dalam keterampilan seperti serangan artileri."),
])
def test_examples_of_a_skill_are_no_attacks(lang: str, text: str):
    assert not [c for c in run(text, lang) if c.type == "ATTACK"]


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "ブリンケン氏は、北朝鮮兵は正当な攻撃目標になると警告した。"),
    ("ko", "블링컨 장관은 북한군이 정당한 공격 목표가 된다고 경고했다."),
])
def test_a_legitimate_target_is_a_warning(lang: str, text: str):
    found = run(text, lang)
    assert one(found, "WARN").actors[0] == "blinken"
    assert not [c for c in found if c.type == "ATTACK"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "North Korea sends troops to Russia, Seoul says\n\nSouth Korea is alarmed."),
    ("id", "Korea Utara mengirim pasukan ke Rusia, kata Yonhap."),
])
def test_a_tail_speaker_is_no_party(lang: str, text: str):
    c = one(run(text, lang), "DEPLOY_TROOPS")
    assert c.actors[0] == "KP" and set(c.targets) == {"RU"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lavrov spoke to reporters. They visited Moscow."),
    ("id", "Lavrov berbicara kepada wartawan. Mereka mengunjungi Moskow."),
])
def test_they_is_not_the_one_person_before(lang: str, text: str):
    assert not [c for c in run(text, lang) if c.type == "VISIT" and "lavrov" in c.actors]
    # ... while "he" is
    text = text.replace("They", "He").replace("Mereka", "Dia")
    assert [c for c in run(text, lang) if c.type == "VISIT" and "lavrov" in c.actors]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Putin met Kim Jong Un. They visited Moscow."),
    ("id", "Putin bertemu Kim Jong Un. Mereka mengunjungi Moskow."),
])
def test_they_are_the_two_before(lang: str, text: str):
    c = one(run(text, lang), "VISIT")
    assert {"putin", "kim"} <= set(c.actors)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia will supply weapons to North Korea if it is attacked."),
    ("id", "Rusia akan memberikan senjata kepada Korea Utara jika diserang."),
    ("ja", "北朝鮮が攻撃された場合、ロシアは武器を供与する方針だ。"),
])
def test_a_promise_on_a_condition_is_no_expected_act(lang: str, text: str):
    # a treaty's terms ("will help if attacked") schedule nothing
    assert not [c for c in run(text, lang) if c.type == "SUPPLY_ARMS"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia will supply weapons to North Korea."),
    ("id", "Rusia akan memberikan senjata kepada Korea Utara."),
    ("ja", "ロシアは北朝鮮に武器を供与する方針だ。"),
])
def test_a_plain_promise_is_expected(lang: str, text: str):
    assert one(run(text, lang), "SUPPLY_ARMS").modality == "expected"


@pytest.mark.parametrize(("lang", "text", "times"), [
    ("en", "Lavrov said ties have grown since the signing of the treaty in June.",
     {"June": "2024-06"}),
    ("id", "Lavrov mengatakan hubungan menguat sejak penandatanganan perjanjian pada bulan Juni.",
     {"bulan Juni": "2024-06"}),
])
def test_a_background_act_is_not_the_speakers_own(lang: str, text: str, times: dict[str, str]):
    # the signing is his state's; Lavrov only tells of it
    c = one(run(text, lang, times=times), "AGREE")
    assert "lavrov" not in c.actors and "RU" in c.actors


@pytest.mark.parametrize(("lang", "text", "asked"), [
    ("en", "Ukraine urged the United States to send more weapons.", "SUPPLY_ARMS"),
    ("id", "Ukraina meminta Amerika Serikat mengirim lebih banyak senjata.", "SUPPLY_ARMS"),
    ("ru", "Украина призвала США ускорить поставки оружия.", "SUPPLY_ARMS"),
    ("ja", "ウクライナは米国に武器の供与を要請した。", "SUPPLY_ARMS"),
])
def test_what_a_request_asks_for_has_not_happened(lang: str, text: str, asked: str):
    found = run(text, lang)
    assert not [c for c in found if c.type == asked]
    one(found, "REQUEST")


def test_a_long_warning_is_one_warning():
    text = ("Blinken warned that if North Korean troops take part in combat operations against "
            "Ukraine in the coming days, they will be legitimate military targets.")
    found = [c for c in run(text, "en") if c.type == "WARN"]
    assert len(found) == 1 and "blinken" in found[0].actors


@pytest.mark.parametrize(("lang", "text", "times", "kept"), [
    ("ko", "북한의 무기는 9월 16일 러시아에서 열린 김정은 위원장과 푸틴 대통령의 정상회담에서 "
           "나눠진 거래의 결과다.", {"9월 16일": "2024-09-16"}, True),
    ("ja", "ロシアは13日の首脳会談で北朝鮮への支持を表明した。", {"13日": "2024-09-13"}, True),
    ("ko", "김정은 위원장은 정상회담에서 푸틴 대통령에게 지지를 표명했다.", {}, False),
])
def test_a_dated_scene_is_a_meeting_of_its_own(lang: str, text: str, times: dict[str, str],
                                               kept: bool):
    # "at the summit held in Russia on 16 September": the scene still dates a meeting
    meets = [c for c in run(text, lang, times=times) if c.type == "MEET"]
    assert bool(meets) == kept

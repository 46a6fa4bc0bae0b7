"""Content-farm signals and machine-translation likelihood."""

from __future__ import annotations

import pytest

from newsweave.forensics import mt_likelihood
from newsweave.forensics.common import Context
from newsweave.model import Removal


def test_removed_interlink_becomes_a_finding(fx):
    link = "READ  여권 구매 : 엘리트가 전염병을 통과하는 방법"
    text = f"북한은 러시아와 협력을 강화했다.\n{link}\n중국은 우려를 표명했다."
    start = text.index("READ")
    end = text.index("\n", start)
    removal = Removal(start, end, "interlink", text[start:end])
    findings, _ = fx.run(fx.make_doc(text, "ko", removed=[removal]))
    assert ("content_farm", link) in fx.kinds(findings)


@pytest.mark.parametrize("line,lang", [
    ("READ  칠레, 한국에 과일 수출에 ePhytos 도입 |", "ko"),
    ("Baca juga: Harga minyak naik tajam di pasar Asia", "id"),
    ("Read more: Oil prices jump as markets reopen", "en"),
    ("Читайте также: Цены на нефть резко выросли", "ru"),
])
def test_interlinks_left_in_text(fx, line, lang):
    body = {
        "ko": "북한은 러시아와의 군사 협력을 계속하겠다고 밝혔다.",
        "id": "Korea Utara berjanji melanjutkan kerja sama militer dengan Rusia.",
        "en": "North Korea vowed to continue military cooperation with Russia.",
        "ru": "КНДР пообещала продолжить военное сотрудничество с Россией.",
    }[lang]
    findings, _ = fx.run(fx.make_doc(f"{body}\n{line}\n{body}", lang))
    assert ("content_farm", line) in fx.kinds(findings)


@pytest.mark.parametrize("bio,lang", [
    ("「フリーランスのベーコン愛好家。音楽愛好家。起業家。ワナビーオタク。学生。」", "ja"),
    ("Award-winning bacon fanatic. Tv buff. Subtle web evangelist. Music lover.", "en"),
    ("Penggemar musik. Pengusaha. Pelajar. Pencinta kopi.", "id"),
])
def test_auto_generated_bios(fx, bio, lang):
    body = {"ja": "北朝鮮はロシアとの軍事協力を強化している。" * 3,
            "en": "North Korea is deepening military ties with Russia. " * 3,
            "id": "Korea Utara memperkuat kerja sama militer dengan Rusia. " * 3}[lang]
    findings, _ = fx.run(fx.make_doc(f"{body}\n\n{bio}", lang))
    assert ("content_farm", bio) in fx.kinds(findings)


def test_ordinary_short_sentences_are_not_bios(fx):
    text = "Kim arrived. Putin waited. They talked. Then they ate dinner together in the hall."
    findings, _ = fx.run(fx.make_doc(text, "en"))
    assert not [f for f in findings if f.kind == "content_farm"]


def test_comment_boilerplate(fx):
    text = "North Korea vowed to continue cooperation with Russia.\nLeave a Reply\n"
    findings, _ = fx.run(fx.make_doc(text, "en"))
    assert ("content_farm", "Leave a Reply") in fx.kinds(findings)


@pytest.mark.parametrize("head,line", [
    ("<W解説>北朝鮮が武器供与に次ぎ、ロシアに兵士を派遣?ロ朝の軍事連携、一層の強まり懸念",
     "Korea Utara mengirim sekitar 3.000 personel militer ke unit militer Rusia."),
    ("朝鲜向俄罗斯派遣士兵，两国军事合作进一步加强",
     "North Korea has sent about 3,000 military personnel to Russian units, Kyiv said."),
])
def test_headline_left_in_another_language(fx, head, line):
    body = "\n".join([line] * 6)
    findings, _ = fx.run(fx.make_doc(f"{head}\n{body}", None))
    assert ("mixed_language", head) in fx.kinds(findings)


@pytest.mark.parametrize("text,lang,fragment", [
    ("Kedua pemimpin mungkin telah mencapai kesepakatan mengenai kerja sama militer. korea yon\n"
     "Kantor berita itu melaporkan hal tersebut.", "id", "korea yon"),
    ("Both leaders may have reached some kind of agreement during the talks. both\n"
     "It was the first meeting in four years.", "en", "both"),
])
def test_sentence_fragments(fx, text, lang, fragment):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert ("sentence_fragment", fragment) in fx.kinds(findings)


@pytest.mark.parametrize("text,lang,flagged", [
    ("多くの米国政府機関が記者会見を開いて私の懸念を表明しました。", "ja", True),
    ("Several US agencies held briefings and expressed my concern over the talks.", "en", True),
    ("ブリンケン氏は「私の懸念は深まっている」と述べた。", "ja", False),
    ('"My biggest worry is the winter," the commander said.', "en", False),
])
def test_first_person_outside_quotes(fx, text, lang, flagged):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert bool([f for f in findings if f.kind == "wrong_person"]) is flagged


def test_mt_score_separates_garbled_from_clean(fx):
    garbled = fx.make_doc(
        "<W解説>朝ロの蜜月ぶりを印象付けた北朝鮮・金総書記のロシア訪問\n"
        "Surat kabar itu mengatakan, ``Ini merupakan kesempatan.'' masa depan\n"
        ", diharapkan dapat mempercepat penguatan hubungan. keduanya\n"
        "Kim mengatakan, ``Rusia mempunyai haknya sendiri.'' XNUMX tentara\n"
        "Ini adalah pertama kalinya sejak April 2019 para pemimpin bertemu di Rusia.", None)
    clean = fx.make_doc(
        "Kim Jong Un dan Putin bertemu di Kosmodrom Vostochny pada Rabu.\n"
        "\"Rusia akan membantu Korea Utara membangun satelit,\" kata Putin kepada wartawan.\n"
        "Pertemuan itu merupakan yang pertama sejak April 2019.", "id")
    findings, _ = fx.run(garbled)
    assert any(f.kind == "machine_translation" and f.start == f.end == 0 and f.surface == ""
               for f in findings)
    score_g = mt_likelihood.assess(Context(garbled, fx.analysis()), []).score
    score_c = mt_likelihood.assess(Context(clean, fx.analysis()), []).score
    assert score_c < 0.2 < score_g


@pytest.mark.parametrize("text,lang,flagged", [
    ("Kim Jong Un (김정은) met Vladimir Putin (Владимир Путин) at the cosmodrome on Wednesday.",
     "en", False),
    ("Kim Jong Un met Vladimir Putin at the cosmodrome on Wednesday 북한 and talked for hours.",
     "en", True),
    ("Kim Jong Un bertemu Putin di kosmodrom pada hari Rabu ロシア dan berbicara berjam-jam.",
     "id", True),
])
def test_foreign_script_debris(fx, text, lang, flagged):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert bool([f for f in findings if f.kind == "debris"]) is flagged


def test_world_war_i_is_not_first_person(fx):
    text = "The alliance dates back to World War I and was renewed in 1961, officials said."
    findings, _ = fx.run(fx.make_doc(text, "en"))
    assert not [f for f in findings if f.kind == "wrong_person"]


def test_mt_likelihood_in_english(fx):
    doc = fx.make_doc(
        "North Korea's Kim visits Russia, impressing a honeymoon between Russia and Russia\n"
        "The newspaper said, ``This is an opportunity to strengthen ties.'' future of the\n"
        ", is expected to accelerate cooperation. both\n"
        "Kim said, ``Russia has its own rights.'' XNUMX soldiers were seen.\n"
        "It is the first time in four and a half years that the leaders have met.", "en")
    findings, _ = fx.run(doc)
    mt = [f for f in findings if f.kind == "machine_translation"]
    assert mt and "garbled quotes" in mt[0].message

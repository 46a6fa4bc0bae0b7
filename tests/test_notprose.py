"""The "not prose" gate: encoded data, code, mixed-alphabet gibberish and long repeats skip
linking and claims with a finding; real prose in any script, garbled or not, never does.
Sentences here are written for these tests."""

from __future__ import annotations

import base64
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.model import RawDocument
from newsweave.notprose import REPEAT_COPIES, _code, _encoded, _mixed_script, judge
from newsweave.pipeline import build_document, process
from newsweave.resources import Resources
from newsweave.segment.split import MAX_SENTENCE_CHARS

RESOURCES = Resources()


def reasons(text: str) -> list[str]:
    return [s.reason for s in judge(build_document(RawDocument("t.txt", text.encode()),
                                                   RESOURCES))]


# long sentences of news in many scripts, with acronyms, diacritics, numbers and quotes
PROSE = {
    "en": "The defence ministry said on Tuesday that about 3,000 soldiers had crossed the "
          "border overnight, that two bridges near the river had been damaged by drones, and "
          "that talks with NATO and the EU (planned for Friday in Brussels) would go ahead as "
          "agreed; officials declined to say how many people had been hurt.",
    "ja": "防衛省は火曜日、約3000人の兵士が夜間に国境を越え、川の近くの橋2本が無人機で損傷した"
          "と発表し、NATOやEUとの協議（金曜日にブリュッセルで予定）は予定通り行われると述べたが、"
          "負傷者の数については明らかにしなかった。政府関係者によると、G7の首脳もこの問題について"
          "電話で協議し、国連安全保障理事会の緊急会合を求めることで一致したという。",
    "zh": "国防部周二表示，约3000名士兵夜间越过边境，河边的两座桥梁被无人机损坏，与北约和欧盟"
          "的会谈（原定周五在布鲁塞尔举行）将如期进行，但官员拒绝透露受伤人数。据消息人士称，"
          "七国集团领导人也通过电话讨论了这一问题，并同意要求联合国安理会召开紧急会议。",
    "ko": "국방부는 화요일 약 3,000명의 병사가 밤사이 국경을 넘었고 강 근처의 다리 두 곳이 "
          "드론 공격으로 손상됐다고 밝혔으며, NATO 및 EU와의 회담(금요일 브뤼셀 예정)은 예정대로 "
          "진행된다고 말했지만 부상자 수에 대해서는 언급하지 않았다.",
    "vi": "Bộ Quốc phòng cho biết hôm thứ Ba rằng khoảng 3.000 binh sĩ đã vượt qua biên giới "
          "trong đêm, hai cây cầu gần con sông đã bị máy bay không người lái làm hư hại, và "
          "các cuộc đàm phán với NATO và EU dự kiến vào thứ Sáu tại Brussels vẫn sẽ diễn ra.",
    "ar": "قالت وزارة الدفاع يوم الثلاثاء إن نحو 3000 جندي عبروا الحدود خلال الليل، وإن جسرين "
          "قرب النهر تضررا بفعل طائرات مسيرة، وإن المحادثات مع حلف الناتو والاتحاد الأوروبي "
          "المقررة يوم الجمعة في بروكسل ستجري كما هو متفق عليه، ورفض المسؤولون ذكر عدد الجرحى.",
    "hi": "रक्षा मंत्रालय ने मंगलवार को कहा कि लगभग 3,000 सैनिकों ने रात में सीमा पार की, नदी के "
          "पास दो पुल ड्रोन हमलों से क्षतिग्रस्त हो गए, और शुक्रवार को ब्रसेल्स में नाटो और यूरोपीय "
          "संघ के साथ होने वाली बातचीत तय कार्यक्रम के अनुसार होगी।",
    "ru": "Министерство обороны во вторник сообщило, что около 3000 военных ночью пересекли "
          "границу, два моста у реки были повреждены беспилотниками, а переговоры с НАТО и ЕС, "
          "намеченные на пятницу в Брюсселе, пройдут, как договаривались.",
    # content-farm garble: homoglyphs in a few words, pinyin in brackets, doubled commas
    "garbled": "Мinistry оf Defense sаid on Tuesday thаt аbout 3,000 troops,, crossed the "
               "bоrder overnight,, and thаt the tаlks with NATO (biāo) (tí) would go ahead "
               "as agreed,, officials of the mіnistry declined to say how many were hurt.",
    "zh_garbled": "也門胡塞武裝發(fā)言人15日發(fā)表聲明稱,,胡塞武裝使用多枚導(dǎo)彈對(duì)亞丁灣"
                  "一艘美國船只發(fā)動(dòng)襲擊并命中目標(biāo),,他還說,,將所有美英艦船納入襲擊"
                  "范圍,,任何新的侵略都將受到懲罰,。紅海局勢(shì)持續(xù)緊張,,很多國家擔(dān)心局勢"
                  "迅速升級(jí)甚至失控,使得紅海航道變?yōu)閼?zhàn)場(chǎng),,威脅全球貿(mào)易體系的正常運(yùn)轉(zhuǎn)。",
}


def test_prose_in_every_script_is_never_skipped() -> None:
    for lang, sentence in PROSE.items():
        assert len(sentence) >= 120, lang
        assert reasons(f"Report\n\n{sentence} {sentence}\n") == [], lang
        # whatever its length: the content tests themselves never fire on prose
        for text in (sentence, " ".join(PROSE.values())):
            assert not (_encoded(text) or _code(text) or _mixed_script(text)), lang


def test_an_article_with_a_url_and_a_long_slug_is_prose() -> None:
    text = (PROSE["en"] + " Source: https://news.example.vn/khoi-tay-phi-thong-nhat-can-thiep"
            "-quan-su-vao-niger-nhom-ao-chinh-doa-giet-tong-thong-yrwpglam/vu-nghi-ngo-oc-o-ong"
            "-nai-benh-nhi-6-tuoi-uoc-chuyen-vien-voi-tinh-trang-nang-rqgxjnra?id=9875&lid=6313")
    assert reasons(text) == []


def test_base64_is_encoded() -> None:
    blob = base64.b64encode(random.Random(3).randbytes(3000)).decode()
    assert set(reasons(blob)) == {"encoded"}
    hexed = random.Random(4).randbytes(500).hex()
    assert set(reasons(f"payload {hexed} end")) == {"encoded"}


def test_minified_code_and_markup_are_code() -> None:
    js = "function f(a,b){if(a>b){return a-b}else{return b-a}};var x={k:1,v:[1,2,3]};" * 30
    css = ".nav>li{margin:0;padding:0 4px}a:hover{color:#333;text-decoration:none}" * 30
    html = '<div class="a"><span id="b">x</span><a href="/c?d=1&e=2">y</a></div>' * 30
    for text in (js, css, html):
        assert set(reasons(text)) == {"code"}, text[:30]


def test_mixed_alphabet_gibberish_is_skipped() -> None:
    rng = random.Random(5)
    letters = "abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщыэюяアイウエオカキクケコ"
    text = " ".join("".join(rng.choice(letters) for _ in range(rng.randint(3, 10)))
                    for _ in range(2000))
    assert set(reasons(text)) == {"mixed_script"}


def test_a_long_unpunctuated_run_is_read_once_and_its_repeats_skipped() -> None:
    filler = "lorem ipsum dolor sit amet " * 400
    assert set(reasons(filler)) == {"repeated"}
    # an endless sentence that says the same things again: its first stretch is read
    said = ("North Korea has sent about 3,000 troops to Russia officials in Seoul said on "
            "Tuesday and the ministry did not comment on the report ")
    text = "Report\n\n" + said * 60
    doc = build_document(RawDocument("u.txt", text.encode()), RESOURCES)
    assert len(doc.sentences) > 3 and max(len(s.text) for s in doc.sentences) <= \
        MAX_SENTENCE_CHARS
    skipped = {s.sentence for s in judge(doc)}
    assert doc.sentences[1].index not in skipped  # the first stretch of the run is read
    assert len(skipped) >= len(doc.sentences) - 3


def test_a_sentence_is_read_three_times_and_its_further_copies_skipped() -> None:
    # a paragraph pasted a few times (content farms do it) is read every time
    text = "Report\n\n" + ("\n\n".join([PROSE["en"], PROSE["ru"]] * REPEAT_COPIES))
    assert reasons(text) == []
    # the same sentence over and over is filler past its third copy
    text = "Report\n\n" + " ".join([PROSE["en"], PROSE["vi"]] * 10)
    doc = build_document(RawDocument("r.txt", text.encode()), RESOURCES)
    skipped = judge(doc)
    assert {s.reason for s in skipped} == {"repeated"} and len(skipped) == 14
    assert all(doc.sentences[s.sentence].index >= 2 * REPEAT_COPIES + 1 for s in skipped)


def test_a_skipped_stretch_is_a_finding_and_the_prose_around_it_is_read() -> None:
    blob = base64.b64encode(random.Random(6).randbytes(6000)).decode()
    text = (f"Seoul, October 18, 2024 — North Korea has sent about 3,000 troops to Russia, "
            f"South Korea's spy agency said.\n\n{blob}\n\nThe ministry did not comment.\n")
    p = process(RawDocument("mixed.txt", text.encode()), RESOURCES)
    [finding] = [f for f in p.findings if f.kind == "not_prose"]
    start = text.index(blob)
    assert (finding.start, finding.end) == (start, start + len(blob))
    assert "encoded data" in finding.message and f"{len(blob):,} characters" in finding.message
    assert finding.surface.endswith("…") and len(finding.surface) <= 81
    assert p.analysis.mentions and all(m.end <= start or m.start >= start + len(blob)
                                       for m in p.analysis.mentions)
    assert all(c.end <= start for c in p.claims) and p.claims  # the prose still has its claim
    assert len(p.document.sentences) > 3  # the document keeps every sentence


words = {
    "en": ["troops", "the", "ministry", "said", "border", "on", "Tuesday", "about", "drones",
           "NATO", "3,000", "talks", "would", "go", "ahead", "in", "Brussels", "officials"],
    "ru": ["войска", "министерство", "заявило", "границу", "во", "вторник", "около", "НАТО",
           "переговоры", "пройдут", "в", "Брюсселе", "беспилотники", "3000"],
    "vi": ["binh", "sĩ", "đã", "vượt", "qua", "biên", "giới", "trong", "đêm", "NATO", "và",
           "các", "cuộc", "đàm", "phán", "hôm", "thứ", "Ba"],
    "ar": ["قالت", "وزارة", "الدفاع", "يوم", "الثلاثاء", "إن", "نحو", "جندي", "عبروا",
           "الحدود", "الناتو", "بروكسل"],
}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(words)), st.data())
def test_drawn_sentences_of_real_words_are_prose(lang: str, data: st.DataObject) -> None:
    drawn = data.draw(st.lists(st.sampled_from(words[lang]), min_size=40, max_size=120))
    text = " ".join(drawn) + "."
    # words drawn from a small list repeat, but a sentence under the segmenter's limit is
    # never taken for a repeat, and real words are no code, no blob, no mixed alphabets
    if len(text) < 1000:
        assert reasons(text) == []


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**32), st.integers(300, 4000), st.booleans())
def test_any_random_payload_is_encoded(seed: int, size: int, hexed: bool) -> None:
    # what a page embeds: compressed or encrypted bytes (random), as base64 or hex
    payload = random.Random(seed).randbytes(size)
    text = payload.hex() if hexed else base64.b64encode(payload).decode()
    assert set(reasons(text)) == {"encoded"}

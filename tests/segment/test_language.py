"""Per-sentence languages decided with the document as context, and the document's languages."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.model import OffsetMap
from newsweave.options import Options
from newsweave.segment import segment


def _run(text: str):
    return segment(text, OffsetMap.identity(len(text)), Options())


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The two leaders met in the capital on Monday and signed a new agreement.", "en"),
        ("両国の首脳は月曜日に首都で会談し、新たな協定に署名した。", "ja"),
        ("양국 정상은 월요일 수도에서 회담하고 새로운 협정에 서명했다.", "ko"),
        ("两国领导人星期一在首都举行会谈，并签署了一项新协议。", "zh"),
        (
            "Kedua pemimpin bertemu di ibu kota pada hari Senin dan meneken perjanjian baru.",
            "id",
        ),
        (
            "Лидеры двух стран встретились в столице в понедельник и подписали новое соглашение.",
            "ru",
        ),
        ("Lãnh đạo hai nước đã gặp nhau tại thủ đô hôm thứ Hai và ký một thỏa thuận mới.", "vi"),
    ],
)
def test_sentence_language(text: str, lang: str) -> None:
    sentences, languages = _run(text)
    assert [s.lang for s in sentences] == [lang]
    assert [share.lang for share in languages] == [lang]


def test_mixed_document_lists_both_languages_sorted_by_letters() -> None:
    text = (
        "北朝鮮がロシアに兵士を派遣したと報じられた\n"
        "Korea Utara dilaporkan mengirim tentara ke Rusia untuk membantu perang di Ukraina. "
        "Pemerintah Korea Selatan menyatakan keprihatinan yang mendalam atas laporan tersebut."
    )
    sentences, languages = _run(text)
    assert [s.lang for s in sentences] == ["ja", "id", "id"]
    assert [share.lang for share in languages] == ["id", "ja"]
    assert languages[0].chars > languages[1].chars


def test_indonesian_document_never_comes_out_partly_malay() -> None:
    # short Indonesian sentences are often scored Malay one by one; the document decides
    text = (
        "Presiden tiba di Jakarta pada hari Minggu. "
        "Kerajaan itu berkata kerjasama tersebut penting. "
        "Pemerintah Indonesia menyatakan bahwa kunjungan tersebut sangat penting bagi hubungan "
        "kedua negara. Menteri Luar Negeri mengatakan kepada wartawan bahwa perjanjian itu akan "
        "segera ditandatangani oleh kedua belah pihak."
    )
    sentences, languages = _run(text)
    assert {s.lang for s in sentences} == {"id"}
    assert [share.lang for share in languages] == ["id"]


def test_malay_document_stays_malay() -> None:
    text = (
        "Kerajaan Malaysia berkata kerjasama itu amat penting untuk rakyat. "
        "Perdana Menteri berkata kerajaan akan membantu syarikat tempatan. "
        "Menurut kenyataan itu, kementerian akan mengadakan mesyuarat minggu hadapan."
    )
    _, languages = _run(text)
    assert [share.lang for share in languages] == ["ms"]


def test_url_and_date_only_lines_create_no_language() -> None:
    text = (
        "ロシアと北朝鮮の首脳が会談し、軍事協力について話し合った。\n"
        "出典: https://example.com/world/russia-north-korea-summit-talks-2024\n"
        "2024/11/01 10:00\n"
        "https://www.example.org/another/very/long/path/with-english-words-in-it\n"
    )
    sentences, languages = _run(text)
    assert [share.lang for share in languages] == ["ja"]
    # the short lines still get a language for the analysers: their neighbours'
    assert all(s.lang == "ja" for s in sentences)


def test_short_sentences_do_not_count_but_inherit() -> None:
    text = "Ada. Korea Utara dilaporkan mengirim ribuan tentara ke Rusia bulan lalu."
    sentences, languages = _run(text)
    assert [s.lang for s in sentences] == ["id", "id"]
    assert languages[0].chars == sum(c.isalpha() for c in sentences[1].text)


def test_han_only_sentence_follows_the_document() -> None:
    ja = "北朝鮮兵士派遣問題\n北朝鮮がロシアに兵士を派遣したと韓国政府が発表した。"
    sentences, _ = _run(ja)
    assert [s.lang for s in sentences] == ["ja", "ja"]
    zh = "朝鲜士兵派遣问题\n韩国政府宣布朝鲜向俄罗斯派遣了士兵。"
    sentences, _ = _run(zh)
    assert [s.lang for s in sentences] == ["zh", "zh"]


def test_names_only_line_is_uncertain_and_does_not_add_english() -> None:
    text = "Vladimir Putin\n\nПрезидент России встретился с лидером КНДР на космодроме Восточный."
    _, languages = _run(text)
    assert [share.lang for share in languages] == ["ru"]


def test_sentence_offsets_point_into_the_original() -> None:
    from newsweave.clean import clean
    from newsweave.model import Extracted

    original = "Ｃｌｏｓｅ\n北朝鮮が２０２３年９月にロシアを訪問した。\r\n両首脳は会談した。"
    cleaned = clean(Extracted("t://x", original), Options())
    sentences, _ = segment(cleaned.text, cleaned.offsets, Options())
    assert [s.text for s in sentences] == [
        "北朝鮮が2023年9月にロシアを訪問した。",
        "両首脳は会談した。",
    ]
    assert (
        original[sentences[0].start : sentences[0].end]
        == "北朝鮮が２０２３年９月にロシアを訪問した。"
    )
    assert original[sentences[1].start : sentences[1].end] == "両首脳は会談した。"
    for s in sentences:
        assert cleaned.text[s.clean_start : s.clean_end] == s.text


def test_empty_text() -> None:
    assert _run("") == ([], [])
    assert _run("\n\n  \n") == ([], [])


def test_seed_languages(seeds_dir) -> None:
    import json

    from newsweave.clean import clean
    from newsweave.model import Extracted

    gold = json.loads((seeds_dir.parents[1] / "gold" / "seeds.json").read_text(encoding="utf-8"))
    for doc in gold["documents"]:
        text = (seeds_dir / doc["file"]).read_text(encoding="utf-8")
        cleaned = clean(Extracted(doc["file"], text), Options())
        _, languages = segment(cleaned.text, cleaned.offsets, Options())
        assert {s.lang for s in languages} == set(doc["languages"]), doc["file"]


def test_close_neighbour_goes_back_to_the_main_language_but_foreign_stays() -> None:
    from newsweave.segment.data import load
    from newsweave.segment.language import Guess, decide

    guesses = [
        Guess(200, "ru", {"ru": 0.9, "bg": 0.05}),
        Guess(30, "bg", {"bg": 0.6, "ru": 0.3}),
        Guess(40, "en", {"en": 0.95, "ru": 0.001}),
        Guess(5, None),
    ]
    assert [g.lang for g in decide(guesses, load())] == ["ru", "ru", "en", None]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("NATO Secretary General Jens Stoltenberg said in Brusselsは述べた。", "ja"),
        ("VOA Korea Service reported that Pentagon officials 북한군은 말했다.", "ko"),
    ],
)
def test_kana_or_hangul_among_latin_names_keep_the_script_language(text: str, lang: str) -> None:
    sentences, _ = _run(text)
    assert [s.lang for s in sentences] == [lang]


def test_document_of_uncertain_sentences_is_read_as_a_whole() -> None:
    text = "Putin and Kim met.\nTroops moved north.\nKim thanked Putin."
    sentences, languages = _run(text)
    assert [share.lang for share in languages] == ["en"]
    assert {s.lang for s in sentences} == {"en"}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_cleans_and_segments_consistently(original: str) -> None:
    from newsweave.clean import clean
    from newsweave.model import Extracted

    cleaned = clean(Extracted("t://fuzz", original), Options())
    sentences, languages = segment(cleaned.text, cleaned.offsets, Options())
    for s in sentences:
        assert cleaned.text[s.clean_start : s.clean_end] == s.text
        assert 0 <= s.start <= s.end <= len(original)
    assert all(a.chars >= b.chars for a, b in pairwise(languages))

"""Name variants and near-miss spellings of known names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,lang,surface,entity,expected", [
    ("Kirill Butanov, head of Ukraine's military intelligence, said supplies had begun.", "en",
     "Kirill Butanov", "kirill-budanov", "Kirill Budanov"),
    ("Menurut KBS, Kirill Butanov, direktur intelijen Ukraina, mengatakan pasokan dimulai.", "id",
     "Kirill Butanov", "kirill-budanov", "Kirill Budanov"),
    ("Tentara dikirim ke wilayah Brishask dan Kursk di Rusia barat.", "id", "Brishask",
     "bryansk-oblast", "Bryansk Oblast"),
])
def test_near_miss_mentions(fx, kb, text, lang, surface, entity, expected):
    doc = fx.make_doc(text, lang)
    m = fx.mention(doc, surface, entity, "fuzzy", 0.8)
    findings, _ = fx.run(doc, fx.analysis(mentions=[m]), kb=kb)
    f = [f for f in findings if f.kind in ("near_miss_name", "name_variant")]
    assert [(x.surface, x.suggestion) for x in f] == [(surface, expected)]


def test_exact_and_alias_mentions_are_not_flagged(fx, kb):
    doc = fx.make_doc("Sergey Lavrov arrived. Lavrov met the leader.", "en")
    ms = [fx.mention(doc, "Sergey Lavrov", "sergey-lavrov"),
          fx.mention(doc, "Lavrov", "sergey-lavrov", "alias", nth=1)]
    findings, _ = fx.run(doc, fx.analysis(mentions=ms), kb=kb)
    assert not [f for f in findings if "name" in f.kind]


@pytest.mark.parametrize("text,lang,variants", [
    ("러시아의 세르게이 러브로프 외상은 18일 평양에 도착했다.\n"
     "다음날 러블로프 외상은 김 위원장과 회담했다.\n"
     "타스 통신에 따르면 러블로프 외상은 안보 협의를 원한다고 말했다.", "ko",
     {"러브로프", "러블로프"}),
    ("宇宙センターのヴァストチヌイを視察した。\n"
     "宇宙センター灯台ヴァストーチヌイ・コス・モドロムを訪れた。", "ja",
     {"ヴァストチヌイ", "ヴァストーチヌイ"}),
    ("Kirill Budanov said supplies had begun.\nLater Butanov told local media the deal was done.\n"
     "Budanov added that contacts lasted six weeks.", "en", {"Butanov", "Budanov"}),
])
def test_variants_from_text(fx, text, lang, variants):
    findings, _ = fx.run(fx.make_doc(text, lang))
    f = [f for f in findings if f.kind == "name_variant"]
    assert len(f) == 1
    assert {f[0].surface, f[0].suggestion} == variants


@pytest.mark.parametrize("text,lang", [
    ("Путин заявил, что встреча прошла успешно.\nПо словам Путина, стороны договорились.", "ru"),
    ("Kunjungan Presiden ke Rusia.\nPresidennya mengatakan Rusia siap.", "id"),
    ("정부는 발표했다.\n정보 당국은 확인했다.", "ko"),
])
def test_inflections_and_different_words_are_not_variants(fx, text, lang):
    findings, _ = fx.run(fx.make_doc(text, lang))
    assert not [f for f in findings if f.kind == "name_variant"]


@pytest.mark.parametrize("surface,flagged", [
    ("Kirill Butanov", True),   # one letter off the surname
    ("Kyrylo Budanov", False),  # Ukrainian romanisation of the given name
    ("Kirill Budanov", False),  # the canonical name itself
])
def test_misspelt_aliases(fx, kb, surface, flagged):
    doc = fx.make_doc(f"{surface}, head of military intelligence, said supplies had begun.", "en")
    m = fx.mention(doc, surface, "kirill-budanov", "alias", 0.95)
    findings, _ = fx.run(doc, fx.analysis(mentions=[m]), kb=kb)
    assert bool([f for f in findings if f.kind == "near_miss_name"]) is flagged


@pytest.mark.parametrize("a,b,near", [
    ("Kim Jung Eun", "Kim Jong Un", True),
    ("Sergei Lavrov", "Sergey Lavrov", False),
    ("Sergei Shoygu", "Sergei Shoigu", False),
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky", False),
    ("Kim Jong-un", "Kim Jong Un", False),
])
def test_token_near_miss(a, b, near):
    from newsweave.forensics.names import _token_near_miss

    assert _token_near_miss(a, b) is near


@pytest.mark.parametrize("text,lang,garbled,known", [
    ("Troops were sent to Bryansk last week.\nOfficials in Brjansk confirmed the report.", "en",
     "Brjansk", "Bryansk"),
    ("Войска направлены в Брянск.\nВласти в Брянсек подтвердили сообщение.", "ru",
     "Брянсек", "Брянск"),
])
def test_unlinked_word_near_a_linked_name(fx, kb, text, lang, garbled, known):
    doc = fx.make_doc(text, lang)
    m = fx.mention(doc, known, "bryansk-oblast")
    findings, _ = fx.run(doc, fx.analysis(mentions=[m]), kb=kb)
    f = [f for f in findings if f.kind == "near_miss_name"]
    assert [(x.surface, x.suggestion) for x in f] == [(garbled, "Bryansk Oblast")]


@pytest.mark.parametrize("text,lang,linked,variant", [
    ("拉夫罗夫外长抵达平壤。次日，拉夫洛夫外长与金正恩举行了会谈。", "zh", "拉夫罗夫", "拉夫洛夫"),
    ("ラブロフ外相が平壌に到着した。翌日、ラブコフ外相は会談した。", "ja", "ラブロフ", "ラブコフ"),
])
def test_unspaced_variants_of_a_linked_name(fx, kb, text, lang, linked, variant):
    doc = fx.make_doc(text, lang)
    m = fx.mention(doc, linked, "sergey-lavrov")
    findings, _ = fx.run(doc, fx.analysis(mentions=[m]), kb=kb)
    f = [f for f in findings if f.kind == "name_variant"]
    assert [(x.surface, x.suggestion) for x in f] == [(variant, "Sergey Lavrov")]


@pytest.mark.parametrize("text,lang,surface,entity,flagged", [
    # the linker forgives these through the transliteration key; the reader should still see them
    ("Pemimpin Korea Utara Kim Jung Eun tiba di Rusia.", "id", "Kim Jung Eun", "kim-jong-un", True),
    ("Kirill Butanov said supplies had begun.", "en", "Kirill Butanov", "kirill-budanov", True),
    # a spelling system's variant, not a letter off: no finding
    ("Kyrylo Budanov said supplies had begun.", "en", "Kyrylo Budanov", "kirill-budanov", False),
])
def test_transliteration_links_one_letter_off(fx, kb, text, lang, surface, entity, flagged):
    doc = fx.make_doc(text, lang)
    m = fx.mention(doc, surface, entity, "transliteration", 0.9)
    findings, _ = fx.run(doc, fx.analysis(mentions=[m]), kb=kb)
    found = [f for f in findings if f.kind in ("near_miss_name", "name_variant")]
    assert bool(found) is flagged


def test_one_edit_pairs_find_every_pair_one_edit_apart() -> None:
    """The deletion index finds every pair brute force finds, in the same order."""
    import random

    from newsweave.forensics.common import script_of
    from newsweave.forensics.names import _one_edit_pairs

    rng = random.Random(7)
    for _ in range(50):
        alphabet = rng.choice(["ABab", "Kimjong", "러시아브", "アイウー"])
        words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7)))
                 for _ in range(rng.randint(1, 120))}
        groups: dict[tuple[int, str | None], list[str]] = {}
        for w in sorted(words):
            groups.setdefault((len(w), script_of(w[0])), []).append(w)
        brute = [(a, b) for (n, sc), g in groups.items() for a in g
                 for b in groups.get((n + 1, sc), []) + [x for x in g if x > a]]
        one_edit = [p for p in brute if _levenshtein(*p) == 1]
        found = _one_edit_pairs(groups)
        assert [p for p in found if _levenshtein(*p) == 1] == one_edit


def _levenshtein(a: str, b: str) -> int:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b)

"""Quantities in every supported language: (text, lang) → value, unit, bound, problem."""

from __future__ import annotations

import pytest

from newsweave.quantity import grouping_hint, parse_quantities, read_number

CASES = [
    # digits in every grouping
    ("They sent 3,000 troops.", "en", 3000, "troops", None),
    ("Mereka mengirim 3.000 tentara.", "id", 3000, "troops", None),
    ("Они отправили 3 000 солдат.", "ru", 3000, "soldiers", None),
    ("They sent 3’000 troops.", "en", 3000, "troops", None),
    ("The front is 1.5 km long.", "en", 1.5, "km", None),
    ("Garis depan sepanjang 2,5 km.", "id", 2.5, "km", None),
    ("8,000人の兵士が派遣された。", "ja", 8000, "soldiers", None),
    ("米国は8.000人の将軍がいると発表した。", "ja", 8000, "generals", None),
    ("国境から1.500キロ離れた地域。", "ja", 1500, "km", None),
    # CJK and Korean scales
    ("砲弾10万発を移送した。", "ja", 100000, "shells", None),
    ("1万2千人が避難した。", "ja", 12000, "people", None),
    ("병력 3천 명을 파병했다.", "ko", 3000, "troops", None),
    ("1만1000명이 파견됐다.", "ko", 11000, "people", None),
    ("三千人が参加した。", "ja", 3000, "people", None),
    ("百万人が避难。", "zh", 1000000, "people", None),
    ("派遣了三千名士兵。", "zh", 3000, "soldiers", None),
    # scale words in spaced languages
    ("Sebanyak 10 ribu tentara dikirim.", "id", 10000, "troops", None),
    ("Sekitar 1,5 juta orang mengungsi.", "id", 1500000, "people", None),
    ("Отправлено 10 тыс. военнослужащих.", "ru", 10000, "soldiers", None),
    ("Прибыли полторы тысячи человек.", "ru", 1500, "people", None),
    ("Có 10 nghìn binh sĩ được gửi đi.", "vi", 10000, "soldiers", None),
    ("Có 10.000 binh sĩ được gửi đi.", "vi", 10000, "soldiers", None),
    # spelled-out numbers
    ("They sent two thousand troops.", "en", 2000, "troops", None),
    ("Mereka mengirim dua ribu tentara.", "id", 2000, "troops", None),
    ("Они отправили две тысячи солдат.", "ru", 2000, "soldiers", None),
    ("Six officers were killed.", "en", 6, "officers", None),
    ("Enam perwira tewas.", "id", 6, "officers", None),
    ("Twenty-five tanks were lost.", "en", 25, "tanks", None),
    ("군인 두 명이 숨졌다.", "ko", 2, "soldiers", None),
    ("세 차례 회담했다.", "ko", 3, "times", None),
    # units by counter and nearby noun
    ("ミサイル1.000発を移送した。", "ja", 1000, "missiles", None),
    ("無人航空機83機を撃墜した。", "ja", 83, "drones", None),
    ("군함 46척이 있다.", "ko", 46, "ships", None),
    ("1,000개 이상의 컨테이너를 인도했다.", "ko", 1000, "containers", None),
    ("导弹1000枚", "zh", 1000, "missiles", None),
    ("砲弾など1300万発をロシアに供給した。", "ja", 13000000, "shells", None),
    ("포탄 등 1300만 발을 공급했다.", "ko", 13000000, "shells", None),
    ("ここには46 隻の軍艦が駐留している。", "ja", 46, "ships", None),
    ("現在ロシアには8.000人の北朝鮮兵士がいる。", "ja", 8000, "soldiers", None),
    ("派遣了3000名朝鲜士兵。", "zh", 3000, "soldiers", None),
    ("3천 명의 북한군 병력을 보냈다.", "ko", 3000, "troops", None),
    ("3人が兵士に撃たれた。", "ja", 3, "people", None),
    ("Korea Utara menembakkan 5 buah rudal.", "id", 5, "missiles", None),
    ("Nga mất 3 chiếc xe tăng.", "vi", 3, "tanks", None),
    ("He pledged $5 million.", "en", 5000000, "dollars", None),
    ("He pledged $5m in aid.", "en", 5000000, "dollars", None),
    ("It cost £2bn.", "en", 2000000000, "pounds", None),
    ("It is a 5m wall.", "en", 5, "m", None),
    ("Nilainya Rp 5.000.", "id", 5000, "rupiah", None),
    ("Стоимость 300 рублей.", "ru", 300, "rubles", None),
    ("費用は300億円。", "ja", 30000000000, "yen", None),
    ("비용은 5억 원이다.", "ko", 500000000, "won", None),
]


# comma grouping before a scale word is ordinary CJK usage, not a garble
CASES += [
    ("政府は1,000万ドルの支援を決めた。", "ja", 10_000_000, "dollars", None),
    ("1,000만 명이 투표했다.", "ko", 10_000_000, "people", None),
]


@pytest.mark.parametrize(("text", "lang", "value", "unit", "bound"), CASES)
def test_values_and_units(text: str, lang: str, value: float, unit: str, bound: str | None):
    found = parse_quantities(text, lang)
    assert found, text
    q = found[0]
    assert (q.value, q.unit, q.problem) == (value, unit, None)
    assert text[q.start : q.end] == q.surface


BOUNDS = [
    ("about 3,000 North Korean troops", "en", 3000, "about", True),
    ("up to 8,000 soldiers", "en", 8000, "up_to", False),
    ("more than 1,000 containers", "en", 1000, "more_than", False),
    ("at least 6 officers", "en", 6, "at_least", False),
    ("nearly 100 missiles", "en", 100, "nearly", True),
    ("over 500 drones", "en", 500, "more_than", False),
    ("under 50 people", "en", 50, "less_than", False),
    ("some 200 tanks", "en", 200, "about", True),
    ("約3000人の兵士", "ja", 3000, "about", True),
    ("およそ3000人", "ja", 3000, "about", True),
    ("10万発近い砲弾", "ja", 100000, "nearly", True),
    ("1000人以上", "ja", 1000, "at_least", False),
    ("最大8.000人", "ja", 8000, "up_to", False),
    ("약 3천 명", "ko", 3000, "about", True),
    ("최대 1만 명", "ko", 10000, "up_to", False),
    ("1,000개 이상", "ko", 1000, "at_least", False),
    ("3000명 가량", "ko", 3000, "about", True),
    ("sekitar 3.000 personel militer", "id", 3000, "about", True),
    ("hingga 10.000 tentara", "id", 10000, "up_to", False),
    ("lebih dari 1.000 rudal", "id", 1000, "more_than", False),
    ("около 10 тысяч солдат", "ru", 10000, "about", True),
    ("до 8 000 военнослужащих", "ru", 8000, "up_to", False),
    ("более 1000 ракет", "ru", 1000, "more_than", False),
    ("свыше 500 беспилотников", "ru", 500, "more_than", False),
    ("почти 100 снарядов", "ru", 100, "nearly", True),
    ("khoảng 3.000 binh sĩ", "vi", 3000, "about", True),
    ("hơn 1.000 tên lửa", "vi", 1000, "more_than", False),
    ("gần 100 xe tăng", "vi", 100, "nearly", True),
    ("近100枚导弹", "zh", 100, "nearly", True),
    ("约3000名士兵", "zh", 3000, "about", True),
    ("100多人", "zh", 100, "more_than", False),
    ("100余人", "zh", 100, "more_than", False),
]


@pytest.mark.parametrize(("text", "lang", "value", "bound", "approx"), BOUNDS)
def test_bounds(text: str, lang: str, value: float, bound: str, approx: bool) -> None:
    (q,) = parse_quantities(text, lang)
    assert (q.value, q.bound, q.approx) == (value, bound, approx)


PROBLEMS = [
    ("巡航ミサイルの3分のXNUMXを阻止した。", "ja", "XNUMX", "placeholder"),
    ("少なくとも XNUMX つが飲み込まれた。", "ja", "少なくとも XNUMX つ", "placeholder"),
    ("XNUMX troops were sent.", "en", "XNUMX troops", "placeholder"),
    ("現在ロシアには約10.000万人の北朝鮮兵士がいる。", "ja", "約10.000万人", "double_scale"),
    ("無人航空機(UAV)48/14機を破壊した。", "ja", "48/14機", "garbled"),
    ("약 10.000만 명이 모였다.", "ko", "약 10.000만 명", "double_scale"),
    ("Sekitar 1,500 juta orang.", "id", "Sekitar 1,500 juta orang", "ambiguous_separator"),
]


@pytest.mark.parametrize(("text", "lang", "surface", "problem"), PROBLEMS)
def test_garbled_numbers_keep_no_value(text: str, lang: str, surface: str, problem: str):
    found = {q.surface: q for q in parse_quantities(text, lang)}
    assert surface in found, found
    assert found[surface].value is None
    assert found[surface].problem == problem


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pasal 4 menetapkan bantuan militer.", "id"),
        ("第5条に定める。", "ja"),
        ("제5조에 따라", "ko"),
        ("Статья 4 договора.", "ru"),
        ("Điều 4 của hiệp ước.", "vi"),
        ("The 3rd brigade moved.", "en"),
        ("3번째 회담이 열렸다.", "ko"),
        ("세기의 회담이 열렸다.", "ko"),  # "century", not three aircraft
        ("In 2019 they met.", "en"),
        ("2023年9月13日に会談した。", "ja"),
        ("13 сентября 2023 года.", "ru"),
        ("The meeting began at 11:00.", "en"),
        ("2+2会談が開かれた。", "ja"),
        ("太平洋艦隊はロシアの最も重要な艦隊の一つです。", "ja"),
        ("One of the leaders spoke.", "en"),
        ("1. The first point.", "en"),
        ("The Su-27 flew.", "en"),
    ],
)
def test_not_quantities(text: str, lang: str) -> None:
    assert parse_quantities(text, lang) == []


def test_ja_vulgar_fraction_of_xnumx_skips_the_numerator() -> None:
    found = parse_quantities("ミサイルの3分のXNUMXを阻止", "ja")
    assert [q.surface for q in found] == ["XNUMX"]


@pytest.mark.parametrize(
    ("literal", "lang", "unit", "value"),
    [
        ("1.500", "ja", "km", 1500),  # dot + three digits ending in 0: thousands
        ("1.234", "en", "km", 1.234),  # a real decimal
        ("1.234", "en", "troops", 1234),  # whole things are not counted in fractions
        ("1.234", "id", None, 1234),  # Indonesian groups with dots
        ("1,234", "id", None, 1.234),
        ("1,234", "en", None, 1234),
        ("1.234,5", "id", None, 1234.5),
        ("1,234.5", "en", None, 1234.5),
        ("1.000.000", "en", None, 1000000),
        ("0.500", "en", None, 0.5),
    ],
)
def test_separators(literal: str, lang: str, unit: str | None, value: float) -> None:
    assert read_number(literal, lang, unit) == pytest.approx(value)


@pytest.mark.parametrize(
    ("document", "hint"),
    [("人口は1.000.000人。", "."), ("Biaya 1.234,5 juta.", "."), ("It cost 1,234.5 dollars", ","),
     ("2,000,000 troops", ","), ("3.14と1.500", None)],
)
def test_grouping_hint(document: str, hint: str | None) -> None:
    assert grouping_hint(document) == hint


def test_document_grouping_decides_ambiguous_separators() -> None:
    # a Japanese copy of a Vietnamese text: its other numbers show dots group thousands
    hint = grouping_hint("兵士は1.000.000人。")
    assert [q.value for q in parse_quantities("1.234キロ離れた", "ja", hint)] == [1234]
    assert [q.value for q in parse_quantities("1.234キロ離れた", "ja")] == [1.234]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("3,000-5,000 troops", "en", "troops"),
        ("3천~5천 명", "ko", "people"),
        ("3.000 hingga 5.000 tentara", "id", "troops"),
        ("3000至5000名士兵", "zh", "soldiers"),
        ("3000から5000人", "ja", "people"),
    ],
)
def test_a_range_is_one_quantity_with_both_ends(text: str, lang: str, unit: str) -> None:
    (q,) = parse_quantities(text, lang)
    assert (q.value, q.value_max, q.unit) == (3000, 5000, unit)
    assert q.bound is None  # "hingga" joins the ends; it bounds nothing

"""Ranges keep both ends, bounds are kept, forecasts are marked: in several languages."""

from __future__ import annotations

import pytest

from newsweave.quantity import parse_quantities


def _one(text: str, lang: str):
    found = [q for q in parse_quantities(text, lang) if q.value is not None]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "lang", "low", "high"), [
    ("Officials say 11,000–12,000 troops have arrived.", "en", 11000, 12000),
    ("Between 3 and 5 million people were affected.", "en", 3_000_000, 5_000_000),
    ("兵士1万1000～1万2000人が派遣された。", "ja", 11000, 12000),
    ("1만1000∼1만2000명의 병력이 파견됐다.", "ko", 11000, 12000),
    ("朝鲜已派遣1.1万至1.2万名士兵。", "zh", 11000, 12000),
    ("КНДР направила от 11 до 12 тысяч военных.", "ru", 11000, 12000),
    ("Korea Utara mengirim 11.000 hingga 12.000 tentara.", "id", 11000, 12000),
    ("Triều Tiên đã gửi 11.000 đến 12.000 binh sĩ.", "vi", 11000, 12000),
])
def test_a_range_keeps_both_ends_with_its_low_end_as_value(text, lang, low, high) -> None:
    q = _one(text, lang)
    assert (q.value, q.value_max) == (low, high)
    assert q.unit is not None


@pytest.mark.parametrize(("text", "lang", "bound"), [
    ("At least 1,100 people were killed.", "en", "at_least"),
    ("少なくとも1100人が死亡した。", "ja", "at_least"),
    ("최소 1100명이 사망했다.", "ko", "at_least"),
    ("至少1100人死亡。", "zh", "at_least"),
    ("Погибли не менее 1100 человек.", "ru", "at_least"),
    ("Sedikitnya 1.100 orang tewas.", "id", "at_least"),
    ("Ít nhất 1.100 người thiệt mạng.", "vi", "at_least"),
    ("More than 1,100 troops crossed the border.", "en", "more_than"),
])
def test_a_bound_is_kept(text: str, lang: str, bound: str) -> None:
    q = _one(text, lang)
    assert (q.value, q.bound, q.forecast) == (1100, bound, False)


@pytest.mark.parametrize(("text", "lang"), [
    ("The deployment is expected to reach 10,000 by December.", "en"),
    ("They will send 10,000 troops by the end of the year.", "en"),
    ("北朝鮮は12月までに1万人を派遣する見通しだ。", "ja"),
    ("派遣される兵士は1万人に達する見込みだ。", "ja"),
    ("북한은 12월까지 1만 명을 파병할 전망이다.", "ko"),
    ("파병 규모는 1만 명에 이를 전망이다.", "ko"),
    ("派兵人数预计将达1万人。", "zh"),
    ("Число военных может достичь 10 тысяч к декабрю.", "ru"),
    ("Jumlahnya diperkirakan mencapai 10.000 tentara pada akhir Desember.", "id"),
    ("Con số dự kiến lên tới 10.000 binh sĩ vào cuối tháng 12.", "vi"),
])
def test_a_forecast_is_no_count_of_the_day(text: str, lang: str) -> None:
    assert _one(text, lang).forecast


@pytest.mark.parametrize(("text", "lang"), [
    ("North Korea sent 10,000 troops in October.", "en"),
    ("Ten thousand were killed by the bombing.", "en"),
    ("北朝鮮は10月に1万人を派遣した。", "ja"),
    ("북한은 10월에 1만 명을 파병했다.", "ko"),
    ("Korea Utara mengirim 10.000 tentara pada bulan Oktober.", "id"),
])
def test_a_count_of_the_past_is_no_forecast(text: str, lang: str) -> None:
    assert not any(q.forecast for q in parse_quantities(text, lang))

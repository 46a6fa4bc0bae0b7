"""Time expressions in every supported language: (text, lang, base) → value, precision, problem."""

from __future__ import annotations

from datetime import date

import pytest

from newsweave.time import TimeContext, parse_times

P = date(2023, 9, 20)  # a Wednesday
Q = date(2024, 10, 17)
K = date(2023, 10, 27)  # a Friday
J = date(2024, 11, 1)

ABSOLUTE = [
    ("It happened on 13 September 2023.", "en", P, "2023-09-13", "day"),
    ("Talks began on September 13 in Moscow.", "en", P, "2023-09-13", "day"),
    ("Talks began on September 13, 2023.", "en", P, "2023-09-13", "day"),
    ("They last met in April 2019.", "en", P, "2019-04", "month"),
    ("The report was dated 2023-09-13.", "en", P, "2023-09-13", "day"),
    ("The report was dated 09/13/2023.", "en", P, "2023-09-13", "day"),
    ("The report was dated 13/09/2023.", "en", P, "2023-09-13", "day"),
    ("会談は2023年9月13日に行われた。", "ja", P, "2023-09-13", "day"),
    ("会談は9月13日に行われた。", "ja", P, "2023-09-13", "day"),
    ("前回の会談は2019年だった。", "ja", P, "2019", "year"),
    ("掲載 2023/09/20 11:00 KST", "ja", P, "2023-09-20", "day"),
    ("회담은 2023년 9월 13일 열렸다.", "ko", P, "2023-09-13", "day"),
    ("정상회담은 9월 16일 열렸다.", "ko", K, "2023-09-16", "day"),
    ("마지막 회담은 2019년이었다.", "ko", K, "2019", "year"),
    ("Published10월 27, 2023", "ko", K, "2023-10-27", "day"),
    ("Pertemuan pada tanggal 13 September 2023.", "id", P, "2023-09-13", "day"),
    ("Ia tiba pada tanggal 13 September.", "id", P, "2023-09-13", "day"),
    ("Mereka bertemu sejak April 2019.", "id", P, "2019-04", "month"),
    ("Встреча прошла 13 сентября 2023 года.", "ru", P, "2023-09-13", "day"),
    ("Встреча прошла 13.09.2023 во Владивостоке.", "ru", P, "2023-09-13", "day"),
    ("Это было в 2019 году.", "ru", P, "2019", "year"),
    ("Cuộc gặp diễn ra ngày 13/9/2023.", "vi", P, "2023-09-13", "day"),
    ("Cuộc gặp diễn ra ngày 13 tháng 9.", "vi", P, "2023-09-13", "day"),
    ("Cuộc gặp diễn ra năm 2019.", "vi", P, "2019", "year"),
    ("会谈于2023年9月13日举行。", "zh", P, "2023-09-13", "day"),
    ("会谈于9月13日举行。", "zh", P, "2023-09-13", "day"),
    ("令和5年9月13日に会談した。", "ja", P, "2023-09-13", "day"),
    ("二〇二三年九月十三日に会談した。", "ja", P, "2023-09-13", "day"),
    ("会谈于九月十三日举行。", "zh", P, "2023-09-13", "day"),
    ("彼は十三日に到着した。", "ja", P, "2023-09-13", "day"),
    ("令和元年に始まった。", "ja", P, "2019", "year"),
    ("民國112年9月13日", "zh", P, "2023-09-13", "day"),
    ("On Sept 13 the talks began.", "en", P, "2023-09-13", "day"),
    ("Pada Senin (18/9), Pentagon menyatakan.", "id", P, "2023-09-18", "day"),
    ("Sáng 18/9, Bộ Quốc phòng cho biết.", "vi", P, "2023-09-18", "day"),
    # a month-day without a year more than two months after publication is last year's
    ("Talks began on December 5.", "en", P, "2022-12-05", "day"),
    ("12月5日に始まった。", "ja", P, "2022-12-05", "day"),
]

RELATIVE = [
    # a day of the month alone: the publication month, or the previous one when later than it
    ("Kim left on the 15th.", "en", P, "2023-09-15", "day"),
    ("Kim left on the 25th.", "en", P, "2023-08-25", "day"),
    ("Kim will arrive on the 25th.", "en", P, "2023-09-25", "day"),
    ("15日に出発した。", "ja", P, "2023-09-15", "day"),
    ("15일 출발했다.", "ko", P, "2023-09-15", "day"),
    ("Ia berangkat pada tanggal 10 sore.", "id", P, "2023-09-10", "day"),
    ("Он уехал 15-го.", "ru", P, "2023-09-15", "day"),
    ("Ông rời đi ngày 15.", "vi", P, "2023-09-15", "day"),
    ("他15日离开。", "zh", P, "2023-09-15", "day"),
    # weekdays: the latest such day on or before publication
    ("They met on Tuesday.", "en", P, "2023-09-19", "day"),
    ("They met on Wednesday.", "en", P, "2023-09-20", "day"),
    ("They will meet next Tuesday.", "en", P, "2023-09-26", "day"),
    ("火曜日に会談した。", "ja", P, "2023-09-19", "day"),
    ("북한은 화요일 맹세했다.", "ko", K, "2023-10-24", "day"),
    ("Mereka bertemu pada hari Selasa.", "id", P, "2023-09-19", "day"),
    ("Они встретились во вторник.", "ru", P, "2023-09-19", "day"),
    ("Họ gặp nhau vào thứ Ba.", "vi", P, "2023-09-19", "day"),
    ("他们周二会面。", "zh", P, "2023-09-19", "day"),
    ("他们星期二会面。", "zh", P, "2023-09-19", "day"),
    # months and years relative to publication
    ("Putin visited this June.", "en", Q, "2024-06", "month"),
    ("Putin berkunjung Bulan Juni ini.", "id", Q, "2024-06", "month"),
    ("Putin berkunjung Juni ini.", "id", Q, "2024-06", "month"),
    ("今年6月に訪問した。", "ja", Q, "2024-06", "month"),
    ("It was agreed last month.", "en", Q, "2024-09", "month"),
    ("지난달 합의했다.", "ko", Q, "2024-09", "month"),
    ("Disepakati bulan lalu.", "id", Q, "2024-09", "month"),
    ("Это было согласовано в прошлом месяце.", "ru", Q, "2024-09", "month"),
    ("Đã được thỏa thuận tháng trước.", "vi", Q, "2024-09", "month"),
    ("先月合意した。", "ja", Q, "2024-09", "month"),
    ("上个月达成协议。", "zh", Q, "2024-09", "month"),
    ("It will open next month.", "en", Q, "2024-11", "month"),
    ("It was hot this month.", "en", Q, "2024-10", "month"),
    ("今月も続いた。", "ja", Q, "2024-10", "month"),
    ("이달 발표했다.", "ko", Q, "2024-10", "month"),
    ("Diumumkan bulan ini.", "id", Q, "2024-10", "month"),
    ("Объявлено в этом месяце.", "ru", Q, "2024-10", "month"),
    ("Công bố tháng này.", "vi", Q, "2024-10", "month"),
    ("Pertemuan tanggal 14 bulan ini.", "id", Q, "2024-10-14", "day"),
    ("The talks on the 10th of next month.", "en", Q, "2024-11-10", "day"),
    ("来月10日に会談する。", "ja", Q, "2024-11-10", "day"),
    ("다음 달 10일 회담한다.", "ko", Q, "2024-11-10", "day"),
    ("Pertemuan tanggal 10 bulan depan.", "id", Q, "2024-11-10", "day"),
    ("It happened a month ago.", "en", P, "2023-08", "month"),
    ("Itu terjadi sekitar sebulan lalu.", "id", P, "2023-08", "month"),
    ("1カ月前に起きた。", "ja", P, "2023-08", "month"),
    ("Это случилось месяц назад.", "ru", P, "2023-08", "month"),
    ("It happened three days ago.", "en", P, "2023-09-17", "day"),
    ("He spoke yesterday.", "en", P, "2023-09-19", "day"),
    ("昨日発表した。", "ja", P, "2023-09-19", "day"),
    ("어제 발표했다.", "ko", P, "2023-09-19", "day"),
    ("Ia berbicara kemarin.", "id", P, "2023-09-19", "day"),
    ("Он выступил вчера.", "ru", P, "2023-09-19", "day"),
    ("Ông phát biểu hôm qua.", "vi", P, "2023-09-19", "day"),
    ("他昨天发表讲话。", "zh", P, "2023-09-19", "day"),
    ("It grew last year.", "en", P, "2022", "year"),
    ("昨年増えた。", "ja", P, "2022", "year"),
    ("작년 늘었다.", "ko", P, "2022", "year"),
    ("Naik tahun lalu.", "id", P, "2022", "year"),
    ("昨年4月に演習を行った。", "ja", P, "2022-04", "month"),
    ("Kami bertemu pada bulan September tahun ini.", "id", Q, "2024-09", "month"),
]


@pytest.mark.parametrize(("text", "lang", "base", "value", "precision"), ABSOLUTE + RELATIVE)
def test_resolves(text: str, lang: str, base: date, value: str, precision: str) -> None:
    found = [t for t in parse_times(text, lang, base) if t.value is not None]
    assert found, text
    assert (found[0].value, found[0].precision) == (value, precision)
    assert found[0].problem is None
    assert text[found[0].start : found[0].end] == found[0].surface


NEXT_DAY = [
    ("Lavrov arrived on October 18. The next day he met Kim.", "en"),
    ("ラブロフ外相は10月18日に到着した。翌日、会談した。", "ja"),
    ("라브로프 외상은 10월 18일 도착했다. 다음날 회담했다.", "ko"),
    ("Lavrov tiba pada 18 Oktober. Keesokan harinya ia bertemu Kim.", "id"),
    ("Лавров прибыл 18 октября. На следующий день он встретился с Ким.", "ru"),
    ("Lavrov đến ngày 18 tháng 10. Ngày hôm sau ông gặp Kim.", "vi"),
    ("拉夫罗夫10月18日抵达。次日会见了金正恩。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), NEXT_DAY)
def test_next_day_counts_from_the_text(text: str, lang: str) -> None:
    values = [t.value for t in parse_times(text, lang, K)]
    assert values[-2:] == ["2023-10-18", "2023-10-19"]


def test_next_day_without_a_date_in_text_is_unresolved() -> None:
    (t,) = parse_times("The next day he left.", "en", P)
    assert t.value is None and t.relative


def test_context_carries_across_sentences() -> None:
    ctx = TimeContext(base=K)
    parse_times("러시아 외상은 10월 18일 평양에 도착했다.", "ko", K, ctx)
    ctx.sentence += 1
    (t,) = parse_times("다음날 회담했다.", "ko", K, ctx)
    assert t.value == "2023-10-19"


def test_day_alone_takes_the_month_named_before_it_in_the_sentence() -> None:
    found = parse_times("Talks opened on 9 August and closed on the 12th.", "en", K)
    assert [t.value for t in found] == ["2023-08-09", "2023-08-12"]


def test_day_alone_in_a_later_sentence_takes_the_publication_month() -> None:
    ctx = TimeContext(base=K)
    parse_times("北朝鮮は昨年8月以降、砲弾を供給した。", "ja", K, ctx)
    ctx.sentence += 1
    (t,) = parse_times("大統領は24日、述べた。", "ja", K, ctx)
    assert t.value == "2023-10-24"


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("北朝鮮兵が27〜28日にも投入される。", "ja", ["2023-10-27", "2023-10-28"]),
        ("북한군이 27~28일 전투 지역에 투입될 수 있다.", "ko", ["2023-10-27", "2023-10-28"]),
        ("朝鲜士兵可能于27日至28日投入战斗。", "zh", ["2023-10-27", "2023-10-28"]),
        ("3일 전에 도착했다.", "ko", ["2023-10-24"]),
        ("С августа прошлого года Пхеньян поставил снаряды.", "ru", ["2022-08"]),
    ],
)
def test_day_ranges_without_month_and_korean_ago(text: str, lang: str, values: list) -> None:
    assert [t.value for t in parse_times(text, lang, K)] == values


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He left on the 15th.", "en"),
        ("15日に出発した。", "ja"),
        ("They met on Tuesday.", "en"),
        ("지난달 합의했다.", "ko"),
        ("It happened a month ago.", "en"),
        ("Он выступил вчера.", "ru"),
        ("Talks began on September 13.", "en"),
    ],
)
def test_relative_without_base_stays_unresolved(text: str, lang: str) -> None:
    found = parse_times(text, lang, None)
    assert found and all(t.value is None for t in found)


PROBLEMS = [
    ("1.11月31日、ウクライナ空軍は発表した。", "ja", J, "11月31日", "impossible_date"),
    ("It was February 30, 2023.", "en", J, "February 30, 2023", "impossible_date"),
    ("2023年13月5日に発表した。", "ja", J, "2023年13月5日", "impossible_date"),
    ("11月32日に発表した。", "ja", J, "11月32日", "impossible_date"),
    ("13월 5일 발표했다.", "ko", J, "13월 5일", "impossible_date"),
    ("2月30日发布。", "zh", J, "2月30日", "impossible_date"),
    ("国防相は5.10月3日、述べた。", "ja", J, "5.10月3日", "garbled"),  # 5 or 3 October?
    ("They met on Tuesday, 13 September 2023.", "en", P, "Tuesday, 13 September 2023",
     "weekday_mismatch"),
    ("2023年9月13日（火）に会談した。", "ja", P, "2023年9月13日（火）", "weekday_mismatch"),
]


@pytest.mark.parametrize(("text", "lang", "base", "surface", "problem"), PROBLEMS)
def test_problems(text: str, lang: str, base: date, surface: str, problem: str) -> None:
    found = {t.surface: t for t in parse_times(text, lang, base)}
    assert surface in found, found
    assert found[surface].problem == problem
    if problem != "weekday_mismatch":
        assert found[surface].value is None


# a garbled date from which a day and a month can still be read: the date, flagged
READABLE = [
    ("韓国の国防相は31.10月1.000日、述べた。", "ja", J, "31.10月1.000日", "2024-10-31"),
    ("국방장관은 31.10월1.000일 말했다.", "ko", J, "31.10월1.000일", "2024-10-31"),
    ("国防部长31.10月1.000日表示。", "zh", J, "31.10月1.000日", "2024-10-31"),
    ("国防部长28.9月2.500日表示。", "zh", J, "28.9月2.500日", "2024-09-28"),
]


@pytest.mark.parametrize(("text", "lang", "base", "surface", "value"), READABLE)
def test_readable_garbled_dates(text: str, lang: str, base: date, surface: str, value: str) -> None:
    found = {t.surface: t for t in parse_times(text, lang, base)}
    assert surface in found, found
    assert (found[surface].value, found[surface].problem) == (value, "garbled_readable")


# "13日" translated as "13 Sunday": the explicit day wins over the weekday
GLUED_WEEKDAYS = [
    ("Ia tiba pada tanggal 12. 13\nPada hari Minggu, ia mengunjungi pangkalan.", "id", P,
     "13\nPada hari Minggu", "2023-09-13", "weekday_mismatch"),
    ("He arrived on the 12th. 13 on Sunday, he visited the base.", "en", P,
     "13 on Sunday", "2023-09-13", "weekday_mismatch"),
    ("13 日曜日に、彼は基地を訪れた。", "ja", P, "13 日曜日", "2023-09-13", "weekday_mismatch"),
    ("그는 12일 도착했다. 13 일요일 그는 기지를 방문했다.", "ko", P, "13 일요일", "2023-09-13",
     "weekday_mismatch"),
    ("Он прибыл. 17 в воскресенье он посетил базу.", "ru", P, "17 в воскресенье", "2023-09-17",
     None),
]


@pytest.mark.parametrize(("text", "lang", "base", "surface", "value", "problem"), GLUED_WEEKDAYS)
def test_day_glued_to_weekday(
    text: str, lang: str, base: date, surface: str, value: str, problem: str | None
) -> None:
    found = {t.surface: t for t in parse_times(text, lang, base)}
    assert surface in found, found
    assert (found[surface].value, found[surface].problem) == (value, problem)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Russia said it killed 13 on Sunday.", "en"), ("Serangan 2.13 pada hari Minggu", "id")],
)
def test_quantity_before_weekday_is_no_day(text: str, lang: str) -> None:
    (t,) = parse_times(text, lang, P)
    assert t.value == "2023-09-17"  # the Sunday before publication


SAME_DAY = [
    ("He arrived on October 12. On the same day he met the minister.", "en", "the same day"),
    ("Pada 12 Oktober ia tiba. Pada hari yang sama, ia bertemu menteri.", "id", "hari yang sama"),
    ("Он прибыл 12 октября. В тот же день он встретился с министром.", "ru", "В тот же день"),
    ("Ông đến ngày 12/10. Cùng ngày, ông gặp bộ trưởng.", "vi", "Cùng ngày"),
    ("彼は10月12日に到着した。同じ日、外相と会談した。", "ja", "同じ日"),
    ("彼は10月12日に到着した。同日、外相と会談した。", "ja", "同日"),
    ("그는 10월 12일 도착했다. 같은 날 장관과 만났다.", "ko", "같은 날"),
    ("他于10月12日抵达。同日会见了外长。", "zh", "同日"),
]


@pytest.mark.parametrize(("text", "lang", "surface"), SAME_DAY)
def test_same_day_is_the_last_day(text: str, lang: str, surface: str) -> None:
    found = {t.surface: t for t in parse_times(text, lang, J)}
    assert surface in found, found
    assert found[surface].value == "2024-10-12"


def test_matching_weekday_is_no_problem() -> None:
    (t,) = parse_times("2023年9月13日（水）に会談した。", "ja", P)
    assert (t.value, t.problem) == ("2023-09-13", None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("for the first time in 24 years", "en"),
        ("24年ぶりに訪問した。", "ja"),
        ("6日間滞在した。", "ja"),
        ("3일 동안 머물렀다.", "ko"),
        ("untuk pertama kalinya dalam 24 tahun", "id"),
        ("金と土の取引", "ja"),  # 金 and 土 alone are not weekdays
        ("会談は11:00から午後まで続いた。", "ja"),
        ("This may change.", "en"),
    ],
)
def test_not_dates(text: str, lang: str) -> None:
    assert parse_times(text, lang, P) == []


RANGES = [
    ("Talks ran 13-15 September 2023 in Moscow.", "en", "13", "15 September 2023"),
    ("Talks ran September 13-15.", "en", "September 13", "15"),
    ("Pertemuan tanggal 13-15 September.", "id", "tanggal 13", "15 September"),
    ("Переговоры прошли 13–15 сентября.", "ru", "13", "15 сентября"),
    ("Hội nghị diễn ra ngày 13 và 15/9.", "vi", "ngày 13", "15/9"),
    ("会談は9月13～15日に行われた。", "ja", "9月13", "15日"),
    ("会谈于9月13日至15日举行。", "zh", "9月13日", "15日"),
    ("회담은 9월 13~15일 열렸다.", "ko", "9월 13", "15일"),
]


@pytest.mark.parametrize(("text", "lang", "first", "last"), RANGES)
def test_day_ranges_give_both_days(text: str, lang: str, first: str, last: str) -> None:
    found = [(t.surface, t.value) for t in parse_times(text, lang, P)]
    assert found == [(first, "2023-09-13"), (last, "2023-09-15")]


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("He arrived on Nov. 1. Two days later he left.", "en", ["2024-11-01", "2024-11-03"]),
        ("Ông đến hôm 4-11 và rời đi 2 ngày sau.", "vi", ["2024-11-04", "2024-11-06"]),
        ("Он приехал 1 ноября. Через два дня он уехал.", "ru", ["2024-11-01", "2024-11-03"]),
        ("회담은 오는 25일 열린다.", "ko", ["2024-11-25"]),
        ("William left on the 25th.", "en", ["2024-10-25"]),  # "will" inside a name
        # the future marker governs what follows it in SVO languages
        ("Officials said on Thursday that troops will be deployed.", "en", ["2024-10-31"]),
        ("Troops will be deployed on Thursday.", "en", ["2024-11-07"]),
    ],
)
def test_later_and_future(text: str, lang: str, values: list[str]) -> None:
    assert [t.value for t in parse_times(text, lang, date(2024, 11, 5))] == values


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bojcy 3-го батальона отступили.", "ru"),  # an ordinal, not the 3rd
        ("Ia datang minggu ini.", "id"),  # this week, not Sunday
        ("Đây là lần thứ hai ông đến.", "vi"),  # the second time, not Monday
        ("1号机组停运。", "zh"),  # unit No. 1
    ],
)
def test_ordinals_and_weeks_are_not_days(text: str, lang: str) -> None:
    # (a week may give its month: tests/time/test_anchors.py)
    assert [t for t in parse_times(text, lang, P) if t.precision == "day"] == []


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("2022年2月24日に侵攻した。同年4月に撤退し、同月15日に発表した。", "ja",
         ["2022-02-24", "2022-04", "2022-04-15"]),
        ("2022년 2월 24일 침공했다. 같은 해 4월 철수했다.", "ko", ["2022-02-24", "2022-04"]),
        ("Pada 24 Februari 2022 Rusia menyerang. Pada bulan April tahun yang sama, mereka mundur.",
         "id", ["2022-02-24", "2022-04"]),
        ("In March 2022 they met. Later that year, they met again.", "en", ["2022-03", "2022"]),
        ("同月15日に発表した。", "ja", [None]),
    ],
)
def test_same_month_and_year_follow_the_text(text: str, lang: str, values: list) -> None:
    assert [t.value for t in parse_times(text, lang, date(2024, 11, 5))] == values


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("[서울=뉴시스] 2024.10.25. 오전 10:30", "ko", "2024.10.25."),
        ("Jumat, 25 Oktober 2024 | 10:30 WIB", "id", "Jumat, 25 Oktober 2024"),
        ("Пятница, 25 октября 2024", "ru", "Пятница, 25 октября 2024"),
        ("Thứ Sáu, 25/10/2024 10:30 (GMT+7)", "vi", "Thứ Sáu, 25/10/2024"),
        ("2024年10月25日（金）10時30分", "ja", "2024年10月25日（金）"),
        ("2024年10月25日10時30分", "ja", "2024年10月25日"),
        ("Friday, October 25, 2024 at 10:30 AM", "en", "Friday, October 25, 2024"),
    ],
)
def test_datelines(text: str, lang: str, surface: str) -> None:
    (t,) = parse_times(text, lang, date(2024, 10, 25))
    assert (t.surface, t.value, t.problem) == (surface, "2024-10-25", None)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Putin visited last June.", "en", "2024-06"),
        ("The deal ends next March.", "en", "2025-03"),
        ("Kunjungan Juni lalu.", "id", "2024-06"),
        ("Kunjungan November lalu.", "id", "2023-11"),
        ("지난 11월 회담했다.", "ko", "2023-11"),
        ("오는 11월 10일 회담한다.", "ko", "2024-11-10"),
        ("Hội nghị tháng 9 vừa qua.", "vi", "2024-09"),
    ],
)
def test_last_and_next_named_month(text: str, lang: str, value: str) -> None:
    (t,) = parse_times(text, lang, date(2024, 10, 25))
    assert t.value == value


# against an estimated month (an undated article): relative expressions at most to the month
MONTH_BASE = [
    ("金正恩氏は昨夜、到着した。", "ja", "昨夜", "2023-09", "month"),
    ("昨年4月にも会談した。", "ja", "昨年4月", "2022-04", "month"),
    ("前回は8月だった。", "ja", "8月", "2023-08", "month"),
    ("会談は9月13日に行われた。", "ja", "9月13日", "2023-09-13", "day"),
    ("He arrived yesterday.", "en", "yesterday", "2023-09", "month"),
    ("They met last April.", "en", "last April", "2023-04", "month"),
    ("Mereka bertemu pada hari Minggu.", "id", "hari Minggu", "2023-09", "month"),
    ("그는 어제 도착했다.", "ko", "어제", "2023-09", "month"),
    ("Он прибыл вчера.", "ru", "вчера", "2023-09", "month"),
    ("They met three days ago.", "en", "three days ago", "2023-09", "month"),
    ("That was last year.", "en", "last year", "2022", "year"),
]


@pytest.mark.parametrize(("text", "lang", "surface", "value", "precision"), MONTH_BASE)
def test_relative_times_against_an_estimated_month(
    text: str, lang: str, surface: str, value: str, precision: str
) -> None:
    from newsweave.time import month_base

    ctx = TimeContext(base=month_base("2023-09"), base_precision="month")
    found = {t.surface: t for t in parse_times(text, lang, ctx.base, ctx)}
    assert surface in found, found
    assert (found[surface].value, found[surface].precision, found[surface].relative) == (
        value, precision, True)

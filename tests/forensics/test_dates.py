"""Impossible, inconsistent and garbled dates, in several languages."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,lang,surface", [
    ("ロシア大統領府は11月31日、声明を発表した。", "ja", "11月31日"),
    ("外交部发言人2月30日表示，中方不掌握具体情况。", "zh", "2月30日"),
    ("국방부는 4월 31일 발표했다고 밝혔다.", "ko", "4월 31일"),
    ("The ministry said on February 30 that the talks had ended.", "en", "February 30"),
    ("Kementerian mengatakan pada 31 April bahwa pertemuan telah selesai.", "id", "31 April"),
    ("Министерство заявило 31 апреля, что переговоры завершены.", "ru", "31 апреля"),
    ("Bộ Quốc phòng cho biết ngày 31/4 đã bắn hạ 20 máy bay.", "vi", "ngày 31/4"),
])
def test_impossible_dates(fx, text, lang, surface):
    findings, _ = fx.run(fx.make_doc(text, lang, "2024-05-10"))
    assert ("impossible_date", surface) in fx.kinds(findings)


@pytest.mark.parametrize("text,lang", [
    ("ロシア大統領府は10月31日、声明を発表した。", "ja"),
    ("The ministry said on February 29, 2024 that talks had ended.", "en"),
    ("Министерство заявило 30 апреля, что переговоры завершены.", "ru"),
    ("Bộ Quốc phòng cho biết ngày 30/4 đã bắn hạ 20 máy bay.", "vi"),
])
def test_valid_dates_are_not_flagged(fx, text, lang):
    findings, _ = fx.run(fx.make_doc(text, lang, "2024-05-10"))
    assert not [f for f in findings if f.kind.endswith("date")]


@pytest.mark.parametrize("text,lang,surface", [
    # 13 September 2023 was a Wednesday: "13 on Sunday" is a garbled "13日"
    ("Dia tiba di Rusia pada awal tanggal 12. 13\nPada hari Minggu, ia mengunjungi pangkalan.",
     "id", "13 Pada hari Minggu"),
    ("He arrived in Russia early on the 12th. 13\nOn Sunday, he visited the base.",
     "en", "13 On Sunday"),
    ("Он прибыл в Россию 12-го числа. 13 в воскресенье он посетил космодром и встретился.",
     "ru", "13 в воскресенье"),
])
def test_day_number_glued_to_weekday(fx, text, lang, surface):
    findings, _ = fx.run(fx.make_doc(text, lang, "2023-09-20"))
    found = [f for f in findings if f.kind == "garbled_date"]
    assert [f.surface for f in found] == [surface]
    assert "Wednesday" in found[0].message


def test_day_number_matching_its_weekday_is_not_flagged(fx):
    # 17 September 2023 was a Sunday
    doc = fx.make_doc("Kim returned home on the 17 Sunday after the visit to Russia ended.",
                      "en", "2023-09-20")
    findings, _ = fx.run(doc)
    assert not [f for f in findings if f.kind == "garbled_date"]


@pytest.mark.parametrize("text,lang,surface", [
    ("韓国の国防相は31.10月1.000日、北朝鮮がミサイルを移譲したと述べた。", "ja", "31.10月1.000日"),
    ("국방장관은 31.10월 1.000일 북한이 미사일을 보냈다고 말했다.", "ko", "31.10월 1.000일"),
])
def test_numbers_garbled_into_a_date(fx, text, lang, surface):
    findings, _ = fx.run(fx.make_doc(text, lang, "2024-11-01"))
    assert ("garbled_date", surface) in fx.kinds(findings)


@pytest.mark.parametrize("text,lang,surface", [
    ("The summit took place on Sunday, 14 September 2023, officials said.", "en",
     "Sunday, 14 September 2023"),
    ("首脳会談は2023年9月14日（日）に行われた。", "ja", "2023年9月14日（日）"),
])
def test_upstream_time_problems_become_findings(fx, text, lang, surface):
    doc = fx.make_doc(text, lang)
    t = fx.time_expr(doc, surface, "2023-09-14", problem="weekday_mismatch")
    findings, _ = fx.run(doc, fx.analysis(times=[t]))
    assert ("weekday_mismatch", surface) in fx.kinds(findings)


@pytest.mark.parametrize("text,surface,value,lang", [
    ("The delegation arrived in Pyongyang on November 20 and met the leader.", "November 20",
     "2024-11-20", "en"),
    ("Delegasi itu telah tiba di Pyongyang pada 20 November dan bertemu pemimpin.", "20 November",
     "2024-11-20", "id"),
])
def test_future_date_in_past_tense(fx, text, surface, value, lang):
    doc = fx.make_doc(text, lang, "2024-11-01")
    findings, _ = fx.run(doc, fx.analysis(times=[fx.time_expr(doc, surface, value)]))
    assert ("future_date", surface) in fx.kinds(findings)


def test_future_date_in_future_tense_is_fine(fx):
    doc = fx.make_doc("The delegation will arrive in Pyongyang on November 20.", "en", "2024-11-01")
    t = fx.time_expr(doc, "November 20", "2024-11-20")
    findings, _ = fx.run(doc, fx.analysis(times=[t]))
    assert not [f for f in findings if f.kind == "future_date"]


@pytest.mark.parametrize("surface,value,lang,flagged", [
    ("2月2日", "2024-02-02", "ja", True),
    ("10月30日", "2024-10-30", "ja", False),
    ("February 2", "2024-02-02", "en", True),
    ("2월 2일", "2024-02-02", "ko", True),
])
def test_far_unyeared_dates(fx, surface, value, lang, flagged):
    text = f"ロイター通信によると、{surface}、クレムリンは発表した。"
    doc = fx.make_doc(text, lang, "2024-11-01")
    t = fx.time_expr(doc, surface, value, relative=True)
    findings, _ = fx.run(doc, fx.analysis(times=[t]))
    assert (("suspicious_date", surface) in fx.kinds(findings)) is flagged


@pytest.mark.parametrize("text,lang,surface", [
    ("ロシア国防省は31.10月、声明を発表した。", "ja", "31.10月"),
    ("俄罗斯国防部31.10月发表声明。", "zh", "31.10月"),
])
def test_day_month_glued_to_month_marker(fx, text, lang, surface):
    findings, _ = fx.run(fx.make_doc(text, lang, "2024-11-01"))
    assert ("garbled_date", surface) in fx.kinds(findings)

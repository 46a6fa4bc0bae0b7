"""Property tests: any valid date written in a language's formats parses back to itself."""

from __future__ import annotations

from datetime import date

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsweave.lang import available, get_pack
from newsweave.time import parse_times
from newsweave.time.grammar import grammar

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _month_name(lang: str, month: int) -> str | None:
    names = get_pack(lang).data("dates").get("months") or {}
    key = EN_MONTHS[month - 1].lower()
    return str(names[key][0]) if key in names else None


def _devanagari(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "०१२३४५६७८९"))


def formats(lang: str, d: date) -> list[str]:
    y, m, dd = d.year, d.month, d.day
    out = [f"{y}-{m:02d}-{dd:02d}", f"{y}/{m:02d}/{dd:02d}"]
    name = _month_name(lang, m)
    by_lang = {
        "en": [f"{dd} {name} {y}", f"{name} {dd}, {y}", f"{m}/{dd}/{y}"],
        "ja": [f"{y}年{m}月{dd}日"],
        "zh": [f"{y}年{m}月{dd}日", f"{y}年{m}月{dd}号"],
        "ko": [f"{y}년 {m}월 {dd}일", f"{y}. {m}. {dd}."],
        "id": [f"{dd} {name} {y}", f"tanggal {dd} {name} {y}", f"{dd}/{m}/{y}"],
        "ru": [f"{dd} {name} {y} года", f"{dd:02d}.{m:02d}.{y}"],
        "vi": [f"ngày {dd}/{m}/{y}", f"ngày {dd} tháng {m} năm {y}"],
        "es": [f"{dd} de {name} de {y}", f"el {dd} de {name} de {y}", f"{dd}/{m}/{y}"],
        "pt": [f"{dd} de {name} de {y}", f"em {dd} de {name} de {y}", f"{dd}/{m}/{y}"],
        "hi": [f"{dd} {name} {y}", f"{dd} {name}, {y}", f"{name} {dd}, {y}", f"{dd}/{m}/{y}",
               f"{_devanagari(dd)} {name} {_devanagari(y)}"],
        "uk": [f"{dd} {name} {y} року", f"{dd} {name} {y} р.", f"{dd:02d}.{m:02d}.{y}"],
    }
    return out + by_lang.get(lang, [])


@settings(max_examples=60, deadline=None)
@given(d=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
       lang=st.sampled_from(available()))
def test_any_date_parses_back(d: date, lang: str) -> None:
    for text in formats(lang, d):
        found = parse_times(f"… {text} …", lang, None)
        assert [t.value for t in found] == [d.isoformat()], (lang, text, found)


@settings(max_examples=60, deadline=None)
@given(base=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
       lang=st.sampled_from(available()))
def test_yesterday_is_one_day_before_any_base(base: date, lang: str) -> None:
    # (Hindi has no word for yesterday alone: कल is yesterday or tomorrow, by the verb's tense)
    words = get_pack(lang).data("dates")["relative_day"].get("yesterday") or ["?"]
    assume(words != ["?"])
    (t,) = parse_times(f" {words[0]} ", lang, base)
    assert date.fromisoformat(t.value) == base.fromordinal(base.toordinal() - 1)


def test_every_pattern_of_every_language_compiles() -> None:
    for lang in available():
        data = get_pack(lang).data("dates")
        g = grammar(lang)
        assert len(g.patterns) == len(data["patterns"]), lang  # no pattern lost for lack of words
        for key in ("relative_day", "relative_month", "relative_year", "weekdays"):
            assert data.get(key), (lang, key)

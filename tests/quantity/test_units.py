"""The unit vocabulary: one measure for the words of every language that count one thing."""

from __future__ import annotations

import pytest

from newsweave.lang import available, get_pack
from newsweave.quantity import parse_quantities
from newsweave.quantity.units import build, measure_of, vocabulary


@pytest.mark.parametrize("unit", ["troops", "soldiers", "personnel", "servicemen", "fighters"])
def test_soldiers_personnel_and_troops_are_one_measure(unit: str) -> None:
    assert measure_of(unit) == "troops"


@pytest.mark.parametrize(("text", "lang"), [
    ("Pyongyang sent 3,000 soldiers.", "en"),
    ("Pyongyang sent 3,000 military personnel.", "en"),
    ("北朝鮮は兵士3000人を派遣した。", "ja"),
    ("북한은 병력 3000명을 보냈다.", "ko"),
    ("朝鲜派遣了3000名士兵。", "zh"),
    ("КНДР отправила 3000 военнослужащих.", "ru"),
    ("Korea Utara mengirim 3.000 personel militer.", "id"),
    ("Triều Tiên đã gửi 3.000 binh sĩ.", "vi"),
])
def test_every_language_counts_troops_as_troops(text: str, lang: str) -> None:
    (q,) = [q for q in parse_quantities(text, lang) if q.value == 3000]
    assert measure_of(q.unit) == "troops", q.unit


@pytest.mark.parametrize(("text", "lang", "measure"), [
    ("At least 12 dead and 30 wounded were counted.", "en", "killed"),
    ("The fighting left 30 wounded.", "en", "injured"),
    ("Some 20,000 refugees arrived.", "en", "displaced"),
    ("死者12人が確認された。", "ja", "killed"),
    ("부상자 30명이 발생했다.", "ko", "injured"),
    ("На месте нашли 12 погибших.", "ru", "killed"),
    ("Sedikitnya 12 korban tewas ditemukan.", "id", "killed"),
])
def test_the_killed_the_injured_and_the_displaced_are_measures(text, lang, measure) -> None:
    assert measure in {measure_of(q.unit) for q in parse_quantities(text, lang)}


@pytest.mark.parametrize("code", available())
def test_every_unit_a_language_writes_is_in_the_vocabulary(code: str) -> None:
    data = get_pack(code).data("numbers")
    names = set(data.get("units") or {}) | set(data.get("units_before") or {})
    names |= set(data.get("integer_units") or []) | set(data.get("generic_units") or [])
    names |= set(data.get("duals") or {})
    assert not [n for n in names if not vocabulary().known(n)]


def test_fusion_compares_people_with_troops_but_not_the_killed() -> None:
    v = vocabulary()
    assert v.compared_as("people") == v.compared_as("soldiers") == "troops"
    assert v.compared_as("killed") != v.compared_as("injured")


@pytest.mark.parametrize(("data", "message"), [
    ({"measures": {"troops": {"kind": "count", "units": ["soldiers"]}}},
     "must list its own name"),
    ({"measures": {"troops": {"kind": "count", "units": ["troops", "men"]},
                   "people": {"kind": "count", "units": ["people", "men"]}}},
     "'men' is in both 'troops' and 'people'"),
    ({"measures": {"troops": {"kind": "heads", "units": ["troops"]}}}, "kind 'heads'"),
    ({"measures": {"troops": {"kind": "count", "units": ["troops"]}},
      "fates": ["killed"]}, "fates names unknown measure"),
    ({"units": {}}, "needs a 'measures' mapping"),
])
def test_the_vocabulary_validator_names_the_mistake(data: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build(data)


@pytest.mark.parametrize(("text", "unit"), [
    ("قصفت الطائرات بغارتين موقعا قرب الميناء.", "strikes"),
    ("أطلقت الجماعة صاروخين على السفينة.", "missiles"),
    ("قتل جنديان في الهجوم.", "soldiers"),
])
def test_a_noun_in_the_dual_counts_two(text: str, unit: str) -> None:
    found = [(q.value, q.unit) for q in parse_quantities(text, "ar")]
    assert found == [(2.0, unit)]


def test_a_written_number_outranks_the_dual_reading() -> None:
    # the plural after a numeral is read with the numeral, once
    found = [(q.value, q.unit) for q in parse_quantities("أطلقت 5 صواريخ.", "ar")]
    assert found == [(5.0, "missiles")]

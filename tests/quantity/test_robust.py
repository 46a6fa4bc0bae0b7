"""Any text in any language code: the finders return spans inside the text and never crash."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.lang import available, get_pack
from newsweave.quantity import parse_quantities
from newsweave.quantity.lexicon import lexicon
from newsweave.time import parse_times

PIECES = ["3.000", "1,5", "万", "만", "XNUMX", "年", "月", "日", "일", "/", ":", "約", "около",
          "tanggal", "ngày", " ", "1.", "31", "12", "2023", "人", "명", "km", "ribu", "тыс.",
          "(", "）", "\n", "-", "+"]


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=12),
       lang=st.sampled_from((*available(), "xx", None)))
def test_never_crashes(parts: list[str], lang: str | None) -> None:
    text = "".join(parts)
    for t in parse_times(text, lang, date(2024, 2, 29)):
        assert 0 <= t.start < t.end <= len(text) and text[t.start : t.end] == t.surface
    for q in parse_quantities(text, lang):
        assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.surface
        assert q.value is not None or q.problem


def test_number_data_is_well_formed() -> None:
    for lang in available():
        data = get_pack(lang).data("numbers")
        values = data["values"]
        for key in ("cardinals", "scales"):
            for concept in data.get(key) or {}:
                assert concept in values, (lang, key, concept)
        bounds = {"about", "nearly", "more_than", "at_least", "up_to", "less_than", "at_most"}
        for key in ("bounds_before", "bounds_between", "bounds_after"):
            assert set(data.get(key) or {}) <= bounds, (lang, key)
        assert set(data.get("generic_units") or ()) <= set(data["units"]) | {"rounds", "items"}
        assert lexicon(lang).unit_after is not None

"""Titles before a name are read from the few words before it, however long the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.kb.titles import title_before, titles_for


def test_title_before_a_name() -> None:
    text = "Yesterday President Putin spoke."
    title = title_before(text, text.index("Putin"), titles_for("en"))
    assert title is not None and title.surface == "President"
    assert text[title.start:title.end] == "President"


def test_unspaced_title_touching_the_name() -> None:
    text = "米国務長官ブリンケン氏が述べた。"
    title = title_before(text, text.index("ブリンケン"), titles_for("ja"))
    assert title is not None and text[title.start:title.end] == title.surface


@settings(max_examples=60, deadline=None)
@given(prefix=st.text(alphabet="abcXYZ éプー\n'’", max_size=400),
       head=st.sampled_from(["", "the ", "Foreign Minister ", "President  ", "Mr. "]))
def test_a_long_text_before_changes_nothing(prefix: str, head: str) -> None:
    """Whatever stands far before the name, the title found is the same (offsets shifted)."""
    table = titles_for("en")
    short = head + "Lavrov said"
    long = prefix + " " + short
    a = title_before(short, short.index("Lavrov"), table)
    b = title_before(long, long.index("Lavrov", len(prefix)), table)
    shift = len(prefix) + 1
    assert (a is None) == (b is None)
    if a is not None and b is not None:
        assert (a.surface, a.role, a.start + shift, a.end + shift) == (
            b.surface, b.role, b.start, b.end)

"""find_times / find_quantities on a Document: offsets point into the original text."""

from __future__ import annotations

from array import array

from newsweave.model import Document, LanguageShare, OffsetMap, Sentence
from newsweave.quantity import find_quantities
from newsweave.time import find_times

ORIGINAL = (
    "Share this!\n北朝鮮は9月13日、約3,000人の兵士を派遣した。翌日、発表した。\n"
    "Mereka tiba kemarin."
)


def _document(published: str | None) -> Document:
    # cleaning dropped the share button: clean text starts at the first sentence
    start = ORIGINAL.index("北朝鮮")
    clean = ORIGINAL[start:]
    offsets = OffsetMap(array("l", [*range(start, len(ORIGINAL)), len(ORIGINAL)]))
    sentences = []
    pos = 0
    for i, (text, lang) in enumerate(
        [("北朝鮮は9月13日、約3,000人の兵士を派遣した。", "ja"), ("翌日、発表した。", "ja"),
         ("Mereka tiba kemarin.", "id")]
    ):
        a = clean.index(text, pos)
        b = a + len(text)
        sentences.append(Sentence(i, start + a, start + b, a, b, text, lang))
        pos = b
    return Document(
        id="d", uri="mem:d", original_text=ORIGINAL, clean_text=clean, offsets=offsets,
        sentences=tuple(sentences), languages=(LanguageShare("ja", 30),), published=published,
    )


def test_times_point_into_the_original_text() -> None:
    times = find_times(_document("2023-09-20"))
    assert [(t.surface, t.value, t.sentence) for t in times] == [
        ("9月13日", "2023-09-13", 0),
        ("翌日", "2023-09-14", 1),
        ("kemarin", "2023-09-19", 2),
    ]
    for t in times:
        assert ORIGINAL[t.start : t.end] == t.surface


def test_without_publication_date_relative_times_stay_open() -> None:
    times = find_times(_document(None))
    assert [t.value for t in times] == [None, None, None]


def test_quantities_point_into_the_original_text() -> None:
    (q,) = find_quantities(_document("2023-09-20"))
    assert (q.surface, q.value, q.unit, q.bound, q.approx) == ("約3,000人", 3000, "soldiers",
                                                               "about", True)
    assert ORIGINAL[q.start : q.end] == q.surface


def test_an_estimated_reference_month_stands_in_for_the_publication_date() -> None:
    from dataclasses import replace

    doc = replace(_document(None), reference_date="2023-09")
    times = find_times(doc)
    # a day read from the text keeps its day; days computed from the estimate only a month
    assert [(t.surface, t.value, t.precision, t.relative) for t in times] == [
        ("9月13日", "2023-09-13", "day", True),
        ("翌日", "2023-09-14", "day", True),
        ("kemarin", "2023-09", "month", True),
    ]
    # a real publication date wins over an estimate
    dated = replace(_document("2023-09-20"), reference_date="2024-06")
    assert [t.value for t in find_times(dated)][-1] == "2023-09-19"

"""An embedded post's signature ("— Agency (@handle) September 20, 2023") dates the post it
ends, whatever the article's language: embedding services write it in English."""

from __future__ import annotations

from array import array

import pytest

from newsweave.model import Document, LanguageShare, OffsetMap, Sentence
from newsweave.time import find_times


def _one_sentence(text: str, lang: str, published: str | None = None) -> Document:
    return Document(
        id="d", uri="mem:d", original_text=text, clean_text=text,
        offsets=OffsetMap(array("l", [*range(len(text) + 1)])),
        sentences=(Sentence(0, 0, len(text), 0, len(text), text, lang),),
        languages=(LanguageShare(lang, len(text)),), published=published,
    )


@pytest.mark.parametrize(("text", "lang"), [
    ("Liman yeniden açıldı pic.twitter.com/abc123\n— Deniz Ajansı (@denizajans) March 4, 2022",
     "tr"),
    ("Le port a rouvert https://t.co/xYz\n— Agence Mer (@agencemer) March 4, 2022", "fr"),
    ("Pelabuhan dibuka kembali — Kantor Berita Laut (@beritalaut) March 4, 2022", "id"),
])
def test_a_signature_dates_its_post(text: str, lang: str) -> None:
    times = find_times(_one_sentence(text, lang))
    assert [(t.surface, t.value) for t in times] == [("March 4, 2022", "2022-03-04")]
    assert all(text[t.start:t.end] == t.surface for t in times)


def test_a_date_the_language_reads_is_read_once() -> None:
    text = "Le port a rouvert — Agence Mer (@agencemer) 4 mars 2022"
    assert [t.value for t in find_times(_one_sentence(text, "fr"))] == ["2022-03-04"]


def test_no_handle_no_signature() -> None:
    # a dash and an English date without an account handle are no embedded post
    text = "Liman yeniden açıldı — Deniz Ajansı, March 4, 2022"
    assert find_times(_one_sentence(text, "tr")) == []

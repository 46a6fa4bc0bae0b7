"""Embedded posts: their links are no words, and their signature dates them.

A post quoted in an article ends with links glued to its last word ("…declaredhttps://t.co/…
pic.twitter.com/…") and a signature ("— Agency (@handle) October 28, 2024"). Claims read the
post's words as if the links were not there, and take the signature's date (the segmenter
joins the post's unpunctuated last line and its signature into one sentence:
tests/segment/test_embedded_posts.py).
"""

from __future__ import annotations

import pytest
from tests.claims.test_news_support import Case, E, by_language, case, check

NAMES = {"Qatar": "QA", "Egypt": "EG", "Israel": "IL", "Gaza": "gaza"}

CASES = [
    ("en", case("Qatar and Egypt reached an agreementhttps://t.co/aB3xYz pic.twitter.com/Qw12Er"
                " — Gulf Wire (@gulfwire) October 28, 2024",
                E("AGREE", {"QA", "EG"}, date="2024-10-28"), names=NAMES,
                times={"October 28, 2024": "2024-10-28"})),
    ("tr", case("#Katar'ın şartları kabul edildi: #Gazze'de ateşkes ilan edildihttps://t.co/aB3"
                " pic.twitter.com/Qw1 — Körfez Ajansı (@korfezajans) October 28, 2024",
                E("AGREE", {"QA"}, date="2024-10-28"),
                names={"Katar": "QA", "Gazze": "gaza"}, times={"October 28, 2024": "2024-10-28"},
                tolerate=("CEASEFIRE",))),
    ("fr", case("L'Égypte et le Qatar ont signé un accordhttps://t.co/aB3",
                E("AGREE", {"EG", "QA"}), names={"Égypte": "EG", "Qatar": "QA"})),
    # controls: a short link's letters are no words, nor is a host name
    ("en", case("Qatar shared https://bit.ly/attack-kills-ten with reporters.", names=NAMES)),
    ("en", case("Egypt reposted the video from www.strikes.example.org today.", names=NAMES)),
]


@pytest.mark.parametrize(("lang", "c"), by_language(CASES))
def test_embedded_post(lang: str, c: Case) -> None:
    check(c, lang)


def test_a_number_in_a_links_path_is_no_count_of_the_act() -> None:
    """A page's address may spell its title ("…/displaced-arrive-in-armenia"), and its words
    may be read; the article number in that path is an identifier, not a count."""
    from tests.claims.helpers import claims

    text = "https://news.example.org/show/1638557/israel-evacuated-people-from-gaza?amp=1"
    found = claims(text, "en", mentions={"israel": "IL", "gaza": "gaza"}, numbers=True)
    assert found, "the slug's words are still read"
    assert all(c.quantity is None for c in found), found

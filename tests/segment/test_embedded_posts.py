"""An embedded post's last line (a link, no full stop) and its signature line are one
sentence: the signature's date and source belong to the post (claims date it by them)."""

from __future__ import annotations

from newsweave.segment.data import load
from newsweave.segment.split import split


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split(text, load())]


def test_a_post_and_its_signature_are_one_sentence() -> None:
    text = ("Liman ikinci kez kapandı.\n"
            "#Liman yeniden açıldıhttps://t.co/aB3 pic.twitter.com/Qw1\n"
            "— Deniz Ajansı (@denizajans) October 28, 2024\n\n"
            "Gemiler bekliyor.")
    assert _sentences(text) == [
        "Liman ikinci kez kapandı.",
        "#Liman yeniden açıldıhttps://t.co/aB3 pic.twitter.com/Qw1\n"
        "— Deniz Ajansı (@denizajans) October 28, 2024",
        "Gemiler bekliyor.",
    ]

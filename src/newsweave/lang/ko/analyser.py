"""Korean tokens from Kiwi (kiwipiepy with its bundled model). NNP marks proper nouns."""

from __future__ import annotations

from functools import cached_property

from newsweave.lang import Token


class KoreanAnalyser:
    """Built once per process; the Kiwi model (~1-3 s, ~0.5 GB) loads on first use."""

    @cached_property
    def _kiwi(self):
        from kiwipiepy import Kiwi

        return Kiwi()

    def tokens(self, text: str) -> list[Token]:
        return [
            Token(start=t.start, end=t.start + t.len, surface=t.form, pos=str(t.tag),
                  lemma=t.form, proper=str(t.tag) == "NNP")
            for t in self._kiwi.tokenize(text)
        ]

    def __reduce__(self):  # pickle by constructor: the model is reloaded on the other side
        return (build, ())


def build() -> KoreanAnalyser:
    return KoreanAnalyser()

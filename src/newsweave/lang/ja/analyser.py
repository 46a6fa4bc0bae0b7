"""Japanese tokens from Sudachi (sudachidict-core, split mode C: longest units, whole names)."""

from __future__ import annotations

from functools import cached_property

from newsweave.lang import Token

# Sudachi refuses inputs above ~49 kB; sentences are far shorter, long texts are cut
_CHUNK = 8000


class JapaneseAnalyser:
    """Built once per process; the Sudachi dictionary loads on first use."""

    @cached_property
    def _tokenizer(self):
        from sudachipy import dictionary, tokenizer

        return dictionary.Dictionary(dict="core").tokenizer(mode=tokenizer.Tokenizer.SplitMode.C)

    def tokens(self, text: str) -> list[Token]:
        out: list[Token] = []
        for offset in range(0, len(text), _CHUNK):
            chunk = text[offset:offset + _CHUNK]
            for m in self._tokenizer.tokenize(chunk):
                pos = m.part_of_speech()
                out.append(Token(
                    start=offset + m.begin(), end=offset + m.end(), surface=m.surface(),
                    pos="-".join(p for p in pos if p != "*"), lemma=m.normalized_form(),
                    proper=pos[1] == "固有名詞",
                ))
        return out

    def __reduce__(self):  # pickle by constructor: the dictionary is reloaded on the other side
        return (build, ())


def build() -> JapaneseAnalyser:
    return JapaneseAnalyser()

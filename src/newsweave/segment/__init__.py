"""Sentences and their languages.  (PLACEHOLDER: being built.)"""

from __future__ import annotations

from newsweave.model import LanguageShare, OffsetMap, Sentence
from newsweave.options import Options


def segment(
    text: str, offsets: OffsetMap, options: Options
) -> tuple[list[Sentence], list[LanguageShare]]:
    sentences = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        if line.strip():
            s, e = offsets.to_original(pos, pos + len(line))
            sentences.append(Sentence(i, s, e, pos, pos + len(line), line, None))
        pos += len(line) + 1
    return sentences, []

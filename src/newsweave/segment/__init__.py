"""Sentences and their languages.

`segment(text, offsets, options)` splits the cleaned text into sentences (rules in
`segment/split.py`, data in `segment/segment.yaml` and `lang/<code>/sentences.yaml`), decides
each sentence's language with the document as context (`segment/language.py`) and sums the
letters per language for the document's `languages`.
"""

from __future__ import annotations

from collections import Counter

from newsweave.model import LanguageShare, OffsetMap, Sentence
from newsweave.notprose import no_language
from newsweave.options import Options
from newsweave.segment import data as segdata
from newsweave.segment.language import Guess, decide, guess
from newsweave.segment.split import split


def segment(
    text: str, offsets: OffsetMap, options: Options
) -> tuple[list[Sentence], list[LanguageShare]]:
    data = segdata.load()
    spans = split(text, data)
    # a stretch of no language (base64, code, gibberish: newsweave.notprose) is not shown to
    # the language identifier; it takes its neighbours' language like a short sentence
    guesses = decide(
        [Guess(0, None) if no_language(text[a:b])
         else guess(text[a:b], data, options.min_letters_for_language) for a, b in spans], data
    )
    counted = [g.lang for g in guesses]
    langs = _inherit(counted)
    sentences: list[Sentence] = []
    for i, ((a, b), lang) in enumerate(zip(spans, langs, strict=True)):
        start, end = offsets.to_original(a, b)
        sentences.append(Sentence(i, start, end, a, b, text[a:b], lang))
    chars: Counter[str] = Counter()
    for g in guesses:
        if g.lang is not None:
            chars[g.lang] += g.letters
    languages = [
        LanguageShare(lang, n) for lang, n in sorted(chars.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return sentences, languages


def _inherit(labels: list[str | None]) -> list[str | None]:
    """Sentences without a language take the previous sentence's (or else the next one's)."""
    out = list(labels)
    last: str | None = None
    for i, lang in enumerate(out):
        if lang is None:
            out[i] = last
        else:
            last = lang
    nxt: str | None = None
    for i in range(len(out) - 1, -1, -1):
        if labels[i] is not None:
            nxt = labels[i]
        elif out[i] is None:
            out[i] = nxt
    return out


__all__ = ["segment"]

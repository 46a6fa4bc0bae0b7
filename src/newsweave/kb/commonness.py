"""How common a word is as an ordinary word of a language (wordfreq's frequency lists).

A capitalised word at the start of a sentence ("Gangs", "Nice", "Reading") or a place named like
a common noun is a name only with more evidence. Frequencies are zipf values (log10 of the
frequency per billion words): 3 is once per million words, 5 once per thousand. The small lists
hold every word of zipf 3 or more, which is what these questions need.
"""

from __future__ import annotations

import math
import unicodedata
from functools import cache


@cache
def langs_writing(script: str) -> tuple[str, ...]:
    """The known languages (packs and rows) that write `script` (a `script_of` name) and have a
    wordfreq list: whom to ask whether a word of that script is common."""
    from wordfreq import available_languages

    from newsweave.lang import known_languages

    have = available_languages("small")
    return tuple(p.code for p in known_languages() if p.writes(script) and p.code in have)


@cache
def frequencies(lang: str) -> dict[str, float]:
    """wordfreq's small list for `lang` ({} when it has none), read from the machine's cache:
    importing wordfreq (langcodes' tables, ftfy) costs a third of a second of every start,
    its list for one language a hundredth."""
    from importlib.metadata import version

    from newsweave.cache import cached_pickle

    def build() -> dict[str, float]:
        from wordfreq import get_frequency_dict

        try:
            return get_frequency_dict(lang, wordlist="small")
        except (LookupError, ValueError):
            return {}

    return cached_pickle(f"wordfreq/{version('wordfreq')}-small-{lang}.pickle", build, dict)


def zipf(word: str, lang: str) -> float:
    """The zipf frequency of `word` in `lang` (0.0 when rarer than the list holds)."""
    f = frequencies(lang).get(unicodedata.normalize("NFKC", word).casefold())
    return round(math.log10(f) + 9, 2) if f else 0.0


def most_common(word: str, langs: tuple[str, ...]) -> float:
    """The highest zipf frequency of `word` over `langs`."""
    return max((zipf(word, lang) for lang in langs), default=0.0)

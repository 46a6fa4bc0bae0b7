"""How a language writes its words: what its word lists' patterns must allow around the letters.

One `Spelling` per language, built once from the pack (`pack.spelling()`): its `meta.yaml`
(scripts, word spacing) and the spelling keys of its `claims.yaml` (`match`, `han_variants`,
`word_prefixes`, `ignored_marks`, `gap_words`, `lemma_endings`, the `coordination` cue, and the
lemmas its entries name with `=`). The pattern builders of `claims/lexicon.py` take this one
object, so a new language adds data, not arguments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsweave.lang.lemmas import forms as lemma_forms
from newsweave.lang.scripts import marks_of

if TYPE_CHECKING:
    from newsweave.lang import LanguagePack

Forms = Mapping[str, tuple[str, ...]]  # lemma -> its inflected forms (`=` entries)


@dataclass(frozen=True)
class Spelling:
    """A language's writing, as its word patterns need it."""

    # whole words between spaces; False: an entry matches anywhere (ja, zh, ko run words together)
    spaced: bool = True
    # combining marks of its scripts, letters inside words (Devanagari मारा is not in हमारा)
    marks: str = ""
    # every Chinese character matches its traditional and simplified forms (zh)
    han: bool = False
    # clitics any word may carry (Arabic و, ف: "وقصفت" is قصفت)
    prefixes: tuple[str, ...] = ()
    # marks that may stand between any two letters (Arabic short vowels, tatweel: "قُتل" is قتل)
    ignored: str = ""
    gap_words: int = 3  # words a "~" may stand for (spaced languages)
    # coordinating words that may follow a separable verb's particle instead of the clause's end
    joins: tuple[str, ...] = ()
    # the inflected forms of the lemmas the lexicon names (`=atacar`)
    forms: Forms = field(default_factory=dict, hash=False)

    def core(self, word: str) -> str:
        if not self.ignored:
            return re.escape(word)
        mk = f"[{re.escape(self.ignored)}]*"
        return "".join(re.escape(ch) + mk for ch in word)

    def lead(self) -> str:
        """The optional clitic before a word."""
        if not self.prefixes:
            return ""
        alt = "|".join(re.escape(p) for p in sorted(self.prefixes, key=len, reverse=True))
        return f"(?:(?:{alt}){f'[{re.escape(self.ignored)}]*' if self.ignored else ''})?"

    def inside(self) -> str:
        """The ignored marks as the body of a character class (letters of a word)."""
        return re.escape(self.ignored)

    def letter(self) -> str:
        """A character class of one letter of a word, marks included."""
        return f"[\\w{self.marks}{self.inside()}]"


PLAIN = Spelling()


def word_lists(data: dict) -> Iterator[tuple[str, list]]:
    """(where, list) for every list of words in a claims.yaml."""
    for key in ("triggers", "nouns", "objects", "cues", "count_words"):
        for name, entries in (data.get(key) or {}).items():
            if isinstance(entries, list):
                yield f"{key}.{name}", entries
    for side in ("after", "before", "attached", "after_words", "after_noun",
                 "after_adjective_noun"):
        for name, entries in ((data.get("roles") or {}).get(side) or {}).items():
            yield f"roles.{side}.{name}", entries or []
    for i, rule in enumerate(data.get("conditional") or []):
        yield f"conditional[{i}].words", rule.get("words") or []


def lemmas_of(data: dict) -> set[str]:
    """The words a claims.yaml names by lemma (`=atacar`)."""
    return {w[1:].strip("*").casefold() for _, entries in word_lists(data) for e in entries
            if isinstance(e, str) for w in e.split() if w.startswith("=") and len(w) > 1}


def _without_nouns(forms: Forms, data: dict) -> dict[str, tuple[str, ...]]:
    """A verb's forms that are also listed as nouns read as the noun: "ataque" is a subjunctive
    of atacar but in news the attack, "visita" the visit (whose owner follows: "la visita de
    Putin")."""
    nouns = {str(w).casefold() for words in (data.get("nouns") or {}).values()
             for w in words or () if " " not in str(w)}
    return {lemma: tuple(f for f in fs if f == lemma or f not in nouns)
            for lemma, fs in forms.items()}


def build(pack: LanguagePack) -> Spelling:
    """The pack's spelling, from its meta.yaml and claims.yaml (validated by the caller)."""
    data = pack.data("claims")
    endings = {str(k): [str(e) for e in v or ()]
               for k, v in (data.get("lemma_endings") or {}).items()}
    return Spelling(
        spaced=(data.get("match") or ("word" if pack.word_spacing else "substring")) == "word",
        marks=marks_of(pack.scripts),
        han=bool(data.get("han_variants", False)),
        prefixes=tuple(str(p) for p in data.get("word_prefixes") or ()),
        ignored=str(data.get("ignored_marks") or ""),
        gap_words=int(data.get("gap_words") or 3),
        joins=tuple(str(w) for w in (data.get("cues") or {}).get("coordination") or ()),
        forms=_without_nouns(lemma_forms(pack.code, lemmas_of(data), endings), data),
    )

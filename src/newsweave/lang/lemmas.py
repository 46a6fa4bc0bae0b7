"""Every inflected form of a lemma, from the dictionary of the pack's lemmatiser.

A lexicon entry may name a word by its lemma (`=atacar` in `claims.yaml`) when the pack's
`meta.yaml` declares a `lemmatizer`: the entry then matches every form the lemmatiser's
dictionary maps to that lemma (atacó, atacaron, atacado, atacaría, ...), and each form written
without its accents too (machine translation and hurried typing drop them: "ataco", "atacara").
Listing sixty conjugations by hand is what a lemmatiser's dictionary already does.

`simplemma` (2.0.0) ships its dictionaries inside the wheel: loading one takes about 3 s and
100 MB, so the forms of the lemmas a pack uses are computed once and kept in the cache
directory (`NEWSWEAVE_CACHE`, else `XDG_CACHE_HOME/newsweave`, else `~/.cache/newsweave`),
keyed by the library's version and the lemmas asked for.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from functools import cache

from newsweave.cache import cached_pickle
from newsweave.lang import LanguagePackError, get_pack


def strip_accents(word: str) -> str:
    """The word without its combining marks (atacó -> ataco, ñ kept: it is a letter)."""
    out = []
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch) and not (out and out[-1] in "nN" and ch == "\u0303"):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


# a short word's accent tells it apart from a function word (dé/de, sé/se, dá/da): only longer
# words are also matched without their accents
MIN_UNACCENTED = 5
# the cache files' format: changes with the rules above
FORMAT = 2


def unaccented(word: str) -> str:
    """The word as machine translation may write it: without accents, if it is long enough."""
    return strip_accents(word) if len(word) >= MIN_UNACCENTED else word


def forms(code: str, lemmas: Iterable[str], endings: dict[str, list[str]] | None = None
          ) -> dict[str, tuple[str, ...]]:
    """lemma -> its forms (the lemma itself included, longest first), lower case.

    `endings` (the pack's `lemma_endings`: lemma ending -> endings that replace it) adds the
    regular forms a dictionary files under another lemma: Spanish "enviado" is also the noun
    "envoy", so simplemma gives it to "enviado", not to "enviar"."""
    wanted = tuple(sorted({w.casefold() for w in lemmas}))
    if not wanted:
        return {}
    found = _forms(code, wanted)
    if not endings:
        return found
    out: dict[str, tuple[str, ...]] = {}
    for lemma, words in found.items():
        extra = {lemma[: -len(k)] + e for k, es in endings.items() if lemma.endswith(k)
                 for e in es}
        out[lemma] = tuple(sorted(set(words) | extra, key=lambda w: (-len(w), w)))
    return out


@cache
def _forms(code: str, wanted: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    pack = get_pack(code)
    if pack.lemmatizer == "none":
        some = ", ".join("=" + w for w in wanted[:3])
        raise LanguagePackError(
            f"lang/{code}: lexicon entries written as lemmas ({some}...) need a `lemmatizer`"
            " in meta.yaml")
    version = _version(pack.lemmatizer)
    key = hashlib.sha1(f"{FORMAT} {pack.lemmatizer} {version} {code} {' '.join(wanted)}".encode())
    found = cached_pickle(f"lemma-forms-{code}-{key.hexdigest()[:16]}.pickle",
                          lambda: _from_dictionary(code, wanted), dict)
    out: dict[str, tuple[str, ...]] = {}
    for lemma in wanted:
        words = {lemma, *found.get(lemma, ())}
        out[lemma] = tuple(sorted(words, key=lambda w: (-len(w), w)))
    return out


def _version(lemmatizer: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(lemmatizer)
    except PackageNotFoundError:
        raise LanguagePackError(f"the lemmatiser {lemmatizer!r} is not installed") from None


def _from_dictionary(code: str, wanted: tuple[str, ...]) -> dict[str, list[str]]:
    """One pass over simplemma's form -> lemma dictionary of the language."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    try:
        dictionary = DefaultDictionaryFactory().get_dictionary(code)
    except (ValueError, KeyError, OSError) as e:
        raise LanguagePackError(f"simplemma has no dictionary for {code!r}: {e}") from None
    want = set(wanted)
    found: dict[str, set[str]] = {}
    for form, lemma in dictionary.items():
        low = lemma.casefold()
        if low in want and " " not in form and form[:1].islower():
            found.setdefault(low, set()).add(form)
    for lemma, words in found.items():
        # without accents too, unless that spelling is another word ("sancionés" ->
        # "sanciones", the noun)
        for w in list(words):
            bare = unaccented(w)
            if bare != w and dictionary.get(bare, lemma).casefold() == lemma:
                words.add(bare)
    return {k: sorted(v) for k, v in found.items()}

"""Names across scripts: romanisation and one folded phonetic key.

`to_latin` romanises kana (pykakasi, Hepburn), hangul (korean-romanizer), han (pinyin) and
everything else (unidecode). `phonetic_key` folds a romanised name so that the spellings different
writing systems and careless translation produce come out alike: consonants grouped by place of
articulation (b/p/v/f/w, d/t, g/k/c/q, j/z/s/ch/sh/ts), l = r, h dropped, vowels e/i/y and o/u
merged, doubled letters and vowel runs collapsed, and the vowels that kana and hangul insert
between consonants (ラヴロフ ravurofu, 러블로프 reobeullopeu) removed, which also removes them
from Latin spellings so that both sides agree.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from newsweave.kb.normalize import script_of

_FOLD_RULES: tuple[tuple[str, str], ...] = (
    ("eu", "u"), ("eo", "o"), ("ae", "a"), ("oo", "o"), ("ou", "o"),
    ("tch", "s"), ("sch", "s"), ("shch", "s"), ("sh", "s"), ("ch", "s"), ("zh", "s"), ("ts", "s"),
    ("tz", "s"), ("ph", "f"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("ck", "k"), ("dj", "j"),
    ("x", "ks"),
)
_CONSONANT_CLASS = str.maketrans({
    "j": "s", "z": "s", "c": "k", "q": "k", "g": "k", "d": "t", "b": "p", "v": "p", "w": "p",
    "f": "p", "l": "r", "y": "i", "e": "i", "o": "u", "h": None,
})
_VOWELS = "aiu"
_VOWEL_RUN = re.compile(r"([aiu])[aiu]+")
_DOUBLE = re.compile(r"(.)\1+")
# an i/u between consonants or after a final consonant: usually a vowel kana or hangul inserted
_EPENTHETIC = re.compile(r"(?<=[^aiu])[iu](?=[^aiu]|$)")
_FINAL_ER = re.compile(r"(?<=[^aiu])ra$")
_SOFT_C = re.compile(r"c(?=[eiy])")
# non-rhotic spellings (Turner, ターナー, 터너) drop an r after a vowel
_POSTVOCALIC_R = re.compile(r"(?<=[aeiouy])r(?=[^aeiouy]|$)")
# the same r as kana and hangul write it, with the vowel they add (ベルガ beruga, 베르가
# bereuga): dropped alike, so that Bergavian and ベルガビアン keep one key
_POSTVOCALIC_RU = re.compile(r"(?<=[aeiouy])r(?:eu|u)(?=[^aeiouy])")


@cache
def _kakasi():
    import pykakasi

    return pykakasi.kakasi()


def _romanise_kana(text: str) -> str:
    return "".join(part["hepburn"] for part in _kakasi().convert(text))


def _romanise_hangul(text: str) -> str:
    from korean_romanizer.romanizer import Romanizer

    try:
        return Romanizer(text).romanize()
    except KeyError:  # a syllable whose final the library has no reading for (ᆭ): left out
        return "".join(_romanise_syllable(ch) for ch in text)


def _romanise_syllable(ch: str) -> str:
    from korean_romanizer.romanizer import Romanizer

    try:
        return Romanizer(ch).romanize()
    except KeyError:
        return ""


def _romanise_han(text: str) -> str:
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(text))


# romanisations worked out in advance: the packaged knowledge base's names in kana, han and
# hangul, computed when it is built and cached with it (`remember`), so that a process that
# only compares a document's names with the knowledge base's does not load pykakasi and
# pypinyin (≈1.5 s)
_KNOWN: dict[str, str] = {}
HEAVY_SCRIPTS = frozenset({"kana", "han", "hangul"})


def remember(table: dict[str, str]) -> None:
    """Known romanisations (text -> to_latin(text)), as to_latin computed them."""
    _KNOWN.update(table)


@lru_cache(maxsize=65536)
def to_latin(text: str) -> str:
    """A Latin spelling of `text`, script run by script run."""
    known = _KNOWN.get(text)
    if known is not None:
        return known
    from unidecode import unidecode

    text = unicodedata.normalize("NFKC", text)
    out: list[str] = []
    run, kind = "", ""
    for ch in text + "\0":
        k = script_of(ch) if ch != "\0" else "end"
        if k in ("kana", "han") and kind in ("kana", "han") and "kana" in (k, kind):
            k = "kana"  # kana with han inside (Japanese): read it all with kakasi
        if k != kind and run:
            if kind == "kana":
                out.append(_romanise_kana(run))
            elif kind == "hangul":
                out.append(_romanise_hangul(run))
            elif kind == "han":
                out.append(_romanise_han(run))
            else:
                out.append(unidecode(run))
            run = ""
        run += ch
        kind = k
    latin = "".join(out).replace("・", " ").replace("·", " ")
    return re.sub(r"\s+", " ", latin).strip()


def fold(latin: str) -> str:
    """The phonetic key of an already romanised string.

    Letter groups are rewritten word by word (so "Brent Sadler" never makes a "ts"), vowels are
    then handled over the whole name, since hangul and kanji names come as one word.
    """
    parts = []
    for w in re.split(r"[^a-z]+", latin.lower()):
        if not w:
            continue
        w = _SOFT_C.sub("s", w)
        w = _POSTVOCALIC_R.sub("", _POSTVOCALIC_RU.sub("", w))
        for a, b in _FOLD_RULES:
            w = w.replace(a, b)
        parts.append(w.translate(_CONSONANT_CLASS))
    s = _VOWEL_RUN.sub(r"\1", "".join(parts))
    s = _EPENTHETIC.sub("", s)
    s = _FINAL_ER.sub("r", s)  # サドラー sadoraa ~ Sadler
    return _DOUBLE.sub(r"\1", s)


@lru_cache(maxsize=65536)
def phonetic_key(name: str) -> str:
    """One key for a name in any script: equal keys are very likely the same name."""
    return fold(to_latin(name))


def romanised_name(text: str) -> str:
    """A readable romanised name ("ブレント・サドラー" -> "Burento Sadoraa")."""
    latin = to_latin(text)
    return " ".join(w[:1].upper() + w[1:] for w in latin.split())

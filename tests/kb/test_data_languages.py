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


# French, Spanish and Portuguese write a place's generic word in lower case ("mer Noire",
# "estrecho de Ormuz", "península arábiga"); the matcher finds those names as written
GENERIC_LOWER = ("fr", "es", "pt")


@pytest.mark.parametrize("lang", [c for c in CAPITALISED if c not in GENERIC_LOWER])
def test_latin_names_start_with_a_capital(lang):
    lower = [(rid, name) for rid, nlang, name in NAMES
             if nlang == lang and name[:1].isalpha() and name[:1].islower()]
    assert not lower, "the matcher never finds a name that starts in lower case"


@pytest.mark.parametrize(("text", "entity"), [
    ("Un navire a été attaqué dans la mer Noire hier.", "black-sea"),
    ("Un barco fue atacado cerca del estrecho de Ormuz ayer.", "strait-of-hormuz"),
])
def test_a_romance_name_with_a_lower_case_generic_is_found(text, entity):
    from newsweave.model import RawDocument
    from newsweave.pipeline import process
    from newsweave.resources import Resources

    found = process(RawDocument(uri="t", data=text, published="2024-01-02"), Resources())
    assert entity in {m.entity_id for m in found.analysis.mentions}


def test_a_latin_name_is_no_copy_of_the_english_canonical_name():
    # de/fr/es/pt/tr list only spellings that differ from the English name
    same = []
    for path in sorted(DATA.glob("*.yaml")):
        for rec in yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []:
            for lang in CAPITALISED:
                if rec.get("name") in ((rec.get("names") or {}).get(lang) or ()):
                    same.append((rec["id"], lang))
    assert not same

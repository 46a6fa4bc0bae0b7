"""The compiled name index of a knowledge base: what the matcher looks names up in.

Three tables: words of spaced scripts (Latin, Cyrillic by stem), character strings of unspaced
scripts (kana, han, hangul, separators dropped), and phonetic keys for transliteration and fuzzy
matching. Surnames of persons are indexed too, for "Putin", "ラヴロフ氏", "김 위원장".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from newsweave.kb.language import elided_length, fold_letters, gathered, stem
from newsweave.kb.normalize import is_unspaced, name_key, script_of, words
from newsweave.kb.translit import phonetic_key
from newsweave.lang import OUTPUT_LANGUAGE
from newsweave.model import Entity

HERE = Path(__file__).parent
# where persons are named surname first in Latin letters, and in their own script
SURNAME_FIRST = frozenset({"north-korea", "south-korea", "china", "taiwan", "hong-kong", "macau"})
SURNAME_FIRST_CJK = SURNAME_FIRST | {"japan"}
HOW_RANK = {"exact": 0, "alias": 1, "demonym": 2}
# an unspaced name ending this many other names is a generic head word (共和国, 外交部)
GENERIC_TAIL_NAMES = 5
TYPE_RANK = {"country": 0, "organization": 1, "person": 2, "place": 3, "other": 4}


@lru_cache(maxsize=1 << 16)  # news repeats its words; every word of every sentence is keyed
def word_key(word: str) -> str:
    """The key of one word of a spaced script: casefolded, letters written several ways read as
    one (the packs' `letter_folds`: Arabic أ/ا, its vowel marks dropped); inflected words
    (Cyrillic) reduced to a stem by the inflection data of the packs that write the script."""
    return stem(fold_letters(word.casefold()).replace("ё", "е"))


def spaced_key(name: str) -> str:
    # folded first: a vowel mark between two letters must not split the word; an elided
    # article is no part of a name's key: "Côte d’Ivoire" is côte ivoire, as the matcher reads
    # "l’Ukraine" as Ukraine
    return " ".join(word_key(w[elided_length(w):])
                    for w in words(fold_letters(name.casefold())))


def _acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


@dataclass(frozen=True, slots=True)
class Entry:
    entity_id: str
    how: str  # exact | alias | demonym
    case: str | None = None  # the exact letters a short acronym must be written with
    lang: str | None = None
    lower: bool = False  # a demonym its language writes in lower case ("ruso", "российский")

    def __reduce__(self):
        # the knowledge base's pickle holds ~36,000 of these: built through __init__ they load
        # in a third of the time dataclasses' generic __setstate__ takes
        return Entry, (self.entity_id, self.how, self.case, self.lang, self.lower)


@dataclass
class NameIndex:
    spaced: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    max_words: int = 1
    # first word of a spaced name -> the most words a name starting with it has
    first_words: dict[str, int] = field(default_factory=dict)
    unspaced: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    # first character -> lengths of the names it starts, longest first
    lengths: dict[str, list[int]] = field(default_factory=dict)
    abbreviations: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    phonetic: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    types: dict[str, str] = field(default_factory=dict)

    # ------------------------------------------------------------------ building

    def add(self, e: Entity) -> None:
        self.types[e.id] = e.type
        f = e.facts
        names: dict[str, list[str]] = f.get("names", {})
        lang_of = {n: lang for lang, ns in names.items() for n in ns}
        self._add_name(e.name, Entry(e.id, "exact", lang=OUTPUT_LANGUAGE))  # canonical names
        for alias in e.aliases:
            lang = lang_of.get(alias)
            if e.type == "person" and lang and _titles_after_names(lang):
                alias = _without_title(alias, lang)
            self._add_name(alias, Entry(e.id, "exact" if lang else "alias", lang=lang))
        for lang, adjs in f.get("adjectives", {}).items():
            for adj in adjs:
                # written in lower case ("ruso", "russo"): the text writes it so too
                self._add_name(adj, Entry(e.id, "demonym", lang=lang, lower=adj[:1].islower()),
                               phonetic=False)
        for lang, abbrs in f.get("abbreviations", {}).items():
            for abbr in abbrs:
                self.abbreviations[name_key(abbr)].append(Entry(e.id, "alias", lang=lang))
        if e.type == "person":
            for surname in person_surnames(e):
                self.surnames[surname].add(e.id)

    def _add_name(self, name: str, entry: Entry, phonetic: bool = True) -> None:
        key = name_key(name)
        if not key:
            return
        if is_unspaced(name):
            if len(key) == 1:  # a one-character name is only safe as an abbreviation
                self.abbreviations[key].append(entry)
            else:
                self._put(self.unspaced, key, entry)
                lens = self.lengths.setdefault(key[0], [])
                if len(key) not in lens:
                    lens.append(len(key))
                    lens.sort(reverse=True)
        else:
            skey = spaced_key(name)
            if not skey:
                return
            # an acronym must be written as listed; a name listed in lower case ("mer Rouge",
            # "biển Hoa Đông") may be too, since its head word is a common noun
            # (not a lone Cyrillic word: its stem would match other words, демократы ~ демократия)
            lower = name[:1].islower() and (" " in name.strip() or script_of(name[0]) != "cyrillic")
            case = name if _acronym(name) else "" if lower else None
            self._put(self.spaced, skey, Entry(entry.entity_id, entry.how, case, entry.lang,
                                               entry.lower))
            parts = skey.split(" ")
            if len(parts) > 1 and all(len(p) == 1 for p in parts):  # U.S. = US, D.P.R.K. = DPRK
                skey = "".join(parts)
                self._put(self.spaced, skey, Entry(entry.entity_id, entry.how, case, entry.lang,
                                               entry.lower))
            n = skey.count(" ") + 1
            self.max_words = max(self.max_words, n)
            first = skey.split(" ", 1)[0]
            self.first_words[first] = max(self.first_words.get(first, 0), n)
        if phonetic:
            pkey = phonetic_key(name)
            if len(pkey) >= 3:
                self.phonetic[pkey].add(entry.entity_id)

    @staticmethod
    def _put(table: dict[str, list[Entry]], key: str, entry: Entry) -> None:
        bucket = table[key]
        if entry not in bucket:
            bucket.append(entry)

    # ------------------------------------------------------------------ look-up

    def best(self, entries: list[Entry]) -> Entry:
        """The entry to link when a name is shared: exact before alias, countries first."""
        return min(entries, key=lambda x: (HOW_RANK.get(x.how, 3),
                                           TYPE_RANK.get(self.types.get(x.entity_id, ""), 5)))

    def generic_tails(self) -> frozenset[str]:
        """Unspaced names that end many other names (ja 共和国 'republic', zh 外交部 'ministry
        of foreign affairs'): ordinary heads of name compounds, which name their entity only
        when they stand alone, never as the end of a longer compound (ナヒチェワン自治共和国,
        俄外交部). Computed once, on first use."""
        cached = self.__dict__.get("_generic_tails")
        if cached is None:
            counts: dict[str, int] = defaultdict(int)
            for key in self.unspaced:
                for j in range(1, len(key) - 1):
                    if key[j:] in self.unspaced:
                        counts[key[j:]] += 1
            cached = frozenset(k for k, n in counts.items() if n >= GENERIC_TAIL_NAMES)
            self.__dict__["_generic_tails"] = cached
        return cached

    def lookup(self, text: str) -> list[Entry]:
        key = name_key(text)
        if is_unspaced(text):
            return list(self.unspaced.get(key, ())) + list(self.abbreviations.get(key, ()))
        return list(self.spaced.get(spaced_key(text), ()))


def _titles_after_names(lang: str) -> bool:
    """The language writes titles after names (ブリンケン国務長官, 김 위원장): a knowledge-base
    name in it may carry one."""
    from newsweave.kb.titles import titles_for

    return bool(titles_for(lang).after)


def _without_title(name: str, lang: str) -> str:
    """"ブリンケン国務長官" -> "ブリンケン": a title is never part of a name (it is matched
    beside the name and kept in Mention.title)."""
    from newsweave.kb.titles import titles_for

    key = name_key(name)
    table = titles_for(lang)
    for n in table.after_lengths:
        if len(key) - n >= 2 and key[-n:] in table.after:
            stripped = name.rstrip()
            # cut as many characters of the original as the title has (spaces aside)
            cut = len(stripped)
            taken = 0
            while cut > 0 and taken < n:
                cut -= 1
                if not stripped[cut].isspace():
                    taken += 1
            return stripped[:cut].rstrip()
    return name


@cache
def _surname_particles() -> frozenset[str]:
    """Words that begin a two-word surname (Arabic عبد, أبو, بن: "عبد السلام" is one name;
    its last word alone, السلام "peace", is no one's)."""
    return frozenset(gathered("surname_particles"))


def person_surnames(e: Entity) -> set[str]:
    """Name keys of the surname of a person, in every script the knowledge base names them in."""
    country = e.facts.get("country")
    out: set[str] = set()
    for name in (e.name, *e.aliases):
        parts = name.replace("・", " ").replace("·", " ").replace("=", " ").split()
        surname_first = country in (SURNAME_FIRST_CJK if is_unspaced(name) else SURNAME_FIRST)
        if is_unspaced(name):
            if len(parts) >= 2:
                part = parts[0] if surname_first else parts[-1]
            elif surname_first and 2 <= len(name) <= 4 and all(
                    script_of(c) in ("han", "hangul") for c in name):
                part = name[0] if len(name) <= 3 else name[:2]
            else:
                continue
        else:
            if len(parts) < 2:
                continue
            part = parts[0] if surname_first else parts[-1]
            if len(part.strip(".")) < 3 and not surname_first:
                continue
            if not surname_first and len(parts) >= 3 and parts[-2] in _surname_particles():
                part = f"{parts[-2]} {parts[-1]}"  # محمد عبد السلام: the surname is عبد السلام
        key = name_key(part) if is_unspaced(part) else spaced_key(part)
        if key:
            out.add(key)
    return out

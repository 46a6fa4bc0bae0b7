"""The language data name matching reads: each pack's `names.yaml` (see lang/_base/names.yaml),
and how a language's properties shape matching. Loaded once per process.

Word lists come in three kinds: per language (common words, place cues), gathered from every
pack (connectors, conjunctions: a name may be written in any text), and gathered by script from
the packs that write it (Korean particles, Cyrillic endings: the knowledge base's keys are
shared by every language of a script).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from newsweave.lang import default_for, get_pack, known_languages, packs
from newsweave.lang.scripts import script_of


def names(lang: str | None) -> dict:
    return get_pack(lang).data("names")


def own_or_fallback(lang: str | None, key: str) -> list[str]:
    """The language's list, or (when it has none) that of its `fallback_language`."""
    pack = get_pack(lang)
    words = names(pack.code).get(key) or []
    if not words and pack.fallback_language and pack.fallback_language != pack.code:
        words = names(pack.fallback_language).get(key) or []
    return [str(w) for w in words]


@cache
def gathered(key: str) -> tuple[str, ...]:
    """`key` from every pack and row (and _base), without repeats."""
    out: list[str] = []
    for p in [get_pack(None), *known_languages()]:
        for w in p.data("names").get(key) or []:
            if str(w) not in out:
                out.append(str(w))
    return tuple(out)


@cache
def gathered_heads(etype: str) -> tuple[str, ...]:
    """Head words of one entity type in every language."""
    out: list[str] = []
    for p in known_languages():
        for w in (p.data("names").get("name_heads") or {}).get(etype) or []:
            if str(w) not in out:
                out.append(str(w))
    return tuple(out)


@cache
def by_script(key: str, script: str) -> tuple[str, ...]:
    """`key` from the packs that write `script` (a `script_of` name)."""
    out: list[str] = []
    for p in packs():
        if p.writes(script):
            for w in p.data("names").get(key) or []:
                if str(w) not in out:
                    out.append(str(w))
    return tuple(out)


@cache
def stemming(script: str
             ) -> tuple[tuple[tuple[int, frozenset[str]], ...], str, int, dict[str, str]] | None:
    """(endings by length, longest first; final letters; minimum stem; vowel alternations) for
    words of `script`, or None when no pack writing it inflects its words. Endings are looked
    up by length (a set per length), not tried one by one: every word of the script is
    stemmed, and a long text holds hundreds of thousands."""
    endings: set[str] = set()
    finals = ""
    min_stem = 0
    folds: dict[str, str] = {}
    for p in packs():
        if not p.writes(script):
            continue
        d = p.data("names")
        own_endings = [str(e) for e in d.get("stem_endings") or ()]
        own_finals = str(d.get("stem_final_letters") or "")
        if own_endings or own_finals:
            endings.update(own_endings)
            finals += "".join(c for c in own_finals if c not in finals)
            min_stem = max(min_stem, int(d.get("stem_min_letters") or 0))
        folds.update({str(k): str(v) for k, v in (d.get("stem_alternations") or {}).items()})
    if not endings and not finals:
        return None
    by_length: dict[int, set[str]] = {}
    for end in endings:
        by_length.setdefault(len(end), set()).add(end)
    lengths = tuple((n, frozenset(by_length[n])) for n in sorted(by_length, reverse=True))
    return lengths, finals, min_stem, folds


@cache
def letter_folds(script: str) -> dict[int, str]:
    """Letters and marks written or left out at will in `script`, for `str.translate` (hi: the
    nukta, फ़्रांस = फ्रांस; candrabindu and anusvara, पाँच = पांच)."""
    out: dict[int, str] = {}
    for p in packs():
        if p.writes(script):
            for a, b in (p.data("names").get("letter_folds") or {}).items():
                for ch in str(a):  # every letter of the key (ar "أإآٱ": ا)
                    out[ord(ch)] = str(b or "")
    return out


@cache
def letter_names(script: str) -> tuple[tuple[str, str], ...]:
    """(name, Latin letter) of the letters of the Latin alphabet as `script` spells them out,
    longest first (hi: यूएन = UN, ईसीओडब्ल्यूएएस = ECOWAS), folded like the words they spell."""
    out: dict[str, str] = {}
    for p in packs():
        if p.writes(script):
            for a, b in (p.data("names").get("letter_names") or {}).items():
                out[str(a).translate(letter_folds(script))] = str(b)
    return tuple(sorted(out.items(), key=lambda kv: len(kv[0]), reverse=True))


def spelled_acronym(word: str) -> str | None:
    """The Latin abbreviation a word spells out letter by letter (two letters or more), else
    None."""
    script = script_of(word[0]) if word else ""
    names = letter_names(script) if word else ()
    if names:
        word = word.translate(letter_folds(script))
    out, i = [], 0
    while names and i < len(word):
        hit = next((n for n in names if word.startswith(n[0], i)), None)
        if hit is None:
            return None
        out.append(hit[1])
        i += len(hit[0])
    return "".join(out) if len(out) >= 2 else None


def stem(word: str) -> str:
    """A casefolded word reduced to its stem by the inflection data of its script; a word that
    spells out a Latin abbreviation keys as that abbreviation."""
    folds = letter_folds(script_of(word[0])) if word else {}
    if folds:
        word = word.translate(folds)
    if acronym := spelled_acronym(word):
        return acronym.casefold()
    rules = stemming(script_of(word[0])) if word else None
    if rules is None:
        return word
    endings, finals, min_stem, folds = rules
    for n, ends in endings:  # the longest ending that leaves a stem long enough
        if n and len(word) - n >= min_stem and word[-n:] in ends:
            word = word[:-n]
            break
    while len(word) > min_stem and word[-1] in finals:
        word = word[:-1]
    # Харків / Харкова: the last vowel before one final consonant alternates
    if len(word) >= 3 and word[-2] in folds and word[-1].isalpha() and word[-1] not in folds:
        word = word[:-2] + folds[word[-2]] + word[-1]
    return word


@cache
def _elisions(script: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in by_script("elisions", script))


def elided_length(word: str) -> int:
    """How many characters of `word` are an elided article or pronoun written against it
    ("l’" of "l’Ukraine", "d'" of "d'Ivoire"): what name look-up skips; 0 when none."""
    for i, ch in enumerate(word):
        if ch in "'’":
            if 0 < i < len(word) - 1 and word[:i].casefold() in _elisions(script_of(word[0])):
                return i + 1
            return 0
    return 0


@cache
def name_endings(lang: str | None) -> tuple[str, ...]:
    """Endings a name takes in running text of `lang` (German genitive -s), longest first."""
    return tuple(sorted({str(e).casefold() for e in names(lang).get("name_endings") or ()},
                        key=len, reverse=True))


@cache
def particles(script: str) -> tuple[str, ...]:
    """Particles written attached to a noun in `script`, longest first."""
    return tuple(sorted(by_script("particles", script), key=len, reverse=True))


@cache
def name_suffixes(script: str) -> frozenset[str]:
    """What may follow a name inside one word of `script`: particles and noun suffixes."""
    return frozenset(by_script("particles", script) + by_script("noun_suffixes", script))


def reads_script(lang: str | None, script: str) -> str | None:
    """The language whose rules read text of `script` in a sentence of `lang`: `lang` itself
    when it writes that script, else the script's default pack (None: keep `lang`)."""
    pack = get_pack(lang)
    if lang and pack.writes(script):
        return lang
    return default_for(script) or lang


def compile_pack(code: str) -> None:
    """Raise if the pack's names.yaml is not what name matching reads (the validator's check)."""
    d = names(code)
    heads = d.get("name_heads") or {}
    if unknown := set(heads) - {"organization", "place", "other"}:
        raise ValueError(
            f"name_heads: unknown type(s) {sorted(unknown)} (organization, place, other)")
    pack = get_pack(code)
    if (d.get("stem_endings") or d.get("stem_final_letters")) and pack.case_marking != "endings":
        raise ValueError("stem_endings are for languages whose case_marking is endings")
    for key in ("abbreviation_prefixes", "homograph_word_after"):
        if any(len(str(w)) != 1 for w in d.get(key) or ()):
            raise ValueError(f"{key}: one character each")


@cache
def _fold_table() -> dict[int, str]:
    """Every pack's `letter_folds`: letters written several ways that a key reads as one (Arabic
    أ إ آ -> ا, ى -> ي, its vowel marks and the tatweel dropped; Turkish dotless ı -> i)."""
    table: dict[int, str] = {}
    for p in packs():
        for src, dst in (p.data("names").get("letter_folds") or {}).items():
            for ch in str(src):
                table[ord(ch)] = "" if dst is None else str(dst)
    return table


def fold_letters(text: str) -> str:
    """`text` (casefolded) with every pack's letter folds applied: the form keys are made of."""
    table = _fold_table()
    return text.translate(table) if table else text


@dataclass(frozen=True)
class Affixes:
    """What a language writes inside one word with a name (names.yaml): clitics before it
    (Arabic و ب ل ال), case suffixes after it (Turkish 'nın, 'ya), and demonym endings that
    turn a country's name into an adjective (روسي, Ukraynalı)."""

    prefixes: tuple[str, ...] = ()  # longest first
    elisions: dict[str, str] = field(default_factory=dict)  # prefix's last letter -> reading
    suffixes: tuple[str, ...] = ()  # longest first
    marks: str = ""  # a name ends before these (Rusya'nın)
    demonyms: tuple[tuple[str, tuple[str, ...]], ...] = ()  # suffix -> stem templates (~)
    min_letters: int = 3

    @property
    def empty(self) -> bool:
        return not (self.prefixes or self.suffixes or self.marks or self.demonyms)


@cache
def affixes(lang: str | None) -> Affixes:
    d = names(lang)
    demonyms = tuple(sorted(((str(k), tuple(str(t) for t in v or ()))
                             for k, v in (d.get("demonym_suffixes") or {}).items()),
                            key=lambda kv: -len(kv[0])))
    return Affixes(
        prefixes=tuple(sorted({str(p) for p in d.get("attached_prefixes") or ()},
                              key=len, reverse=True)),
        elisions={str(k): str(v) for k, v in (d.get("prefix_elisions") or {}).items()},
        suffixes=tuple(sorted({str(p) for p in d.get("attached_suffixes") or ()},
                              key=len, reverse=True)),
        marks="".join(str(m) for m in d.get("suffix_marks") or ()),
        demonyms=demonyms,
        min_letters=int(d.get("affix_min_letters") or 3),
    )

"""Gazetteer matching of knowledge-base names in one sentence.

Spaced scripts (Latin, Cyrillic) are matched word by word, longest name first, with case rules
(acronyms must be written in capitals, names must start with a capital except Russian
adjectives) and Cyrillic words compared by stem. Unspaced scripts are matched character by
character over a folded copy of the sentence (NFKC, casefold, name separators dropped), with
boundary rules per script: a katakana name may not continue a katakana word, a Korean name must
start an eojeol and be followed only by particles, a title or a Kiwi token boundary, a Japanese
kanji name must start and end on Sudachi token boundaries unless it is long or a title follows.
One-character press abbreviations (露, 米, 한, 러) only match in runs (露朝, 日米韓, 한미).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property

from newsweave.kb.index import Entry, NameIndex, word_key
from newsweave.kb.language import (
    affixes,
    elided_length,
    fold_letters,
    name_endings,
    name_suffixes,
    names,
    own_or_fallback,
    reads_script,
    spelled_acronym,
)
from newsweave.kb.language import (
    names as names_of,
)
from newsweave.kb.normalize import (
    KANA_PAIRS,
    NAME_SEPARATORS,
    han_fold,
    is_katakana,
    is_unspaced,
    script_of,
    strip_accents,
)
from newsweave.kb.titles import Title, TitleTable, title_after, title_before, titles_for
from newsweave.lang import OUTPUT_LANGUAGE, Token, get_pack
from newsweave.lang.scripts import is_mark, script_name, unspaced_names

_HEX_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
UNSPACED = unspaced_names()  # kana, han, hangul: names are matched character by character
# letters of scripts written with spaces between words: Latin, Cyrillic, Arabic, Devanagari
_SPACED_RE = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u052f\u0600-\u06ff\u0900-\u097f]")


def _spaced_letter(ch: str) -> bool:
    """A letter of a script written with spaces between words (Latin, Cyrillic, ...)."""
    return ch.isalpha() and script_of(ch) not in UNSPACED


def _word_char(ch: str) -> bool:
    # a vowel sign or virama (कि, ्) or other mark inside a word (Arabic harakat) keeps the
    # word whole
    return _spaced_letter(ch) or script_of(ch) == "digit" or is_mark(ch)


@dataclass(slots=True)
class Match:
    start: int  # local offsets into the sentence text
    end: int
    entity_id: str | None
    how: str
    confidence: float
    title: Title | None = None
    kind: str = "name"  # name | abbreviation | surname | candidate


@dataclass
class SentenceView:
    """One sentence, its effective language and (when its pack has an analyser) its tokens,
    built on demand."""

    text: str
    lang: str
    _tokens: list[Token] | None = field(default=None, repr=False)

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            analyser = get_pack(self.lang).analyser()
            try:
                self._tokens = analyser.tokens(self.text) if analyser else []
            except Exception:  # an analyser failure degrades to script boundaries
                self._tokens = []
        return self._tokens

    @cached_property
    def starts(self) -> set[int]:
        return {t.start for t in self.tokens}

    @cached_property
    def ends(self) -> set[int]:
        return {t.end for t in self.tokens}

    @cached_property
    def titles(self) -> TitleTable:
        return titles_for(self.lang)

    @cached_property
    def words(self) -> list[tuple[int, int, str]]:
        """(start, end, key) of every word of a spaced script."""
        out = []
        i, n = 0, len(self.text)
        text = self.text
        marks = affixes(self.lang).marks  # a name ends before a suffix mark: Rusya'nın
        while i < n:
            if text[i] == "%" and _HEX_ESCAPE.match(text, i):
                i += 3  # a percent-escape of a link ("%D8%AA"): bytes, never a word (AA)
                continue
            if _spaced_letter(text[i]):
                j = i + 1
                while j < n and (_word_char(text[j]) or _inner_apostrophe(text, j)):
                    j += 1
                end = j
                if j - i > 3 and text[j - 2] in "'’" and text[j - 1] in "sS":
                    end = j - 2  # a possessive is not part of the name (Russia's, Putin's)
                elif marks and (cut := next((k for k in range(i + 1, j) if text[k] in marks),
                                            None)):
                    end = cut
                i += elided_length(text[i:end])  # "l’Ukraine": the name is Ukraine
                out.append((i, end, word_key(text[i:end])))
                i = j
            else:
                i += 1
        return out

    @cached_property
    def joins(self) -> list[bool]:
        """joins[k]: words k and k+1 are written as one phrase (spaces, hyphens, dots)."""
        w, text = self.words, self.text
        out = []
        for k in range(len(w) - 1):
            gap = text[w[k][1]:w[k + 1][0]]
            tail = gap.lstrip(" -‐.\u00a0")
            if tail and elided_length(tail + "x") == len(tail):
                gap = gap[: len(gap) - len(tail)]  # "Côte d’Ivoire": the elided article joins
            out.append(len(gap) <= 3 and all(c in " -‐.'’\u00a0" for c in gap))
        return out

    @cached_property
    def folded(self) -> tuple[str, list[int], list[int]]:
        """The sentence folded for unspaced look-up, with each folded char's source span."""
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        text = self.text
        skip = False
        for i, ch in enumerate(text):
            if skip:
                skip = False
                continue
            if ch in NAME_SEPARATORS and _between_unspaced(text, i):
                continue
            if ch in "ヴーｰ":  # the same folding as name_key (kana_fold)
                pair = text[i:i + 2]
                if pair in KANA_PAIRS:
                    chars.append(KANA_PAIRS[pair])
                    starts.append(i)
                    ends.append(i + 2)
                    skip = True
                elif KANA_PAIRS[ch]:
                    chars.append(KANA_PAIRS[ch])
                    starts.append(i)
                    ends.append(i + 1)
                elif ends:  # a dropped long-vowel mark belongs to the char before it
                    ends[-1] = i + 1
                continue
            for c in han_fold(unicodedata.normalize("NFKC", ch).casefold()):
                chars.append(c)
                starts.append(i)
                ends.append(i + 1)
        return "".join(chars), starts, ends


def _inner_apostrophe(text: str, j: int) -> bool:
    return text[j] in "'’" and j + 1 < len(text) and _spaced_letter(text[j + 1])


def _between_unspaced(text: str, i: int) -> bool:
    a = i - 1
    while a >= 0 and text[a] in NAME_SEPARATORS:
        a -= 1
    b = i + 1
    while b < len(text) and text[b] in NAME_SEPARATORS:
        b += 1
    return (a >= 0 and b < len(text) and script_of(text[a]) in UNSPACED
            and script_of(text[b]) in UNSPACED)


def effective_lang(text: str, lang: str | None) -> str:
    """The language whose rules apply to this text: the sentence's own when it writes the text's
    main script, else the pack that reads that script for others (hangul: ko, kana: ja, han:
    zh, cyrillic: ru, latin: en). Hangul and kana decide even in a few letters; han, then the
    script with the most letters (latin on a tie), decide otherwise."""
    counts: dict[str, int] = {}
    for ch in text:
        k = script_of(ch)
        counts[k] = counts.get(k, 0) + 1
    if counts.get("hangul", 0) >= max(counts.get("kana", 0), 1):
        script = "hangul"
    elif counts.get("kana"):
        script = "kana"
    elif counts.get("han"):
        script = "han"
    else:
        letters = {k: v for k, v in counts.items() if k not in ("digit", "other")}
        script = max(sorted(letters), key=lambda k: (letters[k], k == "latin"), default="latin")
    return reads_script(lang, script) or lang or OUTPUT_LANGUAGE


@cache
def common_words(lang: str) -> frozenset[str]:
    return frozenset(word_key(w) for w in own_or_fallback(lang, "common_words"))


# ---------------------------------------------------------------------- spaced scripts


def _joined(view: SentenceView, i: int, j: int) -> bool:
    """Whether words i..j are written as one phrase (only spaces, hyphens, dots between)."""
    return view.joins[i:j].count(False) == 0


def _case_ok(surface: str, entry: Entry, lang: str) -> bool:
    if entry.case:
        if spelled_acronym(surface.casefold()):  # hi यूएन: the letters spelled out, no case
            return True
        letters = "".join(c for c in surface if c.isalpha())
        listed = "".join(c for c in entry.case if c.isalpha())
        return letters == listed or _acronym_as_word(letters, listed, lang)
    first = surface[0]
    if not first.islower():  # a capital, or a script without case (Arabic, Devanagari)
        return True
    if entry.case == "":  # the knowledge base writes this name in lower case (mer Rouge)
        return True
    # Russian adjectives and lower-case demonyms ("российских", "ruso", "norte-coreanas") are
    # written in lower case
    return entry.how == "demonym" and (entry.lower or script_of(first) == "cyrillic")


def _accented_acronym(key: str, names: dict, lang: str) -> list[Entry] | None:
    """The names a word written with accents the listed name lacks may be (fr "Cédéao" =
    CEDEAO), where the language writes abbreviations as words (`acronyms_as_words`): one word
    of four letters at least, tried only when the word as written names nothing."""
    if len(key) < 4 or not names_of(lang).get("acronyms_as_words"):
        return None
    plain = strip_accents(key)
    return names.get(plain) if plain != key else None


def _acronym_as_word(letters: str, listed: str, lang: str) -> bool:
    """An abbreviation read as a word, written as the language's press writes such words:
    first letter capital, accents added (fr "Otan", "Cédéao"; de "Nato"), where the pack says so
    (`acronyms_as_words`); four letters at least, since shorter ones are ordinary words."""
    return (bool(names_of(lang).get("acronyms_as_words")) and len(letters) >= 4
            and listed.isupper() and letters[0].isupper() and letters[1:].islower()
            and strip_accents(letters).casefold() == listed.casefold())


def match_spaced(view: SentenceView, index: NameIndex, table: dict | None = None) -> list[Match]:
    """Longest names first, word by word. `table` replaces the index's own (surname pass).

    A word that is no name as written is read again without the clitics, case suffixes and
    demonym endings its language writes inside one word with a name (names.yaml: "وروسيا",
    "Rusya'nın", "الروسية", "Ukraynalı"); the mention then covers the name alone."""
    words = view.words
    names = index.spaced if table is None else table
    first_words = index.first_words if table is None else None
    aff = affixes(view.lang)
    out: list[Match] = []
    endings = name_endings(view.lang)
    i = 0
    while i < len(words):
        found = None
        for s, head in _heads(view, i, aff):
            k0 = word_key(head)
            if first_words is None:
                max_words = 1
            else:
                max_words = max(first_words.get(k0, 0), 1)
                if len(k0) == 1:  # initials: "A.S.", "U.S."
                    max_words = max(max_words, 5)
            for n in range(min(max_words, len(words) - i), 0, -1):
                j = i + n - 1
                if n > 1 and not _joined(view, i, j):
                    continue
                mids = [w[2] for w in words[i + 1 : j]]
                last = head if n == 1 else view.text[words[j][0] : words[j][1]]
                for e, kj, demonym in _tails(last, words[j][1], aff):
                    key = " ".join([kj] if n == 1 else [k0, *mids, kj])
                    # "Russlands": the name Russland with the genitive ending; "Cédéao"
                    entries = (names.get(key) or _inflected(key, endings, names)
                               or (_accented_acronym(key, names, view.lang) if n == 1
                                   else None))
                    if not entries and n > 1 and all(len(w[2]) == 1 for w in words[i:j + 1]):
                        entries = names.get(key.replace(" ", ""))  # A.S. = AS
                    if not entries:
                        continue
                    if demonym:  # an adjective names a country only
                        entries = [x for x in entries if index.types.get(x.entity_id) == "country"]
                    surface = view.text[s:e]
                    ok = [x for x in entries if _case_ok(surface, x, view.lang)]
                    if not ok:
                        continue
                    if (n == 1 and i == 0 and key in common_words(view.lang)
                            and len(key) <= 3):
                        continue  # a short sentence-initial common word ("Anh", "AS")
                    if n == 1 and _counts_a_noun(view, key, e):
                        # id "Lima orang": the number five, not the capital of Peru
                        ok = [x for x in ok
                              if index.types.get(x.entity_id) not in ("place", "country")]
                        if not ok:
                            continue
                    best = index.best(ok)
                    how = "demonym" if demonym else best.how
                    found = Match(s, e, best.entity_id, how, _confidence(how))
                    break
                if found:
                    i = j + 1
                    break
            if found:
                break
        if found:
            out.append(found)
        else:
            i += 1
    return out


@cache
def number_words(lang: str) -> frozenset[str]:
    """Keys of the one-word cardinals of a language (numbers.yaml: id "lima", tr "beş")."""
    cardinals = get_pack(lang).data("numbers").get("cardinals") or {}
    return frozenset(word_key(str(w)) for ws in cardinals.values() for w in ws or ()
                     if " " not in str(w).strip())


def _counts_a_noun(view: SentenceView, key: str, end: int) -> bool:
    """The word is a number word of the sentence's language followed by a lower-case word
    (id "Lima orang tewas", "five people died"): a count, never a place, whatever place
    shares its spelling. "Lima, Peru" and "di Lima." still name the city."""
    if key not in number_words(view.lang):
        return False
    rest = view.text[end:].lstrip()
    return bool(rest) and rest[0].islower()


def _heads(view: SentenceView, i: int, aff) -> list[tuple[int, str]]:
    """(start, reading) of word i as written, then without each clitic its language writes
    before a name ("وروسيا" -> روسيا; "للولايات" -> الولايات through `prefix_elisions`)."""
    s, e, _ = view.words[i]
    word = view.text[s:e]
    out = [(s, word)]
    for p in aff.prefixes:
        rest = word[len(p):]
        if not word.startswith(p) or _letters(rest) < aff.min_letters:
            continue
        out.append((s + len(p), rest))
        reading = aff.elisions.get(p[-1])
        if reading and rest.startswith(p[-1]):
            out.append((s + len(p), reading + rest[1:]))
    return out


def _tails(word: str, end: int, aff) -> list[tuple[int, str, bool]]:
    """(end, key, is a demonym) of a word as written, then cut before a suffix mark
    ("Rusya'nın"), without a case ending ("Rusyanın") or read as a demonym ("Ukraynalı",
    "الروسية"). `end` is the word's end offset; cuts move it back."""
    out = [(end, word_key(word), False)]
    if aff.empty:
        return out
    bases = [word]
    cut = next((k for k, c in enumerate(word) if c in aff.marks and k), -1) if aff.marks else -1
    if cut > 0 and _letters(word[:cut]) >= 2:  # the mark says where the name ends: AB'ye
        bases.append(word[:cut])
        out.append((end - (len(word) - cut), word_key(word[:cut]), False))
    for base in bases:
        stop = end - (len(word) - len(base))
        for suf in aff.suffixes:
            if base.endswith(suf) and _letters(base[: -len(suf)]) >= aff.min_letters:
                out.append((stop - len(suf), word_key(base[: -len(suf)]), False))
        folded = fold_letters(base.casefold())  # vowel marks off: الأميركيّة ends in ية
        for suf, templates in aff.demonyms:
            stem = folded[: -len(suf)]
            if folded.endswith(suf) and _letters(stem) >= 2:
                out += [(stop, word_key(t.replace("~", stem)), True) for t in templates]
    return out


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def _inflected(key: str, endings: tuple[str, ...], names: dict) -> list[Entry] | None:
    """The entries of a name whose last word carries one of the language's `name_endings`
    (German "Russlands", "Wladimir Putins"); only tried when the word as written names nothing,
    and never shortening a word below three letters."""
    last = key.rsplit(" ", 1)[-1]
    for e in endings:
        if last.endswith(e) and len(last) - len(e) >= 3 and (entries := names.get(key[: -len(e)])):
            return entries
    return None


def _confidence(how: str) -> float:
    return {"exact": 1.0, "alias": 0.95, "demonym": 0.9}.get(how, 0.8)


# ---------------------------------------------------------------------- unspaced scripts


def boundary_ok(view: SentenceView, s: int, e: int, long_name: bool,
                common_noun_ok: bool = False) -> bool:
    """Script-specific rules for whether text[s:e] can be a whole name."""
    text = view.text
    prev = text[s - 1] if s > 0 else ""
    nxt = text[e] if e < len(text) else ""
    first, last = text[s], text[e - 1]
    if is_katakana(first) and prev and is_katakana(prev):
        return False
    if is_katakana(last) and nxt and is_katakana(nxt):
        return False
    if script_of(first) == "hangul" and prev and script_of(prev) == "hangul":
        return False
    if script_of(last) == "hangul" and nxt and script_of(nxt) == "hangul":
        j = e
        while j < len(text) and script_of(text[j]) == "hangul":
            j += 1
        rest = text[e:j]
        if rest not in name_suffixes("hangul") and title_after(text, e, view.titles) is None and (
                e not in view.ends or e not in view.starts):
            return False
    rules = get_pack(view.lang).name_matching
    if rules.common_noun_veto and not common_noun_ok and _common_noun(view, s, e):
        return False
    if rules.token_boundaries:
        shared = _shared_scripts(view.lang)  # kanji in Japanese: words run on in it
        if (script_of(first) in shared and prev and script_of(prev) == script_of(first)
                and s not in view.starts):
            return False
        if (script_of(last) in shared and nxt and script_of(nxt) == script_of(last)
                and e not in view.ends and not long_name
                and title_after(text, e, view.titles) is None):
            return False
    return True


@cache
def _shared_scripts(lang: str) -> frozenset[str]:
    """The language's scripts that do not identify it (Japanese: han), where a name must start
    and end on the analyser's token boundaries."""
    pack = get_pack(lang)
    own = {n for s in pack.identified_by_script if (n := script_name(s))}
    return pack.script_names - own


def _common_noun(view: SentenceView, s: int, e: int) -> bool:
    """Kiwi reads text[s:e] as one common noun or verb stem (인도 'handover', 수단 'means').
    Only short words: Kiwi also tags many foreign names of three syllables or more as common
    nouns (페스코프), and those are not Korean words."""
    return e - s <= 2 and any(t.start == s and t.end == e and not t.proper for t in view.tokens)


def match_unspaced(view: SentenceView, index: NameIndex, table: dict | None = None,
                   lengths: dict | None = None) -> list[Match]:
    folded, where, ends = view.folded
    names = index.unspaced if table is None else table
    lens_by_first = index.lengths if lengths is None else lengths
    out: list[Match] = []
    i = 0
    n = len(folded)
    while i < n:
        ch = folded[i]
        lens = lens_by_first.get(ch) if script_of(ch) in UNSPACED else None
        matched = False
        for length in lens or ():
            if i + length > n:
                continue
            entries = names.get(folded[i:i + length])
            if not entries:
                continue
            s, e = where[i], ends[i + length - 1]
            if not boundary_ok(view, s, e, length >= 3):
                continue
            if table is None and (_tail_of_compound(view, s, folded[i:i + length], index)
                                  or _clock_after(view, e)):
                continue
            best = index.best(entries)
            out.append(Match(s, e, best.entity_id, best.how, _confidence(best.how)))
            i += length
            matched = True
            break
        if not matched:
            i += 1
    return out


def _clock_after(view: SentenceView, e: int) -> bool:
    """A clock's word right after the name (日本時間, 北京时间, 한국시간, 한국 시간으로): the
    time of day there, not the place (names.yaml `clock_suffixes`)."""
    words = names_of(view.lang).get("clock_suffixes") or ()
    rest = view.text[e:e + 4].lstrip(" ")
    return any(rest.startswith(str(w)) for w in words) and len(view.text[e:e + 4]) - len(
        rest) <= 1


def _tail_of_compound(view: SentenceView, s: int, key: str, index: NameIndex) -> bool:
    """A generic head word (共和国, 外交部) written straight after kanji or katakana ends a
    longer name the knowledge base lacks (ナヒチェワン自治共和国, 俄外交部): it is not the
    entity it names alone."""
    if s == 0 or is_katakana(view.text[s]) or key not in index.generic_tails():
        return False  # katakana (アメリカ): its own boundary rule; 対アメリカ stays America
    return script_of(view.text[s - 1]) == "han" or is_katakana(view.text[s - 1])


def match_abbreviations(view: SentenceView, index: NameIndex, taken: list[Match]) -> list[Match]:
    """Runs of two or more one-character abbreviations (露朝, 日米韓, 한미일)."""
    text = view.text
    covered = _covered(taken)
    out: list[Match] = []
    i = 0
    while i < len(text):
        if i and text[i - 1].isdigit():
            i += 1  # "12日", "3韓": a counter after a number (the 12th), no abbreviation
            continue
        j = i
        while j < len(text) and j not in covered and text[j].casefold() in index.abbreviations \
                and script_of(text[j]) in UNSPACED:
            j += 1
        if j - i >= 2 and _run_ok(view, i, j):
            for k in range(i, j):
                best = index.best(index.abbreviations[text[k].casefold()])
                out.append(Match(k, k + 1, best.entity_id, "alias", 0.8, kind="abbreviation"))
            i = j
        elif j > i and (listed := _listed_abbreviations(view, index, i, covered)):
            for k in listed:
                best = index.best(index.abbreviations[text[k].casefold()])
                out.append(Match(k, k + 1, best.entity_id, "alias", 0.8, kind="abbreviation"))
            i = listed[-1] + 1
        elif j > i and _after_prefix(view, i):
            best = index.best(index.abbreviations[text[i].casefold()])
            out.append(Match(i, i + 1, best.entity_id, "alias", 0.75, kind="abbreviation"))
            i += 1
        else:
            i += 1
    return out


LIST_MARKS = "、,，・·"


def _listed_abbreviations(view: SentenceView, index: NameIndex, i: int, covered: set[int]
                          ) -> list[int]:
    """Positions of one-character abbreviations written apart and closed by a count of states
    (zh "美、英两国", ja "日・米両国"), from `i`; [] when the text is no such list."""
    text = view.text
    counts = tuple(str(w) for w in names(view.lang).get("abbreviation_list_counts") or ())
    if not counts:
        return []
    found, k = [i], i + 1
    while True:
        n = k
        while n < len(text) and n - k < 2 and text[n] in LIST_MARKS:
            n += 1  # one mark, or two run together (美,、英)
        if n == k or n >= len(text) or n in covered or script_of(text[n]) not in UNSPACED \
                or text[n].casefold() not in index.abbreviations:
            break
        found.append(n)
        k = n + 1
    return found if len(found) >= 2 and text.startswith(counts, k) else []


def _after_prefix(view: SentenceView, k: int) -> bool:
    """訪ロ, 대북: an abbreviation after a prefix, read as one word by the analyser."""
    text = view.text
    data = names(view.lang)
    if k == 0 or text[k - 1] not in (data.get("abbreviation_prefixes") or ()):
        return False
    nxt = text[k + 1] if k + 1 < len(text) else ""
    strategy = get_pack(view.lang).name_matching.abbreviation_runs
    shared = _shared_scripts(view.lang)  # han: words run on in it
    if strategy == "script":  # no analyser: the abbreviation must end the run of han
        return not nxt or script_of(nxt) not in shared
    if strategy == "tokens":
        before = text[k - 2] if k >= 2 else ""
        return (k - 1 in view.starts or not before or script_of(before) not in shared) and (
            k + 1 in view.ends)
    if strategy == "proper_tokens":
        if k >= 2 and script_of(text[k - 2]) == script_of(text[k - 1]):
            return False
        compounds = data.get("abbreviation_compounds") or ()
        if compounds and text[k - 1:k + 1] not in compounds:
            return False
        toks = [t for t in view.tokens if t.start < k + 1 and t.end > k - 1]
        if not toks or toks[0].start != k - 1 or toks[-1].end != k + 1:
            return False
        one_noun = len(toks) == 1 and toks[0].pos in ("NNG", "NNP")
        prefixed = len(toks) == 2 and toks[0].pos == "XPN" and toks[1].proper
        return (one_noun or prefixed) and boundary_ok(view, k - 1, k + 1, False, True)
    return False


def _place_head_after(text: str, e: int, data: dict) -> bool:
    """A geographic word (`place_suffixes`, ko 강 'river') ends the word that goes on
    at `e`, alone or with a particle after it (미호강, 미호강의), not a longer word (강화)."""
    j = e
    while j < len(text) and script_of(text[j]) == script_of(text[e - 1]):
        j += 1
    rest = text[e:j]
    particles = {str(p) for p in data.get("particles") or ()}
    for head in data.get("place_suffixes") or ():
        head = str(head)
        if rest.startswith(head) and (rest == head or rest[len(head):] in particles):
            return True
    return False


def _run_ok(view: SentenceView, s: int, e: int) -> bool:
    text = view.text
    prev = text[s - 1] if s > 0 else ""
    data = names(view.lang)
    if text[s:e] in (data.get("abbreviation_homographs") or ()) and (
            e >= len(text) or script_of(text[e]) not in UNSPACED
            or text[e] in (data.get("homograph_word_after") or ())):
        return False  # 日中 'daytime' unless a compound goes on (日中関係)
    if _place_head_after(text, e, data):
        return False  # 미호강: the river Miho, not the US and Australia
    strategy = get_pack(view.lang).name_matching.abbreviation_runs
    if strategy == "script":
        return True
    if strategy == "proper_tokens":
        # only proper-noun tokens (한미, 북|러), never a common word such as 대북
        inside = [t for t in view.tokens if t.start < e and t.end > s]
        return (bool(inside) and all(t.proper for t in inside) and inside[0].start == s
                and inside[-1].end == e and boundary_ok(view, s, e, False))
    if strategy == "tokens":
        # the run is its own token(s), and does not continue a kanji word
        shared = _shared_scripts(view.lang)
        if prev and script_of(prev) in shared and s not in view.starts:
            return False
        owned = tuple(str(w) for w in data.get("abbreviation_suffixes") or ())
        return (e in view.ends or e == len(text) or script_of(text[e]) not in shared
                or (bool(owned) and text.startswith(owned, e)))  # 米英軍: their forces
    return False


def _covered(matches: list[Match]) -> set[int]:
    return {k for m in matches for k in range(m.start, m.end)}


# ---------------------------------------------------------------------- titles


def attach_titles(view: SentenceView, matches: list[Match], index: NameIndex) -> None:
    """Set `Match.title` from the words around each person (or unlinked) name."""
    for k, m in enumerate(matches):
        if m.entity_id and index.types.get(m.entity_id) not in ("person", None):
            continue
        m.title = find_title(view, m.start, m.end)
        prev = matches[k - 1] if k else None
        if (m.title is None and prev is not None and not view.text[prev.end:m.start].strip()
                and index.types.get(prev.entity_id or "") == "country"):
            # "Menteri Luar Negeri Rusia Sergei Lavrov": the title stands before the country
            m.title = title_before(view.text, prev.start, view.titles)


def find_title(view: SentenceView, start: int, end: int) -> Title | None:
    return title_after(view.text, end, view.titles) or title_before(view.text, start, view.titles)


def match_names(view: SentenceView, index: NameIndex) -> list[Match]:
    """Every knowledge-base name in the sentence, longest first, without overlaps."""
    unspaced = is_unspaced(view.text)
    matches = match_spaced(view, index) if _SPACED_RE.search(view.text) else []
    if unspaced:
        matches = drop_overlaps(matches + match_unspaced(view, index))
        matches += match_abbreviations(view, index, matches)
    matches.sort(key=lambda m: m.start)
    attach_titles(view, matches, index)
    return matches


def drop_overlaps(matches: list[Match]) -> list[Match]:
    """Keep the longest of overlapping matches (then the earliest)."""
    kept: list[Match] = []
    taken: set[int] = set()
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        span = set(range(m.start, m.end))
        if span & taken:
            continue
        kept.append(m)
        taken |= span
    return sorted(kept, key=lambda m: m.start)

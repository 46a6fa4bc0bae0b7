"""Name candidates the gazetteer did not match, and what becomes of them.

Candidate spans are only ever: runs of capitalised words (Latin, Cyrillic) that are not common
words, proper-noun and katakana tokens in Japanese (Sudachi), proper nouns in Korean (Kiwi NNP, or
a noun with a person's title after it), and han runs in front of a title in Chinese. Each is
first tried against the knowledge base by phonetic key (transliteration) and fuzzily (rapidfuzz on
the keys, with a minimum length and a margin over the runner-up); what stays unknown becomes an
unlinked entity only with support: a title, a person-name tag, a full foreign name written with
・, or the same name again in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from newsweave.kb.index import spaced_key, word_key
from newsweave.kb.language import gathered, gathered_heads
from newsweave.kb.matcher import Match, SentenceView, common_words, find_title
from newsweave.lang import get_pack

__all__ = ["Candidate", "find_candidates", "find_title", "resolve", "resolve_surname"]
from newsweave.kb.normalize import is_katakana, is_unspaced, name_key, script_of
from newsweave.kb.titles import Title, title_after, title_before
from newsweave.kb.translit import phonetic_key, romanised_name, to_latin

# fuzzy linking thresholds (rapidfuzz ratio on phonetic keys, 0..100)
MIN_KEY = 5
FUZZY_SCORE = 80.0
FUZZY_MARGIN = 6.0
COMMON_ZIPF = 3.5  # a lone word this common is no garbled name


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    surface: str
    key: str
    person_tag: bool = False  # the analyser calls it a person's name
    org_tag: bool = False
    full_name: bool = False  # several name parts (ブレント・サドラー, Brent Sadler)
    title: Title | None = None
    surface_name: str | None = None  # the full name this part stands for, in the document
    etype: str | None = None  # organization / place, guessed from the name's words or context
    lang: str | None = None  # the sentence's language


@cache
def name_parts() -> frozenset[str]:
    """Word keys of name heads and modifiers: common words that may stand inside a name."""
    out = set()
    for etype in ("organization", "place"):
        out.update(word_key(h) for h in gathered_heads(etype) if " " not in h)
    out.update(word_key(m) for m in gathered("name_modifiers"))
    return frozenset(out)


@cache
def _connectors() -> frozenset[str]:
    return frozenset(word_key(w) for w in gathered("connectors"))


def spaced_candidates(view: SentenceView, covered: set[int]) -> list[tuple[int, int, int]]:
    """(start, end, number of words) of capitalised word runs outside known names."""
    text, words = view.text, view.words
    common = common_words(view.lang)
    connectors = _connectors()
    parts = name_parts()  # common words that may stand inside a name ("Council", "International")
    runs: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for k, (s, e, key) in enumerate(words):
        w = text[s:e]
        gap = text[words[k - 1][1]:s] if k else ""
        contiguous = cur and len(gap) <= 2 and all(c in " -\u00a0" for c in gap)
        capital = w[:1].isupper() and not any(c.isdigit() for c in w) and s not in covered
        if capital and len(w) >= 2 and (key not in common or key in parts):
            if not contiguous:
                _close(cur, runs, common)
                cur = []
            cur.append((s, e, key))
        elif contiguous and key in connectors and s not in covered and w[:1].islower():
            cur.append((s, e, key))
        else:
            _close(cur, runs, common)
            cur = []
    _close(cur, runs, common)
    return [(r[0][0], r[-1][1], len(r)) for r in runs]


def _close(cur: list, runs: list, common: frozenset[str] = frozenset()) -> None:
    connectors = _connectors()
    while cur and cur[-1][2] in connectors:
        cur.pop()
    while cur and cur[0][2] in connectors:
        cur.pop(0)
    # a run of common words only ("Foreign Ministry", "National Security Council") is generic
    if cur and any(k not in common and k not in connectors for _, _, k in cur):
        runs.append(list(cur))


def japanese_candidates(view: SentenceView, covered: set[int]) -> list[Candidate]:
    """Katakana words and proper-noun tokens (Sudachi tags: 人名 person, 組織 organisation, a
    country 地名-国 excluded), joined by name separators (・＝)."""
    out: list[Candidate] = []
    toks = view.tokens
    i = 0
    while i < len(toks):
        group = []
        j = i
        while j < len(toks):
            t = toks[j]
            katakana = all(is_katakana(c) for c in t.surface)
            proper = t.proper and "地名-国" not in t.pos
            sep = t.surface in ("・", "＝", "=") and group
            if any(k in covered for k in range(t.start, t.end)) or not (katakana or proper or sep):
                break
            group.append(t)
            j += 1
        while group and group[-1].surface in ("・", "＝", "="):
            group.pop()
        if group:
            s, e = group[0].start, group[-1].end
            surface = view.text[s:e]
            out.append(Candidate(
                s, e, surface, phonetic_key(surface),
                person_tag=any("人名" in t.pos for t in group),
                org_tag=any("組織" in t.pos for t in group),
                full_name="・" in surface or sum(1 for t in group if t.proper) >= 2,
            ))
        i = max(j, i + 1)
    return out


def korean_candidates(view: SentenceView, covered: set[int]) -> list[Candidate]:
    """Proper-noun tokens (Kiwi NNP), or a common noun (NNG) with a person's title after it."""
    out: list[Candidate] = []
    toks = view.tokens
    text = view.text
    i = 0
    while i < len(toks):
        t = toks[i]
        titled = (t.pos.startswith("NNG") and len(t.surface) >= 2
                  and all(script_of(c) == "hangul" for c in t.surface)
                  and title_after(text, t.end, view.titles) is not None
                  and title_after(text, t.start, view.titles) is None)
        if (not t.proper and not titled) or any(k in covered for k in range(t.start, t.end)):
            i += 1
            continue
        group = [t]
        j = i + 1
        while j < len(toks) and toks[j].proper and toks[j].start - group[-1].end <= 1 and not any(
                k in covered for k in range(toks[j].start, toks[j].end)):
            group.append(toks[j])
            j += 1
        s, e = group[0].start, group[-1].end
        surface = text[s:e]
        out.append(Candidate(s, e, surface, phonetic_key(surface), full_name=len(group) >= 2))
        i = j
    return out


def chinese_candidates(view: SentenceView, covered: set[int]) -> list[Candidate]:
    """Han runs of 2-4 characters right before a title (拉夫罗夫外长 -> 拉夫罗夫)."""
    out: list[Candidate] = []
    text = view.text
    for end in range(2, len(text)):
        if end in covered or title_after(text, end, view.titles) is None:
            continue
        s = end
        while s > 0 and end - s < 6 and script_of(text[s - 1]) == "han" and s - 1 not in covered:
            s -= 1
        if end - s >= 2 and (s == 0 or script_of(text[s - 1]) != "han"):
            out.append(Candidate(s, end, text[s:end], phonetic_key(text[s:end])))
    return out


# how a language's unknown names are found beyond capitalised words (meta.yaml:
# name_matching.finder), by the name of the strategy
FINDERS = {
    "katakana_and_proper_tokens": japanese_candidates,
    "proper_tokens": korean_candidates,
    "han_before_title": chinese_candidates,
}


def _after_title(view: SentenceView, s: int, e: int, n: int) -> tuple[int, int]:
    """Cut the leading words of a run that finish a title begun before it ("Menteri | Luar
    Negeri Rusia"): (new start, words left)."""
    spans = [(a, b) for a, b, _ in view.words if s <= a and b <= e]
    before = [(a, b) for a, b, _ in view.words if b <= s][-3:]
    titles = view.titles.before
    for k in range(len(spans), 0, -1):
        for j in range(len(before) + 1):
            start = before[j][0] if j < len(before) else spans[0][0]
            if spaced_key(view.text[start:spans[k - 1][1]]) in titles:
                rest = spans[k:]
                return (rest[0][0], len(rest)) if rest else (e, 0)
    return s, n


def _town_then_person(view: SentenceView, s: int, e: int) -> tuple[int, int] | None:
    """A person's title, a town word, then three capitalised words or more ("мэр города
    Мартуни Азнавур Сагян", "the mayor of the town of Xanadu John Smith"): the title is the
    person's, the town word the first words', so the last two words are the person's name
    and the rest the town. (end of the town, start of the person) or None."""
    from newsweave.kb.name_types import guess_type

    run = [(a, b) for a, b, _ in view.words if s <= a and b <= e]
    if len(run) < 3:
        return None
    before = [(a, b, k) for a, b, k in view.words if b <= s][-4:]
    # the town word: the last lower-case word before the run (a preposition may follow it)
    for t in range(len(before) - 1, max(len(before) - 3, -1), -1):
        a, b, _ = before[t]
        word = view.text[a:b]
        if not word[:1].islower():
            return None
        if guess_type(word, view.lang) != "place":
            continue
        if title_before(view.text, a, view.titles) is None:
            return None
        return run[-3][1], run[-2][0]
    return None


def find_candidates(view: SentenceView, matches: list[Match]) -> list[Candidate]:
    covered = {k for m in matches for k in range(m.start, m.end)}
    finder = FINDERS.get(get_pack(view.lang).name_matching.finder)
    cands = finder(view, covered) if finder else []
    common = common_words(view.lang) | _connectors()
    for s, e, n in spaced_candidates(view, covered):
        s, n = _after_title(view, s, e, n)
        if n == 0 or all(k in common for a, b, k in view.words if s <= a and b <= e):
            continue  # a title, or what is left of a run after its title is generic
        split = _town_then_person(view, s, e)
        if split is not None:  # "мэр города Мартуни Азнавур Сагян": a town, then its mayor
            town_end, person = split
            town = view.text[s:town_end]
            cands.append(Candidate(s, town_end, town, phonetic_key(town), etype="place"))
            s, n = person, 2
        surface = view.text[s:e]
        cands.append(Candidate(s, e, surface, phonetic_key(surface), full_name=n >= 2,
                               person_tag=split is not None))
    titles = view.titles
    out = []
    for c in cands:
        fold = name_key(c.surface)
        if fold in titles.after or spaced_key(c.surface) in titles.before:
            continue  # a title on its own (アナリスト, Presiden)
        c.title = find_title(view, c.start, c.end)
        c.lang = view.lang
        out.append(c)
    return out


def _latin(text: str) -> str:
    return re.sub(r"[^a-z]", "", to_latin(text).lower())


def _meaningful_script(surface: str) -> bool:
    """Han characters carry meaning, not just sound: two words that romanise alike are
    unrelated ("两国" 'the two countries' is not Yang Moo-jin), so they get no fuzzy links."""
    text = surface.strip()
    return bool(text) and all(script_of(c) == "han" for c in text)


def similarity(surface: str, entity) -> float:
    """How alike the spelling is to any of the entity's names, compared in Latin letters."""
    mine = _latin(surface)
    return max((fuzz.ratio(mine, _latin(n)) for n in (entity.name, *entity.aliases)), default=0.0)


def _same_last_word(surface: str, entity) -> bool:
    """A spaced name of several words ends like one of the entity's names: "Abdel Fattah
    al-Burhan" is not Abdel Fattah al-Sisi, "Kim Jong Chol" is not Kim Jong Il, however much
    of the rest they share; a garble of the same last word ("Butanov", "Eun") still fits."""
    parts = surface.replace("-", " ").split()
    if is_unspaced(surface) or len(parts) < 2:
        return True
    mine = _latin(parts[-1])
    if not mine:
        return True
    lasts = {_latin(n.replace("-", " ").split()[-1]) for n in (entity.name, *entity.aliases)
             if n.strip() and not is_unspaced(n)}
    if not any(fuzz.ratio(mine, last) >= 70 for last in lasts if last):
        return False
    # and every word has its like in the entity's names ("Transitional Presidential Council"
    # is not the Transitional Sovereignty Council)
    theirs = {_latin(w) for n in (entity.name, *entity.aliases) if not is_unspaced(n)
              for w in n.replace("-", " ").split()} - {""}
    connectors = _connectors()
    return all(any(fuzz.ratio(_latin(p), t) >= 70 for t in theirs)
               for p in parts if len(_latin(p)) >= 3 and word_key(p) not in connectors)


def resolve_surname(candidate: Candidate, kb, date: str | None = None
                    ) -> tuple[str, str, float] | None:
    """A titled lone name spelt differently (러블로프 외상, ラヴロフ外相) -> the person with that
    surname (holding the title's office, when it names one)."""
    from rapidfuzz import process

    from newsweave.kb.titles import role_matches

    title = candidate.title
    if title is None or candidate.full_name or len(candidate.key) < 3:
        return None
    if _meaningful_script(candidate.surface):
        return None
    table = kb.surname_keys
    found: dict[str, float] = {}
    for key, phon, _ in process.extract(candidate.key, list(table), scorer=fuzz.ratio, limit=10,
                                        score_cutoff=70):
        for eid, surname in table[key]:
            if title.role is None and name_key(surname) != name_key(candidate.surface):
                # a courtesy title ("씨", "분석가") names no office: beside it only the surname
                # itself will do, not a look-alike word ("방어 분석가", 'defence analyst')
                continue
            person = kb.get(eid)
            if person is None or (title.role and not role_matches(
                    title.role, person.facts.get("offices", []), date)):
                continue
            score = 0.5 * phon + 0.5 * fuzz.ratio(_latin(candidate.surface), _latin(surname))
            found[eid] = max(found.get(eid, 0.0), score)
    if not found:
        return None
    ranked = sorted(found.items(), key=lambda t: -t[1])
    eid, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if best < FUZZY_SCORE or best - second < FUZZY_MARGIN:
        return None
    return eid, "fuzzy", round(0.75 * best / 100, 3)


def resolve(candidate: Candidate, kb) -> tuple[str, str, float] | None:
    """(entity id, how, confidence) when the candidate is a known name spelt differently.

    The score mixes the phonetic keys' similarity with the plain romanised spellings', so that
    two names with one consonant skeleton but different letters do not merge. Countries are
    never targets (CLDR names them in every language); a candidate with a person's title only
    links to a person; the best must beat the runner-up by a margin.
    """
    key = candidate.key
    if len(key) < MIN_KEY:
        return None
    person = candidate.person_tag or candidate.title is not None
    # one Latin word without a title ("Kongres") is too often a common word: ask for more
    single = not candidate.full_name and not is_unspaced(candidate.surface) and not person
    # one unspaced word ("알렉산더") is at most a part (a first name) of a longer name
    one_word = is_unspaced(candidate.surface) and not any(
        c in candidate.surface for c in "·・‧ =")
    if single and _common_word(candidate.surface, candidate.lang):
        return None  # "Gangs" at a sentence's start is no garbled "Ganges"
    scored: list[tuple[float, str, bool]] = []
    for eid, phon, matched in kb.phonetic_candidates(key, limit=10, cutoff=70):
        e = kb.get(eid)
        if e is None or e.type == "country" or (person and e.type != "person"):
            continue
        if e.type != "place" and _place_suffixed(candidate):
            continue  # 미호강 'Miho river' is no garbled Mikoyan
        if one_word and len(key) < 0.8 * len(matched):
            continue
        if single and e.type == "organization":
            continue
        if not _same_last_word(candidate.surface, e):
            continue
        score = 0.5 * phon + 0.5 * similarity(candidate.surface, e)
        scored.append((score, eid, matched == key))
    if not scored:
        return None
    scored.sort(reverse=True)
    best, eid, same_key = scored[0]
    second = scored[1][0] if len(scored) > 1 else 0.0
    margin = FUZZY_MARGIN
    if len(scored) > 1 and scored[1][1] in (kb.get(eid).facts.get("not") or ()):
        margin *= 2  # known look-alikes (Kim Jong Un / Kim Jong Il): be surer still
    if best < (FUZZY_SCORE + 8 if single else FUZZY_SCORE) or best - second < margin:
        return None
    if same_key:
        return eid, "transliteration", round(min(0.9, best / 100), 3)
    if _meaningful_script(candidate.surface):
        return None
    return eid, "fuzzy", round(0.8 * best / 100, 3)


def _place_suffixed(candidate: Candidate) -> bool:
    """The candidate ends with a geographic word of its language (names.yaml `place_suffixes`,
    ko 강 'river'): a place's own name."""
    from newsweave.kb.language import names

    heads = tuple(str(h) for h in names(candidate.lang).get("place_suffixes") or ())
    surface = candidate.surface.strip()
    return bool(heads) and any(surface.endswith(h) and len(surface) > len(h) for h in heads)


def _common_word(surface: str, lang: str | None) -> bool:
    """An ordinary word (wordfreq zipf >= 3.5) of the sentence's language, or of its fallback
    language (English, which translated text leaves everywhere)."""
    from newsweave.kb.commonness import most_common
    from newsweave.lang import get_pack

    word = surface.strip()
    if " " in word or not word:
        return False
    pack = get_pack(lang)
    langs = tuple(dict.fromkeys(c for c in (pack.code, pack.fallback_language) if c))
    return most_common(word, langs) >= COMMON_ZIPF


_PART_SEPARATORS = re.compile(r"[\s・·‧･]+")
SHORT_KEY = 5  # a sound key this short is shared by too many names to stand alone


def unlinked_id(name: str, key: str, etype: str) -> str:
    """The id of an unknown name, the same in every document and script that writes it alike.

    The sound key (`phonetic_key`) is shared across scripts (Назели Багдасарян, ナゼリ・バグダ
    サリャン and Nazeli Baghdasaryan all give nasrpaktasarn) but folds many spellings together,
    so the id adds what tells names apart without depending on the script: a name of several
    parts keeps their number (the type may differ between documents, a title in one and none
    in the other, and must not split the name); a name of one part keeps its type (a lone word
    names people, groups and places alike), and, when its key is short, its own spelling in
    Latin letters (Bata and Pada share the key pata)."""
    parts = [p for p in _PART_SEPARATORS.split(name.strip()) if p]
    if len(parts) >= 2:
        return f"x-{key}-{len(parts)}"
    if len(key) < SHORT_KEY:
        return f"x-{etype}-{key}-{_latin(name) or key}"
    return f"x-{etype}-{key}"


def unlinked_name(surface: str) -> str:
    if all(script_of(c) in ("latin", "other", "digit") for c in surface):
        return surface.strip()
    return romanised_name(surface)

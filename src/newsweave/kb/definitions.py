"""In-document abbreviation definitions: "Long Name (ABBR)", "ABBR (Long Name)".

A text that spells out an abbreviation says what it means in this document, whatever the
knowledge base lists for the same letters elsewhere ("RSF" is the Rapid Support Forces in a
Sudan report and Reporters Without Borders in a press-freedom one). The long name links to the
knowledge base when the sentence's matches already name it; else, when the abbreviation is the
knowledge base's own acronym of an entity whose English name it abbreviates and the long name is
a translation (id "Pasukan Dukungan Cepat (RSF)"), to that entity; else it becomes an unlinked
entity, typed from its words. Every occurrence of the abbreviation then points to the same entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsweave.kb import KnowledgeBase
from newsweave.kb.candidates import name_parts, unlinked_id
from newsweave.kb.index import word_key
from newsweave.kb.language import gathered
from newsweave.kb.matcher import Match, SentenceView, common_words
from newsweave.kb.name_types import guess_type
from newsweave.kb.normalize import script_of
from newsweave.kb.translit import phonetic_key
from newsweave.lang import OUTPUT_LANGUAGE, get_pack
from newsweave.model import Entity

OPEN, CLOSE = "(（[", ")）]"
MAX_LONG_WORDS = 10
# an abbreviation: 2-8 capitals (Latin or Cyrillic), digits allowed after the first (M23)
_ABBR_RE = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ0-9&\-]{1,7}$")
_CJK = ("han", "kana", "hangul")


@dataclass(slots=True)
class Definition:
    abbr: str
    entity_id: str
    sentence: int
    start: int  # the long name's local span in its sentence
    end: int
    abbr_start: int
    abbr_end: int
    entity: Entity | None = None  # an unlinked entity made for the long name


def is_abbreviation(word: str) -> bool:
    letters = sum(c.isalpha() for c in word)
    return bool(_ABBR_RE.match(word)) and (letters >= 2 or len(word) >= 3)


def _skip_words() -> frozenset[str]:
    return frozenset(word_key(w) for w in (*gathered("connectors"), *gathered("acronym_skip")))


def initials_fit(abbr: str, long_words: list[str]) -> bool:
    """The abbreviation is spelt by the initials of the long name's words (function words may
    be skipped, a word may give two letters: "Organisation" -> "O", "Hezbollah" -> no)."""
    letters = [c.casefold() for c in abbr if c.isalpha()]
    skip = _skip_words()
    content = [w for w in long_words if word_key(w) not in skip] or long_words
    inits = [w[0].casefold() for w in content if w[:1].isalpha()]
    if inits == letters:
        return True
    # every word used once, in order, function words optional
    all_inits = [w[0].casefold() for w in long_words if w[:1].isalpha()]
    return _subsequence_cover(letters, all_inits, [word_key(w) in skip for w in long_words])


def _subsequence_cover(letters: list[str], inits: list[str], optional: list[bool]) -> bool:
    i = 0
    for ini, opt in zip(inits, optional, strict=False):
        if i < len(letters) and ini == letters[i]:
            i += 1
        elif not opt:
            return False
    return i == len(letters)


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _long_before(view: SentenceView, k: int, abbr: str, taken: list[Match], kb: KnowledgeBase
                 ) -> tuple[int, int, Match | None] | None:
    """The long name ending right before the bracket that opens at word index k's left."""
    text = view.text
    opening = text.rfind("(", 0, view.words[k][0])
    opening = max(opening, text.rfind("（", 0, view.words[k][0]))
    before = text[:opening].rstrip()
    end = len(before)
    if end == 0:
        return None
    for m in taken:  # a known name right before the bracket
        if m.end == end and m.entity_id:
            return (m.start, m.end, m) if _may_abbreviate(kb, m, text, abbr) else None
    if script_of(before[-1]) in _CJK:
        return None  # unspaced: only a known name (above); 無人航空機（UAV） is no name
    ws = [w for w in view.words if w[1] <= end]
    if not ws or ws[-1][1] != end:
        return None
    covered = {i for m in taken for i in range(m.start, m.end)}
    run: list[tuple[int, int, str]] = []
    for w in reversed(ws[-MAX_LONG_WORDS:]):
        if run and not _joined(text, w[1], run[0][0]):
            break
        if w[0] in covered:
            break
        run.insert(0, w)
    if not run:
        return None
    surfaces = [text[a:b] for a, b, _ in run]
    # the shortest tail whose initials spell the abbreviation
    for n in range(1, len(run) + 1):
        tail = surfaces[-n:]
        if _capital(tail[0]) and initials_fit(abbr, tail):
            return run[-n][0], run[-1][1], None
    # else the run of capitalised words (where spaces part syllables, as in Vietnamese, a
    # lower-case syllable may follow one)
    skip = _skip_words()
    start = None
    for i in range(len(run) - 1, -1, -1):
        w = surfaces[i]
        if _capital(w):
            start = i
            continue
        if get_pack(view.lang).spacing == "syllables" and (
                (i > 0 and _capital(surfaces[i - 1]))
                or (i > 1 and _capital(surfaces[i - 2]) and not _capital(surfaces[i - 1]))):
            continue  # the lower-case syllables of a word ("Đa quốc gia", "Lực lượng")
        if run[i][2] in skip and start is not None:
            continue
        break
    if start is None:
        return None
    while start < len(run) and (run[start][2] in skip or not _capital(surfaces[start])):
        start += 1
    determiners = frozenset(word_key(w) for w in gathered("determiners"))
    common, parts = common_words(view.lang), name_parts()
    # leading function words ("The", "Theo" 'according to'), not heads ("Badan", "Pasukan")
    while start < len(run) - 1 and (run[start][2] in determiners or (
            run[start][2] in common and run[start][2] not in parts
            and _capital(surfaces[start + 1]))):
        start += 1
    if start >= len(run) or len(run) - start < 2:
        return None
    if all(not c.islower() for c in text[run[start][0]:run[-1][1]]):
        return None  # a dateline in capitals: "NEW YORK (AP)"
    return run[start][0], run[-1][1], None


def _may_abbreviate(kb: KnowledgeBase, m: Match, text: str, abbr: str) -> bool:
    """A known name before "(ABBR)" is what ABBR stands for when it is an organisation, spells
    it, or lists it: not the city of a dateline ("KHARTOUM (AFP)")."""
    e = kb.get(m.entity_id or "")
    if e is None:
        return False
    if abbr in e.aliases or initials_fit(abbr, text[m.start:m.end].replace("-", " ").split()):
        return True
    return e.type in ("organization", "other") and not text[m.start:m.end].isupper()


def _joined(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return len(gap) <= 2 and all(c in " -\u00a0" for c in gap)


def _long_inside(view: SentenceView, k: int, abbr: str, taken: list[Match]
                 ) -> tuple[int, int, Match | None] | None:
    """"ABBR (Long Name)": the bracket right after the abbreviation holds the long name."""
    text = view.text
    after = view.words[k][1]
    rest = text[after:]
    lead = len(rest) - len(rest.lstrip(" "))
    if not rest[lead:lead + 1] or rest[lead] not in OPEN:
        return None
    s = after + lead + 1
    close = min((i for i in (text.find(c, s) for c in CLOSE) if i >= 0), default=-1)
    if close < 0:
        return None
    inner = text[s:close]
    if not inner.strip() or any(c.isdigit() for c in inner) or any(c in ",;:" for c in inner):
        return None
    s += len(inner) - len(inner.lstrip())
    e = s + len(inner.strip())
    for m in taken:
        if m.start == s and m.end == e and m.entity_id:
            return s, e, m
    inner_words = [text[a:b] for a, b, _ in view.words if s <= a and b <= e]
    if not inner_words or len(inner_words) > MAX_LONG_WORDS or not _capital(inner_words[0]):
        return None
    if len(inner_words) >= 2 and (initials_fit(abbr, inner_words)
                                  or all(_capital(w) or word_key(w) in _skip_words()
                                         for w in inner_words)):
        return s, e, None
    return None


def _kb_acronym_of(abbr: str, kb: KnowledgeBase) -> Entity | None:
    """The one organisation the knowledge base lists this acronym for, when it is the acronym
    of its English name (RSF -> Rapid Support Forces; not RSF -> Reporters Without Borders)."""
    hits = [e for e in kb.by_name(abbr) if e.type == "organization" and abbr in e.aliases]
    if len(hits) != 1:
        return None
    e = hits[0]
    names = (e.name, *(a for a in e.aliases if a != abbr and len(a.split()) >= 2))
    return e if any(initials_fit(abbr, n.replace("-", " ").split()) for n in names) else None


def find_definitions(views: list[SentenceView], per_sentence: list[list[Match]],
                     kb: KnowledgeBase) -> list[Definition]:
    """Every abbreviation the document defines, first definition wins."""
    found: dict[str, Definition] = {}
    countries = {m.entity_id for matches in per_sentence for m in matches
                 if m.entity_id and (e := kb.get(m.entity_id)) is not None
                 and e.type == "country"}
    for si, view in enumerate(views):
        text = view.text
        if not any(c in text for c in OPEN):
            continue
        for k, (a, b, _) in enumerate(view.words):
            abbr = text[a:b]
            if not is_abbreviation(abbr) or abbr in found:
                continue
            left, right = text[:a].rstrip()[-1:], text[b:].lstrip()[:1]
            opened = bool(left) and left in OPEN and bool(right) and right in CLOSE
            spot = (_long_before(view, k, abbr, per_sentence[si], kb) if opened
                    else _long_inside(view, k, abbr, per_sentence[si]))
            if spot is None:
                continue
            s, e, known = spot
            long_name = text[s:e]
            if known is not None:
                eid, entity = known.entity_id, None
            else:
                eid, entity = _new_entity(long_name, abbr, view, kb, countries)
            found[abbr] = Definition(abbr, eid, si, s, e, a, b, entity)
    return list(found.values())


def _new_entity(long_name: str, abbr: str, view: SentenceView, kb: KnowledgeBase,
                countries: set[str]) -> tuple[str, Entity | None]:
    named = [x for x in kb.by_name(long_name) if x.type != "country"]
    if len(named) == 1:
        return named[0].id, None
    translated = _kb_acronym_of(abbr, kb)
    own_initials = initials_fit(abbr, long_name.replace("-", " ").split())
    home = translated.facts.get("country") if translated is not None else None
    if translated is not None and not own_initials and view.lang != OUTPUT_LANGUAGE and (
            home is None or home in countries):
        # a translation of the acronym's own name, in a text about its country (RSF and Sudan)
        # or of a body without one (WFP)
        return translated.id, None
    key = phonetic_key(long_name) or word_key(long_name)
    etype = guess_type(long_name, view.lang) or "organization"
    eid = unlinked_id(long_name, key, etype)
    entity = Entity(eid, long_name, etype, (long_name, abbr), linked=False,
                    facts={"key": key, "abbreviation": abbr})
    return eid, entity


def apply_definitions(views: list[SentenceView], per_sentence: list[list[Match]],
                      definitions: list[Definition], kb: KnowledgeBase) -> dict[str, Entity]:
    """Link each long name and every use of its abbreviation to the defined entity, replacing
    what the knowledge base matched there. Returns the new unlinked entities."""
    by_abbr = {d.abbr: d for d in definitions}
    entities = {d.entity_id: d.entity for d in definitions if d.entity is not None}
    for si, view in enumerate(views):
        text = view.text
        added: list[Match] = []
        spans: list[tuple[int, int]] = []
        for d in definitions:
            if d.sentence == si:
                added.append(Match(d.start, d.end, d.entity_id, "definition", 0.9,
                                   kind="name"))
                spans.append((d.start, d.end))
        for a, b, _ in view.words:
            d = by_abbr.get(text[a:b])
            if d is not None:
                added.append(Match(a, b, d.entity_id, "definition", 0.9, kind="abbreviation"))
                spans.append((a, b))
        if not added:
            continue
        kept = [m for m in per_sentence[si] if not _replaced(m, spans, kb)]
        per_sentence[si] = sorted(kept + added, key=lambda m: m.start)
    return entities


def _replaced(m: Match, spans: list[tuple[int, int]], kb: KnowledgeBase) -> bool:
    """A match overlapping a defined span goes, except a country or place named inside a new
    long name (the "Sudan" of "Sudan Doctors Network" stays a mention of Sudan)."""
    for s, e in spans:
        if m.start < e and s < m.end:
            inside = s <= m.start and m.end <= e and (m.start, m.end) != (s, e)
            known = kb.get(m.entity_id) if m.entity_id else None
            return not (inside and known is not None and known.type in ("country", "place"))
    return False

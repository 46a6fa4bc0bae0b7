"""Mentions and linking: every entity mention in a document, and the entities they point to.

Per sentence, in its language: knowledge-base names (matcher), then, over the whole document,
surnames of the persons it names (and, with a title, of the unique person holding that office),
then candidate spans: transliterated or garbled known names, or new names that become unlinked
entities with an id from their phonetic key (`candidates.unlinked_id`), so the same unknown
person gets one id in every document and script.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from newsweave.kb import KnowledgeBase
from newsweave.kb.candidates import (
    Candidate,
    find_candidates,
    resolve,
    resolve_surname,
    unlinked_id,
    unlinked_name,
)
from newsweave.kb.definitions import apply_definitions, find_definitions
from newsweave.kb.geolink import link_places
from newsweave.kb.geosound import link_by_sound
from newsweave.kb.index import spaced_key, word_key
from newsweave.kb.language import by_script, gathered, names, own_or_fallback
from newsweave.kb.matcher import (
    Match,
    SentenceView,
    attach_titles,
    common_words,
    drop_overlaps,
    effective_lang,
    match_names,
    match_spaced,
    match_unspaced,
)
from newsweave.kb.normalize import is_unspaced, name_key, script_of, words
from newsweave.kb.titles import alive_on, role_matches
from newsweave.lang import get_pack
from newsweave.model import Document, Entity, Mention

MAX_SENTENCE_CHARS = 5000  # longer "sentences" are cut for matching (bad segmentation)
TYPE_ORDER = ("person", "organization", "place", "other")


def find_mentions(document: Document, kb: KnowledgeBase) -> tuple[list[Mention], list[Entity]]:
    """Every entity mention in the document, and the entity records they point to."""
    main = document.main_language
    views = [SentenceView(s.text[:MAX_SENTENCE_CHARS], effective_lang(s.text, s.lang or main))
             for s in document.sentences]
    per_sentence = [match_names(v, kb.index) for v in views]
    # "Long Name (ABBR)" in this document outranks the knowledge base's reading of ABBR
    defined = apply_definitions(views, per_sentence, find_definitions(views, per_sentence, kb),
                                kb)
    ships = [_ship_name_words(v) for v in views]
    _link_surnames(views, per_sentence, kb, document.published, ships)
    link_places(views, per_sentence, kb)  # the world's cities and regions, read in context
    link_by_sound(views, per_sentence, kb)  # and their spellings no list holds
    for matches, ship_words in zip(per_sentence, ships, strict=True):
        _drop_names_in_ship_names(matches, ship_words, kb)
    relinked: dict[tuple[str, str], str] = {}  # (place surface, place id) -> person id
    unlinked = _link_candidates(views, per_sentence, kb, document.published, relinked)
    unlinked.update(defined)
    for view, matches in zip(views, per_sentence, strict=True):
        _drop_other_states_organs(view, matches, kb)
        _regions(view, matches, kb)
    _places_with_courtesy_titles(views, per_sentence, kb, relinked)
    for view, matches in zip(views, per_sentence, strict=True):
        matches.extend(_nested_countries(view, matches, kb))

    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    for sentence, view, matches in zip(document.sentences, views, per_sentence, strict=True):
        for m in matches:
            if m.entity_id is None:
                continue
            start, end = document.span(sentence, m.start, m.end)
            mentions.append(Mention(
                start=start, end=end, surface=document.original_text[start:end],
                entity_id=m.entity_id, sentence=sentence.index, confidence=m.confidence,
                how=m.how, title=m.title.surface if m.title else None,
            ))
            if m.entity_id not in entities:
                e = kb.get(m.entity_id) or unlinked.get(m.entity_id)
                if e is not None:
                    entities[m.entity_id] = e
        del view
    return mentions, list(entities.values())


# ---------------------------------------------------------------------- ships


def _ship_name_words(view: SentenceView) -> dict[int, tuple[str, bool]]:
    """The words of the sentence's ship names, by their start: (word key, capitalised). A ship's
    name is the words joined after a naval prefix or a ship word ("USS Carney", "the tanker
    Marlin Luanda"), at most three, through capitalised words; the first word that is not
    capitalised is taken too (a known name in lower case there is still inside) and ends it."""
    from newsweave.kb.name_types import guess_type

    out: dict[int, tuple[str, bool]] = {}
    ws = view.words
    suffixes = tuple(str(x) for x in names(view.lang).get("ship_suffixes") or ())
    for k, (s, e, key) in enumerate(ws):
        if suffixes and view.text.startswith(suffixes, e):  # "Marlin Luanda호"
            j = k
            while j >= 0 and j > k - 3 and view.text[ws[j][0]:ws[j][1]][:1].isupper():
                out.setdefault(ws[j][0], (ws[j][2], True))
                if j == 0 or not view.joins[j - 1]:
                    break
                j -= 1
            continue
        if guess_type(view.text[s:e], view.lang) != "other":
            continue
        for j in range(k + 1, min(k + 4, len(ws))):
            a, b, key = ws[j]
            if not view.joins[j - 1]:
                break
            capitalised = view.text[a:b][:1].isupper()
            out.setdefault(a, (key, capitalised))
            if not capitalised:
                break
    return out


def _drop_names_in_ship_names(matches: list[Match], ship_words: dict[int, tuple[str, bool]],
                              kb: KnowledgeBase) -> None:
    """"USS Mason", "the tanker Marlin Luanda", "USS Carney": a known name inside a ship's name
    (`_ship_name_words`) is not the town in Ohio, Angola's capital or a Canadian politician; the
    match goes and the run is left to the unknown-name finder, which reads it as one vessel.
    Countries stay ("the tanker Iran seized")."""
    if not ship_words:
        return

    def droppable(m: Match) -> bool:
        e = kb.get(m.entity_id) if m.entity_id else None
        return e is not None and e.type != "country" and m.start in ship_words

    matches[:] = [m for m in matches if not droppable(m)]


# ---------------------------------------------------------------------- surnames


def _surname_keys(entity: Entity) -> set[str]:
    from newsweave.kb.index import person_surnames

    return person_surnames(entity)


def _link_surnames(views: list[SentenceView], per_sentence: list[list[Match]],
                   kb: KnowledgeBase, date: str | None = None,
                   ship_words: list[dict[int, tuple[str, bool]]] | None = None) -> None:
    """Link "Putin", "ラヴロフ氏", "金総書記", "김 위원장" to the person they stand for (not the
    words of a ship's name: `ship_words`, by sentence)."""
    in_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)  # key -> (sent, pos, id)
    for si, matches in enumerate(per_sentence):
        for m in matches:
            e = kb.get(m.entity_id) if m.entity_id else None
            if e is not None and e.type == "person":
                for key in _surname_keys(e):
                    in_doc[key].append((si, m.start, e.id))
    spaced_table, unspaced_table, lengths = kb.surname_tables
    # "Carney" after "USS Carney" is the destroyer again, no politician
    ships = {key for words in ship_words or () for key, capitalised in words.values()
             if capitalised}
    for si, view in enumerate(views):
        found = _surname_spans(view, kb, spaced_table, unspaced_table, lengths)
        if not found:
            continue
        taken = {k for m in per_sentence[si] for k in range(m.start, m.end)}
        added = []
        for m in found:
            if any(k in taken for k in range(m.start, m.end)):
                continue
            surface = view.text[m.start:m.end]
            if not is_unspaced(surface) and _inside_longer_name(view, m, taken):
                continue  # "Kim" of an unknown "Kim Jung Eun" is not a surname on its own
            key = name_key(surface) if is_unspaced(surface) else spaced_key(surface)
            attach_titles(view, [m], kb.index)
            if m.title is None and word_key(surface) in common_words(view.lang):
                continue  # Vietnamese "Trong" ('in') is no Trọng named earlier
            if m.title is None and word_key(surface) in ships:
                continue
            eid, how, conf = _pick_person(key, m, si, in_doc, kb, surface, date,
                                          _country_before(view, per_sentence[si], m, kb),
                                          get_pack(view.lang).name_matching.lone_surname)
            if eid is None:
                continue
            m.entity_id, m.how, m.confidence, m.kind = eid, how, conf, "surname"
            added.append(m)
        if added:
            per_sentence[si] = sorted(per_sentence[si] + added, key=lambda m: m.start)


def _inside_longer_name(view: SentenceView, m: Match, taken: set[int]) -> bool:
    """A capitalised word joined to the match that is no known name, title or common word."""

    ws = view.words
    idx = next((k for k, w in enumerate(ws) if w[0] == m.start), None)
    if idx is None:
        return False
    common = common_words(view.lang)
    titles = view.titles.before
    for k in (idx - 1, idx + 1):
        if not 0 <= k < len(ws):
            continue
        a, b, key = ws[k]
        joined = view.joins[min(k, idx)]
        word = view.text[a:b]
        if (joined and word[:1].isupper() and a not in taken and key not in common
                and key not in titles and len(word) > 1):
            return True
    return False


def _surname_spans(view: SentenceView, kb: KnowledgeBase, spaced_table: dict,
                   unspaced_table: dict, lengths: dict) -> list[Match]:
    from newsweave.kb.index import Entry

    class _Index:  # the matcher's view of a surname table
        types = kb.index.types
        max_words = 1

        @staticmethod
        def best(entries):
            return Entry(None, "alias")  # type: ignore[arg-type]

    idx = _Index()
    spaced, unspaced = spaced_table, unspaced_table
    found = match_spaced(view, idx, spaced)  # type: ignore[arg-type]
    if is_unspaced(view.text):
        found += match_unspaced(view, idx, unspaced, lengths)  # type: ignore[arg-type]
    return drop_overlaps(found)


def _country_before(view: SentenceView, matches: list[Match], m: Match, kb: KnowledgeBase
                    ) -> str | None:
    """The country named right before a name ("A.S. Miller", "러시아의 푸틴", "米国のミラー")."""
    for other in matches:
        gap = view.text[other.end:m.start]
        if other.end <= m.start and len(gap) <= 2 and not gap.strip(" .'" + _genitives()):
            e = kb.get(other.entity_id) if other.entity_id else None
            if e is not None and e.type == "country":
                return e.id
    return None


# the kinds of a state's own organs: a generic word names one of them ("대통령실", "外務省")
STATE_ORGANS = frozenset({"ministry", "government", "office", "agency", "intelligence",
                          "legislature", "military"})


def _drop_other_states_organs(view: SentenceView, matches: list[Match], kb: KnowledgeBase
                              ) -> None:
    """"벨라루스 대통령실", "ロシア外務省": a state organ's generic name (the knowledge base's
    South Korean presidential office, Japan's foreign ministry) right after another country's
    name is that country's organ, which the knowledge base does not hold: not linked."""
    drop = []
    for m in matches:
        e = kb.get(m.entity_id) if m.entity_id else None
        if e is None or e.type != "organization" or e.facts.get("kind") not in STATE_ORGANS:
            continue
        home = e.facts.get("country")
        before = _country_before(view, matches, m, kb)
        if home and before and before != home:
            drop.append(m)
    for m in drop:
        matches.remove(m)


@cache
def _genitives() -> str:
    """The particles of every language between a country and its person (の, 의)."""
    return "".join(gathered("genitive_particles"))


def _pick_person(key: str, m: Match, si: int, in_doc: dict, kb: KnowledgeBase, surface: str,
                 date: str | None = None, country: str | None = None,
                 lone_surname: bool = True) -> tuple[str | None, str, float]:
    """The person a surname stands for: one named in the document (the one whose office fits
    the title, the living, the most often named, the first named), else with a title the one
    person in the knowledge base holding that office on the publication date."""
    titled = m.title is not None
    short = len(key) < (2 if is_unspaced(surface) else 3)
    if short and not titled:
        return None, "", 0.0
    role = m.title.role if m.title else None
    named = in_doc.get(key)
    if named and titled and date and not any(
            alive_on(kb.get(x[2]).facts, date) for x in named):
        named = None  # 金総書記 in 2023 is not the Kim Jong Il the text named: ask the office
    if named:
        ids = list(dict.fromkeys(eid for _, _, eid in named))
        if role and len(ids) > 1:
            fitting = [i for i in ids if role_matches(role, _offices(kb, i), date)]
            ids = fitting or ids
        if titled and len(ids) > 1:  # a title speaks of someone alive (金総書記 in 2023)
            ids = [i for i in ids if alive_on(kb.get(i).facts, date)] or ids
        counts = {i: sum(1 for x in named if x[2] == i) for i in ids}
        first = {}
        for x in named:
            first.setdefault(x[2], (x[0], x[1]))
        eid = min(ids, key=lambda i: (-counts[i], first[i]))
        return eid, "alias", 0.9
    ids = sorted(kb.index.surnames.get(key, ()))
    people = [kb.get(i) for i in ids if kb.get(i) is not None]
    if country and len(people) > 1:  # "A.S. Miller": the Miller of that country
        people = [p for p in people if p.facts.get("country") == country] or people
    if role:
        fitting = [p for p in people if role_matches(role, p.facts.get("offices", []), date)
                   and alive_on(p.facts, date)]
        if len(fitting) == 1:
            return fitting[0].id, "alias", 0.75
        if fitting:
            return None, "", 0.0
        # no office fits the title's wording: fall back to the bare-surname rule below
    # a bare surname: only a long one, of the one public figure in the knowledge base with it
    long_enough = len(key) >= (3 if is_unspaced(surface) else 5)
    # a word that is also someone's first name (Martin, Mohamed, Pierre) means no one alone
    given_name = not is_unspaced(surface) and key in kb.given_names
    if (len(people) == 1 and long_enough and not given_name and lone_surname
            and _public_office(people[0], kb)):
        return people[0].id, "alias", 0.6
    return None, "", 0.0


def _offices(kb: KnowledgeBase, eid: str) -> list[dict]:
    e = kb.get(eid)
    return e.facts.get("offices", []) if e else []


PUBLIC_ROLES = frozenset({"president", "minister", "secretary", "spokesperson", "spokesman",
                          "ambassador", "leader", "premier", "chancellor", "governor", "mayor",
                          "senator", "general", "commander", "marshal", "admiral"})
PUBLIC_KINDS = frozenset({"ministry", "government", "legislature", "military", "intelligence",
                          "party", "international", "office"})


def _public_office(person: Entity, kb: KnowledgeBase) -> bool:
    """Holds an office of a state (not of a company): whom a bare surname in the news means."""
    for office in person.facts.get("offices", ()):
        of = kb.get(office.get("of")) if office.get("of") else None
        if of is not None and (of.type == "country" or of.facts.get("kind") in PUBLIC_KINDS):
            return True
        if of is None and set(spaced_key(str(office.get("role", ""))).split()) & PUBLIC_ROLES:
            return True
    return False


def _places_with_courtesy_titles(views: list[SentenceView], per_sentence: list[list[Match]],
                                 kb: KnowledgeBase, relinked: dict[tuple[str, str], str]
                                 ) -> None:
    """"리비아 씨", "ジョージア氏": a place followed by a courtesy title is a person's surname
    garbled into a place name; it goes to the person of the document whose surname sounds so."""
    from rapidfuzz import fuzz

    from newsweave.kb.matcher import find_title
    from newsweave.kb.translit import phonetic_key

    people: dict[str, str] | None = None  # phonetic key of a surname -> person id

    def surnames() -> dict[str, str]:
        # built at the first place with a title: most documents have none, and the keys of
        # names in other scripts load romanisers (kana, hangul, han)
        found: dict[str, str] = {}
        for matches in per_sentence:
            for m in matches:
                e = kb.get(m.entity_id) if m.entity_id else None
                if e is not None and e.type == "person":
                    for key in _surname_keys(e):
                        found.setdefault(phonetic_key(key), e.id)
        return found

    for view, matches in zip(views, per_sentence, strict=True):
        for m in matches:
            e = kb.get(m.entity_id) if m.entity_id else None
            if e is None or e.type not in ("country", "place"):
                continue
            title = find_title(view, m.start, m.end)
            if title is None or title.role is not None or title.start < m.end:
                continue
            if people is None:
                people = surnames()
            key = phonetic_key(view.text[m.start:m.end])
            if not people:
                break
            best = max(people, key=lambda k: fuzz.ratio(k, key))
            if len(key) >= 2 and fuzz.ratio(best, key) >= 80:
                m.entity_id, m.how, m.confidence, m.title = people[best], "alias", 0.7, title
                relinked[(view.text[m.start:m.end], e.id)] = people[best]
    if not relinked:
        return
    # one sense per document: the same word elsewhere ("리비아는 ... 말했다") is that person too
    for view, matches in zip(views, per_sentence, strict=True):
        for m in matches:
            person = relinked.get((view.text[m.start:m.end], m.entity_id or ""))
            if person:
                m.entity_id, m.how, m.confidence = person, "alias", 0.6


def _regions(view: SentenceView, matches: list[Match], kb: KnowledgeBase) -> None:
    """"wilayah Kursk", "クルスク州", "Курская область": the region named after a city."""
    region_words = names(view.lang).get("region_words") or []
    if not region_words:
        return
    # words of unspaced scripts attach to the name (クルスク州, 쿠르스크주); others are words
    attached = {name_key(w) for w in region_words if is_unspaced(w)}
    spaced = {spaced_key(w) for w in region_words if not is_unspaced(w)}
    for m in matches:
        e = kb.get(m.entity_id) if m.entity_id else None
        if e is None or e.type != "place":
            continue
        span = _region_word(view, m, attached, spaced)
        if span is None:
            continue
        region = kb.region_of(e.id)  # a world city and the region named after it
        if region is not None:
            m.entity_id = region.id
            m.start, m.end = min(m.start, span[0]), max(m.end, span[1])
            continue
        for suffix in names(None).get("region_suffixes") or ():
            region = next((r for r in kb.by_name(f"{e.name} {suffix}") if r.type == "place"),
                          None)
            if region is not None and region.id != e.id:
                m.entity_id = region.id
                m.start, m.end = min(m.start, span[0]), max(m.end, span[1])
                break


def _word_ends(rest: str, n: int) -> bool:
    """A hangul region word ends its eojeol, or only a particle follows (사나 주변 'around
    Sanaa' is no province)."""
    from newsweave.kb.language import name_suffixes

    if rest[n - 1].isspace():
        return False
    if script_of(rest[n - 1]) != "hangul":
        return True
    j = n
    while j < len(rest) and script_of(rest[j]) == "hangul":
        j += 1
    return j == n or rest[n:j] in name_suffixes("hangul")


def _region_word(view: SentenceView, m: Match, attached: set[str], keys: set[str]
                 ) -> tuple[int, int] | None:
    text = view.text
    if attached:
        rest = text[m.end:].lstrip(" ")
        gap = len(text) - m.end - len(rest)
        for n in (3, 2, 1):
            if rest[:n] and name_key(rest[:n]) in attached and _word_ends(rest, n):
                return m.end + gap, m.end + gap + n
    if not keys:
        return None
    after = words(text[m.end:m.end + 20])
    if after and text[m.end:].lstrip().startswith(after[0]) and spaced_key(after[0]) in keys:
        at = text.index(after[0], m.end)
        return at, at + len(after[0])
    before = words(text[max(0, m.start - 30):m.start])
    if before and text[:m.start].rstrip().endswith(before[-1]) and spaced_key(before[-1]) in keys:
        at = text.rindex(before[-1], 0, m.start)
        return at, at + len(before[-1])
    # "région de Tver", "province of Hodeidah": one joining word between
    if len(before) >= 2 and word_key(before[-1]) in _connectors() and \
            text[:m.start].rstrip().endswith(before[-1]) and spaced_key(before[-2]) in keys:
        at = text.rindex(before[-2], 0, m.start)
        if not text[at + len(before[-2]):m.start].replace(before[-1], "", 1).strip():
            return at, at + len(before[-2])
    return None


def _connectors() -> frozenset[str]:
    from newsweave.kb.candidates import _connectors as connectors

    return connectors()


def _nested_countries(view: SentenceView, matches: list[Match], kb: KnowledgeBase
                      ) -> list[Match]:
    """The country named inside a longer name of its own (中国海軍, Russian Navy, 북한군)."""
    out = []
    for m in matches:
        e = kb.get(m.entity_id) if m.entity_id else None
        if e is None or e.type in ("country", "person") or not e.facts.get("country"):
            continue
        country = kb.get(e.facts["country"])
        if country is None:
            continue
        surface = view.text[m.start:m.end]
        best = None
        for name in (country.name, *country.aliases, *_adjectives(country)):
            if len(name) < 2 or name == surface:
                continue
            at = surface.find(name)
            if at >= 0 and (best is None or len(name) > best[1] - best[0]):
                best = (m.start + at, m.start + at + len(name))
        if best:
            out.append(Match(best[0], best[1], country.id, "demonym", 0.8, kind="nested"))
    return out


def _adjectives(country: Entity) -> list[str]:
    return [a for adjs in country.facts.get("adjectives", {}).values() for a in adjs]


# ---------------------------------------------------------------------- candidates


def _link_candidates(views: list[SentenceView], per_sentence: list[list[Match]],
                     kb: KnowledgeBase, date: str | None = None,
                     relinked: dict[tuple[str, str], str] | None = None) -> dict[str, Entity]:
    pending: list[tuple[int, Candidate]] = []
    for si, view in enumerate(views):
        added = []
        for c in find_candidates(view, per_sentence[si]):
            c, place = _absorb_place(c, view, per_sentence[si], kb)
            hit = resolve(c, kb) or resolve_surname(c, kb, date) or _resolve_window(c, view, kb)
            if place is not None and hit is not None and relinked is not None:
                relinked[(view.text[place.start:place.end], place.entity_id or "")] = hit[0]
            if hit is None:
                pending.append((si, c))
                continue
            eid, how, conf, s, e = hit if len(hit) == 5 else (*hit, c.start, c.end)
            added.append(Match(s, e, eid, how, conf, title=c.title, kind="candidate"))
        if added:
            per_sentence[si] = sorted(per_sentence[si] + added, key=lambda m: m.start)
    _merge_name_parts(pending)
    _merge_inflected(pending)
    counts: dict[str, int] = defaultdict(int)
    for _, c in pending:
        counts[c.key] += 1
    kept: list[tuple[int, Candidate]] = []
    for si, c in pending:
        if counts[c.key] < 2 and not is_unspaced(c.surface) and _title_case(views[si]):
            continue  # a headline's capitals make any run look like a titled name
        if not _supported(c, counts[c.key], _given_name(c, kb)):
            if not _weakly_supported(c, views[si], counts[c.key], per_sentence[si], kb):
                continue
            if c.etype == "organization":
                _take_place_before(c, views[si], per_sentence[si], kb)
        kept.append((si, c))
    # one name, one type in a document: the most telling of its uses (a title once makes it a
    # person's name everywhere)
    types: dict[str, str] = {}
    for _, c in kept:
        etype = "person" if (c.person_tag or c.title is not None) else (
            "organization" if c.org_tag else c.etype or "other")
        if TYPE_ORDER.index(etype) < TYPE_ORDER.index(types.get(c.key, "other")):
            types[c.key] = etype
        else:
            types.setdefault(c.key, etype)
    unlinked: dict[str, Entity] = {}
    for si, c in kept:
        name = c.surface_name or c.surface
        etype = types[c.key]
        eid = unlinked_id(name, c.key, etype)
        if eid not in unlinked:
            english = _english_head(name, views[si].lang)
            unlinked[eid] = Entity(eid, english or unlinked_name(name), etype,
                                   (name, *_without_head(name)), linked=False,
                                   facts={"key": c.key})
        per_sentence[si].append(Match(c.start, c.end, eid, "candidate", 0.5, title=c.title,
                                      kind="candidate"))
        per_sentence[si].sort(key=lambda m: m.start)
    return unlinked


def _absorb_place(c: Candidate, view: SentenceView, matches: list[Match], kb: KnowledgeBase
                  ) -> tuple[Candidate, Match | None]:
    """"에반스 리비아 씨": a place name between a name and a person's title is the rest of the
    person's name (a garbled Revere read as Libya), when the whole resolves to a person."""
    from newsweave.kb.candidates import find_title as _find_title
    from newsweave.kb.translit import phonetic_key

    for m in matches:
        gap = view.text[c.end:m.start]
        if m.start < c.end or len(gap) > 1 or gap.strip():
            continue
        e = kb.get(m.entity_id) if m.entity_id else None
        title = _find_title(view, m.start, m.end)
        if e is None or e.type not in ("country", "place") or title is None:
            break
        surface = view.text[c.start:m.end]
        whole = Candidate(c.start, m.end, surface, phonetic_key(surface), person_tag=True,
                          full_name=True, title=title)
        if resolve(whole, kb):
            matches.remove(m)
            return whole, m
        break
    return c, None


def _merge_name_parts(pending: list[tuple[int, Candidate]]) -> None:
    """A lone surname (ブリンケン) takes the key of the full name it ends
    (アントニー・ブリンケン)."""
    from newsweave.kb.translit import phonetic_key

    last_part: dict[str, Candidate] = {}
    for _, c in pending:
        parts = c.surface.replace("・", " ").replace("·", " ").split()
        if len(parts) >= 2:
            last_part.setdefault(phonetic_key(parts[-1]), c)
    for _, c in pending:
        full = last_part.get(c.key)
        if full is not None and full is not c and " " not in c.surface and "・" not in c.surface:
            c.key = full.key
            c.surface_name = full.surface
            c.full_name = True
            c.person_tag = c.person_tag or full.person_tag or full.title is not None


def _merge_inflected(pending: list[tuple[int, Candidate]]) -> None:
    """One unknown name in several cases (ru "Азнавур Сагян", "Азнавура Сагяна") is one
    name: candidates whose words have the same stems take the key and the name of the shortest
    form (the nominative, which adds no ending)."""
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for _, c in pending:
        name = c.surface_name or c.surface
        if not is_unspaced(name) and (key := spaced_key(name)):
            groups[key].append(c)
    for cands in groups.values():
        if len({c.key for c in cands}) < 2:
            continue
        base = min(cands, key=lambda c: (len(c.surface_name or c.surface), c.start))
        for c in cands:
            if c is not base:
                c.key = base.key
                c.surface_name = base.surface_name or base.surface
                c.person_tag = c.person_tag or base.person_tag


def _resolve_window(c: Candidate, view: SentenceView, kb: KnowledgeBase):
    """For a long capitalised run, try its last 2 or 3 words ("... Kirill Butanov"): a window
    that leaves name words after it would take part of a longer name for another person
    ("Kim Jong | Chol" is not Kim Yo Jong)."""
    if is_unspaced(c.surface):
        return None
    from newsweave.kb.translit import phonetic_key

    ws = [(c.start + i, c.start + i + len(w)) for i, w in _positions(c.surface)]
    if len(ws) < 3:
        return None
    for n in (3, 2):
        for i in range(len(ws) - n + 1):
            s, e = ws[i][0], ws[i + n - 1][1]
            if e != c.end or _cuts_a_name(view.text, s, e, c.end):
                continue
            sub = Candidate(s, e, view.text[s:e], phonetic_key(view.text[s:e]))
            hit = resolve(sub, kb)
            if hit:
                return (*hit, s, e)
    return None


def _cuts_a_name(text: str, s: int, e: int, run_end: int) -> bool:
    """A window that stops inside a name: it ends on a connector ("Abdel Fattah al") or the run
    goes on with a hyphen or connector into another name part ("Abdel Fattah | al-Burhan")."""
    from newsweave.kb.candidates import _connectors

    inside = words(text[s:e])
    if inside and word_key(inside[-1]) in _connectors():
        return True
    if e >= run_end:
        return False
    rest = text[e:run_end]
    if rest[:1] in "-‐'’":
        return True
    following = words(rest)
    return bool(following) and word_key(following[0]) in _connectors()


def _positions(text: str):
    pos = 0
    for w in words(text):
        i = text.index(w, pos)
        yield i, w
        pos = i + len(w)


def _given_name(c: Candidate, kb: KnowledgeBase) -> bool:
    """The candidate is a full name starting with a known first name ("Bruce Turner")."""
    if not c.full_name:
        return False
    first = c.surface.replace("・", " ").replace("·", " ").split()
    if len(first) < 2 or len(first) > 4:
        return False
    key = name_key(first[0]) if is_unspaced(first[0]) else word_key(first[0])
    return key in kb.given_names


def _weakly_supported(c: Candidate, view: SentenceView, count: int, matches: list[Match],
                      kb: KnowledgeBase) -> bool:
    """Unknown Latin/Cyrillic names with less support, where it is safe (sets `c.etype`):
    a run of several words inside a sentence whose words say it is an organisation or a place
    (Rapid Support Forces, Sudan Doctors Network, Pasukan Dukungan Cepat); a lone word after
    "in", "di", "ở", "в" (a place); a run of several words named twice. Never in a sentence
    written in Title Case (headlines would flood the output)."""
    from newsweave.kb.name_types import guess_type, place_cues

    letters = sum(ch.isalpha() for ch in c.surface)
    if is_unspaced(c.surface) or letters < 4 or len(c.key) < 3 or _title_case(view):
        return False
    parts = words(c.surface)
    etype = guess_type(c.surface, view.lang)
    initial = bool(view.words) and c.start <= view.words[0][0]
    if len(parts) >= 2 and etype is not None:
        c.etype = etype
        return True
    if etype is not None:
        return False  # a head word alone ("Oblast", "Kota") is no name
    suffixes = tuple(str(x) for x in names(view.lang).get("ship_suffixes") or ())
    if suffixes and view.text.startswith(suffixes, c.end) and letters >= 5:
        c.etype = "other"  # "Marlin Luanda호": a ship's name
        return True
    if initial or _adjective(c.surface):
        return False
    prev, prev2, nxt = _lower_neighbours(view, c)
    pair = f"{prev2} {prev}" if prev2 and prev else ""
    # "the Viv Ansanm coalition", "the group Plataforma Decide", "partai Frelimo", "liên minh X"
    for w in (nxt, prev, pair):
        if w and guess_type(w, view.lang) == "organization":
            c.etype = "organization"
            return True
    # '"…", said Slava Osipyan', "a déploré Narine Shakaryan", "dijo Ana Pérez": a full name
    # right after a verb of saying is the speaker, a person (a body or place has its head word)
    if len(parts) >= 2 and etype is None and prev is not None and (
            prev in _speech_before(view.lang) or (pair and spaced_key(pair) in _speech_before(
                view.lang))):
        c.person_tag = True
        return True
    # "the tanker Marlin Luanda", "the cargo ship Rubymar": a ship word before it (after it,
    # "Houthi ship attacks", the word says what the name owns)
    for w in (pair, prev):
        if w and guess_type(w, view.lang) == "other":
            c.etype = "other"
            return True
    # where every noun is capitalised (German), "in Zukunft" is no place: a lone word needs more
    if len(parts) == 1 and len(parts[0]) >= 4 and not get_pack(view.lang).nouns_capitalised and (
            prev in place_cues(view.lang) or _town_word(prev, view.lang)
            or _town_word(pair, view.lang)
            or (prev == "of" and guess_type(prev2 or "", view.lang) == "place")
            or (prev in _conjunctions() and _place_before(view, c, matches, kb))):
        c.etype = "place"  # "in Omdurman", "the town of Mirebalais", "in Maputo and Nampula"
        return True
    return len(parts) >= 2 and count >= 2


def _town_word(word: str | None, lang: str) -> bool:
    """A place head before a name ("kota", "town", "thị trấn"), except the words for regions
    ("wilayah", "oblast"): regions are few and in the knowledge base, so an unknown word
    after one is more likely a garbled known region (wilayah Brishask) than a new one."""
    from newsweave.kb.name_types import guess_type

    if not word or guess_type(word, lang) != "place":
        return False
    regions = {spaced_key(w) for w in gathered("region_words")}
    keys = spaced_key(word).split()
    return spaced_key(word) not in regions and (not keys or keys[-1] not in regions)


def _adjective(surface: str) -> bool:
    """A lone Cyrillic word with an adjective ending (Международную, Конституционный) starts a
    lower-case name ("Международная организация по миграции"), it is not one."""
    endings = by_script("adjective_endings", script_of(surface[:1])) if surface else ()
    return bool(endings) and " " not in surface.strip() and surface.casefold().endswith(endings)


def _without_head(name: str) -> tuple[str, ...]:
    """"Partai Frelimo" is also "Frelimo", "Koalisi Viv Ansanm" "Viv Ansanm": the name without
    a leading or trailing head word, when a name is left."""
    from newsweave.kb.name_types import guess_type

    parts = name.split()
    out = []
    for rest, head in ((parts[1:], parts[0]), (parts[:-1], parts[-1])):
        if len(parts) >= 2 and guess_type(head) == "organization" and rest and \
                guess_type(" ".join(rest)) is None:
            out.append(" ".join(rest))
    return tuple(out)


def _english_head(name: str, lang: str) -> str | None:
    """An unknown place's name as English titles it, by its language's `english_heads`
    ("Kabupaten Agam" -> "Agam Regency"), or None."""
    head, _, rest = name.strip().partition(" ")
    form = (names(lang).get("english_heads") or {}).get(head)
    if not form or not rest or not all(c.isalpha() or c in " -'" for c in rest):
        return None
    return str(form).replace("{}", rest)


def _lower_neighbours(view: SentenceView, c: Candidate
                      ) -> tuple[str | None, str | None, str | None]:
    """The lower-case words right before (two) and right after a candidate, as word keys."""
    text = view.text
    before = [w for w in view.words if w[1] <= c.start][-2:]
    after = [w for w in view.words if w[0] >= c.end][:1]
    prev = prev2 = nxt = None
    if before and not text[before[-1][1]:c.start].strip() and text[before[-1][0]].islower():
        prev = before[-1][2]
        if len(before) == 2 and not text[before[0][1]:before[1][0]].strip():
            prev2 = before[0][2]
    if after and not text[c.end:after[0][0]].strip() and text[after[0][0]].islower():
        nxt = after[0][2]
    return prev, prev2, nxt


@cache
def _speech_before(lang: str) -> frozenset[str]:
    """The keys of the language's verbs of saying after which its press names the speaker
    ("said", "a déclaré", "dijo"): names.yaml `speech_before`."""
    return frozenset(spaced_key(w) for w in own_or_fallback(lang, "speech_before"))


def _conjunctions() -> frozenset[str]:
    return frozenset(word_key(w) for w in gathered("conjunctions"))


def _place_before(view: SentenceView, c: Candidate, matches: list[Match],
                  kb: KnowledgeBase) -> bool:
    """A known place or country right before "and" + the candidate ("Maputo and Nampula"),
    or a capitalised word after a place cue ("in Maputo and Nampula")."""
    from newsweave.kb.name_types import place_cues

    before = [w for w in view.words if w[1] <= c.start]
    if len(before) < 2:
        return False
    conj_start = before[-1][0]
    if len(before) >= 3 and before[-3][2] in place_cues(view.lang) and \
            view.text[before[-2][0]].isupper():
        return True
    for m in matches:
        e = kb.get(m.entity_id) if m.entity_id else None
        if e is not None and e.type in ("place", "country") and \
                not view.text[m.end:conj_start].strip(" ,"):
            return True
    return False


def _take_place_before(c: Candidate, view: SentenceView, matches: list[Match],
                       kb: KnowledgeBase) -> None:
    """"Sudan | Doctors Network" (and, where names put the head first, "Jaringan Dokter |
    Sudan"): a country or place written against an organisation's unknown name is part of that
    name (its own mention stays)."""
    from newsweave.kb.translit import phonetic_key

    after = get_pack(view.lang).head_initial
    for m in matches:
        gap = view.text[c.end:m.start] if after else view.text[m.end:c.start]
        e = kb.get(m.entity_id) if m.entity_id else None
        if gap == " " and e is not None and e.type in ("country", "place") and \
                view.text[m.start:m.end][:1].isupper():
            if after:
                c.end = m.end
            else:
                c.start = m.start
            c.surface = view.text[c.start:c.end]
            c.key = phonetic_key(c.surface)
            return


def _title_case(view: SentenceView) -> bool:
    """A headline, not running text: most longer words capitalised, and either no longer word
    in lower case or a function word capitalised inside the line ("... Palace In Khartoum").
    Where every noun is capitalised (German prose), only the function word tells."""
    long_words = [view.text[a:b] for a, b, _ in view.words if b - a >= 4]
    if len(long_words) < 4:
        return False
    nouns_capitalised = get_pack(view.lang).nouns_capitalised
    caps = sum(1 for w in long_words if w[:1].isupper())
    if caps < 0.7 * len(long_words):
        return False
    if caps == len(long_words) and not nouns_capitalised:
        return True
    function = {word_key(w) for w in own_or_fallback(view.lang, "prose_lowercase")}
    return any(view.text[a].isupper() and key in function for a, _, key in view.words[1:])


def _supported(c: Candidate, count: int, given_name: bool = False) -> bool:
    """Only names with some evidence become unlinked entities (precision matters): a person's
    title, name tag or known first name together with a full name or a repetition."""
    if len(c.key) < 4:
        return False
    titled = c.title is not None
    if c.person_tag or c.org_tag:
        return c.full_name or count >= 2 or titled
    if given_name:
        c.person_tag = True
        return True
    return titled and c.full_name

"""World places in a document: GeoNames cities and ISO regions found where the curated names
left the text free, each read in the light of the whole document.

A name of the world table (`kb/geo.py`) becomes a mention only with enough evidence for how
doubtful it is. A town's own name, of 100,000 people or more, needs none; a smaller town, an
alternate spelling, a region or a two-character CJK name need one sign; a name that is also a
common word of the sentence's language ("Nice", "Mobile", "Reading" in English; 대전 in Korean)
needs two; a very common one ("Of", "Man", "Normal") is never linked. Signs: a place word or
preposition next to it ("in", "near", "city of", "province", 州), a list of places it stands in,
its country named in the document, its region named in the document, and — worth all others —
its country or region written right after it ("Damascus, Maryland"). A name inside a longer
capitalised name ("Andrew Jackson", "Mobile World Congress"), next to a person's title, or that
is the surname of a person the document names is no place.

When several places share the name, the one with the most evidence wins, then the most populous
(Damascus is Syria's unless the text speaks of Maryland); one name means one place per document.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache

from newsweave.kb.candidates import _connectors
from newsweave.kb.geo import ALT, CITY, GeoTable, key_of
from newsweave.kb.language import names
from newsweave.kb.matcher import Match, SentenceView, boundary_ok
from newsweave.kb.normalize import is_unspaced, script_of
from newsweave.lang import get_pack

STRONG_POPULATION = 100_000
REGION_POPULATION = 1_000_000  # what a region's name is weighed as (its size is not known)
INCUMBENT_MARGIN = 2  # signs a namesake needs beyond the curated place's to replace it
# a two-character unspaced name this common is a word of the language, never a foreign place
SHORT_WORD_ZIPF = 4.5
NEVER_ZIPF = 5.5  # a word this common ("of", "man") is never a place without its country after it
FOREIGN_EXCESS = 0.0  # a foreign town's name more common than its size explains is a word
HOME_EXCESS = 0.9  # the same for a town of a country where the language is spoken
HOME_EXCESS_UNSPACED = 1.3
LIST_GAPS = (", ", "، ", "、", "，", " and ", " or ", " dan ", " và ", " и ", " et ", " und ",
             " y ", " e ", " ve ", "과 ", "와 ", "및 ", "や", "と", "和", "及", " - ", "-")
# organisations that belong to a state (an army, a ministry), naming their country
STATE_KINDS = frozenset({"military", "ministry", "government", "legislature", "intelligence"})
AFTER_GAPS = (", ", " (", "(", "，", "、", "（")


@dataclass(slots=True)
class Hit:
    sentence: int
    start: int
    end: int
    key: str
    unspaced: bool
    codes: tuple[int, ...]
    replaces: tuple[Match, ...] = ()  # known names inside it, dropped when it is linked


@dataclass
class _Doc:
    """What the document says about places, from the curated matches."""

    countries: dict[str, float] = field(default_factory=dict)  # country id -> weight
    places: set[str] = field(default_factory=set)  # ids of places named (curated or world)
    lent: dict[str, float] = field(default_factory=dict)  # place id -> weight it gave its country
    surnames: set[str] = field(default_factory=set)  # surname keys of persons named

    @property
    def top(self) -> str | None:
        return max(self.countries, key=lambda c: self.countries[c]) if self.countries else None


def find_hits(si: int, view: SentenceView, geo: GeoTable, matches: list[Match]) -> list[Hit]:
    """Every world-table name in the sentence outside the known names `matches` (or longer
    than the known names it contains: "Hodeidah Governorate" over "Hodeidah"), longest first."""
    covered = {k for m in matches for k in range(m.start, m.end)}
    hits = _spaced_hits(si, view, geo, covered, matches)
    if is_unspaced(view.text):
        hits += _unspaced_hits(si, view, geo, covered)
    return hits


def _inside(matches: list[Match], s: int, e: int, covered: set[int]) -> list[Match] | None:
    """The known names lying wholly inside s..e, if every covered character there is theirs
    and they leave some of s..e free; else None."""
    inner = [m for m in matches if s <= m.start and m.end <= e]
    spans = {k for m in inner for k in range(m.start, m.end)}
    if any(k in covered and k not in spans for k in range(s, e)):
        return None
    return inner if len(spans) < e - s else None


def _spaced_hits(si: int, view: SentenceView, geo: GeoTable, covered: set[int],
                 matches: list[Match]) -> list[Hit]:
    ws = view.words
    out: list[Hit] = []
    i = 0
    while i < len(ws):
        longest = geo.first_words.get(ws[i][2], 1)
        if ws[i][0] in covered and longest < 2:
            i += 1
            continue
        for n in range(min(longest, len(ws) - i), 0, -1):
            j = i + n - 1
            if n > 1 and view.joins[i:j].count(False):
                continue
            replaces = _inside(matches, ws[i][0], ws[j][1], covered)
            if replaces is None:
                continue
            key = " ".join(w[2] for w in ws[i:j + 1])
            codes = geo.codes(geo.spaced.get(key))
            if not codes:
                continue
            s, e = ws[i][0], ws[j][1]
            if not _capitalised(view, i, j):
                continue
            out.append(Hit(si, s, e, key, False, codes, tuple(replaces)))
            i = j
            break
        i += 1
    return out


def _capitalised(view: SentenceView, i: int, j: int) -> bool:
    """Every word of a name written with a capital (or in a script without case), but short
    joining words: "Rostov-on-Don", "Kota Padang", not "Gaza utara" ('northern Gaza')."""
    text = view.text
    for k in range(i, j + 1):
        a, b, _ = view.words[k]
        if text[a].islower() and (k == i or b - a > 3):
            return False
    return True


def _unspaced_hits(si: int, view: SentenceView, geo: GeoTable, covered: set[int]) -> list[Hit]:
    folded, where, ends = view.folded
    out: list[Hit] = []
    i, n = 0, len(folded)
    while i < n:
        lens = geo.lengths.get(folded[i]) if script_of(folded[i]) in ("kana", "han",
                                                                         "hangul") else None
        step = 1
        for length in lens or ():
            if i + length > n:
                continue
            key = folded[i:i + length]
            codes = geo.codes(geo.unspaced.get(key))
            if not codes:
                continue
            s, e = where[i], ends[i + length - 1]
            if any(k in covered for k in range(s, e)) or not boundary_ok(view, s, e, length >= 3):
                continue
            out.append(Hit(si, s, e, key, True, codes))
            step = length
            break
        i += step
    return out


# ---------------------------------------------------------------------- evidence


def _expected_zipf(population: int) -> float:
    """How often a town of this size is named, roughly, in its own country's press."""
    return 1.0 + 0.5 * math.log10(max(population, 15_000))


def need(geo: GeoTable, code: int, key: str, lang: str, unspaced: bool) -> int:
    """How many signs this name of this row needs (99: never)."""
    row = code >> 1
    pop = geo.population[row] or REGION_POPULATION  # first-level regions are large
    n = 0
    if code & ALT:
        n += 1
    if geo.kinds[row] != CITY or pop < STRONG_POPULATION:
        n += 1
    letters = len(key.replace(" ", ""))
    if letters < (3 if unspaced else 4):
        n += 1
    z = geo.common_in(key, lang)
    if z:
        if z >= NEVER_ZIPF + (0.5 if geo.countries[row] in geo.home.get(lang, ()) else 0):
            return 99
        home = geo.countries[row] in geo.home.get(lang, ())
        if unspaced and letters <= 2 and z >= SHORT_WORD_ZIPF and not home:
            return 99  # zh 南部 'the south', 中部 'the centre': a word, not Malawi's region
        limit = (HOME_EXCESS_UNSPACED if unspaced else HOME_EXCESS) if home else FOREIGN_EXCESS
        if z - _expected_zipf(pop) >= limit:
            n += 2
    return min(n, 3)


def _cue(view: SentenceView, hit: Hit) -> bool:
    """A place word or a preposition of place right next to the name."""
    from newsweave.kb.name_types import guess_type, place_cues

    text = view.text
    if hit.unspaced:
        rest = text[hit.end:hit.end + 3]
        return any(rest.startswith(w) for w in _attached_place_words(view.lang))
    before = [w for w in view.words if w[1] <= hit.start][-2:]
    after = [w for w in view.words if w[0] >= hit.end][:2]
    cues = place_cues(view.lang)
    if before and not text[before[-1][1]:hit.start].strip():
        prev = before[-1][2]
        if prev in cues or guess_type(text[before[-1][0]:before[-1][1]], view.lang) == "place":
            return True
        if len(before) == 2 and prev in _connectors() and guess_type(
                text[before[0][0]:before[0][1]], view.lang) == "place":
            return True  # "the city of X", "kota di X"
    return bool(after) and not text[hit.end:after[0][0]].strip() and guess_type(
        text[after[0][0]:after[0][1]], view.lang) == "place"


@cache
def _attached_place_words(lang: str) -> tuple[str, ...]:
    """Words of unspaced scripts written against a place's name in `lang`: its region words
    (州, 주) and town words (市, 시)."""
    from newsweave.kb.language import name_suffixes

    data = names(lang)
    found = [*(data.get("region_words") or ()), *((data.get("name_heads") or {}).get("place")
                                                  or ())]
    # (not a word that is also a particle: 도 is a province, and 'also')
    return tuple(w for w in found if is_unspaced(w)
                 and w not in name_suffixes(script_of(w[0])))


def _in_longer_name(view: SentenceView, hit: Hit, taken: set[int]) -> bool:
    """A capitalised word written against the name that is no known name, no common word and
    no place word: the name is part of another ("Andrew Jackson", "Austin Powers")."""
    if hit.unspaced:
        return False
    from newsweave.kb.matcher import common_words
    from newsweave.kb.name_types import guess_type

    # where every noun has a capital, only a hyphen joins a name (die Stadt Goris, Suez-Kanal)
    hyphen_only = get_pack(view.lang).nouns_capitalised

    ws = view.words
    idx = [k for k, w in enumerate(ws) if hit.start <= w[0] and w[1] <= hit.end]
    if not idx:
        return False
    common = common_words(view.lang)
    # (neighbour, the index in view.joins of the gap between it and the name)
    for k, gap in ((idx[0] - 1, idx[0] - 1), (idx[-1] + 1, idx[-1])):
        if not 0 <= k < len(ws) or not view.joins[gap]:
            continue
        a, b, key = ws[k]
        between = view.text[min(b, hit.end):max(a, hit.start)]
        if hyphen_only and "-" not in between and "‐" not in between:
            continue
        word = view.text[a:b]
        if not word[:1].isupper() or a in taken or key in common or len(word) < 2:
            continue
        if guess_type(word, view.lang) is not None:
            continue
        return True
    return False


def _titled(view: SentenceView, hit: Hit) -> bool:
    """A person's title or courtesy title right before or after (spaced scripts: in Japanese
    or Korean a title after a place names its office holder, ソウル市長)."""
    if hit.unspaced:
        return False
    from newsweave.kb.matcher import find_title

    return find_title(view, hit.start, hit.end) is not None


def _in_list(view: SentenceView, hit: Hit, places: list[tuple[int, int]]) -> bool:
    """Written in a list with another place: "Kiel, Essen and Bonn", also with one or two
    names no list knows between them ("Hankendi, Hocalı ve Şuşa")."""
    text = view.text
    for s, e in places:
        if (s, e) == (hit.start, hit.end):
            continue
        gap = text[e:hit.start] if e <= hit.start else text[hit.end:s]
        if 0 < len(gap) <= 5 and gap in LIST_GAPS:
            return True
        if 0 < len(gap) <= 40 and _names_between(gap, hit.unspaced):
            return True
    return False


_LIST_SPLIT = re.compile("(" + "|".join(re.escape(g) for g in sorted(LIST_GAPS, key=len,
                                                                        reverse=True)) + ")")


def _names_between(gap: str, unspaced: bool) -> bool:
    """Is `gap` list marks around one or two single names: ", Hocalı ve ", "、長崎、"?"""
    pieces = _LIST_SPLIT.split(gap)
    names = pieces[0::2]
    if len(names) < 2 or names[0] or names[-1] or not 1 <= len(names) - 2 <= 2:
        return False
    inner = names[1:-1]
    if unspaced:
        return all(0 < len(n) <= 6 and not n.isspace() and " " not in n for n in inner)
    return all(n[:1].isupper() and " " not in n.strip() and n.strip() == n for n in inner)


def _written_after(view: SentenceView, hit: Hit, matches: list[Match], hits: list[Hit],
                   geo: GeoTable) -> set[str]:
    """Ids of what is written right after the name, known or among the world's names:
    "Damascus, Maryland", "Mobile, Alabama", "Batman (Turkey)"."""
    out = set()
    for m in matches:
        if m.entity_id and m.start >= hit.end and view.text[hit.end:m.start] in AFTER_GAPS:
            out.add(m.entity_id)
    for h in hits:
        if h.sentence == hit.sentence and h.start >= hit.end and \
                view.text[hit.end:h.start] in AFTER_GAPS:
            out.update(geo.ids[c >> 1] for c in h.codes)
    return out


def _parents_before(view: SentenceView, hit: Hit, matches: list[Match], hits: list[Hit],
                    geo: GeoTable, kb) -> set[str]:
    """Ids of the regions of the places written right before the name: "Atlanta, Georgia"
    makes Georgia the state."""
    out: set[str] = set()
    for m in matches:
        if m.entity_id and m.end <= hit.start and view.text[m.end:hit.start] in AFTER_GAPS:
            e = kb.get(m.entity_id)
            if e is not None and e.facts.get("parent"):
                out.add(e.facts["parent"])
    for h in hits:
        if h.sentence == hit.sentence and h.end <= hit.start and \
                view.text[h.end:hit.start] in AFTER_GAPS:
            out.update(geo.ids[geo.parents[c >> 1]] for c in h.codes if geo.parents[c >> 1] >= 0)
    return out


# ---------------------------------------------------------------------- the document


def _document(per_sentence: list[list[Match]], kb) -> _Doc:
    from newsweave.kb.index import person_surnames

    doc = _Doc()
    for matches in per_sentence:
        for m in matches:
            e = kb.get(m.entity_id) if m.entity_id else None
            if e is None:
                continue
            if e.type == "country":
                doc.countries[e.id] = doc.countries.get(e.id, 0.0) + 1.0
            elif e.type == "place":
                doc.places.add(e.id)
                country = e.facts.get("country")
                if country:
                    doc.countries[country] = doc.countries.get(country, 0.0) + 0.5
                    doc.lent[e.id] = doc.lent.get(e.id, 0.0) + 0.5
            elif e.type == "person":
                doc.surnames |= person_surnames(e)
            elif e.type == "organization" and e.facts.get("kind") in STATE_KINDS and \
                    e.facts.get("country"):
                # "Azerbaycan ordusu", "the Sudanese defence ministry": a state's body names
                # its state, as a town does
                country = e.facts["country"]
                doc.countries[country] = doc.countries.get(country, 0.0) + 0.5
    return doc


def _add_unambiguous(doc: _Doc, hits: list[Hit], views: list[SentenceView],
                     geo: GeoTable) -> None:
    """Names of one place only count as named in the document (for its regions: "Maryland"
    makes Damascus the town there), and those that need no sign also as its country's."""
    for h in hits:
        rows = {c >> 1 for c in h.codes}
        if len(rows) != 1:
            continue
        row = rows.pop()
        doc.places.add(geo.ids[row])
        country = geo.countries[row]
        if country and need(geo, h.codes[0], h.key, views[h.sentence].lang, h.unspaced) == 0:
            doc.countries[country] = doc.countries.get(country, 0.0) + 0.5


def link_places(views: list[SentenceView], per_sentence: list[list[Match]], kb) -> None:
    """Add the world places of the document to `per_sentence` (in place), and move a curated
    place to a namesake when the text says so ("Damascus, Maryland")."""
    geo: GeoTable | None = getattr(kb, "geo", None)
    if geo is None or not len(geo):
        return
    doc = _document(per_sentence, kb)
    hits: list[Hit] = []
    incumbents: dict[int, Match] = {}  # hit index -> the curated match it may replace
    for si, view in enumerate(views):
        hits += find_hits(si, view, geo, per_sentence[si])
        for m in per_sentence[si]:
            h = _namesakes(si, view, m, geo, kb)
            if h is not None:
                incumbents[len(hits)] = m
                hits.append(h)
    if not hits:
        return
    _add_unambiguous(doc, hits, views, geo)
    places_by_sentence: dict[int, list[tuple[int, int]]] = {}
    for si, matches in enumerate(per_sentence):
        for m in matches:
            e = kb.get(m.entity_id) if m.entity_id else None
            if e is not None and e.type in ("place", "country"):
                places_by_sentence.setdefault(si, []).append((m.start, m.end))
    for h in hits:
        places_by_sentence.setdefault(h.sentence, []).append((h.start, h.end))

    # signs per name and row over the whole document (one name, one place), and per hit
    signs: dict[str, dict[int, float]] = {}
    local_signs: dict[int, float] = {}
    negatives: set[int] = set()  # hits that are no place whatever the row
    by_key: dict[str, list[int]] = {}
    for k, h in enumerate(hits):
        view = views[h.sentence]
        by_key.setdefault(h.key, []).append(k)
        if k not in incumbents:
            taken = {p for m in per_sentence[h.sentence] for p in range(m.start, m.end)}
            if _in_longer_name(view, h, taken) or _titled(view, h) or (
                    not h.unspaced and h.key in doc.surnames):
                negatives.add(k)
                continue
        local = 0.0
        if _cue(view, h):
            local += 1
        if _in_list(view, h, places_by_sentence.get(h.sentence, [])):
            local += 1
        local_signs[k] = local
        after = _written_after(view, h, per_sentence[h.sentence], hits, geo)
        inside = _parents_before(view, h, per_sentence[h.sentence], hits, geo, kb)
        rows = signs.setdefault(h.key, {})
        for code in h.codes:
            row = code >> 1
            sign = local
            if geo.countries[row] and geo.countries[row] in after:
                sign += 3
            parent = geo.parents[row]
            if (parent >= 0 and geo.ids[parent] in after) or geo.ids[row] in inside:
                sign += 3
            rows[code] = max(rows.get(code, 0.0), sign)

    for key, idxs in by_key.items():
        live = [k for k in idxs if k not in negatives]
        if not live or key not in signs:
            continue
        h0 = hits[live[0]]
        view = views[h0.sentence]
        incumbent = next((incumbents[k] for k in live if k in incumbents), None)
        best = _choose(geo, key, view.lang, h0.unspaced, signs[key], doc, kb, view, h0,
                       incumbent.entity_id if incumbent else None)
        if best is None:
            continue
        code, confidence, n = best
        row = code >> 1
        eid = geo.ids[row]
        how = "alias" if code & ALT else "exact"
        for k in live:
            h = hits[k]
            if k in incumbents:
                m = incumbents[k]
                if m.entity_id != eid:
                    m.entity_id, m.how, m.confidence = eid, how, confidence
                continue
            if n >= 2 and not local_signs.get(k):
                continue  # a common word: each use needs its own sign ("The Batman film")
            for m in h.replaces:
                per_sentence[h.sentence].remove(m)
            per_sentence[h.sentence].append(Match(h.start, h.end, eid, how, confidence,
                                                  kind="place"))
    for matches in per_sentence:
        matches.sort(key=lambda m: m.start)


def _namesakes(si: int, view: SentenceView, m: Match, geo: GeoTable, kb) -> Hit | None:
    """A curated place or country whose name other world places share, as a hit to judge."""
    e = kb.get(m.entity_id) if m.entity_id else None
    if e is None or e.type not in ("place", "country") or m.kind != "name":
        return None
    surface = view.text[m.start:m.end]
    unspaced = is_unspaced(surface)
    key = key_of(surface)
    own = geo.row_of(e.id)
    others = tuple(c for c in geo.lookup(key, unspaced) if c >> 1 != own)
    if not others:
        return None
    codes = others + ((own << 1,) if own is not None else ())
    return Hit(si, m.start, m.end, key, unspaced, codes)


def _choose(geo: GeoTable, key: str, lang: str, unspaced: bool, local: dict[int, float],
            doc: _Doc, kb, view: SentenceView, hit: Hit, incumbent: str | None = None
            ) -> tuple[int, float, int] | None:
    """The row a name stands for in this document, its confidence and how many signs it
    needed, or None. With an `incumbent` (the curated entity the name already links to), a
    namesake wins only when the text points at it clearly more than at the incumbent."""
    top = doc.top
    common_surname = not unspaced and key in kb.surname_tables[0]
    ranked: list[tuple[float, int, float, int, float]] = []
    own_evidence = _incumbent_evidence(geo, local, doc, kb, incumbent)
    rows = {code >> 1 for code in local}
    short_han = unspaced and len(key) <= 2 and all(script_of(ch) == "han" for ch in key)
    for code, sign in local.items():
        row = code >> 1
        if incumbent is not None and geo.ids[row] == incumbent:
            continue
        if any(geo.region_of_city.get(other) == row for other in rows):
            continue  # "Shusha" is the town; its district needs a region word (link._regions)
        n = need(geo, code, key, lang, unspaced)
        if common_surname:
            n += 1
        if _sentence_initial(view, hit) and geo.common_in(key, lang) >= 3.5:
            n += 1
        country = geo.countries[row]
        evidence = sign
        where = sign >= 3  # its country or region written right after it
        if short_han:  # 长沙 needs 长沙市 or a list of places: two han are often a word
            n, where = min(n, 1) if n < 99 else n, sign >= 1  # 南部 'the south' stays a word
        if country and country in doc.countries and not short_han:
            evidence += 1
            where = True
        parent = geo.parents[row]
        if parent >= 0 and geo.ids[parent] in doc.places and not short_han:
            evidence += 1
            where = True
        if evidence < (3 if n >= 99 else n) or (n and not where):
            continue  # a doubtful name needs the document to say where it is
        if incumbent is not None and evidence < own_evidence + INCUMBENT_MARGIN and sign < 3:
            continue  # the curated reading stands unless the text points elsewhere
        rank = (2 * evidence + (1.0 if country and country == top else 0.0)
                + math.log10(max(geo.population[row], 10_000)) + (0 if code & ALT else 1)
                + (0.5 if geo.kinds[row] == CITY else 0))
        confidence = 0.9 if n == 0 else 0.85 if n == 1 else 0.75
        ranked.append((rank, code, confidence, n, evidence))
    if not ranked:
        return None
    ranked.sort(reverse=True)
    rank, code, confidence, n, _ = ranked[0]
    if len(ranked) > 1 and ranked[1][0] > rank - 0.5 and ranked[1][1] >> 1 != code >> 1:
        confidence = min(confidence, 0.6)  # two places fit about as well: say so
    return code, confidence, n


def _incumbent_evidence(geo: GeoTable, local: dict[int, float], doc: _Doc, kb,
                        incumbent: str | None) -> float:
    """The signs for the curated reading of a name: those of its own row, and its country (or
    itself, a country) named in the document."""
    if incumbent is None:
        return 0.0
    own = geo.row_of(incumbent)
    evidence = local.get(own << 1, 0.0) if own is not None else 0.0
    e = kb.get(incumbent)
    country = None if e is None else e.id if e.type == "country" else e.facts.get("country")
    if country and doc.countries.get(country, 0.0) > doc.lent.get(incumbent, 0.0):
        evidence += 1  # named by something else than the name itself
    return evidence


def _sentence_initial(view: SentenceView, hit: Hit) -> bool:
    return not hit.unspaced and bool(view.words) and view.words[0][0] == hit.start

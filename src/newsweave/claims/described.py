"""Collective actors named by description: "the junta", "the rebels", "security forces", la
junte, 軍事政権, 반군 (the words: `lang/<code>/actors.yaml`).

Such a group is a claim's actor only where the sentence names no party that could have done
the act (`extract.py` reads the sentence again with these mentions only for acts it dropped).
What the group is, is read from the name that qualifies it:

- a country or place next to it, joined by nothing or by a linking word ("Niger's junta", "la
  junte nigérienne", "ニジェールの軍事政権", "хунта Нигера"): a state organ (junta, military,
  authorities…; `state_organs`) stands for that country or place, as a leader's act is his
  country's; any other group (rebels, protesters) is a group of its own from there;
- an organisation next to it ("Houthi rebels", "Wagner mercenaries"): that organisation;
- nothing next to it: what the same description was qualified as elsewhere in the document,
  when that is one thing; else a group known only by its description.

A group known only by its description gets an unlinked entity whose id says what it is
(`group:rebels`, `group:rebels@yemen`): one entity per description and qualifier in a document,
the same in every document, rebuilt from the id by `described_entity`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from newsweave.claims.lexicon import compile_words, lexicon
from newsweave.claims.triggers import find_triggers
from newsweave.claims.view import LocalMention, SentenceView
from newsweave.lang import get_pack
from newsweave.model import Document, Entity, Mention

PREFIX = "group:"
HOW = "described"  # Mention.how of a described actor
_QUALIFIERS = ("country", "place", "organization")
_LINK_GAP = 12  # characters a linking word and its spaces may take


@dataclass(frozen=True)
class Vocabulary:
    groups: tuple[tuple[str, re.Pattern[str]], ...]  # concept, its words
    qualified: tuple[tuple[str, re.Pattern[str]], ...]  # words only after their qualifier
    not_groups: re.Pattern[str] | None  # words holding a group's word that name no group
    state_organs: frozenset[str]
    place_sides: frozenset[str]  # groups that are the side of the place (not country) naming them
    links: frozenset[str]  # lower case


@cache
def vocabulary(code: str | None) -> Vocabulary:
    """The pack's described actors, compiled (also the validator's check of actors.yaml)."""
    pack = get_pack(code)
    data = pack.data("actors")
    groups = data.get("groups") or {}
    spelling = pack.spelling()
    def compiled(table: object) -> tuple[tuple[str, re.Pattern[str]], ...]:
        if not isinstance(table, dict):
            raise ValueError("groups and qualified_groups must map concepts to words")
        return tuple((str(c), p) for c, words in table.items()
                     if (p := compile_words([str(w) for w in words or ()], spelling)))

    return Vocabulary(compiled(groups), compiled(data.get("qualified_groups") or {}),
                      compile_words([str(w) for w in data.get("not_groups") or ()], spelling),
                      frozenset(str(c) for c in data.get("state_organs") or ()),
                      frozenset(str(c) for c in data.get("place_sides") or ()),
                      frozenset(str(w).lower() for w in data.get("links") or ()))


@dataclass(frozen=True, slots=True)
class Described:
    start: int  # sentence-local
    end: int
    concept: str
    qualifier: LocalMention | None
    titled: bool = False  # a title follows: "the junta leader", "군부 지도자"


def find_described(view: SentenceView) -> list[Described]:
    """The described groups of a sentence, with the name that qualifies each, if any. A span
    inside a name the analysis found (the KB's "Presidential Guard") is that name's."""
    voc = vocabulary(view.lang)
    text, taken = view.text, [(m.start, m.end) for m in view.mentions]
    # a longer word holding the match voids it (군부대 holds 군부; 軍政 does not void 軍政)
    words = [(w.start(), w.end()) for w in voc.not_groups.finditer(text)] if (
        voc.not_groups is not None) else []
    out: list[Described] = []
    for table, needs in ((voc.groups, False), (voc.qualified, True)):
        for concept, pattern in table:
            for w in pattern.finditer(text):
                a, b = w.start(), w.end()
                if b <= a or any(s < b and a < e for s, e in taken) or _in_address(text, a, b):
                    continue
                if any(s <= a and b <= e and e - s > b - a for s, e in words):
                    continue
                if any(d.start < b and a < d.end for d in out):
                    continue
                titled = _titled(text, a, b, voc, view.lang)
                q = _qualifier(view, a, b, voc)
                if needs and not (q is not None and (
                        (q.end <= a and not text[q.end : a].strip())
                        or (q.start >= b and not text[b : q.start].strip()))):
                    continue  # (軍 alone, or after a particle, is no one)
                out.append(Described(a, b, concept, q, titled))
    return sorted(out, key=lambda d: d.start)


@cache
def _titles(code: str | None) -> tuple[frozenset[str], bool]:
    pack = get_pack(code)
    data = pack.data("honorifics") or {}
    own = pack.data("actors").get("group_titles") or ()
    return (frozenset(str(k).casefold() for side in ("before", "after")
                      for k in (data.get(side) or {}) if str(k).strip())
            | {str(t).casefold() for t in own},
            pack.word_spacing and pack.case_marking not in ("particles", "suffixes"))


def _titled(text: str, a: int, b: int, voc: Vocabulary, code: str | None) -> bool:
    """Does a title stand next to the group, maybe with a linking word between ("the junta's
    leader", "군부 지도자", "軍事政権の報道官", "chef de la junte", "juru bicara junta")? Then
    the group only says whose the person is."""
    titles, spaced = _titles(code)

    def bounded(s: str, i: int) -> bool:
        return not spaced or not s[i : i + 1].isalpha()

    rest = text[b : b + 40].lstrip().casefold()
    lead = text[max(0, a - 40) : a].rstrip().casefold()
    for link in sorted(voc.links, key=len, reverse=True):
        if rest.startswith(link) and (bounded(rest, len(link)) or not link[-1:].isalpha()):
            rest = rest[len(link) :].lstrip()
            break
    for link in sorted(voc.links, key=len, reverse=True):
        if lead.endswith(link) and (not spaced or lead[: -len(link)][-1:] in " "):
            lead = lead[: -len(link)].rstrip()
            break
    return any((rest.startswith(t) and bounded(rest, len(t)))
               or (lead.endswith(t) and (not spaced or not lead[: -len(t)][-1:].isalpha()))
               for t in titles)


def _in_address(text: str, a: int, b: int) -> bool:
    """Is the span part of a web address ("…/niger-la-junte-militaire-a-…")?"""
    lo = max(text.rfind(" ", 0, a), text.rfind("\n", 0, a)) + 1
    hi = min((i for i in (text.find(" ", b), text.find("\n", b)) if i >= 0), default=len(text))
    return "/" in text[lo:hi]


def _qualifier(view: SentenceView, a: int, b: int, voc: Vocabulary) -> LocalMention | None:
    """The country, place or organisation right before or after the span, joined by nothing or
    by a linking word only."""
    def linked(gap: str) -> bool:
        g = gap.strip().lower()
        # (a hyphen joins a compound: "Huthi-Rebellen")
        return len(gap) <= _LINK_GAP and (not g or g == "-" or g in voc.links) and (
            "\n" not in gap)

    before = [m for m in view.mentions if m.end <= a and m.type in _QUALIFIERS]
    if before and linked(view.text[before[-1].end : a]):
        return before[-1]
    after = [m for m in view.mentions if m.start >= b and m.type in _QUALIFIERS]
    if after and linked(view.text[b : after[0].start]):
        return after[0]
    return None


def group_id(concept: str, qualifier: str | None = None) -> str:
    return f"{PREFIX}{concept}" + (f"@{qualifier}" if qualifier else "")


def described_entity(entity_id: str, lookup=None) -> Entity | None:
    """The unlinked entity of a described group's id (None for any other id): "Presidential
    Guard (Niger)", a state organ of its country; "Rebels (Yemen)", a group of its own."""
    if not entity_id.startswith(PREFIX):
        return None
    concept, _, qualifier = entity_id[len(PREFIX):].partition("@")
    words = concept.replace("_", " ").title()
    q = lookup(qualifier) if lookup is not None and qualifier else None
    name = f"{words} ({q.name if q is not None else qualifier})" if qualifier else words
    facts: dict[str, str] = {"kind": HOW, "concept": concept}
    base = vocabulary(None)
    if qualifier and q is not None and q.type == "country" and concept in base.state_organs:
        facts["country"] = qualifier  # the state's organ: its acts are the state's
    elif qualifier and q is not None and q.type == "place" and (
            concept in base.state_organs or concept in base.place_sides):
        facts["side_of"] = qualifier  # the place's own government or side: it acts for it
    elif qualifier:  # a country's rebels are not that country's side
        facts["qualifier"] = qualifier
    return Entity(entity_id, name, "organization", (name,), linked=False, facts=facts)


def side_of(entity: Entity | None) -> str | None:
    """The country or place a described group acts for (its state, or the place whose own
    government or side it is), else None."""
    facts = (entity.facts or {}) if entity is not None else {}
    if facts.get("kind") != HOW and not facts.get("forces_of"):
        return None
    return facts.get("country") or facts.get("side_of") or facts.get("forces_of")


_FORCES: dict[int, tuple[object, dict[str, str]]] = {}


def forces_of(kb) -> dict[str, str]:
    """country id -> the id of the knowledge base's record of its national armed forces."""
    if kb is None:
        return {}
    slot = _FORCES.get(id(kb))
    if slot is None or slot[0] is not kb:
        table = {str(f): e.id for e in getattr(kb, "entities", {}).values()
                 if (f := (e.facts or {}).get("forces_of"))}
        _FORCES.clear()
        slot = _FORCES[id(kb)] = (kb, table)
    return slot[1]


def resolved(d: Described, voc: Vocabulary, usual: dict[str, str],
             forces: dict[str, str]) -> str:
    """The entity id a described group stands for (`usual`: concept -> the one id the
    document qualifies it as; `forces`: country -> its armed forces' record)."""
    q = d.qualifier
    if q is None:
        return usual.get(d.concept) or group_id(d.concept)
    if q.type == "organization":
        return q.entity_id  # "Houthi rebels": the Houthis
    state = q.stands_for or (q.entity_id if q.type == "country" else None)
    if d.concept in voc.state_organs and state:
        if d.concept == MILITARY and state in forces:
            return forces[state]
        return group_id(d.concept, state)
    if q.type == "place" and (d.concept in voc.state_organs or d.concept in voc.place_sides):
        # "Karabakh authorities", "Karabakh separatists": the place's own government or side
        return group_id(d.concept, q.entity_id)
    return group_id(d.concept, q.entity_id)


MILITARY = "military"  # the concept whose country's record is its national armed forces


def usual_readings(views: list[SentenceView], forces: dict[str, str]) -> dict[str, str]:
    """concept -> the id its qualified mentions in the document resolve to, when they all
    resolve to one ("Niger's junta … the junta": Niger's)."""
    seen: dict[str, set[str]] = {}
    for view in views:
        voc = vocabulary(view.lang)
        for d in find_described(view):
            if d.qualifier is not None:
                seen.setdefault(d.concept, set()).add(resolved(d, voc, {}, forces))
    return {c: next(iter(ids)) for c, ids in seen.items() if len(ids) == 1}


PLACED, UNPLACED = 0.8, 0.5  # a described mention's confidence: qualified in its sentence or not


def _mention(document: Document, view: SentenceView, a: int, b: int, eid: str,
             lookup, placed: bool = True) -> LocalMention:
    start, end = document.span(view.sentence, a, b)
    m = Mention(start, end, document.original_text[start:end], eid, view.sentence.index,
                confidence=PLACED if placed else UNPLACED, how=HOW)
    return LocalMention(a, b, m, described_entity(eid, lookup) or lookup(eid))


def with_state_organs(document: Document, view: SentenceView, forces: dict[str, str],
                      lookup) -> SentenceView:
    """The view with each state organ its country qualifies ("Niger's presidential guard",
    "la junte nigérienne", "ニジェールの軍事政権") read as one name: the organ, whose acts
    `parties` gives its country too. The country named only to qualify it is not read apart."""
    voc = vocabulary(view.lang)
    merged: list[LocalMention] = []
    drop: set[int] = set()
    # (a group word a trigger needs stays the trigger's: "mengirim pasukan Rusia", sent troops)
    acts = [(h.start, h.end) for h in find_triggers(
        view.text, lexicon(view.lang), [(m.start, m.end) for m in view.mentions])]
    # (a group before a title only says whose the person is: "the junta leader Tchiani")
    lex = lexicon(view.lang)
    for d in find_described(view):
        q = d.qualifier
        if q is None or d.concept not in voc.state_organs or q.type != "country" or any(
                s < d.end and d.start < e for s, e in acts) or d.titled:
            continue
        if any(p.fullmatch(view.text, d.start, d.end) for p in lex.objects.values()):
            continue  # "North Korean troops were sent": what is sent or counted, maybe no actor
        a, b = min(q.start, d.start), max(q.end, d.end)
        merged.append(_mention(document, view, a, b, resolved(d, voc, {}, forces), lookup))
        drop.add(id(q))
    if not merged:
        return view
    keep = [m for m in view.mentions if id(m) not in drop
            and not any(x.start < m.end and m.start < x.end for x in merged)]
    return replace(view, mentions=tuple(sorted((*keep, *merged),
                                               key=lambda m: (m.start, -m.end))))


def described_mentions(document: Document, view: SentenceView, usual: dict[str, str],
                       lookup, forces: dict[str, str]) -> list[LocalMention]:
    """The sentence's other described groups as mentions of what they stand for."""
    voc = vocabulary(view.lang)
    return [_mention(document, view, d.start, d.end, resolved(d, voc, usual, forces), lookup,
                     placed=d.qualifier is not None)
            for d in find_described(view)
            # "군부 지도자는": the unnamed leader acts, not the group; a name after the title may
            # be another's ("das Militär Präsident Bazoum gestürzt": the military overthrew him)
            if not d.titled or any(m.type == "person" and 0 <= m.start - d.end <= 30
                                   for m in view.mentions)]

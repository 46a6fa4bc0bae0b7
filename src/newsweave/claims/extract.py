"""The claims of a document: each sentence's claims (`sentence.sentence_claims`) in reading
order, with what one sentence leaves to the next (its subject, the paragraph's date, an open
quotation), then one claim per act (`dedupe`) and the records' ids."""

from __future__ import annotations

import re
from dataclasses import replace

from newsweave.claims.anachronism import Offices, offices_of, present
from newsweave.claims.attribution import (
    continues_quote,
    find_attributions,
    open_quote,
    opening_speaker,
)
from newsweave.claims.dates import DateContext, paragraph_break
from newsweave.claims.dedupe import dedupe
from newsweave.claims.described import (
    HOW as DESCRIBED,
)
from newsweave.claims.described import (
    PLACED,
    PREFIX,
    described_entity,
    described_mentions,
    forces_of,
    side_of,
    usual_readings,
    with_state_organs,
)
from newsweave.claims.draft import CONTEXT_DATED, SPOKEN, Draft
from newsweave.claims.lexicon import Lexicon, lexicon
from newsweave.claims.parties import country_of, home_of
from newsweave.claims.roles import cue_of, joined_by_word
from newsweave.claims.sentence import Running, sentence_claims
from newsweave.claims.table import claim_type
from newsweave.claims.view import SentenceView, build_views, headline_lines
from newsweave.model import Analysis, Claim, Document, Entity
from newsweave.resources import Resources
from newsweave.time import find_times

DESCRIBED_COST = 0.1  # a group named by description is a weaker reading than a name


def extract_claims(document: Document, analysis: Analysis, resources: Resources) -> list[Claim]:
    kb = _kb(resources)
    analysis = _own_times(document, analysis)
    entities = {e.id: e for e in analysis.entities}

    def lookup(key: str) -> Entity | None:
        e = entities.get(key) or (kb.get(key) if kb is not None else None)
        if e is None and key.startswith(PREFIX):
            e = described_entity(key, lookup)
        if e is None:  # a fact may name its country rather than give its id
            e = next((x for x in entities.values() if x.name == key), None)
        return e

    def persons(ids: set[str]) -> set[str]:
        return {i for i in ids if (e := lookup(i)) is not None and e.type == "person"}

    def expand(ids: set[str]) -> set[str]:
        """The parties and the countries of those among them who have one."""
        return ids | {c for i in ids if (c := country_of(lookup(i), lookup))}

    def with_places(ids: set[str]) -> set[str]:
        """…and the countries of the places among them (a visit to 北京 is one to 中国)."""
        return expand(ids) | {home_of(i, lookup) for i in ids}

    offices = offices_of(kb)
    drafts: list[Draft] = []
    dates = DateContext()
    context_actors: list[str] = []
    attacked: dict[str, list[str]] = {}  # whom each party attacked last (`Running.attacked`)
    prev: SentenceView | None = None
    speaker: str | None = None  # whose quotation is open
    parts = list(_parts(build_views(document, analysis, kb)))
    forces = forces_of(kb)
    usual = usual_readings([view for _, view, _ in parts], forces)
    parts = [(n, with_state_organs(document, view, forces, lookup), head)
             for n, view, head in parts]
    for n, view, head in parts:
        lex = lexicon(view.lang)
        new_paragraph = prev is not None and (paragraph_break(document, prev, view) or
                                              prev.sentence.index == view.sentence.index)
        if new_paragraph and prev is not None and prev.sentence.index == view.sentence.index:
            context_actors = []  # a headline line tells its own story
        dates.advance(view, new_paragraph)
        headline = head or n == 0 or bool(
            document.title and view.text.strip() == document.title.strip())
        quoted = speaker if speaker and continues_quote(view) else None
        running = Running(context_actors, dates, headline, document.published, quoted,
                          attacked)
        found = sentence_claims(view, lex, running, lookup, persons)
        found += _by_described(document, view, lex, running, found, (usual, forces), lookup,
                               persons)
        # a quotation left open carries its speaker to the sentences that continue it
        speaker = open_quote(view, find_attributions(view, lex)) or quoted
        for d in found:
            # (a group named by description is the document's too, though no analysis found it)
            present(d, offices, lookup, document.published, set(entities) | {
                m.entity_id for m in d.view.mentions if m.mention.how == DESCRIBED})
        drafts.extend(found)
        for d in found:
            # (an act that hits what it is aimed at: the table's `location_is_target`)
            if claim_type(d.type).location_is_target and d.targets:
                for a in d.actors:
                    attacked[a] = list(d.targets)
        context_actors = _subjects(view, lex, found) or context_actors
        _carry_date(dates, view, lex, found, expand, persons)
        prev = view
    def side(eid: str) -> str:
        return country_of(lookup(eid), lookup) or eid

    return _records(document, dedupe(drafts, with_places, side))


def _by_described(document: Document, view: SentenceView, lex: Lexicon, running: Running,
                  found: list[Draft], readings: tuple[dict[str, str], dict[str, str]], lookup,
                  persons) -> list[Draft]:
    """The acts the sentence dropped for want of a named party, read again with its described
    groups ("the junta", "les rebelles") as parties: a described group never replaces a named
    one. Such a claim is told apart (`actor:described`) and weighs less."""
    extra = described_mentions(document, view, readings[0], lookup, readings[1])
    if not extra:
        return []
    mentions = tuple(sorted((*view.mentions, *extra), key=lambda m: (m.start, -m.end)))
    have = {(d.hit.start, d.hit.type) for d in found}
    ids = {m.entity_id for m in extra}
    out = []
    for d in sentence_claims(replace(view, mentions=mentions), lex, running, lookup, persons):
        if (d.hit.start, d.hit.type) in have or not ids & set(d.actors):
            continue
        # a name the sentence gave no actor's role is not one beside the group ("das Militär
        # Präsident Bazoum gestürzt": Bazoum is whom it overthrew)
        own = ids | {c for i in ids if (c := side_of(lookup(i)))}
        d.targets += [a for a in d.actors if a not in own and a not in d.targets]
        d.actors = [a for a in d.actors if a in own]
        d.confidence -= DESCRIBED_COST
        d.signals.append("actor:described")
        if not {m.entity_id for m in extra if m.mention.confidence >= PLACED} & set(d.actors):
            # its country or body is not in the sentence: the document's, or none
            d.signals.append("actor:unplaced")
        if all(a.startswith(PREFIX) for a in d.actors):
            d.signals.append("actor:unnamed")  # no country or body named for the group
        out.append(d)
    return out


def _own_times(document: Document, analysis: Analysis) -> Analysis:
    """The times a claim may be dated by: its text's, resolved against the publication date.
    An undated document's estimated month (`reference_date`, from other sources' events) only
    places the document; a day it resolves ("26日" read as April) would date a claim by guess."""
    if document.published or not document.reference_date:
        return analysis
    return replace(analysis, times=tuple(find_times(replace(document, reference_date=None))))


def _carry_date(dates: DateContext, view: SentenceView, lex: Lexicon, found: list[Draft],
                expand, persons) -> None:
    """Tell the running date what this sentence dated: a leader's claims relate to his
    country's, and a sentence whose claims took the running date goes on with its report."""
    parties = {p for d in found for p in (*d.actors, *d.targets)}
    speakers = persons({d.attributed_to for d in found if d.attributed_to})
    dates.record(view, expand(parties), persons(parties), speakers)
    cont = lex.cues.get("pronoun")
    if any(CONTEXT_DATED in d.notes for d in found) and (
            persons(parties) & dates.persons or (cont and cont.search(view.text[:40]))):
        dates.keep(expand(parties), persons(parties), speakers)  # the same people's report


def _parts(views: list[SentenceView]):
    """(sentence number, view, is a headline line) for every line of every sentence: a
    sentence run across headline lines is read line by line."""
    for n, whole in enumerate(views):
        parts = headline_lines(whole, first=n == 0)
        for k, part in enumerate(parts):
            yield (n if k == 0 else -1), part, k < len(parts) - 1


def _kb(resources: Resources | None):
    try:
        return resources.kb if resources is not None else None
    except Exception:  # a broken knowledge base must not stop claim extraction
        return None


def _subjects(view: SentenceView, lex: Lexicon, found: list[Draft]) -> list[str]:
    """Who the sentence is about, for a following "he"/"mereka"/両首脳 or a dropped subject:
    the actors of its last claim, else a person it opens with as subject."""
    if found:
        last = found[-1]
        if SPOKEN in last.notes and last.attributed_to:
            # "Blinken said Russia trains them. He warned…": the speaker goes on (with those
            # who spoke with him: "Mali and Burkina Faso warned … These two countries…")
            if last.attributed_to in last.actors and claim_type(last.type).speech:
                return list(last.actors)
            return [last.attributed_to]
        if claim_type(last.type).partner_is_actor:  # "Putin met Kim. They…": both sides
            return list(last.actors) + [t for t in last.targets if t not in last.actors]
        return list(last.actors)
    prev = 0
    for m in view.mentions:
        cue = cue_of(view, m, lex, prev)
        prev = m.end
        if m.type != "person":
            continue
        if cue.role == "actor" or (cue.role is None and not lex.roles_after and (
                m.start <= 25 or _apposed_subject(view.text, m))):
            return [m.entity_id]
    if together := _named_together(view, lex):
        return together
    if (opening := opening_speaker(view, lex)) is not None:
        return [opening[0].entity_id]  # "Russia said the talks failed. They called on…"
    return []


def _apposed_subject(text: str, m) -> bool:
    """Is the name set off by commas right after the sentence's opening title ("Der
    Interimspräsident des Tschad, Mahamat Déby, twitterte…"): the subject it names?"""
    return bool(re.fullmatch(r"[^\w,]{0,3}[^\W\d][^,.;:!?]{0,50},\s*", text[: m.start])) and (
        text[m.end : m.end + 1] == ",")


def _named_together(view: SentenceView, lex: Lexicon) -> list[str]:
    """The two states or bodies a sentence with no act names, joined ("in Burkina Faso and Mali
    they said…"): what a following "these two countries", "they" or dropped subject refers to.
    Only a pair joined by a coordinating word and nothing else of their kind: the tail of a
    longer list ("the presidents of Benin, Ghana… and the ministers of Cape Verde and
    Liberia") is no topic."""
    sides = [m for m in view.mentions if m.type in ("country", "organization")]
    pronoun = lex.cues.get("pronoun")
    if len({m.entity_id for m in sides}) != 2 or any(m.type == "person" for m in view.mentions) \
            or (pronoun and pronoun.search(view.text)):
        return []  # ("Russia and Ukraine, he said, must talk": a sentence about him)
    a, b = sides[0], next(m for m in sides if m.entity_id != sides[0].entity_id)
    if 0 <= b.start - a.end <= 12 and joined_by_word(view.text, a.end, b.start, lex):
        return [a.entity_id, b.entity_id]
    return []


def _records(document: Document, drafts: list[Draft]) -> list[Claim]:
    out = []
    for n, d in enumerate(drafts, 1):
        s = d.view.sentence
        out.append(
            Claim(
                id=f"{document.id}-c{n}",
                doc=document.id,
                type=d.type,
                actors=tuple(d.actors),
                targets=tuple(d.targets),
                modality=d.modality,  # type: ignore[arg-type]
                start=s.start,
                end=s.end,
                text=document.original_text[s.start : s.end],
                lang=d.view.lang,
                sentence=s.index,
                location=d.location,
                date=d.date,
                quantity=d.quantity,
                attributed_to=d.attributed_to,
                confidence=d.confidence,
                trigger=d.hit.surface,
                signals=tuple(d.signals),
                raw_confidence=d.confidence,
                denies=d.denies,
            )
        )
    return out


__all__ = ["Offices", "extract_claims"]

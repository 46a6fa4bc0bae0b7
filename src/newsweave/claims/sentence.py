"""The claims of one sentence, in named steps:

1. trigger        `triggers.find_triggers`: the words that type a claim (lexicon data)
2. clause filters `clauses.skipped_before_roles`: the trigger is part of another act (denied,
                  asked for, a hypothesis, an example, an agreement to keep)
3. roles          `roles.assign`: actors, targets and place from particles, prepositions, word
                  order and voice; then `parties.find_parties`: pronouns, dropped subjects,
                  sides, a leader's country, a quoted speaker (the claim-type table decides)
4. dating         `dates.date_claim`: the sentence's date, else the running paragraph's
5. modality       `voice.claim_modality`: negation, hedges, plans, questions; who says so
   (then `clauses.skipped_after_dating`: a scene or background clause without its own date)
   and the number it is about (`quantities.pick_quantity`)

Step 6, dedupe, runs over the whole document (`dedupe.dedupe`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsweave.claims.assemble import build
from newsweave.claims.attribution import find_attributions, source_phrases
from newsweave.claims.clauses import (
    skipped_after_dating,
    skipped_before_roles,
    statement_about,
    told_about,
)
from newsweave.claims.dates import DateContext
from newsweave.claims.draft import Draft
from newsweave.claims.lexicon import Lexicon
from newsweave.claims.parties import home_of, mediators
from newsweave.claims.roles import assign
from newsweave.claims.signals import signals_of
from newsweave.claims.table import claim_type
from newsweave.claims.triggers import Hit, find_triggers
from newsweave.claims.view import SentenceView


@dataclass(slots=True)
class Running:
    """What the sentences before this one leave to it."""

    actors: list[str]  # who the previous sentence was about ("he", dropped subjects)
    dates: DateContext  # the running paragraph's date
    headline: bool  # a headline line: "Kim to visit Russia" is a plan
    published: str | None
    quoted: str | None = None  # the speaker of a quotation this sentence continues
    # whom each party attacked last in the document (a directed act's targets)
    attacked: dict[str, list[str]] = field(default_factory=dict)


def sentence_claims(view: SentenceView, lex: Lexicon, run: Running, lookup,
                    persons) -> list[Draft]:
    """The claims of one sentence (`persons(ids)`: the persons among entity ids)."""
    if not view.mentions and not run.actors and not run.quoted:
        return []
    amounts = tuple((q.start, q.end, q.quantity.unit or "") for q in view.quantities
                    if q.quantity.unit and not q.quantity.problem)
    # a name the knowledge base does not know, of no party's kind, may be the act's own name
    unknown = [(m.start, m.end) for m in view.mentions
               if m.type == "other" and m.entity is not None and not m.entity.linked]
    hits = find_triggers(view.text, lex, [(m.start, m.end) for m in view.mentions
                                          if (m.start, m.end) not in unknown], amounts, unknown)
    if not hits:
        return []
    atts = find_attributions(view, lex)
    cont = lex.cues.get("pronoun")
    continues = bool(cont and cont.search(view.text[:40]))
    # "According to KBS, …" (or "according to the report", a source we cannot name) starts a
    # new report, unless it names someone of the running one ("Menurut TASS, Choe
    # mengatakan…" after Choe's meeting)
    named = {m.entity_id for m in view.mentions if m.type == "person"}
    new_report = not (named & run.dates.persons) and any(a.kind == "according" for a in atts)
    # sources ("according to X") and go-betweens ("through the mediation of X") are no parties
    sources = source_phrases(view, lex) | mediators(view, lex)

    def context_date(parties: set[str]):
        return run.dates.context(continues, parties, persons(parties), new_report, named)

    out = []
    denied: list[Hit] = []  # the acts a denial in this sentence denies
    for hit in hits:
        if skip := skipped_before_roles(view, hit, hits, lex):
            if skip == "denied_content":
                denied.append(hit)
            continue
        row = claim_type(hit.type)
        roles = assign(view, hit, lex, sources, partner_is_actor=row.partner_is_actor,
                       hits=hits, noun_needs_owner=row.directed)
        if hit.nominal and row.noun_is_object and not roles.cued:
            continue  # "the coup", "a ceasefire": an act only when grammar names who did it
        if not roles.owned and statement_about(view.text, hit, hits, lex):
            continue  # "condenó el envío de tropas": the speaker did not send them
        if told_about(view, hit, lex):
            continue  # 攻撃について説明した: he told of it, no owner says who did it
        if row.actor_is_side and roles.perpetrators:
            roles.attacked = list(dict.fromkeys(
                t for p in roles.perpetrators for t in run.attacked.get(p.entity_id, ())))
        d = build(view, hit, roles, lex, atts, run.actors, context_date, run.headline, lookup,
                  run.published, run.quoted)
        if skipped_after_dating(view, hit, d, lex, lookup):
            continue
        if d is not None and d.confidence >= lex.min_confidence:
            named = {m.entity_id for m in roles.actors}
            d.signals = signals_of(d, headline=run.headline, cued=roles.cued,
                                   triggers_in_sentence=len(hits),
                                   pronoun_subject=not named & set(d.actors))
            out.append(d)
    out = _without_means(out)
    out = _without_demands(out)
    for d in out:
        if claim_type(d.type).denial and denied:
            # the denied act nearest the denial verb is what it denies
            d.denies = min(denied, key=lambda h: abs(h.start - d.hit.start)).type
    _victims_are_the_attacked(out, lookup)
    return out


def _without_means(drafts: list[Draft]) -> list[Draft]:
    """"The guards surrounded the palace and ousted the president": an act the same actor
    carries out another by (a coup's siege, the claim-type table's `absorbs`) is that act."""
    whole = [(a, claim_type(a.type).absorbs) for a in drafts if claim_type(a.type).absorbs]
    if not whole:
        return drafts
    return [d for d in drafts if not any(
        a is not d and d.type in means and set(a.actors) & set(d.actors) for a, means in whole)]


def _without_demands(drafts: list[Draft]) -> list[Draft]:
    """"ECOWAS issued an ultimatum to the junta and demanded that it restore order": a demand
    its speaker backs with a warning to the same party in the same sentence is the warning's
    content (an ultimatum is a demand and a threat), not an appeal of its own."""
    warns = [w for w in drafts if claim_type(w.type).threat and w.targets]
    return [d for d in drafts if not (claim_type(d.type).appeal and any(
        set(w.actors) & set(d.actors) and set(w.targets) & set(d.targets)
        and w.hit.start < d.hit.start for w in warns))]


def _victims_are_the_attacked(drafts: list[Draft], lookup) -> None:
    """"米軍はフーシ派の拠点を空爆し、戦闘員5人が死亡した": the dead of an act's aftermath whose
    clause names no side of its own took the sentence's subject, the attacker; they are the
    attacked side's (`actor_is_side` after a `directed` act). With no target named, they are
    the side of whoever tells of them ("Karabakh officials said Azerbaijan's shelling killed
    dozens"), if that is not the attacker."""
    for d in drafts:
        if not claim_type(d.type).actor_is_side:
            continue
        for a in drafts:
            if (a is d or not claim_type(a.type).directed or a.hit.end > d.hit.start
                    or not set(d.actors) <= set(a.actors)):
                continue
            # (a name right after the act's noun is its owner, not the dead's side: "el ataque
            # estadounidense contra…", "удар России по…")
            own = [m for m in d.view.mentions if m.entity_id in d.actors
                   and a.hit.end <= m.start < d.hit.start
                   and d.view.text[a.hit.end:m.start].strip()]
            if own:  # the side was named between the act and its dead
                break
            side = list(a.targets) or (
                [d.attributed_to] if d.attributed_to and d.attributed_to not in a.actors else []
            ) or next((list(s.actors) for s in drafts if claim_type(s.type).speech
                       and s.actors and not set(s.actors) & set(a.actors)
                       and any(m.entity_id in s.actors and m.end <= a.hit.start
                               for m in d.view.mentions)), [])
            # ("the guards said “the army shelled our camp and 30 died” and demanded…": the
            # dead are the side that tells and protests, named before the attack, not the
            # attacker's; not a third party's condemnation after it)
            if side:
                # a place speaks for its own people ("Karabakh officials"), not its country's
                d.actors = list(dict.fromkeys(
                    t if (e := lookup(t)) is not None and e.type == "place" else home_of(t, lookup)
                    for t in side))
                d.targets = [t for t in d.targets if t not in d.actors]
            break

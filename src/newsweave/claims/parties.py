"""Step 3b, parties: the claim's actors, targets, place and source, from the roles grammar
found, the running context (pronouns, dropped subjects, an open quotation) and the claim-type
table (whose side the dead are, whether a leader's act is his country's, whether the act needs
two sides). None when the sentence names no one who could have done it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsweave.claims.addressee import addressees
from newsweave.claims.attribution import Attribution, find_attributions, pick_attribution
from newsweave.claims.described import HOW as DESCRIBED
from newsweave.claims.described import side_of
from newsweave.claims.lexicon import Lexicon
from newsweave.claims.roles import Roles, coordinated
from newsweave.claims.table import ClaimType
from newsweave.claims.triggers import Hit
from newsweave.claims.view import LocalMention, SentenceView
from newsweave.model import Entity
from newsweave.quantity.units import measure_of


@dataclass(slots=True)
class Parties:
    actors: list[str]
    targets: list[str]
    location: str | None
    attribution: Attribution | None  # the cue that governs the trigger
    speaker: str | None  # who says so: the attribution's source, or an open quotation's
    confidence: float  # running: how firmly grammar and context gave the parties


def find_parties(view: SentenceView, hit: Hit, row: ClaimType, roles: Roles, lex: Lexicon,
                 atts: list[Attribution], context_actors: list[str], lookup,
                 quote_speaker: str | None = None) -> Parties | None:
    heard = addressees(view)
    if heard:  # "X told Y …": Y hears of the act, he did not do it
        roles.actors = [m for m in roles.actors if id(m.mention) not in heard]
    actors = ids(roles.actors, govern=True)
    # a capital visited is a place; a capital accused or attacked is its government
    # a known weapon, treaty or event is what the act concerns, not a party to it
    targets = [t for t in ids(roles.targets, govern=not row.goal_is_place) if t not in actors
               and not ((e := lookup(t)) is not None and e.type == "other" and e.linked)]
    # a named other party: the target, or a meeting's partner ("met with Kim", 金正恩と会談)
    confidence = 0.5 + (0.15 if roles.cued else 0.1) + (0.1 if targets or roles.partnered
                                                         else 0.0)
    if row.actor_is_side and not actors and _side_named(view, hit, roles):
        context_actors = []  # "…機は、5名が死亡": the dead are the side named before them
    actors, adjust = _context_subject(view, hit, roles, lex, actors, targets, context_actors,
                                      lookup, heard)
    if row.actor_is_side and roles.perpetrators:
        # the previous sentence's subject is not the side of the dead its act caused ("Rusia
        # atacó Ucrania. A causa de la operación de Rusia murieron 30")
        hurt = {m.entity_id for m in roles.perpetrators}
        kept = [a for a in actors if a not in hurt]
        if not kept and actors:
            adjust = 0.0  # (nothing was taken from the context after all)
        actors = kept
    if adjust < 0 or not roles.actors:
        targets = [t for t in targets if t not in actors]  # the subject found is no object
    confidence += adjust
    att = pick_attribution(atts, hit)
    speaker = att.source.entity_id if att and att.source else None
    if att is not None and att.source is not None and att.source.mention.how == DESCRIBED:
        # "Ukrainian authorities said": the state says so, through its organ
        speaker = country_of(att.source.entity, lookup) or speaker
    if speaker and att is not None and att.kind == "according" and speaker in actors and (
            speaker not in ids(roles.actors, govern=True)):
        # "according to Lavrov, (they) signed…" with the subject dropped: the source of the
        # sentence is not its subject; an official tells of his own state's act
        c = country_of(lookup(speaker), lookup)
        actors = list(dict.fromkeys(c if a == speaker else a for a in actors
                                    if c or a != speaker))
    if not actors and row.actor_is_side:
        # the victims' or deserters' side: whoever the sentence names nearest the trigger
        # (a place counts: "погибли в Нагорном Карабахе" -- the people of that place)
        hurt = {id(m.mention) for m in roles.perpetrators}
        near = [m for m in view.mentions if m.type in ("country", "organization", "person",
                                                       "place")
                and m.end <= hit.start and id(m.mention) not in hurt]
        named = [t for t in targets if (e := lookup(t)) is None or e.type != "place"]
        actors, targets = (named or ([near[-1].entity_id] if near else [])
                           or list(roles.attacked)), []
    if row.actor_is_side:
        # the dead a ministry reports are its country's ("Bộ Quốc phòng X cho biết hai binh sĩ
        # của họ đã thiệt mạng"): the side is the state, not the office that speaks for it
        actors = list(dict.fromkeys(_state_of_ministry(a, lookup) for a in actors))
    places = [m.entity_id for m in [roles.origin, roles.location, *roles.targets]
              if m is not None and m.type == "place"]
    if not places and row.actor_is_side:
        # "…погибли 12 человек, 30 получили ранения": the injured are where the dead are
        places = [m.entity_id for m in view.mentions if m.type == "place"
                  and m.end <= hit.start][-1:]
    if actors and row.origin_is_side and (own := _people_of(view, lex)) and own not in actors:
        # "el gobierno armenio anunció la evacuación de 85.000 residentes de Nagorno-Karabaj":
        # the displaced are their place's side; who evacuated them is the other party
        targets = [a for a in actors if a not in targets] + targets
        actors = []
    if not actors and row.side_from_place and (own := _people_of(view, lex)):
        # "des habitants du Haut-Karabagh", "residents of Gaza": the people named by their
        # place are that place's, wherever else the sentence goes
        places = [own] + [p for p in places if p != own]
    goals = ids(roles.targets)
    if not actors and row.side_from_place and row.origin_is_side and (
            not places or places[0] in goals) and goals:
        # "des habitants de Kharkiv ont fui vers Poltava", "người dân Karabakh chạy sang
        # Armenia": where people went (a town or a country) is not whose they are; a place
        # named before the act is, when there is one
        before = [m.entity_id for m in view.mentions if m.type in ("place", "country")
                  and m.end <= hit.start and m.entity_id not in goals]
        places = before[-1:] + places
    if not actors and row.side_from_place and places:
        # "30 people were killed in Omdurman": with no side named, the dead are the place's
        actors, targets = places[:1], [t for t in targets if t != places[0]]
        confidence -= 0.05
    if not actors and row.place_is_actor:
        # "floods hit eastern Libya", "an earthquake in Turkey": the place it befell, else
        # the place or country the sentence names nearest the trigger
        where = next((m for m in [roles.location, roles.origin, *roles.targets]
                      if m is not None and m.type in ("place", "country")), None)
        pick = where or min((m for m in view.mentions if m.type in ("place", "country")),
                            key=lambda m: min(abs(m.start - hit.end), abs(hit.start - m.end)),
                            default=None)
        if pick is not None:
            actors, targets = [pick.entity_id], [t for t in targets if t != pick.entity_id]
            if where is None:
                confidence -= 0.1  # only near the trigger, not in its grammar
    if row.origin_is_side and actors and (own := _people_of(view, lex)) and own not in targets:
        # "el gobierno armenio anunció la evacuación de 85.000 residentes de Nagorno-Karabaj":
        # the people named by their place are that place's side, whoever announced or ran it
        actors = [own] + [a for a in actors if a != own]
    if row.origin_is_side and roles.origin is not None:
        # "người Armenia đổ ra khỏi Nagorno-Karabakh": the displaced are the place's people
        actors = [roles.origin.entity_id]
        targets = [t for t in targets if t != roles.origin.entity_id]
    if row.actor_is_side:
        # a place's people are the place's and its country's side ("killed in Pyongyang":
        # Pyongyang, North Korea; "погибли в Нагорном Карабахе": Karabakh, whose country is
        # disputed -- the place itself is never lost)
        actors = list(dict.fromkeys(x for a in actors for x in (a, home_of(a, lookup))))
    if row.people_act:
        # a leader resigns or takes office, a council decrees: a country or place named alone
        # stands where the reader missed the person's name
        actors = [a for a in actors if (e := lookup(a)) is None
                  or e.type not in ("country", "place")]
    said = att if att is not None and att.kind == "speech" and att.source is not None else None
    if (not actors and row.speech and said is not None and said.source.start >= hit.end
            and _said_after(view.text[hit.end : said.source.start])
            and not _media(lookup(said.source.entity_id), lex)):
        # "any attack would be punished, the Houthis said": the warning in the words said
        # before the speaker is his own (his name after the verb read as its object is not
        # the one warned); only words set off before him by a comma or a quotation mark
        actors = [said.source.entity_id]
        confidence -= 0.05
    if row.speech and said is not None and actors == [said.source.entity_id]:
        # "в Буркина-Фасо и Мали заявили", "Russia and China said": all who speak together
        actors = _with_coordinated(view, said.source, lex)
        targets = [t for t in targets if t not in actors]
    if (row.speech and said is not None and actors and said.source.start < hit.start
            and _quoted(view.text[said.source.end : hit.start])
            and (who := said.source.entity_id) not in actors + targets
            and (e := lookup(who)) is not None and e.type == "person"
            and set(actors) == {country_of(e, lookup)}):
        # "Austin said: 'the United States will not hesitate to act'": a warning or charge
        # his words make in his own state's name is his, for his state
        actors = [who, *actors]
    if not actors and quote_speaker and row.speech:
        actors = [quote_speaker]  # the quoted words are the speaker's own concern or warning
        confidence -= 0.05
    if not actors:
        return None
    if not row.media_voice and all(_media(lookup(a), lex) for a in actors):
        return None  # a newsroom's own doings ("asked for comment") are no news event
    if row.goal_is_place:
        # one visits places, countries and bodies; a person named there is met, not visited
        targets = [t for t in targets if (e := lookup(t)) is None or e.type != "person"]
        if not targets and roles.location is not None:
            targets = [roles.location.entity_id]
        if not targets and not _counted_object(view, hit, row):
            return None
    if row.leader_brings_country:
        for a in list(actors):
            # an armed group's head acts for his group, where the knowledge base says he heads it
            actors += [g for g in groups_led(lookup(a), lookup)
                       if g not in actors and g not in targets]
            c = country_of(lookup(a), lookup)
            if c and c not in actors and c not in targets:
                actors.append(c)
    if not row.people_act:
        actors, targets = _organs_states(view, actors, targets, lookup)
    if row.two_sided and sides(actors + targets, lookup) < 2 and not any(
            _members(lookup(i), lex) for i in actors + targets):
        return None
    location = roles.location.entity_id if roles.location else None
    if att is None and quote_speaker:
        speaker = quote_speaker
    return Parties(actors, targets, location, att, speaker, confidence)


def _quoted(gap: str) -> bool:
    """Does a quotation open in `gap` and stay open (the words after it are quoted)?"""
    opened = sum(gap.count(q) for q in "“«「『„") - sum(gap.count(q) for q in "”»」』")
    return opened > 0 or gap.count('"') % 2 == 1


def _organs_states(view: SentenceView, actors: list[str], targets: list[str], lookup
                   ) -> tuple[list[str], list[str]]:
    """A state organ known by its description ("Niger's junta", "the presidential guard" of a
    country) acts for its state: the country follows it among the same parties."""
    organs = {m.entity_id for m in view.mentions if m.mention.how == DESCRIBED}
    if not organs & {*actors, *targets}:
        return actors, targets

    def state(i: str) -> str | None:
        return side_of(lookup(i)) if i in organs else None

    def states(ids: list[str]) -> set[str]:
        return {c for i in ids if (c := state(i))}

    def grown(ids: list[str], other: set[str]) -> list[str]:
        out: list[str] = []
        for i in ids:
            if i not in out and i not in other:
                out.append(i)
            c = state(i)
            if c and c not in out:
                out.append(c)
        return out

    # (the organ's state is on the organ's side: "the junta closed Niger's airspace")
    acting = states(actors)
    return grown(actors, set()), grown(targets, acting - states(targets))


def _people_of(view: SentenceView, lex: Lexicon) -> str | None:
    """The place or country a word for people names as theirs: "habitants du Haut-Karabagh",
    "residents of Gaza", "dân ở Nagorno-Karabakh", "cư dân Gaza" (a people word of the
    lexicon's objects, then a possessive or a place preposition, or nothing, and the name)."""
    people = lex.objects.get("people")
    ofs = [p for k in ("possessor", "location") if (p := lex.roles_before.get(k)) is not None]
    if people is None:
        return None
    for m in view.mentions:
        if m.type not in ("place", "country"):
            continue
        lead = view.text[max(0, m.start - 40) : m.start]
        for w in people.finditer(lead):
            rest = lead[w.end() :]
            if (any(of.search(rest) for of in ofs) and not rest.strip(" ").count(" ") > 1) or (
                    rest and not rest.strip()):
                # (or the name right after the word: "cư dân Gaza", "warga Gaza", "жителей
                # Газы" own it with no preposition)
                return m.entity_id
    return None


def _counted_object(view: SentenceView, hit: Hit, row: ClaimType) -> bool:
    """Does the trigger's clause count what the act took ("seized more than 40 positions",
    "7 vehicles were captured")? Things counted by a measure the type counts are its object
    when no place is named."""
    return any(q.quantity.unit and measure_of(q.quantity.unit) in row.measures
               and abs((q.start - hit.end) if q.start >= hit.end else (hit.start - q.end)) <= 60
               for q in view.quantities)


def _side_named(view: SentenceView, hit: Hit, roles: Roles) -> bool:
    """Does the sentence name, before the trigger, a country, body or place that is not the
    perpetrator (the side of the dead, rather than whom the previous sentence was about)?"""
    hurt = {id(m.mention) for m in roles.perpetrators}
    return any(m.type in ("country", "organization", "place") and m.end <= hit.start
               and id(m.mention) not in hurt for m in view.mentions)


def _context_subject(view: SentenceView, hit: Hit, roles: Roles, lex: Lexicon,
                     actors: list[str], targets: list[str], context_actors: list[str],
                     lookup, heard: frozenset[int] = frozenset()) -> tuple[list[str], float]:
    """A pronoun or a dropped subject takes its person from earlier: the last person named in
    the same sentence ("Kim left Pyongyang on the 10th … and he visited"), else the previous
    sentence's actors. Returns the actors and the confidence this costs."""
    pronoun = lex.cues.get("pronoun")
    # the subject is a pronoun when one stands between the last named actor and the verb
    # ("…Korea Utara dan Rusia. Dia memperingatkan"), or the verb opens the sentence with no
    # subject at all (dropped subjects: ja, ko, and machine translations from them)
    last = max((m.end for m in roles.actors if m.end <= hit.start), default=0)
    lead = view.text[max(last, hit.start - 30) : hit.start]
    has_pronoun = bool(pronoun and pronoun.search(lead))
    if not last and (state := _state_referred(view, hit, lex, context_actors, lookup)):
        # "Nước này đã đề nghị…", "The country also asked…": the state just told of
        return [state] + [a for a in actors if a != state], -0.05
    # ("La organización regional también ha decidido suspender…": a body's subject may stand
    # further back than a pronoun, past an auxiliary and a verb it governs)
    wide = view.text[max(last, hit.start - 60) : hit.start]
    if (body := _body_referred(view, hit, lex, wide, context_actors, lookup)) is not None:
        # "…ECOWAS's deadline expired, and the group confirmed it was ready to intervene"
        return [body] + [a for a in actors if a != body and a not in
                         {m.entity_id for m in roles.actors if m.end <= hit.start}], -0.05
    if not has_pronoun and not last and _group_subject(view.text, hit, lex):
        # "Länder haben Sanktionen verhängt": the countries the previous sentence named
        states = [a for a in context_actors if (e := lookup(a)) is not None
                  and e.type in ("country", "organization")]
        if states:
            return actors + [a for a in states if a not in actors and a not in targets], -0.1
    # (a noun opening a sentence of a spaced language names an act, not a dropped subject:
    # "Kunjungan Kim ke Rusia…", "The strikes targeted…")
    dropped = not roles.subject and (lex.pro_drop or not view.text[: hit.start].strip(
        " \t\"'“”「")) and not (hit.nominal and lex.spaced)
    earlier = [m.entity_id for m in view.mentions if m.end <= hit.start and m.type == "person"
               and m.entity_id not in targets and id(m.mention) not in heard]
    later = [a for a in actors if a not in {m.entity_id for m in roles.actors
                                            if m.end <= hit.start}]  # partners after the verb
    plural = lex.cues.get("plural_pronoun")
    # ("바바얀 씨는 양측이 … 합의했지만": "both sides" is not the one person who speaks)
    many = bool(plural and plural.search(lead))
    if has_pronoun and earlier and not many:
        return [earlier[-1]] + [a for a in later if a != earlier[-1]], 0.0
    they = plural or lex.cues.get("pronoun")
    said = _speaker_before(view, lex, hit.start - len(lead)) if (
        has_pronoun and they is not None and _right_before(they, lead)) else None
    if said is not None and many and (e := lookup(said)) is not None and e.type == "person":
        said = None
    # ...nor is any one person named before it ("X said both sides agreed")
    one_person = {m.entity_id for m in roles.actors if m.end <= hit.start
                  and m.type == "person"} if many and has_pronoun else set()
    if said is not None:
        # "Russia said the offer had been rejected by Kyiv, adding that they condemned…",
        # "阿爾察赫共和國表示,…他們…只能同意": the state or body that speaks is "they" in its
        # words, not a name in a clause between nor the previous sentence's subject
        return [said] + [a for a in later if a != said], -0.05
    if (has_pronoun and len(context_actors) == 1 and (plural := lex.cues.get("plural_pronoun"))
            and plural.search(lead) and sides(context_actors, lookup) == 1
            and (last or any(m.end <= hit.start and m.type in ("organization", "country")
                             for m in view.mentions)
                 or ((e := lookup(context_actors[0])) is not None and e.type == "person"))):
        # "they" is not the one person of the previous sentence; nor, after a state or body
        # named in its own sentence, the previous sentence's one ("X表示,…他們…同意")
        return [a for a in actors if a not in one_person], 0.0
    if context_actors and (has_pronoun or dropped):
        if has_pronoun:
            actors = later  # the pronoun, not an earlier place or country, is the subject
        return actors + [a for a in context_actors if a not in actors and a not in targets], -0.1
    return [a for a in actors if a not in one_person], 0.0


def _state_referred(view: SentenceView, hit: Hit, lex: Lexicon, context_actors: list[str],
                    lookup) -> str | None:
    """The one state the previous sentence was about, when "the country" (nước này, 该国)
    opens this one before the trigger as its subject."""
    ref = lex.cues.get("state_reference")
    if ref is None:
        return None
    opening = len(view.text) - len(view.text.lstrip(" \t\"'“«—-"))
    found = ref.match(view.text, opening)
    if found is None or found.end() > hit.start:
        return None
    states = [a for a in context_actors if (e := lookup(a)) is not None and e.type == "country"]
    return states[0] if len(states) == 1 else None


def _body_referred(view: SentenceView, hit: Hit, lex: Lexicon, lead: str,
                   context_actors: list[str], lookup) -> str | None:
    """The organisation a definite "the group", "the bloc", "المجموعة", "该组织" stands for, as
    the trigger's subject (in the words before it, after the last name) or a noun trigger's
    owner right after it ("serangan kelompok tersebut"): the last organisation named before
    it in the sentence, else the one the previous sentence was about. None when there is no
    such word or no single organisation it can be."""
    ref = lex.cues.get("body_reference")
    if ref is None:
        return None
    found = ref.search(lead)
    at = hit.start - len(lead) + found.start() if found else None
    if found is None and hit.nominal:
        after = ref.match(view.text, hit.end + (view.text[hit.end : hit.end + 1] == " "))
        at = after.start() if after else None
    if at is None:
        return None
    named = [m.entity_id for m in view.mentions if m.type == "organization" and m.end <= at]
    if named:
        return named[-1]
    bodies = [a for a in context_actors if (e := lookup(a)) is not None
              and e.type == "organization"]
    return bodies[0] if len(bodies) == 1 else None


def _group_subject(text: str, hit: Hit, lex: Lexicon) -> bool:
    """Does the sentence open with a bare plural of states as the subject of its verb ("Länder
    haben …", "Die Staaten verhängten …")? Such a noun names no one itself: it stands for the
    states just named. Only right before the finite verb or the trigger, so that "Länder wie
    Mali haben …" or a qualified "Die Länder der Union …" keeps its own reading."""
    group = lex.cues.get("group_subject")
    m = group.match(text, len(text) - len(text.lstrip())) if group else None
    if m is None or m.end() > hit.start:
        return False
    rest = text[m.end() : hit.start].split()
    aux = lex.cues.get("auxiliary")
    return not rest or bool(aux and aux.fullmatch(rest[0]))


def country_of(entity: Entity | None, lookup) -> str | None:
    """The country a person or organisation belongs to (for leader-for-country)."""
    if entity is None or entity.type not in ("person", "organization"):
        return None
    c = (entity.facts or {}).get("country")
    if isinstance(c, list | tuple):
        c = c[0] if c else None
    if not c:
        return None
    e = lookup(str(c))
    return e.id if e is not None and e.type == "country" else None


def groups_led(entity: Entity | None, lookup) -> list[str]:
    """The armed groups a person heads by the knowledge base's offices ("Head of the Wagner
    Group", of: wagner-group): organisations of kind military that are no state's armed forces
    (`forces_of`) nor a part of them (`parent`)."""
    if entity is None or entity.type != "person":
        return []
    out = []
    for office in (entity.facts or {}).get("offices") or ():
        g = lookup(str(office.get("of") or "")) if isinstance(office, dict) else None
        facts = (g.facts or {}) if g is not None else {}
        if g is not None and g.type == "organization" and facts.get("kind") == "military" and (
                not facts.get("forces_of") and not facts.get("parent")) and g.id not in out:
            out.append(g.id)
    return out


def _state_of_ministry(entity_id: str, lookup) -> str:
    """A ministry's country (its `ministry:` role marks it in the knowledge base); anything
    else as it is."""
    e = lookup(entity_id)
    if e is None or not (e.facts or {}).get("ministry"):
        return entity_id
    return country_of(e, lookup) or entity_id


def home_of(entity_id: str, lookup) -> str:
    """The country of a place (Omdurman: Sudan); anything else as it is."""
    e = lookup(entity_id)
    if e is None or e.type != "place":
        return entity_id
    home = (e.facts or {}).get("country")
    return str(home) if home and lookup(str(home)) is not None else entity_id


def sides(ids: list[str], lookup) -> int:
    """How many sides the parties make: each person is one; a country or body of one of
    them is his side, not another."""
    ents = {i: lookup(i) for i in ids}
    persons = {i for i, e in ents.items() if e is not None and e.type == "person"}
    theirs = {country_of(ents[p], lookup) for p in persons}
    return len(persons) + len({i for i in ids if i not in persons and i not in theirs})


def _speaker_before(view: SentenceView, lex: Lexicon, at: int) -> str | None:
    """The state or body named as the subject of the last speech verb before `at` ("Russia
    said …", "X表示,…"), the verb before the words it governs."""
    best = None
    for a in find_attributions(view, lex):
        src = a.source
        if (a.kind == "speech" and src is not None and a.end <= at and src.end <= a.start
                and src.type in ("organization", "country") and not _media(src.entity, lex)
                and (best is None or a.end > best[0])):
            best = (a.end, src.entity_id)
    return best[1] if best else None


def _right_before(pronoun: re.Pattern[str], lead: str) -> bool:
    """Does the pronoun stand right before the verb (an adverb between: "they also called")?"""
    last = None
    for last in pronoun.finditer(lead):  # noqa: B007 - we want the last one
        pass
    return last is not None and len(lead[last.end() :].split()) <= 1


def _said_after(between: str) -> bool:
    """Do words end, set off by a comma or a quotation mark, before the speaker's verb and
    name ("…, said X", "« … », a déclaré X"), on the same line?"""
    return "\n" not in between and any(ch in between for ch in ",，、\"”»’」』—")


def _with_coordinated(view: SentenceView, m: LocalMention, lex: Lexicon) -> list[str]:
    """A name and those joined to it before it ("Burkina Faso and Mali said")."""
    out = [m.entity_id]
    ms = [x for x in view.mentions if x.end <= m.start]
    after = m.start
    for x in reversed(ms):
        if not coordinated(view.text, x.end, after, lex):
            break
        if x.entity_id not in out:
            out.insert(0, x.entity_id)
        after = x.start
    return out


def _members(e: Entity | None, lex: Lexicon) -> bool:
    """A body of member states (no agency of another): its meeting has many sides."""
    facts = (e.facts or {}) if e is not None else {}
    return (e is not None and str(facts.get("kind") or "") in lex.member_kinds
            and not facts.get("parent"))


def _media(e: Entity | None, lex: Lexicon) -> bool:
    return e is not None and str((e.facts or {}).get("kind") or "") in lex.media_kinds


def ids(ms: list[LocalMention], govern: bool = False) -> list[str]:
    """Entity ids of mentions, once each; `govern`: a capital stands for its government."""
    out: list[str] = []
    for m in ms:
        eid = (m.stands_for or m.entity_id) if govern else m.entity_id
        if eid not in out:
            out.append(eid)
    return out


# what may stand between a go-between's cue and his name: an article, a title, an apposition's
# comma ("de la médiation du président bélarusse, Loukachenko"); a clause's end may not
_TO_MEDIATOR = 50
_MEDIATOR_STOP = re.compile(r"[;:；：。!?！？]")
# names listed as one go-between: "Qatar and Egypt", "قطر ومصر", "卡塔尔、埃及"
_LISTED = frozenset({"、", "・", "/"})


def mediators(view: SentenceView, lex: Lexicon) -> frozenset[int]:
    """Mentions named as the go-between of an act: "through the mediation of Qatar", "بوساطة
    قطر", "при посредничестве Турции", "カタールの仲介で". Who brokered a truce is no party of
    it; without this he is read as its subject or co-signatory."""
    text, out = view.text, set()
    join = lex.cues.get("coordination")

    def listed(gap: str) -> bool:
        # (names side by side are not one list: "при посредничестве Турции Россия и Украина")
        return gap.strip() in _LISTED or bool(join and join.fullmatch(gap.strip()))

    after = lex.cues.get("mediator_after")  # the cue, then the name
    for c in after.finditer(text) if after else ():
        names = [m for m in view.mentions if m.start >= c.end()
                 and m.start - c.end() <= _TO_MEDIATOR
                 and not _MEDIATOR_STOP.search(text, c.end(), m.start)]
        if not names:
            continue
        chain = [names[0]]
        for m in names[1:]:
            prev = chain[-1]
            gap = text[prev.end : m.start]
            title = (prev.type in ("country", "organization") and m.type == "person"
                     and len(gap) <= 3)  # "du président bélarusse, Loukachenko"
            if m.start < prev.end or not (listed(gap) or title):
                break
            chain.append(m)
        out.update(id(m.mention) for m in chain)
    before = lex.cues.get("mediator_before")  # the name, then the cue (X の仲介で)
    for c in before.finditer(text) if before else ():
        edge = c.start()
        for m in reversed([m for m in view.mentions if m.end <= c.start()]):
            gap = text[m.end : edge]  # a particle or case ending (の, 의, की, 'ın), then a list
            if _MEDIATOR_STOP.search(gap) or (len(gap) > 6 if edge == c.start()
                                               else not listed(gap)):
                break
            out.add(id(m.mention))
            edge = m.start
    return frozenset(out)

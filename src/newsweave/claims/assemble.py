"""Put one claim together from a trigger: roles, date, place, quantity, source and modality."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from newsweave.claims.attribution import Attribution
from newsweave.claims.dates import sentence_date
from newsweave.claims.lexicon import Lexicon
from newsweave.claims.modality import modality
from newsweave.claims.roles import Roles
from newsweave.claims.table import claim_type
from newsweave.claims.triggers import Hit
from newsweave.claims.view import LocalMention, SentenceView
from newsweave.model import DateValue, Entity, QuantityValue
from newsweave.quantity.units import measure_of

CONTEXT_DATED = "date from context"
SPOKEN = "told by a named speaker"  # "X said …": X is who the sentence is about


@dataclass(slots=True)
class Draft:
    """A claim before it gets its id: what `Claim` needs, plus the sentence it came from."""

    type: str
    actors: list[str]
    targets: list[str]
    modality: str
    view: SentenceView
    hit: Hit
    location: str | None = None
    date: DateValue | None = None
    quantity: QuantityValue | None = None
    attributed_to: str | None = None
    confidence: float = 0.5
    notes: list[str] = field(default_factory=list)

    def key(self) -> tuple:
        return (self.type, frozenset(self.actors), frozenset(self.targets),
                self.date.value if self.date else None)


def pick_quantity(view: SentenceView, hit: Hit, ctype: str, lex: Lexicon) -> QuantityValue | None:
    """The quantity of the sentence whose unit fits the claim type, nearest the trigger."""
    measures = set(claim_type(ctype).measures)
    if not measures:
        return None
    qs = [q for q in view.quantities
          if q.quantity.value is not None and not q.quantity.problem
          and measure_of(q.quantity.unit) in measures]
    if not qs:
        return None
    q = min(qs, key=lambda q: min(abs(q.start - hit.end), abs(hit.start - q.end))).quantity
    return QuantityValue(float(q.value or 0), q.unit, q.approx, q.surface)


def pick_attribution(atts: list[Attribution], hit: Hit) -> Attribution | None:
    """The attribution that governs a trigger: the nearest cue that is not the trigger itself."""
    cands = [a for a in atts if not (a.start < hit.end and hit.start < a.end)]
    if not cands:
        return None
    named = [a for a in cands if a.source is not None] or cands
    return min(named, key=lambda a: min(abs(a.start - hit.end), abs(hit.start - a.end)))


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


def build(view: SentenceView, hit: Hit, roles: Roles, lex: Lexicon, atts: list[Attribution],
          context_actors: list[str], context_date: Callable[[set[str]], DateValue | None] | None,
          headline: bool,
          lookup, published: str | None = None, quote_speaker: str | None = None) -> Draft | None:
    """One claim of `hit`, or None. `quote_speaker` is who speaks when the sentence continues
    a quotation opened in an earlier sentence ("Aoki said, “… . This is very worrying.”")."""
    ctype = hit.type
    row = claim_type(ctype)
    actors = _ids(roles.actors, govern=True)
    # a capital visited is a place; a capital accused or attacked is its government
    # a known weapon, treaty or event is what the act concerns, not a party to it
    targets = [t for t in _ids(roles.targets, govern=not row.goal_is_place) if t not in actors
               and not ((e := lookup(t)) is not None and e.type == "other" and e.linked)]
    confidence = 0.5 + (0.15 if roles.cued else 0.1) + (0.1 if targets else 0.0)
    pronoun = lex.cues.get("pronoun")
    # the subject is a pronoun when one stands between the last named actor and the verb
    # ("…Korea Utara dan Rusia. Dia memperingatkan"), or the verb opens the sentence with no
    # subject at all (dropped subjects: ja, ko, and machine translations from them)
    last = max((m.end for m in roles.actors if m.end <= hit.start), default=0)
    lead = view.text[max(last, hit.start - 30) : hit.start]
    has_pronoun = bool(pronoun and pronoun.search(lead))
    dropped = not roles.subject and (lex.pro_drop or not view.text[: hit.start].strip(" \t\"'“”「"))
    # the person a pronoun stands for: the last one named earlier in the same sentence ("Kim
    # left Pyongyang on the 10th ... and he visited"), else the previous sentence's actors
    earlier = [m.entity_id for m in view.mentions if m.end <= hit.start and m.type == "person"
               and m.entity_id not in targets]
    later = [a for a in actors if a not in {m.entity_id for m in roles.actors
                                            if m.end <= hit.start}]  # partners after the verb
    if has_pronoun and earlier:
        actors = [earlier[-1]] + [a for a in later if a != earlier[-1]]
    elif (has_pronoun and len(context_actors) == 1 and (plural := lex.cues.get("plural_pronoun"))
          and plural.search(lead) and _sides(context_actors, lookup) == 1):
        pass  # "they" is not the one person of the previous sentence: no subject to give it
    elif context_actors and (has_pronoun or dropped):
        if has_pronoun:
            actors = later  # the pronoun, not an earlier place or country, is the subject
        actors = actors + [a for a in context_actors if a not in actors and a not in targets]
        confidence -= 0.1
    att = pick_attribution(atts, hit)
    speaker = att.source.entity_id if att and att.source else None
    if speaker and att is not None and att.kind == "according" and speaker in actors and (
            speaker not in _ids(roles.actors, govern=True)):
        # "according to Lavrov, (they) signed…" with the subject dropped: the source of the
        # sentence is not its subject; an official tells of his own state's act
        c = country_of(lookup(speaker), lookup)
        actors = list(dict.fromkeys(c if a == speaker else a for a in actors
                                    if c or a != speaker))
    if not actors and row.actor_is_side:
        # the victims' or deserters' side: whoever the sentence names nearest the trigger
        near = [m for m in view.mentions if m.type in ("country", "organization", "person")
                and m.end <= hit.start]
        sides = [t for t in targets if (e := lookup(t)) is None or e.type != "place"]
        actors, targets = (sides or ([near[-1].entity_id] if near else [])), []
    places = [m.entity_id for m in [roles.location, *roles.targets]
              if m is not None and m.type == "place"]
    if not actors and row.side_from_place and places:
        # "30 people were killed in Omdurman": with no side named, the dead are the place's
        actors, targets = places[:1], [t for t in targets if t != places[0]]
        confidence -= 0.05
    if row.actor_is_side:
        actors = list(dict.fromkeys(home_of(a, lookup) for a in actors))
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
        if not targets:
            return None
    if row.leader_brings_country:
        for a in list(actors):
            c = country_of(lookup(a), lookup)
            if c and c not in actors and c not in targets:
                actors.append(c)
    if row.two_sided and _sides(actors + targets, lookup) < 2:
        return None
    location = roles.location.entity_id if roles.location else None
    date = sentence_date(view, hit.start, lex)
    context_dated = False
    # a claim the text dates is worth more on a timeline than one it leaves undated
    if date is not None:
        confidence += 0.1
    elif context_date is not None:
        date = context_date(set(actors) | set(targets))
        confidence += 0.05 if date else 0.0
        context_dated = date is not None
    confidence += row.confidence_adjust  # OTHER: the lexicon alone typed it loosely
    if date and published and _months(published) - _months(date.value) > lex.background_months:
        confidence -= 0.4  # background history ("visited Beijing in 2018"), not the news
    if att is None and quote_speaker:
        speaker = quote_speaker
    mod = modality(view.text, hit, lex, headline)
    self_report = speaker is not None and (speaker in actors or (speaker in targets and
                                           row.speech))
    if mod == "denied" and row.nothing_if_negated:
        return None  # "no casualties": nothing happened to report
    if mod is None:
        # someone else's word; an unnamed "according to reports" counts too, but a bare
        # "said" with no named speaker is most often the actor's own ("he said it will…")
        unnamed = att is not None and att.source is None and att.kind == "according"
        mod = "reported" if (speaker and not self_report) or unnamed else "asserted"
    if speaker in targets:
        targets.remove(speaker)
    return Draft(
        type=ctype,
        actors=actors,
        targets=targets,
        modality=mod,
        view=view,
        hit=hit,
        location=location if location not in actors else None,
        date=date,
        quantity=pick_quantity(view, hit, ctype, lex),
        attributed_to=speaker,
        confidence=round(max(0.05, min(0.95, confidence)), 2),
        notes=([CONTEXT_DATED] if context_dated else [])
        + ([SPOKEN] if att is not None and att.kind == "speech" and speaker else []),
    )


def home_of(entity_id: str, lookup) -> str:
    """The country of a place (Omdurman: Sudan); anything else as it is."""
    e = lookup(entity_id)
    if e is None or e.type != "place":
        return entity_id
    home = (e.facts or {}).get("country")
    return str(home) if home and lookup(str(home)) is not None else entity_id


def _sides(ids: list[str], lookup) -> int:
    """How many sides the parties make: each person is one; a country or body of one of
    them is his side, not another."""
    ents = {i: lookup(i) for i in ids}
    persons = {i for i, e in ents.items() if e is not None and e.type == "person"}
    theirs = {country_of(ents[p], lookup) for p in persons}
    return len(persons) + len({i for i in ids if i not in persons and i not in theirs})


def _media(e: Entity | None, lex: Lexicon) -> bool:
    return e is not None and str((e.facts or {}).get("kind") or "") in lex.media_kinds


def _months(value: str) -> int:
    """Months since year 0 of a YYYY[-MM[-DD]] value."""
    try:
        y = int(value[:4])
        m = int(value[5:7]) if len(value) >= 7 else 6  # a bare year: its middle
    except ValueError:
        return 0
    return y * 12 + m


def _ids(ms: list[LocalMention], govern: bool = False) -> list[str]:
    out: list[str] = []
    for m in ms:
        eid = (m.stands_for or m.entity_id) if govern else m.entity_id
        if eid not in out:
            out.append(eid)
    return out

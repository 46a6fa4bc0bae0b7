"""Put one claim together from a trigger and its roles: parties (step 3b), date (step 4),
modality (step 5) and the number it is about."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsweave.claims.attribution import Attribution
from newsweave.claims.dates import Dating, background_penalty, date_claim, reference, usable
from newsweave.claims.draft import CONTEXT_DATED, NEGATIVE, NO_OBJECT, SPOKEN, Draft
from newsweave.claims.lexicon import Lexicon
from newsweave.claims.parties import find_parties
from newsweave.claims.quantities import pick_quantity
from newsweave.claims.roles import Roles
from newsweave.claims.table import claim_type
from newsweave.claims.triggers import Hit
from newsweave.claims.view import SentenceView
from newsweave.claims.voice import against_polarity, claim_modality
from newsweave.model import DateValue

# what a claim loses when it names no object its type needs (`needs_object`), or when its
# sentence negates something the trigger's own words do not reach
OBJECT_PENALTY = -0.05
POLARITY_PENALTY = -0.1
_QUOTES = re.compile("[「」『』“”\"«»„]|``")


def build(view: SentenceView, hit: Hit, roles: Roles, lex: Lexicon, atts: list[Attribution],
          context_actors: list[str], context_date: Callable[[set[str]], DateValue | None] | None,
          headline: bool,
          lookup, published: str | None = None, quote_speaker: str | None = None) -> Draft | None:
    """One claim of `hit`, or None. `quote_speaker` is who speaks when the sentence continues
    a quotation opened in an earlier sentence ("Aoki said, “… . This is very worrying.”")."""
    row = claim_type(hit.type)
    who = find_parties(view, hit, row, roles, lex, atts, context_actors, lookup, quote_speaker)
    if who is None:
        return None
    dating = date_claim(view, hit, lex, set(who.actors) | set(who.targets), context_date)
    dating_gain = dating.confidence
    confidence = who.confidence + dating.confidence
    confidence += row.confidence_adjust  # OTHER: the lexicon alone typed it loosely
    confidence += background_penalty(dating.date, published, lex)
    mod = claim_modality(view, hit, row, who, lex, headline)
    if mod is None:
        return None
    quantity = pick_quantity(view, hit, row, lex, mod)
    if row.nothing_if_negated and quantity is not None and quantity.value == 0:
        return None  # "casualties were kept at zero": nothing happened
    if quantity is not None and dating.from_context and any(
            usable(t) and reference(view, t, lex) for t in view.times):
        # "14 attacks since January": a total up to now from an anchor, not the running day's
        dating = Dating(None, False, 0.0)
        confidence -= dating_gain
    targets = [t for t in who.targets if t != who.speaker]
    att = who.attribution
    notes = ([CONTEXT_DATED] if dating.from_context else []) + (
        [SPOKEN] if att is not None and att.kind == "speech" and who.speaker else [])
    if (row.needs_object and not targets and not (row.symmetric and len(who.actors) > 1)
            and not ((quote_speaker or _QUOTES.search(view.text))
                     and not (roles.inverted and row.aimed))):
        # "Japan accused": an accusation, warning or appeal with no one it is directed at (a
        # quotation is what a warning or a concern says: that is its object)
        # (a criticism said before its speaker, aimed at no one named, is as likely a lament)
        confidence += OBJECT_PENALTY * (2 if roles.inverted and row.aimed else 1)
        notes.append(NO_OBJECT)
    if against_polarity(view, hit, mod, lex):
        confidence += POLARITY_PENALTY
        notes.append(NEGATIVE)
    return Draft(
        type=hit.type,
        actors=who.actors,
        targets=targets,
        modality=mod,
        view=view,
        hit=hit,
        location=who.location if who.location not in who.actors else None,
        date=dating.date,
        quantity=quantity,
        attributed_to=who.speaker,
        confidence=round(max(0.05, min(0.95, confidence)), 2),
        notes=notes,
    )

"""Step 5, modality: how the text holds the claim.

The sentence's own words decide first (`modality.modality`: negation, hedges, plans,
questions); failing them, who says so: someone else's word is "reported", the outlet's own or the
actor's own statement "asserted".
"""

from __future__ import annotations

from newsweave.claims.lexicon import Lexicon
from newsweave.claims.modality import describes_party, modality
from newsweave.claims.parties import Parties
from newsweave.claims.table import ClaimType, claim_type
from newsweave.claims.triggers import Hit
from newsweave.claims.view import SentenceView


def against_polarity(view: SentenceView, hit: Hit, mod: str, lex: Lexicon) -> bool:
    """Does an asserted or reported claim sit in a sentence that negates something ("the
    details of Putin's visit have not been set", "方問の日程は決まっていない")? The negation
    lies outside the trigger's own reach, so it may govern the act or not: the claim stands,
    with less confidence, rather than contradict its sentence outright."""
    if mod not in ("asserted", "reported") or claim_type(hit.type).speech:
        return False  # what a statement says may well be negative ("denied…, calling it not")
    text = view.text
    idle = lex.cues.get("not_negation")  # "not only …, but also"
    spans = [(m.start(), m.end()) for m in idle.finditer(text)] if idle else []
    for name in ("negation", "negation_after", "negation_inside"):
        pat = lex.cues.get(name)
        for m in pat.finditer(text) if pat else ():
            if m.start() < hit.end and hit.start < m.end():
                continue
            if any(a <= m.start() < b for a, b in spans):
                continue
            if not lex.spaced and len(m.group()) < 2:
                continue  # 不, 未 alone are mostly parts of words (不断, 未来)
            return True
    return False


def claim_modality(view: SentenceView, hit: Hit, row: ClaimType, who: Parties, lex: Lexicon,
                   headline: bool) -> str | None:
    """The claim's modality, or None when a negation means nothing happened ("no
    casualties": `nothing_if_negated` in the claim-type table)."""
    mod = modality(view.text, hit, lex, headline, describes_party(
        view.text, hit, lex, [m.start for m in view.mentions]))
    speaker, att = who.speaker, who.attribution
    self_report = speaker is not None and (speaker in who.actors or (speaker in who.targets
                                                                     and row.speech))
    if mod == "denied" and row.nothing_if_negated:
        return None
    if mod is None:
        # someone else's word; an unnamed "according to reports" counts too, but a bare
        # "said" with no named speaker is most often the actor's own ("he said it will…")
        unnamed = att is not None and att.source is None and att.kind == "according"
        mod = "reported" if (speaker and not self_report) or unnamed else "asserted"
    return mod

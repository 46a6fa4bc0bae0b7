"""The evidence a claim's confidence is computed from, as named signals.

Each signal is a plain fact about how the claim was read ("target": the sentence names whom the
act is directed at; "date:context": its date came from the paragraph, not its own sentence;
"roles:position": word order, not a particle or preposition, gave its parties). Calibration
(`calibration.py`) turns them into a probability that the claim is right, with weights fitted on
annotated real articles (`bench/calibrate.py`); an analyst sees the same names as the reasons.
"""

from __future__ import annotations

from newsweave.claims.draft import CONTEXT_DATED, NEGATIVE, NO_OBJECT, SPOKEN, Draft
from newsweave.claims.table import claim_type

# sentence length (characters) past which role assignment misreads more often
LONG_SENTENCE = 220
# triggers in one sentence from which roles are more often given to the wrong act
CROWDED = 3
_NOTES = {CONTEXT_DATED: "date:context", NEGATIVE: "negative", NO_OBJECT: "no_object",
          SPOKEN: "spoken"}


def signals_of(d: Draft, *, headline: bool, cued: bool, triggers_in_sentence: int,
               pronoun_subject: bool = False) -> list[str]:
    """The signals of one draft claim, in a fixed order."""
    row = claim_type(d.type)
    # a type calibrated by itself carries its own name, not its family's weight (own_signal)
    out = [f"type:{d.type}" if row.own_signal else f"family:{row.family}",
           f"modality:{d.modality}"]
    out.append("roles:cued" if cued else "roles:position")
    if d.targets:
        out.append("target")
    if len(d.actors) > 1:
        out.append("actors:several")
    if d.date is not None:
        out.append("date" if CONTEXT_DATED not in d.notes else "date:context")
    if d.quantity is not None:
        out.append("quantity")
    if d.location:
        out.append("location")
    if d.attributed_to:
        out.append("attributed")
    if d.hit.nominal:
        out.append("trigger:noun")
    if d.hit.object_word:
        out.append("trigger:by_object")
    if headline:
        out.append("headline")
    if pronoun_subject:
        out.append("subject:context")
    if len(d.view.text) > LONG_SENTENCE:
        out.append("sentence:long")
    if triggers_in_sentence >= CROWDED:
        out.append("sentence:crowded")
    out += [_NOTES[n] for n in d.notes if n in _NOTES and _NOTES[n] not in out]
    if d.view.lang:
        out.append(f"lang:{d.view.lang}")
    return out

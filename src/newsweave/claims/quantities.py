"""The number a claim is about: the sentence's quantity whose measure the claim type counts
(the claim-type table's `measures`, through the unit vocabulary), nearest the trigger."""

from __future__ import annotations

from newsweave.claims.lexicon import Lexicon
from newsweave.claims.table import claim_type
from newsweave.claims.triggers import Hit
from newsweave.claims.view import SentenceView
from newsweave.model import QuantityValue
from newsweave.quantity.units import measure_of


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

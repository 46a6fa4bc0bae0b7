"""Claim extraction: sentence-level claims with type, actors, targets, date, place, quantity,
source and modality, in every language that has a `claims.yaml` lexicon.

A claim type is one row of the claim-type table (`data/types.yaml`, loaded by `table`); a
language's words for it are in `lang/<code>/claims.yaml` (compiled by `lexicon`). The steps
(README.md tells them for a newcomer):

1. trigger (`triggers`) → 2. clause filters (`clauses`) → 3. roles (`roles`, `parties`) →
4. dating (`dates`) → 5. modality (`voice`, `modality`) → 6. dedupe (`dedupe`),

run per sentence by `sentence.sentence_claims` and per document by `extract.extract_claims`.

Denials: a denial verb ("membantah", "否定", "denied") yields one DENY claim whose actor is the
denier and whose targets are the other parties named; the act it denies is NOT emitted as well
(the text does not assert it). A plainly negated act ("did not send troops") is emitted with
modality "denied".
"""

from __future__ import annotations

from newsweave.claims.extract import extract_claims

__all__ = ["extract_claims"]

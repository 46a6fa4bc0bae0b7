"""What `ingest -j N` workers start with: imported once by the pool's fork server.

Workers are forked from a server process that imported this module, so each starts with the
pipeline's modules imported and the read-only resources loaded (knowledge base, the language
identifier's mapped model, one short document through the pipeline to build the lexicons' and
patterns' caches) instead of building its own copy (≈2 s of processor time each). Nothing
native that must not be forked (Sudachi, Kiwi: loaded for Japanese and Korean text only) is
loaded here, and the server has no threads of ours.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

# written for this warm-up, from no article: English exercises the shared stages
WARM_UP = ("Officials said on Tuesday, March 5, 2024, that 120 people attended talks in "
           "Geneva between the foreign ministers of France and Japan.")


def warm_up() -> None:
    from newsweave.model import RawDocument
    from newsweave.pipeline import process
    from newsweave.resources import Resources

    resources = Resources()
    resources.kb  # noqa: B018 - loaded into the module cache the workers inherit
    process(RawDocument(uri="preload:warm-up", data=WARM_UP.encode()), resources)


try:
    warm_up()
except Exception as e:  # a worker then loads what it needs itself, as without the server
    log.warning("newsweave workers could not be warmed up: %s", e)

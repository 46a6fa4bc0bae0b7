"""Per-document analysis: entity mentions, time expressions, quantities.

Each part is its own package (kb/, time/, quantity/); this module only runs them in order and
bundles what they find. Every offset is into the document's original text.
"""

from __future__ import annotations

from newsweave.kb.link import find_mentions
from newsweave.model import Analysis, Document
from newsweave.quantity import find_quantities
from newsweave.resources import Resources
from newsweave.time import find_times


def analyze(document: Document, resources: Resources) -> Analysis:
    mentions, entities = find_mentions(document, resources.kb)
    times = find_times(document)
    quantities = find_quantities(document)
    return Analysis(
        mentions=tuple(mentions),
        times=tuple(times),
        quantities=tuple(quantities),
        entities=tuple(entities),
    )

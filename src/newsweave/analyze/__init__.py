"""Per-sentence analysis: entity mentions, time expressions, quantities.  (PLACEHOLDER.)"""

from __future__ import annotations

from newsweave.model import Analysis, Document
from newsweave.resources import Resources


def analyze(document: Document, resources: Resources) -> Analysis:
    return Analysis()

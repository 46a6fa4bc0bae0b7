"""Claim extraction.  (PLACEHOLDER: being built.)"""

from __future__ import annotations

from newsweave.model import Analysis, Claim, Document
from newsweave.resources import Resources


def extract_claims(document: Document, analysis: Analysis, resources: Resources) -> list[Claim]:
    return []

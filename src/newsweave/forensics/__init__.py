"""Forensics: findings and document quality.  (PLACEHOLDER: being built.)"""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.model import Analysis, Claim, Document, Finding
from newsweave.resources import Resources


def inspect(
    document: Document, analysis: Analysis, claims: Sequence[Claim], resources: Resources
) -> tuple[list[Finding], float]:
    return [], 1.0

"""Document quality (0..1) from the findings kept, the machine-translation likelihood and the
provenance (an original report vs a republished copy)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.forensics.common import Candidate, data
from newsweave.model import Document


def _host(name: str | None) -> str:
    """A comparable form of an outlet or origin: host without scheme, www. and TLD noise."""
    if not name:
        return ""
    s = re.sub(r"^[a-z]+://", "", name.strip().lower())
    s = s.split("/")[0]
    s = re.sub(r"^www\.", "", s)
    return re.sub(r"[^0-9a-z\u0080-\uffff]+", "", s.rsplit(".", 1)[0] if "." in s else s)


def is_republication(document: Document) -> bool:
    """A copy that cites another outlet as its origin."""
    if not document.origin:
        return False
    origin = _host(document.origin_url or document.origin) or _host(document.origin)
    outlet = _host(document.outlet)
    return not outlet or (origin not in outlet and outlet not in origin)


def score(document: Document, kept: Sequence[Candidate], mt_score: float) -> float:
    q = data("quality")
    weights = q["severity_penalty"]
    chars = max(len(document.clean_text), 1)
    weighted = sum(weights.get(c.severity, 0.0) for c in kept)
    # normalise per 1,000 characters so long articles are not punished for length; a short
    # text still pays at least the plain sum's third, so one glaring error always counts
    per_k = weighted / max(1.0, chars / 1000)
    findings_penalty = min(q["max_findings_penalty"], max(per_k * 2, weighted / 3))
    value = 1.0 - findings_penalty - q["mt_penalty"] * mt_score
    if is_republication(document):
        value -= q["republished_penalty"]
    return round(min(1.0, max(0.05, value)), 3)

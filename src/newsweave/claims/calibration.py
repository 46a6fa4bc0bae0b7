"""Calibrated confidence: how often claims read like this one are right.

A claim's confidence is a logistic model over its evidence signals (`signals.py`), the
extraction's own score and its document's quality, with weights fitted on annotated real
articles by `bench/calibrate.py` and kept in `data/calibration.yaml`. The same file holds the
thresholds chosen for precision: timelines, reports and the default export show the claims at
or above `threshold`, and the rest only on request, marked. A claim whose event another
independent source also reports (`corroborated`: its event, fused from every stored claim,
counts two or more independent sources) is shown from the lower `corroborated_threshold`:
on held-out stories such claims are right far more often than single-source claims of the
same confidence (bench/calibrate.py prints both).

A signal the fit never saw (a new language, say) weighs nothing: its claims are judged by the
signals they share with the annotated ones.

`caps` bound the confidence of claims with a signal the fit cannot weigh yet because too few
annotated claims carry it, at the precision measured on them (`actor:unplaced`: an act the
sentence would have dropped, filled by a group known by its description whose country or body
the sentence does not name, "the rebels"). Such claims stay in the store and show with `--all`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from newsweave.cache import load_yaml
from newsweave.model import Claim, Event


@dataclass(frozen=True, slots=True)
class Calibration:
    intercept: float
    raw: float  # weight of the extraction's own score (0..1)
    quality: float  # weight of the document's quality (0..1)
    weights: dict[str, float]
    threshold: float  # claims below it are hidden by default
    caps: dict[str, float] = field(default_factory=dict)  # signal -> highest confidence
    # the threshold of a claim whose event another independent source reports too (None: the
    # same as `threshold`)
    corroborated_threshold: float | None = None

    def limit(self, corroborated: bool = False) -> float:
        """The lowest confidence shown by default, for a claim corroborated or not."""
        if corroborated and self.corroborated_threshold is not None:
            return min(self.threshold, self.corroborated_threshold)
        return self.threshold

    def probability(self, signals: Iterable[str], raw: float, quality: float) -> float:
        signals = list(signals)
        z = self.intercept + self.raw * raw + self.quality * quality
        z += sum(self.weights.get(s, 0.0) for s in signals)
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return min([p, *(self.caps[s] for s in signals if s in self.caps)])

    def reasons(self, signals: Iterable[str], top: int = 3) -> list[tuple[str, float]]:
        """The signals that moved a claim's confidence most, strongest first."""
        scored = [(s, self.weights[s]) for s in signals if s in self.weights]
        return sorted(scored, key=lambda x: -abs(x[1]))[:top]


class CalibrationError(ValueError):
    """A calibration file that cannot be used; the message says which field."""


def build_calibration(data: object, where: str = "claims/data/calibration.yaml") -> Calibration:
    if not isinstance(data, dict):
        raise CalibrationError(f"{where}: a mapping is expected")
    try:
        weights = {str(k): float(v) for k, v in (data.get("weights") or {}).items()}
        caps = {str(k): float(v) for k, v in (data.get("caps") or {}).items()}
        corroborated = data.get("corroborated_threshold")
        cal = Calibration(float(data["intercept"]), float(data["raw"]),
                          float(data.get("quality", 0.0)), weights, float(data["threshold"]),
                          caps, None if corroborated is None else float(corroborated))
    except KeyError as e:
        raise CalibrationError(f"{where}: missing field {e.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as e:
        raise CalibrationError(f"{where}: {e}") from None
    if not 0.0 <= cal.threshold <= 1.0:
        raise CalibrationError(f"{where}: threshold must lie between 0 and 1")
    if cal.corroborated_threshold is not None and not 0.0 <= cal.corroborated_threshold <= 1.0:
        raise CalibrationError(f"{where}: corroborated_threshold must lie between 0 and 1")
    if any(not 0.0 <= v <= 1.0 for v in cal.caps.values()):
        raise CalibrationError(f"{where}: caps must lie between 0 and 1")
    return cal


@cache
def calibration() -> Calibration:
    return build_calibration(load_yaml(Path(__file__).parent / "data" / "calibration.yaml"))


def calibrate(claims: Iterable[Claim], quality: float,
              model: Calibration | None = None) -> tuple[Claim, ...]:
    """The claims with their confidence replaced by the calibrated probability."""
    model = model or calibration()
    return tuple(
        replace(c, confidence=round(model.probability(c.signals, c.raw_confidence, quality), 3))
        for c in claims)


def default_threshold() -> float:
    return calibration().threshold


def corroborated_claims(events: Iterable[Event]) -> frozenset[str]:
    """The ids of the claims whose event two or more independent sources report (the events
    fused from every stored claim): those shown from `corroborated_threshold`."""
    return frozenset(cid for ev in events if ev.independent_sources >= 2 for cid in ev.claims)


def shown(claim: Claim, threshold: float | None = None, corroborated: bool = False) -> bool:
    """Whether a claim is shown by default: at or above the precision-first threshold, the
    corroborated one when another independent source reports its event. A `threshold` given
    holds for every claim."""
    limit = calibration().limit(corroborated) if threshold is None else threshold
    return claim.confidence + 1e-9 >= limit

"""Fit claim confidence on annotated real articles, and print how well it is calibrated.

    python bench/calibrate.py [--set NAME=TEXTS:KEY ...] [--scorer SCORE_PY]
                              [--target-precision 0.7] [--write]

Each set is a folder of article texts and its answer key (the shape of shared/gold/seeds.json,
scored by shared/eval/score.py). The default sets are the seed articles and the dev set, when
they are beside the checkout. For every set the texts are ingested into a fresh store; each
claim is labelled right when the scorer's own matching (type, an actor, the key's date and
number) pairs it with a key claim. A logistic model over the claims' signals, their
extraction score and their document's quality is then fitted (L2-regularised), and:

- cross-validated by story (a story's articles are held out together, so the figures speak
  for stories the fit has not seen) into a reliability table: confidence bucket → claims,
  mean confidence, measured precision;
- two thresholds are chosen on the held-out confidences: `threshold` for every claim and
  the lower `corroborated_threshold` for a claim whose event (fused from all the set's claims)
  two or more independent sources report. The corroborated one is where such claims become
  right more often than not (held out); the other, the lowest at which the held-out
  precision of all the claims shown reaches --target-precision (keeping half the recall),
  else the one with the best held-out F0.5. The
  tables show what each would keep, and the precision of corroborated and single-source
  claims by confidence.

--write stores the weights fitted on all sets and that threshold in
src/newsweave/claims/data/calibration.yaml. Refit whenever extraction changes.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

from newsweave.claims.calibration import Calibration, corroborated_claims  # noqa: E402
from newsweave.cli import main as newsweave  # noqa: E402
from newsweave.report.export import build_export  # noqa: E402
from newsweave.store import open_store  # noqa: E402

OUT = ROOT / "src" / "newsweave" / "claims" / "data" / "calibration.yaml"
DEFAULT_SETS = {
    "seeds": (SHARED / "corpus" / "seeds", SHARED / "gold" / "seeds.json"),
    "dev": (Path("/tmp/newsweave-dev/texts"), SHARED / "eval" / "dev" / "key.json"),
}


@dataclass
class Row:
    group: str  # the story (or set) a claim's article belongs to: the unit held out
    signals: tuple[str, ...]
    raw: float
    quality: float
    right: bool
    corroborated: bool = False  # its event has two or more independent sources


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("nw_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def labelled(name: str, texts: Path, key_path: Path, score) -> tuple[list[Row], int]:
    """The set's claims with their labels, and the number of key claims."""
    key = json.loads(key_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "calibrate.db")
        newsweave(["--db", db, "ingest", "-q", str(texts)])
        store = open_store(db)
        export = build_export(store, with_text=False, show_all=True)
        claims = {c.id: c for c in store.claims()}
        quality = {d["id"]: d["quality"]["score"] for d in export["documents"]}
        corroborated = corroborated_claims(store.events())
    names = score.Names(export["entities"])
    rows: list[Row] = []
    gold_total = 0
    for g in key["documents"]:
        doc = next((d for d in export["documents"] if str(d["uri"]).endswith(g["file"])), None)
        gold_total += len(g["claims"])
        if doc is None:
            continue
        mine = [c for c in export["claims"] if c["doc"] == doc["id"]]
        used: set[int] = set()
        for gc in g["claims"]:  # the scorer's own greedy pairing, in its order
            hit = next((i for i, c in enumerate(mine)
                        if i not in used and score.claim_matches(gc, c, names)), None)
            if hit is not None:
                used.add(hit)
        group = f"{name}:{g.get('story') or name}"
        for i, c in enumerate(mine):
            full = claims[c["id"]]
            rows.append(Row(group, full.signals, full.raw_confidence, quality[doc["id"]],
                            i in used, c["id"] in corroborated))
    return rows, gold_total


def _design(rows: list[Row], vocab: list[str]) -> np.ndarray:
    index = {s: k for k, s in enumerate(vocab)}
    x = np.zeros((len(rows), 2 + len(vocab)))
    for n, r in enumerate(rows):
        x[n, 0], x[n, 1] = r.raw, r.quality
        for s in r.signals:
            if s in index:
                x[n, 2 + index[s]] = 1.0
    return x


# Which signals a fit may weigh. Few annotated claims cannot carry many weights: the set whose
# held-out log loss is lowest wins ("score" is Platt scaling of the extraction's own score).
FEATURE_SETS: dict[str, tuple[str, ...] | None] = {
    "score": (),  # no signal of its own
    "generic": ("family:", "type:", "modality:", "roles:", "target", "actors:", "date", "quantity",
                "location", "attributed", "trigger:", "headline", "subject:", "sentence:",
                "negative", "no_object", "spoken"),  # everything but the language
    "all": None,
}


def _allowed(signal: str, features: tuple[str, ...] | None) -> bool:
    return features is None or any(signal.startswith(f) for f in features)


def fit(rows: list[Row], l2: float, min_count: int = 3,
        features: tuple[str, ...] | None = None) -> Calibration:
    """L2-regularised logistic regression by Newton's method (the intercept is not penalised).
    Signals seen fewer than `min_count` times, or outside `features`, get no weight."""
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        for s in set(r.signals):
            counts[s] += 1
    vocab = sorted(s for s, n in counts.items() if n >= min_count and _allowed(s, features))
    x = np.hstack([np.ones((len(rows), 1)), _design(rows, vocab)])
    y = np.array([1.0 if r.right else 0.0 for r in rows])
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = {s: round(float(v), 4) for s, v in zip(vocab, w[3:], strict=True)
               if abs(v) >= 1e-4}
    return Calibration(round(float(w[0]), 4), round(float(w[1]), 4), round(float(w[2]), 4),
                       weights, 0.0)


def held_out(rows: list[Row], l2: float,
             features: tuple[str, ...] | None = None) -> list[float]:
    """Each claim's confidence from a fit that never saw its story."""
    out = [0.0] * len(rows)
    for group in sorted({r.group for r in rows}):
        train = [r for r in rows if r.group != group]
        model = fit(train, l2, features=features)
        for n, r in enumerate(rows):
            if r.group == group:
                out[n] = model.probability(r.signals, r.raw, r.quality)
    return out


def log_loss(rows: list[Row], p: list[float]) -> float:
    eps = 1e-6
    return -sum(math.log(max(eps, q if r.right else 1 - q)) for r, q in zip(rows, p, strict=True)
                ) / max(1, len(rows))


def reliability(rows: list[Row], p: list[float]) -> list[str]:
    lines = ["confidence   claims  mean conf  precision"]
    for lo in [x / 10 for x in range(10)]:
        hi = lo + 0.1
        idx = [n for n, q in enumerate(p) if lo <= q < hi or (hi >= 1.0 and q >= lo)]
        if not idx:
            continue
        mean = sum(p[n] for n in idx) / len(idx)
        prec = sum(rows[n].right for n in idx) / len(idx)
        lines.append(f"{lo:.1f}–{hi:.1f}   {len(idx):6d}  {mean:9.2f}  {prec:9.2f}")
    return lines


GRID = [x / 20 for x in range(20)]


def thresholds(rows: list[Row], p: list[float],
               gold_total: int) -> list[tuple[float, float, int, float, float]]:
    """(threshold, corroborated threshold, claims kept, their precision, key claims they find)
    for every pair on a grid (the corroborated one at most the other)."""
    out = []
    for t in GRID:
        for tc in (x for x in GRID if x <= t):
            kept = [n for n, q in enumerate(p) if q >= (tc if rows[n].corroborated else t)]
            right = sum(rows[n].right for n in kept)
            out.append((t, tc, len(kept), right / len(kept) if kept else 0.0,
                        right / max(1, gold_total)))
    return out


def break_even(rows: list[Row], p: list[float], width: float = 0.1, least: int = 5) -> float:
    """The lowest grid confidence from which corroborated claims are right at least half the
    time, held out, in every window `width` wide above it that holds `least` of them."""
    def right_enough(lo: float) -> bool:
        idx = [n for n, q in enumerate(p) if rows[n].corroborated and lo <= q < lo + width]
        return len(idx) < least or 2 * sum(rows[n].right for n in idx) >= len(idx)

    ok = [t for t in GRID if all(right_enough(u) for u in GRID if u >= t)]
    return min(ok, default=GRID[-1])


def by_corroboration(rows: list[Row], p: list[float]) -> list[str]:
    """Held-out precision by confidence bucket, for corroborated and single-source claims."""
    lines = ["confidence   corroborated (claims, precision)   single source"]
    for lo in [x / 10 for x in range(10)]:
        cells = []
        for flag in (True, False):
            idx = [n for n, q in enumerate(p) if rows[n].corroborated is flag
                   and (lo <= q < lo + 0.1 or (lo >= 0.9 and q >= lo))]
            prec = sum(rows[n].right for n in idx) / len(idx) if idx else float("nan")
            cells.append(f"{len(idx):4d}  {prec:5.2f}")
        lines.append(f"{lo:.1f}–{lo + 0.1:.1f}   {cells[0]:>22}   {cells[1]:>18}")
    return lines


def _f_half(precision: float, recall: float) -> float:
    return 1.25 * precision * recall / (0.25 * precision + recall) if precision + recall else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", default=[], metavar="NAME=TEXTS:KEY")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    ap.add_argument("--target-precision", type=float, default=0.7)
    ap.add_argument("--l2", type=float, default=None, help="regularisation (default: chosen by "
                    "held-out log loss among 0.3, 1, 3, 10)")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    sets = dict(DEFAULT_SETS)
    if args.set:
        sets = {}
        for spec in args.set:
            name, _, paths = spec.partition("=")
            texts, _, key = paths.partition(":")
            sets[name] = (Path(texts), Path(key))
    score = _scorer(args.scorer)
    rows: list[Row] = []
    gold_total = 0
    for name, (texts, key) in sets.items():
        if not texts.is_dir() or not key.exists():
            print(f"{name}: skipped ({texts} or {key} is missing)")
            continue
        got, n_gold = labelled(name, texts, key, score)
        rows += got
        gold_total += n_gold
        print(f"{name}: {len(got)} claims, {sum(r.right for r in got)} right, "
              f"{n_gold} key claims")
    if len({r.group for r in rows}) < 2 or not any(r.right for r in rows):
        print("not enough annotated claims to fit (need two stories and some right claims)")
        return 1
    candidates = [args.l2] if args.l2 is not None else [0.3, 1.0, 3.0, 10.0]
    losses = {(name, l2): log_loss(rows, held_out(rows, l2, feats))
              for name, feats in FEATURE_SETS.items() for l2 in candidates}
    name, l2 = min(losses, key=losses.get)  # type: ignore[arg-type]
    features = FEATURE_SETS[name]
    print("held-out log loss by signals and L2: " + ", ".join(
        f"{k[0]} {k[1]:g}: {v:.3f}" for k, v in losses.items()))
    print(f"chosen: {name}, L2 {l2:g}")
    p = held_out(rows, l2, features)
    raw_p = [r.raw for r in rows]
    print("\nheld-out reliability (by story), calibrated:")
    print("\n".join(reliability(rows, p)))
    print("\nthe extraction's own score, for comparison:")
    print("\n".join(reliability(rows, raw_p)))
    print("\nheld-out precision of corroborated and single-source claims:")
    print("\n".join(by_corroboration(rows, p)))
    table = thresholds(rows, p, gold_total)
    print(f"\nthreshold  kept  precision  recall (of {gold_total} key claims), held out; "
          "and with the best corroborated threshold beside it")
    for t in GRID:
        alone = next(r for r in table if r[0] == t and r[1] == t)
        pairs = [r for r in table if r[0] == t and r[3] >= args.target_precision] or [alone]
        best = max(pairs, key=lambda r: (r[4], r[3]))
        print(f"{t:9.2f}  {alone[2]:4d}  {alone[3]:9.2f}  {alone[4]:6.2f}    corroborated "
              f"{best[1]:.2f}: {best[2]:4d}  {best[3]:.2f}  {best[4]:.2f}")
    # a threshold judged on fewer claims than this is noise, not precision
    enough = [row for row in table if row[2] >= max(20, len(rows) // 10)]
    # ...and one that keeps at least half of what every claim finds: a timeline of a tenth of
    # the story is no timeline
    floor = table[0][4] / 2
    # a corroborated claim is shown from where corroborated claims are right more often than
    # not; the other threshold is then set for the precision of everything shown
    even = break_even(rows, p)
    print(f"corroborated claims are right more often than not from confidence {even:.2f} up")
    enough = [row for row in enough if row[1] == min(even, row[0])]
    reaching = [r for r in enough if r[3] >= args.target_precision and r[4] >= floor]
    if reaching:  # the lowest that reaches the target: the most key claims at that precision
        chosen = max(reaching, key=lambda r: (r[4], r[3], r[0]))
    else:
        # precision first, recall not forgotten: the best F0.5 of the held-out table
        chosen = max(enough, key=lambda r: (_f_half(r[3], r[4]), r[0]))
        print(f"no thresholds reach precision {args.target_precision} with half the recall; "
              f"the best F0.5 (precision weighed twice) is kept")
    print(f"thresholds chosen: {chosen[0]:.2f}, corroborated {chosen[1]:.2f} (held out: "
          f"{chosen[2]} claims kept, precision {chosen[3]:.2f}, recall {chosen[4]:.2f})")
    model = fit(rows, l2, features=features)
    if args.write:
        header = (
            "# Calibrated claim confidence (claims/calibration.py). Written by "
            "bench/calibrate.py from\n# annotated real articles; refit after changing "
            "extraction, do not tune by hand.\n"
            f"# Fitted on {len(rows)} claims ({sum(r.right for r in rows)} right) of "
            f"{len({r.group for r in rows})} stories ({', '.join(sets)}), signals {name}, "
            f"L2 {l2:g}. Corroborated threshold: where corroborated claims are right more\n"
            "# often than not, held out; threshold: the lowest whose held-out precision "
            f"reaches {args.target_precision:g}\n# keeping half the recall (else the best "
            "held-out F0.5).\n")
        body = {"intercept": model.intercept, "raw": model.raw, "quality": model.quality,
                "threshold": round(chosen[0], 2),
                "corroborated_threshold": round(chosen[1], 2),
                "weights": dict(sorted(model.weights.items()))}
        if kept := (yaml.safe_load(OUT.read_text(encoding="utf-8")) or {}).get("caps"):
            body["caps"] = kept  # bounds set by measurement on too few claims to fit
        OUT.write_text(header + yaml.safe_dump(body, sort_keys=False, allow_unicode=True),
                       encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

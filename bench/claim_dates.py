"""Claim dates against an answer key: every claim that the scorer pairs with a key claim (same
type, one of the key's actors: its "loose" match) and that both date, with how we dated it.

    python bench/claim_dates.py EXPORT.json KEY.json [--all]

EXPORT.json is `newsweave export --format json --with-text`; KEY.json a key of the scorer's shape
(`../shared/gold/seeds.json`, `../shared/eval/dev/key.json`). Prints, for each refuted date (each
dated pair with `--all`): language, our date and its words, how we got it, the key's date and the
sentence; then the count by cause (and whether the key dates another claim of that type on our
date: the scorer's loose pairing matched our claim with a different act). How we got it:

- sentence   — a time written in full in the claim's own sentence ("on 12 March 2024")
- partial    — a day or month of the sentence, its month or year taken from the publication
               date or the text ("12日", "19 сентября", "on January 17")
- relative   — a time in the sentence resolved against the publication or an earlier date
               ("yesterday", "Monday", "last week", "昨年", "geçen ay")
- context    — no time of its own: the running paragraph's date (`DateContext`)
- document   — the publication date itself, its words nowhere in the sentence
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _scorer():
    sys.path.insert(0, str(SCORER))
    import score  # the scorer's own matching, so that the pairs are the ones it counts

    return score


def how_dated(claim: dict, published: str | None) -> str:
    got = claim["date"]
    words = (got.get("text") or "").strip()
    sentence = claim["evidence"]["text"]
    if words and words in sentence:
        if not _relative(words, sentence, claim["evidence"].get("lang"), published):
            return "sentence"
        # "12日", "19 сентября": a day written with digits, its month or year from the
        # publication date or the text; "yesterday", "Monday", "last week": relative
        return "partial" if any(c.isdigit() for c in words) else "relative"
    if published and got.get("value") == published:
        return "document"
    return "context"


def _relative(words: str, sentence: str, lang: str | None, published: str | None) -> bool:
    from newsweave.time import parse_times

    base = date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
    for t in parse_times(sentence, lang, base):
        if t.surface == words or words in t.surface or t.surface in words:
            return t.relative
    return False


def refuted(value: str, key: str) -> bool:
    return not (value.startswith(key) or key.startswith(value))


def pairs(export: dict, key: dict):
    """(key claim, our claim, document) for every loose pair both date, as the scorer finds
    them (first unused claim of the document that matches)."""
    score = _scorer()
    names = score.Names(export.get("entities", []))
    for g in key["documents"]:
        doc = next((d for d in export["documents"] if str(d.get("uri", "")).endswith(g["file"])),
                   None)
        if doc is None:
            continue
        claims = [c for c in export.get("claims", []) if c.get("doc") == doc["id"]]
        used: set[int] = set()
        for gc in g["claims"]:
            hit = next((i for i, c in enumerate(claims)
                        if i not in used and score.claim_matches(gc, c, names, loose=True)), None)
            if hit is None:
                continue
            used.add(hit)
            if gc.get("date") and claims[hit].get("date"):
                yield gc, claims[hit], doc, g


def main(argv: list[str]) -> int:
    show_all = "--all" in argv
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__)
        return 2
    export = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    key = json.loads(Path(args[1]).read_text(encoding="utf-8"))
    causes: Counter[str] = Counter()
    total = wrong = 0
    for gc, c, doc, g in pairs(export, key):
        total += 1
        value = str(c["date"]["value"])
        bad = refuted(value, str(gc["date"]))
        how = how_dated(c, doc.get("published"))
        # the scorer pairs by type and one actor only: the key may date another claim of
        # this type (with this party) on our date — a pairing, not a wrong date
        paired = bad and any(k is not gc and k["type"] == gc["type"] and k.get("date")
                             and not refuted(value, str(k["date"])) for k in g["claims"])
        if bad:
            wrong += 1
            causes[how + (", key has our date for another claim" if paired else "")] += 1
        if bad or show_all:
            mark = "REFUTED" if bad else "ok"
            print(f"{mark:7s} {g['file']} {c['evidence'].get('lang')} {c['type']} "
                  f"ours={value} ({how}: {c['date'].get('text')!r}) key={gc['date']} "
                  f"pub={doc.get('published')} conf={c.get('confidence')}"
                  + (" [the key dates another claim of this type so]" if paired else ""))
            print(f"        {c['evidence']['text'][:300]!r}")
    print(f"claim dates the key refutes: {wrong}/{total}"
          + (f" = {wrong / total:.2f}" if total else ""))
    print("by cause: " + (", ".join(f"{k} {v}" for k, v in causes.most_common()) or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

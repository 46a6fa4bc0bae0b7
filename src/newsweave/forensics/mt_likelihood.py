"""How likely the document as a whole is a machine translation (0..1), and the signals behind
it: a headline in another language, TeX-style quotes (``…''), placeholder tokens, sentences
broken across lines, name variants, untranslated debris, garbled numbers, and first-person
pronouns in news narrative ("私の懸念を表明しました": "expressed my concern")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from newsweave.forensics.common import Candidate, Context, data, words
from newsweave.lang import get_pack
from newsweave.patterns import longest_first

_LOWER_START = re.compile(r"^\s*(?:[a-zа-яё]|[,;:)\]])")


@dataclass(frozen=True, slots=True)
class Assessment:
    score: float
    signals: dict[str, float] = field(default_factory=dict)
    candidates: tuple[Candidate, ...] = ()

    def describe(self) -> str:
        parts = [f"{k.replace('_', ' ')} {v:.2f}" for k, v in
                 sorted(self.signals.items(), key=lambda kv: -kv[1]) if v > 0]
        return ", ".join(parts) or "no signal"


@cache
def _first_person_re(lang: str) -> re.Pattern[str] | None:
    pats = words(lang, "first_person")
    return re.compile("|".join(pats)) if pats else None


@cache
def _cased(lang: str | None) -> bool:
    if not lang:
        return False
    pack = get_pack(lang)
    return not pack.generic and pack.case


def _quoted_mask(text: str) -> list[bool]:
    """True for characters inside a quotation, per line; a closer with no opener on its line
    means the quote began before the line (mangled quotes in translated copies)."""
    pairs = [tuple(p) for p in data("mt")["quote_pairs"]]
    openers = sorted(((op, cl) for op, cl in pairs), key=lambda p: -len(p[0]))
    orphans = sorted({cl for op, cl in pairs if op != cl}, key=longest_first)
    mask = [False] * len(text)
    pos = 0
    for line in text.split("\n"):
        closer: str | None = None
        i = 0
        while i < len(line):
            if closer is not None and line.startswith(closer, i):
                closer, i = None, i + len(closer)
                continue
            if closer is None:
                op = next((p for p in openers if line.startswith(p[0], i)), None)
                if op is not None:
                    closer, i = op[1], i + len(op[0])
                    continue
                orphan = next((c for c in orphans if line.startswith(c, i)), None)
                if orphan is not None:
                    for j in range(pos, pos + i):
                        mask[j] = True
                    i += len(orphan)
                    continue
            mask[pos + i] = closer is not None
            i += 1
        pos += len(line) + 1
    return mask


def _first_person(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    mask: list[bool] | None = None
    for line in ctx.lines:
        lang = line.lang or ctx.lang
        rx = _first_person_re(lang) if lang else None
        if rx is None:
            continue
        for m in rx.finditer(line.text):
            if mask is None:
                mask = _quoted_mask(ctx.text)
            pos = line.start + m.start()
            if pos < len(mask) and mask[pos]:
                continue
            end = line.start + m.end()
            # the clause around the pronoun, up to the next sentence end (for a readable surface)
            stop = re.search(r"[。.!?！？]", line.text[m.end():])
            end = line.start + m.end() + (stop.start() if stop and stop.start() < 30 else 0)
            out.append(ctx.span_candidate(
                "wrong_person", "low", pos, end,
                f"first-person '{m.group()}' in news narrative outside any quotation: a translator"
                " probably turned a plural or impersonal subject into 'I/my'", None, 0.4,
                "first_person"))
    return out


def assess(ctx: Context, found: list[Candidate]) -> Assessment:
    """The document-level score from the candidates already found and a few text counts."""
    cands = _first_person(ctx)
    weights: dict[str, float] = data("mt")["weights"]
    by_signal: dict[str, int] = {}
    for c in [*found, *cands]:
        if c.signal:
            by_signal[c.signal] = by_signal.get(c.signal, 0) + 1
    text = ctx.text
    quotes = sum(text.count(q) for q in data("mt")["garbled_quotes"])
    # lines of languages written with capitals: a line starting in lower case was broken off
    latin_lines = [ln for ln in ctx.lines if _cased(ln.lang or ctx.lang)]
    broken = sum(1 for ln in latin_lines[1:] if _LOWER_START.match(ln.text))
    broken_rate = broken / len(latin_lines) if latin_lines else 0.0
    signals = {
        "mixed_headline": min(1.0, by_signal.get("mixed_headline", 0)),
        "garbled_quotes": min(1.0, quotes / 4),
        "placeholders": min(1.0, by_signal.get("placeholders", 0) / 1),
        "broken_lines": min(1.0, broken_rate * 4 + by_signal.get("broken_lines", 0) / 3),
        "name_variants": min(1.0, by_signal.get("name_variants", 0) / 2),
        "debris": min(1.0, by_signal.get("debris", 0) / 3),
        "garbled_numbers": min(1.0, by_signal.get("garbled_numbers", 0) / 2),
        "first_person": min(1.0, by_signal.get("first_person", 0) / 2),
    }
    keep = 1.0
    for k, v in signals.items():
        keep *= 1.0 - weights.get(k, 0.0) * v
    return Assessment(round(1.0 - keep, 3), signals, tuple(cands))

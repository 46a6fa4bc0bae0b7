"""How the text holds a claim: asserted, reported, denied, speculated or expected."""

from __future__ import annotations

import re

from newsweave.claims.lexicon import Lexicon
from newsweave.claims.table import claim_type
from newsweave.claims.triggers import Hit


def _near(lex: Lexicon, name: str, text: str, lo: int, hi: int) -> bool:
    """A cue starting inside [lo, hi): whole words only, so the window's end does not cut a
    word into a cue (hi "ने" cut to "न", 'not')."""
    pat = lex.cues.get(name)
    m = pat.search(text, max(0, lo)) if pat else None
    return m is not None and m.start() < min(len(text), hi)


def is_question(text: str) -> bool:
    return text.rstrip(" \u3000\"'”」』").endswith(("?", "？"))


def modality(text: str, hit: Hit, lex: Lexicon, headline: bool = False) -> str | None:
    """The modality the sentence's own words give the trigger, or None when nothing marks it.

    Verb-final languages (ja, ko) put negation, plans and hedges after the verb; the others
    mostly before it. How far to look is each language's `modality_windows` (claims.yaml).
    Hedges ("tampaknya", "とみられる") scope the whole sentence.
    """
    a, b = hit.start, hit.end
    # (before, after) windows in characters for negation and for plans (claims.yaml)
    nb, na, eb, ea = lex.modality_windows
    neg = _near(lex, "negation", text, a - nb, a) or _near(lex, "negation_after", text, b, b + na)
    if not neg and not lex.spaced and not lex.roles_after:
        # zh: 并未/没有 stand before the prepositional phrase (朝鲜并未向俄罗斯派遣军队); a lone
        # 不 or 未 that far away is mostly part of another word (不断, 未来)
        pat = lex.cues.get("negation")
        neg = bool(pat and any(len(m.group()) >= 2 for m in pat.finditer(text, max(0, a - 12), a)))
    if neg and _near(lex, "speculated", text, b, b + na + 6):
        neg = False  # 移転するのではないか / 이전하는 것이 아닌가: a guess, not a denial
    exp = _near(lex, "expected", text, a - eb, a) or _near(lex, "expected_after", text, b, b + ea)
    form = lex.cues.get("expected_form")  # visitará, firmaría, uk відвідає: the verb's form
    if form and not hit.nominal and lex.spaced and any(
            form.fullmatch(w) for w in hit.surface.split()):
        exp = True
    if is_question(text) or (headline and "?" in text):
        return "speculated"
    plan = lex.cues.get("headline_expected_before")  # "Kim to visit Russia"
    if headline and plan and re.search(f"(?:{plan.pattern})\\s*$", text[max(0, a - 8) : a],
                                       re.IGNORECASE):
        return "expected"
    if neg:
        return "denied"
    # a statement's hedges after its verb are its content's ("warned that it could send")
    if _near(lex, "speculated", text, 0, b if claim_type(hit.type).speech else len(text)):
        return "speculated"
    if exp:
        return "expected"
    if _near(lex, "reported", text, 0, len(text)):
        return "reported"
    return None

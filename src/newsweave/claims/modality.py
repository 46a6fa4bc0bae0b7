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


def _negated(lex: Lexicon, name: str, text: str, lo: int, hi: int) -> bool:
    """A negation cue in text[lo:hi] that is not part of a phrase that negates nothing ("not
    only", "لا يزال" still, "لم يؤكد" did not confirm: `not_negation`)."""
    pat = lex.cues.get(name)
    if pat is None:
        return False
    idle = lex.cues.get("not_negation")
    spans = [(m.start(), m.end()) for m in idle.finditer(text)] if idle else []
    lo, hi = max(0, lo), min(len(text), hi)
    # whole words only, as in `_near`: the window's end does not cut a word into a cue
    return any(not any(x <= m.start() < y for x, y in spans)
               for m in pat.finditer(text, lo) if m.start() < hi)


def _inside(lex: Lexicon, name: str, text: str, lo: int, hi: int) -> bool:
    """A cue among the words of the trigger or the word right after it (`hi` bounds the
    search)."""
    pat = lex.cues.get(name)
    if pat is None:
        return False
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1  # the whole first word
    return bool(pat.search(text, lo, min(len(text), hi)))


def _future_form(text: str, hit: Hit, lex: Lexicon) -> bool:
    """Is the trigger a verb with a future prefix (سيزور: س + يزور)? The prefix counts only when
    the word without it is still the trigger (سيطرت, "took control", is no future)."""
    words = hit.surface.split()
    word = words[0] if words else ""
    for conj in ("", *lex.word_prefixes):
        for fp in lex.future_prefixes:
            p = conj + fp
            if not word.startswith(p) or len(word) <= len(p) + 1:
                continue
            rest = text[hit.start + len(p):]
            if any(t.pattern.match(rest) for t in lex.triggers
                   if t.type == hit.type or hit.type in t.objects.values()):
                return True
    return False


def _clause_end(lex: Lexicon, text: str, b: int, hi: int) -> int:
    """Where the trigger's clause ends before `hi`: after "派遣したものの、" or "공격했지만" the
    negation or plan is another clause's ("…but the talks failed")."""
    pat = lex.cues.get("clause_end_after")
    m = pat.search(text, b, hi) if pat else None
    return m.start() if m else hi


def is_question(text: str) -> bool:
    return text.rstrip(" \u3000\"'”」』»").endswith(("?", "？", "؟"))


_STATEMENT_MARKS = ",;:—–\"“”»"  # what ends the content a statement's verb follows


def _statement_start(text: str, hit: Hit, lex: Lexicon) -> int:
    """Where the clause of a statement's verb starts when what it says comes first, ended by
    a comma or a closing quote ("…, ECOWAS warned"; "«…», a averti X"): just after the last
    such mark before the verb, when at most a few words (its subject) stand between. 0 for
    other triggers, and in languages whose verbs come last."""
    if not claim_type(hit.type).speech or not lex.spaced or lex.roles_after:
        return 0
    start = max(0, hit.start - 60)
    lead = text[start : hit.start]
    mark = max(lead.rfind(c) for c in _STATEMENT_MARKS)
    if mark < 0 or len(lead[mark + 1 :].split()) > 6:
        return 0
    return start + mark + 1


def _expected_before(text: str, hit: Hit, lex: Lexicon, lo: int) -> bool:
    """A plan word before the trigger; an auxiliary that also makes passives (German wird,
    werden) is no plan before a participle ("Kiew wird angegriffen")."""
    pat = lex.cues.get("expected")
    if pat is None:
        return False
    aux = lex.cues.get("passive_before")
    participle = lex.cues.get("passive_participle")
    word = hit.surface.split()[0] if hit.surface.split() else hit.surface
    passive = bool(aux and participle and participle.fullmatch(word))
    for m in pat.finditer(text, max(0, lo), hit.start):
        if not (passive and aux.fullmatch(m.group(0))):
            return True
    return False


def _nonfinite(text: str, hit: Hit, lex: Lexicon) -> bool:
    cue = lex.cues.get("nonfinite_before")
    if cue is None or hit.nominal or not hit.surface[:1].islower():
        return False
    lead = text[max(0, hit.start - 12) : hit.start]
    return re.search(f"(?<!\\w)(?:{cue.pattern})\\s+$", lead, re.IGNORECASE) is not None


def _time_of_another(text: str, hit: Hit, lex: Lexicon) -> bool:
    """A noun that names the time of another act ("पुतिन की डील के बाद वो बेलारूस में रहेंगे":
    after the deal, he will stay): the plan after it is the other act's, not the noun's."""
    after = lex.cues.get("setting_after")
    return bool(hit.nominal and after is not None
                and re.match(f"\\s*(?:{after.pattern})", text[hit.end:], re.IGNORECASE))


def describes_party(text: str, hit: Hit, lex: Lexicon, names: list[int]) -> bool:
    """Is the verb a done relative clause describing the party named right after it
    (クーデターを主導したX, 쿠데타를 주도한 X: `relative_done`; `names`: where the sentence's
    names start)? Not "起こした可能性" (the possibility that …), which describes no party."""
    done = lex.cues.get("relative_done")
    if done is None or hit.nominal:
        return False
    m = done.match(text, hit.end)
    if m is None:
        return False
    end = m.end()
    while end < len(text) and text[end].isspace():
        end += 1
    return end in names


def modality(text: str, hit: Hit, lex: Lexicon, headline: bool = False,
             describes: bool = False) -> str | None:
    """The modality the sentence's own words give the trigger, or None when nothing marks it.

    Verb-final languages (ja, ko) put negation, plans and hedges after the verb; the others
    mostly before it. How far to look is each language's `modality_windows` (claims.yaml).
    Hedges ("tampaknya", "とみられる") scope the whole sentence, but not a done relative
    clause that `describes` a party.
    """
    a, b = hit.start, hit.end
    # (before, after) windows in characters for negation and for plans (claims.yaml)
    nb, na, eb, ea = lex.modality_windows
    # a statement's verb after what it says ("…does not step down, there will be war, ECOWAS
    # warned"): the negation and the future of what is said are not the statement's own
    floor = _statement_start(text, hit, lex)
    neg = (_negated(lex, "negation", text, max(a - nb, floor), a)
           or _negated(lex, "negation_after", text, b, _clause_end(lex, text, b, b + na)))
    # a suffix of the verb itself (Turkish saldırmadı, ziyaret etmeyecek)
    neg = neg or (_inside(lex, "negation_inside", text, a, b + na)
                  and not _near(lex, "not_negation", text, b, b + na))
    if not neg and not lex.spaced and not lex.roles_after:
        # zh: 并未/没有 stand before the prepositional phrase (朝鲜并未向俄罗斯派遣军队); a lone
        # 不 or 未 that far away is mostly part of another word (不断, 未来)
        # (nor one of a phrase that negates nothing: 没有阻止 "has not stopped" the act)
        pat, idle = lex.cues.get("negation"), lex.cues.get("not_negation")
        spans = [(m.start(), m.end()) for m in idle.finditer(text)] if idle else []
        neg = bool(pat and any(len(m.group()) >= 2 and not any(
            x <= m.start() < y for x, y in spans) for m in pat.finditer(text, max(0, a - 12), a)))
    if neg and _near(lex, "speculated", text, b, b + na + 6):
        neg = False  # 移転するのではないか / 이전하는 것이 아닌가: a guess, not a denial
    exp = (_expected_before(text, hit, lex, max(a - eb, floor))
           or (_near(lex, "expected_after", text, b, _clause_end(lex, text, b, b + ea))
               and not _time_of_another(text, hit, lex))
           or _inside(lex, "expected_inside", text, a, b + na) or _future_form(text, hit, lex))
    # a future tense in the verb itself ("se rendra", visitará, firmaría, uk відвідає)
    form = lex.cues.get("expected_form")
    if form and not hit.nominal and lex.spaced and any(
            form.fullmatch(w) for w in hit.surface.split()):
        exp = True
    # a non-finite verb right after its marker ("Truppen zu schicken"): meant, not done
    exp = exp or _nonfinite(text, hit, lex)
    # 会談の準備をしている: the talks are being prepared, still to come
    prepared = lex.cues.get("prepared_after")
    exp = exp or bool(prepared and prepared.match(text, b + len(text[b:]) - len(
        text[b:].lstrip())))
    if is_question(text) or (headline and "?" in text):
        return "speculated"
    if neg:  # "Mediators not allowed to meet Bazoum": a headline's plan, negated, is denied
        return "denied"
    plan = lex.cues.get("headline_expected_before")  # "Kim to visit Russia"
    if headline and plan and re.search(f"(?:{plan.pattern})\\s*$", text[max(0, a - 8) : a],
                                       re.IGNORECASE):
        return "expected"
    # a hedge scopes the sentence, except what a statement says after its verb: "warned that
    # Pyongyang could send more troops" is a warning told as fact; nor does it reach back into
    # a relative clause that describes a party ("クーデターを主導した将軍が…可能性がある": that
    # the general led the coup is told as fact)
    if _near(lex, "speculated", text, 0,
             b if claim_type(hit.type).speech or describes else len(text)):
        return "speculated"
    if exp:
        return "expected"
    if _near(lex, "reported", text, 0, len(text)):
        return "reported"
    return None

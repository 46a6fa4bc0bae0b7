"""Who says so: "according to X" and "X said/reported/announced" in each language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsweave.claims.lexicon import Lexicon
from newsweave.claims.roles import CLAUSE_END, cue_of, skip_title
from newsweave.claims.triggers import Hit
from newsweave.claims.view import LocalMention, SentenceView

SOURCE_TYPES = frozenset({"person", "organization", "country", "other"})
_QUOTE_CLOSERS = "」』”\"'’"
# a clause ends here: a name before it belongs to another clause than the cue after it
_BOUNDARY = re.compile("[、,，。;；]")


@dataclass(frozen=True, slots=True)
class Attribution:
    kind: str  # "according" (according to X) or "speech" (X said)
    start: int  # the cue's local offsets
    end: int
    source: LocalMention | None


def pick_attribution(atts: list[Attribution], hit: Hit) -> Attribution | None:
    """The attribution that governs a trigger: the nearest cue that is not the trigger itself."""
    cands = [a for a in atts if not (a.start < hit.end and hit.start < a.end)]
    if not cands:
        return None
    named = [a for a in cands if a.source is not None] or cands
    return min(named, key=lambda a: min(abs(a.start - hit.end), abs(hit.start - a.end)))


def find_attributions(view: SentenceView, lex: Lexicon) -> list[Attribution]:
    out = [a for a in _find(view, lex)
           if not any(a.start < m.end and m.start < a.end for m in view.mentions)]
    return out  # a cue inside a name ("United States") is no cue


def _find(view: SentenceView, lex: Lexicon) -> list[Attribution]:
    text = view.text
    ms = list(view.mentions)
    out: list[Attribution] = []
    before = lex.cues.get("according_before")  # によると: the source comes first
    if before:
        for c in before.finditer(text):
            src = [m for m in ms if m.end <= c.start() and c.start() - m.end <= 24
                   and m.type in SOURCE_TYPES
                   and not (c.start() - m.end > 2 and _BOUNDARY.search(text, m.end, c.start()))]
            out.append(Attribution("according", c.start(), c.end(), src[-1] if src else None))
    after = lex.cues.get("according_after")  # according to / menurut / по данным / theo / 据
    if after:
        words = lex.cues.get("not_preposition")  # 据点 (a stronghold): no 据 'according to'
        taken = [(w.start(), w.end()) for w in words.finditer(text)] if words else []
        for c in after.finditer(text):
            if any(a <= c.start() < b for a, b in taken):
                continue
            reach = 40 if lex.spaced else 12  # the source follows the cue closely
            # ... and within the cue's own phrase: "according to officials, North Korea…"
            src = [m for m in ms if m.start >= c.end() and m.start - c.end() <= reach
                   and m.type in SOURCE_TYPES
                   and not any(p in text[c.end() : m.start] for p in ",;:，、。")]
            best = next((m for m in src if m.type in ("person", "organization")), None)
            out.append(Attribution("according", c.start(), c.end(),
                                   best or (src[0] if src else None)))
    speech = lex.cues.get("speech")
    if speech:
        prev_ends = {id(m): (ms[i - 1].end if i else 0) for i, m in enumerate(ms)}
        for c in speech.finditer(text):
            out.append(Attribution("speech", c.start(), c.end(),
                                   _speaker(view, lex, c.start(), c.end(), prev_ends)))
    return out


# how far into its sentence a speaker may stand (a date or a place may open it: "Cuối ngày
# 29/7, X cho biết", "On Monday, X said"), and how far his speech verb may follow him
_OPENING = 30
_TO_VERB = 16


def opening_speaker(view: SentenceView, lex: Lexicon) -> tuple[LocalMention, int] | None:
    """The state or body a sentence opens with as the subject of a speech verb ("ECOWAS
    said…", "Nga cho biết…"), with where its verb ends: whom "they" or "it" in the words said
    stands for ("…, adding that they condemned…"), and the next sentence's "they". Not in a
    verb-final language, whose speech verb closes the words said."""
    speech = lex.cues.get("speech")
    if speech is None or lex.roles_after or not view.mentions:
        return None
    m = view.mentions[0]
    if m.type not in ("organization", "country") or m.start > _OPENING:
        return None
    if m.entity is not None and str((m.entity.facts or {}).get("kind") or "") in lex.media_kinds:
        return None  # "CNN reported, …": a newsroom tells, it is no party the story goes on with
    verb = speech.search(view.text, m.end, m.end + _TO_VERB + 12)
    if verb is None or verb.start() - m.end > _TO_VERB or re.search(
            r"[,;:.!?\"“”«»]", view.text[m.end : verb.start()]):
        return None
    return m, verb.end()


def _speaker(view: SentenceView, lex: Lexicon, start: int, end: int,
             prev_ends: dict[int, int]) -> LocalMention | None:
    text = view.text
    ms = [m for m in view.mentions if m.type in SOURCE_TYPES or m.stands_for]  # "Seoul says"
    if lex.roles_after:
        # 나고르노-카라바흐 관리들은 … 발표했다: a place's officials speak for it
        ms += [m for m in view.mentions if m not in ms and m.type == "place"
               and skip_title(text, m.end, m, lex) > m.end]
        ms.sort(key=lambda m: m.start)
        subj = [m for m in ms if m.end <= start
                and cue_of(view, m, lex, prev_ends[id(m)]).role == "actor"]
        if not subj:
            return None
        # 「…」とX氏は述べた: a subject after the closing quote is the speaker
        quote = max((text.rfind(q, 0, start) for q in _QUOTE_CLOSERS), default=-1)
        late = [m for m in subj if m.start > quote >= 0]
        return late[-1] if late else subj[0]
    plain = [m for m in ms if m.end <= start and start - m.end <= 80
             and cue_of(view, m, lex, prev_ends[id(m)]).role is None]
    # "…," kata X / said X: the speaker right after the verb
    # "…, said the Russian agency TASS": the agency, not the country its adjective names
    nxt = sorted((m for m in ms if m.start >= end and m.start - end <= 30),
                 key=lambda m: (m.type not in ("person", "organization"), m.start))
    lead = text[:start].rstrip()
    # "…, said X." ends the sentence; "Netanyahu, the prime minister, said Israel struck…"
    # goes on with what he said
    rest = len(text[end:].strip(" .!?\"'”’」』"))
    apposed = any(text[m.end : m.end + 1] == "," and "," not in text[: m.start]
                  and text.count(",", m.end, start) == 2 for m in plain)
    tail = lead.endswith((",", "，", *_QUOTE_CLOSERS)) and rest <= 60 and not apposed
    if nxt and tail:
        return nxt[0]  # "…," kata Putin / said Putin
    if tail and rest <= 40:
        return None  # "…, said activists": an unnamed speaker, not a name further back
    if len(plain) > 1 and "," in text[plain[-1].end : start]:
        # "Netanyahu, the Israeli prime minister, said": the name the apposition describes
        heads = [m for m in plain[:-1] if text[m.end : m.end + 2].startswith(",")]
        if heads and "," not in text[heads[-1].end + 1 : plain[-1].start]:
            return heads[-1]
    if plain and re.search(r"[,，]\s*[^,，]*$", text[plain[-1].end : start]) and not apposed:
        return None  # "…drones launched by Russia, the air force said": no name says it
    return plain[-1] if plain else None


_OPENERS = ("``", "“", "「", "『", "«", "„")
_CLOSERS = ("''", "”", "」", "』", "»")


def _balance(text: str) -> int:
    """Quotation marks opened minus closed (a straight double quote opens when unpaired)."""
    n = sum(text.count(o) for o in _OPENERS) - sum(text.count(c) for c in _CLOSERS)
    return n + text.count('"') % 2


def open_quote(view: SentenceView, atts: list[Attribution]) -> str | None:
    """The named speaker whose quotation is still open at the end of the sentence
    ("Aoki mengatakan, ``Perkembangan terkini…" / 青木氏は「…。)."""
    for a in sorted(atts, key=lambda a: a.start):
        if a.kind == "speech" and a.source is not None:
            tail = view.text[a.end :] if a.source.start < a.end else view.text[a.source.end :]
            if _balance(tail) > 0:
                return a.source.entity_id
    return None


def continues_quote(view: SentenceView) -> bool:
    """Does the sentence go on with an open quotation: it opens with a quotation mark or
    closes one it did not open?"""
    text = view.text.strip()
    return text.startswith((*_OPENERS, '"')) or _balance(text) < 0


def source_phrases(view: SentenceView, lex: Lexicon) -> frozenset[int]:
    """Mentions inside an "according to …" phrase: a source, never a party of the act
    ("menurut lembaga penyiaran publik Korea Selatan KBS, Korea Utara…")."""
    text = view.text
    spans: list[tuple[int, int]] = []
    after = lex.cues.get("according_after")
    for c in after.finditer(text) if after else ():
        stop = CLAUSE_END.search(text, c.end())
        if stop and stop.start() - c.end() <= 80:
            spans.append((c.end(), stop.start()))
    out = {id(m.mention) for m in view.mentions if any(a <= m.start and m.end <= b
                                                       for a, b in spans)}
    tails = find_attributions(view, lex) if lex.spaced and not lex.roles_after else ()
    for a in tails:  # "…, Seoul says." / "…, kata Putin.": a tail speaker (SVO languages;
        if a.kind == "speech" and a.source is not None:  # in ja/ko every verb ends it)
            lo, hi = min(a.start, a.source.start), max(a.end, a.source.end)
            if not text[hi:].strip(" .!?\"'”’」』。") and text[:lo].rstrip().endswith(
                    (",", "，", "、", "”", '"', "」")):
                out.add(id(a.source.mention))
    before = lex.cues.get("according_before")  # X によると: the names right before the cue
    for c in before.finditer(text) if before else ():
        edge = c.start()
        for m in reversed([m for m in view.mentions if m.end <= c.start()]):
            if edge - m.end > (24 if edge == c.start() else 6):
                break
            if edge - m.end > 2 and _BOUNDARY.search(text, m.end, edge):
                break  # "…に派遣したものの、情報筋によると": another clause's name, no source
            out.add(id(m.mention))
            edge = m.start
    return frozenset(out)

"""One sentence seen from the claim extractor: its text and what analysis found in it.

Analysis records carry offsets into the original text; the extractor works on the cleaned text of
one sentence. `SentenceView` maps every mention, time and quantity to sentence-local offsets once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import pairwise

from newsweave.model import Analysis, Document, Entity, Mention, Quantity, Sentence, TimeExpression


@dataclass(frozen=True, slots=True)
class LocalMention:
    start: int  # sentence-local offsets
    end: int
    mention: Mention
    entity: Entity | None
    stands_for: str | None = None  # a capital used for its country's government ("Seoul said")

    @property
    def entity_id(self) -> str:
        return self.mention.entity_id

    @property
    def type(self) -> str:
        return self.entity.type if self.entity else "other"


@dataclass(frozen=True, slots=True)
class LocalTime:
    start: int
    end: int
    time: TimeExpression


@dataclass(frozen=True, slots=True)
class LocalQuantity:
    start: int
    end: int
    quantity: Quantity


@dataclass(frozen=True, slots=True)
class SentenceView:
    sentence: Sentence
    lang: str | None
    mentions: tuple[LocalMention, ...]
    times: tuple[LocalTime, ...]
    quantities: tuple[LocalQuantity, ...]

    @property
    def text(self) -> str:
        return self.sentence.text


class Localiser:
    """Maps original offsets to sentence-local ones for one document."""

    def __init__(self, document: Document):
        self.orig = document.offsets.orig

    def local(self, s: Sentence, start: int, end: int) -> tuple[int, int] | None:
        lo, hi = s.clean_start, s.clean_end
        a = bisect_left(self.orig, start, lo, hi + 1) - lo
        b = bisect_left(self.orig, end, lo, hi + 1) - lo
        n = hi - lo
        a, b = max(0, min(a, n)), max(0, min(b, n))
        if b <= a:
            return None
        return a, b


def build_views(document: Document, analysis: Analysis, kb: object | None) -> list[SentenceView]:
    entities = {e.id: e for e in analysis.entities}
    get = getattr(kb, "get", None)

    def entity(eid: str) -> Entity | None:
        e = entities.get(eid)
        if e is None and get is not None:
            e = get(eid)
        return e

    def capital_of(e: Entity | None) -> str | None:
        if e is None or e.type != "place":
            return None
        country = entity(str((e.facts or {}).get("country") or ""))
        # ... only a country the document names: a claim names the document's entities
        if (country is not None and country.id in entities
                and (country.facts or {}).get("capital") == e.id):
            return country.id
        return None

    loc = Localiser(document)
    by_index = {s.index: s for s in document.sentences}
    mentions: dict[int, list[LocalMention]] = {}
    times: dict[int, list[LocalTime]] = {}
    quantities: dict[int, list[LocalQuantity]] = {}
    for m in analysis.mentions:
        s = by_index.get(m.sentence)
        if s and (span := loc.local(s, m.start, m.end)):
            e = entity(m.entity_id)
            mentions.setdefault(s.index, []).append(LocalMention(*span, m, e, capital_of(e)))
    for t in analysis.times:
        s = by_index.get(t.sentence)
        if s and (span := loc.local(s, t.start, t.end)):
            times.setdefault(s.index, []).append(LocalTime(*span, t))
    for q in analysis.quantities:
        s = by_index.get(q.sentence)
        if s and (span := loc.local(s, q.start, q.end)):
            quantities.setdefault(s.index, []).append(LocalQuantity(*span, q))
    main = document.main_language
    views = []
    for s in document.sentences:
        hinted = bool(_LINK_HINT.search(s.text))
        links = [m.span() for m in _LINK.finditer(s.text)] if hinted else []
        # a number or date in a link's path is an identifier, never a count or the act's day
        whole = [m.span() for m in _WHOLE_LINK.finditer(s.text)] if hinted else []
        if links:
            s = replace(s, text=_blank(s.text, links))
        ms = _drop_overlaps(sorted(filter(_outside(links), mentions.get(s.index, [])),
                                   key=lambda x: (x.start, -x.end)))
        views.append(
            SentenceView(
                sentence=s,
                lang=s.lang or main,
                mentions=tuple(ms),
                times=tuple(sorted(filter(_outside(whole), times.get(s.index, [])),
                                   key=lambda x: x.start)),
                quantities=tuple(sorted(filter(_outside(whole), quantities.get(s.index, [])),
                                        key=lambda x: x.start)),
            )
        )
    return views


# a link is no words: an embedded post's links, often glued to its last word ("ilan
# edildihttps://t.co/…", "pic.twitter.com/…"), are blanked before claims read the sentence. A
# short link is blanked whole; of another link only the scheme and host, since a page's path
# may spell its title ("…/arrival-of-displaced-in-armenia")
_LINK_HINT = re.compile(r"https?://|www\.|pic\.twitter\.com/|\bt\.co/", re.IGNORECASE)
_LINK = re.compile(
    r"(?:https?://)?(?:(?:t\.co|pic\.twitter\.com|bit\.ly|goo\.gl|ow\.ly|buff\.ly|tinyurl\.com"
    r"|youtu\.be|dlvr\.it|fb\.me)/[^\s<>\"'”’)）]*"
    r"|(?:https?://(?:www\.)?|www\.)[^\s/<>\"'”’)）]+/?)", re.IGNORECASE)


_WHOLE_LINK = re.compile(
    r"(?:https?://|www\.|pic\.twitter\.com/|\bt\.co/)[^\s<>\"'”’)）]*", re.IGNORECASE)


def _outside(spans: list[tuple[int, int]]):
    """A test of a local span (`.start`, `.end`): does it overlap none of `spans`?"""
    return lambda x: not any(a < x.end and x.start < b for a, b in spans)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span turned into spaces (offsets stay as they were)."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _drop_overlaps(ms: list[LocalMention]) -> list[LocalMention]:
    """Keep the longest of overlapping mentions (they are sorted by start, longest first)."""
    out: list[LocalMention] = []
    for m in ms:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# a line that ends without these is not a sentence's end: a headline, a caption, a wrapped line
_LINE_END = re.compile(r"[.!?。！？…:;,、，：；\"'”’」』)）\]>》-]\s*$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]")


def _may_end(line: str) -> bool:
    """Can a cased-script headline end with this line's last word? Not with a short
    lower-case function word ("and", "dan", "и", "của"): the line was wrapped."""
    words = line.split()
    last = words[-1] if words else ""
    return len(last) > 3 or last[:1].isupper() or last[:1].isdigit()


def headline_lines(view: SentenceView, first: bool = False) -> list[SentenceView]:
    """A sentence the segmenter ran across headline lines ("…と発表\\n北朝鮮は…移送した?\\n
    北朝鮮の崔外相が…"), as one view per line: each headline line, then the body text.

    A line is a headline when it ends without punctuation and holds no sentence end of its
    own (a wrapped body line "…pada tanggal 12. 13" does). In cased scripts, where machine
    translations wrap body sentences at capitals ("…dan Rusia\nDia memperingatkan"), only the
    document's first sentence is split (its headline), before a line that starts with a
    capital. Each part keeps the sentence's offsets: text outside it is blanked.
    """
    text = view.text
    cuts = [0]
    for m in re.finditer(r"[ \t]*\n\s*", text):
        line = text[cuts[-1] : m.start()]
        nxt = text[m.end() : m.end() + 1]
        if (not line.strip() or _LINE_END.search(line) or _SENTENCE_END.search(line.rstrip())
                or not nxt or (nxt.lower() != nxt.upper() and not (first and nxt.isupper()
                                                                   and _may_end(line)))
                or not (nxt.isalnum() or nxt in "「『“\"'(（[")):
            continue
        cuts.append(m.end())
    if len(cuts) == 1:
        return [view]
    cuts.append(len(text))
    out = []
    for a, b in pairwise(cuts):
        masked = " " * a + text[a:b] + " " * (len(text) - b)
        out.append(SentenceView(
            sentence=replace(view.sentence, text=masked),
            lang=view.lang,
            mentions=tuple(m for m in view.mentions if a <= m.start and m.end <= b),
            times=tuple(t for t in view.times if a <= t.start and t.end <= b),
            quantities=tuple(q for q in view.quantities if a <= q.start and q.end <= b),
        ))
    return out

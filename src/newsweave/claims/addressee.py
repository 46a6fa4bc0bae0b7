"""The one spoken to: "X told Y", "X nói với Y", "X a déclaré à Y", "XはYに対し", "X가 Y에게".
Y hears the words; he is not the actor of the act they report, even where word order or
nearness would make him so (`lang/<code>/actors.yaml`: addressee_before, addressee_after,
addressee_ends)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsweave.claims.lexicon import compile_words
from newsweave.claims.view import SentenceView
from newsweave.lang import get_pack

_REACH = 32  # characters a title or an article may take between the cue and the name
_WORDS = 4  # … and words
_STOP = re.compile(r"[,.;:!?،。、，；：！？\"“”«»「」]")
_ADJACENT = 2  # "Mỹ Victoria Nuland": a name the title phrase runs into is heard too


@dataclass(frozen=True)
class Cues:
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    ends: re.Pattern[str] | None


@cache
def cues(code: str | None) -> Cues:
    pack = get_pack(code)
    data, spelling = pack.data("actors"), pack.spelling()

    def words(key: str) -> re.Pattern[str] | None:
        return compile_words([str(w) for w in data.get(key) or ()], spelling)

    return Cues(words("addressee_before"), words("addressee_after"), words("addressee_ends"))


def addressees(view: SentenceView) -> frozenset[int]:
    """The mentions (by `id(mention)`) the sentence names as spoken to."""
    c = cues(view.lang)
    text, ms, out = view.text, view.mentions, set()
    for cue in c.before.finditer(text) if c.before else ():
        first = next((m for m in ms if m.start >= cue.end()), None)
        if first is None:
            continue
        gap = text[cue.end() : first.start]
        if (len(gap) > _REACH or _STOP.search(gap) or len(gap.split()) > _WORDS
                or (c.ends and c.ends.search(gap))):
            continue
        chain = [first]
        for m in ms:
            if m.start > chain[-1].end and m.start - chain[-1].end <= _ADJACENT and not (
                    _STOP.search(text, chain[-1].end, m.start)):
                chain.append(m)
        out.update(id(m.mention) for m in chain)
    for cue in c.after.finditer(text) if c.after else ():
        last = next((m for m in reversed(ms) if m.end <= cue.start()), None)
        if last is not None and cue.start() - last.end <= 1:
            out.add(id(last.mention))
    return frozenset(out)

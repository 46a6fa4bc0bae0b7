"""Language of each sentence, decided with the whole document as context.

- Script first: hangul → ko; kana → ja (a few kana or hangul among long Latin names are
  enough); Han only → ja when the document has Japanese sentences, zh otherwise.
- Other scripts: py3langid's full model (probabilities). Languages it confuses (id/ms, ...) are
  grouped: a sentence's group is decided per sentence, the label inside the group per document
  (the label with the most probability mass over the group's sentences), so one Indonesian
  article never comes out as part Malay.
- A sentence given to another language than the document's main one, or uncertain, takes the
  main language when the model found it plausible; a document whose long sentences are all
  uncertain is identified from their text read together.
- Letters inside URLs and e-mail addresses are not counted. A sentence with fewer letters than
  `min_letters`, or whose best language stays uncertain, takes its neighbours' language (for
  the analysers) but does not count for the document's languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsweave.segment.data import SegmentData

_URL = re.compile(
    r"(?:https?://|www\.)\S+"  # links
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"  # e-mail addresses
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|jp|kr|vn|id|ru|cn|io|co)(?:/\S*)?\b"  # bare hosts
)
_LETTER = re.compile(r"[^\W\d_]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")

HAN_ONLY = "han"  # provisional label, resolved per document


@dataclass(slots=True)
class Guess:
    letters: int  # letters outside URLs
    lang: str | None  # decided label (None: too short or uncertain)
    probs: dict[str, float] | None = None  # from the statistical model, for group decisions
    text: str = ""  # the text the model read (URLs removed), kept for whole-document decisions


@cache
def _identifier() -> Any:
    # built once per process (~1 s): the full model, so that any language can be reported
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


_URL_HINTS = (
    "://",
    "www.",
    "@",
    ".com",
    ".net",
    ".org",
    ".jp",
    ".kr",
    ".vn",
    ".id",
    ".ru",
    ".cn",
    ".io",
    ".co",
)
# the identifier reads at most this many characters of a sentence: enough to decide, and it
# keeps the cost of a long unpunctuated run bounded
_MAX_ID_CHARS = 600


def letters_outside_urls(text: str) -> tuple[str, int]:
    stripped = _URL.sub(" ", text) if any(h in text for h in _URL_HINTS) else text
    return stripped, len(_LETTER.findall(stripped))


def _probabilities(text: str) -> list[tuple[str, float]]:
    """The eight likeliest languages with their probabilities, best first."""
    ident = _identifier()
    scores = ident._decide(text[:_MAX_ID_CHARS])  # rank() without sorting all 140 labels
    top = scores.argsort()[::-1][:8]
    return [(ident.nb_classes[i], float(scores[i])) for i in top]


def _group_of(lang: str, data: SegmentData) -> tuple[str, ...]:
    for g in data.confusable_groups:
        if lang in g:
            return g
    return (lang,)


def guess(text: str, data: SegmentData, min_letters: int) -> Guess:
    stripped, n = letters_outside_urls(text)
    if n < min_letters:
        return Guess(n, None)
    hangul = len(_HANGUL.findall(stripped))
    kana = len(_KANA.findall(stripped))
    han = len(_HAN.findall(stripped))
    cjk = kana + han
    # a few kana or hangul among Latin letters still mark the sentence: Latin-script languages
    # never use them, while Japanese and Korean sentences quote long Latin names
    if hangul >= 2 and hangul >= data.script_share * n:
        return Guess(n, "ko")
    if cjk >= data.script_share * n or (kana >= data.kana_min_count and cjk >= hangul):
        if kana >= data.kana_min_count or (kana and kana >= data.kana_min_share * cjk):
            return Guess(n, "ja")
        if kana == 0 and hangul == 0:
            return Guess(n, HAN_ONLY)
        return Guess(n, "ja" if kana >= hangul else "ko")
    ranked = _probabilities(stripped)
    probs = dict(ranked)
    best = ranked[0][0]
    group = _group_of(best, data)
    group_p = sum(probs.get(g, 0.0) for g in group)
    if group_p < data.min_probability:
        return Guess(n, None, probs, stripped)
    return Guess(n, best, probs, stripped)


def decide(guesses: list[Guess], data: SegmentData) -> list[Guess]:
    """Document-level decisions: Han-only lines and confusable groups."""
    has_ja = any(g.lang == "ja" for g in guesses)
    for g in guesses:
        if g.lang == HAN_ONLY:
            g.lang = "ja" if has_ja else "zh"
    for group in data.confusable_groups:
        members = [g for g in guesses if g.lang in group]
        if len({g.lang for g in members}) < 2:
            continue
        mass = {lang: 0.0 for lang in group}
        for g in members:
            for lang in group:
                mass[lang] += (g.probs or {}).get(lang, 0.0) * g.letters
        winner = max(group, key=lambda lang: mass[lang])
        for g in members:
            g.lang = winner
    _prefer_document_language(guesses, data)
    return guesses


def _prefer_document_language(guesses: list[Guess], data: SegmentData) -> None:
    """A sentence the model gives to a close neighbour of the document's main language (a
    Russian line scored Bulgarian), or finds uncertain, takes the main language when the model
    found that language plausible too; a genuinely foreign sentence has almost no probability
    for it. A document whose every long sentence is uncertain is identified as a whole."""
    letters: dict[str, int] = {}
    for g in guesses:
        if g.lang is not None:
            letters[g.lang] = letters.get(g.lang, 0) + g.letters
    if not letters:
        _whole_document(guesses, data)
        return
    main = max(letters, key=lambda lang: letters[lang])
    for g in guesses:
        plausible = (g.probs or {}).get(main, 0.0) >= data.document_language_min_probability
        if g.lang != main and plausible:
            g.lang = main


def _whole_document(guesses: list[Guess], data: SegmentData) -> None:
    """Every long sentence was uncertain (a short text of names and numbers): read them
    together, which gives the model more evidence than any one of them."""
    uncertain = [g for g in guesses if g.probs is not None]
    if not uncertain:
        return
    ranked = _probabilities(" ".join(g.text for g in uncertain))
    best = ranked[0][0]
    probs = dict(ranked)
    if sum(probs.get(m, 0.0) for m in _group_of(best, data)) >= data.min_probability:
        for g in uncertain:
            g.lang = best

"""Language of each sentence, decided with the whole document as context; the one language
identifier (extraction and forensics ask `identify` about a text on its own).

- Script first: letters of a script that identifies one language on its own decide (the packs'
  `identified_by_script`: hangul -> ko, kana -> ja); a few among long Latin names are enough.
  A Han-only sentence takes the document's language that writes Han with such a script (ja),
  else that of the pack reading Han for others (zh).
- Other scripts: py3langid's full model (probabilities). Languages it confuses (the packs'
  `confusable_with`: id/ms, ...) are grouped: a sentence's group is decided per sentence, the
  label inside the group per document (the label with the most probability mass over the
  group's sentences; a label with neither pack nor row only when no other has any), so one
  Indonesian article never comes out as part Malay, nor a short Spanish one as Extremaduran.
- A sentence given to another language than the document's main one, or uncertain, takes the
  main language when the model found it plausible; a document whose long sentences are all
  uncertain is identified from their text read together.
- Letters inside URLs, e-mail addresses and host names (on the packs' web domains) are not
  counted. A sentence with fewer letters than `min_letters`, or whose best language stays
  uncertain, takes its neighbours' language (for the analysers) but does not count for the
  document's languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsweave.lang import get_pack, known_languages
from newsweave.lang.scripts import letters_of
from newsweave.segment import data as segdata
from newsweave.segment.data import SegmentData

_LETTER = re.compile(r"[^\W\d_]")
HAN_ONLY = "han"  # provisional label, resolved per document


@dataclass(slots=True)
class Guess:
    letters: int  # letters outside URLs
    lang: str | None  # decided label (None: too short or uncertain)
    probs: dict[str, float] | None = None  # from the statistical model, for group decisions
    text: str = ""  # the text the model read (URLs removed), kept for whole-document decisions


@cache
def _identifier() -> Any:
    """py3langid's full model (so that any language can be reported), built once per process
    from a memory-mapped copy of its arrays (`compiled.py`): decompressing the packaged LZMA
    file takes 1–2 s, mapping the copy next to nothing, and processes share its pages."""
    from importlib.metadata import version

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import load_model

    from newsweave.compiled import mapped_arrays

    path = MODEL_DIR / MODEL_FILE

    def build() -> dict[str, Any]:
        ptc, pc, classes, nextmove, row, output = load_model(path)
        return {"ptc": np.asarray(ptc), "pc": np.asarray(pc),
                "classes": np.array(classes, dtype=str),
                "nextmove": np.frombuffer(nextmove, dtype=np.dtype(nextmove.typecode)),
                "row": np.frombuffer(row, dtype=np.dtype(row.typecode)),
                "output": np.asarray(output, dtype=np.int64)}

    stat = path.stat()
    m = mapped_arrays("langid", f"{version('py3langid')}-{stat.st_size}-{stat.st_mtime_ns}",
                      build)
    # the automaton is walked byte by byte in Python: a memoryview indexes as fast as a plain
    # array (numpy's scalars do not), and viewing the mapped pages copies nothing (a copy of
    # the 39 MB table took 0.2 s of every start)
    nextmove = _flat_view(m["nextmove"])
    row = _flat_view(m["row"])
    return LanguageIdentifier(m["ptc"], m["pc"], m["classes"].tolist(), nextmove,
                              m["output"].tolist(), norm_probs=True, tk_row=row)


def _flat_view(values: Any) -> memoryview:
    """A one-dimensional numpy array as a memoryview of its own item type, without a copy."""
    return memoryview(values).cast("B").cast(values.dtype.char)


@cache
def _known() -> frozenset[str]:
    return frozenset(p.code for p in known_languages())


@cache
def _urls() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """Links, e-mail addresses and bare host names (on the web domains of segment.yaml and of
    the packs), and the substrings one of them needs (a cheap test before the pattern)."""
    domains = sorted(segdata.load().domains, key=len, reverse=True)
    pattern = re.compile(
        r"(?:https?://|www\.)\S+"  # links
        r"|[\w.+-]+@[\w-]+\.[\w.-]+"  # e-mail addresses
        r"|\b[\w-]+(?:\.[\w-]+)*\.(?:" + "|".join(map(re.escape, domains)) + r")(?:/\S*)?\b"
    )
    return pattern, ("://", "www.", "@", *(f".{d}" for d in domains))


# the identifier reads at most this many characters of a sentence: enough to decide, and it
# keeps the cost of a long unpunctuated run bounded
_MAX_ID_CHARS = 600


def letters_outside_urls(text: str) -> tuple[str, int]:
    url, hints = _urls()
    stripped = url.sub(" ", text) if any(h in text for h in hints) else text
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
    ident = dict(data.identifying)
    marks = {s: len(letters_of(s).findall(stripped)) for s in ident}
    # scripts whose language writes no Han decide on their own (hangul: ko); a few of their
    # letters among Latin ones still mark the sentence: Latin-script languages never use them,
    # while Korean and Japanese sentences quote long Latin names
    alone = sorted((s for s in ident if s not in data.with_han), key=lambda s: (-marks[s], s))
    for s in alone:
        if marks[s] >= 2 and marks[s] >= data.script_share * n:
            return Guess(n, ident[s])
    # Han with the identifying letters of a language that writes it (kana + kanji: ja)
    with_han = sorted(data.with_han, key=lambda s: (-marks[s], s))
    kana = sum(marks[s] for s in with_han)
    other = marks[alone[0]] if alone else 0
    cjk = kana + len(letters_of("han").findall(stripped))
    if cjk >= data.script_share * n or (kana >= data.kana_min_count and cjk >= other):
        if kana >= data.kana_min_count or (kana and kana >= data.kana_min_share * cjk):
            return Guess(n, ident[with_han[0]])
        if kana == 0 and other == 0:
            return Guess(n, HAN_ONLY)
        return Guess(n, ident[with_han[0]] if kana >= other else ident[alone[0]])
    ranked = _probabilities(stripped)
    probs = dict(ranked)
    best = ranked[0][0]
    group = _group_of(best, data)
    group_p = sum(probs.get(g, 0.0) for g in group)
    if group_p < data.min_probability:
        return Guess(n, None, probs, stripped)
    return Guess(n, best, probs, stripped)


def identify(text: str, min_letters: int = 1) -> str | None:
    """The language of a text on its own (a line, a sample of a page): its script, else the
    model's best label when it is sure enough; None when too short or uncertain."""
    data = segdata.load()
    g = guess(text, data, min_letters)
    return data.han_reader if g.lang == HAN_ONLY else g.lang


def decide(guesses: list[Guess], data: SegmentData) -> list[Guess]:
    """Document-level decisions: Han-only lines and confusable groups."""
    writers = [g.lang for g in guesses if g.lang not in (None, HAN_ONLY, data.han_reader)
               and get_pack(g.lang).writes("han")]
    for g in guesses:
        if g.lang == HAN_ONLY:
            g.lang = writers[0] if writers else data.han_reader
    for group in data.confusable_groups:
        members = [g for g in guesses if g.lang in group]
        if len({g.lang for g in members}) < 2:
            continue
        mass = {lang: 0.0 for lang in group}
        for g in members:
            for lang in group:
                mass[lang] += (g.probs or {}).get(lang, 0.0) * g.letters
        # a label with neither pack nor row (the model's Extremaduran beside Spanish) wins
        # only when no language the project knows has any mass
        known = [lang for lang in group if lang in _known() and mass[lang] > 0]
        winner = max(known or group, key=lambda lang: mass[lang])
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

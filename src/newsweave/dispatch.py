"""Which `ingest -j N` worker takes a document: the one that already handles its language.

Each worker process loads a language's analysers and builds its lexicons the first time it
meets a document in that language (Kiwi for Korean costs ≈5 s of processor time, Sudachi for
Japanese ≈2 s, every other language a fraction of one). Sending every document to whichever
worker is free makes each worker pay for every language; sending a language's documents to one
worker makes one pay once. So the main process guesses each document's main language before
dispatch (`main_language`: cheap, from a sample of the raw text, with the pipeline's own
identifier) and `Dispatcher` picks a worker:

- a language seen before goes to the least busy worker among those that have met it;
- a new language (or an unknown one) goes to the least busy worker, ties to the one that has
  met the fewest languages, so that languages spread over the workers;
- when that worker has been given more text than the least busy one by more than
  `spill_after` documents' worth and more than `SPILL_SHARE` of all the text given, the
  document spills to the least busy worker, which then
  counts as having met the language (a batch of one language still uses every worker).

"Busy" counts the text each worker has been given in this run.

The guess only chooses a worker: each worker runs the whole pipeline, so a wrong guess costs
time, never a different result.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsweave.model import RawDocument

# enough text to tell the language (the identifier reads 600 characters of it for its model)
_SAMPLE_BYTES = 32_768
_SAMPLE_CHARS = 3000
_MIN_LETTERS = 20
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
# a worker may lead by this share of all the text given before its languages spill: on a long
# batch of many languages, the imbalance a few hundred documents of one language make is
# cheaper than loading that language in a second worker
SPILL_SHARE = 0.2


# how many bytes of text a worker gets through in a second of processor time, news articles
# of a few KB with their per-document work (the dev texts, 2026-12: 56 documents, 108 KB,
# ≈ 15 s at -j1): turns a language's start_seconds into the units of `cost`
BYTES_PER_SECOND = 7_000


def start_bytes(language: str) -> float:
    """A language's start cost (`start_seconds` in its meta.yaml) in bytes of text."""
    from newsweave.lang import get_pack

    try:
        return get_pack(language).start_seconds * BYTES_PER_SECOND
    except (KeyError, ValueError):  # an unknown code: nothing to load
        return 0.0


def main_language(raw: RawDocument) -> str | None:
    """A guess of the document's main language from the start of its raw text (markup
    removed), or None when it cannot be told (too little text, an uncertain model, an
    undecodable sample). Never raises: dispatch must not fail a document."""
    from newsweave.segment.language import identify  # the model is loaded on first use

    data = raw.data
    text = (data[:_SAMPLE_BYTES].decode("utf-8", errors="replace")
            if isinstance(data, bytes) else data[:_SAMPLE_BYTES])
    if "<" in text:
        text = _TAG.sub(" ", _INVISIBLE.sub(" ", text))
    try:
        return identify(" ".join(text.split())[:_SAMPLE_CHARS], _MIN_LETTERS)
    except Exception:  # a guess is an optimisation: the worker reports real problems
        return None


class Dispatcher:
    """Chooses a worker for each document from its language and the text each worker has been
    given so far (`cost`: any measure of a document's size; the caller uses bytes).

    The balance is kept on what was given, not on what is still queued: a worker that is slow
    for a moment (loading Kiwi for its first Korean document) must not make its languages
    spill to the others, where they would be loaded a second time; and the same batch goes to
    the same workers on every run. `spill_after` is in documents of the mean size seen so far:
    a lead that large outweighs loading a language twice.
    """

    def __init__(self, workers: int, spill_after: float = 4.0,
                 start_cost: Callable[[str], float] | None = None) -> None:
        if workers < 1:
            raise ValueError("a dispatcher needs at least one worker")
        self.workers = workers
        self.spill_after = spill_after
        # what a worker pays the first time it meets a language, in the units of `cost`
        self.start_cost = start_cost or (lambda language: 0.0)
        self.given = [0.0] * workers  # the text each worker has been given
        self.met: dict[str, list[int]] = {}  # language -> the workers that have met it
        self.languages = [0] * workers  # how many languages each worker has met
        self._count = 0

    def choose(self, language: str | None, cost: float) -> int:
        w = self._pick(language, cost)
        self.given[w] += cost
        return w

    def _pick(self, language: str | None, cost: float) -> int:
        self._count += 1
        given = self.given
        least = min(range(self.workers), key=lambda w: (given[w], self.languages[w], w))
        homes = self.met.get(language, []) if language is not None else []
        if homes:
            home = min(homes, key=lambda w: (given[w], w))
            total = sum(given) + cost
            margin = max(self.spill_after * total / self._count, SPILL_SHARE * total)
            # spilling makes the other worker load the language too: that counts against it
            start = 0.0 if least in homes else self.start_cost(language)
            if given[home] - (given[least] + start) <= margin:
                return home
        if language is not None and least not in homes:
            self.met.setdefault(language, []).append(least)
            self.languages[least] += 1
            given[least] += self.start_cost(language)  # Kiwi's load weighs like documents
        return least

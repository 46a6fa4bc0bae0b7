"""Which `ingest -j N` worker takes a document: the one that already handles its language.

Each worker process loads a language's analysers and builds its lexicons the first time it
meets a document in that language (Kiwi for Korean costs ≈5 s of processor time, Sudachi for
Japanese ≈1 s, every other language a fraction of one). Sending every document to whichever
worker is free makes each worker pay for every language; sending a language's documents to one
worker makes one pay once. So the main process guesses each document's main language before
dispatch (`main_language`: cheap, from a sample of the raw text, with the pipeline's own
identifier) and `Dispatcher` picks a worker:

- a language seen before goes to the least busy worker among those that have met it;
- a new language (or an unknown one) goes to the least busy worker, ties to the one that has
  met the fewest languages, so that languages spread over the workers;
- when that worker's backlog exceeds the least busy worker's by more than `spill_after`
  documents' worth of text, the document spills to the least busy worker, which then counts
  as having met the language (a batch of one language still uses every worker).

The guess only chooses a worker: each worker runs the whole pipeline, so a wrong guess costs
time, never a different result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.model import RawDocument

# enough text to tell the language (the identifier reads 600 characters of it for its model)
_SAMPLE_BYTES = 32_768
_SAMPLE_CHARS = 3000
_MIN_LETTERS = 20
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")


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
    """Chooses a worker for each document from its language and the workers' backlogs.

    `loads[w]` is the text (any cost measure: the caller uses bytes) of the documents given to
    worker `w` and not yet finished. `spill_after` is in documents of the mean size seen so far:
    a backlog that much larger than another worker's outweighs loading a language twice.
    """

    def __init__(self, workers: int, spill_after: float = 3.0) -> None:
        if workers < 1:
            raise ValueError("a dispatcher needs at least one worker")
        self.workers = workers
        self.spill_after = spill_after
        self.met: dict[str | None, list[int]] = {}  # language -> workers that have met it
        self.languages = [0] * workers  # how many languages each worker has met
        self._total = 0.0
        self._count = 0

    def choose(self, language: str | None, cost: float, loads: Sequence[float]) -> int:
        if len(loads) != self.workers:
            raise ValueError(f"{len(loads)} loads for {self.workers} workers")
        self._total += cost
        self._count += 1
        least = min(range(self.workers), key=lambda w: (loads[w], self.languages[w], w))
        homes = self.met.get(language, []) if language is not None else []
        if homes:
            home = min(homes, key=lambda w: (loads[w], w))
            margin = self.spill_after * self._total / self._count
            if loads[home] - loads[least] <= margin:
                return home
        if language is not None and least not in homes:
            self.met.setdefault(language, []).append(least)
            self.languages[least] += 1
        return least

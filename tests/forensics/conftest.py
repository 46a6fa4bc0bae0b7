"""Helpers for forensic tests: documents built from text plus hand-made analysis records."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsweave.model import (
    Analysis,
    Claim,
    Document,
    Entity,
    LanguageShare,
    Mention,
    OffsetMap,
    Quantity,
    Removal,
    Sentence,
    TimeExpression,
)


def make_doc(
    text: str,
    lang: str | None = None,
    published: str | None = None,
    removed: Sequence[Removal] = (),
    outlet: str | None = None,
    origin: str | None = None,
    doc_id: str = "d1",
) -> Document:
    """A Document whose cleaned text is the text itself, one sentence per line."""
    sentences = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        if line.strip():
            sentences.append(Sentence(i, pos, pos + len(line), pos, pos + len(line), line, lang))
        pos += len(line) + 1
    langs = (LanguageShare(lang, len(text)),) if lang else ()
    return Document(
        id=doc_id, uri=f"test://{doc_id}", original_text=text, clean_text=text,
        offsets=OffsetMap.identity(len(text)), sentences=tuple(sentences), languages=langs,
        removed=tuple(removed), published=published, outlet=outlet, origin=origin,
    )


def sentence_of(doc: Document, start: int) -> int:
    for s in doc.sentences:
        if s.start <= start < s.end:
            return s.index
    return 0


def mention(doc: Document, surface: str, entity_id: str, how: str = "exact",
            confidence: float = 1.0, nth: int = 0) -> Mention:
    """A mention of the nth occurrence of `surface` in the document."""
    start = -1
    for _ in range(nth + 1):
        start = doc.original_text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, entity_id, sentence_of(doc, start),
                   confidence, how)


def time_expr(doc: Document, surface: str, value: str | None, precision: str | None = "day",
              problem: str | None = None, relative: bool = False) -> TimeExpression:
    start = doc.original_text.index(surface)
    return TimeExpression(start, start + len(surface), surface, sentence_of(doc, start), value,
                          precision, relative, problem)  # type: ignore[arg-type]


def quantity(doc: Document, surface: str, value: float | None, unit: str | None,
             problem: str | None = None) -> Quantity:
    start = doc.original_text.index(surface)
    return Quantity(start, start + len(surface), surface, sentence_of(doc, start), value, unit,
                    problem=problem)


def claim(doc: Document, surface: str, ctype: str, actors: Sequence[str], targets: Sequence[str],
          n: int = 0, **kw) -> Claim:
    start = doc.original_text.index(surface)
    return Claim(f"{doc.id}-c{n}", doc.id, ctype, tuple(actors), tuple(targets), "asserted", start,
                 start + len(surface), surface, None, sentence_of(doc, start), **kw)


def analysis(mentions=(), times=(), quantities=(), entities=()) -> Analysis:
    return Analysis(tuple(mentions), tuple(times), tuple(quantities), tuple(entities))


class FakeKB:
    def __init__(self, entities: Sequence[Entity]):
        self.entities = {e.id: e for e in entities}

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)


class FakeResources:
    def __init__(self, kb: FakeKB | None = None):
        self.kb = kb


@pytest.fixture
def kb() -> FakeKB:
    return FakeKB([
        Entity("kim-jong-il", "Kim Jong Il", "person", ("Kim Jong-il",), facts={
            "born": "1941-02-16", "died": "2011-12-17",
            "offices": [{"role": "supreme_leader", "of": "north-korea", "from": "1994-07-08",
                         "to": "2011-12-17"}]}),
        Entity("kim-jong-un", "Kim Jong Un", "person", ("Kim Jong-un",), facts={
            "born": "1984-01-08",
            "offices": [{"role": "supreme_leader", "of": "north-korea", "from": "2011-12-17"}]}),
        Entity("kirill-budanov", "Kirill Budanov", "person", ("Budanov",)),
        Entity("sergey-lavrov", "Sergey Lavrov", "person", ("Lavrov", "라브로프")),
        Entity("russia", "Russia", "country", ("Rusia", "ロシア", "러시아", "Россия")),
        Entity("north-korea", "North Korea", "country", ("Korea Utara", "北朝鮮", "북한")),
        Entity("bryansk-oblast", "Bryansk Oblast", "place", ("Bryansk",)),
    ])


@pytest.fixture
def fx():
    """This module: the helpers above (tests call fx.make_doc, fx.mention, ...)."""
    import sys

    return sys.modules[__name__]


def run(doc: Document, an: Analysis | None = None, claims=(), kb: FakeKB | None = None):
    from newsweave.forensics import inspect

    return inspect(doc, an or analysis(), list(claims), FakeResources(kb))  # type: ignore[arg-type]


def kinds(findings) -> list[tuple[str, str]]:
    return [(f.kind, f.surface) for f in findings]


# hypothesis tests cannot take function-scoped fixtures: they import the helpers by this name
import sys as _sys  # noqa: E402

_sys.modules.setdefault("tests_forensics_helpers", _sys.modules[__name__])

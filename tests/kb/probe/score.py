"""Entity recall and precision of the linker on the probe corpus (probe.yaml).

Run `python tests/kb/probe/score.py [-v]` for the figures; tests/kb/test_probe.py pins floors.
Scoring follows ../shared/eval/score.py: an expected name is found when an entity mentioned in
the document has it as name or alias; a mentioned entity is precise when one of its names is an
expected (required or optional) name.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newsweave.kb import KnowledgeBase, load_knowledge_base
from newsweave.kb.link import find_mentions
from newsweave.model import Document, Entity, LanguageShare, OffsetMap, Sentence

PROBE = Path(__file__).with_name("probe.yaml")


def norm(name: str | None) -> str:
    s = unicodedata.normalize("NFKD", str(name or ""))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z\u0080-\uffff]+", " ", s.lower()).strip()


def document(doc: dict) -> Document:
    """One sentence per line, all in the article's language."""
    text, lang = doc["text"], doc["lang"]
    sentences, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        sentences.append(Sentence(i, pos, pos + len(line), pos, pos + len(line), line, lang))
        pos += len(line) + 1
    return Document(id=doc["id"], uri=f"probe://{doc['id']}", original_text=text,
                    clean_text=text, offsets=OffsetMap.identity(len(text)),
                    sentences=tuple(sentences), languages=(LanguageShare(lang, len(text)),),
                    published=doc.get("published"))


def _names(e: Entity) -> set[str]:
    return {norm(n) for n in (e.name, *e.aliases)} - {""}


@dataclass
class Score:
    found: int = 0
    required: int = 0
    precise: int = 0
    mentioned: int = 0
    wrong: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.precise / self.mentioned if self.mentioned else 1.0


def score(kb: KnowledgeBase, langs: set[str] | None = None, heldout: bool = False) -> Score:
    """Scores over the probe's articles in `langs`: the held-out stories or the others."""
    docs = yaml.safe_load(PROBE.read_text(encoding="utf-8"))
    out = Score()
    for doc in docs:
        if (langs and doc["lang"] not in langs) or bool(doc.get("heldout")) != heldout:
            continue
        _, entities = find_mentions(document(doc), kb)
        names = [_names(e) for e in entities]
        expected = [{norm(a) for a in item.split("|")}
                    for item in doc["required"] + doc.get("optional", [])]
        for item in doc["required"]:
            out.required += 1
            want = {norm(a) for a in item.split("|")}
            if any(want & n for n in names):
                out.found += 1
            else:
                out.misses.append(f"{doc['id']}: {item}")
        for e, n in zip(entities, names, strict=True):
            out.mentioned += 1
            if any(want & n for want in expected):
                out.precise += 1
            else:
                out.extras.append(f"{doc['id']}: {e.name} ({e.id})")
        wrong = {norm(w) for w in doc.get("wrong", [])}
        out.wrong += sum(1 for n in names if n & wrong)
    return out


def main(argv: list[str]) -> int:
    kb = load_knowledge_base()
    langs = {a for a in argv if not a.startswith("-")} or None
    for heldout in (False, True):
        s = score(kb, langs, heldout)
        if "-v" in argv:
            for m in s.misses:
                print("  missing:", m)
            for x in s.extras:
                print("  not expected:", x)
        print(f"{'held-out' if heldout else 'stories '} recall {s.found}/{s.required} "
              f"{s.recall:.2f}  precision {s.precise}/{s.mentioned} {s.precision:.2f}  "
              f"wrong {s.wrong}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

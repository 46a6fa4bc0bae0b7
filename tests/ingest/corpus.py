"""A small corpus of made-up English news articles for the ingestion tests.

Several articles report each of a few events in other words, some without a date line, so that
fusion has cross-document events, denials and undated claims to place. `write_corpus` writes
them as .txt files; `processed_cache` runs the real pipeline once per text (the tests then
ingest the same documents again and again).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsweave.model import Processed, RawDocument
from newsweave.pipeline import process
from newsweave.resources import Resources
from newsweave.store import Store

EVENTS = [
    ("2023-09-14", [
        "North Korean leader Kim Jong Un met Russian President Vladimir Putin on September 13, "
        "2023, at a space launch centre in the far east of Russia.",
        "Vladimir Putin held talks with Kim Jong Un on September 13 at the Vostochny "
        "Cosmodrome, the Kremlin said.",
        "Kim Jong Un and Vladimir Putin met on Wednesday at a cosmodrome in Russia's Amur "
        "region.",
    ]),
    ("2023-10-19", [
        "Russian Foreign Minister Sergey Lavrov visited Pyongyang on October 18, 2023.",
        "Sergey Lavrov arrived in Pyongyang on Wednesday for a two-day visit, state media said.",
    ]),
    ("2024-10-18", [
        "South Korea's spy agency said on Friday that North Korea had sent about 1,500 special "
        "forces troops to Russia.",
        "North Korea has deployed 1,500 soldiers to Russia, the National Intelligence Service "
        "said on October 18.",
        "The Kremlin denied that North Korea had sent troops to Russia.",
    ]),
    ("2024-01-03", [
        "Russia launched a missile attack on Kyiv on January 2, 2024, killing five people.",
        "A Russian missile strike on Kyiv killed 5 civilians on Tuesday, Ukrainian officials "
        "said.",
    ]),
    ("2024-11-06", [
        "US Secretary of State Antony Blinken warned North Korea on November 5, 2024, against "
        "sending more troops to Russia.",
        "Antony Blinken condemned the deployment of North Korean troops to Russia on Tuesday.",
    ]),
]
FILLER = [
    "Analysts said the move could change the balance of power in the region.",
    "The talks lasted several hours, according to people familiar with the matter.",
    "Officials in Seoul and Washington are watching the situation closely.",
    "The ministry did not give further details.",
]
CITIES = ["Seoul", "Tokyo", "Washington", "Jakarta", "London"]


def articles(n: int = 24, seed: int = 13) -> list[str]:
    """`n` articles; every fourth has no date line."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        published, sentences = EVENTS[i % len(EVENTS)]
        body = rng.sample(sentences, k=rng.randint(1, len(sentences)))
        body += rng.sample(FILLER, k=2)
        y, m, d = published.split("-")
        month = ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"][int(m) - 1]
        dateline = "" if i % 4 == 3 else f"{rng.choice(CITIES)}, {month} {int(d)}, {y} — "
        title = f"Report {i}: {body[0][:40]}"
        out.append(f"{title}\n\n{dateline}{' '.join(body)}\n")
    return out


TEXTS = articles(24)


def write_corpus(directory: Path, texts: list[str], start: int = 0) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(texts):
        path = directory / f"article_{start + i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def processed_cache(resources: Resources) -> Callable[[RawDocument, Resources], Processed]:
    """`pipeline.process`, remembered per input (the pipeline is a pure function)."""
    seen: dict[tuple[str, bytes | str], Processed] = {}

    def cached(raw: RawDocument, res: Resources) -> Processed:
        key = (raw.uri, raw.data)
        if key not in seen:
            seen[key] = process(raw, resources)
        return seen[key]

    return cached


def state(store: Store) -> dict[str, Any]:
    """Everything an analyst sees, independent of the order documents were stored in."""
    from newsweave.report.export import build_export

    data = build_export(store, with_text=True)
    return {table: sorted(json.dumps(x, sort_keys=True, ensure_ascii=False)
                           for x in data[table])
            for table in ("documents", "entities", "claims", "events", "findings")}


def consistent(data: dict[str, Any]) -> list[str]:
    """Problems of one export: ids that point nowhere, claims in two events."""
    problems = []
    docs = {d["id"] for d in data["documents"]}
    claims = {c["id"]: c for c in data["claims"]}
    problems += [f"claim {c} of missing document" for c, x in claims.items()
                 if x["doc"] not in docs]
    problems += [f"finding {f['id']} of missing document" for f in data["findings"]
                 if f["doc"] not in docs]
    seen: dict[str, str] = {}
    for e in data["events"]:
        for c in e["claims"]:
            if c not in claims:
                problems.append(f"event {e['id']} holds missing claim {c}")
            if c in seen:
                problems.append(f"claim {c} in events {seen[c]} and {e['id']}")
            seen[c] = e["id"]
        problems += [f"event {e['id']} cites missing document {d}"
                     for d in e["documents"] if d not in docs]
    return problems

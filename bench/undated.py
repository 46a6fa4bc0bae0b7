"""Adding one document to a store full of undated documents: the time it takes.

An older newsweave re-dated every undated document on every ingest (186 s of 188 s to add one
document to a store with 5,323 of them). Now nothing is re-dated: an undated document's claims
are dated by their own text only, and its estimated month is computed when `show` asks.

Builds a store of N undated made-up articles (a few events, each told by many of them, so
that events grow large), then times adding one more undated article and one dated article,
in process (`ingest()`, after a first document has loaded the analysers, as in a running
process) and through the command line (with its start-up), each on a copy of the store (so
that --keep builds it once and every run times the same store).

    python bench/undated.py --documents 5000 --jobs 2 [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = [
    "North Korean leader Kim Jong Un met Russian President Vladimir Putin at a space launch "
    "centre in the far east of Russia.",
    "Vladimir Putin held talks with Kim Jong Un at the Vostochny Cosmodrome, the Kremlin said.",
    "Russian Foreign Minister Sergey Lavrov visited Pyongyang for two days of talks.",
    "South Korea's spy agency said that North Korea had sent about 1,500 special forces troops "
    "to Russia.",
    "The Kremlin denied that North Korea had sent troops to Russia.",
    "A Russian missile strike on Kyiv killed five civilians, Ukrainian officials said.",
    "US Secretary of State Antony Blinken warned North Korea against sending more troops.",
    "Analysts said the move could change the balance of power in the region.",
    "Officials in Seoul and Washington are watching the situation closely.",
]


def article(rng: random.Random, i: int) -> str:
    body = " ".join(rng.sample(SENTENCES, k=rng.randint(2, 5)))
    return f"Report {i}\n\n{body}\n"  # no date line: an undated copy


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=5000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="build (or reuse) the store in this directory")
    args = ap.parse_args()

    from newsweave.ingest import ingest
    from newsweave.resources import Resources
    from newsweave.store.sqlite import SQLiteStore

    tmp = tempfile.TemporaryDirectory()
    work = args.keep or Path(tmp.name)
    work.mkdir(parents=True, exist_ok=True)
    db = work / "undated.db"
    corpus = work / "corpus"
    if not db.exists():
        corpus.mkdir(exist_ok=True)
        rng = random.Random(3)
        for i in range(args.documents):
            (corpus / f"u{i:05d}.txt").write_text(article(rng, i), "utf-8")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "newsweave.cli", "--db", str(db), "ingest", "-q",
                        "-j", str(args.jobs), str(corpus)], check=True)
        print(f"built: {args.documents} undated documents in "
              f"{time.perf_counter() - started:.0f} s", flush=True)
    # timed on a copy, so that every run of --keep times the same store
    timed = Path(tmp.name) / "timed.db"
    with sqlite3.connect(db) as built, sqlite3.connect(timed) as copy:
        built.backup(copy)
    built.close()
    copy.close()
    db = timed
    store = SQLiteStore(db)
    undated = store.db.execute("SELECT COUNT(*) FROM documents WHERE published IS NULL"
                               ).fetchone()[0]
    largest = max((len(e.claims) for e in store.events()), default=0)
    print(f"store: {undated} undated documents, {len(store.events())} events, the largest "
          f"with {largest} claims")
    resources = Resources()
    one = work / "one"
    one.mkdir(exist_ok=True)
    stamp = int(time.time())
    # a running process has its knowledge base and analysers loaded (regular expressions
    # compiled...): one document into an empty store first, timed apart
    warm = one / f"warm-{stamp}.txt"
    warm.write_text(f"Report {stamp}w\n\n{SENTENCES[5]}\n", "utf-8")
    started = time.perf_counter()
    empty = SQLiteStore(Path(tmp.name) / "warm.db")
    list(ingest([str(warm)], empty, resources))
    empty.close()
    print(f"start-up (knowledge base, analysers; one document into an empty store): "
          f"{time.perf_counter() - started:6.2f} s", flush=True)
    cases = {
        "undated": f"Report {stamp}\n\n{SENTENCES[0]} {SENTENCES[4]}\n",
        "dated": f"Report {stamp}b\n\nSeoul, October 18, 2024 — {SENTENCES[3]} {SENTENCES[1]}\n",
    }
    for name, text in cases.items():
        path = one / f"{name}-{stamp}.txt"
        path.write_text(text, "utf-8")
        started, cpu = time.perf_counter(), time.process_time()
        [outcome] = list(ingest([str(path)], store, resources))
        print(f"one {name} document, in process: {time.perf_counter() - started:6.2f} s "
              f"(processor {time.process_time() - cpu:.2f} s; {outcome.status})", flush=True)
    store.close()
    path = one / f"cli-{stamp}.txt"
    path.write_text(f"Report {stamp}c\n\n{SENTENCES[2]} {SENTENCES[6]}\n", "utf-8")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsweave.cli", "--db", str(db), "ingest", "-q",
                    str(path)], check=True)
    print(f"one undated document, command line (with start-up): "
          f"{time.perf_counter() - started:6.2f} s")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())

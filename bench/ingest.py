"""Ingest benchmark: documents/s per slice, MB/s and peak RSS of a real ingest.

Two synthetic corpora, written to a temporary directory and read by the real ingest in a child
process (so that its peak RSS can be read):

- one-story (the worst case for fusion): documents recombining paragraphs of the seed articles
  (or of any directory given with --source), so every document reports the same few events and
  they grow without end;
- many-story: documents generated from templates (bench/data/many_story.yaml) over many
  places, dates, numbers and kinds of event, in English, Russian, Indonesian and Vietnamese;
  each event is reported by a few documents (some without its date), so events are many and
  small, as in a newsroom's feed.

The child prints the time of every slice of --slice documents (default 1,000): docs/s per
slice shows whether the cost of a document grows with the store.

    python bench/ingest.py                                  # one-story, 1,000 documents, -j1
    python bench/ingest.py --corpus many-story --sizes 5000 --jobs 2
    python bench/ingest.py --corpus one-story --sizes 100000 --jobs 2   # hours on 2 cores
    python bench/ingest.py --corpus many-story --sizes 2000 --dask local:2
    python bench/ingest.py --sizes 1000 --profile            # + where the main process spends
    python bench/ingest.py --keep run.db --sizes 2000 --jobs 2  # keep the store it built
    python bench/ingest.py --refuse run.db --slice 500        # fusion alone, on that store

Peak RSS is the main process's (with --jobs or --dask, workers are separate processes).

--refuse measures fusion alone, free of the analysis that dominates an ingest's time: a copy
of an ingested SQLite store loses its events, then its documents are fused again, --slice at a
time in the order they were stored, by one fusion session as `ingest` fuses them; it prints
the processor seconds of each slice (steadier than wall time on a shared machine).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "corpus" / "seeds"
TEMPLATES = Path(__file__).resolve().parent / "data" / "many_story.yaml"
# the child: a real ingest (the same generator `newsweave ingest` drives), one line per slice
CHILD = (
    "import cProfile, io, pstats, resource, sys, time\n"
    "from newsweave.ingest import ingest\n"
    "from newsweave.resources import Resources\n"
    "from newsweave.store import open_store\n"
    "db, corpus, jobs, prof, every, dask = sys.argv[1:7]\n"
    "profile = cProfile.Profile() if prof != '0' else None\n"
    "if profile: profile.enable()\n"
    "store, t0, n, failed = open_store(db), time.perf_counter(), 0, 0\n"
    "last = t0\n"
    "for outcome in ingest([corpus], store, Resources(), jobs=int(jobs), dask=dask or None):\n"
    "    n += 1\n"
    "    failed += outcome.status == 'failed'\n"
    "    if n % int(every) == 0:\n"
    "        now = time.perf_counter()\n"
    "        print('slice', n, now - last, now - t0, flush=True)\n"
    "        last = now\n"
    "now = time.perf_counter()\n"
    "print('end', n, now - last, now - t0, failed, len(store.events()), flush=True)\n"
    "store.close()\n"
    "if profile:\n"
    "    profile.disable()\n"
    "    out = io.StringIO()\n"
    "    pstats.Stats(profile, stream=out).sort_stats('cumulative').print_stats(prof, 14)\n"
    "    print(out.getvalue(), file=sys.stderr)\n"
    "print('rss', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)\n"
)


# ---------------------------------------------------------------------- one-story corpus

def paragraphs(source: Path) -> list[str]:
    out: list[str] = []
    for f in sorted(source.rglob("*.txt")):
        text = f.read_text(encoding="utf-8", errors="replace")
        out += [p.strip() for p in text.splitlines() if len(p.strip()) > 40]
    if not out:
        sys.exit(f"no paragraphs found under {source}")
    return out


def one_story(paras: list[str], n: int, directory: Path, seed: int = 7) -> int:
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        body = "\n".join(rng.sample(paras, k=min(len(paras), rng.randint(4, 12))))
        # a date line like real articles carry (undated copies trigger the estimation pass)
        month, day, hour = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23)
        dateline = f"2024/{month:02d}/{day:02d} {hour:02d}:00 KST"
        text = f"Synthetic article {i}\n{body}\n{dateline}\n"
        total += _write(directory, i, text)
    return total


# ---------------------------------------------------------------------- many-story corpus

def _date(t: dict, lang: str, y: int, m: int, d: int, full: bool = True) -> str:
    mon = t["months"][lang][m - 1] if lang in t["months"] else ""
    return t["dates" if full else "short_dates"][lang].format(d=d, mon=mon, mm=m, y=y)


def many_story(n: int, directory: Path, seed: int = 7, reports: int = 3) -> int:
    """`n` documents, about `n / reports` events: each event is a kind, two countries, a
    date (any day of 2020–2025) and numbers; its reports are in random languages, and one in
    four leaves out the year (its publication line gives it)."""
    t = yaml.safe_load(TEMPLATES.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    langs = ["en", "ru", "id", "vi"]
    events = max(1, n // reports)
    total = 0
    for i in range(n):
        e = random.Random(seed * 1_000_003 + rng.randrange(events))  # the event's own draw
        kind = e.choice(t["events"])
        a, b = e.sample(t["places"], 2)
        y, m, d = e.randint(2020, 2025), e.randint(1, 12), e.randint(1, 28)
        numbers = {"n": e.randint(2, 400), "m": e.randint(10, 9000) * 10}
        lang = rng.choice(langs)
        dated = rng.random() >= 0.25
        sentence = kind[lang].format(a=a[lang][0], b=b[lang][0], city=a[lang][1],
                                     date=_date(t, lang, y, m, d, full=dated), **numbers)
        fillers = rng.sample(t["fillers"][lang], k=min(2, len(t["fillers"][lang])))
        # a date line as in the one-story corpus, a day or two after the event
        published = f"{y}/{m:02d}/{min(28, d + rng.randint(0, 2)):02d} {rng.randint(0, 23):02d}:00"
        text = f"Report {i}\n{sentence}\n{' '.join(fillers)}\n{published}\n"
        total += _write(directory, i, text)
    return total


def _write(directory: Path, i: int, text: str) -> int:
    # a hundred files per folder: 100,000 documents stay easy to list
    folder = directory / f"{i // 100:04d}"
    folder.mkdir(exist_ok=True)
    (folder / f"doc_{i:06d}.txt").write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


# ---------------------------------------------------------------------- the run

def refuse(source: Path, every: int) -> None:
    """Fuse an ingested store's documents again, `every` at a time (fusion alone)."""
    from newsweave import fuse
    from newsweave.resources import Resources
    from newsweave.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "refuse.db"
        with sqlite3.connect(source) as src, sqlite3.connect(db) as dst:
            src.backup(dst)
        with sqlite3.connect(db) as con:  # no events; every document held back (2)
            con.execute("DELETE FROM event_keys")
            con.execute("DELETE FROM events")
            con.execute("UPDATE documents SET fused = 2")
            order = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY seq")]
        store = open_store(db)
        session = fuse.Session(store, Resources())
        _ = session.resources.kb  # loaded before the first slice, which would count it
        print(f"fusion alone: {len(order)} documents of {source}, {every} at a time",
              flush=True)
        first = last = None
        for i in range(0, len(order), every):
            with store.write("releasing documents"):
                store.db.executemany("UPDATE documents SET fused = 0 WHERE id = ?",
                                     [(d,) for d in order[i:i + every]])
            wall, cpu = time.perf_counter(), time.process_time()
            fuse.fuse_pending(session)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            n = len(order[i:i + every])
            first = first or n / cpu
            last = n / cpu
            print(f"  {i + n:>7} docs  slice {wall:7.2f} s wall {cpu:7.2f} s processor  "
                  f"{n / cpu:7.1f} docs per processor second", flush=True)
        print(f"  events {len(store.events())}", flush=True)
        if first and last:
            print(f"  last slice at {100 * last / first:.0f} % of the first slice's rate",
                  flush=True)
        store.close()


def run(n: int, corpus_kind: str, paras: list[str], jobs: int = 1, profile: str = "0",
        every: int = 1000, dask: str = "", keep: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        size = (one_story(paras, n, corpus) if corpus_kind == "one-story"
                else many_story(n, corpus))
        db = Path(tmp) / "bench.db"
        how = f"--dask {dask}" if dask else f"-j{jobs}"
        print(f"{corpus_kind}: {n} documents, {size / 1e6:.2f} MB, {how}", flush=True)
        t0 = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), str(corpus), str(jobs), profile, str(every),
             dask],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE if profile != "0" else None,
            text=True,
        )
        assert child.stdout is not None
        first = last = None
        peak_kb = 0
        for line in child.stdout:
            word, *rest = line.split()
            if word == "slice":
                done, took, since = int(rest[0]), float(rest[1]), float(rest[2])
                rate = every / took
                first = first or rate
                last = rate
                print(f"  {done:>7} docs  {since:8.1f} s  slice {rate:7.1f} docs/s", flush=True)
            elif word == "end":
                done, since, failed, events = int(rest[0]), float(rest[2]), rest[3], rest[4]
                elapsed = since
            elif word == "rss":
                peak_kb = int(rest[0])
        err = child.stderr.read() if child.stderr else ""
        if child.wait() != 0:
            sys.exit(f"the ingest failed (exit {child.returncode})\n{err}")
        wall = time.perf_counter() - t0
        print(f"{n:>7} docs  {how}  {size / 1e6:7.2f} MB  {elapsed:8.1f} s  "
              f"{n / elapsed:7.1f} docs/s  {size / 1e6 / elapsed:6.3f} MB/s  "
              f"peak RSS {peak_kb / 1024:5.0f} MB  events {events}  failed {failed}  "
              f"(wall with start-up {wall:.1f} s)", flush=True)
        if first and last:
            print(f"  last slice at {100 * last / first:.0f} % of the first slice's rate",
                  flush=True)
        if profile != "0":  # the main process's profile (fusion runs there), filtered
            print(err, flush=True)
        if keep is not None:
            shutil.copyfile(db, keep)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=["one-story", "many-story"], nargs="+",
                    default=["one-story"])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                    help="articles whose paragraphs the one-story corpus recombines")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for ingest")
    ap.add_argument("--dask", default="", metavar="SCHEDULER|local:N",
                    help="run the pipeline on a Dask cluster instead of --jobs")
    ap.add_argument("--slice", type=int, default=1000, help="documents per timed slice")
    ap.add_argument("--profile", nargs="?", const="newsweave/fuse", default="0",
                    help="print the main process's cProfile lines matching this text "
                    "(default: fusion)")
    ap.add_argument("--keep", type=Path, metavar="DB",
                    help="copy the store the (last) run built to DB")
    ap.add_argument("--refuse", type=Path, metavar="DB",
                    help="measure fusion alone: fuse DB's documents again, --slice at a time")
    args = ap.parse_args()
    if args.refuse:
        refuse(args.refuse, args.slice)
        return
    paras = paragraphs(args.source) if "one-story" in args.corpus else []
    for kind in args.corpus:
        for n in args.sizes:
            run(n, kind, paras, args.jobs, args.profile, args.slice, args.dask, args.keep)


if __name__ == "__main__":
    main()

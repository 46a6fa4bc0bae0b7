"""Ingest benchmark: documents/s, MB/s and peak RSS of `newsweave ingest`.

Builds corpora of synthetic documents by recombining paragraphs of the seed articles (or of any
directory given with --source), writes them to a temporary directory, and runs the real command
line in a child process so that its peak RSS can be read.

    python bench/ingest.py                     # 1,000 and 10,000 documents
    python bench/ingest.py --sizes 200 --source examples --jobs 2
    python bench/ingest.py --sizes 1000 --profile   # + where the main process spends time

Peak RSS is the main process's (with --jobs, workers are separate processes).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "corpus" / "seeds"
CHILD = (
    "import cProfile, io, pstats, resource, sys\n"
    "from newsweave.cli import main\n"
    "args = ['--db', sys.argv[1], 'ingest', '-q', '--jobs', sys.argv[3], sys.argv[2]]\n"
    "profile = cProfile.Profile() if sys.argv[4] != '0' else None\n"
    "if profile: profile.enable()\n"
    "code = main(args)\n"
    "if profile:\n"
    "    profile.disable()\n"
    "    out = io.StringIO()\n"
    "    stats = pstats.Stats(profile, stream=out).sort_stats('cumulative')\n"
    "    stats.print_stats(sys.argv[4], 14)\n"
    "    print(out.getvalue(), file=sys.stderr)\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def paragraphs(source: Path) -> list[str]:
    out: list[str] = []
    for f in sorted(source.rglob("*.txt")):
        text = f.read_text(encoding="utf-8", errors="replace")
        out += [p.strip() for p in text.splitlines() if len(p.strip()) > 40]
    if not out:
        sys.exit(f"no paragraphs found under {source}")
    return out


def build_corpus(paras: list[str], n: int, directory: Path, seed: int = 7) -> int:
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        body = "\n".join(rng.sample(paras, k=min(len(paras), rng.randint(4, 12))))
        # a date line like real articles carry (undated copies trigger the estimation pass)
        month, day, hour = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23)
        dateline = f"2024/{month:02d}/{day:02d} {hour:02d}:00 KST"
        text = f"Synthetic article {i}\n{body}\n{dateline}\n"
        (directory / f"doc_{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def run(n: int, paras: list[str], jobs: int = 1, profile: str = "0") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        size = build_corpus(paras, n, corpus)
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        # a fresh child per size, which reports its own peak RSS (kB on Linux) on its last line
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(db), str(corpus), str(jobs), profile],
            check=True,
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - t0
        lines = child.stderr.strip().splitlines()
        peak_kb = int(lines[-1])
        print(
            f"{n:>6} docs  -j{jobs}  {size / 1e6:7.2f} MB  {elapsed:8.1f} s  "
            f"{n / elapsed:8.1f} docs/s  {size / 1e6 / elapsed:6.3f} MB/s  "
            f"peak RSS {peak_kb / 1024:7.0f} MB",
            flush=True,
        )
        if profile != "0":  # the main process's profile (fusion runs there), filtered
            print("\n".join(lines[:-1]), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for ingest")
    ap.add_argument("--profile", nargs="?", const="newsweave/fuse", default="0",
                    help="print the main process's cProfile lines matching this text "
                    "(default: fusion)")
    args = ap.parse_args()
    paras = paragraphs(args.source)
    print(f"paragraph pool: {len(paras)} from {args.source}")
    for n in args.sizes:
        run(n, paras, args.jobs, args.profile)


if __name__ == "__main__":
    main()

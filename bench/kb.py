"""Cost of the knowledge base: compiling it, loading the cached copy, and its memory.

    python bench/kb.py [--repeat 3]

Each figure is measured in a fresh process (so caches and imports of one run never help the
next): `build` compiles the packaged data without the on-disk cache (and writes nothing),
`load` reads the cached pickle (building it first if it is missing), `first document` loads the
knowledge base and links the entities of one short made-up English article. RSS is the resident
size of the process before (after imports) and after the step, in MB; the pickle's size is
printed too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_STEP = r"""
import json, os, sys, time
sys.path.insert(0, {src!r})

def rss():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0

import newsweave.kb as kbmod
from newsweave.kb.link import find_mentions
from newsweave.model import Document, LanguageShare, OffsetMap, Sentence
before = rss()
t = time.perf_counter()
step = {step!r}
if step == "build":
    kb = kbmod._compile(kbmod._data_files())
else:
    kb = kbmod.load_knowledge_base()
loaded = time.perf_counter() - t
if step == "first":
    text = ("Syrian forces shelled Aleppo on Monday, and protesters gathered in Damascus. "
            "The governor of Kursk Oblast said drones hit Kursk and Belgorod.")
    doc = Document(id="b", uri="b", original_text=text, clean_text=text,
                   offsets=OffsetMap.identity(len(text)),
                   sentences=(Sentence(0, 0, len(text), 0, len(text), text, "en"),),
                   languages=(LanguageShare("en", len(text)),), published="2024-01-01")
    find_mentions(doc, kb)
print(json.dumps({{"seconds": time.perf_counter() - t, "load": loaded, "before": before,
                  "after": rss(), "entities": len(kb)}}))
"""


def run(step: str) -> dict:
    code = _STEP.format(src=str(ROOT / "src"), step=step)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    run("load")  # make sure the cache exists
    print(f"{'step':<16}{'seconds':>9}{'RSS before':>12}{'RSS after':>11}{'entities':>10}")
    for step in ("build", "load", "first"):
        rows = [run(step) for _ in range(args.repeat)]
        best = min(rows, key=lambda r: r["seconds"])
        name = {"first": "first document"}.get(step, step)
        print(f"{name:<16}{best['seconds']:>9.2f}{best['before']:>12.0f}{best['after']:>11.0f}"
              f"{best['entities']:>10}")
    sys.path.insert(0, str(ROOT / "src"))
    import newsweave.kb as kbmod
    from newsweave.cache import cache_dir

    files = kbmod._data_files()
    cached = cache_dir() / f"kb-{kbmod._fingerprint(files)}.pickle"
    if cached.exists():
        print(f"cached pickle   {cached.stat().st_size / 2**20:.1f} MB  ({cached})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

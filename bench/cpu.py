"""Wall time and processor time of a command and every process it starts (workers included).

    python bench/cpu.py newsweave --db /tmp/x.db ingest -q -j2 DIR

Each process's own user + system time is sampled every 0.1 s (the last sample of each is what
it had used by then), so a process's children are counted once, as themselves.
"""

from __future__ import annotations

import subprocess
import sys
import time

import psutil


def main(argv: list[str]) -> int:
    t0 = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = psutil.Process(child.pid)
    seen: dict[int, float] = {}
    while child.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            procs = []
        for p in procs:
            try:
                t = p.cpu_times()
                seen[p.pid] = t.user + t.system
            except psutil.Error:
                pass
        time.sleep(0.1)
    wall = time.perf_counter() - t0
    print(f"exit {child.returncode}  wall {wall:.1f} s  processor {sum(seen.values()):.1f} s in "
          f"{len(seen)} processes  load {psutil.getloadavg()[0]:.1f}")
    return child.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

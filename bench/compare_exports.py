"""Compare two `newsweave export --format json` files, section by section.

    python bench/compare_exports.py BEFORE.json AFTER.json [--sort-aliases] [-q]

Prints, for documents, entities, claims, events and findings, how many records only one of the
two files has (a record is compared whole), and with -v (the default) the first few of them.
--sort-aliases compares entity aliases as sets (their order follows the order CLDR locales are
loaded in). Exit status 1 when the files differ. Used to show that a refactor changes no output.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

SECTIONS = ("documents", "entities", "claims", "events", "findings")


def _load(path: str, sort_aliases: bool) -> dict:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if sort_aliases:
        for e in data.get("entities", []):
            e["aliases"] = sorted(e.get("aliases", []))
    return data


def compare(before: str, after: str, sort_aliases: bool = False, verbose: bool = True) -> int:
    a, b = _load(before, sort_aliases), _load(after, sort_aliases)
    differences = 0
    for section in SECTIONS:
        old = Counter(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in a.get(section, []))
        new = Counter(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in b.get(section, []))
        gone, came = old - new, new - old
        differences += sum(gone.values()) + sum(came.values())
        print(f"{section:10} {sum(old.values()):5} vs {sum(new.values()):5}   only-before "
              f"{sum(gone.values()):4}  only-after {sum(came.values()):4}")
        if verbose:
            for sign, records in (("-", gone), ("+", came)):
                for x in list(records)[:5]:
                    print(f"   {sign} {x[:400]}")
    return differences


def main(argv: list[str]) -> int:
    paths = [a for a in argv if not a.startswith("-")]
    if len(paths) != 2:
        print(__doc__)
        return 2
    return 1 if compare(*paths, sort_aliases="--sort-aliases" in argv, verbose="-q" not in argv) \
        else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

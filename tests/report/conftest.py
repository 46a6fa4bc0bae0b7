"""Report tests build their stores with the fuse tests' `fusekit`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "fuse"))

from fusekit import C, D, ingest

KIM, PUTIN, NK, RU, UA = "kim-jong-un", "vladimir-putin", "north-korea", "russia", "ukraine"
EVIL = '<script>alert(1)</script> "><img src=x onerror=alert(2)>'


def corpus_docs() -> list[D]:
    return [
        D("a", [C("MEET", [KIM, PUTIN], date="2023-09-13", location="vostochny",
                  text="金正恩とプーチンは13日、ボストーチヌイで会談した。"),
                C("SUPPLY_ARMS", [NK], [RU], modality="reported",
                  text="북한이 러시아에 포탄을 공급하고 있다고 한다.")],
          "2023-09-14", outlet="wowkorea.jp", lang="ja"),
        D("b", [C("MEET", [PUTIN, KIM], date="2023-09-16",
                  text="Putin dan Kim bertemu pada 16 September."),
                C("SUPPLY_ARMS", [NK], [RU], date="2023-10", quantity=1000, unit="containers",
                  text="Lebih dari 1.000 kontainer senjata dikirim.")],
          "2023-10-27", origin="VOA", lang="id"),
        D("c", [C("DEPLOY_TROOPS", [NK], [RU], date="2024-10-15", quantity=3000, unit="troops",
                  approx=True, modality="reported", text="About 3,000 North Korean troops."),
                C("DENY", [RU], text="Moscow called the reports fake.")],
          "2024-10-17", outlet="example.com", lang="en"),
        D("d", [C("DEPLOY_TROOPS", [NK], [RU], date="2024-10-31", quantity=10000, unit="troops",
                  approx=True, text="Около 10 000 северокорейских военных."),
                C("ATTACK", [RU], [UA], date="2024-10-30", text=f"Drones struck. {EVIL}")],
          "2024-11-01", outlet="ria.ru", lang="ru", title=f"Title {EVIL}"),
        D("e", [C("MEET", [KIM, PUTIN], date="2023-09-13",
                  text="Kim và Putin gặp nhau ngày 13/9.")],
          "2023-09-15", outlet="thanhnien.vn", lang="vi"),
    ]


@pytest.fixture
def store(tmp_path: Path):
    s = ingest(tmp_path / "r.db", corpus_docs())
    yield s
    s.close()


__all__ = ["EVIL", "C", "D", "corpus_docs", "ingest"]

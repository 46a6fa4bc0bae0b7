"""The per-document pipeline on a Dask LocalCluster: the store ends as a -j1 run leaves it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from corpus import state
from distributed import Client, LocalCluster

from newsweave import distributed
from newsweave.cli import main
from newsweave.ingest import ingest
from newsweave.model import RawDocument
from newsweave.resources import Resources
from newsweave.store.sqlite import SQLiteStore


@pytest.fixture(scope="module")
def client() -> Any:
    # two single-threaded workers in this process: short to start, and still two workers
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def test_a_dask_ingest_equals_a_single_process_one(
        corpus: Path, res: Resources, reference: dict[str, Any], client: Any,
        tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "dask.db")
    bad = corpus.parent / f"{corpus.name}-bad"
    bad.mkdir(exist_ok=True)
    (bad / "broken.txt").write_bytes(b"\x00\x01\x02" * 10)  # refused, the batch goes on
    outcomes = list(ingest([str(corpus), str(bad)], store, res, dask=client))
    assert sum(o.status == "ingested" for o in outcomes) == len(list(corpus.glob("*.txt")))
    assert [o.uri.endswith("broken.txt") for o in outcomes if o.status == "failed"] == [True]
    assert state(store) == reference
    assert not store.unfused_documents()
    # resources reached each worker once, through the plugin
    found = client.run(lambda dask_worker: sorted(dask_worker.plugins))
    assert [distributed.PLUGIN_NAME in names for names in found.values()] == [True, True]


def test_a_task_that_fails_on_the_worker_is_reported(res: Resources, client: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(raw: RawDocument, budget: float) -> Any:
        raise SystemError("the worker lost its mind")

    monkeypatch.setattr(distributed, "process_on_worker", crash)
    docs = [RawDocument(uri=f"mem://{i}", data=b"Ministers met on Tuesday.") for i in range(3)]
    found = list(distributed.results(docs, res, client))
    assert sorted(uri for uri, _, _ in found) == ["mem://0", "mem://1", "mem://2"]
    assert all(p is None and "worker failed: SystemError" in (why or "")
               for _, p, why in found)


@pytest.mark.parametrize("spec", ["local:0", "local:x", "-j"])
def test_a_bad_dask_address_is_a_usage_error(spec: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "x.db"), "ingest", "-q", f"--dask={spec}",
                 str(tmp_path)]) == 2
    assert "--dask" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_a_usage_error() -> None:
    with pytest.raises(distributed.UsageError, match="cannot reach the scheduler"), \
            distributed.connect("tcp://127.0.0.1:9", timeout=2):
        pass

"""The post-pass of ingestion: undated articles re-analysed against the month their events
give (real pipeline, made-up English articles)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.ingest import ingest
from newsweave.resources import Resources
from newsweave.store.sqlite import SQLiteStore

_TAIL = " The two men spoke for several hours about {}, according to state media."
ARTICLES = {
    "a": ("North Korean leader Kim Jong Un held talks with Russian President Vladimir Putin on "
          "September 13, 2023, at a space launch centre in the far east of the country."
          + _TAIL.format("weapons, satellites and food"), "2023-09-14"),
    "b": ("Vladimir Putin held talks with Kim Jong Un on September 13 in the east of Russia, "
          "officials in Moscow told reporters on Friday." + _TAIL.format("rockets and grain"),
          "2023-09-16"),
    "u": ("Kim Jong Un held talks with Vladimir Putin yesterday at a space launch centre in the "
          "far east of Russia, officials said." + _TAIL.format("arms, trade and satellites"),
          None),
    "z": ("The weather in Lisbon was sunny yesterday, and thousands of tourists filled the "
          "beaches along the coast, the city council said in a statement.", None),
}


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


def _write(tmp: Path, names: list[str]) -> str:
    path = tmp / ("-".join(names) + ".jsonl")
    with path.open("w", encoding="utf-8") as f:
        for n in names:
            text, published = ARTICLES[n]
            rec = {"url": f"https://{n}.example.com/news/1", "text": text, "outlet": f"{n}.com"}
            if published:
                rec["published"] = published
            f.write(json.dumps(rec) + "\n")
    return str(path)


def _ingest(tmp: Path, batches: list[list[str]], res: Resources) -> SQLiteStore:
    store = SQLiteStore(tmp / "x.db")
    for names in batches:
        list(ingest([_write(tmp, names)], store, res))
    return store


def _id(store: SQLiteStore, name: str) -> str:
    (row,) = [r for r in store.document_rows() if f"//{name}." in r.uri]
    return row.id


def _signature(store: SQLiteStore) -> set[tuple]:
    return {(e.type, e.date, frozenset(e.documents)) for e in store.events()}


def test_undated_article_is_dated_by_the_event_it_reports(tmp_path: Path, res: Resources) -> None:
    store = _ingest(tmp_path, [["a", "b", "u", "z"]], res)
    u = _id(store, "u")
    assert store.document(u).reference_date == "2023-09"
    assert store.document_row(u).published is None  # the estimate is no publication date
    times = store.analysis_json(u)["times"]
    assert [(t["value"], t["precision"], t["relative"]) for t in times] == [
        ("2023-09", "month", True)]
    meet = [c for c in store.claims(u) if c.type == "MEET"]
    assert meet and all(c.date is not None and c.date.value == "2023-09" for c in meet)
    # ...a date the estimate gave, and the claim says so
    assert all("date:estimated" in c.signals for c in meet)
    # an undated article with nothing the other sources date keeps no estimate
    z = _id(store, "z")
    assert store.document(z).reference_date is None
    assert [t["value"] for t in store.analysis_json(z)["times"]] == [None]


def test_order_and_batches_do_not_matter_and_reingesting_changes_nothing(
    tmp_path: Path, res: Resources
) -> None:
    one = _ingest(tmp_path / "1", [["a", "b", "u", "z"]], res)
    two = _ingest(tmp_path / "2", [["u", "z"], ["b"], ["a"]], res)
    assert _signature(one) == _signature(two)
    before = _signature(one)
    outcomes = list(ingest([_write(tmp_path / "1", ["a", "b", "u", "z"])], one, res))
    assert {o.status for o in outcomes} == {"present"}
    assert _signature(one) == before


@pytest.mark.seeds
def test_seed_events_do_not_depend_on_the_order_of_ingestion(
    seeds_dir: Path, tmp_path: Path, res: Resources
) -> None:
    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    stores = []
    for n, order in enumerate((files, files[::-1])):
        store = SQLiteStore(tmp_path / f"{n}.db")
        for f in order:  # one batch per file: the post-pass runs after each
            list(ingest([f], store, res))
        stores.append(store)
    assert _signature(stores[0]) == _signature(stores[1])
    undated = [d for d, _ in stores[0].undated_documents()]
    assert [stores[0].document(d).reference_date for d in undated] == [
        stores[1].document(d).reference_date for d in undated]

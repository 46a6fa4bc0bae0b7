"""A denial in one article answers the act another article reports (issue 9: denials attached
to the claim they answer, across documents). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.cli import main
from newsweave.report.export import build_export
from newsweave.store import open_store

PAGE = ("<html><head><title>{title}</title><meta property=\"article:published_time\" "
        "content=\"{date}\"></head><body><article><h1>{title}</h1><p>{text}</p></article>"
        "</body></html>")
REPORT = ("Pyongyang sends troops", "2024-10-18",
          "North Korea sent about 3,000 soldiers to Russia on 10 October, the South Korean "
          "intelligence service said on Friday.")


def _export(tmp_path: Path, *pages: tuple[str, str, str]) -> dict:
    paths = []
    for n, (title, date, text) in enumerate(pages):
        p = tmp_path / f"{n}.html"
        p.write_text(PAGE.format(title=title, date=date, text=text), encoding="utf-8")
        paths.append(str(p))
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "ingest", "-q", *paths]) == 0
    return build_export(open_store(str(db), read_only=True), show_all=True, threshold=0.0)


def _events_of(data: dict, claim_type: str) -> list[dict]:
    by_id = {c["id"]: c for c in data["claims"]}
    return [e for e in data["events"]
            if any(by_id[i]["type"] == claim_type for i in e["claims"])]


def test_a_later_denial_in_another_article_joins_the_act_it_denies(tmp_path: Path) -> None:
    data = _export(tmp_path, REPORT, (
        "Pyongyang rejects reports", "2024-10-25",
        "North Korea on Thursday denied sending troops to Russia, calling the reports "
        "groundless."))
    denial = next(c for c in data["claims"] if c["type"] == "DENY")
    assert denial["denies"] == "DEPLOY_TROOPS"
    [event] = _events_of(data, "DEPLOY_TROOPS")
    assert denial["id"] in event["claims"] and len(event["documents"]) == 2
    assert [c["kind"] for c in event["conflicts"]] == ["denial"]
    assert not [e for e in data["events"] if e["type"] == "DENY"]  # no longer on its own


@pytest.mark.parametrize("denial", [
    # it names another act
    ("Pyongyang rejects reports", "2024-10-25",
     "North Korea on Thursday denied supplying missiles to Russia."),
    # it came before the act was reported to have happened
    ("Pyongyang rejects reports", "2024-09-20",
     "North Korea on Thursday denied sending troops to Russia."),
    # another country denies
    ("Moscow rejects reports", "2024-10-25",
     "China on Thursday denied sending troops to Russia."),
])
def test_a_denial_of_something_else_stays_apart(tmp_path: Path, denial) -> None:
    data = _export(tmp_path, REPORT, denial)
    [event] = _events_of(data, "DEPLOY_TROOPS")
    assert len(event["documents"]) == 1 and not event["conflicts"]

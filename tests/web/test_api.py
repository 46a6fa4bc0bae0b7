"""The JSON API and the write guards, over HTTP on 127.0.0.1 (no browser)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from webkit import TOKEN

from newsweave.web.timeline import TimelineQuery

# every write, with a body that would be accepted with the token
WRITES = [
    ("post", "/api/decisions", {"json": {"kind": "reject_claim", "subject": "x"}}),
    ("post", "/api/decisions/1/revoke", {}),
    ("post", "/api/ingest/urls", {"json": {"urls": ["https://news.invalid/a"]}}),
    ("post", "/api/ingest/upload", {"files": {"files": ("a.txt", b"Some text.")}}),
    ("post", "/claims/x/review", {"data": {"action": "reject"}}),
    ("post", "/entities/x/merge", {"data": {"other": "y"}}),
    ("post", "/entities/x/split", {"data": {"surfaces": ["y"]}}),
    ("post", "/decisions/1/revoke", {}),
    ("post", "/ingest/urls", {"data": {"urls": "https://news.invalid/a"}}),
    ("post", "/ingest/upload", {"files": {"files": ("a.txt", b"Some text.")}}),
]


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_writes_refuse_a_missing_or_wrong_token(live, method, path, body) -> None:
    jobs = len(live.client().get("/api/jobs").json())
    decisions = live.client().get("/api/decisions?all=true").json()
    with live.client() as anonymous:
        assert getattr(anonymous, method)(path, **body).status_code == 401
    with live.client("not-the-token") as wrong:
        r = getattr(wrong, method)(path, **body)
        assert r.status_code == 403 and "wrong token" in r.text
    # a browser cookie alone is not enough: the form must carry the page's CSRF value
    with live.client() as c:
        c.cookies.set("nw_token", TOKEN)
        assert getattr(c, method)(path, **body).status_code == 403
    assert len(live.client().get("/api/jobs").json()) == jobs  # nothing was started
    assert live.client().get("/api/decisions?all=true").json() == decisions


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_read_only_refuses_every_write(read_only, method, path, body) -> None:
    with read_only.client(TOKEN) as c:
        r = getattr(c, method)(path, **body)
        assert r.status_code == 403 and "read-only" in r.text
    assert read_only.client().get("/api/health").json()["read_only"] is True
    assert read_only.client().get("/api/events").status_code == 200  # reading works


def test_every_page_carries_the_security_headers(live) -> None:
    with live.client() as c:
        for path in ("/", "/api/events", "/search?q=x", "/no-such-page", "/static/app.js"):
            h = c.get(path).headers
            csp = h["content-security-policy"]
            assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split(
                "script-src")[1].split(";")[0]
            assert h["x-content-type-options"] == "nosniff"
            assert h["x-frame-options"] == "DENY"


def test_upload_size_is_bounded(live) -> None:
    big = b"x" * (live.settings.max_upload_bytes + 200 * 1024)
    with live.client(TOKEN) as c:
        r = c.post("/api/ingest/upload", files={"files": ("big.txt", big)})
        assert r.status_code == 413


@pytest.mark.parametrize("url", ["file:///etc/passwd", "/etc/passwd", "javascript:alert(1)",
                                 "ftp://example.org/x", "data:text/html,<b>x</b>", "http://"])
def test_url_ingest_refuses_what_is_not_http(live, url) -> None:
    with live.client(TOKEN) as c:
        job = c.post("/api/ingest/urls", json={"urls": [url]}).json()
    assert job["total"] == 0 and job["state"] == "failed"
    assert [f["input"] for f in job["failures"]] == [url]


@pytest.mark.parametrize(("params", "said"), [
    ({"type": "FOO"}, "unknown claim type 'FOO'"),
    ({"date_from": "2024-13-45"}, "not a date"),
    ({"lang": "jp"}, "unknown language 'jp'"),
    ({"entity": "Nobody Nowhere"}, "no entity is known as 'Nobody Nowhere'"),
    ({"min_sources": "-2"}, "min_sources"),
    ({"sort": "random"}, "sort: one of"),
    ({"per_page": "7"}, "per_page: one of"),
])
def test_bad_filters_are_400_with_the_reason(live, params, said) -> None:
    r = live.client().get("/api/events", params=params)
    assert r.status_code == 400 and said in r.json()["detail"]
    page = live.client().get("/", params=params)
    assert page.status_code == 400 and said.replace("'", "&#39;") in page.text


def test_timeline_api_filters_facets_sorts_and_pages(live) -> None:
    c = live.client()
    everything = c.get("/api/events", params={"low": 1, "per_page": 200}).json()
    assert everything["total"] == len(everything["events"]) > 5
    putin = c.get("/api/events", params={"entity": "プーチン", "low": 1}).json()
    assert putin["entity"] == ["Vladimir Putin"] and 0 < putin["total"] < everything["total"]
    facets = putin["facets"]
    assert sum(f["count"] for f in facets["type"]) == putin["total"]
    paged = c.get("/api/events", params={"low": 1, "per_page": 25, "page": 1}).json()
    assert paged["pages"] == -(-everything["total"] // 25)
    newest = c.get("/api/events", params={"low": 1, "sort": "-date", "per_page": 200}).json()
    dates = [e["date"] for e in newest["events"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    by_sources = c.get("/api/events", params={"low": 1, "sort": "sources",
                                              "per_page": 200}).json()
    counts = [e["independent_sources"] for e in by_sources["events"]]
    assert counts == sorted(counts, reverse=True)


def test_pages_of_the_api(live) -> None:
    c = live.client()
    event = c.get("/api/events", params={"type": "VISIT"}).json()["events"][0]
    detail = c.get(f"/api/events/{event['id']}").json()
    assert detail["source_groups"] and all(cl["gloss_html"] for cl in detail["claims"])
    entity = c.get("/api/entities/vladimir-putin").json()
    assert "ja" in entity["names"] and entity["events"] and entity["mentions"]
    assert c.get("/api/entities", params={"q": "Путин"}).json()["entities"][0]["id"] == \
        "vladimir-putin"
    doc = c.get(f"/api/documents/{event['documents'][0]}").json()
    assert doc["text"] and doc["sentences"] and doc["claims"]
    hits = c.get("/api/search", params={"q": "국가정보원"}).json()["hits"]
    assert any(h["kind"] == "claim" for h in hits)
    assert c.get("/api/numbers").json()[0]["unit"]
    export = c.get("/export/newsweave.json")
    assert export.headers["content-disposition"].startswith("attachment")
    assert export.json()["schema"] == "newsweave/1"
    assert c.get("/export/newsweave-csv.zip").content[:2] == b"PK"
    assert c.get("/export/report.html").text.startswith("<!DOCTYPE html>")
    assert c.get("/api/events/ev-nothing-like-it").status_code == 404
    assert c.get("/events/ev-nothing-like-it").status_code == 404


def test_decisions_through_the_api_are_reversible(live) -> None:
    c = live.client(TOKEN)
    before = c.get("/api/export").json()
    absorbed = "sergey-lavrov"
    d = c.post("/api/decisions", json={"kind": "merge_entities", "subject": "vladimir-putin",
                                       "object": absorbed, "note": "test", "author": "api"})
    assert d.status_code == 201 and d.json()["author"] == "api"
    merged = c.get("/api/export").json()
    assert absorbed not in {e["id"] for e in merged["entities"]}
    assert absorbed not in {a for cl in merged["claims"] for a in cl["actors"]}
    lavrov = c.get("/api/events", params={"entity": "Lavrov", "low": 1}).json()
    assert lavrov["entity"] == ["Vladimir Putin"]  # the name now finds the merged entity
    assert c.post(f"/api/decisions/{d.json()['id']}/revoke").status_code == 200
    after = c.get("/api/export").json()
    assert after["claims"] == before["claims"] and after["events"] == before["events"]
    bad = c.post("/api/decisions", json={"kind": "merge_entities", "subject": "a",
                                         "object": "a"})
    assert bad.status_code == 400


def test_timeline_query_round_trips_through_the_url() -> None:
    q, errors = TimelineQuery.parse({"entity": "プーチン", "type": "meet", "low": "1",
                                     "sort": "-date", "page": "3"})
    assert errors == [] and q.type == "MEET"
    url = q.url(page=3)
    again, _ = TimelineQuery.parse(dict(x.split("=") for x in url[2:].split("&")) | {
        "entity": "プーチン"})
    assert again == q
    assert "entity=" + quote("プーチン") in url

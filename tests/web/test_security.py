"""Hostile article text (script tags, event handlers, javascript: URLs, a title and an outlet
with HTML) never executes in any page: checked in the browser, page by page."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from webkit import TOKEN, needs_chromium

pytestmark = [pytest.mark.browser, needs_chromium]

# what each page must show as text, never as markup
TITLE = "Seoul <img src=x onerror=alert(11)> says troops moved"
OUTLET = "Hostile <script>alert(12)</script> Times"
KREMLIN = 'Kremlin <script>alert("title")</script> denies'

_ACTIVE = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) bad.push(el.tagName + ' ' + a.name);
      if (['href', 'src', 'action', 'formaction'].includes(a.name)
          && /^\\s*(javascript|data):/i.test(a.value)) bad.push(el.tagName + ' ' + a.value);
    }
  }
  for (const el of document.querySelectorAll('iframe, object, embed, img, base')) {
    bad.push(el.tagName);
  }
  for (const s of document.querySelectorAll('script')) {
    if (!s.src && s.type !== 'application/json') bad.push('inline script');
  }
  return bad;
}"""


def _hostile_pages(live) -> list[str]:
    c = live.client()
    docs = {d["uri"].rsplit("/", 1)[-1]: d["id"] for d in c.get("/api/documents").json()}
    hostile = [docs["hostile_page.html"], docs["hostile_kremlin.txt"]]
    events = {e["id"] for d in hostile for e in c.get("/api/events", params={
        "low": 1, "per_page": 200}).json()["events"] if d in e["documents"]}
    assert events  # the hostile documents made events, so their text reaches event pages
    return ["/?low=1&per_page=200", "/?low=1&entity=" + quote("Dmitry Peskov"),
            *(f"/events/{e}" for e in sorted(events)), *(f"/documents/{d}" for d in hostile),
            "/documents", "/entities", "/entities/dmitry-peskov", "/search?q=alert",
            "/search?q=" + quote("<script>"), "/numbers", "/review", "/ingest"]


def test_hostile_text_never_runs(page, live) -> None:
    with live.client(TOKEN) as c:  # an analyst's note can be hostile too
        first = c.get("/api/events", params={"low": 1}).json()["events"][0]["claims"][0]
        note = c.post("/api/decisions", json={
            "kind": "confirm_claim", "subject": first, "author": "<b onclick=alert(31)>x</b>",
            "note": "<script>alert(32)</script><a href='javascript:alert(33)'>y</a>"}).json()
    p = page.page
    seen: set[str] = set()
    try:
        for path in _hostile_pages(live):
            response = p.goto(path)
            assert response is not None and response.status == 200, path
            p.wait_for_load_state("load")
            assert p.evaluate(_ACTIVE) == [], path
            seen.add(p.locator("body").inner_text())
    finally:
        with live.client(TOKEN) as c:
            c.post(f"/api/decisions/{note['id']}/revoke")
    text = "\n".join(seen)
    # shown literally, as the article wrote it
    for literal in (TITLE, OUTLET, KREMLIN, "<script>alert(15)</script>",
                    "<img src=x onerror=alert(2)>", "<script>alert(32)</script>"):
        assert literal in text, literal
    assert page.dialogs == []
    assert not [e for e in page.errors if "alert" in e]

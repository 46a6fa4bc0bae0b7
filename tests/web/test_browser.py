"""The analyst's workspace in a real browser (Debian's chromium through Playwright), over a real
server on 127.0.0.1: the acceptance list of issue 11, with screenshots at 1400 and 390 px."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from webkit import TOKEN, needs_chromium, shoot, sign_in

pytestmark = [pytest.mark.browser, needs_chromium]

ARTICLE = """Kremlin hosts North Korean delegation, ministry says

MOSCOW, November 20, 2024 — Russian Foreign Minister Sergey Lavrov met North Korean Foreign
Minister Choe Son Hui in Moscow on Wednesday, the ministry said.
"""


def test_filter_timeline_by_an_entity_in_another_script(page) -> None:
    p = page.page
    p.goto("/")
    everything = int(p.locator("#count").inner_text().split()[0])
    p.fill("#filters input[name=entity]", "プーチン")
    p.click("#filters button")
    p.wait_for_url(re.compile(r"entity=%E3%83%97"))
    count = p.locator("#count").inner_text()
    assert "involving Vladimir Putin" in count
    shown = int(count.split()[0])
    assert 0 < shown < everything
    rows = p.locator("table.events tr.event")
    assert rows.count() == shown
    # the state is in the URL: the same address gives the same timeline
    url = p.url
    p.goto("/")
    p.goto(url)
    assert p.locator("table.events tr.event").count() == shown
    shoot(page, "timeline")
    # a facet narrows it further and says so in the URL
    facet = p.locator(".facet[data-facet=type] li a").first
    facet_type = facet.inner_text()
    facet.click()
    assert f"type={facet_type}" in p.url and "entity=" in p.url
    assert all(t == facet_type for t in p.locator("table.events .type").all_inner_texts())
    assert page.dialogs == [] and page.errors == []


def test_open_an_event_read_its_gloss_and_jump_to_the_sentence(page) -> None:
    p = page.page
    p.goto("/?entity=" + quote("Путин") + "&type=VISIT")
    p.locator("table.events a.summary").first.click()
    p.wait_for_url(re.compile(r"/events/"))
    assert "Vladimir Putin" in p.locator("h1").inner_text()
    claims = p.locator("article.claim")
    assert claims.count() >= 2
    # a claim not written in English: its original words, and under them the English
    foreign = p.locator("article.claim:has(.gloss:not([lang=en]))").first
    gloss = foreign.locator(".gloss")
    english = gloss.locator(".g.k-entity .e").all_inner_texts()
    assert "Vladimir Putin" in english
    word = gloss.locator(".g.k-entity").first
    above, below = word.locator(".o").bounding_box(), word.locator(".e").bounding_box()
    assert above and below and below["y"] >= above["y"] + above["height"] - 1  # under it
    assert "Vladimir Putin" in foreign.locator(".reading").inner_text()
    assert "visit" in foreign.locator(".reading").inner_text()
    shoot(page, "event")
    original = word.locator(".o").inner_text()
    foreign.locator("a.jump").click()
    p.wait_for_url(re.compile(r"/documents/.+#d-"))
    target = p.locator(".doctext p:target")
    assert target.count() == 1
    assert original in target.inner_text()
    assert "claimed" in (target.get_attribute("class") or "")
    shoot(page, "document")
    assert page.dialogs == [] and page.errors == []


@pytest.mark.parametrize(("words", "expected"), [
    ("국가정보원", "ko_2024-10-23_nis_3000.txt"),  # Korean
    ("파병", "ko_2024-10-23_nis_3000.txt"),  # Korean, two syllables
    ("بوتين", "ar_2024-06-20_putin_pyongyang.txt"),  # Arabic
])
def test_search_in_korean_and_arabic(page, words: str, expected: str) -> None:
    p = page.page
    p.goto("/")
    p.fill("header input[name=q]", words)
    p.press("header input[name=q]", "Enter")
    p.wait_for_url(re.compile(r"/search\?q="))
    hits = p.locator("ol.hits li.hit")
    assert hits.count() >= 1
    assert expected in hits.first.inner_text()
    assert words in hits.first.locator("mark").inner_text()
    hits.first.locator("a").first.click()
    p.wait_for_url(re.compile(r"/documents/"))
    assert words in p.locator(".doctext").inner_text()
    if words == "بوتين":
        shoot(page, "search")
    assert page.dialogs == [] and page.errors == []


def test_upload_a_file_and_watch_its_progress(page, tmp_path: Path) -> None:
    p = page.page
    sign_in(page)
    article = tmp_path / "lavrov_choe_moscow.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "<img src=x onerror=alert(21)>.txt"
    empty.write_bytes(b"")
    p.goto("/ingest")
    p.set_input_files("#upload-form input[type=file]", [str(article), str(empty)])
    p.click("#upload-form button")
    p.wait_for_url(re.compile(r"/jobs/"))
    # the page follows the job through /api/jobs until it is done (no reload)
    p.locator("#job[data-state=done]").wait_for(timeout=120000)
    assert p.locator("#job-state").inner_text() == "done"
    assert p.locator("#job-summary").inner_text() == "1 new, 0 already present, 1 failed"
    bar = p.locator("#job-progress")
    assert bar.get_attribute("value") == bar.get_attribute("max")
    failures = p.locator("#job-failures li").all_inner_texts()
    assert failures == ["<img src=x onerror=alert(21)>.txt: empty file"]
    assert p.locator("#job-done a").first.is_visible()
    p.goto("/search?q=" + quote("Choe Son Hui"))
    assert "lavrov_choe_moscow.txt" in p.locator("ol.hits").inner_text()
    assert page.dialogs == [] and page.errors == []


def test_reject_a_claim_and_see_the_timeline_change(page) -> None:
    p = page.page
    sign_in(page)
    api = p.request.get("/api/events?type=DEPLOY_TROOPS&sort=sources").json()
    event = api["events"][0]
    assert len(event["claims"]) >= 2
    row = p.locator(f"tr.event[data-event='{event['id']}']")
    p.goto("/?type=DEPLOY_TROOPS&sort=sources")
    before = row.inner_text()
    assert "revised by review" not in before
    p.goto(f"/events/{event['id']}")
    claim = p.locator("article.claim").first
    claim_id = claim.get_attribute("id")
    claim.locator("input[name=note]").fill("the sentence says nothing of the kind")
    claim.locator("button[value=reject]").click()
    p.wait_for_url(re.compile(r"/events/"))
    assert p.locator(f"article.claim[id='{claim_id}']").count() == 0
    p.goto("/?type=DEPLOY_TROOPS&sort=sources")
    changed = p.locator("tr.event:has-text('revised by review')")
    assert changed.count() >= 1
    after = p.request.get("/api/events?type=DEPLOY_TROOPS&sort=sources&low=1").json()
    assert claim_id not in {c for e in after["events"] for c in e["claims"]}
    # the decision is kept with who, when and why, and undoing it restores the timeline
    p.goto("/review")
    first = p.locator("table.decisions tr").nth(1)
    assert "Ana Lyst" in first.inner_text() and "nothing of the kind" in first.inner_text()
    first.locator("button", has_text="undo").click()
    p.goto("/?type=DEPLOY_TROOPS&sort=sources")
    assert p.locator(f"tr.event[data-event='{event['id']}']").inner_text() == before
    assert page.dialogs == [] and page.errors == []


def test_use_the_api_from_the_page(page) -> None:
    p = page.page
    p.goto("/")
    data = p.evaluate("""async () => {
        const r = await fetch('/api/events?entity=' + encodeURIComponent('Лавров'));
        return {status: r.status, body: await r.json()};
    }""")
    assert data["status"] == 200
    assert data["body"]["entity"] == ["Sergey Lavrov"] and data["body"]["events"]
    event = data["body"]["events"][0]
    detail = p.evaluate("async (id) => (await fetch('/api/events/' + id)).json()", event["id"])
    assert {c["id"] for c in detail["claims"]} == set(event["claims"])
    assert all(c["evidence"]["text"] and c["gloss"] for c in detail["claims"])
    refused = p.evaluate("""async () => (await fetch('/api/decisions', {method: 'POST',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify({kind: 'reject_claim', subject: 'x'})})).status""")
    assert refused == 401
    spec = p.evaluate("async () => (await fetch('/api/openapi.json')).json()")
    assert "/api/events" in spec["paths"] and "/api/search" in spec["paths"]
    assert TOKEN not in str(spec)

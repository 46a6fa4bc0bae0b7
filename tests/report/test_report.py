from __future__ import annotations

import re
from pathlib import Path

import pytest
from fusekit import resources

from newsweave.cli import main
from newsweave.report.html import build_report

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture
def html(store) -> str:
    return build_report(store, resources())


def test_article_text_is_escaped(html: str) -> None:
    assert "<script>alert(1)" not in html
    assert "<img src=x onerror" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in html
    # the only scripts are plotly's: its library and the figures it draws
    for body in re.findall(r"<script[^>]*>(.*?)</script>", html, flags=re.S):
        assert "alert(1)</script>" not in body and "<img" not in body


def test_report_is_self_contained(html: str) -> None:
    assert not re.search(r"<script[^>]*\bsrc=", html)
    assert not re.search(r"<link[^>]*stylesheet", html)
    assert "Plotly.newPlot" in html


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_report_shows_evidence_and_conflicts(html: str) -> None:
    # the original sentence, whole in the document's text (marked up word by word in the gloss)
    assert "金正恩とプーチンは13日、ボストーチヌイで会談した。" in _text(html)
    assert "Kim Jong Un and Vladimir Putin met" in html  # the English summary
    assert "date conflict" in html and "2023-09-16" in html
    assert "denial conflict" in html
    assert "about 3,000 → about 10,000 troops" in html  # the series as its evolution


def test_report_command(store, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert main(["--db", str(store.path), "report", "-o", str(out), "--type", "MEET"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Kim Jong Un and Vladimir Putin met" in text
    assert "Russia attacked Ukraine" not in text


def test_empty_filtered_report_says_why(store, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert main(["--db", str(store.path), "report", "-o", str(out), "--type", "SANCTION"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "ingest documents first" not in text
    assert "no event matches --type SANCTION (4 events in all)" in text
    assert "Plotly.newPlot" not in text  # no empty axes (they used to start in 2000)


def test_report_glosses_and_links_to_the_text(html: str) -> None:
    # under the Russian sentence: the entities it names, in English, aligned to the words
    assert '<span class="e" lang="en">Russia</span>' in html
    # each claim links to its sentence in the document's text, which the report carries
    assert 'href="#d-d-s1"' in html and 'id="d-d-s1"' in html
    # a readable network: typed, labelled nodes with a legend
    assert "entity type" in html and "Kim Jong Un" in html


def test_source_is_named_by_outlet_host_or_file_not_by_headline(store) -> None:
    from newsweave.report.view import load, source_label

    rows = load(store).documents
    assert source_label(rows["d"]) == "ria.ru"
    assert source_label(rows["b"]) == "VOA"  # the origin it cites


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_report_renders_in_chromium(html: str, tmp_path: Path, browser) -> None:
    page_file = tmp_path / "report.html"
    page_file.write_text(html, encoding="utf-8")
    dialogs: list[str] = []
    context = browser.new_context(viewport={"width": 1400, "height": 2000})
    try:
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(page_file.as_uri())
        page.wait_for_selector("#timeline-chart svg.main-svg", timeout=20000)
        points = page.locator("#timeline-chart .scatterlayer .point").count()
        assert points >= 4  # one marker per dated event
        assert page.locator("#network-chart svg.main-svg").count() > 0
        legend = page.locator("#network-chart .legend").text_content() or ""
        assert "person" in legend and "country" in legend
        rows = page.locator("details.event")
        assert rows.count() == 4
        for i in range(rows.count()):
            gloss = rows.nth(i).locator(".claim .gloss")
            assert gloss.count() >= 1
            assert gloss.first.inner_text().strip()
        # the English under the words is visible, below them
        word = page.locator(".claim .gloss .g.k-entity").first
        o, e = word.locator(".o").bounding_box(), word.locator(".e").bounding_box()
        assert o and e and e["y"] >= o["y"] + o["height"] - 1
        # a claim's link jumps to its sentence in the document's text
        page.locator("a", has_text="in its document").first.click()
        assert page.locator(".doctext p:target").count() == 1
        assert page.locator("img").count() == 0  # the article's <img onerror> stayed text
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.goto(page_file.as_uri())
        page.screenshot(path=str(ARTIFACTS / "report-1400.png"), full_page=False)
        page.set_viewport_size({"width": 390, "height": 844})
        page.wait_for_timeout(300)
        # the layout holds at 390 px: nothing wider than the screen
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.screenshot(path=str(ARTIFACTS / "report-390.png"), full_page=False)
    finally:
        context.close()
    assert dialogs == []  # no script from article text ran

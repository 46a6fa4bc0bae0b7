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


def test_report_shows_evidence_and_conflicts(html: str) -> None:
    assert "金正恩とプーチンは13日、ボストーチヌイで会談した。" in html  # the original sentence
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


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_report_renders_in_chromium(html: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "report.html"
    page_file.write_text(html, encoding="utf-8")
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 2000})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(page_file.as_uri())
            page.wait_for_selector("#timeline-chart svg.main-svg", timeout=20000)
            points = page.locator("#timeline-chart .scatterlayer .point").count()
            assert points >= 4  # one marker per dated event
            assert page.locator("#network-chart svg.main-svg").count() > 0
            rows = page.locator("details.event")
            assert rows.count() == 4
            for i in range(rows.count()):
                evidence = rows.nth(i).locator("td.evidence")
                assert evidence.count() >= 1
                assert evidence.first.inner_text().strip()
            assert page.locator("img").count() == 0  # the article's <img onerror> stayed text
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=False)
        finally:
            browser.close()
    assert dialogs == []  # no script from article text ran

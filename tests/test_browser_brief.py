"""The HTML brief in a real headless Chromium: nothing from the input runs, nothing is fetched.

Uses Debian's ``chromium`` (``apt-get install -y chromium``), driven by Playwright's Python client with
``executable_path``; Playwright's own browser download is never used. Set ``FACTCHECK_CHROMIUM`` to point
at another binary.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.model import Verdict
from factcheck.report import render
from factcheck.report.samples import sample_verdicts

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PWN = "<img src=x onerror=\"window.pwned=1;alert('img')\"><script>window.pwned=2;alert('script')</script>"

if not Path(CHROMIUM).is_file():
    pytest.skip(f"no chromium binary at {CHROMIUM} (apt-get install -y chromium, or set FACTCHECK_CHROMIUM)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")


def hostile() -> list[Verdict]:
    out = []
    for v in sample_verdicts():
        assert v.claim is not None
        source = replace(v.claim.source, title=f"Brief {PWN}", speaker=f"Speaker {PWN}")
        chart = v.chart and replace(v.chart, title=f"{v.chart.title} {PWN}")
        out.append(replace(v, claim=replace(v.claim, text=f"{v.claim.text} {PWN}", source=source),
                           explanation=f"{v.explanation} {PWN}", chart=chart))
    return out


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    profile = tmp_path_factory.mktemp("chromium-profile")  # a fresh --user-data-dir for every run
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=ARGS, headless=True,
            viewport={"width": 1100, "height": 900}, java_script_enabled=True)
        try:
            yield context
        finally:
            context.close()


class Visit:
    """Open one file, recording every request and every dialog the page tries."""

    def __init__(self, context: object, path: Path) -> None:
        self.url = path.as_uri()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = context.new_page()  # type: ignore[attr-defined]
        self.page.route("**/*", self._route)
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url, wait_until="load")
        self.page.wait_for_timeout(300)  # give a stray onerror or timer its chance to fire

    def _route(self, route: object) -> None:
        request = route.request  # type: ignore[attr-defined]
        if request.url == self.url:
            route.continue_()  # type: ignore[attr-defined]
        else:
            route.abort()  # type: ignore[attr-defined]

    def _dialog(self, dialog: object) -> None:
        self.dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]


def write(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def test_brief_runs_no_input_script_and_fetches_nothing(browser_context: object, tmp_path: Path) -> None:
    path = write(tmp_path, "brief.html", render(hostile(), "html", generated="2025-01-20"))
    visit = Visit(browser_context, path)
    page = visit.page
    assert page.evaluate("window.pwned") is None
    assert visit.dialogs == []
    assert visit.requests == [visit.url]
    # What a reader sees: the hostile text as text, the charts, the JSON-LD.
    assert PWN in page.inner_text("h1")
    assert page.locator("figure.chart svg").count() == 2
    assert page.locator("article.claim").count() == 6
    blocks = page.locator('script[type="application/ld+json"]')
    assert blocks.count() == 1
    reviews = json.loads(blocks.text_content())
    assert len(reviews) == 5 and all(PWN in r["claimReviewed"] for r in reviews)
    page.screenshot(path=str(tmp_path / "brief-hostile.png"), full_page=True)
    page.close()


def test_escaping_holds_without_the_content_security_policy(browser_context: object, tmp_path: Path) -> None:
    """The brief's CSP would block inline script anyway; prove the escaping alone is enough."""
    html = render(hostile(), "html", generated="2025-01-20")
    html, removed = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    assert removed == 1
    visit = Visit(browser_context, write(tmp_path, "brief-no-csp.html", html))
    assert visit.page.evaluate("window.pwned") is None
    assert visit.dialogs == []
    assert visit.requests == [visit.url]
    assert visit.page.locator("img").count() == 0
    visit.page.close()


def test_brief_reads_well_on_screen_and_on_paper(browser_context: object, tmp_path: Path) -> None:
    path = write(tmp_path, "brief.html", render(sample_verdicts(), "html", generated="2025-01-20"))
    visit = Visit(browser_context, path)
    page = visit.page
    assert visit.requests == [visit.url]
    # The summary comes first, and each row links to its claim.
    first = page.locator("section.summary, article.claim").first
    assert first.get_attribute("class") == "summary"
    href = page.locator("table.overview a").first.get_attribute("href")
    assert page.locator(f"article{href}").count() == 1
    # Charts fit the column.
    column = page.locator("main").bounding_box()
    for box in (page.locator("figure.chart svg").nth(i).bounding_box() for i in range(2)):
        assert box and column and box["width"] <= column["width"]
    page.screenshot(path=str(tmp_path / "brief.png"), full_page=True)
    # On a phone the page reflows: nothing wider than the screen.
    page.set_viewport_size({"width": 390, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(tmp_path / "brief-phone.png"), full_page=True)
    pdf = page.pdf(path=str(tmp_path / "brief.pdf"), format="A4")
    assert pdf.startswith(b"%PDF")
    page.emulate_media(media="print")
    page.screenshot(path=str(tmp_path / "brief-print.png"), full_page=True)
    assert (tmp_path / "brief.png").stat().st_size > 10_000
    page.close()

"""Hostile text from a transcript or a verdicts file never becomes markup, script or template code."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.model import Chart, ChartPoint, Verdict
from factcheck.report import render
from factcheck.report.filters import md
from factcheck.report.samples import sample_verdicts

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
TEMPLATE = "{{ 7*7 }}"
CLOSE = "</script><script>alert(2)</script>"


def hostile_verdicts() -> list[Verdict]:
    """The founding article's verdicts with every input string a reader sees made hostile."""
    out = []
    for v in sample_verdicts():
        assert v.claim is not None
        source = replace(v.claim.source, title=f"Title {SCRIPT} {TEMPLATE}", speaker=f"Speaker {IMG}",
                         url="javascript:alert(3)")
        claim = replace(v.claim, text=f"{v.claim.text} {SCRIPT} {IMG} {TEMPLATE} {CLOSE} [x](javascript:y)",
                        source=source, claimant=f"Claimant {IMG}" if v.claim.claimant else None)
        chart = v.chart and replace(v.chart, title=f"Chart {SCRIPT}", claimed_label=f"Label {IMG}",
                                    series_label=f"Series {TEMPLATE} {SCRIPT}")
        out.append(replace(v, claim=claim, chart=chart, explanation=f"{v.explanation} {IMG} {TEMPLATE}",
                           working=f"{v.working} {SCRIPT}", notes=(f"Note {CLOSE}",),
                           missing=v.missing and f"{v.missing} {IMG}"))
    return out


@pytest.fixture(scope="module")
def html() -> str:
    return render(hostile_verdicts(), "html", generated="2025-01-20")


@pytest.fixture(scope="module")
def markdown() -> str:
    return render(hostile_verdicts(), "md", generated="2025-01-20")


def test_html_has_no_markup_from_input(html: str) -> None:
    assert "<script>alert" not in html
    assert "<img" not in html
    assert "onerror=alert(1)>" not in html.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    # The only <script> element is the JSON-LD block.
    assert re.findall(r"<script\b[^>]*>", html) == ['<script type="application/ld+json">']


def test_template_syntax_in_input_is_printed_literally(html: str, markdown: str) -> None:
    assert "{{ 7*7 }}" in html
    assert "{{ 7*7 }}" in markdown
    assert "Title" in html and "Title 49" not in html and " 49 " not in html


def test_javascript_url_is_not_a_link(html: str, markdown: str) -> None:
    assert "javascript:alert(3)" not in html
    assert "javascript:alert(3)" not in markdown
    assert 'href="javascript' not in html


def test_json_ld_cannot_close_its_script_block(html: str) -> None:
    block = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in block
    reviews = json.loads(block)
    assert any(CLOSE in r["claimReviewed"] for r in reviews)  # the text survives, escaped as \u003c


def test_charts_escape_titles_and_labels(html: str) -> None:
    svgs = re.findall(r"<svg.*?</svg>", html, flags=re.S)
    assert len(svgs) == 2
    for svg in svgs:
        assert "<script" not in svg and "<img" not in svg
    assert "Chart &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Label &lt;img src=x onerror=alert(1)&gt;" in html


def test_markdown_cannot_carry_html_or_links(markdown: str) -> None:
    assert not re.search(r"(?<!\\)<(script|img|/script)", markdown)  # every < is backslash-escaped
    assert r"\<script\>alert(1)\</script\>" in markdown
    assert r"\[x\](javascript:y)" in markdown
    assert r"Title \<script\>alert(1)\</script\> {{ 7*7 }}" in markdown


def test_markdown_filter_folds_lines_and_escapes_specials() -> None:
    assert md("a\n# heading\n> quote") == r"a # heading \> quote"
    assert md("`code` | pipe \\ back") == r"\`code\` \| pipe \\ back"
    assert md(None) == ""
    assert md("- item") == r"\- item" and md("# title") == r"\# title" and md("---") == r"\---"
    assert md("1999. A year") == r"1999\. A year"
    assert md("-4.2 billion") == "-4.2 billion" and md("#hashtag") == "#hashtag"  # no block: left alone


def test_hostile_claim_id_makes_a_safe_anchor() -> None:
    v = sample_verdicts()[0]
    v = replace(v, claim_id='x" onmouseover="alert(1)')
    html = render([v], "html")
    assert 'id="claim-x--onmouseover--alert-1-"' in html
    assert 'onmouseover="alert' not in html


def test_chart_label_with_dollars_draws() -> None:
    """Dollar pairs are mathtext to matplotlib; Vega-Lite prints them as they are."""
    chart = Chart(title="US$ 4 bn vs $5 bn", unit="USD", points=(ChartPoint("2024", 1.0),))
    v = replace(sample_verdicts()[0], chart=chart)
    assert "US$ 4 bn vs $5 bn" in render([v], "html")


# Property tests: whatever the transcript says, the reader sees exactly that text and nothing else.
MARKUP = st.sampled_from("<>&'\"`[]{}%#*_\\|\n-=~+.) 0123456789")
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | MARKUP, min_size=1, max_size=80).filter(
    lambda t: t.strip())


class _BlockquoteText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "blockquote":
            self.depth += 1
        elif self.depth:
            self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "blockquote":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote=TEXT)
def test_any_quote_reaches_the_html_reader_verbatim(quote: str) -> None:
    v = sample_verdicts()[0]
    v = replace(v, claim=replace(v.claim, text=quote), chart=None)  # type: ignore[arg-type]
    parser = _BlockquoteText()
    parser.feed(render([v], "html", generated="2025-01-20"))
    assert parser.tags == ["p"]  # no element came from the quote
    assert "".join(parser.text).strip() == " ".join(quote.split())


@settings(max_examples=100, deadline=None)
@given(text=TEXT)
def test_md_filter_output_renders_as_text_only(text: str) -> None:
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py is not installed")
    for line in (f"> {md(text)}\n", f"{md(text)}\n"):  # inside the quote, and opening a line
        rendered = markdown_it.MarkdownIt("commonmark").render(line)
        tags = set(re.findall(r"</?([a-zA-Z][a-zA-Z0-9]*)", rendered))
        assert tags <= {"blockquote", "p", "em", "strong"}, rendered

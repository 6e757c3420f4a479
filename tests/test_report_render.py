"""What a reader sees in each report, from hand-built verdicts on the founding article."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from factcheck.errors import FactcheckError
from factcheck.model import Verdict
from factcheck.report import FORMATS, SUFFIXES, render
from factcheck.report.samples import sample_verdicts
from factcheck.scales import load_scale

GENERATED = "2025-01-20"


@pytest.fixture(scope="module")
def verdicts() -> list[Verdict]:
    return sample_verdicts()


@pytest.fixture(scope="module")
def md(verdicts: list[Verdict]) -> str:
    return render(verdicts, "md", generated=GENERATED)


@pytest.fixture(scope="module")
def html(verdicts: list[Verdict]) -> str:
    return render(verdicts, "html", generated=GENERATED)


def by_rule(verdicts: list[Verdict], rule: str | None) -> Verdict:
    return next(v for v in verdicts if v.rule == rule)


def test_formats_and_suffixes_are_the_public_contract() -> None:
    assert FORMATS == ("md", "html", "jsonld")
    assert SUFFIXES == {"md": ".md", "html": ".html", "jsonld": ".claimreview.json"}


def test_unknown_format_is_fc402(verdicts: list[Verdict]) -> None:
    with pytest.raises(FactcheckError) as err:
        render(verdicts, "pdf")
    assert err.value.code == "FC402"
    assert "md, html, jsonld" in str(err.value)


def test_markdown_has_one_section_per_claim_with_stable_anchor(verdicts: list[Verdict], md: str) -> None:
    for v in verdicts:
        assert f'<a id="claim-{v.claim_id}"></a>' in md
        assert f"(#claim-{v.claim_id})" in md  # linked from the summary table
    assert md.count("### Fact-checker's notes") == len(verdicts)
    assert md.startswith("# Verdict draft: Belarus foreign trade")


def test_markdown_true_claim_shows_rating_working_and_sources(verdicts: list[Verdict], md: str) -> None:
    v = by_rule(verdicts, "level")
    section = md.split(f'<a id="claim-{v.claim_id}"></a>')[1]
    assert "> The negative trade balance of goods in Belarus has reached a massive 4.2 billion US dollars." \
        in section
    assert section.lstrip().startswith("## Claim 6: True")
    assert "**Rating: True**" in section
    assert "Formula: 37,194.6 − 41,436.4 = −4,241.8 (USD million)" in section
    assert "- Period: January–November 2024" in section
    assert "- Claimed: -4.2 billion USD" in section
    assert ("- `wb-gem-blr-exports`, January–November 2024: 37,194.6 USD million — World Bank Global "
            "Economic Monitor, vintage 2025-03") in section
    assert "licence CC BY 4.0" in section
    assert "full year 2024 ended at −5,372.5 million USD" in section  # notes


def test_markdown_unverifiable_says_what_is_missing_and_nearest(verdicts: list[Verdict], md: str) -> None:
    v = by_rule(verdicts, "change")
    section = md.split(f'<a id="claim-{v.claim_id}"></a>')[1].split('<a id="')[0]
    assert "**Rating: Unverifiable**" in section
    assert "### Why it could not be verified" in section
    assert "- Missing: Belarus exports to non-CIS countries" in section
    assert "- Nearest evidence: IMF DOTS, Belarus exports by partner, annual 1992–2020" in section


def test_markdown_claimant_is_named(verdicts: list[Verdict], md: str) -> None:
    assert "— Maxim Ryzhenkov, Foreign Minister, 2025-01" in md


def test_html_summary_comes_first_then_each_claim(verdicts: list[Verdict], html: str) -> None:
    summary = html.index('id="summary-title"')
    positions = [html.index(f'<article class="claim" id="claim-{v.claim_id}">') for v in verdicts]
    assert summary < positions[0]
    assert positions == sorted(positions)
    for v in verdicts:
        assert f'href="#claim-{v.claim_id}"' in html


def test_html_rating_labels_are_coloured_by_outcome(verdicts: list[Verdict], html: str) -> None:
    assert '<span class="rating outcome-accurate">True</span>' in html
    assert '<span class="rating outcome-close">Mostly true</span>' in html
    assert '<span class="rating outcome-insufficient-evidence">Unverifiable</span>' in html
    assert ".outcome-accurate {" in html  # the colours travel inline


def test_html_claim_shows_who_when_working_chart_and_sources(verdicts: list[Verdict], html: str) -> None:
    v = by_rule(verdicts, "level")
    article = html.split(f'id="claim-{v.claim_id}">')[1].split("</article>")[0]
    assert "Pavel Latushka, 2025-01" in article
    assert "37,194.6 − 41,436.4 = −4,241.8 (USD million)" in article
    assert article.count("<svg") == 1
    assert "Claimed: −4.2 billion USD" in article  # the rule's label, drawn in the chart
    assert "<code>wb-gem-blr-imports</code>" in article
    assert "World Bank Global Economic Monitor, vintage 2025-03" in article
    assert "licence CC BY 4.0" in article


def test_html_reported_claim_names_claimant_and_author(verdicts: list[Verdict], html: str) -> None:
    assert "Maxim Ryzhenkov, Foreign Minister, 2025-01 (as reported by Pavel Latushka)" in html


def test_html_unverifiable_gives_specific_reasons(verdicts: list[Verdict], html: str) -> None:
    v = by_rule(verdicts, "change")
    article = html.split(f'id="claim-{v.claim_id}">')[1].split("</article>")[0]
    assert "Why this could not be verified" in article
    assert "<dt>Missing</dt><dd>Belarus exports to non-CIS countries" in article
    assert "<dt>Nearest evidence</dt><dd>IMF DOTS, Belarus exports by partner" in article
    assert "<svg" not in article


def test_html_is_self_contained(html: str) -> None:
    assert "<style>" in html
    assert not re.search(r"<(link|img|iframe|object|embed)\b", html)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "@import" not in html
    assert "@media print" in html


def test_html_embeds_claimreview_for_checked_claims_only(verdicts: list[Verdict], html: str) -> None:
    block = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    reviews = json.loads(block)
    checkable = [v for v in verdicts if v.claim and v.claim.kind != "other"]
    assert [r["identifier"] for r in reviews] == [v.claim_id for v in checkable]
    assert json.loads(render(verdicts, "jsonld", generated=GENERATED)) == reviews


def test_empty_document_still_renders() -> None:
    assert "No check-worthy claims were found" in render([], "md")
    assert "No check-worthy claims were found" in render([], "html")
    assert json.loads(render([], "jsonld")) == []


def test_generated_date_defaults_to_today(verdicts: list[Verdict]) -> None:
    reviews = json.loads(render(verdicts, "jsonld"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", reviews[0]["datePublished"])


@pytest.mark.parametrize(("scale", "labels"), [
    ("politifact", ["True", "Mostly True", "Unverifiable"]),
    ("fullfact", ["Correct", "Broadly right", "We couldn&#39;t verify this"]),
])
def test_scale_names_the_ratings(verdicts: list[Verdict], scale: str, labels: list[str]) -> None:
    html = render(verdicts, "html", scale=load_scale(scale), generated=GENERATED)
    for label in labels:
        assert f">{label}</span>" in html


def test_report_scale_differs_from_verdict_scale(verdicts: list[Verdict]) -> None:
    """Verdicts made on the politifact scale, reported on the default one: mapped through the outcome."""
    politifact = load_scale("politifact")
    v = replace(by_rule(verdicts, "level"), rating="pants-on-fire", outcome="contradicted", scale="politifact")
    assert "**Rating: Pants on Fire**" in render([v], "md", scale=politifact)
    assert "**Rating: Pants on Fire**" in render([v], "md")  # no scale given: the verdicts' own
    assert "**Rating: False**" in render([v], "md", scale=load_scale("default"))  # via the outcome


def test_rating_is_the_contract_when_outcome_is_missing(verdicts: list[Verdict]) -> None:
    data = by_rule(verdicts, "level").to_dict()
    del data["outcome"]  # a hand-written verdict: Verdict.from_dict defaults the outcome
    assert "**Rating: True**" in render([Verdict.from_dict(data)], "md")


def test_unknown_verdict_scale_falls_back_to_outcome(verdicts: list[Verdict]) -> None:
    v = replace(by_rule(verdicts, "growth"), scale="/nowhere/newsroom.json", rating="nearly")
    assert "**Rating: Mostly true**" in render([v], "md")


def test_verdict_without_claim_renders(verdicts: list[Verdict]) -> None:
    v = replace(by_rule(verdicts, "level"), claim=None)
    md = render([v], "md")
    assert f"(claim {v.claim_id}: text not in the verdict record)" in md
    assert json.loads(render([v], "jsonld")) == []

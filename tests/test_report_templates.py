"""Templates: packaged ones found through importlib.resources, user overrides, and a documented context."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.model import Chart, ChartPoint
from factcheck.report import TEMPLATES, render
from factcheck.report.context import (
    ClaimView,
    DocumentView,
    EvidenceView,
    ReportContext,
    SummaryRow,
    build_context,
)
from factcheck.report.environment import packaged_templates
from factcheck.report.samples import sample_verdicts
from factcheck.scales import Scale, Step

DOCS = Path(__file__).resolve().parents[1] / "docs" / "templates.md"
DOCUMENTED = {cls.__name__: cls for cls in (ReportContext, DocumentView, ClaimView, EvidenceView, SummaryRow,
                                            Scale, Step, Chart, ChartPoint)}


def documented_names() -> dict[str, list[str]]:
    """The names in each ``<!-- context: Class -->`` table of docs/templates.md."""
    tables: dict[str, list[str]] = {}
    current: str | None = None
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"<!-- context: (\w+) -->", line):
            current = m[1]
            tables[current] = []
        elif current and line.startswith("| `"):
            tables[current].append(re.match(r"\| `([^`]+)`", line)[1])  # type: ignore[index]
        elif current and not line.startswith("|"):
            current = None
    return tables


def test_packaged_templates_are_found_as_package_resources() -> None:
    folder = packaged_templates()
    for name in [*TEMPLATES.values(), "brief.css"]:
        assert (folder / name).is_file(), name


def test_docs_list_exactly_the_context() -> None:
    tables = documented_names()
    assert set(tables) == set(DOCUMENTED)
    for name, cls in DOCUMENTED.items():
        fields = [f.name for f in dataclasses.fields(cls)]
        assert sorted(tables[name]) == sorted(fields), name


def test_templates_receive_the_documented_top_level_names() -> None:
    context = build_context(sample_verdicts(), "md")
    assert set(context.as_template_vars()) == set(documented_names()["ReportContext"])


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return folder


def test_override_extends_the_default_and_changes_one_block(tmp_path: Path) -> None:
    write(tmp_path, "brief.html", '{% extends "default/brief.html" %}\n'
          '{% block masthead %}<header><p>Our Newsroom checks</p><h1>{{ document.title }}</h1></header>'
          '{% endblock %}')
    html = render(sample_verdicts(), "html", templates_dir=tmp_path)
    assert "<p>Our Newsroom checks</p>" in html
    assert "Fact-check brief ·" not in html  # the default masthead is gone
    assert 'id="summary-title"' in html  # the rest is the default
    assert '<script type="application/ld+json">' in html


def test_override_of_the_claim_block_sees_the_claim(tmp_path: Path) -> None:
    write(tmp_path, "draft.md", '{% extends "default/draft.md" %}\n'
          "{% block claim %}\n## {{ claim.number }}: {{ claim.label }}\n{% endblock %}")
    md = render(sample_verdicts(), "md", templates_dir=tmp_path)
    assert "## 6: True" in md and "## 5: Mostly true" in md
    assert "### Working" not in md


def test_css_can_be_overridden_alone(tmp_path: Path) -> None:
    write(tmp_path, "brief.css", "body { background: hotpink; }")
    html = render(sample_verdicts(), "html", templates_dir=tmp_path)
    assert "body { background: hotpink; }" in html
    assert ".outcome-accurate" not in html


def test_user_html_template_is_autoescaped(tmp_path: Path) -> None:
    write(tmp_path, "brief.html", "{{ document.title }}|{{ claims[0].quote }}")
    v = sample_verdicts()[0]
    v = dataclasses.replace(v, claim=dataclasses.replace(v.claim, text="<b>bold</b>"))  # type: ignore[arg-type]
    assert render([v], "html", templates_dir=tmp_path).endswith("|&lt;b&gt;bold&lt;/b&gt;")


def test_missing_template_folder_is_fc403(tmp_path: Path) -> None:
    with pytest.raises(FactcheckError) as err:
        render(sample_verdicts(), "md", templates_dir=tmp_path / "nope")
    assert err.value.code == "FC403"


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, "draft.md", "line one\n{% if %}\n")
    with pytest.raises(FactcheckError) as err:
        render(sample_verdicts(), "md", templates_dir=tmp_path)
    problem = err.value.problems[0]
    assert (problem.code, problem.line) == ("FC403", 2)
    assert problem.path and problem.path.endswith("draft.md")


def test_undefined_name_is_fc403_not_an_empty_string(tmp_path: Path) -> None:
    write(tmp_path, "draft.md", "{{ document.headline }}")
    with pytest.raises(FactcheckError) as err:
        render(sample_verdicts(), "md", templates_dir=tmp_path)
    assert err.value.code == "FC403"
    assert "headline" in str(err.value) and "docs/templates.md" in str(err.value)


def test_extending_a_missing_template_is_fc403(tmp_path: Path) -> None:
    write(tmp_path, "draft.md", '{% extends "default/nothing.md" %}')
    with pytest.raises(FactcheckError) as err:
        render(sample_verdicts(), "md", templates_dir=tmp_path)
    assert err.value.code == "FC403"

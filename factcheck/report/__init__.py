"""Reports from verdicts: a Markdown verdict draft, a self-contained HTML brief, ClaimReview JSON-LD.

``render`` is the one entry point the CLI and batch runs call: it takes the verdicts of one input
document (each verdict carries its claim, and the claim its source) and returns the report text. The
renderer formats what the rules computed and draws the chart the rule described; it never recomputes.
Templates are Jinja files (packaged, overridable one by one with ``templates_dir``); their context is
documented in docs/templates.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError, UndefinedError

from factcheck.errors import FactcheckError
from factcheck.model import Verdict
from factcheck.report.context import DEFAULT_ORGANISATION, ReportContext, build_context
from factcheck.report.environment import environment
from factcheck.scales import Scale

FORMATS: tuple[str, ...] = ("md", "html", "jsonld")
SUFFIXES: dict[str, str] = {"md": ".md", "html": ".html", "jsonld": ".claimreview.json"}
# The template each format renders; a user's folder may hold a file of the same name.
TEMPLATES: dict[str, str] = {"md": "draft.md", "html": "brief.html", "jsonld": "claimreview.json"}

__all__ = ["DEFAULT_ORGANISATION", "FORMATS", "SUFFIXES", "TEMPLATES", "ReportContext", "build_context",
           "render"]


def render(verdicts: Sequence[Verdict], fmt: str, *, templates_dir: str | Path | None = None,
           scale: Scale | None = None, generated: str | None = None,
           organisation: str | None = None) -> str:
    """One report, in format ``fmt``, for the verdicts of one input document.

    ``scale`` names the ratings (default: the scale the verdicts were made with); ``generated`` is the
    report date (default: today, UTC); ``organisation`` is the ClaimReview author (default "factcheck").
    Raises FC402 for an unknown format and FC403 for a template folder or template that is broken.
    """
    if fmt not in FORMATS:
        raise FactcheckError("FC402", f"unknown report format {fmt!r}; choose from {', '.join(FORMATS)}")
    folder = str(Path(templates_dir).resolve()) if templates_dir is not None else None
    env = environment(folder)
    name = TEMPLATES[fmt]
    context = build_context(verdicts, fmt, scale=scale, generated=generated, organisation=organisation)
    try:
        template = env.get_template(name)
        return template.render(context.as_template_vars())
    except TemplateSyntaxError as exc:
        raise FactcheckError("FC403", f"template syntax error: {exc.message}", exc.filename or name,
                             exc.lineno) from None
    except TemplateNotFound as exc:
        raise FactcheckError("FC403", f"template {exc.name!r} not found (in --templates or the packaged "
                             "ones)", folder or name) from None
    except UndefinedError as exc:
        raise FactcheckError("FC403", f"template uses something the context does not have: {exc.message} "
                             "(see docs/templates.md)", _template_place(folder, name)) from None
    except TemplateError as exc:
        raise FactcheckError("FC403", f"template failed: {exc.message}", _template_place(folder, name)) \
            from None


def _template_place(folder: str | None, name: str) -> str:
    if folder and (Path(folder) / name).is_file():
        return str(Path(folder) / name)
    return name

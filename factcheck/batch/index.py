"""``index.html``: the triage page, rendered with the report's Jinja environment and streamed to disk.

The page gets the batch figures, the best-ranked claims (already bounded) and the inputs as an iterator;
Jinja's ``generate`` pulls rows as it writes, so a corpus of a hundred thousand inputs never sits in
memory as a list. Users override ``index.html`` like any other template (``--templates DIR``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import TemplateError, TemplateNotFound

from factcheck.errors import FactcheckError
from factcheck.records import atomic_writer

TEMPLATE = "index.html"


def href(slug: str, brief: str | None, anchor: str | None = None) -> str | None:
    """Link from ``OUT/index.html`` to an input's brief (and a claim in it)."""
    if not brief:
        return None
    return f"inputs/{slug}/{brief}" + (f"#{anchor}" if anchor else "")


def write_index(path: Path, *, figures: dict[str, Any], top: list[dict[str, Any]], inputs: Iterable[dict[str, Any]],
                templates: str | None = None) -> None:
    from factcheck import __version__
    from factcheck.report.environment import environment

    env = environment(str(Path(templates).resolve()) if templates else None)
    context = {"summary": figures, "top": top, "inputs": inputs, "version": __version__,
               "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
    try:
        template = env.get_template(TEMPLATE)
        with atomic_writer(path) as handle:
            for chunk in template.generate(context):
                handle.write(chunk)
    except TemplateNotFound as exc:
        raise FactcheckError("FC403", f"template {exc.name!r} not found", templates or TEMPLATE) from None
    except TemplateError as exc:
        raise FactcheckError("FC403", f"index template failed: {exc.message}", templates or TEMPLATE) from None

"""The Jinja environment: the user's template folder first, the packaged templates behind it.

A newsroom overrides one template by putting a file of the same name in ``--templates DIR``; that file
can ``{% extends "default/brief.html" %}`` to change one block and keep the rest (the ``default/`` prefix
always reaches the packaged file, so an override never extends itself). Autoescaping is on for HTML and
off for Markdown and JSON, where HTML entities would be wrong; ``StrictUndefined`` turns a misspelt
variable into an error instead of a silently empty section. Input text only ever reaches templates as
context values: nothing here compiles a string from a transcript.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    select_autoescape,
)

from factcheck.errors import FactcheckError
from factcheck.report.filters import md, number
from factcheck.report.text import amount, evidence_period

DEFAULT_PREFIX = "default"


def packaged_templates() -> Traversable:
    """The templates shipped with the package (``factcheck/_bundled/templates`` in the wheel)."""
    return resources.files("factcheck") / "_bundled" / "templates"


def _packaged_loader() -> BaseLoader:
    folder = packaged_templates()
    # A wheel or a checkout is always a real folder; zip imports would need a PackageLoader.
    return FileSystemLoader(str(folder))


@lru_cache(maxsize=8)
def environment(templates_dir: str | None = None) -> Environment:
    """One environment per template folder, cached so a batch run compiles each template once."""
    loaders: list[BaseLoader] = []
    if templates_dir is not None:
        folder = Path(templates_dir)
        if not folder.is_dir():
            raise FactcheckError("FC403", "template folder not found (--templates must name a folder)",
                                 str(folder))
        loaders.append(FileSystemLoader(str(folder)))
    packaged = _packaged_loader()
    loaders.append(packaged)
    loaders.append(PrefixLoader({DEFAULT_PREFIX: packaged}))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml", "svg"),
                                     default_for_string=True, default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # tojson escapes <, >, & and ' so a JSON-LD block cannot close its <script>; keep keys in the
    # order we built them (``@context`` first) and non-ASCII letters readable.
    env.policies["json.dumps_kwargs"] = {"sort_keys": False, "ensure_ascii": False}
    env.filters.update({"md": md, "number": number, "amount": amount,
                        "period": evidence_period})
    return env

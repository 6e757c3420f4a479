"""The main job as plain functions: read inputs, extract, check, write reports.

The CLI and batch runs call these; nothing here knows about click. Every output is written atomically,
so an interrupted run never leaves a half-written file where a good one was.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck.documents import read_document
from factcheck.errors import FactcheckError
from factcheck.model import Claim, Document, Verdict
from factcheck.records import write_jsonl, write_text
from factcheck.scales import Scale

FOUNDING_EXAMPLE = "belarus-foreign-trade-2025-01.md"


def bundled_example() -> Path:
    """The founding article, shipped with the package: what ``factcheck run`` checks with no input."""
    return Path(str(resources.files("factcheck") / "_bundled" / "examples" / FOUNDING_EXAMPLE))


def read_inputs(paths: Sequence[str], about: str | None = None, date: str | None = None) -> list[Document]:
    """Documents for the given paths (``-`` is standard input); the bundled example when none is given."""
    if not paths:
        return [read_document(bundled_example(), about=about, date=date, name=f"examples/{FOUNDING_EXAMPLE}")]
    documents = []
    for path in paths:
        if path == "-":
            documents.append(read_document("-", about=about, date=date, data=sys.stdin.buffer.read(),
                                           name="<stdin>"))
        else:
            documents.append(read_document(path, about=about, date=date))
    return _unique_slugs(documents)


def _unique_slugs(documents: list[Document]) -> list[Document]:
    """Two inputs named alike (``a/speech.md``, ``b/speech.md``) must not overwrite each other's reports."""
    seen: dict[str, int] = defaultdict(int)
    out = []
    for doc in documents:
        seen[doc.slug] += 1
        if seen[doc.slug] > 1:
            doc = replace(doc, slug=f"{doc.slug}-{seen[doc.slug]}")
        out.append(doc)
    return out


def extract_all(documents: Iterable[Document]) -> list[Claim]:
    from factcheck.extract import build_pipeline, extract

    nlp = build_pipeline()
    claims: list[Claim] = []
    for document in documents:
        claims.extend(extract(document, nlp))
    return claims


@dataclass
class RunResult:
    claims: list[Claim]
    verdicts: list[Verdict]
    written: list[Path]
    # problems of evidence files that were left out (the run went on without them)
    evidence_problems: list[Any]


def group_by_source(verdicts: Iterable[Verdict]) -> dict[str, list[Verdict]]:
    """Verdicts per input document, keyed by the document's path, in input order."""
    groups: dict[str, list[Verdict]] = defaultdict(list)
    for verdict in verdicts:
        path = verdict.claim.source.path if verdict.claim else None
        groups[path or "statement"].append(verdict)
    return dict(groups)


def write_reports(verdicts: Sequence[Verdict], out: Path, formats: Sequence[str], *, slugs: dict[str, str],
                  templates: str | Path | None = None, scale: Scale | None = None) -> list[Path]:
    """One report per input document and format: ``OUT/<slug>.md``, ``.html``, ``.claimreview.json``."""
    from factcheck.report import SUFFIXES, render

    written = []
    for path, group in group_by_source(verdicts).items():
        slug = slugs.get(path) or _slug_for(path)
        for fmt in formats:
            target = out / f"{slug}{SUFFIXES[fmt]}"
            write_text(target, render(group, fmt, templates_dir=templates, scale=scale))
            written.append(target)
    return written


def _slug_for(path: str) -> str:
    from factcheck.documents import slugify

    return slugify(Path(path).stem)


def prepare_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise FactcheckError("FC401", "output path is an existing file; --out needs a folder", str(out))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FactcheckError("FC401", f"cannot create the output folder: {exc.strerror}", str(out)) from None


def run(documents: Sequence[Document], *, out: Path, formats: Sequence[str], evidence: str | None = None,
        templates: str | None = None, scale_name: str = "default") -> RunResult:
    """Extract, check and report: what ``factcheck run`` does."""
    from factcheck.evidence import EvidenceStore
    from factcheck.report import FORMATS
    from factcheck.rules import check
    from factcheck.scales import load_scale

    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise FactcheckError("FC402", f"unknown report format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    scale = load_scale(scale_name)
    store = EvidenceStore.load(evidence)
    prepare_out(out)
    claims = extract_all(documents)
    verdicts = check(claims, store, scale)
    write_jsonl(out / "claims.jsonl", claims)
    write_jsonl(out / "verdicts.jsonl", verdicts)
    slugs = {doc.path: doc.slug for doc in documents}
    written = [out / "claims.jsonl", out / "verdicts.jsonl"]
    written += write_reports(verdicts, out, formats, slugs=slugs, templates=templates, scale=scale)
    return RunResult(claims, verdicts, written, list(store.package.problems))

"""What a template sees: a documented context built once from the verdicts, never raw internals.

Every field here is listed in docs/templates.md (a test keeps the two in step), so a newsroom writing
its own template knows exactly what it can use. The context only formats what the rules computed: the
rating label comes from the scale, numbers from the verdict, the chart from ``verdict.chart``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from markupsafe import Markup

from factcheck.errors import FactcheckError
from factcheck.model import Chart, Source, Verdict
from factcheck.report import claimreview, text
from factcheck.report.charts import chart_svg
from factcheck.scales import Scale, Step, load_scale

DEFAULT_ORGANISATION = "factcheck"
UNVERIFIABLE = "insufficient-evidence"


@dataclass(frozen=True)
class DocumentView:
    """The statement the claims come from (the front matter of the input)."""

    title: str
    speaker: str | None
    date: str | None
    url: str | None
    path: str | None


@dataclass(frozen=True)
class EvidenceView:
    """One number a verdict rests on, with where it comes from."""

    series: str
    period: str | None
    value: float | None
    unit: str | None
    source: str | None
    note: str | None


@dataclass(frozen=True)
class ClaimView:
    """One checked statement and its verdict, ready to print."""

    number: int
    id: str
    anchor: str
    quote: str
    short_quote: str
    kind: str
    checkable: bool
    claimant: str | None
    said_by: str | None
    said_on: str | None
    period: str | None
    claimed: str | None
    actual: str | None
    rating: str
    label: str
    meaning: str
    outcome: str
    rating_value: int | None
    unverifiable: bool
    explanation: str
    working: str | None
    rule: str | None
    evidence: tuple[EvidenceView, ...]
    missing: str | None
    nearest: str | None
    notes: tuple[str, ...]
    kept_because: str | None
    chart: Chart | None
    chart_svg: Markup | None


@dataclass(frozen=True)
class SummaryRow:
    """How many claims got one rating, in the scale's order."""

    rating: str
    label: str
    outcome: str
    count: int


@dataclass(frozen=True)
class ReportContext:
    """Everything one report template receives."""

    format: str
    document: DocumentView
    claims: tuple[ClaimView, ...]
    summary: tuple[SummaryRow, ...]
    scale: Scale
    organisation: str
    generated: str
    tool: str
    claim_reviews: list[dict[str, Any]]

    def as_template_vars(self) -> dict[str, Any]:
        """Top-level names in the template: one per field (``document``, ``claims`` ...)."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def _tool() -> str:
    try:
        return f"factcheck {version('factcheck')}"
    except PackageNotFoundError:
        return "factcheck"


def _document(verdicts: Sequence[Verdict]) -> DocumentView:
    source = next((v.claim.source for v in verdicts if v.claim is not None), Source())
    title = source.title or source.path or "Untitled statement"
    return DocumentView(title=title, speaker=source.speaker, date=source.date, url=text.safe_url(source.url),
                        path=source.path)


class _ScaleMap:
    """Names each verdict on the target scale. The verdict's own rating is the contract field: on its own
    scale it is kept as is (so an editor's "Pants on Fire" survives); on another scale it is translated
    through its neutral outcome. The recorded outcome is the fallback when the rating is unknown."""

    def __init__(self, target: Scale) -> None:
        self.target = target
        self._scales: dict[str, Scale | None] = {target.name: target}

    def own(self, name: str) -> Scale | None:
        if name not in self._scales:
            try:
                self._scales[name] = load_scale(name)
            except FactcheckError:
                self._scales[name] = None  # a scale file not here: fall back to the recorded outcome
        return self._scales[name]

    def step(self, verdict: Verdict) -> Step:
        outcome = verdict.outcome
        own = self.own(verdict.scale)
        if own is not None:
            try:
                step = own.for_rating(verdict.rating)
            except KeyError:
                pass
            else:
                if own is self.target:
                    return step
                outcome = step.outcome
        try:
            return self.target.for_outcome(outcome)
        except KeyError:
            return self.target.for_outcome(UNVERIFIABLE)


def _claim_view(number: int, verdict: Verdict, scales: _ScaleMap, document: DocumentView,
                draw: bool) -> ClaimView:
    claim = verdict.claim
    step = scales.step(verdict)
    quote = claim.text if claim else f"(claim {verdict.claim_id}: text not in the verdict record)"
    claimant = claim.claimant if claim else None
    said_on = claim.source.date if claim and claim.source.date else document.date
    return ClaimView(
        number=number,
        id=verdict.claim_id,
        anchor=text.anchor(verdict.claim_id),
        quote=" ".join(quote.split()),
        short_quote=text.shorten(quote, 140),
        kind=claim.kind if claim else "other",
        checkable=claim is not None and claim.kind != "other",
        claimant=claimant,
        said_by=claimant or (claim.source.speaker if claim and claim.source.speaker else document.speaker),
        said_on=said_on,
        period=text.period_text(claim.period) if claim else None,
        claimed=text.claimed_text(claim.claimed) if claim else None,
        actual=text.amount(verdict.actual.value, verdict.actual.unit) if verdict.actual else None,
        rating=step.rating,
        label=step.label,
        meaning=step.meaning,
        outcome=step.outcome,
        rating_value=step.value,
        unverifiable=step.outcome == UNVERIFIABLE,
        explanation=verdict.explanation,
        working=verdict.working,
        rule=verdict.rule,
        evidence=tuple(EvidenceView(series=e.series, period=e.period, value=e.value, unit=e.unit,
                                    source=e.source, note=e.note) for e in verdict.evidence),
        missing=verdict.missing,
        nearest=verdict.nearest,
        notes=tuple(verdict.notes),
        kept_because=claim.note if claim else None,
        chart=verdict.chart,
        chart_svg=Markup(chart_svg(verdict.chart)) if draw and verdict.chart and verdict.chart.points else None,
    )


def build_context(verdicts: Sequence[Verdict], fmt: str, *, scale: Scale | None = None,
                  generated: str | None = None, organisation: str | None = None) -> ReportContext:
    """The context for one report of one input document. Charts are drawn only for HTML."""
    if scale is None:
        # The scale the verdicts were made with, if it can be found here; else the default one.
        scale = _ScaleMap(load_scale()).own(verdicts[0].scale if verdicts else "default") or load_scale()
    target = scale
    scales = _ScaleMap(target)
    document = _document(verdicts)
    claims = tuple(_claim_view(i, v, scales, document, draw=fmt == "html")
                   for i, v in enumerate(verdicts, start=1))
    counts = Counter(c.outcome for c in claims)
    summary = tuple(SummaryRow(rating=s.rating, label=s.label, outcome=s.outcome, count=counts[s.outcome])
                    for s in target.steps if counts[s.outcome])
    generated = generated or datetime.now(UTC).date().isoformat()
    organisation = organisation or DEFAULT_ORGANISATION
    return ReportContext(
        format=fmt,
        document=document,
        claims=claims,
        summary=summary,
        scale=target,
        organisation=organisation,
        generated=generated,
        tool=_tool(),
        claim_reviews=claimreview.claim_reviews(claims, document, target, organisation, generated),
    )

"""What every rule shares: the context it runs in, the fields it needs, and how a verdict is written.

A rule computes the claimed quantity from the evidence and reports a neutral outcome with its working;
the rating comes from the scale (``factcheck.scales``), never from the rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from factcheck.evidence.package import MONEY_UNIT
from factcheck.evidence.store import EvidenceStore, Gap, Observation, fmt, upper_first
from factcheck.model import Chart, ChartPoint, Claim, EvidenceItem, Quantity, Subject, Verdict
from factcheck.periods import Span, as_of_month
from factcheck.scales import Scale


@dataclass
class Context:
    store: EvidenceStore
    scale: Scale


class Rule:
    """Base class: one rule per claim kind. Subclasses set ``name``, ``kind``, ``needs`` and ``evaluate``."""

    name: ClassVar[str]
    kind: ClassVar[str]
    title: ClassVar[str] = ""
    #: claim fields the rule cannot work without, as dotted paths ("claimed.value", "against")
    needs: ClassVar[tuple[str, ...]] = ()

    def __init__(self, context: Context) -> None:
        self.ctx = context
        self.store = context.store

    # --- entry point --------------------------------------------------------------------------------

    def check(self, claim: Claim) -> Verdict:
        missing = [path for path in self.needs if _get(claim, path) is None]
        if missing:
            return self.unverifiable(claim, f"the claim record lacks {', '.join(missing)}, which a "
                                     f"{self.kind} check needs")
        try:
            span = claim_span(claim)
        except ValueError as exc:
            return self.unverifiable(claim, f"the claim's period cannot be read: {exc}")
        if span is None:
            if claim.source.date:
                return self.unverifiable(claim, "the claim names no period and the document named none before it")
            return self.unverifiable(claim, "the claim names no period and the document has no date to place it "
                                     "(give `date:` in the front matter, or --date)")
        return self.evaluate(claim, span)

    def evaluate(self, claim: Claim, span: Span) -> Verdict:
        raise NotImplementedError

    # --- helpers for subclasses ---------------------------------------------------------------------

    def as_of(self, claim: Claim) -> int | None:
        return as_of_month(claim.source.date)

    def currency(self, claim: Claim) -> str | None:
        """The currency a claim states money in ("USD" for USD and USD/t), which look-ups convert into."""
        unit = claim.claimed.unit if claim.claimed else None
        return unit[:3] if unit and MONEY_UNIT.match(unit) else None

    def lookup(self, subject: Subject, span: Span, claim: Claim) -> Observation | Gap:
        return self.store.lookup(subject, span, self.as_of(claim), self.currency(claim))

    def lookup_pair(self, subject: Subject, span: Span, base: Span, claim: Claim
                    ) -> tuple[Observation, Observation] | Gap:
        found = self.store.lookup_spans(subject, (span, base), self.as_of(claim), self.currency(claim))
        return found if isinstance(found, Gap) else (found[0], found[1])

    def quotient(self, top: Subject, bottom: Subject, span: Span, claim: Claim
                 ) -> tuple[float, Observation, Observation] | Gap:
        """``top / bottom`` over one span, with both observations, or the gap that stops it."""
        numerator = self.lookup(top, span, claim)
        if isinstance(numerator, Gap):
            return numerator
        denominator = self.lookup(bottom, span, claim)
        if isinstance(denominator, Gap):
            return denominator
        if not denominator.value:
            return Gap(f"{self.describe(bottom)} is zero in {span.label()}")
        return numerator.value / denominator.value, numerator, denominator

    def verdict(self, claim: Claim, outcome: str, explanation: str, *, actual: Quantity | None = None,
                evidence: tuple[EvidenceItem, ...] = (), working: str | None = None,
                notes: tuple[str, ...] = (), chart: Chart | None = None) -> Verdict:
        step = self.ctx.scale.for_outcome(outcome)
        return Verdict(claim_id=claim.id, rating=step.rating, rule=self.name, explanation=explanation,
                       outcome=outcome, actual=actual, evidence=evidence, working=working,
                       notes=tuple(dict.fromkeys(notes)), chart=chart, claim=claim, scale=self.ctx.scale.name)

    def unverifiable(self, claim: Claim, missing: str, nearest: str | None = None, *,
                     notes: tuple[str, ...] = (), chart: Chart | None = None,
                     evidence: tuple[EvidenceItem, ...] = ()) -> Verdict:
        step = self.ctx.scale.for_outcome("insufficient-evidence")
        explanation = f"Unverifiable: {missing}."
        if nearest:
            explanation += f" Nearest evidence: {nearest}."
        return Verdict(claim_id=claim.id, rating=step.rating, rule=getattr(self, "name", None),
                       explanation=explanation, outcome="insufficient-evidence", missing=missing,
                       nearest=nearest, notes=tuple(dict.fromkeys(notes)), chart=chart, evidence=evidence,
                       claim=claim, scale=self.ctx.scale.name)

    def gap(self, claim: Claim, gap: Gap, nearest: str | None = None, chart: Chart | None = None) -> Verdict:
        return self.unverifiable(claim, gap.missing, nearest or gap.nearest, notes=gap.notes, chart=chart)

    def describe(self, subject: Subject) -> str:
        return self.store.describe(subject)

    # --- charts -------------------------------------------------------------------------------------

    def chart(self, subject: Subject, span: Span, claim: Claim, *, claimed: float | None = None,
              claimed_label: str | None = None, base: Span | None = None) -> Chart | None:
        """The subject's series around the claim's period: monthly when the period is months, else annual."""
        first = min(span.first, base.first if base else span.first)
        points: tuple[ChartPoint, ...] = ()
        if not span.whole_years:
            first_month = (first // 12 - 1) * 12
            last_month = (span.last // 12) * 12 + 11
            values = self.store.monthly(subject, first_month, last_month, self.as_of(claim), self.currency(claim))
            points = tuple(ChartPoint(period, round(value, 3)) for period, value in values.items())
            unit = self._unit_label(subject, span, claim)
        if len(points) < 2:
            # annual figures up to the claim's period, or the last years there are when none reach it
            found = self.store.annual(subject, self.years_near(span, subject, count=10), self.as_of(claim),
                                      self.currency(claim))
            points = tuple(ChartPoint(str(year), round(obs.scaled, 3)) for year, obs in found.items())
            unit = next((obs.resource.unit_label for obs in found.values()), "")
        if len(points) < 2:
            return None
        return Chart(title=upper_first(self.describe(subject)), unit=unit, points=points,
                     highlight_start=Span(span.first, span.first).iso() if not span.whole_years
                     else str(span.first // 12),
                     highlight_end=Span(span.last, span.last).iso() if not span.whole_years
                     else str(span.last // 12),
                     claimed=claimed, claimed_label=claimed_label, series_label=self.describe(subject))

    def _unit_label(self, subject: Subject, span: Span, claim: Claim) -> str:
        obs = self.lookup(subject, span, claim)
        return obs.resource.unit_label if isinstance(obs, Observation) else ""

    def years_near(self, span: Span, *subjects: Subject, count: int = 1) -> list[int]:
        """Up to ``count`` consecutive years, covered for every subject, nearest the claim's period.

        "Nearest evidence" means nearest in time: for a claim about 2024 the last years there are, for a
        claim about 1977 the first ones.
        """
        covered = set.intersection(*(set(self.store.years_covered(s)) for s in subjects))
        years = sorted(covered)
        if not years:
            return []
        target = span.last // 12
        best = min(range(len(years)), key=lambda i: (abs(years[i] - target), -years[i]))
        if years[best] <= target:
            return years[max(0, best - count + 1): best + 1]
        return years[best: best + count]


def claim_span(claim: Claim) -> Span | None:
    if not claim.period.start:
        return None
    return Span.of(claim.period.start, claim.period.end or claim.period.start)


def base_span(claim: Claim, span: Span) -> Span:
    """The comparison period: as the claim gives it, else the same months a year earlier."""
    if claim.period.base_start:
        return Span.of(claim.period.base_start, claim.period.base_end or claim.period.base_start)
    return span.previous()


def source_items(*observations: Observation) -> tuple[EvidenceItem, ...]:
    items: list[EvidenceItem] = []
    for obs in observations:
        items.extend(obs.items)
    return tuple(dict.fromkeys(items))


def notes_of(*observations: Observation) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for obs in observations for n in obs.notes))


def money(value: float, unit: str) -> str:
    """``−4.24 billion USD`` style for whole-unit values."""
    magnitude = abs(value)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= scale:
            return f"{fmt(value / scale, 2)} {word} {unit}"
    return f"{fmt(value, 1)} {unit}"


def claimed_text(claimed: Quantity) -> str:
    words = {"eq": "", "approx": "about ", "almost": "almost ", "over": "more than ", "under": "less than ",
             "rising": "rising", "falling": "falling"}
    prefix = words.get(claimed.relation, "")
    if claimed.value is None:
        return prefix.strip() or "a direction"
    if claimed.unit == "%":
        return f"{prefix}{fmt(claimed.value, _decimals(claimed))} %"
    if claimed.unit == "ratio":
        decimals = claimed.decimals if claimed.decimals is not None else 2
        return f"{prefix}{fmt(claimed.value, decimals)} times"
    return f"{prefix}{money(claimed.value, claimed.unit or '')}"


def _decimals(claimed: Quantity) -> int:
    return claimed.decimals if claimed.decimals is not None else 1


def _get(claim: Claim, path: str) -> object:
    value: object = claim
    for part in path.split("."):
        value = getattr(value, part, None)
        if value is None:
            return None
    return value

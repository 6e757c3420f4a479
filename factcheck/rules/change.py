"""``change``: a rise or fall between two periods ("exports fell by 6.2% on the same period last year")."""

from __future__ import annotations

from factcheck.evidence.store import Gap, fmt, signed, upper_first
from factcheck.model import Claim, Quantity, Subject, Verdict
from factcheck.periods import Span
from factcheck.rules.base import Rule, base_span, claimed_text, money, notes_of, source_items
from factcheck.rules.precision import judge_value


class ChangeRule(Rule):
    name = "change"
    kind = "change"
    title = "Change: the rise or fall of an indicator between two periods"
    needs = ("subject.indicator", "claimed.value", "claimed.unit")

    def evaluate(self, claim: Claim, span: Span) -> Verdict:
        assert claim.claimed is not None
        base = base_span(claim, span)
        found = self.lookup_pair(claim.subject, span, base, claim)
        if isinstance(found, Gap):
            return self.gap(claim, found, self.nearest(claim.subject, span, claim))
        now, before = found
        percent = claim.claimed.unit == "%"
        if not percent and claim.claimed.unit != now.unit:
            return self.unverifiable(claim, f"the claim is in {claim.claimed.unit}, the evidence in {now.unit}")
        if percent and before.value == 0:
            return self.unverifiable(claim, f"{self.describe(claim.subject)} was zero in {base.label()}")
        change = (now.value / before.value - 1) * 100 if percent else now.value - before.value
        judgement = judge_value(claim.claimed, change, directional=True)
        unit = now.resource.unit_label
        if percent:
            working = f"{fmt(now.scaled)} / {fmt(before.scaled)} − 1 = {fmt(change, 2)} %"
            result = f"{signed(change, 2)} %"
        else:
            working = f"{fmt(now.scaled)} − {fmt(before.scaled)} = {fmt(change / now.resource.scale)} ({unit})"
            result = money(change, now.unit)
        explanation = (f"{upper_first(self.describe(claim.subject))}: {fmt(now.scaled)} {unit} in {span.label()} "
                       f"against {fmt(before.scaled)} in {base.label()} ({now.resource.source_label}), a change of "
                       f"{result}. Claimed: {claimed_text(claim.claimed)} — {judgement.band}.")
        return self.verdict(claim, judgement.outcome, explanation,
                            actual=Quantity(round(change, 2), "%" if percent else now.unit),
                            evidence=source_items(now, before), working=working, notes=notes_of(now, before),
                            chart=self.chart(claim.subject, span, claim, base=base))

    def nearest(self, subject: Subject, span: Span, claim: Claim) -> str | None:
        years = self.years_near(span, subject, count=2)
        if len(years) < 2:
            return None
        last = Span.year(years[-1])
        found = self.lookup_pair(subject, last, last.previous(), claim)
        if isinstance(found, Gap):
            return None
        now, before = found
        change = (now.value / before.value - 1) * 100 if before.value else float("nan")
        return (f"{self.describe(subject)}: {fmt(now.scaled)} {now.resource.unit_label} in {last.label()} against "
                f"{fmt(before.scaled)} in {last.previous().label()}, {signed(change, 1)} % "
                f"({now.resource.source_label})")

"""``ratio``: one quantity as a multiple of another ("exports are nearly half as much as imports")."""

from __future__ import annotations

from factcheck.evidence.store import Gap, fmt
from factcheck.model import Claim, Quantity, Verdict
from factcheck.periods import Span
from factcheck.rules.base import Rule, claimed_text, notes_of, source_items
from factcheck.rules.precision import judge_value


class RatioRule(Rule):
    name = "ratio"
    kind = "ratio"
    title = "Ratio: one quantity as a multiple of another"
    needs = ("subject.indicator", "against", "claimed.value")

    def evaluate(self, claim: Claim, span: Span) -> Verdict:
        assert claim.claimed is not None and claim.against is not None
        found = self.quotient(claim.subject, claim.against, span, claim)
        if isinstance(found, Gap):
            return self.gap(claim, found, self.nearest(claim, span))
        value, top, bottom = found
        judgement = judge_value(claim.claimed, value)
        working = f"{fmt(top.scaled)} / {fmt(bottom.scaled)} = {fmt(value, 2)}"
        explanation = (f"In {span.label()}, {self.describe(claim.subject)} {fmt(top.scaled)} and "
                       f"{self.describe(claim.against)} {fmt(bottom.scaled)} {top.resource.unit_label} "
                       f"({top.resource.source_label}): a ratio of {fmt(value, 2)}. "
                       f"Claimed: {claimed_text(claim.claimed)} — {judgement.band}.")
        return self.verdict(claim, judgement.outcome, explanation, actual=Quantity(round(value, 3), "ratio"),
                            evidence=source_items(top, bottom), working=working, notes=notes_of(top, bottom),
                            chart=self.chart(claim.subject, span, claim))

    def nearest(self, claim: Claim, span: Span) -> str | None:
        assert claim.against is not None
        years = self.years_near(span, claim.subject, claim.against)
        if not years:
            return None
        last = Span.year(years[-1])
        found = self.quotient(claim.subject, claim.against, last, claim)
        if isinstance(found, Gap):
            return None
        value, top, bottom = found
        return (f"in {last.label()}, {self.describe(claim.subject)} / {self.describe(claim.against)} = "
                f"{fmt(top.scaled)} / {fmt(bottom.scaled)} = {fmt(value, 2)} ({top.resource.source_label})")

"""``level``: a value for a period ("the trade deficit reached 3.5 billion dollars")."""

from __future__ import annotations

from factcheck.evidence.store import Gap, fmt, upper_first
from factcheck.model import Claim, Quantity, Verdict
from factcheck.periods import Span
from factcheck.rules.base import Rule, claimed_text, money, notes_of, source_items
from factcheck.rules.precision import judge_value


class LevelRule(Rule):
    name = "level"
    kind = "level"
    title = "Level: the value of an indicator over a period"
    needs = ("subject.indicator", "claimed.value", "claimed.unit")

    def evaluate(self, claim: Claim, span: Span) -> Verdict:
        assert claim.claimed is not None
        found = self.lookup(claim.subject, span, claim)
        if isinstance(found, Gap):
            return self.gap(claim, found, self.nearest(claim, span))
        if found.unit != claim.claimed.unit:
            return self.unverifiable(
                claim, f"the claim is in {claim.claimed.unit} but the evidence for {self.describe(claim.subject)} "
                f"is in {found.unit}, which cannot be converted to it",
                f"{self.describe(claim.subject)}, {span.label()}: {fmt(found.scaled)} {found.resource.unit_label}")
        judgement = judge_value(claim.claimed, found.value)
        working = found.working or f"{fmt(found.scaled)} ({found.resource.unit_label})"
        explanation = (f"{upper_first(self.describe(claim.subject))} in {span.label()}: {working}, "
                       f"that is {money(found.value, found.unit)} ({found.resource.source_label}). "
                       f"Claimed: {claimed_text(claim.claimed)} — {judgement.band}.")
        chart = self.chart(claim.subject, span, claim)
        return self.verdict(claim, judgement.outcome, explanation,
                            actual=Quantity(round(found.value, 2), found.unit), evidence=source_items(found),
                            working=working, notes=notes_of(found), chart=chart)

    def nearest(self, claim: Claim, span: Span) -> str | None:
        years = self.years_near(span, claim.subject)
        if not years:
            return None
        latest = Span.year(years[0])
        found = self.lookup(claim.subject, latest, claim)
        if isinstance(found, Gap):
            return None
        return (f"{self.describe(claim.subject)} in {latest.label()}: {found.working or fmt(found.scaled)} "
                f"{'' if found.working else found.resource.unit_label} ({found.resource.source_label})").replace(
                    "  ", " ")

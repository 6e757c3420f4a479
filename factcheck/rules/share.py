"""``share``: a part as a percentage of a whole ("Africa accounts for less than 2% of exports")."""

from __future__ import annotations

from factcheck.evidence.store import Gap, Observation, fmt, upper_first
from factcheck.model import Chart, ChartPoint, Claim, Quantity, Subject, Verdict
from factcheck.periods import Span
from factcheck.rules.base import Rule, claimed_text, notes_of, source_items
from factcheck.rules.precision import judge_value


def whole_of(claim: Claim) -> Subject:
    """The whole a share is taken of: as the claim gives it, else the same flow with the whole world."""
    if claim.against is not None:
        return claim.against
    return Subject(claim.subject.indicator, claim.subject.entity, None, claim.subject.commodity)


class ShareRule(Rule):
    name = "share"
    kind = "share"
    title = "Share: a part as a percentage of its whole"
    needs = ("subject.indicator", "claimed.value")

    def shares(self, part: Subject, whole: Subject, span: Span, claim: Claim
               ) -> tuple[float, Observation, Observation] | Gap:
        """The part as a percentage of the whole, with both observations."""
        found = self.quotient(part, whole, span, claim)
        return found if isinstance(found, Gap) else (100 * found[0], found[1], found[2])

    def evaluate(self, claim: Claim, span: Span) -> Verdict:
        assert claim.claimed is not None
        whole = whole_of(claim)
        found = self.shares(claim.subject, whole, span, claim)
        if isinstance(found, Gap):
            return self.gap(claim, found, self.nearest(claim.subject, whole, span, claim),
                            chart=self.share_chart(claim.subject, whole, claim, span))
        share, part, total = found
        judgement = judge_value(claim.claimed, share)
        working = f"{fmt(part.scaled)} / {fmt(total.scaled)} × 100 = {fmt(share, 2)} %"
        explanation = (f"{upper_first(self.describe(claim.subject))} in {span.label()}: {fmt(part.scaled)} "
                       f"{part.resource.unit_label}, of {self.describe(whole)} {fmt(total.scaled)} "
                       f"({part.resource.source_label}): {fmt(share, 2)} %. Claimed: {claimed_text(claim.claimed)}"
                       f" — {judgement.band}.")
        return self.verdict(claim, judgement.outcome, explanation, actual=Quantity(round(share, 2), "%"),
                            evidence=source_items(part, total), working=working, notes=notes_of(part, total),
                            chart=self.share_chart(claim.subject, whole, claim, span))

    def nearest(self, part: Subject, whole: Subject, span: Span, claim: Claim) -> str | None:
        years = self.years_near(span, part, whole)
        if not years:
            return None
        last = Span.year(years[-1])
        found = self.shares(part, whole, last, claim)
        if isinstance(found, Gap):
            return None
        share, found_part, found_whole = found
        return (f"in {last.label()}, {self.describe(part)} made up {fmt(share, 2)} % of {self.describe(whole)} "
                f"({fmt(found_part.scaled)} of {fmt(found_whole.scaled)} {found_part.resource.unit_label}, "
                f"{found_part.resource.source_label})")

    def share_chart(self, part: Subject, whole: Subject, claim: Claim, span: Span) -> Chart | None:
        """The share year by year over the years both series cover nearest the claim's period."""
        years = self.years_near(span, part, whole, count=10)
        points = []
        for year in years:
            found = self.shares(part, whole, Span.year(year), claim)
            if not isinstance(found, Gap):
                points.append(ChartPoint(str(year), round(found[0], 3)))
        if len(points) < 2:
            return None
        claimed = claim.claimed.value if claim.claimed and claim.claimed.unit == "%" else None
        return Chart(title=f"Share of {self.describe(part)} in {self.describe(whole)}", unit="%",
                     points=tuple(points), highlight_start=str(span.first // 12), highlight_end=str(span.last // 12),
                     claimed=claimed, claimed_label=f"claimed: {claimed_text(claim.claimed)}" if claimed is not None
                     and claim.claimed else None, series_label="share, %")

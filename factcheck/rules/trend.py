"""``trend``: a direction only ("prices are falling", "China is increasing its shipments")."""

from __future__ import annotations

from factcheck.evidence.store import Gap, fmt, signed, upper_first
from factcheck.model import Claim, Quantity, Subject, Verdict
from factcheck.periods import Span
from factcheck.rules.base import Rule, base_span, notes_of, source_items
from factcheck.rules.precision import judge_direction


class TrendRule(Rule):
    name = "trend"
    kind = "trend"
    title = "Trend: whether an indicator is rising or falling"
    needs = ("subject.indicator", "claimed.relation")

    def evaluate(self, claim: Claim, span: Span) -> Verdict:
        assert claim.claimed is not None
        direction = claim.claimed.relation
        if direction not in ("rising", "falling"):
            return self.unverifiable(claim, f"a trend claim needs a direction (rising or falling), not {direction!r}")
        base = base_span(claim, span)
        found = self.lookup_pair(claim.subject, span, base, claim)
        if isinstance(found, Gap):
            return self.gap(claim, found, self.nearest(claim.subject, span, claim),
                            chart=self.chart(claim.subject, span, claim))
        now, before = found
        change = (now.value / before.value - 1) * 100
        judgement = judge_direction(direction, change)
        how = "average" if now.resource.aggregation == "mean" else "total"
        unit = now.resource.unit_label
        working = f"{fmt(now.scaled)} / {fmt(before.scaled)} − 1 = {fmt(change, 1)} %"
        explanation = (f"{upper_first(self.describe(claim.subject))}: {how} {fmt(now.scaled)} {unit} in "
                       f"{span.label()} against {fmt(before.scaled)} in {base.label()} "
                       f"({now.resource.source_label}), {signed(change, 1)} %. "
                       f"Claimed: {direction} — {judgement.band}.")
        notes = (*notes_of(now, before), *self.since(claim.subject, span, claim))
        return self.verdict(claim, judgement.outcome, explanation, actual=Quantity(round(change, 2), "%",
                            "rising" if change > 0 else "falling"), evidence=source_items(now, before),
                            working=working, notes=notes, chart=self.chart(claim.subject, span, claim, base=base))

    def nearest(self, subject: Subject, span: Span, claim: Claim) -> str | None:
        """The direction over the covered years nearest the claim's period (up to six)."""
        years = self.years_near(span, subject, count=6)
        if len(years) < 2:
            return None
        first = self.lookup(subject, Span.year(years[0]), claim)
        last = self.lookup(subject, Span.year(years[-1]), claim)
        if isinstance(first, Gap) or isinstance(last, Gap):
            return None
        change = (last.value / first.value - 1) * 100 if first.value else 0.0
        word = "rose" if change > 0 else "fell"
        return (f"{self.describe(subject)} {word} {years[0]}–{years[-1]}: {fmt(first.scaled)} → "
                f"{fmt(last.scaled)} {last.resource.unit_label} ({signed(change, 0)} %, {last.resource.source_label})")

    def since(self, subject: Subject, span: Span, claim: Claim) -> tuple[str, ...]:
        """What happened after the claim's period, for the brief (the verdict stays as of the statement)."""
        later = [y for y in self.store.years_covered(subject) if y > span.last // 12]
        if not later:
            return ()
        previous = self.lookup(subject, Span.year(later[-1] - 1), claim)
        latest = self.lookup(subject, Span.year(later[-1]), claim)
        if isinstance(previous, Gap) or isinstance(latest, Gap) or not previous.value:
            return ()
        change = (latest.value / previous.value - 1) * 100
        return (f"Since the statement: {self.describe(subject)} was {fmt(latest.scaled)} "
                f"{latest.resource.unit_label} in {later[-1]}, {signed(change, 1)} % on {later[-1] - 1}.",)

"""``growth``: one series growing faster or slower than another ("imports grow three times faster")."""

from __future__ import annotations

from factcheck.evidence.store import Gap, Observation, fmt, signed, upper_first
from factcheck.model import Claim, Quantity, Subject, Verdict
from factcheck.periods import Span
from factcheck.rules.base import Rule, base_span, claimed_text, notes_of, source_items
from factcheck.rules.precision import Judgement, judge_value


class GrowthRule(Rule):
    name = "growth"
    kind = "growth"
    title = "Growth comparison: the growth rate of one series as a multiple of another's"
    needs = ("subject.indicator", "against", "claimed.value")

    def growth(self, subject: Subject, span: Span, base: Span, claim: Claim
               ) -> tuple[float, Observation, Observation] | Gap:
        found = self.lookup_pair(subject, span, base, claim)
        if isinstance(found, Gap):
            return found
        now, before = found
        if not before.value:
            return Gap(f"{self.describe(subject)} was zero in {base.label()}")
        return (now.value / before.value - 1) * 100, now, before

    def evaluate(self, claim: Claim, span: Span) -> Verdict:
        assert claim.claimed is not None and claim.against is not None
        base = base_span(claim, span)
        first = self.growth(claim.subject, span, base, claim)
        if isinstance(first, Gap):
            return self.gap(claim, first)
        second = self.growth(claim.against, span, base, claim)
        if isinstance(second, Gap):
            return self.gap(claim, second)
        (g1, now1, before1), (g2, now2, before2) = first, second
        rates = (f"{self.describe(claim.subject)} {fmt(before1.scaled)} → {fmt(now1.scaled)} ({signed(g1, 2)} %), "
                 f"{self.describe(claim.against)} {fmt(before2.scaled)} → {fmt(now2.scaled)} ({signed(g2, 2)} %), "
                 f"{now1.resource.unit_label}, {base.label()} → {span.label()} ({now1.resource.source_label})")
        evidence = source_items(now1, before1, now2, before2)
        notes = notes_of(now1, before1, now2, before2)
        chart = self.chart(claim.subject, span, claim, base=base)
        if g2 <= 0 or g1 <= 0:
            faster = g1 > g2
            claimed_faster = (claim.claimed.value or 0) > 1
            outcome = "direction-right-size-off" if faster == claimed_faster else "contradicted"
            explanation = (f"Growth: {rates}. A multiple of growth rates is not meaningful when one series "
                           f"fell; {self.describe(claim.subject)} did {'' if faster else 'not '}grow faster.")
            return self.verdict(claim, outcome, explanation, evidence=evidence, working=rates, notes=notes,
                                chart=chart)
        ratio = g1 / g2
        judgement = judge_value(claim.claimed, ratio, directional=True)
        if (ratio > 1) != ((claim.claimed.value or 0) > 1):  # the claim has the faster series wrong
            judgement = Judgement("contradicted", f"the claim has {self.describe(claim.subject)} growing "
                                  f"{'faster' if (claim.claimed.value or 0) > 1 else 'slower'}")
        working = f"{fmt(g1, 2)} % / {fmt(g2, 2)} % = {fmt(ratio, 2)}"
        explanation = (f"Growth: {rates}. {upper_first(self.describe(claim.subject))} grew {fmt(ratio, 2)} times as "
                       f"fast. Claimed: {claimed_text(claim.claimed)} — {judgement.band}.")
        return self.verdict(claim, judgement.outcome, explanation, actual=Quantity(round(ratio, 2), "ratio"),
                            evidence=evidence, working=working, notes=notes, chart=chart)

"""``shift``: a turn towards (or away from) a group of partners — its share rising or falling."""

from __future__ import annotations

from factcheck.evidence.store import Gap, fmt
from factcheck.model import Claim, Quantity, Subject, Verdict
from factcheck.periods import Span
from factcheck.rules.base import base_span
from factcheck.rules.precision import judge_direction
from factcheck.rules.share import ShareRule, whole_of


class ShiftRule(ShareRule):
    name = "shift"
    kind = "shift"
    title = "Shift: the share of a group of partners rising or falling"
    needs = ("subject.indicator", "subject.partner", "claimed.relation")

    def evaluate(self, claim: Claim, span: Span) -> Verdict:
        assert claim.claimed is not None
        whole = whole_of(claim)
        base = base_span(claim, span)
        chart = self.share_chart(claim.subject, whole, claim, span)
        definition = tuple(n for n in (self.store.group_definition(claim.subject.partner),) if n)
        now = self.shares(claim.subject, whole, span, claim)
        before = self.shares(claim.subject, whole, base, claim)
        for found in (now, before):
            if isinstance(found, Gap):
                return self.unverifiable(claim, found.missing, self.trajectory(claim.subject, whole, span, claim),
                                         notes=definition, chart=chart)
        assert not isinstance(now, Gap) and not isinstance(before, Gap)
        share_now, part, total = now
        share_before = before[0]
        points = share_now - share_before
        judgement = judge_direction(claim.claimed.relation, (share_now / share_before - 1) * 100 if share_before else 0)
        working = f"{fmt(share_before, 2)} % → {fmt(share_now, 2)} % ({fmt(points, 2)} percentage points)"
        explanation = (f"Share of {self.describe(claim.subject)} in {self.describe(whole)}: {fmt(share_before, 2)} % "
                       f"in {base.label()}, {fmt(share_now, 2)} % in {span.label()} ({part.resource.source_label}). "
                       f"Claimed: share {claim.claimed.relation} — {judgement.band}.")
        return self.verdict(claim, judgement.outcome, explanation, actual=Quantity(round(share_now, 2), "%"),
                            evidence=(*part.items, *total.items), working=working, notes=definition, chart=chart)

    def trajectory(self, part: Subject, whole: Subject, span: Span, claim: Claim) -> str | None:
        """The group's share over the covered years nearest the claim's period (up to six)."""
        years = self.years_near(span, part, whole, count=6)
        shares = []
        for year in years:
            found = self.shares(part, whole, Span.year(year), claim)
            if not isinstance(found, Gap):
                shares.append((year, found[0], found[1].resource.source_label))
        if len(shares) < 2:
            return None
        listed = ", ".join(f"{year}: {fmt(share, 1)} %" for year, share, _ in shares)
        return f"share of {self.describe(part)} in {self.describe(whole)} — {listed} ({shares[-1][2]})"

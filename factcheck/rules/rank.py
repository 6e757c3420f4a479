"""``rank``: the main items of a flow ("the main exports to China are potash, timber and food")."""

from __future__ import annotations

import re

from factcheck.evidence.store import Gap, fmt
from factcheck.model import Claim, Subject, Verdict
from factcheck.periods import Span
from factcheck.rules.base import Rule


def commodity_slug(item: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", item.lower()).strip("_")


class RankRule(Rule):
    name = "rank"
    kind = "rank"
    title = "Rank: the largest items of a flow"
    needs = ("subject.indicator",)

    def evaluate(self, claim: Claim, span: Span) -> Verdict:
        if not claim.items:
            return self.unverifiable(claim, "the claim names no items to rank")
        values = {}
        for item in claim.items:
            subject = Subject(claim.subject.indicator, claim.subject.entity, claim.subject.partner,
                              commodity_slug(item))
            found = self.lookup(subject, span, claim)
            if isinstance(found, Gap):
                flow = Subject(claim.subject.indicator, claim.subject.entity, claim.subject.partner)
                return self.unverifiable(
                    claim, f"no product breakdown of {self.describe(flow)} for {span.label()} "
                    f"(nothing for “{item}”)", found.nearest)
            values[item] = found
        ordered = sorted(values, key=lambda item: values[item].value, reverse=True)
        outcome = "accurate" if ordered == list(claim.items) else "close"
        listed = ", ".join(f"{item} {fmt(values[item].scaled)}" for item in ordered)
        unit = next(iter(values.values())).resource.unit_label
        return self.verdict(claim, outcome, f"In {span.label()}: {listed} ({unit}).",
                            evidence=tuple(i for obs in values.values() for i in obs.items))

"""Rules: one per claim kind, found through the ``factcheck.rules`` entry-point group.

A newsroom adds a rule by publishing a package with an entry point in that group naming a
:class:`~factcheck.rules.base.Rule` subclass; a rule registered for a kind replaces the built-in one.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.metadata import entry_points

from factcheck.evidence.store import EvidenceStore
from factcheck.model import Claim, Verdict
from factcheck.rules.base import Context, Rule
from factcheck.rules.change import ChangeRule
from factcheck.rules.growth import GrowthRule
from factcheck.rules.level import LevelRule
from factcheck.rules.rank import RankRule
from factcheck.rules.ratio import RatioRule
from factcheck.rules.share import ShareRule
from factcheck.rules.shift import ShiftRule
from factcheck.rules.trend import TrendRule
from factcheck.scales import Scale, load_scale

BUILTIN: tuple[type[Rule], ...] = (LevelRule, ChangeRule, ShareRule, RatioRule, GrowthRule, TrendRule, ShiftRule,
                                   RankRule)


def registered_rules() -> dict[str, type[Rule]]:
    """Built-in rules, then those of installed packages (entry-point group ``factcheck.rules``)."""
    rules = {rule.kind: rule for rule in BUILTIN}
    for entry in entry_points(group="factcheck.rules"):
        if entry.value.startswith("factcheck.rules."):
            continue  # the built-ins, already here
        rule = entry.load()
        rules[rule.kind] = rule
    return rules


class Checker:
    """Checks claims against one evidence store with one rating scale."""

    def __init__(self, store: EvidenceStore, scale: Scale | None = None) -> None:
        context = Context(store=store, scale=scale or load_scale())
        self.rules = {kind: rule(context) for kind, rule in registered_rules().items()}
        self.context = context

    def check_one(self, claim: Claim) -> Verdict:
        rule = self.rules.get(claim.kind)
        if rule is None:
            step = self.context.scale.for_outcome("insufficient-evidence")
            missing = ("no rule checks this kind of statement yet; it is kept for a fact-checker to read"
                       if claim.kind == "other" else f"no rule is installed for claims of kind {claim.kind!r}")
            return Verdict(claim_id=claim.id, rating=step.rating, rule=None, explanation=f"Unverifiable: {missing}.",
                           outcome="insufficient-evidence", missing=missing, claim=claim,
                           scale=self.context.scale.name)
        return rule.check(claim)

    def check(self, claims: Iterable[Claim]) -> list[Verdict]:
        return [self.check_one(claim) for claim in claims]


def check(claims: Iterable[Claim], store: EvidenceStore, scale: Scale | None = None) -> list[Verdict]:
    return Checker(store, scale).check(claims)


__all__ = ["BUILTIN", "Checker", "Rule", "check", "registered_rules"]

"""Check-worthiness: which claims deserve a fact-checker's time first.

A small additive score, documented in docs/batch.md, so an editor can predict and argue with the order:

====================================================  =====
the verdict's neutral outcome                          points
====================================================  =====
``contradicted`` (rated false)                         60
``far-off`` (mostly false)                             50
``direction-right-size-off`` (half true)               40
``insufficient-evidence`` with nearest evidence named  30
``close`` (mostly true)                                20
``accurate`` (true)                                    10
``insufficient-evidence`` and nothing nearby           0
====================================================  =====

plus 10 when the claim is of a checkable kind (anything but ``other``) and 5 when it states a number.
A wrong claim is a story; an unverifiable one with evidence nearby is a check a person can finish in
minutes; a true one can wait. The score uses the rule's neutral outcome, not the rating, so it means the
same under every rating scale. Ties keep input order, then order within the input.
"""

from __future__ import annotations

from factcheck.model import Verdict

OUTCOME_POINTS: dict[str, int] = {
    "contradicted": 60,
    "far-off": 50,
    "direction-right-size-off": 40,
    "close": 20,
    "accurate": 10,
}
UNVERIFIABLE_NEARBY = 30
UNVERIFIABLE_NOTHING = 0
CHECKABLE_KIND = 10
STATES_NUMBER = 5


def worthiness(outcome: str, kind: str, has_number: bool, has_nearest: bool) -> int:
    """The check-worthiness score of one verdict (higher: look at it sooner)."""
    # insufficient-evidence (or an outcome a plug-in rule invented) scores by what evidence is nearby
    points = OUTCOME_POINTS.get(outcome, UNVERIFIABLE_NEARBY if has_nearest else UNVERIFIABLE_NOTHING)
    if kind != "other":
        points += CHECKABLE_KIND
    if has_number:
        points += STATES_NUMBER
    return points


def score(verdict: Verdict) -> int:
    claim = verdict.claim
    kind = claim.kind if claim else "other"
    has_number = bool(claim and claim.claimed and claim.claimed.value is not None)
    has_nearest = bool(verdict.nearest) or bool(verdict.evidence)
    return worthiness(verdict.outcome, kind, has_number, has_nearest)


def sort_key(score_value: int, input_number: int, position: int) -> tuple[int, int, int]:
    """Best first: higher score, then earlier input, then earlier in the input."""
    return (-score_value, input_number, position)

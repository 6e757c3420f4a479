"""Every rule on its YAML cases (tests/data/rule_cases.yaml), against the bundled real evidence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.evidence import EvidenceStore
from factcheck.model import Claim, Period, Quantity, Source, Subject
from factcheck.rules import check, registered_rules
from factcheck.scales import load_scale

CASES = yaml.safe_load((Path(__file__).parent / "data" / "rule_cases.yaml").read_text(encoding="utf-8"))


def _subject(values: list[Any] | None) -> Subject | None:
    if values is None:
        return None
    return Subject(*[None if v is None else str(v) for v in values])


def claim_of(case: dict[str, Any]) -> Claim:
    period = [str(p) for p in case["period"]]
    claimed = case.get("claimed")
    quantity = None
    if claimed is not None:
        value, unit, relation, *precision = claimed
        quantity = Quantity(None if value is None else float(value), unit, relation,
                            precision[0] if precision else None, float(precision[1]) if len(precision) > 1 else None)
    return Claim(id=case["id"], text=case["id"], source=Source(path="cases.yaml", date=case.get("date", "2025-01")),
                 kind=case["kind"], subject=_subject(case["subject"]), period=Period(*period),  # type: ignore[arg-type]
                 against=_subject(case.get("against")), claimed=quantity, items=tuple(case.get("items", ())))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_rule_case(case: dict[str, Any], store: EvidenceStore) -> None:
    [verdict] = check([claim_of(case)], store)
    expect = case["expect"]
    assert verdict.outcome == expect["outcome"], verdict.explanation
    assert verdict.rule == case["kind"]
    if "actual" in expect:
        assert verdict.actual is not None
        assert verdict.actual.value == pytest.approx(expect["actual"], rel=0.005)
    text = verdict.explanation + " " + " ".join(verdict.notes)
    for phrase in expect.get("contains", ()):
        assert phrase in text, text
    if verdict.outcome == "insufficient-evidence":
        assert verdict.rating == "unverifiable"
        assert verdict.missing, "an unverifiable verdict must say what is missing"
    else:
        assert verdict.evidence, "a verdict must show the numbers it rests on"
        assert all(item.source for item in verdict.evidence)


def test_every_kind_has_cases_for_several_outcomes() -> None:
    outcomes: dict[str, set[str]] = {}
    for case in CASES:
        outcomes.setdefault(case["kind"], set()).add(case["expect"]["outcome"])
    assert set(outcomes) == set(registered_rules())
    for kind, seen in outcomes.items():
        if kind != "rank":  # the bundled evidence has no product breakdown to rank
            assert len(seen) >= 3, f"{kind} has cases for {seen} only"


def test_ratings_follow_the_chosen_scale(store: EvidenceStore) -> None:
    case = next(c for c in CASES if c["id"] == "growth-three-times-mostly")
    [default] = check([claim_of(case)], store)
    [politifact] = check([claim_of(case)], store, load_scale("politifact"))
    assert default.rating == "mostly-true"
    assert politifact.outcome == default.outcome
    assert politifact.scale == "politifact"


def test_claim_without_a_period_is_unverifiable_with_a_reason(store: EvidenceStore) -> None:
    claim = Claim(id="x", text="x", source=Source(), kind="level", subject=Subject("exports", "BLR"),
                  period=Period(), claimed=Quantity(1e9, "USD"))
    [verdict] = check([claim], store)
    assert verdict.rating == "unverifiable"
    assert "period" in (verdict.missing or "")


def test_other_claims_are_kept_and_say_why_they_are_not_rated(store: EvidenceStore) -> None:
    claim = Claim(id="o", text="The agreements are not being implemented.", source=Source(), kind="other",
                  subject=Subject(None), period=Period())
    [verdict] = check([claim], store)
    assert verdict.rating == "unverifiable"
    assert "no rule" in (verdict.missing or "")

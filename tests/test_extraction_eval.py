"""The extraction harness itself, on hand-made gold items and predictions, so that it can fail."""

from __future__ import annotations

import math
from typing import Any

import pytest

try:
    import extraction_eval as ev
except ImportError:  # tests/ became a package
    from tests import extraction_eval as ev

from factcheck.model import Claim, Document


def rec(kind: str = "change", indicator: str = "exports", entity: str = "BLR", partner: str | None = None,
        value: float | None = -7.4, unit: str | None = "%", relation: str = "eq", start: str = "2024-01",
        end: str = "2024-11", base: tuple[str | None, str | None] = ("2023-01", "2023-11"),
        against: dict[str, Any] | None = None) -> dict[str, Any]:
    claimed = None if kind in ("rank", "other") else {"value": value, "unit": unit, "relation": relation}
    return {
        "kind": kind,
        "subject": {"indicator": indicator, "entity": entity, "partner": partner, "commodity": None},
        "against": against,
        "period": {"start": start, "end": end, "base_start": base[0], "base_end": base[1]},
        "claimed": claimed,
    }


def item(item_id: str, expected: list[dict[str, Any]], text: str = "Some sentence.") -> ev.GoldItem:
    return ev.GoldItem(id=item_id, text=text, context={"date": "2025-01-10", "about": "BLR"},
                       origin={"corpus": "written"}, expected=expected)


def fixed(predictions: dict[str, list[dict[str, Any]]]) -> ev.Extractor:
    """A fake extractor: returns the hand-made predictions for each item (by the document's title)."""

    def run(doc: Document) -> list[Claim]:
        assert doc.title is not None
        return [Claim.from_dict({"id": f"p{n}", "text": doc.text, **p})
                for n, p in enumerate(predictions.get(doc.title, []))]

    return run


def test_perfect_extractor_scores_one() -> None:
    items = [item("a", [rec(), rec(indicator="imports", value=6.1)]), item("b", [])]
    result = ev.evaluate(items, fixed({"a": [rec(), rec(indicator="imports", value=6.1)]}))
    assert (result.tp, result.fp, result.fn) == (2, 0, 0)
    assert result.precision == result.recall == result.f1 == 1.0
    assert all(v == 1.0 for v in result.field_accuracy.values())
    assert result.negative_items == 1


def test_empty_extractor_has_zero_recall_and_undefined_precision() -> None:
    result = ev.evaluate([item("a", [rec()])], fixed({}))
    assert (result.tp, result.fp, result.fn) == (0, 0, 1)
    assert result.recall == 0.0
    assert math.isnan(result.precision)
    assert result.per_kind == {"change": (0, 1)}


def test_false_positive_on_negative_item() -> None:
    result = ev.evaluate([item("neg", [])], fixed({"neg": [rec(kind="level", value=2030, unit="count")]}))
    assert (result.tp, result.fp, result.fn) == (0, 1, 0)
    assert result.precision == 0.0
    assert result.fp_on_negatives == 1 and result.negative_items_with_fp == 1


def test_other_predictions_are_reported_not_counted() -> None:
    items = [item("neg", []), item("o", [rec(kind="other")])]
    result = ev.evaluate(items, fixed({"neg": [rec(kind="other")], "o": [rec(kind="other")]}))
    assert (result.tp, result.fp, result.fn) == (0, 0, 0)
    assert result.other_on_negatives == 1
    assert (result.other_predicted, result.other_matched, result.other_gold) == (2, 1, 1)


def test_other_prediction_does_not_satisfy_a_checkable_gold_claim() -> None:
    result = ev.evaluate([item("a", [rec()])], fixed({"a": [rec(kind="other")]}))
    assert (result.tp, result.fn) == (0, 1)


def test_sign_error_still_matches_but_value_is_wrong() -> None:
    result = ev.evaluate([item("a", [rec(value=-7.4)])], fixed({"a": [rec(value=7.4)]}))
    assert result.tp == 1
    assert result.field_correct["claimed.value"] == 0
    assert result.field_correct["kind"] == 1


def test_wrong_kind_same_number_matches_with_kind_wrong() -> None:
    gold = rec(kind="level", indicator="trade_balance", value=-4.2e9, unit="USD", base=(None, None))
    pred = rec(kind="change", indicator="trade_balance", value=-4.2e9, unit="USD")
    result = ev.evaluate([item("a", [gold])], fixed({"a": [pred]}))
    assert result.tp == 1
    assert result.field_accuracy["kind"] == 0.0
    assert result.field_accuracy["period.base"] == 0.0
    assert result.field_accuracy["claimed.value"] == 1.0


def test_unrelated_prediction_is_not_matched() -> None:
    gold = rec(value=-7.4)
    pred = rec(kind="level", indicator="population", value=9.2e6, unit="count")
    result = ev.evaluate([item("a", [gold])], fixed({"a": [pred]}))
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)


def test_greedy_matching_pairs_by_value_not_by_order() -> None:
    gold = [rec(indicator="imports", value=6.0), rec(indicator="exports", value=2.0)]
    pred = [rec(indicator="exports", value=2.0), rec(indicator="imports", value=6.0)]
    assert ev.match_claims(gold, pred) == [(0, 1), (1, 0)]
    # Swapped indicators: the values still decide the pairing, and the indicator field is what is wrong.
    pred = [rec(indicator="exports", value=6.0), rec(indicator="imports", value=2.0)]
    assert ev.match_claims(gold, pred) == [(0, 0), (1, 1)]
    result = ev.evaluate([item("a", gold)], fixed({"a": pred}))
    assert result.tp == 2 and result.field_correct["subject.indicator"] == 0


def test_one_prediction_matches_at_most_one_gold_claim() -> None:
    gold = [rec(value=4.5, start="2017", end="2017"), rec(value=4.5, start="2018-01", end="2018-06")]
    result = ev.evaluate([item("a", gold)], fixed({"a": [rec(value=4.5, start="2017", end="2017")]}))
    assert (result.tp, result.fn) == (1, 1)
    assert result.field_correct["period.start"] == 1


def test_value_tolerance_is_half_a_percent_relative() -> None:
    assert ev.values_agree(100.0, 100.5)
    assert not ev.values_agree(100.0, 100.6)
    assert ev.values_agree(-4.2e9, -4.19e9)
    assert not ev.values_agree(-4.2e9, 4.2e9)
    assert ev.values_agree(-4.2e9, 4.2e9, signed=False)
    assert ev.values_agree(None, None)
    assert not ev.values_agree(None, 1.0)
    assert ev.values_agree(0, 0.0)


def test_period_fields_normalise_a_whole_year() -> None:
    gold = rec(start="2023", end="2023", base=("2022", "2022"))
    pred = rec(start="2023-01", end="2023-12", base=("2022-01", "2022-12"))
    fields = ev.compare_fields(gold, pred)
    assert fields["period.start"][0] and fields["period.end"][0] and fields["period.base"][0]
    fields = ev.compare_fields(gold, rec(start="2023-01", end="2023-11", base=("2022-01", "2022-11")))
    assert not fields["period.start"][0] and not fields["period.base"][0]


def test_against_and_partner_fields() -> None:
    whole = {"indicator": "exports", "entity": "BLR", "partner": None, "commodity": None}
    gold = rec(kind="share", partner="Africa", value=2, relation="under", base=(None, None), against=whole)
    good = rec(kind="share", partner="Africa", value=2, relation="under", base=(None, None),
               against={"indicator": "exports", "entity": "BLR"})
    bad = rec(kind="share", partner="world", value=2, relation="eq", base=(None, None), against=None)
    assert all(ok for ok, _, _ in ev.compare_fields(gold, good).values())
    wrong = {name for name, (ok, _, _) in ev.compare_fields(gold, bad).items() if not ok}
    assert wrong == {"subject.partner", "against", "claimed.relation"}


def test_extractor_errors_are_recorded_and_count_as_misses() -> None:
    def broken(doc: Document) -> list[Claim]:
        raise RuntimeError("boom")

    result = ev.evaluate([item("a", [rec()]), item("b", [])], broken)
    assert result.errors == {"a": "RuntimeError: boom", "b": "RuntimeError: boom"}
    assert (result.tp, result.fn) == (0, 1)
    assert "boom" in ev.format_details(result)


def test_document_carries_context() -> None:
    gold = ev.GoldItem(id="x-1", text="The deficit reached 4.2 billion dollars.",
                       context={"date": "2025-01-10", "about": "BLR",
                                "previous_period": {"start": "2024-01", "end": "2024-11"}},
                       origin={"corpus": "written"}, expected=[])
    doc = ev.document_for(gold)
    assert doc.text.strip() == gold.text
    assert (doc.date, doc.about, doc.title) == ("2025-01-10", "BLR", "x-1")
    assert doc.meta["previous_period"] == {"start": "2024-01", "end": "2024-11"}
    # Spans the extractor reports index into doc.text: the sentence starts at 0.
    assert doc.text.index("The deficit") == 0


def test_dict_predictions_are_accepted() -> None:
    result = ev.evaluate([item("a", [rec()])], lambda doc: [rec()])
    assert result.tp == 1


def test_table_shows_the_figures() -> None:
    result = ev.evaluate([item("a", [rec()]), item("b", [])], fixed({"a": [rec(value=7.4)]}))
    table = ev.format_table(result, "toy")
    assert "toy: 2 items" in table
    assert "precision 1.000" in table and "recall 1.000" in table
    assert "claimed.value      0.000   (0/1)" in table
    assert set(result.figures()) == {"precision", "recall", "f1", *(f"field:{f}" for f in ev.FIELDS)}


def test_figureless_record_under_another_name_is_reported_not_matched() -> None:
    gold = [rec(kind="trend", indicator="child_mortality_rate", value=None, relation="falling"),
            rec(kind="trend", indicator="gender_inequality", value=None, relation="rising")]
    predicted = [rec(kind="trend", indicator="child_mortality", value=None, relation="falling"),
                 rec(kind="trend", indicator="poverty_rate", value=None, relation="rising")]
    result = ev.evaluate([item("a", gold)], fixed({"a": predicted}))
    assert (result.tp, result.fn) == (0, 2)  # still missed: the names differ
    assert (result.figureless_near, result.figureless_missed) == (1, 2)  # "rate" alone ties nothing
    assert "missed records without a figure: 2, of which 1 found under another name" in ev.format_table(result)


def test_near_figureless_needs_the_same_kind_and_no_figure() -> None:
    gold = [rec(kind="rank", indicator="oil_reserves", value=None)]
    assert ev.near_figureless(gold, [rec(kind="trend", indicator="oil_reserves", value=None)]) == 0
    assert ev.near_figureless(gold, [rec(kind="level", indicator="oil_production", value=3.0)]) == 0
    assert ev.near_figureless(gold, [rec(kind="rank", indicator="oil", value=None)]) == 1


def test_run_prints_and_returns(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "toy.jsonl"
    gold.write_text('{"id": "t-1", "text": "Exports fell by 7.4%.", "context": {"date": "2025-01", "about": "BLR"}, '
                    '"origin": {"corpus": "written"}, "expected": []}\n', encoding="utf-8")
    result = ev.run(gold, lambda doc: [rec()], details=True)
    out = capsys.readouterr().out
    assert result.fp == 1 and "precision 0.000" in out and "[t-1]" in out and "extra: change" in out


@pytest.mark.parametrize("split", ev.SPLITS)
def test_gold_as_predictions_scores_one(split: str) -> None:
    items = ev.load_gold(split)
    by_id = {i.id: i for i in items}
    result = ev.evaluate(items, lambda doc: ev.gold_claims(by_id[str(doc.title)]))
    assert result.precision == result.recall == 1.0
    assert all(v == 1.0 for v in result.field_accuracy.values()), result.field_accuracy
    assert result.other_matched == result.other_gold


@pytest.mark.parametrize(("gold_name", "predicted", "same"), [
    ("protected_area", "protected_areas", True),
    ("student_enrollment", "student_enrolment", True),
    ("primary_school_enrollment", "Primary_School_Enrollments", True),
    ("displaced_persons", "refugees", False),  # other words: another name
    ("wetland_area", "area", False),
])
def test_indicator_names_differing_only_in_inflection_or_spelling_are_the_same(
        gold_name: str, predicted: str, same: bool) -> None:
    gold = rec(kind="rank", indicator=gold_name, value=None)
    result = ev.evaluate([item("a", [gold])], fixed({"a": [rec(kind="rank", indicator=predicted, value=None)]}))
    assert (result.tp, result.field_correct.get("subject.indicator", 0)) == ((1, 1) if same else (0, 0))


def test_spec_named_indicators_are_reported_apart() -> None:
    gold = [rec(indicator="exports", value=7.4), rec(indicator="gdp", value=2.0),
            rec(indicator="unemployment", value=5.0), rec(indicator="smartphones", value=9.0)]
    predicted = [rec(indicator="export", value=7.4), rec(indicator="gdp_growth", value=2.0),
                 rec(indicator="phones", value=9.0)]
    result = ev.evaluate([item("a", gold)], fixed({"a": predicted}))
    # exports (under its singular) and gdp (under another name) are matched, unemployment is missed,
    # smartphones is no indicator SPEC.md names
    assert (result.spec_named_total, result.spec_named_matched, result.spec_named_right) == (3, 2, 1)
    assert "records of SPEC's named indicators: 2/3 matched, 1/2 of them under that name" in ev.format_table(result)

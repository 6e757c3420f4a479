"""Numbers, scales, units, currencies and hedges as the extractor reads them."""

from __future__ import annotations

import pytest

from factcheck.extract.lexicon import load_lexicon
from factcheck.extract.numbers import parse_digits, parse_words
from factcheck.extract.quantities import find_quantities


def quantities(text: str):
    return find_quantities(text, 0, len(text), load_lexicon())


def one(text: str):
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "value", "decimals"), [
    ("37,194.6", 37194.6, 1),
    ("1 500", 1500, 0),
    ("4.2", 4.2, 1),
    ("1,234,567", 1234567, 0),
    ("0.017", 0.017, 3),
])
def test_digits_keep_value_and_stated_precision(text: str, value: float, decimals: int) -> None:
    assert parse_digits(text) == (pytest.approx(value), decimals)


@pytest.mark.parametrize(("text", "value"), [
    ("three", 3), ("twenty-five", 25), ("one hundred", 100), ("a third", 1 / 3), ("half", 0.5),
    ("a quarter", 0.25), ("two-thirds", 2 / 3), ("two thirds", 2 / 3), ("two and a half", 2.5),
    ("one and a half", 1.5), ("one hundred and thirty", 130), ("two hundred fifty", 250),
    ("one sixth", 1 / 6), ("a sixth", 1 / 6), ("one-seventh", 1 / 7), ("five-eighths", 5 / 8), ("two ninths", 2 / 9),
    ("three-fourths", 0.75), ("a fourth", 0.25), ("one fourth", 0.25),
])
def test_number_words(text: str, value: float) -> None:
    assert parse_words(text) == pytest.approx(value)


@pytest.mark.parametrize(("text", "value", "unit", "scale"), [
    ("1,234.5 million", 1234500000, "count", 1e6),
    ("1,234.5 million US dollars", 1234500000, "USD", 1e6),
    ("$4.2bn", 4.2e9, "USD", 1e9),
    ("USD 37,194.6 million", 37194.6e6, "USD", 1e6),
    ("€3 million", 3e6, "EUR", 1e6),
    ("3 million euros", 3e6, "EUR", 1e6),
    ("EUR 12 bln", 12e9, "EUR", 1e9),
    ("500 mln roubles", 5e8, "RUB", 1e6),
    ("2.5 billion Belarusian rubles", 2.5e9, "BYN", 1e9),
    ("2 trillion dollars", 2e12, "USD", 1e12),
    ("45 thousand tonnes", 45000, "t", 1e3),
    ("7.4%", 7.4, "%", 1),
    ("7.4 percent", 7.4, "%", 1),
    ("7.4 per cent", 7.4, "%", 1),
    ("3 percentage points", 3, "pp", 1),
    ("-3.5%", -3.5, "%", 1),
])
def test_scales_units_and_currencies_are_normalised(text: str, value: float, unit: str, scale: float) -> None:
    q = one(text)
    assert (q.value, q.unit, q.scale) == (pytest.approx(value), unit, scale)


@pytest.mark.parametrize(("text", "relation"), [
    ("almost 7 billion dollars", "almost"), ("nearly 5%", "almost"), ("just under 5%", "almost"),
    ("about 5%", "approx"), ("around 5%", "approx"), ("some 5%", "approx"), ("roughly 5%", "approx"),
    ("more than 5%", "over"), ("over 5%", "over"), ("exceeds 5%", "over"), ("at least 5%", "over"),
    ("less than 5%", "under"), ("below 5%", "under"), ("under 5%", "under"), ("up to 5%", "under"),
    ("5%", "eq"), ("a massive 4.2 billion US dollars", "eq"),
    ("in excess of 5%", "over"), ("upwards of 5%", "over"), ("well over 5%", "over"), ("no more than 5%", "under"),
    ("at most 5%", "under"), ("close to 5%", "almost"), ("short of 5%", "under"), ("just short of 5%", "almost"),
])
def test_hedges_become_relations(text: str, relation: str) -> None:
    assert one(text).relation == relation


@pytest.mark.parametrize(("text", "value"), [
    ("three times", 3), ("3 times", 3), ("1.5 times", 1.5), ("twice", 2), ("fivefold", 5),
    ("by a factor of five", 5),
])
def test_multipliers(text: str, value: float) -> None:
    q = one(text)
    assert (q.kind, q.value) == ("times", value)


@pytest.mark.parametrize("text", [
    "For 79 years we have met here.",
    "under Article 5 of the Charter",
    "resolution 2231 must be implemented",
    "the 3rd convocation",
    "at the seventy-ninth session",
    "call +375 17 222-33-44 for details",
    "on 24 February 2022",
    "in 2024",
    "one of the main partners",
    "a population below the age of 25",  # ages
    "children under 5",
    "young people aged 15 to 24",
    "the 15-year-olds",
    "women 65 years of age",
])
def test_numbers_that_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize("text", ["the seventy-sixth session", "the sixth largest economy", "its sixty-ninth session",
                                  "the eighth-largest contributor"])
def test_ordinals_are_no_fractions(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("reduced by over a quarter of a million persons", 250_000, "count"),
    ("half a million people", 500_000, "count"),
    ("almost half a billion euro", 500_000_000, "EUR"),
    ("three quarters of a billion dollars", 750_000_000, "USD"),
    ("a sum exceeding half a million of dollars", 500_000, "USD"),
    ("some 12 million of dollars", 12_000_000, "USD"),
])
def test_a_fraction_of_a_scale_is_an_amount(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q.kind, q.value, q.unit) == ("amount", pytest.approx(value), unit)


@pytest.mark.parametrize(("text", "value", "unit"), [
    # "a" before a scale is one of it; "and a half" after the scale adds half of it
    ("more than a million refugees", 1_000_000, "count"),
    ("a billion dollars", 1_000_000_000, "USD"),
    ("a billion and a half dollars", 1_500_000_000, "USD"),
    ("more than a million and a half of our young people", 1_500_000, "count"),
    ("two million and a half", 2_500_000, "count"),
    ("a billion of US dollars in damages", 1_000_000_000, "USD"),
    # the hundreds said in words after the thousands
    ("sixteen thousand three hundred men", 16_300, "count"),
    ("five thousand three hundred and twenty tons", 5_320, "t"),
])
def test_a_scale_said_with_a_or_and_a_half_is_one_amount(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q.kind, q.value, q.unit) == ("amount", pytest.approx(value), unit)


def test_a_fraction_of_something_else_stays_a_fraction() -> None:
    assert one("half of the population").kind == "fraction"
    assert one("a third of the budget").value == pytest.approx(1 / 3)


@pytest.mark.parametrize("text", ["a quarter of a century", "half a century", "a third of a millennium",
                                  # a part of a span named by its place in it
                                  "in the first half of the twentieth century", "in the latter half of the year",
                                  "during the second half of this century"])
def test_a_fraction_of_a_span_of_time_is_no_figure(text: str) -> None:
    assert quantities(text) == []


def test_a_simple_fraction_of_a_whole_is_a_fraction_and_a_date_is_not() -> None:
    from factcheck.extract.numbers import find_numbers
    (n,) = [n for n in find_numbers("About 3/5 of all the duties") if n.fraction]
    assert n.value == pytest.approx(0.6)
    assert not [n for n in find_numbers("Signed on 3/5/2019 in Lima.") if n.fraction]
    assert not [n for n in find_numbers("The ratio was 3/5.") if n.fraction]


def test_a_footnote_number_after_a_closing_quotation_mark_is_no_figure() -> None:
    text = "“Let us not forget: the poor are almost always the victims, not the ones to blame.”7"
    assert find_quantities(text, 0, len(text), load_lexicon()) == []


@pytest.mark.parametrize(("text", "value"), [
    ("the explosion was 600 to 700 times more powerful", 650),
    ("exports grew 2 to 3 times since 2010", 2.5),
    ("between 5 and 10 times more", 7.5),
])
def test_a_range_of_multipliers_is_one_approximate_multiplier(text: str, value: float) -> None:
    assert [(q.kind, q.value, q.relation) for q in quantities(text)] == [("times", value, "approx")]


@pytest.mark.parametrize("text", ["rose from 2 to 3 times", "grew 2 and 3 times"])
def test_a_movement_or_two_multipliers_are_no_range(text: str) -> None:
    assert [q.kind for q in quantities(text)] == ["amount", "times"]

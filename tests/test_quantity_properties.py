"""Quantity parsing agrees with a reference on generated numbers ("1,234.5 million" → 1234500000)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.lexicon import load_lexicon
from factcheck.extract.quantities import find_quantities

LEXICON = load_lexicon()
SCALES = {"": 1, " thousand": 10**3, " million": 10**6, " billion": 10**9, " trillion": 10**12,
          " mln": 10**6, " bn": 10**9}
CURRENCIES = {" US dollars": "USD", " euros": "EUR", " roubles": "RUB"}


def written(whole: int, fraction: str, separator: str) -> str:
    """The number as a speaker's text writes it: thousands separated, decimals after a point."""
    digits = f"{whole:,}".replace(",", separator)
    return f"{digits}.{fraction}" if fraction else digits


@settings(max_examples=300, deadline=None)
@given(whole=st.integers(0, 999_999), fraction=st.text("0123456789", max_size=3),
       separator=st.sampled_from([",", " "]), scale=st.sampled_from(sorted(SCALES)),
       currency=st.sampled_from(sorted(CURRENCIES)))
def test_amounts_match_the_reference(whole: int, fraction: str, separator: str, scale: str, currency: str) -> None:
    number = written(whole, fraction, separator)
    text = f"Exports reached {number}{scale}{currency} last year."
    found = [q for q in find_quantities(text, 0, len(text), LEXICON) if q.kind == "amount"]
    assert len(found) == 1, (text, found)
    reference = Decimal(f"{whole}.{fraction or '0'}") * SCALES[scale]
    assert found[0].value == float(reference) or abs(found[0].value - float(reference)) <= 1e-9 * float(reference)
    assert found[0].unit == CURRENCIES[currency]
    assert found[0].decimals == len(fraction)


@settings(max_examples=200, deadline=None)
@given(whole=st.integers(0, 99), fraction=st.text("0123456789", min_size=0, max_size=2),
       word=st.sampled_from(["%", " percent", " per cent"]))
def test_percentages_match_the_reference(whole: int, fraction: str, word: str) -> None:
    number = f"{whole}.{fraction}" if fraction else str(whole)
    text = f"Imports grew by {number}{word} in 2020."
    [found] = [q for q in find_quantities(text, 0, len(text), LEXICON) if q.kind == "amount"]
    assert found.unit == "%"
    assert found.value == float(Decimal(number))

"""What a stated number commits the speaker to: the one table of precision and hedge meanings.

Every rule judges a claimed value against the observed one here, so "almost", "more than" and "4.2
billion" mean the same thing everywhere, and the brief can print the band that was used.

| relation | accurate when the observed size is … | close when … |
| --- | --- | --- |
| ``eq`` ("3.5 billion") | within the stated precision: half a unit of the last digit given (*) | within 10 % |
| ``approx`` ("about 7") | within 5 % or the stated precision, whichever is wider | within 15 % |
| ``almost`` ("nearly 7") | at most the claimed size and at least 90 % of it | 80–105 % |
| ``over`` ("more than 7") | at least the claimed size | at least 90 % of it |
| ``under`` ("less than 2") | at most the claimed size | at most 110 % of it |

(*) For values other than percentages the band is at most 5 % either way: "three times" is not
"anything from 2.5 to 3.5".

The bounds of ``almost``, ``over`` and ``under`` tolerate rounding at the stated precision, capped at 1 %.

Beyond "close": a value of the opposite sign (a surplus claimed, a deficit found) is *contradicted*. For
claims about direction (changes, growth) the right sign with the wrong size is *direction right, size
off*; for levels, shares and ratios that outcome means "right order of magnitude" (within 35 %), and
anything further is *far off*. Relations speak of size: "fell by more than 60 %" is -60 with ``over``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from factcheck.model import Quantity

EQ_CAP = 0.05
CLOSE = {"eq": 0.10, "approx": 0.15}
ORDER_OF_MAGNITUDE = 0.35
FLAT = 2.0  # a change smaller than this many percent is no trend either way


@dataclass(frozen=True)
class Judgement:
    outcome: str
    band: str  # the reading of the claim that was applied, for the brief


def stated_precision(claimed: Quantity) -> float:
    """Half a unit of the last digit the speaker gave, in whole units (``3.5 billion`` → 0.05e9)."""
    value = abs(claimed.value or 0.0)
    if claimed.decimals is None:
        return 0.01 * value
    return 0.5 * 10 ** (-claimed.decimals) * (claimed.scale or 1.0)


def judge_value(claimed: Quantity, actual: float, *, directional: bool = False) -> Judgement:
    """Judge an observed value against a claimed one, by the claim's relation and precision."""
    if claimed.value is None:
        raise ValueError("a claimed value is needed to judge a value")
    c, a = claimed.value, actual
    size_c, size_a = abs(c), abs(a)
    precision = stated_precision(claimed)
    # bounds ("almost", "more than", "less than") tolerate rounding, but never more than 1 %
    slack = min(precision, 0.01 * size_c)
    relation = claimed.relation
    if c != 0 and a != 0 and math.copysign(1, c) != math.copysign(1, a):
        return Judgement("contradicted", "the evidence has the opposite sign")
    if relation == "eq":
        # percentages are judged at the stated precision ("2 %" covers 1.5–2.5); other round numbers
        # ("three times", "4 billion") at most 5 % either way
        band = precision if claimed.unit == "%" or not size_c else min(precision, EQ_CAP * size_c)
        accurate, close = abs(a - c) <= band, abs(a - c) <= CLOSE["eq"] * size_c
        text = f"stated as exact: {_range(c - band, c + band)} counts as accurate"
    elif relation == "approx":
        band = min(max(precision, EQ_CAP * size_c), 0.10 * size_c) if size_c else precision
        accurate, close = abs(a - c) <= band, abs(a - c) <= CLOSE["approx"] * size_c
        text = f"“about”: {_range(c - band, c + band)} counts as accurate"
    elif relation == "almost":
        accurate = 0.9 * size_c <= size_a <= size_c + slack
        close = 0.8 * size_c <= size_a <= 1.05 * size_c
        text = f"“almost”: at most {_fmt(size_c + slack)} and at least {_fmt(0.9 * size_c)} in size"
    elif relation == "over":
        accurate = size_a >= size_c - slack
        close = size_a >= 0.9 * size_c
        text = f"“more than”: at least {_fmt(size_c - slack)} in size"
    elif relation == "under":
        accurate = size_a <= size_c + slack
        close = size_a <= 1.1 * size_c
        text = f"“less than”: at most {_fmt(size_c + slack)} in size"
    else:
        raise ValueError(f"relation {relation!r} does not state a value")
    if accurate:
        return Judgement("accurate", text)
    if close:
        return Judgement("close", text)
    error = abs(a - c) / size_c if size_c else math.inf
    if directional or error <= ORDER_OF_MAGNITUDE:
        return Judgement("direction-right-size-off", text)
    return Judgement("far-off", text)


def judge_direction(claimed: str, change_percent: float) -> Judgement:
    """A claim of direction only (``rising``/``falling``) against the observed change in percent."""
    text = f"a change of less than {FLAT:g} % either way counts as flat"
    if abs(change_percent) < FLAT:
        return Judgement("direction-right-size-off", text)
    rising = change_percent > 0
    if (claimed == "rising") == rising:
        return Judgement("accurate", text)
    return Judgement("contradicted", text)


def _fmt(value: float) -> str:
    magnitude = abs(value)
    text = f"{magnitude:,.4g}"
    for scale, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if magnitude >= scale:
            text = f"{magnitude / scale:,.4g}{word}"
            break
    return f"−{text}" if value < 0 else text


def _range(low: float, high: float) -> str:
    return f"{_fmt(low)} to {_fmt(high)}"

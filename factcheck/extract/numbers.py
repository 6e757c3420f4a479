"""Numbers as people write them: "37,194.6", "1 500", "4.2", "three", "twenty-five", "a third", "half",
"2 1/2", "1½".

Written by hand rather than with a number-parsing library so that the precision the speaker gave
("4.2" has one decimal) survives: rules judge an exact claim at the stated precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Digits with thousands separators (comma, space, thin/no-break space) and an optional decimal part.
DIGITS = re.compile(
    r"(?<![\w.,/])(?<![\w.][-−])"
    r"(?:(?P<grouped>\d{1,3}(?:(?P<sep>[,\u00a0\u202f ])\d{3})(?:(?P=sep)\d{3})*)|(?P<plain>\d+))"
    r"(?:\.(?P<frac>\d+))?(?![\d])"
)

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
             "fourths": 4, "fifth": 5,
             "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9,
             "ninths": 9, "tenth": 10, "tenths": 10}
MULTIPLES = {"once": 1, "twice": 2, "thrice": 3}

_UNIT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN_WORDS = "|".join(TENS)
_BELOW_HUNDRED = rf"(?:(?:{_TEN_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_UNIT_WORDS})"
# "one hundred and thirty": the part after "hundred" counts too
_CARDINAL = (rf"(?:{_BELOW_HUNDRED}(?:\s+hundred(?:(?:\s+and)?\s+{_BELOW_HUNDRED}(?![\w-]))?)?"
             # "a million refugees", "a billion dollars": one (not "a thousand": "worth a thousand words")
             r"|an?(?=\s+(?:hundred|half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:million|billion"
             r"|trillion)(?![\w-]))\b)(?:\s+hundred)?)")  # (not "a trillion-dollar debt": an adjective)
_FRACTION = "|".join(FRACTIONS)
# "three", "twenty-five", "one hundred", "two and a half", "a third", "two-thirds", "half", "one and a half"
WORDS = re.compile(
    # ("two and half million": "a" left out, as speeches sometimes do)
    rf"(?<![\w-])(?:(?P<card>{_CARDINAL})(?:\s+and\s+(?P<andfrac>(?:a|one)[\s-]+(?:half|quarter|third)|half))?"
    rf"(?:[- ](?P<frac>{_FRACTION}))?|(?P<bare>half))(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Number:
    """A number as written: its value, the decimals given, and whether it was spelled in words."""

    start: int
    end: int
    value: float
    decimals: int | None
    words: bool = False
    fraction: bool = False


def parse_digits(text: str) -> tuple[float, int]:
    """``"37,194.6"`` → (37194.6, 1); ``"1 500"`` → (1500.0, 0)."""
    m = DIGITS.fullmatch(text.strip())
    if not m:
        raise ValueError(f"not a number: {text!r}")
    return _digits_value(m)


def _digits_value(m: re.Match[str]) -> tuple[float, int]:
    whole = m.group("grouped") or m.group("plain")
    whole = re.sub(r"[,\u00a0\u202f ]", "", whole)
    frac = m.group("frac") or ""
    return float(f"{whole}.{frac}" if frac else whole), len(frac)


def _cardinal(text: str) -> float | None:
    words = re.split(r"[\s-]+", text.lower().strip())
    total = 0.0
    for w in words:
        if w in ("a", "an"):
            total += 1
        elif w == "and" and total >= 100:
            continue  # "one hundred and thirty"
        elif w in UNITS:
            total += UNITS[w]
        elif w in TENS:
            total += TENS[w]
        elif w == "hundred":
            total = (total or 1) * 100
        else:
            return None
    return total


def parse_words(text: str) -> float | None:
    """``"three"`` → 3, ``"a third"`` → 1/3, ``"two-thirds"`` → 2/3, ``"two and a half"`` → 2.5."""
    m = WORDS.fullmatch(text.strip())
    return _words_value(m) if m else None


_CARDINAL_AFTER = re.compile(rf"(?i:\s+(?:and\s+)?(?P<card>{_CARDINAL})(?![\w-]))")


def cardinal_after(text: str, pos: int, end: int) -> tuple[float, int] | None:
    """A whole number in words right after ``pos`` ("... thousand three hundred"), as its value and end, if any."""
    m = _CARDINAL_AFTER.match(text, pos, end)
    value = _cardinal(m.group("card")) if m else None
    return (value, m.end()) if m is not None and value is not None else None


def _words_value(m: re.Match[str]) -> float | None:
    if m.group("bare"):
        return 0.5
    value = _cardinal(m.group("card"))
    if value is None:
        return None
    if m.group("frac"):
        if m.group("card").lower() in TENS and "-" in m.group(0) and not m.group("frac").lower().endswith("s"):
            return None  # "the twenty-fifth anniversary", "thirty-third": an ordinal, not 20/5 or 30/3
        return value / FRACTIONS[m.group("frac").lower()]
    if m.group("andfrac"):
        value += 1 / FRACTIONS[re.split(r"[\s-]+", m.group("andfrac"))[-1].lower()]
    return value


# "2 1/2 million", "1½ times", "3 3/4": a whole number and a simple fraction (halves, thirds, quarters).
MIXED = re.compile(r"(?<![\w.,/])(?P<whole>\d{1,3})(?:\s+(?P<num>[1-3])/(?P<den>[234])|\s?(?P<vulgar>[½⅓⅔¼¾]))"
                   r"(?![\w/])")
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75}
# "about 3/5 of all the duties": a simple fraction of a whole (not "3/5" alone, which may be a date)
SIMPLE_FRACTION = re.compile(r"(?<![\w./,])(?P<num>[1-9])/(?P<den>[2-9]|10)(?=\s+of\s)")


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """All numbers in ``text[start:end]``, digits and words, in order. Words that only look like numbers
    ("a", "one of") are kept here; :mod:`quantities` decides whether a unit makes them a quantity."""
    stop = len(text) if end is None else end
    found: list[Number] = []
    mixed: list[tuple[int, int]] = []
    for m in MIXED.finditer(text, start, stop):
        if m.group("vulgar"):
            part = _VULGAR[m.group("vulgar")]
        elif int(m.group("num")) < int(m.group("den")):
            part = int(m.group("num")) / int(m.group("den"))
        else:
            continue
        found.append(Number(m.start(), m.end(), int(m.group("whole")) + part, 1 if part == 0.5 else 2))
        mixed.append(m.span())
    for m in SIMPLE_FRACTION.finditer(text, start, stop):
        if int(m.group("num")) < int(m.group("den")) and not any(s <= m.start() < e for s, e in mixed):
            # kept as a fraction, as "three-fifths" is: a part of the whole after "of", not an amount of anything
            found.append(Number(m.start(), m.end(), int(m.group("num")) / int(m.group("den")), None, words=True,
                                fraction=True))
            mixed.append(m.span())
    for m in DIGITS.finditer(text, start, stop):
        if any(s <= m.start() < e for s, e in mixed):
            continue
        value, decimals = _digits_value(m)
        found.append(Number(m.start(), m.end(), value, decimals))
    taken = [(n.start, n.end) for n in found]
    for m in WORDS.finditer(text, start, stop):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        value = _words_value(m)
        if value is None:
            continue
        fraction = bool(m.group("frac") or m.group("bare"))
        found.append(Number(m.start(), m.end(), value, 0 if not fraction else None, words=True,
                            fraction=fraction))
    found.sort(key=lambda n: n.start)
    return found

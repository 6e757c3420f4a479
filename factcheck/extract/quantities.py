"""Quantities in a sentence: a number with its scale, unit, currency and hedge, normalised.

"nearly 3 billion euros" → 3e9 EUR, relation ``almost``, decimals 0, scale 1e9;
"5.1%" → 5.1 %; "three times" → a multiplier 3; "half as much" → a multiplier 0.5.
Numbers that are not quantities are dropped here: years and dates, ordinals ("3rd"), durations
("for 79 years"), references ("Article 5", "resolution 2231"), telephone numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.extract.lexicon import Hit, Lexicon
from factcheck.extract.noun_phrases import alternation, words
from factcheck.extract.numbers import MULTIPLES, Number, cardinal_after, find_numbers, parse_words

_REFERENCE = re.compile(
    r"(?i:\b(?:article|articles|art\.|section|sections|resolution|resolutions|paragraph|para\.|no\.|number|nos\."
    r"|chapter|goal|goals|sdg|sdgs|page|pages|item|items|protocol|decision|decisions|clause|rule|annex|point"
    r"|phase|level|grade|category|stage|version|term|convocation|session|room|flight|highway|route|line|tel\."
    r"|phone|fax|ext\.)\s*$)|[A-Z]/(?:RES|[A-Z]+)/[\w./]*$"
)
_PHONE = re.compile(r"(?:\+\d[\d ()\-]{7,}\d|\(\d{2,5}\)\s*\d[\d \-]{4,}\d|\b\d{3}[-.]\d{3}[-.]\d{4}\b"
                    r"|\b\d{2,3}-\d{2}-\d{2}\b)")
# Words that may stand between a hedge and its number: "almost a massive 7 billion", "some of the 5%".
_FILLER = frozenset({"a", "an", "the", "massive", "whopping", "staggering", "record", "mere", "total", "of", "meagre",
                     "meager", "modest", "huge", "remarkable", "impressive", "only", "just"})
_WORD_BEFORE = re.compile(r"(\w+)\s*$")
_TIMES_AFTER = re.compile(r"[\s-]*(?:times\b|-?fold\b)", re.IGNORECASE)
_FACTOR_BEFORE = re.compile(r"\ba\s+factor\s+of\s*$", re.IGNORECASE)
_MULTIPLE_WORDS = re.compile(r"(?<![\w-])(?:twice|thrice)(?![\w-])", re.IGNORECASE)
_FOLD_WORDS = re.compile(r"(?<![\w-])(?P<n>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)-?fold(?![\w-])",
                         re.IGNORECASE)
_MONTH_NEAR = re.compile(r"\s*(?:January|February|March|April|May|June|July|August|September|October|November"
                         r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")
_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
                           r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$")


@dataclass(frozen=True)
class QuantityMention:
    """One quantity as found. ``kind``: ``amount`` (a value with a unit, possibly none), ``times`` (a
    multiplier: "three times", "twice", "fivefold"), ``fraction`` (a bare "half"/"a third")."""

    start: int
    end: int
    num_start: int
    value: float
    unit: str | None
    kind: str = "amount"
    relation: str = "eq"
    decimals: int | None = None
    scale: float | None = None
    text: str = ""
    one_in: bool = False  # said as "N in M" ("one in five women", "4 of every 10 people"): a part of a counted whole


def _masked(n: Number, masks: list[tuple[int, int]]) -> bool:
    return any(s < n.end and n.start < e for s, e in masks)


def find_quantities(text: str, start: int, end: int, lex: Lexicon,
                    masks: list[tuple[int, int]] | None = None) -> list[QuantityMention]:
    """Quantities in ``text[start:end]``; spans in ``masks`` (periods) hold none."""
    masks = list(masks or [])
    masks += [m.span() for m in _PHONE.finditer(text, start, end)]
    masks += [m.span("n") for m in _FOOTNOTE.finditer(text, start, end)]
    out: list[QuantityMention] = []
    for n in find_numbers(text, start, end):
        if _masked(n, masks) or (out and out[-1].start <= n.start < out[-1].end):
            continue  # (a number the previous quantity took: "half a million", "a billion and a half")
        q = _quantity(text, n, end, lex)
        if q is not None:
            out.append(q)
    for m in _MULTIPLE_WORDS.finditer(text, start, end):
        if not any(s < m.end() and m.start() < e for s, e in masks):
            value = float(MULTIPLES[m.group().lower()])
            out.append(_hedged(text, lex, QuantityMention(m.start(), m.end(), m.start(), value, "ratio", "times",
                                                          decimals=0, scale=1.0, text=m.group())))
    for m in _FOLD_WORDS.finditer(text, start, end):
        if not any(s < m.end() and m.start() < e for s, e in masks):
            value = float(parse_words(m.group("n")) or (100 if m.group("n").lower() == "hundred" else 0))
            out.append(_hedged(text, lex, QuantityMention(m.start(), m.end(), m.start(), value, "ratio", "times",
                                                          decimals=0, scale=1.0, text=m.group())))
    said_in_figures = any(q.unit == "%" for q in out)  # "double-digit growth ..., more than 10 per cent in 2021"
    for m in _DIGIT_WORDS.finditer(text, start, end):
        if not said_in_figures and not any(s < m.end() and m.start() < e for s, e in masks) \
                and not _BY_DIGITS.search(text, max(start, m.start() - 30), m.start()):
            # "double-digit inflation" is 10 per cent or more, "single-digit inflation" under 10 per cent
            value, relation = _DIGIT_BOUNDS[m.group("w").lower()]
            out.append(QuantityMention(m.start(), m.end(), m.start(), value, "%", "amount", relation, decimals=0,
                                       scale=1.0, text=m.group()))
    fractions = _one_in(text, start, end, masks, lex)
    out = [q for q in out if not _PER_BEFORE.search(text, max(0, q.start - 14), q.start)
           and not _AGE_BEFORE.search(text, max(0, q.start - 30), q.num_start) and not _AGE_AFTER.match(text, q.end)
           and not _LONG_SPAN_AFTER.match(text, q.end)
           and not any(f.start <= q.num_start < f.end for f in fractions)]
    out += fractions
    out.sort(key=lambda q: q.start)
    return _ranges(text, out)


# "double-digit inflation", "inflation in single digits": a rate bounded by how many digits it has
_DIGIT_WORDS = re.compile(r"(?i:\b(?P<w>single|double|triple)[\s-]+digits?\b(?![\s-]+(?:numbers?|figures?\s+of)\b))")
# "increased by double and triple digits": a change whose size the digits only bound, left out
_BY_DIGITS = re.compile(r"(?i:\bby\s+(?:(?:single|double|triple)[\s-]+(?:and|or|to)\s+)?$)")
_DIGIT_BOUNDS = {"single": (10.0, "under"), "double": (10.0, "over"), "triple": (100.0, "over")}
_SPAN_BEFORE = re.compile(r"(?i:\b(?:after|for|during|over|within|in)\s+$)")


def _measured_in_years(text: str, n: Number, unit_hit: Hit, lex: Lexicon) -> bool:
    """Whether "N years" is the figure of a measure counted in years said before it in the sentence (terms.jsonl
    ``in_years``: "life expectancy has risen to 72 years", "increased life expectancy by eight years"), or of one
    that begins with it ("an average of 10.7 years of schooling")."""
    if text[unit_hit.start:unit_hit.end].lower() not in ("years", "year"):
        return False
    sentence_start = max(text.rfind(".", 0, n.start), text.rfind("\n", 0, n.start), 0)
    # "10.7 years of schooling": the measure begins with its unit
    after = lex["indicator"].find(text, unit_hit.start, min(len(text), unit_hit.start + 30))
    return any(h.extra.get("in_years") for h in lex["indicator"].find(text, sentence_start, n.start)) \
        or (any(h.start == unit_hit.start and h.extra.get("in_years") for h in after)
            and not _SPAN_BEFORE.search(text, max(0, n.start - 12), n.start))  # "after 12 years of schooling"


# "below the age of 25", "children under 5", "aged 15 to 24", "15-year-olds": an age, no figure of its own
_AGE_BEFORE = re.compile(r"(?i:\b(?:(?:the\s+)?ages?\s+of|aged|ages|(?:children|child|kids|girls|boys|people|persons"
                         r"|youth|adults|those)\s+(?:under|over|below|above|aged))\s+(?:between\s+)?"
                         r"(?:(?:under|over|below|above|about|some)\s+)?(?:\d+\s*(?:to|and|-|–)\s*)?$)")
# "for 12 long years", "three consecutive years": a span of time, no figure
_LONG_SPAN_AFTER = re.compile(r"(?i:\s+(?:long|full|whole|consecutive|straight|successive|difficult|hard|short)\s+"
                              r"(?:years|months|decades|weeks|days)\b)")
_AGE_AFTER = re.compile(r"(?i:(?:\s+|-)years?(?:\s+|-)olds?\b|\s+years\s+of\s+age\b)")
# "75 per 100,000 inhabitants", "for every 100 inhabitants": the denominator of a rate is no figure of its own
_PER_BEFORE = re.compile(r"(?i:\b(?:per|for\s+every|for\s+each|out\s+of\s+every)\s+$)")
# "one in six", "nine out of 10 families", "8 out of 10 inhabitants": a fraction, as a percentage
_ONE_IN = re.compile(r"(?i:(?<![\w.,])(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                     r"(?:out\s+of|in|of(?=\s+every\b))\s+"
                     r"(?:every\s+)?(?P<d>\d{1,3}|1,?000|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred|hundred)(?![\w.,])"
                     r"(?!\s+(?:years?|months?|days?|weeks?|decades?|cases\s+of))(?!\s*(?:%|per\s*cent|percent)))")


def _one_in(text: str, start: int, end: int, masks: list[tuple[int, int]], lex: Lexicon) -> list[QuantityMention]:
    out = []
    for m in _ONE_IN.finditer(text, start, end):
        if any(s < m.end() and m.start() < e for s, e in masks):
            continue
        n = float(m.group("n")) if m.group("n").isdigit() else parse_words(m.group("n"))
        raw_d = m.group("d").lower().replace("a hundred", "hundred").replace(",", "")
        d = float(raw_d) if raw_d.isdigit() else 100.0 if raw_d == "hundred" else parse_words(raw_d)
        if not n or not d or n >= d or d < 2:
            continue
        value = round(n / d * 100, 2)
        out.append(_hedged(text, lex, QuantityMention(m.start(), m.end(), m.start(), value, "%", "amount",
                                                      decimals=None, scale=1.0, text=m.group(), one_in=True)))
    return out


# "60 to 70 per cent", "between 7 and 10 million", "5-6%": one figure, the middle of the range, approx.
# "from 60 to 70" is not a range but a movement (see docs/claim-records.md), and keeps both figures.
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to)\s*|\s+and\s+")
_BY_BEFORE = re.compile(
    r"(?i:\bby\s+(?:(?:some|about|around|almost|nearly|roughly|over|more\s+than|less\s+than)\s+)?$)")
_FROM_BETWEEN = re.compile(r"(?i:\b(?P<w>from|between)\s+$)")


def _ranges(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    out: list[QuantityMention] = []
    i = 0
    while i < len(found):
        low = found[i]
        high = found[i + 1] if i + 1 < len(found) else None
        merged = _range(text, low, high) if high is not None else None
        if merged is not None:
            out.append(merged)
            i += 2
            continue
        out.append(low)
        i += 1
    return out


def _range(text: str, low: QuantityMention, high: QuantityMention) -> QuantityMention | None:
    # "600 to 700 times more powerful", "between 5 and 10 times": a range of multipliers
    times = low.kind == "amount" and low.unit is None and high.kind == "times"
    if not times and (low.kind != "amount" or high.kind != "amount" or high.unit is None):
        return None
    gap = _RANGE_GAP.fullmatch(text, low.end, high.start)
    if gap is None:
        return None
    word = _FROM_BETWEEN.search(text, max(0, low.start - 9), low.start)
    is_and = "and" in gap.group()
    if (word and word.group("w").lower() == "from") or (is_and and not word):
        return None  # "from 60 to 70": a movement; "5% and 7%": two figures
    start = word.start() if word else low.start
    if times:
        if (word is not None and not is_and) or not 0 < low.value < high.value:
            return None  # "between 5 to 10 times" is no range said so
        return QuantityMention(start, high.end, low.num_start, (low.value + high.value) / 2, "ratio", "times",
                               "approx", None, 1.0, text[start:high.end])
    if low.unit is not None and not is_and and _BY_BEFORE.search(text, max(0, low.start - 20), low.start):
        return None  # "widened by $2 billion to $10 billion": the change, then the level reached
    if low.unit is not None and low.unit != high.unit:
        return None
    scale = high.scale or 1.0
    unscaled = low.unit is None or (low.scale or 1.0) == 1.0 < scale  # "$2.5 to $4 billion": the scale is shared
    low_value = low.value * (scale if unscaled and high.unit not in ("%", "pp") else 1.0)
    if not 0 <= abs(low_value) < abs(high.value):
        return None
    value = (low_value + high.value) / 2
    return QuantityMention(start, high.end, low.num_start, value, high.unit, "amount", "approx", None, scale,
                           text[start:high.end])


_UP = re.compile(r"(?i:up\b)")


def _hedged(text: str, lex: Lexicon, q: QuantityMention) -> QuantityMention:
    """Attach the hedge just before the quantity ("almost", "more than"), skipping filler words."""
    pos = q.start
    for _ in range(4):
        word = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
        if not word or word.group(1).lower() not in _FILLER:
            break
        pos = word.start()
    hit = lex["hedge"].match_before(text, pos)
    if hit is None and pos != q.start:
        hit = lex["hedge"].match_before(text, q.start)
    if hit is None:
        return q
    up = _UP.match(text, hit.start)
    if up is not None and lex["direction"].match_before(text, up.end(), window=20) is not None:
        return q  # "inflation went up to 12 per cent": the verb's "up", then where it went; no ceiling
    return replace(q, start=hit.start, relation=hit.value, text=text[hit.start:q.end])


def _quantity(text: str, n: Number, end: int, lex: Lexicon) -> QuantityMention | None:
    before = text[max(0, n.start - 40):n.start]
    if _REFERENCE.search(before) or _MONTH_BEFORE.search(before) or _MONTH_NEAR.match(text, n.end, end):
        return None
    if not n.words and n.decimals == 0 and 1900 <= n.value <= 2100 and "," not in text[n.start:n.end]:
        # A year, unless a unit or scale follows ("2,000 tonnes" has a separator; "2000 tonnes" does not).
        pos = n.end + len(text[n.end:end]) - len(text[n.end:end].lstrip())
        if not any(lex[t].match_at(text, pos) for t in ("percent", "scale", "currency", "unit")):
            return None
    pos = n.end
    start = n.start
    sign = 1.0
    if not n.words and start > 0 and text[start - 1] in "-−" and (start < 2 or not text[start - 2].isalnum()):
        start -= 1
        sign = -1.0
    # "three times", "5-fold", "by a factor of five"
    times = _TIMES_AFTER.match(text, pos, end)
    factor = None if times else _FACTOR_BEFORE.search(text, max(0, n.start - 30), n.start)
    if times or factor:
        if n.value <= 0:
            return None  # "zero times": no multiplier (and nothing to divide by)
        q_end = times.end() if times else n.end
        start = factor.start() if factor else start
        q = QuantityMention(start, q_end, n.start, n.value, "ratio", "times", decimals=n.decimals, scale=1.0,
                            text=text[start:q_end])
        return _hedged(text, lex, q)
    currency = lex["currency"].match_before(text, start, window=6)
    cur_start = currency.start if currency and currency.end >= start - 1 else None
    scale = 1.0
    if n.fraction and (_OF_A_SPAN.match(text, pos, end) or _ORDINAL_BEFORE.search(text, max(0, n.start - 12), n.start)):
        # "a quarter of a century", "half a decade": a span of time; "the first half of the twentieth century", "the
        # latter half of the year": a part of a span, no figure
        return None
    if n.fraction:
        of_a = _OF_A_SCALE.match(text, pos, end)
        pos = of_a.end() if of_a else pos  # "a quarter of a million persons", "half a billion dollars": 250,000
    scale_hit = _at(text, pos, end, lex, "scale")
    if scale_hit is None and text[pos:pos + 1] == "-" and cur_start is not None:
        scale_hit = lex["scale"].match_at(text, pos + 1)  # "$100-billion commitments"
        scale_hit = scale_hit if scale_hit is not None and len(text[scale_hit.start:scale_hit.end]) > 1 else None
    if scale_hit is not None:
        attached = scale_hit.start == pos
        if len(text[scale_hit.start:scale_hit.end]) > 1 or (attached and (cur_start is not None or not n.words)):
            scale = float(scale_hit.value)
            pos = scale_hit.end
        else:
            scale_hit = None
    if not n.words and pos < end and text[pos:pos + 1].isalpha() and pos == n.end:
        return None  # an ordinal or a code: "3rd", "75th", "5G"
    rest = cardinal_after(text, pos, end) if scale_hit is not None and n.words \
        and float(scale_hit.value) == 1000 else None
    if rest is not None and 0 < rest[0] < 1000 and not _TIMES_AFTER.match(text, rest[1], end):
        # "sixteen thousand three hundred men": the hundreds said after the thousands
        n = replace(n, value=n.value + rest[0] / 1000)
        pos = rest[1]
        scale_hit = replace(scale_hit, end=pos)
    half = _AND_A_HALF.match(text, pos, end) if scale_hit is not None and n.value == int(n.value) else None
    if half is not None:
        n = replace(n, value=n.value + 0.5)  # "a billion and a half dollars", "two million and a half": 1.5 billion
        pos = half.end()
        scale_hit = replace(scale_hit, end=pos)  # the figure's words end after "and a half"
    if scale_hit is not None:
        of_money = _OF_MONEY.match(text, pos, end)
        pos = of_money.end() if of_money else pos  # "two millions of dollars", "half a million of dollars"
    unit: str | None = None
    unit_hit = None
    for type_ in ("percent", "currency", "unit", "time"):
        hit = _at(text, pos, end, lex, type_)
        if hit is not None:
            unit_hit = hit
            unit = hit.value
            if "scale" in hit.extra:
                scale *= float(hit.extra["scale"])
            break
    if unit_hit is not None and unit_hit.type == "time":
        if not _measured_in_years(text, n, unit_hit, lex):
            return None  # "for 20 years", "the seventy-fourth session": a span or an ordinal, no figure
        unit = "years"  # "life expectancy has increased to almost 72 years"
    if unit_hit is None and cur_start is not None and currency is not None:
        unit = currency.value
    elif unit_hit is not None and unit_hit.type == "currency" and currency is not None and cur_start is not None:
        cur_start = None  # "$" and "dollars" both: keep one
    q_end = unit_hit.end if unit_hit is not None else (scale_hit.end if scale_hit is not None else n.end)
    q_start = cur_start if cur_start is not None else start
    if n.words and unit is None and scale_hit is None:
        if not n.fraction:
            return None
        return _hedged(text, lex, QuantityMention(q_start, q_end, n.start, n.value, None, "fraction",
                                                  text=text[q_start:q_end]))
    if unit is None and scale_hit is not None and not _UNCONVERTED_AFTER.match(text, scale_hit.end):
        unit = "count"  # "5 million people"; not "20 million florins", money in a currency the lexicon lacks
    if n.words and unit == "count" and scale_hit is None and n.value < 100:
        return None  # "the two nations", "three countries": words, not statistics
    decimals = n.decimals
    if (unit is None or unit == "count" or (unit_hit is not None and unit_hit.type == "unit")) and scale_hit is None \
            and not n.words and decimals == 3 and n.value >= 1 \
            and text[n.start:n.end].count(".") == 1:
        # "100.000 refugees", "1.700 people": a dot between thousands, as many languages write it
        n = Number(n.start, n.end, round(n.value * 1000), 0)
        decimals = 0
    value = sign * n.value * (scale if unit not in ("%", "pp") else 1.0)
    q = QuantityMention(q_start, q_end, n.start, value, unit, "amount", decimals=decimals,
                        scale=scale, text=text[q_start:q_end])
    return _hedged(text, lex, q)


# "20 million florins", "500 billion Argentine pesos" (when the lexicon has no code for them): money, no count
_UNCONVERTED_AFTER = re.compile(r"(?i:\s+(?:[A-Z][a-z]+\s+)?(?:" + alternation(words().unconverted_currencies)
                                + r")\b)")
# "... not the ones to blame.”7", "as the report says.”12": a footnote's number right after a closing quotation mark
_FOOTNOTE = re.compile(r"[.!?,;]?[”\"’»](?P<n>\d{1,3})(?![\d.,%])")
# "two millions of dollars", "a billion of US dollars"
_OF_MONEY = re.compile(r"(?i:\s+of(?=\s+(?:(?:US|U\.S\.|American|United\s+States)\s+)?"
                       r"(?:dollars|pounds|francs|roubles|rubles|euros|marks)\b))")
# "a quarter of a century", "half a century": a span; "half a decade ago" is left to the periods, "a quarter of a year's
# exports" is a share
_OF_A_SPAN = re.compile(r"(?i:\s+(?:of\s+)?an?\s+(?:century|millennium|generation)\b)")
_ORDINAL_BEFORE = re.compile(r"(?i:\b(?:first|second|third|fourth|last|latter|early|earlier|later)\s+$)")
_AND_A_HALF = re.compile(r"(?i:\s+and\s+a\s+half\b)")
_OF_A_SCALE = re.compile(r"(?i:\s+(?:of\s+)?an?(?=\s+(?:thousand|million|billion|trillion)\b))")


def _at(text: str, pos: int, end: int, lex: Lexicon, type_: str) -> Hit | None:
    """A phrase of ``type_`` right at ``pos`` or after spaces."""
    skip = pos
    while skip < end and text[skip] in " \u00a0\u202f":
        skip += 1
    hit = lex[type_].match_at(text, skip)
    if hit is None or hit.end > end:
        return None
    return hit

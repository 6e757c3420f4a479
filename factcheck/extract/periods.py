"""Periods a sentence names, absolute or relative, resolved against the document's date.

"January–November 2024", "from January to November 2024", "the first half of 2023", "Q3 2024",
"between 2020 and 2022", "last year", "last quarter", "year to date", "over the past five years", "since 2020",
and the comparison bases "compared to the same period last year", "year on year", "compared with 2019".

Months are only recognised capitalised, so the modal verb "may" is never May.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from importlib import resources

from factcheck.extract.noun_phrases import alternation, words
from factcheck.model import Period

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50}

_M = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
      r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_Y = r"(?:19[5-9]\d|20\d\d)"
# in a span ("from 1949 to 1960", "since 1945", "from 1869 to 1876") a year is always a period
_ANY_Y = r"(?:1[7-9]\d\d|20\d\d)"
_OLD_Y = r"(?:1[78]\d\d|19[0-4]\d)"  # years of the oldest addresses, and of history
_OLD_DATE_REACH = 30  # years back a full date before 1950 may date a figure: within a generation of the document
# a span's first year: a year before 1900 only after "from"/"between" ("from 1869 to 1876"), not "the wars of 1776
# and 1812" or "the notes of 1864-65"
_SPAN_START_Y = r"(?:19\d\d|20\d\d|(?<=between\s)1[78]\d\d|(?<=from\s)1[78]\d\d)"
# Years before 1950 are periods only as a comparison's base ("than in the pre-war year of 1940"): elsewhere
# "in 1945" is the history of the United Nations, not the period of a figure.
_N = r"(?:\d{1,2}|" + "|".join(COUNTS) + ")"
_DASH = r"\s*(?:-|–|—|to|through|till|until|and)\s*"
_I = "(?i:{})".format
# "the first half of the last century", "the second quarter of the 20th century", "the first half of the 1990s": a
# part of a century or a decade, no half or quarter of the document's year (nor of the decade's first year)
_NOT_OF_A_CENTURY = (r"(?!(?:\s+of)?\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:century|centuries|decade|millennium)\b"
                     r"|\d{4}['’]?s\b))")

_PATTERNS: list[tuple[str, re.Pattern[str] | None]] = [
    ("latest", re.compile(_I(r"\b(?:the\s+)?(?:latest|most\s+recent|newest)\s+(?:data|figures|statistics|numbers)"))),
    ("base_same_last", re.compile(
        _I(r"\b(?:(?:as\s+)?compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?|against|than\s+(?:in|during|for)"
           r"|over|from|on)\s+(?:the\s+)?(?:same|corresponding|equivalent)\s+period\s+(?:of\s+|in\s+)?(?:the\s+)?"
           r"(?:last|previous|prior|preceding|past)\s+year")
        + r"|" + _I(r"\b(?:the\s+)?(?:same|corresponding)\s+period\s+(?:of\s+|in\s+)?(?:the\s+)?"
                    r"(?:last|previous|prior)\s+year")
    )),
    ("base_same_year", re.compile(
        _I(r"\b(?:(?:as\s+)?compared\s+(?:to|with)|versus|vs\.?|than\s+in|over)?\s*(?:the\s+)?(?:same|corresponding)\s+period\s+(?:of|in)\s+")
        + rf"(?P<y>{_Y})")),
    # Soviet statistics compare with 1913, the last year before the war and the revolutions: "than before the
    # Revolution", "compared to the pre-revolutionary level"
    ("base_1913", re.compile(_I(r"\b(?:than|compared\s+(?:to|with)|as\s+against)\s+(?:(?:before|prior\s+to)\s+the\s+"
                                r"(?:October\s+|Great\s+October\s+)?(?:Socialist\s+)?Revolution|(?:in\s+)?the\s+"
                                r"pre-?revolutionary\s+(?:level|period|years?|times|Russia|Byelorussia))"))),
    ("base_yoy", re.compile(_I(r"\b(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|yoy|on\s+an?\s+annual\s+basis"
                               r"|(?:compared\s+(?:to|with)\s+|from\s+|than\s+)?a\s+year\s+(?:earlier|ago|before)"
                               r"|(?:compared\s+(?:to|with)|than)\s+(?:in\s+)?last\s+year"
                               # "an increase over the preceding year of $59,699,426.52"
                               r"|(?:over|above)\s+(?:that\s+of\s+)?(?:the\s+)?(?:preceding|previous|prior|last)\s+"
                               r"(?:fiscal\s+)?year)"))),
    ("base_range", re.compile(
        _I(r"\b(?:(?:as\s+)?compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|than\s+(?:in|during))\s+"
           r"(?:the\s+(?:period|years)\s+)?") + rf"(?P<y1>{_ANY_Y})\s*(?:-|–|—|to|and)\s*(?P<y2>{_ANY_Y})\b")),
    ("base_year", re.compile(
        _I(r"\b(?:(?:as\s+)?compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|relative\s+to"
           # "than in 1877", "than it was in 1881"
           r"|than\s+(?:(?:it|they|that|those)\s+(?:was|were)\s+)?(?:in\s+|during\s+)?"
           r"|versus|vs\.?|(?:reduction|decrease|increase|rise|drop|decline|fall)\s+from"  # "a 25% reduction from"
           # "80 per cent of the levels of 1928", "8 times the level of 1913", "80 per cent of their 1928 level"
           r"|(?:the|its|their)\s+(?:levels?|values?|figures?)\s+(?:of|in|for)"
           r"|of(?=\s+(?:the|its|their)\s+(?:1[7-9]\d\d|20\d\d)\s+(?:levels?|values?|figures?)\b)"
           # "an increase over 1899 of $167 million, over 1898 of $163 million": each figure's own base
           r"|(?:(?<=increase\s)|(?<=decrease\s)|(?<=gain\s)|(?<=excess\s)|(?<=growth\s))over"
           r"|over(?=\s+(?:1[7-9]\d\d|20\d\d)\s+(?:of|by)\b))\s*"
           r"(?:(?:that|those)\s+(?:of|in)\s+)?(?:the\s+|our\s+|its\s+|their\s+)?(?:year\s+(?:of\s+)?)?"
           r"(?:(?:pre[- ]?war|post[- ]?war|pre[- ]?crisis|pre[- ]?pandemic|base|record)\s+"
           r"(?:year|level)\s*,?\s+(?:of\s+)?)?") + rf"(?:(?P<m>{_M}),?\s+)?(?P<y>{_Y}|{_OLD_Y})"
        + _I(r"(?:\s+(?:figure|level|levels|figures|rate|rates))?\b"))),
    # "..., up 15 per cent from 2017", "down 3% on 2019": the year the change is measured from
    ("base_up_from", re.compile(_I(r"\b(?:up|down)\s+(?:by\s+)?(?:[\w.,$€£%]+\s+){1,4}?(?:from|on|over)\s+(?:in\s+)?")
                             + rf"(?P<y>{_Y})\b")),
    # "the Bulletin which appeared in July 1953", "a report published on 4 August 1953": the source's date
    ("published", re.compile(_I(r"\b(?:published|appeared|issued|released|dated)\s+(?:on\s+|in\s+)?")
                             + rf"(?:\d{{1,2}}\s+)?(?:{_M}\s+)?(?:\d{{1,2}},?\s+)?(?P<y>{_ANY_Y})\b")),
    ("month_range", re.compile(
        rf"(?i:\b(?:from|between)\s+)?(?P<m1>{_M})(?:\s+(?P<y1>{_Y}))?{_DASH}(?P<m2>{_M})(?:,?\s+(?:of\s+)?(?P<y2>{_Y}))?")),
    # "for the eight months ended August 31, 1880", "the twelve months ending June 30, 2019": the months up to that
    ("months_ended", re.compile(
        _I(rf"\b(?:the\s+)?(?P<n>{_N})\s+months\s+(?:which\s+|that\s+)?(?:ended|ending)\s+(?:on\s+)?"
           rf"(?:the\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+)?")
        + rf"(?P<m>{_M})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?P<y>{_ANY_Y})\b")),
    ("first_months", re.compile(
        _I(rf"\b(?:the\s+)?first\s+(?P<n>{_N})\s+months(?:\s+of)?(?:\s+(?:(?P<y>{_Y})|(?P<rel>this|last)\s+year|the\s+year))?"))),
    ("quarter", re.compile(
        _I(rf"\b(?:the\s+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?(?:\s+(?P<y>{_Y})|\s+(?P<rel>this|last)\s+year)?"
           + _NOT_OF_A_CENTURY)
        + rf"|\bQ(?P<q>[1-4])(?:\s*(?:of\s+)?(?P<y2>{_Y}))?")),
    ("half", re.compile(
        _I(rf"\b(?:the\s+)?(?P<o>first|second|1st|2nd)\s+half(?:\s+of)?(?:\s+(?P<y>{_Y})|\s+(?P<rel>this|last)\s+year|\s+the\s+year)?"
           + _NOT_OF_A_CENTURY)
        + rf"|\bH(?P<h>[12])\s*(?P<y2>{_Y})")),
    ("mid_year", re.compile(_I(r"\b(?:(?P<pre>by|until|till|before)\s+)?(?:mid-?|the\s+middle\s+of\s+)")
                            + rf"(?P<y>{_Y})\b")),
    # "the fiscal year ended June 30, 1880": that year, as "fiscal year 1880" is (fiscal calendars differ by country
    # and century; the year the fiscal year ends names it)
    ("fiscal_year_ended", re.compile(_I(r"\b(?:fiscal\s+)?year\s+(?:which\s+|that\s+)?"
                                        r"(?:ended|ending|closed|closing)\s+"
                                        rf"(?:on\s+)?(?:the\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+)?{_M}"
                                        rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?P<y>{_ANY_Y})\b"))),
    ("month_year", re.compile(rf"(?:\b\d{{1,2}}\s+)?(?P<m>{_M})(?:\s+\d{{1,2}})?,?\s+(?:of\s+)?(?P<y>{_Y})\b")),
    # "on the 1st January, 1837", "On July 1, 1892": a date of the oldest addresses, a period only in a document
    # written within a generation of it (see _build)
    ("old_date", re.compile(rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:day\s+)?(?:of\s+)?)?(?P<m>{_M})"
                            rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?P<y>{_OLD_Y})\b")),
    ("year_range", re.compile(
        _I(rf"\b(?:(?P<kw>between|from)\s+)?(?:the\s+years?\s+)?(?P<y1>{_SPAN_START_Y})(?:\s*(?:-|–|—|and|to|through|until|till)\s*(?P<y2>{_ANY_Y})\b"
           r"|(?:-|–|/)(?P<y2s>\d\d)\b(?![.,]\d|\s*(?:%|per\s*cent|percent)))"))),
    ("past_years", re.compile(
        # "in less than two decades", "in just over three decades": a span ending now, however hedged
        _I(rf"\b(?:over|in|during|for|within)\s+(?:(?:the\s+(?:past|last|previous)|only|just|less\s+than|more\s+than"
           rf"|just\s+(?:over|under)|(?:a\s+)?little\s+(?:over|more\s+than)|nearly|almost)\s+)+"
           rf"(?:(?P<n>{_N})\s+(?P<unit>years|decades)|(?:a\s+)?(?P<dec>decade)|(?P<one>year)"
           rf"|(?P<qc>quarter[- ]century)"
           r"|(?P<hc>half[- ](?:a[- ])?century)|(?P<cent>century(?!\s+and\s+a\s+half)))"))),
    ("since_event", None),  # built from lexicons/events.csv, see _load_events
    ("disaster", None),  # built from lexicons/disasters.csv, see _load_disasters
    ("since", re.compile(_I(rf"\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+)?(?P<y>{_ANY_Y})\b"))),
    # "more than 60 years ago ... Since then, 125,000 Canadians have served": since the last period named
    ("since_then", re.compile(_I(r"\bsince\s+(?:then|that\s+time|that\s+year)\b"))),
    # "from 55 per cent in 2011 to 39 per cent in 2018. During that period, ...": the span the text just named
    ("that_period", re.compile(_I(r"\b(?:during|over|in|for|throughout|within)\s+(?:that|the\s+same|this)\s+"
                                  r"(?:period|time|span)\b"))),
    # "more than ten years ago" is a time; "higher than two years ago" a base
    ("years_ago", re.compile(_I(r"(?:\b(?P<cmp>(?:as\s+)?compared\s+(?:to|with)|(?<!more\s)(?<!less\s)(?<!fewer\s)than)"
                                r"\s+(?:just\s+|only\s+)?)?"
                                rf"\b(?:(?P<n>{_N})\s+(?P<unit>years|decades)|(?P<one>a)\s+(?P<unit1>year|decade))"
                                r"\s+ago\b"))),
    # "at present", "today", "currently": the time of speaking, whatever the sentence named before
    # not "in terms of today's prices", "today's dollars": the prices a sum is counted in
    ("present", re.compile(_I(r"\b(?:at\s+(?:the\s+)?present(?:\s+time)?|nowadays"
                              r"|today(?!(?:'|’)s\s+(?:prices|dollars))|currently|now)\b"))),
    ("relative_month", re.compile(_I(r"\b(?P<which>last|this|previous|past|current)\s+month\b"))),
    ("relative_quarter", re.compile(_I(r"\b(?P<which>last|this|previous|past|current)\s+quarter\b"))),
    # "the unemployment rate at the end of last year": December of that year
    # (not "by the end of this year", a deadline)
    ("end_of_relative_year", re.compile(_I(r"\b(?:at\s+)?(?<!by\s)(?<!until\s)(?<!before\s)the\s+end\s+of\s+"
                                           r"(?P<which>last|this|the\s+previous|the\s+past)\s+year\b"))),
    ("relative_year", re.compile(_I(r"\b(?P<which>last|this|previous|past|current)\s+(?:fiscal\s+)?year\b"
                                    r"|\bthe\s+(?P<which2>previous|current|past|present|preceding)\s+(?:fiscal\s+)?"
                                    r"year\b|\b(?P<ytd>year[- ]to[- ]date)\b"))),
    ("year", re.compile(_I(r"(?:\b(?P<pre>by|until|till|before|through|in|during|for|of|end\s+of)\s+"
                           r"(?:the\s+(?:end|beginning|start)\s+of\s+)?)?")
                        + rf"(?<![\w/.-])(?<!Agenda\s)(?<!Vision\s)(?<!Strategy\s)(?P<y>{_Y})"
                        + r"(?!\s+(?:Agenda|Vision|Strategy))"
                        + r"(?![\w%-]|\.\d|,\d)")),
    # Years before 1950 (back to the 1700s of the oldest addresses) only after "in"/"during"/"by"/"for" ("industrial
    # production in 1940 was 8.1 times higher", "the population in 1790"):
    # a period a figure speaks of, never remembered as the document's period (see assemble._remember).
    ("old_year", re.compile(_I(r"\b(?P<pre>in|during|by|for)\s+(?:the\s+year\s+)?")
                            + rf"(?P<y>{_OLD_Y})(?![\w%-]|\.\d|,\d)")),
    ("month", re.compile(rf"\b(?P<pre>(?i:in|during|for|since|by))\s+(?P<m>{_M})(?!\w)")),
    # "the December unemployment rate of 5.9%": a month named before a measure said monthly (monthly_measures)
    ("month_of_measure", re.compile(rf"\b(?i:the)\s+(?P<m>{_M})\s+(?=(?i:{alternation(words().monthly_measures)})\b)")),
]


@dataclass(frozen=True)
class Event:
    """A base named by an event ("since the Paris Agreement"): its year, or per country (independence)."""

    year: int | None
    countries: frozenset[str]


def _load_events() -> tuple[dict[str, Event], dict[str, int], re.Pattern[str]]:
    folder = resources.files("factcheck.extract") / "lexicons"
    events = {" ".join(r["phrase"].lower().split()): Event(int(r["year"]) if r["year"] else None,
                                                           frozenset(filter(None, r["countries"].split("|"))))
              for r in csv.DictReader(io.StringIO((folder / "events.csv").read_text("utf-8")))}
    independence = {r["iso3"]: int(r["year"])
                    for r in csv.DictReader(io.StringIO((folder / "independence.csv").read_text("utf-8")))}
    phrases = sorted(events, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in phrases)
    return events, independence, re.compile(rf"(?i:\b(?:since|from)\s+(?P<event>{alternation})\b)")


EVENTS, INDEPENDENCE, _SINCE_EVENT = _load_events()


def _load_disasters() -> tuple[dict[str, tuple[int, int]], re.Pattern[str], frozenset[str]]:
    """Named disasters and wars and the years they struck (first and last): "the damage from Hurricane Matthew was 32
    per cent of GDP" is 2016's, "the Second World War claimed 18 million lives" 1939-1945's; and a word of each name
    to look for before the pattern is run."""
    rows = csv.DictReader(io.StringIO((resources.files("factcheck.extract") / "lexicons" / "disasters.csv")
                                      .read_text("utf-8")))
    years = {" ".join(r["phrase"].lower().split()): (int(r["year"]), int(r["until"] or r["year"])) for r in rows}
    alternation = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(years, key=len, reverse=True))
    # the gate's word: not "the", nor "world" (in most sentences), so the pattern runs only where a name may be
    first_words = frozenset(next(w for w in p.split() if w not in ("the", "world")) for p in years)
    return years, re.compile(rf"(?i:\b(?:super\s+)?(?P<disaster>{alternation})\b)"), first_words


DISASTERS, _DISASTER, _DISASTER_WORDS = _load_disasters()
# what a disaster did, said after its name or of its damage (before its name): "Hurricane Maria destroyed",
# "the damage from Hurricane Matthew" (noun_phrases.json: disaster_verbs, damage_nouns)
_DISASTER_DID = re.compile(r"(?i:\s*,?\s*(?:(?:which|that)\b|(?:has\s+|had\s+)?(?:"
                           + alternation(words().disaster_verbs) + r")\b))")
_DAMAGE_FROM = re.compile(r"(?i:\b(?:" + alternation(words().damage_nouns)
                          + r")\s+(?:from|of|caused\s+by|wrought\s+by)\s+(?:the\s+)?$)")
_OWN_TIME_ROLES = ("period", "range", "between", "since", "present", "base", "deadline")
_SINCE_DISASTER = re.compile(r"(?i:\bsince\s+(?:the\s+)?$)")  # not "the damage from Hurricane Matthew"
# "In the Second World War, Belarus lost ...", "..., during the Korean War, ...": opening its sentence or clause (not
# "the homes destroyed in Hurricane Maria", rebuilt since)
_DURING = re.compile(r"(?i:(?:^|[.!?,;:—(]\s*)(?:in|during|throughout)\s+(?:the\s+)?$)")


@dataclass(frozen=True)
class Era:
    start: str  # YYYY-MM
    until: int  # the last year of documents in which the phrase means this era


def _load_eras() -> tuple[dict[str, Era], re.Pattern[str]]:
    folder = resources.files("factcheck.extract") / "lexicons"
    eras = {" ".join(r["phrase"].lower().split()): Era(r["start"], int(r["until"]))
            for r in csv.DictReader(io.StringIO((folder / "eras.csv").read_text("utf-8")))}
    alternation = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(eras, key=len, reverse=True))
    return eras, re.compile(rf"(?i:\b(?P<era>{alternation})(?![\w-]))")


ERAS, _ERA = _load_eras()
_BEFORE_ERA = re.compile(r"(?i:\b(?:before|prior\s+to|pre)[\s-]+(?:(?:the|this)\s+)?"
                         r"(?:(?:onset|start|beginning|outbreak|emergence)\s+of\s+(?:the\s+)?)?$)")
_ERA_OF = re.compile(r"(?i:\s+of\s+(?!COVID|corona))")


def era_started(text: str, start: int, end: int, ref: DateRef) -> str | None:
    """The month an era the sentence speaks of began, when the document is dated within it: "the pandemic has led to
    almost 1 million deaths" said in 2020 counts from January 2020, not over 2019 (lexicons/eras.csv)."""
    for m in _ERA.finditer(text, start, end):
        if _BEFORE_ERA.search(text, max(start, m.start() - 30), m.start()) or _ERA_OF.match(text, m.end()):
            continue  # "before the pandemic", "prior to the onset of COVID-19", "pre-COVID", "the pandemic of violence"
        era = ERAS[" ".join(m.group("era").lower().split())]
        if ref.year is not None and int(era.start[:4]) <= ref.year <= era.until:
            return era.start
    return None


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase: its span, what it names, and its role.

    Roles: ``period`` (what the claim speaks of), ``range`` (a span of years: "2018-2019", "over the
    past five years" with ``shift`` 5), ``between`` ("between/from 2015 and/to 2020": for a change, the
    second year against the first), ``base`` (what it is compared with; ``shift`` then
    says how many years back from the claim's period), ``since`` (a base year, the period runs to the
    last full year), ``deadline`` ("until the end of 2025": not the claim's period), ``record`` ("the lowest
    since 1969": how long a record stands, not the claim's period either), ``latest``.
    ``carried`` is False for a period later sentences should not take over ("last month").
    """

    start: int
    end: int
    role: str
    period: Period | None = None
    shift: int = 0
    carried: bool = True  # whether later sentences take it as the document's period ("last month" is not)


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def months_span(year: int, m1: int, m2: int) -> Period:
    return Period(start=_ym(year, m1), end=_ym(year, m2))


def shift_years(period: Period, years: int) -> Period:
    """The same months ``years`` earlier: Jan–Nov 2024 shifted by 1 → Jan–Nov 2023."""

    def back(value: str | None) -> str | None:
        if not value:
            return value
        return f"{int(value[:4]) - years:04d}{value[4:]}"

    return Period(start=back(period.start), end=back(period.end))


@dataclass(frozen=True)
class DateRef:
    """The document date and what the document named last, for resolving relative phrases."""

    year: int | None = None
    month: int | None = None
    last_year: int | None = None  # the year of the last period the document named
    about: str | None = None  # the document's country, for events dated per country ("since independence")
    then_year: int | None = None  # the year "since then" means: the last period named, close enough before
    last_span: Period | None = None  # all the last sentence that named periods spanned ("from 2011 to 2018")

    @property
    def default_year(self) -> int | None:
        return self.last_year or self.year

    def full_year_before(self) -> int | None:
        return None if self.year is None else self.year - 1


def _year(text: str | None, near: int | None = None) -> int | None:
    if not text:
        return None
    if len(text) == 2 and near is not None:
        return near // 100 * 100 + int(text)
    return int(text)


_COMPARED_BEFORE = re.compile(_I(r"\b(?:compared\s+(?:to|with)|comparison\s+(?:to|with)|than|versus|vs\.?"
                                 r"|(?:reduction|decrease|increase|rise|drop|decline|fall)\s+from)\s+"
                                 r"(?:in\s+|during\s+)?(?:(?:that|those)\s+(?:of|in)\s+)?(?:the\s+)?"
                                 r"(?:year\s+(?:of\s+)?)?(?:[A-Za-z]+\s+)?$"))


_THE_BEFORE = re.compile(r"(?i:\bthe\s+$)")
_NAMED_BY_YEAR = re.compile(r"(?i:\s+(?:" + alternation(words().named_by_year) + r")\b)")
# "the lowest level since 1969", "for the first time since 1990": how long a record stands, not the claim's period
_RECORD_BEFORE = re.compile(r"(?i:\b(?:\w{3,}est|most|least|best|worst|first\s+time|record)\b(?:\s+[\w-]+){0,3}?\s+$)")
# "at the 1992 United Nations Conference", "the 2015 Paris Agreement": a year in an event's name, not a time later
# sentences speak of
_EVENT_NAME = re.compile(r"(?:[Tt]he|[Ii]ts|[Oo]ur)\s+\d{4}\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z]")


def find_periods(text: str, start: int, end: int, ref: DateRef) -> list[PeriodMention]:
    """Period mentions in ``text[start:end]`` in text order; earlier patterns win overlaps."""
    out: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    # a month named without its year takes the sentence's year, but not a year it is compared with ("In July,
    # revenue dropped by 53 per cent compared to that of 2019" is July of the document's year)
    window_years = [int(m.group()) for m in re.finditer(_Y, text[start:end])
                    if not _COMPARED_BEFORE.search(text, max(start, start + m.start() - 40), start + m.start())]
    sentence_year = window_years[0] if window_years else None
    # named disasters are rare: their long pattern runs only where one of their words is ("hurricane", "beirut")
    low = text[start:end].lower()
    disaster_named = any(word in low for word in _DISASTER_WORDS)
    for name, listed in _PATTERNS:
        if name == "disaster" and not disaster_named:
            continue
        pattern = listed or (_DISASTER if name == "disaster" else _SINCE_EVENT)
        for m in pattern.finditer(text, start, end):
            s, e = m.span()
            if s == e or any(a < e and s < b for a, b in taken):
                continue
            mention = _build(name, m, ref, sentence_year)
            if mention is None:
                continue
            if mention.role == "since" and _RECORD_BEFORE.search(text, max(start, s - 40), s):
                mention = replace(mention, role="record")
            if name == "year" and _THE_BEFORE.search(text, max(start, s - 5), s) and _NAMED_BY_YEAR.match(text, e):
                continue  # "the 1967 borders", "the 1949 armistice lines": a name, not a time (not "in 2020 borders")
            if mention.carried and _EVENT_NAME.match(text, max(start, s - 4)) and re.fullmatch(r"\d{4}", text[s:e]):
                mention = replace(mention, carried=False)
            taken.append((s, e))
            out.append(mention)
    if disaster_named:
        # "the damage from the Haiti earthquake of August 2021", "Typhoon Yolanda destroyed ..., while in 2012 ...":
        # a period the sentence names itself dates its figures, not the disaster's year
        disasters = [p for p in out
                     if p.role == "period" and not p.carried and _DISASTER.fullmatch(text, p.start, p.end)]
        if disasters and any(p.role in _OWN_TIME_ROLES and p not in disasters for p in out):
            out = [p for p in out if p not in disasters]
    out.sort(key=lambda p: p.start)
    return out


def _build(name: str, m: re.Match[str], ref: DateRef, sentence_year: int | None) -> PeriodMention | None:
    s, e = m.span()
    g = m.groupdict()
    guess = sentence_year or ref.default_year
    if name == "latest":
        return PeriodMention(s, e, "latest")
    if name == "base_1913":
        return PeriodMention(s, e, "base", Period(start="1913", end="1913"))
    if name in ("base_same_last", "base_yoy"):
        return PeriodMention(s, e, "base", shift=1)
    if name == "base_range":
        return PeriodMention(s, e, "base", Period(start=g["y1"], end=g["y2"]))
    if name == "base_up_from":  # the span is the year only: the figure before it stays a figure
        return PeriodMention(m.start("y"), e, "base", Period(start=g["y"], end=g["y"]))
    if name == "base_year" and g.get("m"):  # "as compared with September 1949"
        month = f"{g['y']}-{MONTHS[g['m'].lower().rstrip('.')]:02d}"
        return PeriodMention(s, e, "base", Period(start=month, end=month))
    if name in ("base_same_year", "base_year"):
        return PeriodMention(s, e, "base", Period(start=g["y"], end=g["y"]))
    if name == "month_range":
        m1, m2 = MONTHS[g["m1"].lower().rstrip(".")], MONTHS[g["m2"].lower().rstrip(".")]
        # "November to August", "from November 2018 to August": a span that crosses into the next year
        first, last = _year(g["y1"]), _year(g["y2"])
        y2 = last or (first + (m1 > m2) if first else _guess_for_month(m2, sentence_year, ref))
        y1 = first or (y2 - (m1 > m2) if y2 is not None else None)
        if y1 is None or y2 is None:
            return None
        return PeriodMention(s, e, "period", Period(start=_ym(y1, m1), end=_ym(y2, m2)))
    if name == "months_ended":
        raw = g["n"].lower()
        n = int(raw) if raw.isdigit() else COUNTS.get(raw)
        month, year = MONTHS[g["m"].lower().rstrip(".")], int(g["y"])
        if not n or n > 12:
            return None
        if n > month:  # "the twelve months ended June 30, 1880": from July of the year before
            start = f"{year - 1}-{month + 13 - n:02d}"
            return PeriodMention(s, e, "period", Period(start=start, end=f"{year}-{month:02d}"))
        return PeriodMention(s, e, "period", months_span(year, month - n + 1, month))
    if name == "first_months":
        raw = g["n"].lower()
        n = int(raw) if raw.isdigit() else COUNTS.get(raw)
        y = _year(g["y"]) or _relative(g["rel"], ref) or guess
        if not n or n > 12 or y is None:
            return None
        return PeriodMention(s, e, "period", months_span(y, 1, n))
    if name == "quarter":
        q = ORDINALS.get((g["o"] or "").lower()) or int(g["q"] or 0)
        y = _year(g["y"] or g["y2"]) or _relative(g["rel"], ref) or guess
        if not q or y is None:
            return None
        return PeriodMention(s, e, "period", months_span(y, 3 * q - 2, 3 * q))
    if name == "half":
        h = ORDINALS.get((g["o"] or "").lower()) or int(g["h"] or 0)
        y = _year(g["y"] or g["y2"]) or _relative(g["rel"], ref) or guess
        if h not in (1, 2) or y is None:
            return None
        return PeriodMention(s, e, "period", months_span(y, 6 * h - 5, 6 * h))
    if name == "mid_year":
        # "mid-2021", "by the middle of 2021": June of that year; a deadline when it is still to come
        pre = (g["pre"] or "").lower()
        future = ref.year is None or int(g["y"]) > ref.year or (int(g["y"]) == ref.year and (ref.month or 0) < 6)
        role = "deadline" if pre and future else "period"
        return PeriodMention(s, e, role, months_span(int(g["y"]), 6, 6))
    if name == "month_year":
        month = MONTHS[g["m"].lower().rstrip(".")]
        return PeriodMention(s, e, "period", months_span(int(g["y"]), month, month))
    if name == "old_date":
        if ref.year is None or not 0 <= ref.year - int(g["y"]) <= _OLD_DATE_REACH:
            return None  # "on 26 June 1945" in a 2020 speech: history, no figure's period
        month = MONTHS[g["m"].lower().rstrip(".")]
        return PeriodMention(s, e, "period", months_span(int(g["y"]), month, month))
    if name == "year_range":
        y1 = int(g["y1"])
        y2 = _year(g["y2"] or g["y2s"], y1)  # "2018-19", never "2007 to 50.9 per cent"
        if y2 is None or y2 <= y1 or y2 - y1 > 60:
            return None
        role = "between" if g["kw"] else "range"
        return PeriodMention(s, e, role, Period(start=str(y1), end=str(y2)))
    if name == "past_years":
        last = ref.full_year_before()
        if last is None:
            return None
        if g["cent"] and "past" not in m.group().lower():
            return None  # "in the last century" is the previous calendar century, not the past hundred years
        raw = (g["n"] or "").lower()
        n = 10 if g["dec"] else 1 if g["one"] else 25 if g["qc"] else 50 if g["hc"] else 100 if g["cent"] \
            else int(raw) if raw.isdigit() else COUNTS.get(raw, 0)
        if (g["unit"] or "").lower() == "decades":
            n *= 10
        return PeriodMention(s, e, "range", Period(start=str(last - n + 1), end=str(last)), shift=n)
    if name == "since":
        return PeriodMention(s, e, "since", Period(start=g["y"], end=g["y"]))
    if name == "that_period":
        span = ref.last_span
        if span is None or span.start is None or span.end is None or span.start == span.end:
            return None  # a span of one period is read as that period, carried (see clause_reader)
        return PeriodMention(s, e, "between", span)
    if name == "since_then":
        then = ref.then_year
        if then is None or (ref.year is not None and then >= ref.year):
            return None  # "so far this year ... Since then", or nothing dated just before: no time the text names
        return PeriodMention(s, e, "since", Period(start=str(then), end=str(then)))
    if name == "since_event":
        event = EVENTS[" ".join(g["event"].lower().split())]
        if event.countries and ref.about not in event.countries:
            return None
        year = event.year or INDEPENDENCE.get(ref.about or "")
        return PeriodMention(s, e, "since", Period(start=str(year), end=str(year))) if year else None
    if name == "disaster":
        year, until = DISASTERS[" ".join(g["disaster"].lower().split())]
        if ref.year is not None and year > ref.year:
            return None  # "Hurricane Beryl" in a 2018 speech is an earlier storm of that name
        before = m.string[max(0, s - 40):s]
        if _SINCE_DISASTER.search(before):
            return PeriodMention(s, e, "since", Period(start=str(until), end=str(until)))
        # what the disaster did is dated by it ("Hurricane Maria destroyed ...", "the damage from Hurricane Matthew",
        # "Hurricane Maria, which caused ..."); not "the Hurricane Maria recovery fund", "homes destroyed by Hurricane
        # Maria" (rebuilt since), "a storm like Hurricane Maria"
        if not (_DISASTER_DID.match(m.string, e) or _DAMAGE_FROM.search(before)
                or _DURING.search(m.string, max(0, s - 40), s)):
            return None
        if ref.year is not None:
            until = min(until, ref.year)  # "the Vietnam War has claimed 20,000 lives" in 1968: up to the speech
        # later sentences do not take its year over
        return PeriodMention(s, e, "period", Period(start=str(year), end=str(until)), carried=False)
    if name == "present":
        return PeriodMention(s, e, "present")
    if name == "published":
        return PeriodMention(s, e, "published", Period(start=g["y"], end=g["y"]))
    if name == "years_ago":
        if ref.year is None:
            return None
        raw = (g["n"] or "").lower()
        n = 1 if g["one"] else int(raw) if raw.isdigit() else COUNTS.get(raw, 0)
        if (g["unit"] or g["unit1"] or "").lower().startswith("decade"):
            n *= 10
        if not n:
            return None
        return PeriodMention(s, e, "base" if g["cmp"] else "period",
                             Period(start=str(ref.year - n), end=str(ref.year - n)))
    if name == "relative_month":
        if ref.year is None or ref.month is None:
            return None
        back = 0 if g["which"].lower() in ("this", "current") else 1
        year, month = (ref.year, ref.month - back) if ref.month > back else (ref.year - 1, 12)
        # "Last month, we began reimposing sanctions": said in passing, not the period the speech goes on about
        return PeriodMention(s, e, "period", Period(start=_ym(year, month), end=_ym(year, month)), carried=False)
    if name == "fiscal_year_ended":
        return PeriodMention(s, e, "period", Period(start=g["y"], end=g["y"]))
    if name == "relative_quarter":
        if ref.year is None or ref.month is None:
            return None
        quarter = (ref.month - 1) // 3 + (0 if g["which"].lower() in ("this", "current") else -1)
        year = ref.year if quarter >= 0 else ref.year - 1
        quarter %= 4  # "last quarter" said in February is the fourth quarter of the year before
        return PeriodMention(s, e, "period", months_span(year, 3 * quarter + 1, 3 * quarter + 3), carried=False)
    if name == "relative_year":
        which = "this" if g["ytd"] else (g["which"] or g["which2"]).lower()
        if ref.year is None:
            return None
        y = ref.year if which in ("this", "current", "present") else ref.year - 1
        return PeriodMention(s, e, "period", Period(start=str(y), end=str(y)))
    if name == "year":
        pre = (g["pre"] or "").lower()
        role = "deadline" if pre in ("by", "until", "till", "before", "end of") else "period"
        if pre in ("by", "end of") and ref.year is not None and int(g["y"]) < ref.year:
            role = "period"  # "By 1956 industrial production was 2.7 times greater": said in 1957, a fact
        return PeriodMention(s, e, role, Period(start=g["y"], end=g["y"]))
    if name == "old_year":
        role = "deadline" if g["pre"].lower() == "by" and (ref.year is None or int(g["y"]) >= ref.year) else "period"
        return PeriodMention(s, e, role, Period(start=g["y"], end=g["y"]))
    if name == "end_of_relative_year":
        if ref.year is None:
            return None
        year = ref.year if g["which"].lower() == "this" else ref.year - 1
        return PeriodMention(s, e, "period", months_span(year, 12, 12), carried=False)
    if name == "month_of_measure":
        # the latest such month before the speech: "The December unemployment rate ... from the December, 1976 rate",
        # said in January 1979, is December 1978's (the year named is the base's)
        if ref.year is None:
            return None
        month = MONTHS[g["m"].lower().rstrip(".")]
        y = ref.year - 1 if ref.month is None or month >= ref.month else ref.year
        return PeriodMention(s, e, "period", months_span(y, month, month), carried=False)  # the measure's own
    if name == "month":
        month = MONTHS[g["m"].lower().rstrip(".")]
        y = _guess_for_month(month, sentence_year, ref)
        if y is None:
            return None
        if g["pre"].lower() == "since":
            return PeriodMention(s, e, "since", months_span(y, month, month))
        return PeriodMention(s, e, "period", months_span(y, month, month))
    return None


def _guess_for_month(month: int, sentence_year: int | None, ref: DateRef) -> int | None:
    """The year of a month named without one: the sentence's year, the last named, else the latest
    such month before the document's date."""
    if sentence_year or ref.last_year:
        return sentence_year or ref.last_year
    if ref.year is None:
        return None
    return ref.year - 1 if ref.month is not None and month > ref.month else ref.year


def _relative(which: str | None, ref: DateRef) -> int | None:
    if not which or ref.year is None:
        return None
    return ref.year if which.lower() == "this" else ref.year - 1


def is_future(period: Period, ref: DateRef) -> bool:
    """True when the period starts after the document's date: a forecast, not a claim of fact."""
    if ref.year is None or not period.start:
        return False
    year = int(period.start[:4])
    if year != ref.year:
        return year > ref.year
    month = int(period.start[5:7]) if len(period.start) >= 7 else None
    return month is not None and ref.month is not None and month > ref.month

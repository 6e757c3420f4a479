"""Periods named in a sentence, and the periods claims get from their document."""

from __future__ import annotations

import pytest

from factcheck.documents import parse_document
from factcheck.extract import extract
from factcheck.extract.periods import DateRef, find_periods
from factcheck.model import Document, Period

REF = DateRef(year=2025, month=1)


def named(text: str, ref: DateRef = REF) -> list[tuple[str, Period | None]]:
    return [(p.role, p.period) for p in find_periods(text, 0, len(text), ref)]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("January–November 2024", "2024-01", "2024-11"),
    ("January-September 2023", "2023-01", "2023-09"),
    ("from January to November 2024", "2024-01", "2024-11"),
    ("between March and May 2022", "2022-03", "2022-05"),
    ("in the first half of 2023", "2023-01", "2023-06"),
    ("in the second half of 2023", "2023-07", "2023-12"),
    ("in Q3 2024", "2024-07", "2024-09"),
    ("in the first quarter of 2024", "2024-01", "2024-03"),
    ("in the first eleven months of 2024", "2024-01", "2024-11"),
    ("in November 2024", "2024-11", "2024-11"),
    ("in 2023", "2023", "2023"),
    ("last year", "2024", "2024"),
    ("this year", "2025", "2025"),
    ("year to date", "2025", "2025"),
    ("last quarter", "2024-10", "2024-12"),  # said in January: the year before's fourth quarter
    ("this quarter", "2025-01", "2025-03"),
])
def test_absolute_and_relative_periods(text: str, start: str, end: str) -> None:
    (_, period), = named(text)
    assert period == Period(start=start, end=end)


def test_month_range_without_year_takes_the_latest_such_months_before_the_date() -> None:
    (_, period), = named("in January-September exports rose")
    assert period == Period(start="2024-01", end="2024-09")


def test_year_ranges_and_spans() -> None:
    assert named("between 2020 and 2022") == [("between", Period(start="2020", end="2022"))]
    assert named("in 2018-2019") == [("range", Period(start="2018", end="2019"))]
    assert named("over the past five years") == [("range", Period(start="2020", end="2024"))]
    assert named("since 2020") == [("since", Period(start="2020", end="2020"))]


@pytest.mark.parametrize("text", [
    "since the first half of last century",
    "in the first half of the twentieth century",
    "in the second quarter of the last century",
    "during the first half of the decade",
    "in the first half of the 1990s",
])
def test_a_part_of_a_century_or_a_decade_names_no_half_or_quarter(text: str) -> None:
    assert [period for _, period in named(text) if period is not None and period.start != period.end] == []


@pytest.mark.parametrize(("text", "start"), [
    ("in just over three decades", "1995"),
    ("in more than two decades", "2005"),
    ("for almost 19 years", "2006"),
    ("in just over a decade", "2015"),
])
def test_a_hedged_span_ends_the_last_full_year(text: str, start: str) -> None:
    assert named(text) == [("range", Period(start=start, end="2024"))]


def test_deadlines_are_not_the_claims_period() -> None:
    assert [r for r, _ in named("the ban was extended until the end of 2025")] == ["deadline"]
    assert [r for r, _ in named("we will double exports by 2030")] == ["deadline"]


def test_may_the_verb_is_not_may_the_month() -> None:
    assert named("exports may fall") == []


def claims(text: str, date: str = "2025-01", about: str = "BLR"):
    return extract(Document(text=text, path="t.md", slug="t", date=date, about=about))


def test_same_period_last_year_is_the_base_not_the_period() -> None:
    (c,) = claims("From January to November 2024, exports fell by 7.4% compared to the same period last year.")
    assert c.period == Period("2024-01", "2024-11", "2023-01", "2023-11")


def test_explicit_base_year_keeps_the_months() -> None:
    (c,) = claims("In January-March 2024 exports grew by 5% compared with the same period of 2022.")
    assert c.period == Period("2024-01", "2024-03", "2022-01", "2022-03")


@pytest.mark.parametrize("text", [
    "In the first quarter of 1957 alone military expenditure was nine times higher than during the same period in "
    "1956.",
    "In the first quarter of 1957 military expenditure was 800 per cent higher than in the same period of 1956.",
])
def test_a_multiple_of_the_same_period_of_a_year_keeps_the_months(text: str) -> None:
    (c,) = claims(text, date="1957-09")
    assert (c.kind, c.claimed.value, c.period) == ("change", 800, Period("1957-01", "1957-03", "1956-01", "1956-03"))


@pytest.mark.parametrize(("text", "period"), [
    ("The coinage of gold during the last fiscal year was $52,798,980.", Period("1885", "1885")),
    ("The revenue from customs for the past fiscal year was $198,159,676.02.", Period("1885", "1885")),
    ("The receipts of the present fiscal year were $20,618,865.85.", Period("1886", "1886")),
    ("The ordinary revenues from all sources for the fiscal year ended June 30, 1880, were $333,526,610.98.",
     Period("1880", "1880")),
    ("The receipts for the fiscal year ending on the 30th day of June, 1884, were $348,519,869.92.",
     Period("1884", "1884")),
])
def test_fiscal_years_are_periods(text: str, period: Period) -> None:
    (c,) = claims(text, date="1886-12", about="USA")
    assert (c.kind, c.period) == ("level", period)


def test_an_old_year_after_for_is_a_period() -> None:
    (c,) = claims("The receipts for 1881 were $458,544,233.03.", date="1886-12", about="USA")
    assert (c.subject.indicator, c.period) == ("receipts", Period("1881", "1881"))


def test_since_gives_a_base_and_the_last_full_year() -> None:
    (c,) = claims("Since 2020, exports have grown by 30%.")
    assert c.period == Period("2024", "2024", "2020", "2020")


def test_past_five_years_change() -> None:
    (c,) = claims("Over the past five years exports have doubled.")
    assert c.period == Period("2024", "2024", "2019", "2019")
    assert c.claimed.value == 100


@pytest.mark.parametrize(("text", "base"), [
    ("Within the last half century exports have quadrupled.", "1974"),
    ("Over the past half-century exports have quadrupled.", "1974"),
    ("Over the past century exports have quadrupled.", "1924"),
    ("Over the last quarter-century exports have quadrupled.", "1999"),
])
def test_past_centuries_are_spans_too(text: str, base: str) -> None:
    (c,) = claims(text)
    assert c.period == Period("2024", "2024", base, base)


def test_latest_data_and_periodless_sentences_take_the_last_named_period() -> None:
    found = claims("In January-November 2024 exports fell by 3%. "
                   "According to the latest data, imports are growing twice as fast as exports. "
                   "The trade deficit reached $2 billion.")
    assert [c.period for c in found] == [
        Period("2024-01", "2024-11", "2023-01", "2023-11"),
        Period("2024-01", "2024-11", "2023-01", "2023-11"),
        Period("2024-01", "2024-11"),
    ]


def test_a_named_period_dates_the_sentences_after_it_but_not_pages_later() -> None:
    aside = "We thank our partners for their support and their friendship in these difficult times. " * 12
    found = claims("Over the past 30 years, sea levels have risen by 15 centimetres. Imports are growing. "
                   + aside + "Inflation has been rising.", date="2024-09")
    assert [(c.subject.indicator, c.period) for c in found if c.subject.indicator in ("imports", "inflation")] == [
        ("imports", Period("2023", "2023", "1993", "1993")),  # the next sentence: the span just named
        ("inflation", Period("2023", "2023", "2022", "2022")),  # a thousand characters on: the year before
    ]


def test_bases() -> None:
    (c,) = claims("In 2023 exports grew by 5%.")
    assert c.period == Period("2023", "2023", "2022", "2022")
    (c,) = claims("Between 2015 and 2020 exports to Africa rose by 80 per cent.")
    assert c.period == Period("2020", "2020", "2015", "2015")
    (c,) = claims("Exports grew 5% in 2023 compared with 2021.")
    assert c.period == Period("2023", "2023", "2021", "2021")
    (c,) = claims("Home purchases are up nearly 50 percent.")  # no period named: no base invented
    assert c.period == Period("2024", "2024")
    (c,) = claims("GDP growth has reached 4 per cent.")  # a growth rate is year on year
    assert c.period == Period("2024", "2024", "2023", "2023")


@pytest.mark.parametrize(("text", "period"), [
    # the base said as "that of", "the year", "N years ago"
    ("Tax revenue dropped by 53 per cent compared to that of 2021.", Period("2024", "2024", "2021", "2021")),
    ("The world's wealth has increased by 66 per cent compared to the year 1995.",
     Period("2024", "2024", "1995", "1995")),
    ("Unemployment has more than halved compared to just four years ago.", Period("2024", "2024", "2021", "2021")),
    ("Exports are 20 per cent higher than two years ago.", Period("2024", "2024", "2023", "2023")),
    ("We have reduced our emissions by almost 60 per cent compared to our 1990 levels.",
     Period("2024", "2024", "1990", "1990")),
    ("The rate of sea-level rise has tripled in comparison to the period 1901 to 1970.",
     Period("2024", "2024", "1901", "1970")),
    ("Unemployment saw a 25% reduction from the December, 2021 rate.",
     Period("2024", "2024", "2021-12", "2021-12")),
    # a month with no year is the document's, not the year it is compared with
    ("In July exports dropped by 53 per cent compared to that of 2024.",
     Period("2025-07", "2025-07", "2024-07", "2024-07")),
    # compared with the year the default period would be: the document's year against it
    ("Exports fell 5 per cent compared with 2024.", Period("2025", "2025", "2024", "2024")),
    # a month span that crosses into the next year
    ("From November 2023 to August exports fell 3 per cent.", Period("2023-11", "2024-08", "2022-11", "2023-08")),
])
def test_bases_said_in_words(text: str, period: Period) -> None:
    (c,) = claims(text, date="2025-09")
    assert c.kind == "change"
    assert c.period == period


def test_no_period_named_yet_present_tense_is_last_full_year() -> None:
    level, trend = claims("Exports to Africa are worth 300 million dollars. Potash prices are falling.")
    assert level.period == Period("2024", "2024")
    assert trend.period == Period("2024", "2024", "2023", "2023")


def test_future_deadline_does_not_become_the_documents_period() -> None:
    found = claims("The ban was extended on sanctions until the end of 2026. The trade deficit reached $2 billion.")
    assert found[-1].period == Period("2024", "2024")


def test_period_context_does_not_leak_between_documents() -> None:
    claims("In 2019 exports fell by 3%.")
    (c,) = claims("The trade deficit reached $2 billion.")
    assert c.period == Period("2024", "2024")


def test_a_month_span_without_years_ending_before_it_starts_began_the_year_before() -> None:
    (c,) = claims("Between November and August exports fell by 4 per cent.", date="2025-09")
    assert (c.period.start, c.period.end) == ("2024-11", "2025-08")


@pytest.mark.parametrize("text", [
    "In 1960 the outlays were $8 billion, but in 1970 they were $22 billion.",
    "In 1960 exports were $8 billion; in 1970 exports had risen to $22 billion.",
    "Exports stood at $8 billion in 1960, and by 1970 they had reached $22 billion.",
])
def test_a_year_that_opens_the_next_clause_is_not_the_first_figures(text: str) -> None:
    found = extract(Document(text=text, path="t.md", slug="t", date="1974-01", about="USA"))
    assert [(c.claimed.value, c.period.start) for c in found if c.claimed] == [(8e9, "1960"), (22e9, "1970")]


@pytest.mark.parametrize("text", [
    "Unemployment fell to 3.9 per cent in 2017, the lowest level since 1969.",
    "In 2017, 65 million people across the world were displaced, the highest figure since the Second World War.",
    "For the first time since 1990, exports exceeded $10 billion in 2017.",
    "Inflation was 9 per cent in 2017, a record since 1981.",
])
def test_since_after_a_superlative_is_how_long_a_record_stands_not_the_period(text: str) -> None:
    found = [c for c in extract(Document(text=text, path="t.md", slug="t", date="2018-09", about="FIN"))
             if c.kind != "other"]
    assert [(c.period.start, c.period.end, c.period.base_start) for c in found] == [("2017", "2017", None)]


def test_since_without_a_superlative_still_opens_the_period() -> None:
    found = extract(Document(text="Exports have risen by 20 per cent since 2010.", path="t.md", slug="t",
                             date="2018-09", about="FIN"))
    assert [(c.period.end, c.period.base_start) for c in found] == [("2017", "2010")]


def test_each_figure_compared_with_its_own_year_takes_that_year_as_its_base() -> None:
    found = claims("The exports for 1900 were $1,394,483,082, an increase over 1899 of $167,459,780, an increase over "
                   "1898 of $163,000,752, and greater than 1896 by $511,876,144.", date="1900-12", about="USA")
    assert [(c.kind, c.claimed.value, c.period.base_start) for c in found] == [
        ("level", 1394483082, None), ("change", 167459780, "1899"), ("change", 163000752, "1898"),
        ("change", 511876144, "1896")]


@pytest.mark.parametrize(("text", "date", "start", "end"), [
    # a figure the pandemic dates, said in its first year: from January 2020, not over 2019
    ("The pandemic has led to almost 1 million deaths worldwide.", "2020-09", "2020-01", "2020-09"),
    ("Exports fell by 10 per cent because of the pandemic.", "2020-09", "2020-01", "2020-09"),
    # a count that adds up over the pandemic, said a year on, still runs from its start
    ("The coronavirus pandemic has killed more than 5 million people around the globe.", "2021-09", "2020-01",
     "2021-09"),
    # anything else said a year on takes the default year, which is in the pandemic
    ("Because of the pandemic, exports fell by 10 per cent.", "2021-09", "2020", "2020"),
    # said before it, or with a period of its own, the pandemic dates nothing
    ("In 2019, exports fell by 10 per cent.", "2020-09", "2019", "2019"),
])
def test_a_figure_said_of_the_pandemic_runs_from_its_start(text: str, date: str, start: str, end: str) -> None:
    from factcheck.extract import extract
    from factcheck.model import Document
    (c,) = [c for c in extract(Document(text=text, path="t.md", slug="t", date=date, about="MDG")) if c.kind != "other"]
    assert (c.period.start, c.period.end) == (start, end)


@pytest.mark.parametrize(("text", "period"), [
    ("On top of that, the damage from Hurricane Matthew was equivalent to 32 per cent of GDP.", ("2016", "2016")),
    ("Following Hurricane Maria, which caused damage estimated at 226 per cent of our GDP, we rebuilt.",
     ("2017", "2017")),
    ("Cyclone Idai destroyed 90 per cent of the city of Beira.", ("2019", "2019")),
    ("Two years after Hurricane Maria, our economy grew by 9 per cent.", ("2018", "2018")),  # not the storm's year
    ("Since Hurricane Maria, we have built 5,000 homes.", ("2017", "2018")),
    ("The Second World War claimed nearly 18 million lives worldwide.", ("1939", "1945")),  # a war: its years
    ("In the Second World War, we lost 3 million souls.", ("1939", "1945")),
    ("Since the Second World War, exports have grown by 40 per cent.", ("2018", "2018")),  # based on its end
])
def test_a_named_disaster_dates_what_it_did(text: str, period: tuple[str, str]) -> None:
    doc = parse_document(f"---\ndate: '2019-09'\nabout: DMA\n---\n{text}\n", "x.md")
    (c,) = [c for c in extract(doc) if c.kind != "other"]
    assert (c.period.start, c.period.end) == period


@pytest.mark.parametrize(("text", "period"), [
    ("The damage from the Haiti earthquake of August 2021 was 10 per cent of GDP.", ("2021-08", "2021-08")),
    ("The Haiti earthquake relief fund has disbursed 40 per cent of its resources.", ("2021", "2021")),  # a modifier
    ("Dominica has rebuilt 80 per cent of the homes destroyed by Hurricane Maria.", ("2021", "2021")),  # rebuilt since
    ("Dominica has rebuilt 80 per cent of the homes destroyed in Hurricane Maria.", ("2021", "2021")),
])
def test_a_named_disaster_dates_only_what_it_did_when_nothing_else_does(text: str, period: tuple[str, str]) -> None:
    doc = parse_document(f"---\ndate: '2022-09'\nabout: DMA\n---\n{text}\n", "x.md")
    (c,) = [c for c in extract(doc) if c.kind != "other"]
    assert (c.period.start, c.period.end) == period


def test_a_disaster_after_the_speech_is_an_earlier_storm_of_that_name() -> None:
    doc = parse_document("---\ndate: '2018-09'\nabout: GRD\n---\nThe damage from Hurricane Beryl was 5 per cent of "
                         "GDP.\n", "x.md")
    (c,) = [c for c in extract(doc) if c.kind != "other"]
    assert (c.period.start, c.claimed.value) == ("2017", 5.0)


def test_a_war_still_going_on_runs_up_to_the_speech() -> None:
    doc = parse_document("---\ndate: '1968-01'\nabout: USA\n---\nThe Vietnam War has claimed 20,000 American lives.\n",
                         "x.md")
    (c,) = [c for c in extract(doc) if c.kind != "other"]
    assert (c.period.start, c.period.end, c.claimed.value) == ("1955", "1968", 20000)


@pytest.mark.parametrize(("text", "date", "period"), [
    ("The balance in the Treasury on the 1st January, 1837, was $45,968,523.", "1838-12", ("1837-01", "1837-01")),
    ("The revenue for the year ending June 30, 1838, was $24,000,000.", "1838-12", ("1838", "1838")),
    ("The value of cattle exported for the eight months ended August 31, 1880, was $12,000,000.", "1880-12",
     ("1880-01", "1880-08")),
    ("Exports for the twelve months ended June 30, 2019 were $5 billion.", "2019-09", ("2018-07", "2019-06")),
    # a month before a measure said monthly, and the end of last year
    ("The December unemployment rate of 5.9% was the lowest in years.", "1979-01", ("1978-12", "1978-12")),
    ("The unemployment rate at the end of last year was 5.9%.", "1980-01", ("1979-12", "1979-12")),
])
def test_old_dates_months_ended_and_monthly_measures_date_their_figures(text: str, date: str,
                                                                        period: tuple[str, str]) -> None:
    doc = parse_document(f"---\ndate: '{date}'\nabout: USA\n---\n{text}\n", "x.md")
    (c,) = [c for c in extract(doc) if c.kind != "other"]
    assert (c.period.start, c.period.end) == period


def test_an_old_date_in_a_modern_speech_is_history() -> None:
    doc = parse_document("---\ndate: '2020-09'\nabout: USA\n---\nOn 26 June 1945, 50 nations signed the Charter, "
                         "and exports were $2 billion.\n", "x.md")
    assert all(c.period.start != "1945-06" for c in extract(doc))


def test_a_month_before_something_not_said_monthly_dates_nothing() -> None:
    doc = parse_document("---\ndate: '2019-09'\nabout: KEN\n---\nAfter the May elections, exports rose 5 per cent.\n",
                         "x.md")
    (c,) = [c for c in extract(doc) if c.kind != "other"]
    assert c.period.start == "2018"


@pytest.mark.parametrize(("text", "found"), [
    ("After the May elections, exports rose 5 per cent.", 1),  # the month, no "may" of what may happen
    ("On 5 May the figures showed that exports rose 5 per cent.", 1),
    ("Exports may rise 5 per cent.", 0),
])
def test_the_month_may_is_no_possibility(text: str, found: int) -> None:
    doc = parse_document(f"---\ndate: '2019-09'\nabout: KEN\n---\n{text}\n", "x.md")
    assert len([c for c in extract(doc) if c.kind != "other"]) == found


def test_a_war_opening_a_sentence_in_mid_document_dates_what_was_lost_in_it() -> None:
    doc = parse_document("---\ndate: '2022-09'\nabout: BLR\n---\nWe remember the past. In the Second World War, "
                         "Belarus lost 3 million souls.\n", "x.md")
    (c,) = [c for c in extract(doc) if c.kind != "other"]
    assert (c.period.start, c.period.end) == ("1939", "1945")


@pytest.mark.parametrize(("last_year", "expected"), [
    (2010, [("since", Period(start="2010", end="2010"))]),  # since the last period the document named
    (2019, []),  # "so far this year ... Since then": no earlier time the document dated
    (None, []),  # nothing named before
])
def test_since_then_is_since_the_last_period_named(last_year: int | None,
                                                   expected: list[tuple[str, Period | None]]) -> None:
    assert named("Since then, exports have doubled.", DateRef(2019, 9, last_year, then_year=last_year)) == expected


@pytest.mark.parametrize(("text", "base"), [
    # after a "since" period, "then" is where it began
    ("Since 2010, exports have doubled. Since then, imports have risen by 20 per cent.", "2010"),
    # after a period named long before, "then" names nothing the text dates (and a change with no period, no base)
    ("In 2015, the Agenda was adopted. " + "We have worked hard for our people in every region. " * 22
     + "Since then, imports have risen by 20 per cent.", None),
])
def test_since_then_after_a_since_period_and_far_from_one(text: str, base: str | None) -> None:
    found = [c for c in claims(text, date="2021-09", about="KEN") if c.subject.indicator == "imports"]
    assert [c.period.base_start for c in found] == [base]


def test_a_count_since_then_runs_from_the_period_named_before() -> None:
    text = "In 1956, Canada helped create the first peacekeeping force. Since then, more than 125,000 Canadians " \
           "have served abroad."
    (c,) = [c for c in claims(text, date="2019-09", about="CAN") if c.claimed and c.claimed.value == 125_000]
    assert (c.period.start, c.period.end) == ("1956", "2018")


@pytest.mark.parametrize("text", ["A State of Palestine, established along the 1967 borders, is the only solution.",
                                  "We call for a return to the 1949 armistice lines."])
def test_a_year_naming_borders_is_no_period(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(("text", "indicator", "period"), [
    # "that period", "the same period": the span the text just named
    ("The poverty rate fell from 55 per cent in 2011 to 39 per cent in 2018. During that period, 1.6 million "
     "Ivorians were lifted out of poverty.", "people_lifted_out_of_poverty", ("2011", "2018", None)),
    ("Our GDP grew from $10 billion in 2010 to $20 billion in 2018. During the same period, exports rose by 50 per "
     "cent.", "exports", ("2018", "2018", "2010")),
    # a year before a noun with no "the" is a time ("in 2020 borders were closed")
    ("In 2020 borders were closed and tourism fell by 70 per cent.", "tourism", ("2020", "2020", "2019")),
])
def test_periods_the_review_found(text: str, indicator: str, period: tuple[str, str, str | None]) -> None:
    found = [c for c in claims(text, date="2021-09", about="CIV") if c.subject.indicator == indicator]
    assert [(c.period.start, c.period.end, c.period.base_start) for c in found] == [period]

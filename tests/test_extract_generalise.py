"""Shapes taken from real speeches (UN General Debate, State of the Union, Belarus 1946-2024), each phrased
in several ways: indicator vocabulary, wrapped lines, groups of old speeches, ranges, mixed fractions,
"N times the size of", "sold abroad", "by <past year>"."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.model import Document


def claims(text: str, date: str | None = "2020-09", about: str | None = "BLR"):
    return [c for c in extract(Document(text=text, path="t.md", slug="t", date=date, about=about))
            if c.kind != "other"]


def only(text: str, **kw):
    found = claims(text, **kw)
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


# --- indicator vocabulary ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "indicator"), [
    ("Our public debt stood at $45 billion in 2019.", "public_debt"),
    ("The national debt reached $22 trillion in 2019.", "public_debt"),
    ("External debt stood at $12 billion in 2019.", "external_debt"),
    ("Our foreign debt amounted to $12 billion in 2019.", "external_debt"),
    ("Domestic debt rose by 8 per cent in 2019.", "domestic_debt"),
    ("In 2019 tourism revenues rose by 12 per cent.", "tourism_revenue"),
    ("Revenues from tourism reached $3 billion in 2019.", "tourism_revenue"),
    ("The national income of the Republic increased 47 per cent in 1975.", "gni"),
    ("Agricultural production grew by 6 per cent in 2019.", "agricultural_production"),
    ("Infant mortality fell by 30 per cent in 2019.", "infant_mortality"),
    ("Private investment grew by 9 per cent in 2019.", "private_investment"),
    ("Foreign investments reached $2 billion in 2019.", "foreign_investment"),
])
def test_specific_indicators_are_named(text: str, indicator: str) -> None:
    assert only(text).subject.indicator == indicator


# --- lines wrapped mid-sentence ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In the first half of 2019 we\nhave achieved a 7 per cent growth rate.",
    "In the first half of 2019 we have achieved a 7 per cent\ngrowth rate.",
    "In the first half of 2019, exports\nincreased by 7 per cent.",
])
def test_a_sentence_wrapped_over_lines_is_one_sentence(text: str) -> None:
    c = only(text)
    assert (c.kind, c.claimed.value, c.period.start, c.period.end) == ("change", 7, "2019-01", "2019-06")


def test_a_line_that_ends_a_sentence_or_a_heading_still_ends_it() -> None:
    found = claims("Economy\nExports grew by 5% in 2019.\nImports fell by 2% in 2019.")
    assert [(c.subject.indicator, c.claimed.value) for c in found] == [("exports", 5), ("imports", -2)]


# --- groups and names of older speeches ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "entity"), [
    ("The foreign trade turnover of the CMEA countries with the developing countries increased more than 40 "
     "times from 1950 to 1977.", "CMEA"),
    ("In three decades the CMEA member States have increased their industrial production by 17 times.", "CMEA"),
    ("The direct military expenditure of the NATO countries in 1958 alone amounted to $60,000 million.", "NATO"),
    ("NATO's military expenditure totalled more than $500,000 million in 1958.", "NATO"),
    ("By 1956 industrial production in the Byelorussian SSR was 2.7 times greater than in 1940.", "BLR"),
    ("Industrial production in Byelorussia increased 64 per cent in 1975.", "BLR"),
])
def test_groups_and_old_names_are_the_entity_not_the_speakers_country(text: str, entity: str) -> None:
    c = only(text, about="UKR", date="1979-09")
    assert c.subject.entity == entity


@pytest.mark.parametrize("text", [
    "Only seven countries have achieved growth, which is a prerequisite to halving poverty.",
    "We aim to double exports.",
    "We are working to triple our trade with Africa.",
])
def test_a_multiplier_after_to_is_an_aim(text: str) -> None:
    assert not [c for c in claims(text) if c.claimed and c.claimed.value in (-50, 100, 200)]

"""Figures said of the whole world in words other than "the world" ("worldwide", "humankind", "across the
globe"), and parts of a whole that were lost ("lost 9 per cent of its revenues"): falls, not shares."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.model import Document


def claims(text: str, about: str = "CHL"):
    return [c for c in extract(Document(text=text, path="t.md", slug="t", date="2019-09", about=about))
            if c.kind != "other"]


def only(text: str, about: str = "CHL"):
    found = claims(text, about)
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


@pytest.mark.parametrize("text", [
    "The number of refugees worldwide has reached 70 million.",
    "Worldwide, 260 million children are out of school.",
    "Globally, 820 million people went hungry in 2018.",
    "Humankind emitted 37 billion tonnes of carbon dioxide in 2018.",
    "Humanity spent $1.8 trillion on weapons in 2018.",
    "Across the globe, military spending reached $1.8 trillion in 2018.",
    "Mankind has lost 50 per cent of its coral reefs since 1950.",
    "The planet's 7.5 billion people are not merely spectators.",
    "Life expectancy for the majority of humanity has risen since 2000.",
    "The oceans cover 70 per cent of our planet's surface.",
    "More than 800 million human beings on our planet are hungry.",
])
def test_a_figure_said_of_the_whole_world_is_the_worlds(text: str) -> None:
    assert only(text).subject.entity == "world"


@pytest.mark.parametrize("text", [
    "Our commerce has grown by 5 per cent in every quarter of the globe.",
    "We emit less than 1 per cent of the greenhouse gases that are burning our planet.",
    "Inflation is only 1.6 per cent, the lowest among many countries of the planet.",
    "The debt swap amounted to $1.63 billion, the largest in the history of humankind.",
    "In 4 years, 100,000 young people have built homes with Habitat for Humanity.",
    "Namibia is among the top nine countries globally that have closed 80 per cent of the gender gap.",
])
def test_the_world_in_other_words_as_a_place_of_something_else_is_not_whose_figure(text: str) -> None:
    assert all(c.subject.entity != "world" for c in claims(text, about="NAM"))


@pytest.mark.parametrize("text", [
    "Our sales of copper worldwide reached $40 billion in 2018.",
    "Our exports to markets worldwide grew by 5 per cent in 2018.",
])
def test_our_figure_said_with_worldwide_stays_ours(text: str) -> None:
    assert only(text).subject.entity == "CHL"


@pytest.mark.parametrize(("text", "indicator", "value", "relation"), [
    ("The tourism industry was hard hit, losing approximately 9.1 per cent of revenues in 2018.",
     "revenues", -9.1, "approx"),
    ("In 2018 the country lost a third of its forests.", "forest_cover", -33.333333, "eq"),
    ("Our exports lost 12 per cent of their value in 2018.", "exports", -12, "eq"),
    ("Floods destroyed almost 40 per cent of the harvest in 2018.", "grain_harvest", -40, "almost"),
    ("There was a decline of 15 per cent of the catch in 2018.", "catch", -15, "eq"),
    ("The storm destroyed 80 per cent of our housing stock in 2018.", "housing_stock", -80, "eq"),
    ("In the crisis Greece lost 25 per cent of its GDP in 2018.", "gdp", -25, "eq"),  # a fall, not damage
])
def test_a_part_of_a_whole_that_was_lost_is_a_fall(text: str, indicator: str, value: float, relation: str) -> None:
    c = only(text)
    assert (c.kind, c.subject.indicator, c.claimed.value, c.claimed.relation) == ("change", indicator, value,
                                                                                  relation)
    assert c.against is None


@pytest.mark.parametrize(("text", "against"), [
    ("During the war Belarus lost a quarter of its population.", "population"),
    ("Hurricane Maria wiped out 200 per cent of gross domestic product in 2017.", "gdp"),
    ("In 2014, Cyclone Pam wiped out 60 per cent of our gross domestic product.", "gdp"),
])
def test_people_lost_and_losses_beyond_the_whole_stay_shares(text: str, against: str) -> None:
    c = only(text, about="BLR")
    assert c.kind == "share" and c.against is not None and c.against.indicator == against


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("We have more than 8 million people.", "CHL", 8e6),
    ("Papua New Guinea has more than 8 million people.", "PNG", 8e6),
    ("Africa is home to 1.2 billion people.", "Africa", 1.2e9),
    ("We are a nation of 19 million people.", "CHL", 19e6),
    ("My country, with more than 100 million people, is affected by drought.", "CHL", 100e6),
    ("Japan, with its 126 million people, is ageing.", "JPN", 126e6),
    ("We support Taiwan and its 23 million people.", "TWN", 23e6),
    ("We live on a planet of 8 billion people.", "world", 8e9),  # the world's people, whoever speaks
    ("A world of more than 7 billion people looks to this Assembly.", "world", 7e9),
    ("Only this democratic government can represent its 23 million people.", "CHL", 23e6),  # a possessive after a verb
    ("The living standards of our nearly 10 million citizens have improved.", "CHL", 10e6),
])
def test_how_many_people_a_country_has_is_its_population(text: str, entity: str, value: float) -> None:
    c = only(text)
    assert (c.subject.indicator, c.subject.entity, c.claimed.value) == ("population", entity, value)


@pytest.mark.parametrize(("text", "indicator"), [
    ("In a world with 800 million people going hungry, this is unacceptable.", "hungry_people"),  # some of them
    ("The Arab world, with 400 million people, is young.", None),  # a world within the world
    ("The Western world of 1 billion people is rich.", None),
])
def test_people_in_some_world_are_not_the_worlds_population(text: str, indicator: str | None) -> None:
    assert [c.subject.indicator for c in claims(text)] == ([indicator] if indicator else [])


@pytest.mark.parametrize("text", [
    "Today Germany has 2 million people out of work.",
    "We have 3 million people living in poverty.",
    "Our 30,000 people were killed in the war.",  # a possessive opening the sentence: who they were
    "Their 20,000 citizens were evacuated from Libya.",
])
def test_people_a_country_has_in_some_state_are_not_its_population(text: str) -> None:
    assert all(c.subject.indicator != "population" for c in claims(text))


@pytest.mark.parametrize(("text", "about", "value"), [
    ("I speak on behalf of 1.3 billion Indians.", "IND", 1.3e9),
    ("Our 200 million Nigerians, young and old, want jobs.", "NGA", 200e6),
    ("We owe it to 47 million Colombians and to our neighbours.", "COL", 47e6),
    ("Of 13 million Palestinians, there are still 6 million refugees.", "PSE", 13e6),
    ("There are 15 million Palestinians, all of them educated.", "PSE", 15e6),
    ("We speak for the 110 million Ethiopians.", "ETH", 110e6),
    # the adjective with "men and women", "people" or "citizens" after it
    ("We say it on behalf of 30 million Venezuelan men and women.", "VEN", 30e6),
    ("I speak for 110 million Ethiopian people.", "ETH", 110e6),
    ("We owe it to our 47 million Colombian citizens.", "COL", 47e6),
])
def test_a_count_of_the_speakers_own_people_is_its_population(text: str, about: str, value: float) -> None:
    found = [c for c in claims(text, about=about) if c.subject.indicator == "population"]
    assert [(c.subject.entity, c.claimed.value) for c in found] == [(about, value)]


@pytest.mark.parametrize(("text", "about"), [
    ("Turkey hosts 3.6 million Syrians.", "TUR"),  # another country's people
    ("Some 17 million Nigerians live abroad.", "NGA"),  # some of them
    ("The famine killed 7 million Ukrainians.", "UKR"),  # some of them, in the past
    ("The war is affecting 14 million Yemenis.", "YEM"),
    ("Health insurance now exists for almost 1 million Americans.", "USA"),
    ("The Amazon is home to 5 million Peruvians.", "PER"),
])
def test_other_peoples_and_some_of_ones_own_are_no_population(text: str, about: str) -> None:
    assert all(c.subject.indicator != "population" for c in claims(text, about=about))


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("Belize reiterates its plea on behalf of the 23 million people of Taiwan for a new approach.", "TWN", 23e6),
    ("We cannot ignore the 23 million people in Taiwan.", "TWN", 23e6),
    ("The 2 million inhabitants of the Gaza Strip lack clean water.", "PSE", 2e6),
])
def test_the_people_of_a_place_said_as_all_of_them_are_its_population(text: str, entity: str, value: float) -> None:
    found = [c for c in claims(text, about="BLZ") if c.subject.indicator == "population"]
    assert [(c.subject.entity, c.claimed.value) for c in found] == [(entity, value)]


@pytest.mark.parametrize("text", [
    "Of the 200 million people in Africa who are hungry, most are children.",
    "The 2 million people in Gaza living without power need help.",
])
def test_some_of_the_people_of_a_place_are_no_population(text: str) -> None:
    assert all(c.subject.indicator != "population" for c in claims(text, about="BLZ"))


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("The hurricane passed over Dominica, killed 65 people and wiped out 200 per cent of GDP.", "DMA", 200),
    ("Floods hit Pakistan with 800 per cent more rainfall, leaving a third of the country under water.", "PAK",
     33.33),
    ("Developing countries have received less than $2 billion, less than 14 per cent of all climate funds.",
     "developing", 14),
    ("The richest 10 per cent of the world's population emit almost half of all carbon.", "world", 50),
])
def test_the_owner_of_a_share_may_be_named_before_an_earlier_figure(text: str, entity: str, value: float) -> None:
    found = [c for c in claims(text, about="ATG") if c.kind == "share" and round(c.claimed.value, 2) == value]
    assert [(c.subject.entity, c.against.entity) for c in found] == [(entity, entity)]


@pytest.mark.parametrize(("text", "entity", "whole_entity"), [
    ("We feed much of the world, even while preserving 66 per cent of our native vegetation.", "BRA", "BRA"),
    ("We feed one sixth of the world's population while preserving 66 per cent of our forests.", "BRA", "BRA"),
    ("China's investment equals 10 per cent of our GDP.", "CHN", "BRA"),
])
def test_our_whole_is_the_speakers(text: str, entity: str, whole_entity: str) -> None:
    found = [c for c in claims(text, about="BRA") if c.claimed and c.claimed.value in (66, 10)]
    assert [(c.kind, c.subject.entity, c.against.entity if c.against else None) for c in found] == [
        ("share", entity, whole_entity)]


@pytest.mark.parametrize(("text", "about", "entity"), [
    ("Although wealth has grown, 736 million human beings live in extreme poverty.", "URY", "world"),
    ("Almost 1 billion people are currently living without electricity.", "DNK", "world"),
    ("The number of undernourished people reached 815 million in 2016.", "SMR", "world"),
    # the most populous countries may mean their own people, and a named place is whose they are
    ("Some 800 million people live in poverty.", "IND", "IND"),
    ("In Africa, 600 million people live without electricity.", "DNK", "Africa"),
    # a count the country may well have stays the speaker's; one it never had is the world's (tiers of 10, 20 and 50
    # million people in populations.json)
    ("Some 30 million people live in poverty.", "KEN", "KEN"),
    ("Some 8 million people live in poverty.", "DNK", "DNK"),
    ("Some 30 million people live in poverty.", "DNK", "world"),
    ("In 2017, 68 million people were forced to leave their homes.", "SMR", "world"),
    ("There are approximately 26 million refugees.", "MNE", "world"),
    ("There are approximately 26 million refugees.", "AFG", "AFG"),
    ("Nearly 15 million people face crisis levels of hunger.", "IRL", "world"),
    ("Nearly 15 million people face crisis levels of hunger.", "HUN", "HUN"),  # 10.7 million in 1980
    # more than 100 million: only the countries of that tier (populations.json) may mean their own people
    ("Around 258 million children are out of school.", "CUB", "world"),
    ("More than 150 million people live in extreme poverty.", "NGA", "NGA"),
    ("More than 150 million people live in extreme poverty.", "FRA", "world"),
    ("More than 150 million people have been displaced by conflict and disaster.", "FRA", "world"),
])
def test_more_people_than_a_country_has_are_the_worlds(text: str, about: str, entity: str) -> None:
    found = [c for c in claims(text, about=about) if c.kind == "level"]
    assert [c.subject.entity for c in found] == [entity]


def test_a_large_count_of_things_stays_the_speakers() -> None:
    found = [c for c in claims("We have planted 500 million trees.", about="ETH") if c.kind == "level"]
    assert [(c.subject.indicator, c.subject.entity) for c in found] == [("trees", "ETH")]


@pytest.mark.parametrize(("text", "about", "found"), [
    ("Lebanon hosts 1.5 million Syrian refugees.", "JOR", ("refugees", "LBN", "SYR")),
    ("My country is host to 1.3 million Syrian refugees.", "JOR", ("refugees", "JOR", "SYR")),
    ("We are currently hosting more than 330,000 refugees, mainly from Burundi and the Democratic Republic of the "
     "Congo.", "TZA", ("refugees", "TZA", None)),
    ("We are currently sheltering more than 800,000 forcibly displaced Rohingya from Myanmar.", "BGD",
     ("displaced_persons", "BGD", None)),
    ("Last year, we received 1,500,000 Russian tourists.", "GEO", ("tourist_arrivals", "GEO", "RUS")),
    # a place where they are hosted is the host
    ("We host 1 million refugees in camps in Kenya.", "SOM", ("refugees", "KEN", None)),
])
def test_people_a_place_hosts_are_its_count_whence_they_came(text: str, about: str,
                                                              found: tuple[str, str, str | None]) -> None:
    (c,) = [c for c in claims(text, about=about) if c.kind == "level"]
    assert (c.subject.indicator, c.subject.entity, c.subject.partner) == found


def test_refugees_said_without_a_host_are_their_countrys() -> None:
    (c,) = [c for c in claims("There are 6 million Syrian refugees.", about="JOR") if c.kind == "level"]
    assert (c.subject.indicator, c.subject.entity) == ("refugees", "SYR")


@pytest.mark.parametrize(("text", "about"), [
    # a population of that size is a region's or a union's, not the world's: only the top tier moves a population
    ("ECOWAS, with its 350 million people, is a force for peace.", "SEN"),
    ("Our multinational State of 280 million people is building socialism.", "UKR"),
])
def test_a_regions_population_is_not_the_worlds(text: str, about: str) -> None:
    found = [c for c in claims(text, about=about) if c.kind == "level"]
    assert [c.subject.indicator for c in found] == ["population"] and found[0].subject.entity != "world"


@pytest.mark.parametrize(("text", "entity"), [
    ("Some 600 million Africans live without electricity.", "Africa"),
    ("Some 30 million Africans live in poverty.", "Africa"),
    ("One in three Africans lives in poverty.", "Africa"),
    ("The war killed 2 million Europeans.", "Europe"),
])
def test_a_count_of_a_continents_people_is_that_continents(text: str, entity: str) -> None:
    found = [c for c in claims(text, about="KEN") if c.kind != "other"]
    assert [c.subject.entity for c in found] == [entity]


@pytest.mark.parametrize("text", [
    "Eighty-eight territories with a population of over 71 million are still today under direct colonial subjugation.",
    "As many as seventy territories, with a population of some 50 million people, are still in colonial slavery.",
    "A powerful camp of socialist countries, with a population numbering 1,000 million, has come into being.",
    "This river is an outlet to the ocean for eight States, with an aggregate population of about 17,600,000.",
])
def test_the_population_of_a_group_no_place_names_is_nobodys(text: str) -> None:
    assert [c for c in claims(text, about="BLR") if c.subject.indicator == "population"] == []


def test_the_population_of_a_named_group_stays_its_own() -> None:
    found = [c for c in claims("The countries of Africa, with a population of 300 million, want peace.", about="BLR")
             if c.subject.indicator == "population"]
    assert [(c.subject.entity, c.claimed.value) for c in found] == [("Africa", 300e6)]


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("Nevertheless, the representatives of 600 million Chinese people are still refused admission.", "CHN", 600e6),
    ("Representatives of the 500 million Chinese people, representatives of that great Asian Power, have not been "
     "admitted.", "CHN", 500e6),
    # a continent's people, as those left out or spoken for, is its population
    ("The exclusion of **1.2 billion Africans** from permanent membership in the Council is a grave injustice.",
     "Africa", 1.2e9),
    ("We speak for 1.4 billion Africans.", "Africa", 1.4e9),
    # a continent of so many people, the number said in words too
    ("Africa asks for compensation for the damage done to an entire continent of more than one billion people.",
     "Africa", 1e9),
    ("On behalf of 1.3 billion Indians, I thank the Assembly.", "IND", 1.3e9),
])
def test_a_whole_people_named_by_its_adjective_is_its_population(text: str, entity: str, value: float) -> None:
    found = [c for c in claims(text, about="BLR") if c.subject.indicator == "population"]
    assert [(c.subject.entity, c.claimed.value) for c in found] == [(entity, value)]


@pytest.mark.parametrize("text", [
    "Some 17 million Nigerians live abroad.",  # some of them
    "The 3 million Syrian people in camps need help.",  # which of them
    "We are hosting the 3.6 million Syrians.",  # hosted, not all of them
    "Lebanon hosts the 1.5 million Syrian people, and we need help.",
    "The 2 million Syrian people, who fled the war, need help.",
    "We welcomed the 1.5 million South Sudanese people and 300,000 Somali people.",
    "The 3.6 million Syrians, hosted by Turkey, need help.",
    "The 6 million Venezuelans, scattered across the region, need help.",
    "The 40 million Ukrainians, and all of us, want peace.",  # said so, a people is often some of them
    "We speak for the voices of 600 million Africans living in poverty.",  # those set apart by what follows
])
def test_some_of_a_people_is_no_population(text: str) -> None:
    assert [c for c in claims(text, about="BLR") if c.subject.indicator == "population"] == []


def test_counts_listed_with_their_own_verbs_each_count_their_own() -> None:
    found = claims("One billion people in the developing countries live below the poverty line; 780 million suffer "
                   "from malnutrition; 850 million cannot read or write.", about="BLR")
    assert [(c.subject.indicator, c.claimed.value) for c in found if c.kind == "level"] == [
        ("people_in_poverty", 1e9), ("hungry_people", 780e6)]  # the third names no measure the lexicon knows


def test_a_second_figure_without_a_verb_still_shares_the_first_ones_measure() -> None:
    found = claims("Exports rose by 5 per cent, imports by 3 per cent; the deficit, by 2 per cent.", about="BLR")
    assert [c.subject.indicator for c in found][:2] == ["exports", "imports"]


@pytest.mark.parametrize("text", [
    "One out of four inhabitants of the Republic perished in the heroic struggle.",
    "One in four inhabitants of Byelorussia was killed.",
])
def test_one_in_n_inhabitants_is_a_share_of_the_population_not_a_level(text: str) -> None:
    found = claims(text, about="BLR")
    assert [(c.kind, c.against.indicator if c.against else None, c.claimed.value) for c in found] == [
        ("share", "population", 25)]


def test_one_in_n_inhabitants_said_to_be_something_is_that_measure() -> None:
    found = claims("One in three inhabitants of our capital is unemployed.", about="BLR")
    assert [(c.kind, c.subject.indicator, c.claimed.value) for c in found] == [("level", "unemployment", 33.33)]


@pytest.mark.parametrize("tiers", ["populous_countries", "large_economies"])
def test_each_population_tier_lists_every_country_of_the_tier_above(tiers: str) -> None:
    from itertools import pairwise

    from factcheck.extract import lexicon
    for larger, smaller in pairwise(getattr(lexicon, tiers)()):  # the largest `above` first
        assert larger.countries <= smaller.countries, larger.countries - smaller.countries


@pytest.mark.parametrize(("text", "about", "entities"), [
    # a sum no economy but the largest ever had is the world's, and so is the measure said again of it
    ("Similarly, military spending in 2016 was $1.69 trillion, which was higher than in 2015.", "URY",
     ["world", "world"]),
    ("The financing gap for the Goals is $2.5 trillion a year.", "LSO", ["world"]),
    # a sum the speaker's economy can have, or one of a place named, stays
    ("Our GDP reached $60 billion last year.", "URY", ["URY"]),
    ("Our GDP reached $5 trillion last year.", "JPN", ["JPN"]),
    ("Japan's GDP is $5 trillion.", "URY", ["JPN"]),
    ("Our GDP reached 150 trillion naira.", "NGA", ["NGA"]),  # a currency not weighed
])
def test_a_sum_larger_than_the_speakers_economy_is_the_worlds(text: str, about: str, entities: list[str]) -> None:
    assert [c.subject.entity for c in claims(text, about=about)] == entities


@pytest.mark.parametrize("about", ["YUG", "CSK"])
def test_a_count_a_former_state_could_have_stays_its_own(about: str) -> None:
    found = [c for c in claims("Some 12 million people live in poverty.", about=about) if c.kind == "level"]
    assert [c.subject.entity for c in found] == [about]


@pytest.mark.parametrize(("text", "value"), [
    ("Our ten provinces and three territories, with a population of 37 million, are united.", 37e6),
    ("Our 607 islands have a population of just over 100,000.", 100e3),
])
def test_the_speakers_own_group_keeps_its_population(text: str, value: float) -> None:
    found = [c for c in claims(text, about="CAN") if c.subject.indicator == "population"]
    assert [(c.subject.entity, c.claimed.value) for c in found] == [("CAN", value)]


def test_a_count_said_to_live_somewhere_keeps_the_measure_before_it() -> None:
    found = claims("The number of people in extreme poverty fell to 736 million, and 413 million live in "
                   "sub-Saharan Africa.", about="BLR")
    assert [(c.subject.indicator, c.subject.entity) for c in found][1:] == [
        ("people_in_extreme_poverty", "Sub-Saharan Africa")]


@pytest.mark.parametrize(("text", "expected"), [
    # the Holy See has no national figures of the kind checked: its figures are the world's unless a place is named
    ("The mortality rate of children under 5 has dropped by 47 per cent in the past 10 years.",
     [("child_mortality", "world")]),
    ("Poverty in Africa has fallen by 10 per cent.", [("poverty_rate", "Africa")]),
])
def test_the_holy_sees_figures_are_the_worlds(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.subject.indicator, c.subject.entity) for c in claims(text, about="VAT")] == expected


def test_another_speakers_figures_stay_its_own() -> None:
    (c,) = claims("The mortality rate of children under 5 has dropped by 47 per cent in the past 10 years.",
                  about="ITA")
    assert (c.subject.indicator, c.subject.entity) == ("child_mortality", "ITA")


@pytest.mark.parametrize(("text", "about", "expected"), [
    # a continent's people only where a continent is named
    ("We are a continent of 1.3 billion people.", "MWI", []),
    ("Africa, a continent of 1.3 billion people, has no permanent seat.", "MWI", [("population", "Africa")]),
    # a sum said as the speaker's own stays theirs, to be checked as theirs
    ("Our external debt has reached $1.2 trillion.", "SEN", [("external_debt", "SEN")]),
    # a general "kills" with no place is the world's; with "our", the speaker's
    ("Malaria kills 400,000 children every year.", "URY", [("malaria_deaths", "world")]),
    ("Road accidents kill 1.3 million people each year.", "URY", [("road_deaths", "world")]),
    ("In our country, road accidents kill 500 people a year.", "URY", [("road_deaths", "URY")]),
])
def test_review_of_the_fourteenth_sessions_entities(text: str, about: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.subject.indicator, c.subject.entity) for c in claims(text, about=about)] == expected


def test_a_relative_clause_of_a_world_sum_is_a_share_of_the_worlds_whole() -> None:
    found = [c for c in claims("Military spending reached $1.7 trillion, which was 2.2 per cent of GDP.", about="CRI")
             if c.kind == "share"]
    assert [(c.subject.entity, c.against.entity) for c in found] == [("world", "world")]

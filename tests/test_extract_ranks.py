"""Ranks among entities said with a superlative, and the superlatives that rank nothing: the phrases a
fact-checker would want flagged as "check the league table", and the ones that are rhetoric or groups."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.model import Claim, Document


def ranks(text: str, about: str = "KEN") -> list[Claim]:
    found = extract(Document(text=text, path="t.md", slug="t", date="2021-09", about=about))
    return [c for c in found if c.kind == "rank"]


@pytest.mark.parametrize(("text", "indicator", "entity", "position"), [
    ("Ghana is the second largest cocoa producer in the world.", "production", "GHA", "second largest"),
    ("Vietnam is the world's third-biggest exporter of rice.", "exports", "VNM", "third-biggest"),
    ("Nigeria is one of the 10 most populous countries.", "population", "NGA", "10 most populous"),
    ("Our country is now one of the twenty largest economies in the world.", "gdp", "KEN", "twenty largest"),
    ("Uganda hosts more refugees than anyone: it is the largest refugee-hosting country in Africa.", "refugees",
     "UGA", "largest refugee-hosting"),
    ("Bangladesh is the fourth-largest troop-contributing country.", "peacekeepers_deployed", "BGD",
     "fourth-largest"),
    ("Georgia is the largest per capita contributor of troops to the mission in Afghanistan.",
     "peacekeepers_deployed_per_capita", "GEO", "largest"),
    ("Ethiopia has the highest number of refugees of any country on the continent.", "refugees", "ETH", "highest"),
    ("Haiti remains the poorest country in the Western Hemisphere.", "gdp_per_capita", "HTI", "poorest"),
    ("The United Kingdom is the 2nd largest donor to the Fund.", "oda", "GBR", "2nd largest"),
    ("Kenya is among the top five exporters of tea.", "exports", "KEN", "top five"),
    ("Rwanda was one of Africa's fastest-growing economies last year.", "gdp_growth", "RWA", "fastest-growing"),
    ("Bangladesh is the forty-third largest economy in the world.", "gdp", "BGD", "forty-third largest"),
    ("Chile is the world's twenty first largest exporter.", "exports", "CHL", "twenty first largest"),
    # a plural that names an amount is ranked; with a commodity, reserves are the commodity's
    ("Venezuela has the largest oil reserves in the world.", "reserves", "VEN", "largest oil reserves"),
    ("China has the largest foreign exchange reserves in the world.", "fx_reserves", "CHN", "largest"),
    ("Chile has the lowest inflation rate in the region.", "inflation", "CHL", "lowest"),
    # a people's diaspora is its emigrants; the measure said as the subject, the superlative after "is"
    ("The Venezuelan diaspora is the second largest in the world.", "emigrants", "VEN", "second largest"),
    # an actor that goes on past "to"
    ("Turkey is the largest contributor to the United Nations.", "un_funding", "TUR", "largest"),
    ("Japan is the second largest contributor to the United Nations regular budget.", "un_funding", "JPN",
     "second largest"),
    # "least" ranks from the bottom
    ("Mongolia is one of the least densely populated countries on Earth.", "population_density", "MNG", "least"),
    ("Tuvalu is the least populous member of the United Nations.", "population", "TUV", "least populous"),
    # an index named in lower case, and whose index it is set aside
    ("Kenya is ranked 56th out of 190 countries in the Doing Business index.", "doing_business_index", "KEN",
     "56th"),
    ("Belarus ranked 49th in the World Bank's Doing Business index.", "doing_business_index", "BLR", "49th"),
    # a figure per head compares countries without naming a scope
    ("Lebanon hosts the highest number of refugees per capita.", "refugees_per_capita", "LBN", "highest"),
    # a rank among nations said in a measure
    ("Trade policies have helped Japan become the leading nation in world trade.", "trade", "JPN", "leading"),
    ("Germany is the largest country in the world in terms of exports.", "exports", "DEU", "largest"),
    # a country ranked by growth is ranked by its economy's growth
    ("Cambodia is ranked as the sixth fastest-growing country in the world.", "gdp_growth", "KHM", "sixth"),
    ("Ethiopia is one of the fastest growing nations in Africa.", "gdp_growth", "ETH", "fastest growing"),
    # a count after "to" is no place ("exports to the largest economy" is)
    ("Montenegro opened its doors to the biggest number of refugees per capita in Europe.", "refugees_per_capita",
     "MNE", "biggest number"),
])
def test_a_superlative_among_entities_is_a_rank(text: str, indicator: str, entity: str, position: str) -> None:
    (rank,) = ranks(text)
    assert (rank.subject.indicator, rank.subject.entity, rank.items) == (indicator, entity, (entity,))
    assert position in (rank.note or "")


@pytest.mark.parametrize(("text", "indicator"), [
    ("So far this year, inflation is only 1.6 per cent, the lowest figure in our region.", "inflation"),
    ("Our unemployment rate fell to 4 per cent, the lowest level in the region.", "unemployment"),
    ("Inflation stands at 2 per cent, the lowest rate in South America.", "inflation"),
])
def test_a_generic_head_ranks_the_clauses_measure(text: str, indicator: str) -> None:
    (rank,) = ranks(text, about="BOL")
    assert (rank.subject.indicator, rank.subject.entity) == (indicator, "BOL")


def test_a_generic_head_over_time_or_with_its_own_measure_is_no_rank_of_the_clause() -> None:
    assert ranks("Unemployment is at its lowest level in history.") == []
    assert [c.subject.indicator for c in ranks("Inflation is 3 per cent, but we have the highest rate of obesity in "
                                                "the world.")] == ["obesity_rate"]


@pytest.mark.parametrize(("text", "indicator", "entity"), [
    ("Nigeria is the most populous nation.", "population", "NGA"),
    ("We are the poorest country.", "gdp_per_capita", "KEN"),
])
def test_an_implied_measure_said_of_one_peer_is_a_rank(text: str, indicator: str, entity: str) -> None:
    (rank,) = ranks(text)
    assert (rank.subject.indicator, rank.subject.entity) == (indicator, entity)


@pytest.mark.parametrize("text", ["We are the poorest nations.", "Helping the poorest country is our duty.",
                                  "The poorest family in the village lost everything."])
def test_an_implied_measure_of_a_group_or_an_object_is_no_rank(text: str) -> None:
    assert ranks(text) == []


def test_a_commodity_ranked_is_kept() -> None:
    (rank,) = ranks("Ghana is the second largest cocoa producer in the world.")
    assert rank.subject.commodity == "cocoa"


def test_two_superlatives_give_two_ranks_and_a_bare_one_repeats_the_measure() -> None:
    found = ranks("We have the biggest economy and the largest land mass of the Pacific island countries.",
                  about="PNG")
    assert [(c.subject.indicator, c.subject.entity) for c in found] == [("gdp", "PNG"), ("land_area", "PNG")]
    found = ranks("We host 1.5 million refugees, the largest refugee population on the continent and the "
                  "third-largest in the world.", about="UGA")
    assert [c.subject.indicator for c in found] == ["refugees", "refugees"]
    assert "third-largest" in (found[1].note or "")


@pytest.mark.parametrize("text", [
    "This is the biggest challenge of our time.",  # nothing measurable ranked
    "Our top priority is education.",
    "Today's youth is the largest generation in the history of humankind.",  # over time: not among entities
    "Unemployment is at its lowest level ever.",
    "It marked the highest record of exports of American products to foreign countries.",  # a record over time
    "Debt relief for the poorest countries is urgent.",  # a group named by a superlative
    "The 10 richest billionaires have more wealth than half of humankind.",
    "He grew up in the world's largest refugee camp.",  # a place
    "The world's greatest polluters agreed to a fund.",
    "Brazil is one of the richest countries in the world in terms of biodiversity.",  # not rich in income
    "Bangladesh is one of the least developed countries.",  # a group
])
def test_a_superlative_that_ranks_no_entity_is_no_rank(text: str) -> None:
    assert ranks(text) == []


@pytest.mark.parametrize(("text", "indicator", "entity"), [
    ("In 2019 Ethiopia ranked fourth in the world in terms of refugees hosted.", "refugees", "ETH"),
    ("Brazil is second only to the United States in soybean exports.", "exports", "BRA"),
    ("We are among the largest trading partners of the EU.", "trade", "KEN"),
    ("Kenya is the largest recipient of remittances in East Africa.", "remittances", "KEN"),
])
def test_a_position_said_with_a_verb_or_among_is_a_rank(text: str, indicator: str, entity: str) -> None:
    (rank,) = ranks(text)
    assert (rank.subject.indicator, rank.subject.entity) == (indicator, entity)


@pytest.mark.parametrize(("text", "indicator", "entity", "items"), [
    ("Uganda hosts more refugees than any other country in Africa.", "refugees", "UGA", ("UGA",)),
    ("Turkey hosts the most refugees in the world.", "refugees", "TUR", ("TUR",)),
    ("China is our most important trading partner.", "trade", "KEN", ("CHN",)),
])
def test_comparatives_and_most_that_rank(text: str, indicator: str, entity: str, items: tuple[str, ...]) -> None:
    (rank,) = ranks(text)
    assert (rank.subject.indicator, rank.subject.entity, rank.items) == (indicator, entity, items)


@pytest.mark.parametrize("text", [
    "Paraguay is one of the most open economies in the world.",  # a quality, not a measure
    "The most vulnerable countries suffer the most.",
    "Programmes support the most impacted sectors of the economy.",
])
def test_most_with_an_adjective_ranks_nothing(text: str) -> None:
    assert ranks(text) == []


@pytest.mark.parametrize("text", [
    "KTDA is Kenya's largest tea exporter.",  # a rank within the country, of a company
    "Safaricom is the largest investor in Kenya.",
    "Tourism is the world's largest industry.",  # a sector's rank, not a country's
])
def test_a_superlative_said_of_something_other_than_a_country_is_no_countrys_rank(text: str) -> None:
    assert ranks(text) == []


def test_the_place_named_after_the_superlative_is_the_item() -> None:
    (rank,) = ranks("Our largest trading partner is Uganda.")
    assert (rank.subject.indicator, rank.subject.entity, rank.items) == ("trade", "KEN", ("UGA",))


def test_each_superlative_takes_the_country_named_just_before_it() -> None:
    found = ranks("Nigeria is the most populous country in Africa, and Kenya is the largest economy in the region.")
    assert [(c.subject.indicator, c.subject.entity) for c in found] == [("population", "NGA"), ("gdp", "KEN")]


def test_every_listed_superlative_and_trend_noun_reaches_the_analysis() -> None:
    from factcheck.extract import superlatives
    from factcheck.extract.lexicon import load_lexicon
    from factcheck.extract.sentences import is_candidate

    trend_nouns = load_lexicon()["trend_noun"]
    for word in [*superlatives.cue_words(), *trend_nouns.phrases_without("before_measure", "with_figure")]:
        sentence = f"Kenya recorded the {word} thing."
        assert is_candidate(sentence, 0, len(sentence)), word
    # a noun that is a direction only beside a figure does not pull a sentence in on its own
    sentence = "The Loss and Damage Fund met in Bonn."
    assert not is_candidate(sentence, 0, len(sentence))


@pytest.mark.parametrize("text", [
    "Kenya is the *largest* tea exporter in the world.",  # Markdown emphasis
    "Kenya is the world's third\u2011largest exporter of tea.",  # a non-breaking hyphen
    "Kenya is the world's third\u2013largest exporter of tea.",
])
def test_formatting_does_not_hide_a_superlative(text: str) -> None:
    (rank,) = ranks(text)
    assert (rank.subject.indicator, rank.subject.entity, rank.subject.commodity) == ("exports", "KEN", "tea")


@pytest.mark.parametrize(("text", "indicator", "entity"), [
    ("Georgia is ranked 41st out of 126 States in the Rule of Law Index 2019.", "rule_of_law_index", "GEO"),
    ("Norway ranks first on the Human Development Index.", "hdi", "NOR"),
    # a report or ranking that publishes the index
    ("Namibia is ranked eighth in the world by the World Economic Forum's Global Gender Gap Report 2020.",
     "global_gender_gap_index", "NAM"),
    ("Rwanda ranks second in Africa in the Doing Business ranking.", "doing_business_index", "RWA"),
    ("Azerbaijan was ranked 25th in the Doing Business report.", "doing_business_index", "AZE"),
    # an edition named by its year
    ("The Kyrgyz Republic was ranked seventieth out of 190 economies in the World Bank’s Doing Business 2019: "
     "Training for Reform.", "doing_business_index", "KGZ"),
    # the ranking verb's object is the place ranked; a cardinal position with "out of"
    ("The Global Competitiveness Report for 2017-2018 ranked Azerbaijan 35 out of 137 countries with respect to "
     "competitiveness.", "competitiveness", "AZE"),
    ("Kenya is ranked 35th out of 137 countries for competitiveness.", "competitiveness", "KEN"),
    ("Kenya is ranked 35th out of 137 countries in respect of competitiveness.", "competitiveness", "KEN"),
    ("The report ranked Georgia thirty-first in terms of freedom from corruption.", "freedom_from_corruption", "GEO"),
    ("Thailand now ranks sixth globally in terms of our health-care system.", "health_care_system", "THA"),
])
def test_a_position_in_a_named_index_ranks_by_that_index(text: str, indicator: str, entity: str) -> None:
    (rank,) = ranks(text)
    assert (rank.subject.indicator, rank.subject.entity, rank.items) == (indicator, entity, (entity,))


def test_a_report_that_names_no_index_ranks_nothing() -> None:
    assert ranks("Namibia came second in the Report of the Secretary-General.") == []
    assert ranks("Namibia has 35 out of 137 seats in the Assembly.") == []  # a count, not a position
    assert ranks("The committee ranked Namibia 35 in its list.") == []  # no "out of": a number, not a position


def test_a_rank_stands_apart_from_a_promise_after_it() -> None:
    (rank,) = ranks("Denmark is one of the world's largest humanitarian donors, and in our 2022 aid budget we will "
                    "allocate more.", about="DNK")
    assert (rank.subject.indicator, rank.subject.entity) == ("oda", "DNK")


@pytest.mark.parametrize(("text", "indicator", "commodity"), [
    # a measure named after the field of places
    ("Rwanda is ranked 29th in the world in the ease of doing business.", "ease_of_doing_business", None),
    ("Kenya is among the top five countries in Africa for foreign investment.", "foreign_investment", None),
    # a product the lexicon lacks, named after "producer of"
    ("Rwanda is the world's leading producer of coltan.", "production", "coltan"),
])
def test_a_rank_names_its_measure_after_the_field_or_the_actor(text: str, indicator: str,
                                                                commodity: str | None) -> None:
    (rank,) = ranks(text)
    assert (rank.subject.indicator, rank.subject.commodity) == (indicator, commodity)


def test_a_rank_stands_apart_from_a_promise_after_and_we() -> None:
    (rank,) = ranks("Suriname has the highest percentage of forest cover of any country on the planet and we are "
                    "committed to preserving 93 per cent of our forest cover.", about="SUR")
    assert (rank.subject.indicator, rank.subject.entity) == ("forest_cover", "SUR")


@pytest.mark.parametrize("text", [
    "We export to the largest economy in the world.",  # a place
    "We sell to the fastest-growing markets in the world.",  # a group
])
def test_a_superlative_after_to_that_names_a_place_or_group_ranks_nothing(text: str) -> None:
    assert ranks(text) == []


def test_a_list_of_positions_each_ranks_by_the_first_ones_measure() -> None:
    found = ranks("Honduras is the fifth-largest coffee producer in the world, the third-largest in the Americas "
                  "and the largest in Central America.", about="HND")
    assert [(r.subject.indicator, r.subject.commodity, r.subject.entity) for r in found] == \
        [("production", "coffee", "HND")] * 3
    assert [r.note for r in found][1:] == ["the third-largest in the Americas", "the largest in Central America"]


def test_a_superlative_in_apposition_ranks_the_place_before_it() -> None:
    (rank,) = ranks("We opened relations with China, the world's most populous nation.", about="USA")
    assert (rank.subject.indicator, rank.subject.entity, rank.items) == ("population", "CHN", ("CHN",))
    (rank,) = ranks("We stand with Venezuela, with the world's largest oil reserves.", about="CHL")
    assert (rank.subject.entity, rank.subject.commodity) == ("VEN", "oil")


def test_a_rank_of_others_referred_back_to_is_not_the_speakers() -> None:
    assert ranks("Yet they are among the world's lowest emitters.", about="NOR") == []


@pytest.mark.parametrize(("text", "indicator"), [
    ("The United States produces more silver than any other country.", "production"),
    ("The United States is now the number one producer of oil in the world.", "production"),
])
def test_a_verb_or_number_one_says_what_is_ranked(text: str, indicator: str) -> None:
    (rank,) = ranks(text, about="USA")
    assert (rank.subject.indicator, rank.subject.entity) == (indicator, "USA")


def test_number_one_without_a_measure_ranks_nothing() -> None:
    assert ranks("Our number one priority is education.") == []


@pytest.mark.parametrize(("text", "entity"), [
    ("Our unemployment rate is 3 per cent, one of the lowest in Europe.", "POL"),
    ("We are the country with the highest economic growth in South America, averaging 4.9 per cent.", "POL"),
    ("The situation is most difficult in Africa, where one in five people is suffering from hunger.", "Africa"),
])
def test_a_region_a_superlative_compares_within_is_not_whose_figure(text: str, entity: str) -> None:
    found = [c for c in extract(Document(text=text, path="t.md", slug="t", date="2023-09", about="POL"))
             if c.kind == "level"]
    assert [c.subject.entity for c in found] == [entity]


@pytest.mark.parametrize(("text", "indicator", "entity"), [
    ("Palau has one of the highest rates of obesity in the world.", "obesity_rate", "PLW"),
    ("Tonga has one of the world's highest rates of non-communicable diseases globally.",
     "non_communicable_diseases_rate", "TON"),
    ("We have the highest number of doctors per capita in the region.", "doctors_per_capita", "KEN"),
])
def test_a_measure_the_lexicon_lacks_ranks_by_its_measuring_head(text: str, indicator: str, entity: str) -> None:
    (rank,) = ranks(text)
    assert (rank.subject.indicator, rank.subject.entity) == (indicator, entity)


@pytest.mark.parametrize("text", [
    "We just imposed the highest level of sanctions on Iran's central bank.",  # no field ranked
    "The United Nations is where the largest number of countries meet.",
])
def test_a_measuring_head_without_a_field_of_places_ranks_nothing(text: str) -> None:
    assert ranks(text) == []


@pytest.mark.parametrize(("text", "indicator", "entity"), [
    ("Egypt is among the few countries that were able to achieve positive growth rates despite the pandemic.",
     "gdp_growth", "EGY"),
    ("Panama is one of two Latin American countries that managed to reduce extreme poverty rates in 2020.",
     "extreme_poverty_rate", "PAN"),
    # a comparison with any other country, "in almost any other" too
    ("Wages are far higher than in any other country.", "wages", "KEN"),
    ("We export more coffee than any other country.", "exports", "KEN"),
    ("Our exports represent a larger share of GDP than in almost any other country.", "exports", "KEN"),
])
def test_a_country_set_apart_from_its_peers_by_a_measure_is_ranked(text: str, indicator: str, entity: str) -> None:
    (rank,) = ranks(text)
    assert (rank.subject.indicator, rank.subject.entity) == (indicator, entity)


@pytest.mark.parametrize("text", [
    "We are the only country in the region.",  # set apart by nothing measured
    "It is the only country that has signed the treaty.",
    "Property taxes represent a higher proportion of public income than in almost any other nation.",  # no measure
])
def test_set_apart_by_nothing_measured_is_no_rank(text: str) -> None:
    assert ranks(text) == []


@pytest.mark.parametrize(("text", "indicator", "entity"), [
    ("Our country has one of the lowest suicide rates in the region.", "suicide_rate", "KEN"),
    ("Our country has one of the lowest murder rates in the region.", "homicide_rate", "KEN"),  # the lexicon's
    ("Jamaica has one of the highest homicide rates in the world.", "homicide_rate", "JAM"),
    ("The country has one of the highest vaccination rates in the world.", "vaccination_rate", "KEN"),
    ("Our tax rates are among the lowest in the OECD.", "tax_rate", "KEN"),
    ("With the lowest deforestation rate in the world, we play our part.", "deforestation_rate", "KEN"),  # not its area
    ("We have one of the highest inflation rates in the world.", "inflation", "KEN"),  # a rate already
])
def test_a_compound_ending_in_a_measuring_word_names_the_ranked_measure(text: str, indicator: str,
                                                                       entity: str) -> None:
    (rank,) = ranks(text)
    assert (rank.subject.indicator, rank.subject.entity) == (indicator, entity)


@pytest.mark.parametrize("text", [
    "We have the lowest rate in the region.",  # a bare "rate" says nothing of what
    "We are the largest country in the world.",
])
def test_no_compound_no_coined_measure(text: str) -> None:
    assert ranks(text) == []


@pytest.mark.parametrize(("text", "indicator", "entity", "commodity"), [
    ("Africa contributes the least to global emissions.", "emissions", "Africa", None),
    ("Even though we contribute the least to greenhouse gas emissions, we suffer most.", "emissions", "KEN", None),
    ("China emits the most carbon dioxide in the world.", "emissions", "CHN", None),
    ("Kenya produces the most tea in Africa.", "production", "KEN", "tea"),
])
def test_a_verb_doing_the_most_or_least_ranks_its_subject(text: str, indicator: str, entity: str,
                                                          commodity: str | None) -> None:
    (rank,) = ranks(text)
    assert (rank.subject.indicator, rank.subject.entity, rank.subject.commodity) == (indicator, entity, commodity)


@pytest.mark.parametrize("text", [
    "We export the most to China.",  # a partner's rank, no field of countries
    "The transport sector contributes the most to emissions.",  # no country's
    "Industry contributes the most to our GDP.",
])
def test_doing_the_most_without_a_country_among_countries_is_no_rank(text: str) -> None:
    assert ranks(text) == []


@pytest.mark.parametrize(("text", "indicator", "entity"), [
    ("Suriname is the country with the highest forest cover.", "forest_cover", "SUR"),
    ("We are the country with the highest literacy rate.", "literacy_rate", "KEN"),
    ("Kenya is ranked 56th out of 190 economies in the ease of doing business.", "ease_of_doing_business", "KEN"),
    ("We hold the 5th place in the world in coffee exports.", "exports", "KEN"),
    # "numbers of"
    ("Bahrain has one of the highest numbers of tests per capita in the world.", "tests_per_capita", "BHR"),
])
def test_peers_named_before_or_counted_make_a_rank(text: str, indicator: str, entity: str) -> None:
    (rank,) = ranks(text)
    assert (rank.subject.indicator, rank.subject.entity) == (indicator, entity)


@pytest.mark.parametrize("text", [
    "Countries with the highest debt levels suffer most.",  # a group, not one country's rank
    "Our team occupied the first place in the competition.",
    "Sri Lanka occupies rank 73 out of 191 countries globally.",  # ranked by nothing named
])
def test_no_peer_rank_without_one_country_and_a_measure(text: str) -> None:
    assert ranks(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("The Ministry of Health spends the most in Africa.", []),  # no country's rank
    ("If China emits the most in the world, it must act.", []),  # a condition
    ("Germany invested the most in Africa.", []),  # where the money went
    ("Norway invests the most in the world in renewable energy.", [("investment", "NOR")]),
    ("We do not have the lowest murder rates in the region.", []),  # negated
    ("We are no longer the poorest country in the region.", []),
    ("Kenya is not only the largest economy in East Africa but also the most diverse.", [("gdp", "KEN")]),
    ("The highest unemployment rates in the world are found in Africa.", [("unemployment", "Africa")]),
    ("The highest murder rates are found in cities.", []),
])
def test_ranks_said_of_no_country_or_denied_are_none(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r.subject.indicator, r.subject.entity) for r in ranks(text)] == found


@pytest.mark.parametrize("text", [
    "Algeria is ranked third in Africa in human development.",
    "Algeria ranks first in Africa in the Human Development Index.",
])
def test_a_rank_in_human_development_is_a_rank_by_the_hdi(text: str) -> None:
    (rank,) = ranks(text)
    assert rank.subject.indicator == "hdi"


@pytest.mark.parametrize(("text", "indicator"), [
    ("We host the largest number of refugees per capita in the world.", "refugees_per_capita"),
    ("We have the highest number of doctors per capita in the region.", "doctors_per_capita"),
    ("We generate more renewable energy per capita than any other country on the planet.",
     "renewable_energy_per_capita"),
    ("We have the highest GDP per capita in Africa.", "gdp_per_capita"),
])
def test_a_rank_per_capita_is_named_so(text: str, indicator: str) -> None:
    (rank,) = ranks(text)
    assert rank.subject.indicator == indicator


@pytest.mark.parametrize(("text", "indicator", "notes"), [
    # a second rank joined by "and", its verb unsaid, in the measure said after both
    ("Algeria has been ranked third in Africa and first in the Maghreb area in human development.", "hdi",
     ["ranked third in Africa", "first in the Maghreb area"]),
    ("Kenya ranked fifth in Africa and first in East Africa for foreign investment.", "foreign_investment",
     ["ranked fifth in Africa", "first in East Africa"]),
])
def test_two_ranks_joined_by_and_are_two_ranks(text: str, indicator: str, notes: list[str]) -> None:
    found = ranks(text, about="DZA")
    assert [c.subject.indicator for c in found] == [indicator, indicator]
    assert [c.note for c in found] == notes

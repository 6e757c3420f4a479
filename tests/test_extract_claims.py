"""Sentences to claim records: kinds, signs, places and perspective, several claims, non-claims."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.model import Document, Subject


def claims(text: str, date: str | None = "2025-01", about: str | None = "BLR"):
    return extract(Document(text=text, path="t.md", slug="t", date=date, about=about))


def only(text: str, **kw):
    found = claims(text, **kw)
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


def checkable(text: str, **kw):
    return [c for c in claims(text, **kw) if c.kind != "other"]


# --- changes and signs -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Exports fell by 7.4% in 2024.", -7.4),
    ("Exports dropped 7.4 per cent in 2024.", -7.4),
    ("Exports declined by 7.4 percent in 2024.", -7.4),
    ("Exports shrank by 7.4% in 2024.", -7.4),
    ("Exports rose by 6% in 2024.", 6),
    ("Exports grew 6% in 2024.", 6),
    ("Exports increased by 6% in 2024.", 6),
    ("Exports jumped 6% in 2024.", 6),
    ("Exports doubled in 2024.", 100),
    ("Exports tripled in 2024.", 200),
    ("Exports grew 1.5 times in 2024.", 50),
    ("Exports increased by a factor of five in 2024.", 400),
    ("Exports shrank by half in 2024.", -50),
    ("Exports halved in 2024.", -50),
    ("In 2024 there was a 6% increase in exports.", 6),
])
def test_changes_are_signed_percentages(text: str, value: float) -> None:
    c = only(text)
    assert c.kind == "change"
    assert c.subject.indicator == "exports"
    assert c.claimed.value == pytest.approx(value)
    assert c.claimed.unit == "%"


def test_fell_by_more_than_keeps_the_relation_on_the_size() -> None:
    c = only("In 2023 imports fell by more than 60%.")
    assert (c.claimed.value, c.claimed.relation) == (-60, "over")


def test_deficit_and_negative_balance_are_negative_levels() -> None:
    c = only("In 2024 the trade deficit reached almost 7 billion US dollars.")
    assert (c.kind, c.subject.indicator, c.claimed.value, c.claimed.unit, c.claimed.relation) == (
        "level", "trade_balance", -7e9, "USD", "almost")
    c = only("In 2024 the negative trade balance was $4.2bn.")
    assert (c.claimed.value, c.claimed.decimals, c.claimed.scale) == (-4.2e9, 1, 1e9)
    c = only("In 2024 the trade surplus was 1.1 billion euros.")
    assert (c.claimed.value, c.claimed.unit) == (1.1e9, "EUR")


def test_rose_to_is_a_level_not_a_change() -> None:
    c = only("In 2023 inflation rose to 5.8 per cent.")
    assert (c.kind, c.subject.indicator, c.claimed.value) == ("level", "inflation", 5.8)


# --- comparisons ----------------------------------------------------------------------------------

def test_growth_three_times_faster() -> None:
    c = only("In 2024 imports grew three times faster than exports.")
    assert c.kind == "growth"
    assert (c.subject.indicator, c.against.indicator) == ("imports", "exports")
    assert (c.claimed.value, c.claimed.unit) == (3, "ratio")


def test_ratio_half_as_much_and_times_as_much() -> None:
    c = only("In 2024 Belarus exported about half as much to the EU as it imported from there.")
    assert (c.kind, c.claimed.value, c.claimed.relation) == ("ratio", 0.5, "approx")
    assert c.subject == Subject("exports", "BLR", "EU")
    assert c.against == Subject("imports", "BLR", "EU")
    c = only("In 2024 imports from China were four times as much as exports to China.")
    assert (c.kind, c.claimed.value) == ("ratio", 4)
    assert (c.subject.partner, c.against.partner) == ("CHN", "CHN")


def test_share_of_exports() -> None:
    c = only("In 2023 Asia accounted for about 15% of Belarus's exports.")
    assert c.kind == "share"
    assert c.subject == Subject("exports", "BLR", "Asia")
    assert c.against == Subject("exports", "BLR", None)
    assert (c.claimed.value, c.claimed.relation) == (15, "approx")


def test_share_in_words() -> None:
    c = only("In 2023 a third of Belarusian exports went to the EU.")
    assert (c.kind, c.subject.partner, c.claimed.value) == ("share", "EU", pytest.approx(33.333333))


def test_trend_without_a_number() -> None:
    c = only("Oil prices are rising.")
    assert (c.kind, c.subject.indicator, c.subject.commodity, c.claimed.relation) == (
        "trend", "price", "oil", "rising")
    assert c.claimed.value is None


def test_shift_towards_a_group() -> None:
    c = only("Belarus is turning towards Asia.")
    assert c.kind == "shift"
    assert c.subject == Subject("trade", "BLR", "Asia")
    assert c.against == Subject("trade", "BLR", None)
    assert (c.claimed.unit, c.claimed.relation) == ("%", "rising")


def test_rank_with_items() -> None:
    c = only("The main exports of Belarus to the EU are potash, oil products and timber.")
    assert c.kind == "rank"
    assert c.items == ("potash", "oil products", "timber")
    assert c.claimed is None


# --- places, groups and perspective -------------------------------------------------------------

@pytest.mark.parametrize(("text", "entity", "partner"), [
    ("In 2024 China's exports to Belarus rose by 10%.", "CHN", "BLR"),
    ("In 2024 Belarus's imports from China rose by 10%.", "BLR", "CHN"),
    ("In 2024 Chinese exports to Belarus rose by 10%.", "CHN", "BLR"),
    ("In 2024 exports from Belarus to China rose by 10%.", "BLR", "CHN"),
    ("In 2024 exports to non-CIS countries rose by 10%.", "BLR", "non-CIS"),
    ("In 2024 exports outside the CIS rose by 10%.", "BLR", "non-CIS"),
    ("In 2024 exports to the CIS rose by 10%.", "BLR", "CIS"),
    ("In 2024 exports to the EU rose by 10%.", "BLR", "EU"),
    ("In 2024 exports to the European Union rose by 10%.", "BLR", "EU"),
    ("In 2024 exports to the African continent rose by 10%.", "BLR", "Africa"),
    ("In 2024 exports to Asia rose by 10%.", "BLR", "Asia"),
    ("In 2024 exports to RUS rose by 10%.", "BLR", "RUS"),
    ("In 2024 exports rose by 10%.", "BLR", None),
    ("In 2024 Russian exports to Belarus rose by 10%.", "RUS", "BLR"),
    ("In 2024 Polish exports rose by 10%.", "POL", None),
])
def test_entity_and_partner(text: str, entity: str, partner: str | None) -> None:
    c = only(text)
    assert (c.subject.entity, c.subject.partner) == (entity, partner)


@pytest.mark.parametrize(("text", "entity", "partner", "whole_entity"), [
    # whose share it is names the partner; the flow's owner is the entity
    ("In 2024 Belarus's share of Russian imports rose to 5 per cent.", "RUS", "BLR", "RUS"),
    ("In 2024 Belarus's share in Russia's imports was 5 per cent.", "RUS", "BLR", "RUS"),
    ("In 2024 the share of Belarus in Russian imports rose to 5 per cent.", "RUS", "BLR", "RUS"),
    ("In 2024 China's share in our exports was 15 per cent.", "BLR", "CHN", "BLR"),
    # a share of a world total is the owner's part of the world's
    ("In 2024 our share of world exports was 0.2 per cent.", "BLR", None, "world"),
    ("In 2024 Africa's share of global trade was only 3 per cent.", "Africa", None, "world"),
])
def test_a_share_said_with_its_owner_before_it(text: str, entity: str, partner: str | None,
                                               whole_entity: str) -> None:
    c = only(text)
    assert (c.kind, c.subject.entity, c.subject.partner, c.against.entity) == ("share", entity, partner, whole_entity)


@pytest.mark.parametrize("text", [
    "In 2024 we know that the share of global trade carried by sea was 80 per cent.",  # not ours
    "In 2024 our share in world exports rose by 2 per cent.",  # a change of the share, not the share
])
def test_a_share_of_the_world_that_is_not_ours_or_is_a_change_is_no_share_of_ours(text: str) -> None:
    assert not any(c.kind == "share" and c.subject.entity == "BLR" for c in claims(text))


@pytest.mark.parametrize(("text", "entity", "partner"), [
    ("In 2024, 30 per cent of EU imports came from China.", "EU", "CHN"),
    ("In 2024, 30 per cent of Russian imports came from China.", "RUS", "CHN"),
    ("In 2024 half of our imports came from China.", "BLR", "CHN"),
])
def test_a_share_of_a_flow_coming_from_a_partner(text: str, entity: str, partner: str) -> None:
    c = only(text)
    assert (c.kind, c.subject.indicator, c.subject.entity, c.subject.partner) == ("share", "imports", entity, partner)


def test_a_share_of_a_flow_to_a_partner_keeps_the_partner() -> None:
    c = only("In 2024 Kenya's share of tea exports to Pakistan was 30 per cent.", about="KEN")
    assert (c.subject.entity, c.subject.partner, c.subject.commodity) == ("KEN", "PAK", "tea")


def test_excluding_russia_and_other_cis_countries_is_non_cis() -> None:
    c = only("Excluding Russia and other CIS countries, exports fell by 3% in 2024.")
    assert c.subject.partner == "non-CIS"


def test_us_dollars_are_not_the_united_states() -> None:
    c = only("In 2024 exports reached 5 billion US dollars.", about="DEU")
    assert (c.subject.entity, c.subject.partner) == ("DEU", None)


def test_without_about_the_most_named_country_is_the_entity() -> None:
    found = claims("Kazakhstan is our friend. Kazakhstan signed many deals. In 2024 exports rose by 4%.",
                   about=None)
    assert found[-1].subject.entity == "KAZ"


def test_world_prices_belong_to_the_world() -> None:
    c = only("Global prices for potash are falling.")
    assert (c.subject.entity, c.subject.commodity) == ("world", "potash")


# --- several claims and reported speech ---------------------------------------------------------

def test_two_claims_in_one_sentence() -> None:
    first, second = checkable("In 2024 imports rose 6% while exports grew 2%.")
    assert (first.subject.indicator, first.claimed.value) == ("imports", 6)
    assert (second.subject.indicator, second.claimed.value) == ("exports", 2)
    assert first.id != second.id and first.source == second.source


def test_two_claims_joined_by_and() -> None:
    found = checkable("In 2023 exports fell by 3%, and imports rose by 5%.")
    assert [(c.subject.indicator, c.claimed.value) for c in found] == [("exports", -3), ("imports", 5)]


def test_reported_speech_names_the_claimant() -> None:
    c = only("The Minister of Economy, Ivan Petrov, said that exports grew by 5% in 2024.")
    assert c.claimant == "Ivan Petrov"
    c = only("The minister stated that exports grew by 5% in 2024.")
    assert c.claimant == "The minister"
    c = only("Exports grew by 5% in 2024.")
    assert c.claimant is None


# --- not claims -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Exports will grow by 5% next year.",
    "Exports are expected to rise by 10% in 2025.",
    "We will double exports by 2030.",
    "Our goal is to raise exports to $10 billion.",
    "If exports grew by 5%, the deficit would vanish.",
    "Did exports really grow by 5% in 2024?",
    "Call +375 17 222-33-44 for the statistics office.",
    "On 24 February 2022 the session opened.",
    "Article 5 of the treaty applies.",
    "Resolution 2231 was adopted in 2015.",
    "Comentários",
    "Exports are important.",
    "They do not have the potential to increase trade with Belarus.",
    # a contraction of "will", a span still to come, readiness and need
    "It'll add $6 1/2 billion or more to help the farmers.",
    "We have allocated $12 billion to the issue for the next five years.",
    "France is ready to transfer 20 per cent of its SDR allocation to African economies.",
    "Eleven billion doses are needed to reach the threshold.",
    # shares fixed by a rule, not statistics
    "It guarantees at least 33 per cent representation of women in parliament.",
    "The law reserves 30 per cent of seats for women.",
    # a span of time
    "It is nearly a quarter of a century since Mandela stood at this rostrum.",
])
def test_non_claims_get_no_record(text: str) -> None:
    assert claims(text) == []


def test_a_fact_beside_a_quota_or_a_speakers_aside_is_kept() -> None:
    (c,) = claims("We have halved our unemployment rate and have introduced a mandatory 30% quota for women.")
    assert (c.kind, c.subject.indicator, c.claimed.value) == ("change", "unemployment", -50.0)
    assert [c.kind for c in claims("We have introduced a mandatory 30% quota for women in party lists.")
            if c.kind != "other"] == []
    (c,) = claims("I should add that exports grew by 5% in 2024.")
    assert (c.kind, c.subject.indicator) == ("change", "exports")


def test_other_keeps_checkworthy_statements_with_a_note() -> None:
    c = only("The government has extended the ban on imports of cosmetics from the EU.")
    assert c.kind == "other" and c.note
    c = only("China has not increased purchases of Belarusian goods.")
    assert c.kind == "other" and "not" in c.note


# --- more shapes ----------------------------------------------------------------------------------

def test_up_and_down() -> None:
    c = only("In 2024 exports to India were up by about 30 per cent.")
    assert (c.kind, c.claimed.value, c.claimed.relation) == ("change", 30, "approx")
    c = only("In 2024 imports were down 4%.")
    assert (c.kind, c.claimed.value) == ("change", -4)


def test_lower_than_in_a_year_is_a_change_against_that_year() -> None:
    c = only("Exports to non-CIS countries were around 40% lower in 2023 than in 2021.")
    assert (c.kind, c.claimed.value, c.claimed.relation) == ("change", -40, "approx")
    assert (c.period.start, c.period.base_start) == ("2023", "2021")


def test_share_of_gdp() -> None:
    c = only("In 2023 foreign debt was less than 20 per cent of GDP.")
    assert c.kind == "share"
    assert (c.subject.indicator, c.against.indicator) == ("external_debt", "gdp")
    assert (c.claimed.value, c.claimed.relation) == (20, "under")


def test_share_of_a_partner_named_after_share_of() -> None:
    first, second = checkable(
        "The share of the EU in Belarusian exports has fallen from 21% in 2019 to under 5% in 2023.")
    assert [(c.kind, c.subject.partner, c.claimed.value, c.period.start) for c in (first, second)] == [
        ("share", "EU", 21, "2019"), ("share", "EU", 5, "2023")]
    assert second.claimed.relation == "under"


def test_superlative_is_a_rank_of_the_entity() -> None:
    found = checkable("In 2023 Bolivia recorded the lowest unemployment rate in the region, 4.5 per cent.", about="BOL")
    kinds = {c.kind: c for c in found}
    assert kinds["level"].claimed.value == 4.5
    assert kinds["rank"].items == ("BOL",) and "lowest" in kinds["rank"].note


def test_main_trading_partner_rank() -> None:
    c = only("The European Union has become the country's main trading partner.", about="MDA")
    assert (c.kind, c.subject.indicator, c.subject.entity, c.items) == ("rank", "trade", "MDA", ("EU",))


def test_faster_than_without_a_multiplier() -> None:
    c = only("In 2023 imports grew faster than exports.")
    assert (c.kind, c.claimed.value, c.claimed.relation) == ("growth", 1, "over")
    assert (c.subject.indicator, c.against.indicator) == ("imports", "exports")


def test_shift_by_reorienting_and_more_and_more() -> None:
    towards, away = checkable("Belarus is reorienting its exports from the EU to Asian markets.")
    assert (towards.kind, towards.subject.partner, towards.claimed.relation) == ("shift", "Asia", "rising")
    assert (away.subject.partner, away.claimed.relation) == ("EU", "falling")
    c = only("More and more of Kazakhstan's trade now goes to China.")
    assert (c.kind, c.subject.entity, c.subject.partner) == ("shift", "KAZ", "CHN")


def test_hedged_multiplier() -> None:
    c = only("The economy has more than tripled since 2004.")
    assert (c.claimed.value, c.claimed.relation, c.period.base_start) == (200, "over", "2004")


def test_forecast_clause_dropped_fact_kept() -> None:
    found = checkable("Growth returned to 5.2 per cent in 2022 and is expected to reach 5.6 per cent in 2023.",
                      date="2023-09")
    assert [c.claimed.value for c in found] == [5.2]


def test_since_a_month_runs_to_the_documents_month() -> None:
    c = only("Since June, the price of gasoline has dropped by more than 30 per cent.", date="2022-09", about="BRA")
    assert c.period.start == "2022-09" and c.period.base_start == "2022-06"


def test_list_of_figures_each_gets_its_own_indicator() -> None:
    found = checkable("In 2018 industrial production increased 2.6 times, exports 4.7 times and imports 3 times.")
    assert [(c.subject.indicator, round(c.claimed.value)) for c in found] == [
        ("industrial_production", 160), ("exports", 370), ("imports", 200)]


@pytest.mark.parametrize("text", [
    "Turning to the situation in Mali, we call for dialogue.",
    "Free childcare enabled parents to re-enter the workforce, increasing women's economic power.",
])
def test_figures_of_speech_are_not_trends_or_shifts(text: str) -> None:
    assert checkable(text) == []


def test_fastest_growing_is_a_rank_not_a_trend() -> None:
    assert [c.kind for c in checkable("Ours is the fastest growing economy in the region.")] == ["rank"]


def test_thousands_written_with_a_dot() -> None:
    c = only("In 1999 Montenegro gave shelter to over 100.000 refugees.", about="MNE")
    assert (c.subject.indicator, c.claimed.value, c.claimed.relation) == ("refugees", 100000, "over")


def test_my_country_is_the_documents_country_and_a_repeated_figure_is_one_claim() -> None:
    c = only("Over the past 13 years the United States has enjoyed a trade surplus with my small country "
             "of more than $2 billion — I repeat, $2 billion.", date="2017-09", about="ATG")
    assert (c.subject.entity, c.subject.partner, c.claimed.value, c.claimed.relation) == (
        "USA", "ATG", 2e9, "over")


def test_the_indicator_next_to_the_figure_wins() -> None:
    c = only("While we seek money to alleviate poverty, global military expenditures have risen to $2.24 trillion "
             "in 2023.")
    assert (c.kind, c.subject.indicator, c.claimed.value) == ("level", "defence_spending", 2.24e12)


def test_from_a_in_one_year_to_b_gives_each_figure_its_period() -> None:
    first, second = checkable("We have reduced the poverty rate from 46 per cent in 1992 to around 18 per cent.",
                              date="2020-09", about="LAO")
    assert (first.claimed.value, first.period.start) == (46, "1992")
    assert (second.claimed.value, second.claimed.relation, second.period.start) == (18, "approx", "2019")


def test_from_a_to_b_without_a_year_claims_only_b() -> None:
    c = only("In 1978 the unemployment rate decreased from 7.8% to 6.4%.")
    assert (c.kind, c.subject.indicator, c.claimed.value) == ("level", "unemployment", 6.4)


def test_troops_shifting_is_not_a_trade_shift() -> None:
    assert checkable("American troops are shifting from leading operations to partnering with Iraqi forces.") == []


@pytest.mark.parametrize("text", [
    "Unemployment might rise to 10 per cent.",
    "Our economy needs to grow by 7 per cent a year.",
    "Had exports grown 5%, we would be richer.",
    "We aim to cut emissions by 45 per cent by 2030.",
    "We are committed to allocating 0.7 per cent of GNI to development aid.",
    "How can we accept that 800 million people still go hungry?",
    "Goal 16 of the 2030 Agenda calls for peace.",
])
def test_more_non_claims(text: str) -> None:
    assert checkable(text, date="2023-09", about="KEN") == []


def test_the_2030_agenda_is_not_a_forecast_period() -> None:
    c = only("Extreme poverty fell by 10 per cent in 2022, in line with the 2030 Agenda.", date="2023-09")
    assert (c.kind, c.claimed.value, c.period.start) == ("change", -10, "2022")


def test_times_higher_than_its_own_past_is_a_change() -> None:
    c = only("In the first quarter of 1957 military expenditure was nine times higher than during the same "
             "period in 1956.", date="1957-09")
    assert (c.kind, c.subject.indicator, c.claimed.value) == ("change", "defence_spending", 800)


def test_turning_to_a_subject_is_not_a_shift() -> None:
    assert checkable("Mr. Kiselev then turned to the request from Argentina for a reconsideration.") == []


def test_worlds_largest_exporter_is_a_rank() -> None:
    (c,) = [c for c in checkable("Belarus is one of the world's largest exporters of potash.") if c.kind == "rank"]
    assert (c.subject.indicator, c.subject.entity, c.subject.commodity, c.items) == (
        "exports", "BLR", "potash", ("BLR",))


def test_facts_before_a_forecast_are_kept() -> None:
    found = checkable("The population is estimated roughly at 11,000 and the expected growth rate of 4.5 per cent, "
                      "which by 2050 will make us 27,000 people.", date="2020-09", about="NRU")
    assert [(c.kind, c.subject.indicator, c.claimed.value, c.claimed.unit) for c in found] == [
        ("level", "population", 11000, "count")]
    assert checkable("The food import bill is projected to rise by $51 billion, $49 billion of which reflects "
                     "higher prices.", date="2022-09") == []


def test_a_clause_with_its_own_verb_does_not_borrow_the_previous_direction() -> None:
    found = extract(Document(text="Unemployment has fallen by 8 per cent, tourism has exceeded 34 million visits.",
                             path="t.md", slug="t", date="2019-09", about="GRC"))
    assert [(c.kind, c.subject.indicator, c.claimed.value) for c in found] == [
        ("change", "unemployment", -8), ("level", "tourist_arrivals", 34e6)]


def test_a_participle_after_a_figure_does_not_make_it_a_change() -> None:
    found = extract(Document(text="The deficit reached $5 billion, rising to $7 billion in 2019.", path="t.md",
                             slug="t", date="2020-09", about="GRC"))
    assert [(c.kind, c.claimed.value) for c in found] == [("level", -5e9), ("level", -7e9)]


@pytest.mark.parametrize(("text", "indicator"), [
    # the field a position is held in, said after "on"; a place said after "on" is where, not in what
    ("Rwanda ranks second in Africa on the ease of doing business.", "ease_of_doing_business"),
    ("Namibia has one of the lowest population densities in the world.", "population_density"),
])
def test_a_rank_names_its_field(text: str, indicator: str) -> None:
    found = [c for c in claims(text, date="2019-09", about="KEN") if c.kind == "rank"]
    assert [c.subject.indicator for c in found] == [indicator]


def test_a_place_after_on_is_no_field_of_a_rank() -> None:
    found = claims("Kenya ranked first on the continent.", date="2019-09", about="KEN")
    assert "continent" not in [c.subject.indicator for c in found]


@pytest.mark.parametrize(("text", "indicator", "value"), [
    # a change by a fraction, of a measure the lexicon knows or one the sentence names
    ("Exports fell by a third in 2018.", "exports", -100 / 3),
    ("The number of tourists increased by a third.", "tourist_arrivals", 100 / 3),
    ("We reduced HIV incidence by nearly half between 2011 and 2016.", "hiv_incidence", -50.0),
])
def test_a_change_by_a_fraction(text: str, indicator: str, value: float) -> None:
    found = [c for c in claims(text, date="2019-09", about="KEN") if c.kind == "change"]
    assert [(c.subject.indicator, round(c.claimed.value, 2)) for c in found] == [(indicator, round(value, 2))]


@pytest.mark.parametrize(("text", "indicator"), [
    # people counted as "N in M" are a rate, however the verb agrees
    ("One in three Kenyans lives in poverty.", "poverty_rate"),
    ("Seven out of ten Kenyans live in poverty.", "poverty_rate"),
    ("Two in ten Kenyans live in extreme poverty.", "extreme_poverty_rate"),
])
def test_people_counted_n_in_m_are_a_rate(text: str, indicator: str) -> None:
    found = [c for c in claims(text, date="2019-09", about="KEN") if c.kind != "other"]
    assert [(c.kind, c.subject.indicator) for c in found] == [("level", indicator)]


@pytest.mark.parametrize(("text", "indicator"), [
    # a part of a world total is the place's it goes to
    ("Only 2 per cent of global climate finance goes to Africa.", "climate_finance"),
    ("Less than 3 per cent of global FDI flows to Africa.", "fdi"),
    ("Only 2 per cent of the world's vaccines went to Africa.", "vaccines"),
    ("Africa receives less than 3 per cent of global foreign direct investment.", "fdi"),
])
def test_a_part_of_a_world_total_is_the_place_it_goes_to(text: str, indicator: str) -> None:
    found = [c for c in claims(text, date="2021-09", about="KEN") if c.kind == "share"]
    assert [(c.subject.indicator, c.subject.entity, c.against.entity) for c in found] == [
        (indicator, "Africa", "world")]


@pytest.mark.parametrize(("text", "relation"), [
    # a rate bounded by its digits: 10 per cent or more, or under 10
    ("Huge oil price increases contributed to the double-digit inflation of 1974.", "over"),
    ("Inflation is in single digits for the first time in a decade.", "under"),
    ("Unemployment remains in double digits.", "over"),
])
def test_a_rate_said_by_its_digits(text: str, relation: str) -> None:
    found = [c for c in claims(text, date="2019-09", about="KEN") if c.kind == "level"]
    assert [(c.claimed.value, c.claimed.unit, c.claimed.relation) for c in found] == [(10.0, "%", relation)]


@pytest.mark.parametrize("text", ["A double-digit number of countries signed the treaty.",
                                  "We are set towards double-digit economic growth this year."])
def test_digits_that_bound_no_rate_said_are_no_claim(text: str) -> None:
    assert [c for c in claims(text, date="2022-09", about="FJI") if c.kind not in ("other",)] == []


@pytest.mark.parametrize(("text", "indicator"), [
    ("The unemployment rate among young people is 12 per cent.", "youth_unemployment"),
    ("Unemployment among the young has fallen to 9 per cent.", "youth_unemployment"),
    ("The unemployment rate for women rose to 7 per cent.", "female_unemployment"),
])
def test_unemployment_of_a_group_said_after_it(text: str, indicator: str) -> None:
    assert [c.subject.indicator for c in claims(text, date="2019-09", about="GHA") if c.kind == "level"] == [indicator]


@pytest.mark.parametrize(("text", "expected"), [
    # "N in M people in poverty" are who is counted, not a poverty rate
    ("Two out of three people in poverty live in rural areas.", "people_in_poverty"),
    # victims named by what they are victims of, not when
    ("30,000 people are victims of landmines every year.", "landmines_victims"),
])
def test_names_the_review_found(text: str, expected: str) -> None:
    assert [c.subject.indicator for c in claims(text, date="2019-09", about="KEN") if c.kind == "level"] == [expected]


@pytest.mark.parametrize("text", [
    "Qatar ranks third on the list of major donors to OCHA.",  # a list is no field
    "We ranked third on several occasions.",
    "More than 60 per cent of the world's oil goes to China and India.",  # no one place's part
])
def test_no_field_or_owner_the_review_found(text: str) -> None:
    found = [c for c in claims(text, date="2019-09", about="QAT") if c.kind in ("rank", "share")]
    assert [(c.subject.indicator, c.subject.entity) for c in found if c.subject.indicator
            and ("list" in c.subject.indicator or "occasion" in c.subject.indicator
                 or c.subject.entity in ("CHN", "IND"))] == []


@pytest.mark.parametrize(("text", "value", "against"), [
    # "X is N times Y": a ratio of the two measures, the second right after the multiplier
    ("Our exports are three times our imports.", 3.0, "imports"),
    ("Our exports to Africa are twice our imports from Africa.", 2.0, "imports"),
])
def test_a_measure_n_times_another(text: str, value: float, against: str) -> None:
    found = [c for c in claims(text, date="2019-09", about="IND") if c.kind == "ratio"]
    assert [(c.subject.indicator, c.claimed.value, c.against.indicator) for c in found] == [("exports", value, against)]


@pytest.mark.parametrize("text", ["The plan envisages investments of $10 billion.",
                                  "The budget foresees a deficit of 3 per cent of GDP."])
def test_what_a_plan_envisages_is_no_fact(text: str) -> None:
    assert [c for c in claims(text, date="2019-09", about="KEN") if c.kind != "other"] == []

"""What real speeches say beyond the lexicon: measures named by their own noun phrase, attributions, event
bases, shares of world totals, elided subjects, and the shapes that look like claims but are not."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.model import Claim, Document, Subject


def claims(text: str, date: str | None = "2019-09", about: str | None = "BLR") -> list[Claim]:
    return extract(Document(text=text, path="t.md", slug="t", date=date, about=about))


def checkable(text: str, **kw: str | None) -> list[Claim]:
    return [c for c in claims(text, **kw) if c.kind != "other"]


def only(text: str, **kw: str | None) -> Claim:
    found = checkable(text, **kw)
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


# --- measures the lexicon does not know, named by the sentence ----------------------------------------

@pytest.mark.parametrize(("text", "kind", "indicator", "value"), [
    ("Federal personal taxes for the average family have increased 67 percent.", "change",
     "federal_personal_taxes", 67),
    ("During the last ten years, first year medical school enrollments have grown by more than 55 percent.",
     "change", "medical_school_enrollments", 55),
    ("Total grants-in-aid to State and local governments have increased by more than 40 percent.", "change",
     "grants_in_aid", 40),
    ("Hourly tips of the American waiter declined 5 percent over the past 5 years.", "change",
     "hourly_tips", -5),
    ("Today the Federal Government has 1,200 major welfare programs.", "level", "welfare_programs", 1200),
    ("Last year we received 1,500,000 Russian tourists.", "level", "tourist_arrivals", 1.5e6),  # partner RUS
    # "without" is what is said of them, though it ends other phrases
    ("Some 1 billion people are living without a reliable energy source.", "level", "people_without_reliable_energy",
     1e9),
    ("More than 2 billion people are without safe drinking water.", "level", "people_without_safe_drinking_water",
     2e9),
    ("Almost 1 billion people are currently living without electricity.", "level",
     "people_without_electricity", 1e9),
    ("In 2017, 68 million people were forced to leave their homes.", "level", "people_forced_to_leave", 68e6),
    ("Since the accident, the incidence of thyroid cancer has increased 30 times.", "change", "incidence", 2900),
])
def test_a_measure_without_a_lexicon_word_is_named_by_its_noun_phrase(text: str, kind: str, indicator: str,
                                                                      value: float) -> None:
    claim = only(text, about="USA")
    assert (claim.kind, claim.subject.indicator) == (kind, indicator)
    assert claim.claimed is not None and claim.claimed.value == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "The debt with which we are now confronted is about 290 billion dollars.",  # no participle as a measure
    "More than 2 million people.",  # a count of people that says nothing of them
    "We adopted the 17 Sustainable Development Goals in 2015.",  # a count with no verb of having
    "It was 5 per cent.",  # a pronoun is no measure
    "The General Assembly has adopted 287 resolutions.",  # a small count of things is no statistic
    "The Charter set up 6 principal organs.",
    "There are 23 principal organs.",  # organs are no measure (noun_phrases.json not_measures)
])
def test_no_measure_is_invented_from_words_that_name_none(text: str) -> None:
    assert not any(c.subject.indicator in ("confronted", "people", "sustainable_development_goals", "it",
                                           "resolutions", "principal_organs")
                   for c in checkable(text, about="USA"))


# --- attributions -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "claimant"), [
    ("According to Oxfam data, 1.3 billion people live in poverty.", "Oxfam"),
    ("According to the Bank of Guatemala, our economy grew by 3.5 per cent in 2018.", "Bank of Guatemala"),
    ("Our economy, which, according to the Bank of Guatemala, grew by 3.5 per cent in 2018, is stable.",
     "Bank of Guatemala"),
    ("According to data published in the United States Press, exports rose 5 per cent in 2018.",
     "United States Press"),
    ("According to the latest figures, exports rose 5 per cent in 2018.", None),
])
def test_according_to_names_the_claimant(text: str, claimant: str | None) -> None:
    found = checkable(text, about="GTM")
    assert found and {c.claimant for c in found} == {claimant}


def test_the_sources_country_and_date_are_not_the_claims() -> None:
    claim = only("According to the New York Times of 4 August 1953, British exports rose 5 per cent in 1952.",
                 date="1953-09", about="BLR")
    assert claim.subject.entity == "GBR"
    assert (claim.period.start, claim.period.end) == ("1952", "1952")
    found = only("According to data published in the United States Press, exports rose 5 per cent in 2018.")
    assert found.subject.entity == "BLR"


# --- periods --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "about", "base"), [
    ("Since independence, exports have tripled.", "KAZ", "1991"),
    ("Our economy has grown more than 20 times from the day that my country emerged as an independent State.",
     "KAZ", "1991"),
    ("Since our independence, exports have tripled.", "NAM", "1990"),
    ("Since the Paris Agreement, emissions have risen by 4 per cent.", "DEU", "2015"),
    ("Since the collapse of the Soviet Union, industrial output has fallen by half.", "RUS", "1991"),
    ("Since the accident, exports have fallen by 10 per cent.", "BLR", "1986"),
    ("Since 1949 the military expenditure of the United States has increased almost four times.", "BLR", "1949"),
])
def test_a_base_named_by_an_event_or_an_early_year(text: str, about: str, base: str) -> None:
    claim = checkable(text, about=about)[0]
    assert claim.period.base_start == base


def test_an_event_known_only_for_some_countries_gives_no_base_elsewhere() -> None:
    # 'the accident' is Chernobyl's only in Belarus's and Ukraine's speeches; a country missing from
    # independence.csv has no year to give: no base is invented for either
    assert only("Since the accident, exports have fallen by 10 per cent.", about="FRA").period.base_start is None
    assert only("Since independence, exports have tripled.", about="XKX").period.base_start is None


@pytest.mark.parametrize(("text", "date", "periods"), [
    ("In the period from 1949 to 1960, the military expenditure of NATO amounted to 560 billion dollars.",
     "1961-09", [("1949", "1960")]),
    ("Thirty years ago, military expenditures of all countries amounted to 4.2 billion dollars.", "1961-09",
     [("1931", "1931")]),
    ("Whereas thirty years ago, military expenditures amounted to 4.2 billion dollars, at the present time "
     "some 120 billion dollars are being spent on armaments.", "1961-09", [("1931", "1931"), ("1960", "1960")]),
    ("Exports, which the bulletin published in July 1953 reports, were $32 million in 1950.", "1953-09",
     [("1950", "1950")]),
])
def test_spans_years_ago_the_present_and_publication_dates(text: str, date: str,
                                                           periods: list[tuple[str, str]]) -> None:
    found = checkable(text, date=date)
    assert [(c.period.start, c.period.end) for c in found] == periods


# --- shares, ranks and elided subjects --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "part", "whole", "entity"), [
    ("Energy accounts for roughly 80 per cent of global carbon-dioxide emissions.", "energy", "emissions",
     "world"),
    ("People living in extreme poverty make up 8.6 per cent of the global population.",
     "people_in_extreme_poverty", "population", "world"),
    ("Luxembourg contributes 1 per cent of its gross national income to official development assistance.",
     "oda", "gni", "LUX"),
    ("Honduras is a coffee producer, and coffee production makes up 5 per cent of its gross domestic product.",
     "coffee_production", "gdp", "HND"),
    # the part named after the whole, by what the whole is made of or covered by
    ("12 per cent of Guinea-Bissau's territory is comprised of ecologically protected areas.", "protected_areas",
     "land_area", "GNB"),
    ("60 per cent of our territory is covered by forests.", "forest_cover", "land_area", "XXX"),
    ("Over 70 per cent of our country is covered with forest.", "forest_cover", "land_area", "XXX"),
    ("Half of our population is made up of young people.", "young_people", "population", "XXX"),
    ("60 per cent of our territory is largely covered by forests.", "forest_cover", "land_area", "XXX"),
    # what covers or occupies a whole is no part of it
    ("Ten per cent of our population is covered by health insurance.", None, "population", "XXX"),
    ("A third of our territory was occupied by foreign forces in 1993.", None, "land_area", "XXX"),
])
def test_shares_name_their_part(text: str, part: str, whole: str, entity: str) -> None:
    share = next(c for c in checkable(text, about="XXX") if c.kind == "share")
    assert (share.subject.indicator, share.subject.entity) == (part, entity)
    assert share.against is not None and share.against.indicator == whole


@pytest.mark.parametrize(("text", "indicator"), [
    ("Today Sri Lanka's literacy rate stands at 92 per cent, one of the highest in the world.", "literacy_rate"),
    ("Our unemployment level is one of the lowest in the world at 5 per cent.", "unemployment"),
])
def test_one_of_the_highest_in_the_world_ranks_the_clauses_measure(text: str, indicator: str) -> None:
    ranks = [c for c in checkable(text, about="LKA") if c.kind == "rank"]
    assert [r.subject.indicator for r in ranks] == [indicator]


def test_that_of_another_country_takes_the_figure_after_it() -> None:
    found = checkable("Since 2010 the exports of Germany have increased almost four times and those of France "
                      "three times.", about="USA")
    assert [(c.subject.entity, c.claimed.value) for c in found if c.claimed] == [("DEU", 300), ("FRA", 200)]


def test_global_names_the_world() -> None:
    assert only("Global CO2 emissions have increased by 1.5 per cent in 2018.", about="KHM").subject.entity == "world"


# --- not claims of fact -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In the years to come, Denmark plans on reducing emissions by 70 percent.",
    "Mongolia is fulfilling its nationally determined contribution to reduce its emissions by 14 per cent.",
    "Let the Governments be called upon to reduce their military budgets by 15 per cent.",
    "The proposal for a reduction of 15 per cent in military budgets is more than timely.",
    "The sum of only $1,000 million would pay for the construction of 200 hospitals.",
    "The world economy is estimated to grow by some 2.7 per cent in 2019.",
    "The Kigali decision to impose a 0.2 per cent levy on eligible imports shows resolve.",
    "Our per capita income is expected to grow to $1,602 by the end of the year, from only $543 in 2005-2006.",
    # a condition whose consequence is to come: nothing in it has happened
    "If to this deficit is added the sum of $38,000,000, the deficit will be increased to $73,075,620.",
])
def test_aims_proposals_counterfactuals_and_levies_are_not_claims(text: str) -> None:
    assert checkable(text) == []


def test_a_figure_said_not_to_be_is_not_claimed() -> None:
    found = checkable("In the 18 months after the war began, prices rose not 4.5 percent, but 13.5 percent.",
                      about="USA")
    values = [c.claimed.value for c in found if c.claimed and c.claimed.value is not None]
    assert values == [13.5]


def test_an_average_annual_rate_over_years_is_not_a_change() -> None:
    found = claims("Global CO2 emissions have increased by 1.5% per year over the past ten years.", about="KHM")
    assert [c.kind for c in found] == ["other"]


# --- noun phrases around the verb ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "indicator", "values"), [
    ("The net enrolment ratio in primary schools increased significantly from 79.2 per cent in 2000 to "
     "97.7 per cent in 2015.", "net_enrolment_ratio", [79.2, 97.7]),
    ("The number of students enrolled in secondary school has also increased from 1.6 million in 2015 to "
     "2.1 million in 2018.", "students", [1.6e6, 2.1e6]),
    ("The volume of remittances has risen sharply by 20 per cent.", "remittances", [20]),
    ("The share of renewable electricity has steadily grown to 41 per cent.", "renewable_electricity", [41]),
    ("Investors' interest is growing by 5 per cent a year.", "interest", [5]),
])
def test_adverbs_and_measure_words_do_not_hide_the_measure(text: str, indicator: str, values: list[float]) -> None:
    found = checkable(text, about="TZA")
    assert [c.subject.indicator for c in found] == [indicator] * len(values)
    assert [c.claimed.value for c in found if c.claimed] == pytest.approx(values)


@pytest.mark.parametrize("text", [
    "Exports rise to $3.9 billion in the coming year.",
    "Payments have been increased to $3.9 billion in the coming fiscal year.",
    "Spending will be cut by 5 per cent in the next fiscal year.",
])
def test_a_figure_for_the_coming_year_is_a_forecast(text: str) -> None:
    assert checkable(text, about="USA") == []


@pytest.mark.parametrize("text", [
    "Our Government has adopted a policy intended to demilitarize the economy, including a 50 per cent reduction in "
    "our army over five years.",
    "The Agenda encapsulates the aspirations of Member States to eradicate poverty and reduce inequality.",
])
def test_what_a_policy_is_intended_to_do_is_no_claim(text: str) -> None:
    assert checkable(text, about="BLR") == []


@pytest.mark.parametrize("text", [
    "We are on track to cut emissions by 40 per cent.",
    "Exports are on course to reach $5 billion.",
    "Kiribati is on the trajectory to having more than 50 per cent of its population vaccinated.",
    "We are well on our way to halving poverty from 20 per cent.",
    "The country is on the path to doubling its exports.",
])
def test_being_on_track_to_a_figure_is_a_target_not_a_fact(text: str) -> None:
    assert checkable(text, about="KIR") == []


def test_being_on_track_leaves_a_fact_said_apart_from_it() -> None:
    found = checkable("We are on track: exports rose 5 per cent in 2018.", about="KIR")
    assert [(c.kind, c.subject.indicator, c.claimed and c.claimed.value) for c in found] == [("change", "exports", 5)]


# --- trends said with a noun ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "indicator", "relation"), [
    ("We have seen an increase in exports.", "exports", "rising"),
    ("There has been a sharp decline in poverty since 2015.", "poverty_rate", "falling"),
    ("Uruguay has enjoyed significant economic growth over the past 15 years.", "gdp", "rising"),
    ("Our economy recorded robust growth last year.", "gdp", "rising"),
    ("Exports saw a sharp rise in 2018.", "exports", "rising"),
    ("We are witnessing a steady reduction in unemployment.", "unemployment", "falling"),
])
def test_a_trend_named_by_a_noun_after_a_verb_of_witnessing(text: str, indicator: str, relation: str) -> None:
    claim = only(text, about="URY")
    assert (claim.kind, claim.subject.indicator, claim.claimed and claim.claimed.relation) == \
        ("trend", indicator, relation)


@pytest.mark.parametrize(("text", "indicator", "relation"), [
    ("The growth of direct trade between the two countries has been both encouraging and beneficial.", "trade",
     "rising"),
    ("The decline in unemployment has boosted consumption.", "unemployment", "falling"),
])
def test_a_trend_noun_that_is_the_subject_of_what_happened_is_a_trend(text: str, indicator: str,
                                                                       relation: str) -> None:
    claim = only(text, about="PER")
    assert (claim.kind, claim.subject.indicator, claim.claimed and claim.claimed.relation) == \
        ("trend", indicator, relation)


@pytest.mark.parametrize(("text", "found"), [
    ("In the latter part of the year, some decline in employment occurred.", [("employment", "falling")]),
    ("A sharp decline in employment took place last year.", [("employment", "falling")]),
    ("Through deregulation we've increased exports.", [("exports", "rising")]),
    # a causative "sent X soaring", and a spike a verb unleashed, both said in one clause
    ("The war has sent the price of gas soaring and has unleashed a spike in inflation.",
     [("inflation", "rising"), ("price", "rising")]),
])
def test_trends_said_as_events_contractions_and_causes(text: str, found: list[tuple[str, str]]) -> None:
    got = [(c.subject.indicator, c.claimed.relation) for c in checkable(text, about="GRC")]
    assert sorted(got) == found


def test_a_spike_in_inflation_takes_no_commodity_from_a_price_beside_it() -> None:
    (inflation,) = [c for c in checkable("The war sent the price of gas soaring and unleashed a spike in inflation.",
                                         about="GRC") if c.subject.indicator == "inflation"]
    assert inflation.subject.commodity is None


@pytest.mark.parametrize(("text", "found"), [
    # what the noun says happened, and what it made possible
    ("The growth of the Peruvian economy in the past 20 years has allowed us to reduce poverty.",
     [("gdp", "rising"), ("poverty_rate", "falling")]),
    ("These reforms enabled us to cut unemployment.", [("unemployment", "falling")]),
    ("Their support has helped us reduce poverty and achieve social growth.", [("poverty_rate", "falling")]),
    ("This will allow us to reduce poverty.", []),  # what may come
    ("We need a plan that helps us to reduce poverty.", []),
])
def test_what_a_past_verb_made_possible_happened(text: str, found: list[tuple[str, str]]) -> None:
    got = [(c.subject.indicator, c.claimed.relation) for c in checkable(text, about="PER")]
    assert sorted(got) == found


@pytest.mark.parametrize("text", [
    "The growth of the economy is essential.",  # nothing said to have happened
    "The expansion of Federal employment agencies has proved most effective.",  # agencies grew
    "The rise in prices will hurt families.",
])
def test_a_trend_noun_said_of_no_event_or_another_noun_is_no_trend(text: str) -> None:
    assert checkable(text, about="PER") == []


@pytest.mark.parametrize("text", [
    "There has been an increase in violence.",  # no measure the rules know
    "An increase in exports is good.",  # no verb of witnessing
    "There is no increase in exports.",  # said not to have happened
    "There has been no decline in poverty.",
    "Nobody has seen a decline in poverty.",
    "We want to see an increase in investment.",  # a wish
    "We have seen increased violence.",  # a participle before no measure the rules know
    "Rising exports are good for the economy.",  # no verb of witnessing
    "We have seen many crises in the region, and we need higher investment.",  # a new clause, not a list
    "There is a link between increasing poverty and conflict.",  # the participle is not what is witnessed
    "We have registered our concern, and increased investment is needed.",  # a subject of its own verb
    "The Loss and Damage Fund was set up, and massive tax cuts were made.",  # directions only beside a figure
])
def test_a_trend_noun_without_a_witnessed_measure_is_no_trend(text: str) -> None:
    assert [c for c in checkable(text, about="URY") if c.kind == "trend"] == []


# --- shares of a whole the lexicon does not name ----------------------------------------------------------

@pytest.mark.parametrize(("text", "whole", "value"), [
    ("Some 54 per cent of Belize's electricity is already generated from renewable sources.", "electricity", 54),
    ("More than 70 percent of the Government's expenditures are required to meet the costs of past wars.",
     "expenditures", 70),
    ("The military occupation of 37 per cent of our country continues.", "land_area", 37),
    ("Almost a third of fish stocks are harvested at unsustainable levels.", "fish_stocks", 33.33),
    ("The storm damaged 80 per cent of our housing stock.", "housing_stock", 80),
    # the whole ends where a clause about it begins
    ("Developing countries have received a mere ten per cent of the stimulus packages the richest nations have "
     "deployed.", "stimulus_packages", 10),
])
def test_a_share_of_a_whole_named_by_its_noun_phrase(text: str, whole: str, value: float) -> None:
    claim = only(text, about="BLZ")
    assert claim.kind == "share" and claim.against is not None and claim.against.indicator == whole
    assert claim.claimed is not None and claim.claimed.value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("text", [
    "We cut 50 per cent of them.",  # a pronoun is no whole
    "The net worth of the bottom half of wage earners has doubled.",  # a group, not a share
    "It has been a quarter of a century.",  # a span of time
    "We celebrate the twenty-fifth anniversary of the Convention.",  # an ordinal, not 20/5
])
def test_no_share_of_a_pronoun_a_group_a_span_or_an_ordinal(text: str) -> None:
    assert [c for c in checkable(text, about="BLZ") if c.kind == "share"] == []


# --- sums of money and objects of a change, named by their noun phrase -------------------------------------

@pytest.mark.parametrize(("text", "kind", "indicator", "value"), [
    ("Corporate profits total $17 billion after taxes.", "level", "corporate_profits", 17e9),
    ("The Government announced an economic package worth €1.81 billion.", "level", "economic_package", 1.81e9),
    ("In 1960 there were programs with outlays of $8 billion.", "level", "outlays", 8e9),
    ("Last year we issued a $21 million blue bond.", "level", "blue_bond", 21e6),
    ("The storms caused $1 billion worth of infrastructure losses.", "level", "infrastructure_losses", 1e9),
    ("We have increased our judiciary by 40 percent.", "change", "judiciary", 40),
    ("The Government cut its spending on defence by 3 per cent.", "change", "spending", -3),
    ("We have increased the allocation of our constituency development fund by more than 1,000 per cent.",
     "change", "constituency_development_fund", 1000),
    # a relative clause between the subject and its verb
    ("The debt with which we are now confronted is about 290 billion dollars.", "level", "debt", 290e9),
    # a period between the subject and its verb, and a double hyphen used as a dash
    ("Home building is booming--housing starts last year were up more than 40 percent from 1970.", "change",
     "housing_starts", 40),
    # the verb that moves the sum names it, and does not make it a change
    ("Between November and August we lost approximately €350 million.", "level", "losses", 350e6),
    ("Germany has set aside more than three billion euro this year for crisis management.", "level",
     "allocations", 3e9),
    # ... unless the noun after "in" says what the money is
    ("Last year the Treasury collected $4 billion in customs duties.", "level", "customs_duties", 4e9),
    ("In less than five years the administration has collected $373,000 million in taxes.", "level", "taxes",
     373e9),
    ("We contributed $10 million in humanitarian assistance in 2018.", "level", "humanitarian_aid", 10e6),
    ("We have mobilized $100 million in recent years.", "level", "funds_mobilized", 100e6),
    ("We lost $5 billion in real terms.", "level", "losses", 5e9),
    ("The country has lost more than $350 million in funds.", "level", "losses", 350e6),  # money says nothing
    # a change noun that names a sum lost is that sum, as the verb is
    ("Hurricane Maria caused losses of $2 billion in 2017.", "level", "losses", 2e9),
    ("The drought caused crop losses of $300 million in 2018.", "level", "crop_losses", 300e6),  # what was lost
    ("We suffered huge losses of $2 billion in 2018.", "level", "losses", 2e9),  # how big is no name
    ("The floods caused economic losses of $2 billion in 2018.", "level", "disaster_losses", 2e9),
    # ... but a measure the lexicon knows keeps its fall
    ("Exports registered a loss of $5 million compared with 2020.", "change", "exports", -5e6),
])
def test_money_and_changed_objects_are_named_by_their_noun_phrase(text: str, kind: str, indicator: str,
                                                                   value: float) -> None:
    claim = only(text, about="USA")
    assert (claim.kind, claim.subject.indicator) == (kind, indicator)
    assert claim.claimed is not None and claim.claimed.value == pytest.approx(value)


def test_a_figures_own_words_name_no_measure() -> None:
    (dinars,) = claims("We have allocated 60 million Libyan dinars to the Commission.", about="LBY")
    # the currency's words name nothing; the verb that moves the sum does
    assert (dinars.subject.indicator, dinars.claimed and dinars.claimed.unit) == ("allocations", "LYD")
    found = claims("It is time to provide loans to the tune of approximately $500 billion.", about="USA")
    assert [c.kind for c in found] == ["other"]
    assert checkable("The Government approved a budget of about $5 billion.", about="USA")[0].subject.indicator \
        == "budget"


def test_a_stated_need_is_not_a_claim() -> None:
    assert checkable("This involves the need for a supplemental appropriation of $1.3 billion.", about="USA") == []


# --- Cold-War speeches: sub-regions, comparisons with the past, one figure per country -------------------

def test_a_figure_against_its_own_past_is_a_change_from_that_year() -> None:
    claim = only("According to figures quoted in the Economic Bulletin for Europe, exports from Eastern Europe to "
                 "Western Europe in 1952 were approximately one-quarter of what they had been in 1938.",
                 date="1953-09")
    assert (claim.kind, claim.subject.entity, claim.subject.partner) == ("change", "Eastern Europe", "Western Europe")
    assert (claim.period.start, claim.period.base_start) == ("1952", "1938")
    assert claim.claimed is not None and (claim.claimed.value, claim.claimed.relation) == (-75, "approx")
    assert only("Our exports are now twice what they were in 2010.").claimed.value == 100  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "value", "period", "base"), [
    ("Inflation is now half what it was a year ago.", -50, "2018", "2017"),  # a year before the claim's year
    ("Inflation is half what it was last year.", -50, "2019", "2018"),  # this year against the last
    ("Poverty is a third of what it was a decade ago.", -66.6667, "2018", "2009"),
])
def test_a_figure_against_what_it_was_years_ago(text: str, value: float, period: str, base: str) -> None:
    c = only(text)
    assert c.claimed is not None
    assert (c.kind, c.claimed.value, c.period.start, c.period.base_start) == ("change", value, period, base)


@pytest.mark.parametrize(("text", "indicator", "value", "base"), [
    ("The average price of farm produce has fallen to about 80 per cent of the levels of 1928.", "price", -20, "1928"),
    ("Prices fell to 80 per cent of their 1928 level.", "price", -20, "1928"),
    ("Industrial output is now 120 per cent of its 1913 level.", "industrial_production", 20, "1913"),
    ("Exports rose to 8 times the level of 1913.", "exports", 700, "1913"),
])
def test_a_per_cent_of_its_own_past_level_is_a_change_from_that_year(text: str, indicator: str, value: float,
                                                                       base: str) -> None:
    claim = only(text, date="1930-01", about="USA")
    assert (claim.kind, claim.subject.indicator, claim.period.base_start) == ("change", indicator, base)
    assert claim.claimed is not None and claim.claimed.value == pytest.approx(value)


def test_each_figure_takes_the_country_named_after_it_and_a_month_base() -> None:
    found = checkable("In September 1952 the subsistence minimum had increased by 45 per cent in France as compared "
                      "with September 1949, by 35 per cent in Norway, 28 per cent in Sweden.", date="1953-09")
    assert [(c.subject.indicator, c.subject.entity, c.claimed and c.claimed.value) for c in found] == [
        ("subsistence_minimum", "FRA", 45), ("subsistence_minimum", "NOR", 35), ("subsistence_minimum", "SWE", 28)]
    assert {(c.period.start, c.period.base_start) for c in found} == {("1952-09", "1949-09")}


@pytest.mark.parametrize("text", [
    "It should be pointed out that one-third of the total trade of Western Europe was with Eastern Europe.",
    "As was noted that exports rose 5 per cent in 2018.",
])
def test_an_impersonal_or_passive_report_names_no_claimant(text: str) -> None:
    assert all(c.claimant is None for c in claims(text))


def test_a_clause_without_a_country_takes_the_one_its_sentence_is_about() -> None:
    claim = only("Out of the total of 37,000 million marks which the Federal Republic of Germany is spending in "
                 "1957, no less than 9,000 million marks are for military expenditures.", date="1958-09")
    assert (claim.subject.indicator, claim.subject.entity) == ("defence_spending", "DEU")


def test_a_sentence_beginning_those_refers_to_the_previous_sentences_country() -> None:
    found = checkable("Monopoly profits in the United States grew fast. Those profits had been 23 per cent of "
                      "invested capital in 1948.", date="1950-09")
    assert [c.subject.entity for c in found if c.claimed and c.claimed.value == 23] == ["USA"]
    # without the pronoun, the document's own country stays the default
    found = checkable("Monopoly profits in the United States grew fast. Industrial output rose 23 per cent in "
                      "1948.", date="1950-09")
    assert [c.subject.entity for c in found if c.claimed and c.claimed.value == 23] == ["BLR"]


@pytest.mark.parametrize("text", [
    "2,360 tanks are to be delivered to Western Germany.",
    "West Germany is to have an air force of 86,000 men.",
])
def test_what_is_to_be_is_a_plan_not_a_fact(text: str) -> None:
    assert checkable(text, date="1954-09") == []


# --- several figures in one statement ----------------------------------------------------------------------

def test_a_change_then_the_level_it_reached_is_not_a_range() -> None:
    change, level = checkable("The trade deficit widened by $2 billion to $10 billion.", about="KEN")
    assert (change.kind, change.claimed and change.claimed.value) == ("change", -2e9)  # the balance fell
    assert (level.kind, level.claimed and level.claimed.value) == ("level", -10e9)
    assert only("Exports increased by 2 to 3 per cent.", about="KEN").claimed.value == 2.5  # type: ignore[union-attr]


def test_a_relative_clause_of_what_is_now_is_a_fact_after_an_aim() -> None:
    (level,) = checkable("We must reduce the national debt, which now stands at $252 billion.", about="USA")
    assert (level.kind, level.subject.indicator, level.claimed and level.claimed.value) == ("level", "public_debt",
                                                                                             252e9)
    assert checkable("Our goal is to reach $5 billion in exports, which is 3 per cent of GDP.", about="USA") == []


def test_up_n_per_cent_from_a_year_names_the_base() -> None:
    level, change = checkable("Tourism revenue amounted to $2 billion, up 15 per cent from 2017.", about="KEN")
    assert (level.period.start, change.period.start, change.period.base_start) == ("2018", "2018", "2017")


@pytest.mark.parametrize(("text", "part", "whole", "value"), [
    ("Remittances reached $4 billion, or 12 per cent of GDP.", "remittances", "gdp", 12),
    ("We host 1.2 million refugees, 60 per cent of whom are children.", None, "refugees", 60),
    ("Estonia received nearly 55,000 refugees, which is 4 per cent of our country’s population.", "refugees",
     "population", 4),
    # a relative clause that says what is now is a fact, whatever the clause before means to do; a bare deficit is the
    # budget's
    ("We will cut the deficit, which currently amounts to 5 per cent of GDP.", "budget_balance", "gdp", 5),
])
def test_a_share_said_in_apposition_is_of_what_came_before(text: str, part: str | None, whole: str,
                                                           value: float) -> None:
    (share,) = [c for c in checkable(text, about="KEN") if c.kind == "share"]
    assert (share.subject.indicator, share.against and share.against.indicator) == (part, whole)
    assert share.claimed is not None and share.claimed.value == value


# --- counts by name, and deaths ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "indicator", "value"), [
    ("The Government increased the total number of national parks to 24.", "national_parks", 24),
    ("The number of stateless persons fell to 120.", "stateless_persons", 120),
    ("Hurricane Maria killed 65 people.", "disaster_deaths", 65),
    ("The death toll of the conflict has exceeded 400,000.", "war_deaths", 400_000),
    ("More than 300 people died in the floods.", "disaster_deaths", 300),
    ("More than 300 people died in the riots.", "deaths", 300),
])
def test_a_small_count_said_by_name_or_deaths_is_a_level(text: str, indicator: str, value: float) -> None:
    claim = only(text, about="TZA")
    assert (claim.kind, claim.subject.indicator, claim.claimed and claim.claimed.unit) == ("level", indicator, "count")
    assert claim.claimed is not None and claim.claimed.value == value


# --- comparisons without a figure, and against an earlier year --------------------------------------------

def test_higher_than_an_earlier_year_is_a_trend_and_keeps_the_level() -> None:
    level, trend = checkable("Similarly, military spending in 2016 was $1.69 trillion, which was higher than in 2015.",
                             about="KEN")
    assert (level.kind, trend.kind, trend.claimed and trend.claimed.relation) == ("level", "trend", "rising")
    assert (trend.period.start, trend.period.base_start) == ("2016", "2015")


def test_higher_than_another_series_is_a_ratio_of_one() -> None:
    claim = only("Exports to China are now higher than exports to Russia.", about="KEN")
    assert (claim.kind, claim.subject.partner, claim.against and claim.against.partner) == ("ratio", "CHN", "RUS")
    assert claim.claimed is not None and (claim.claimed.value, claim.claimed.relation) == (1, "over")


@pytest.mark.parametrize(("text", "value", "against"), [
    ("Our exports to China are 20 per cent higher than our exports to India.", 1.2, ("exports", "KEN", "IND")),
    ("Our GDP per capita is 40 per cent above the world average.", 1.4, ("gdp_per_capita", "world", None)),
    ("Exports to the EU are 30 per cent lower than exports to Asia.", 0.7, ("exports", "KEN", "Asia")),
    ("Our per capita income is 40 per cent above the global average.", 1.4, ("gdp_per_capita", "world", None)),
])
def test_a_per_cent_higher_than_another_series_is_a_ratio(text: str, value: float,
                                                           against: tuple[str, str, str | None]) -> None:
    claim = only(text, about="KEN")
    assert claim.kind == "ratio" and claim.against is not None and claim.claimed is not None
    assert (claim.claimed.value, (claim.against.indicator, claim.against.entity, claim.against.partner)) == (
        value, against)


@pytest.mark.parametrize(("text", "indicator", "value", "against_entity"), [
    ("Our GDP per capita is twice the world average.", "gdp_per_capita", 2, "world"),
    ("Our inflation is half the global average.", "inflation", 0.5, "world"),
    ("Our inflation is half the EU average.", "inflation", 0.5, "EU"),
])
def test_a_multiple_of_an_average_is_a_ratio_against_whose_average_it_is(text: str, indicator: str, value: float,
                                                                          against_entity: str) -> None:
    claim = only(text, about="KEN")
    assert claim.kind == "ratio" and claim.against is not None and claim.claimed is not None
    assert (claim.subject.indicator, claim.subject.entity, claim.claimed.value, claim.against.entity) == (
        indicator, "KEN", value, against_entity)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Our economy grew at twice the world average.", "growth", 2),  # the pace, not the level
    ("Our exports grew at three times the global average last year.", "growth", 3),  # no change against itself
])
def test_growing_at_a_multiple_of_an_average_is_a_growth_comparison(text: str, kind: str, value: float) -> None:
    claim = only(text, about="KEN")
    assert claim.against is not None and claim.claimed is not None
    assert (claim.kind, claim.claimed.value, claim.against.entity) == (kind, value, "world")


@pytest.mark.parametrize("text", [
    "Youth unemployment is twice the national average.",  # which part of the nation is unnamed
    "Our tariffs are half the EU average.",  # no measure the lexicon knows
])
def test_a_multiple_of_an_average_of_nothing_named_is_no_ratio(text: str) -> None:
    assert [c for c in checkable(text, about="KEN") if c.kind == "ratio"] == []


def test_a_per_cent_lower_keeps_its_hedge_on_what_is_left() -> None:
    claim = only("Our exports are more than 20 per cent lower than Uganda's exports.", about="KEN")
    assert claim.claimed is not None and (claim.claimed.value, claim.claimed.relation) == (0.8, "under")


def test_a_per_cent_higher_than_another_commodity_is_a_ratio_of_the_two() -> None:
    claim = only("Coffee exports are 20 per cent higher than tea exports.", about="KEN")
    assert claim.against is not None and (claim.kind, claim.subject.commodity, claim.against.commodity) == (
        "ratio", "coffee", "tea")


def test_a_per_cent_above_an_unnamed_average_of_the_same_series_is_no_level() -> None:
    assert checkable("Wages in the sector are 80 percent above the national average.", about="KEN") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Prices are 5 per cent higher than last year.", 5),  # against its own past: a change
    ("Exports rose 5 per cent more than imports.", 5),  # a difference of growth, read as the change said
])
def test_a_per_cent_higher_than_its_past_or_after_a_verb_stays_a_change(text: str, value: float) -> None:
    claim = only(text, about="KEN")
    assert (claim.kind, claim.claimed and claim.claimed.value) == ("change", value)


def test_n_times_that_of_a_year_is_a_change_from_it() -> None:
    claim = only("Our GDP per capita is now three times that of 1990.", about="KEN")
    assert (claim.kind, claim.period.base_start, claim.claimed and claim.claimed.value) == ("change", "1990", 200)


def test_a_clause_with_a_share_keeps_its_other_amounts() -> None:
    found = checkable("Hurricane Maria passed over Dominica, killed 65 people and wiped out 200 per cent of GDP.",
                      about="KNA")
    assert sorted((c.kind, c.claimed and c.claimed.value) for c in found) == [("level", 65), ("share", 200)]
    share = next(c for c in found if c.kind == "share")
    assert share.subject.indicator != "deaths"  # the part is not the figure before it


def test_a_call_for_money_is_not_a_claim() -> None:
    assert checkable("The Secretary-General's call for resources of at least 10 per cent of the world's GDP "
                     "deserves support.", about="SEN") == []


@pytest.mark.parametrize(("text", "value"), [
    ("The 2 million jobs we created last year are real.", 2e6),
    ("Unemployment is now at 4 per cent, and 3 million jobs were lost.", -3e6),
])
def test_jobs_then_a_verb_of_creating_or_losing_is_a_change(text: str, value: float) -> None:
    (change,) = [c for c in checkable(text, about="USA", date="2010-01") if c.subject.indicator == "employment"]
    assert change.kind == "change" and change.claimed is not None and change.claimed.value == value
    assert only("We have 3 million jobs in tourism.", about="USA").kind == "level"


@pytest.mark.parametrize("text", [
    "We agreed a $21 million swap to protect 30 per cent of our exclusive economic zone.",
    "It is the first method to rid the oceans of plastic and remove 50 per cent of the Great Pacific Garbage Patch.",
    "I have proposed a wage standard of 7%.",
])
def test_a_share_someone_means_to_act_on_is_no_claim(text: str) -> None:
    assert [c for c in checkable(text, about="SYC") if c.claimed and c.claimed.unit == "%"] == []


def test_a_fact_achieved_with_to_is_still_a_claim() -> None:
    assert only("We were able to reduce poverty by 30 per cent.", about="KEN").kind == "change"


@pytest.mark.parametrize("text", [
    "It is said that a year of education can increase income by approximately 10 per cent.",
    "But we can increase our annual output by at least one-third above the present level.",
])
def test_what_can_change_by_a_figure_is_no_claim(text: str) -> None:
    assert checkable(text, about="KOR") == []


def test_a_pledge_made_said_of_what_was_done_with_it_is_a_fact() -> None:
    (c,) = checkable("One year has passed, and only 50 per cent of the pledged funding has been provided.",
                     about="YEM")
    assert (c.kind, c.claimed.value, c.against and c.against.indicator) == ("share", 50, "pledged_funding")
    assert checkable("We pledged $5 billion.", about="YEM") == []


@pytest.mark.parametrize("text", [
    "Defense expenditure is high, yet we struggle to pool USD 100 billion for climate action.",
    "The government has taken the decision to recruit 1,500 additional soldiers.",
    "We are looking to deploy more than $20 billion in renewable energy.",
    "Africa signed an agreement to purchase 220 million vaccine doses.",
])
def test_a_figure_a_verb_after_to_means_to_reach_is_no_claim(text: str) -> None:
    assert checkable(text, about="KEN") == []


@pytest.mark.parametrize(("text", "value"), [
    ("We have been able to recruit 44,000 new teachers since 2015.", 44000),
    ("The friendly countries donated to Yemen nearly 1 million vaccine doses in 2018.", 1e6),
    ("Exports rose to reach $5 billion in 2018.", 5e9),
    ("The initiative has helped to export more than 6 million tonnes of grain.", 6e6),
])
def test_a_figure_after_to_that_was_reached_is_kept(text: str, value: float) -> None:
    assert [c.claimed.value for c in checkable(text, about="KEN") if c.claimed] == [value]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Two and one-half billion dollars was spent on the new highways.", 2.5e9, "USD"),
    ("Japan has provided foreign aid of over 170 billion Japanese Yen.", 170e9, "JPY"),
    ("So far, we have allocated one billion Danish kroner to assist the poorest.", 1e9, "DKK"),
    ("We spent 200 billion naira on roads in 2018.", 200e9, "NGN"),
    # "A $1 billion initiative": an article before a dollar sign, not Australian dollars
    ("A $1 billion youth employment initiative was launched in 2018.", 1e9, "USD"),
    ("We implemented an EC $120 million stimulus package in 2018.", 120e6, "XCD"),  # East Caribbean dollars
    ("We spent EC$45 million on schools in 2019.", 45e6, "XCD"),
    ("We spent 20 million East Caribbean dollars on schools in 2018.", 20e6, "XCD"),
    ("The floods of 2018 caused losses of RM 5 billion.", 5e9, "MYR"),
    ("The programme lent more than 100 billion Guinean francs to women in 2018.", 100e9, "GNF"),
    ("The floods caused losses of 6.1 billion ringgit in 2018.", 6.1e9, "MYR"),
    ("The Government has spent over 4 billion vatu on the programme in 2018.", 4e9, "VUV"),
])
def test_spelled_fractions_and_named_currencies(text: str, value: float, unit: str) -> None:
    claim = only(text, about="JPN")
    assert claim.claimed is not None and (claim.claimed.value, claim.claimed.unit) == (value, unit)


@pytest.mark.parametrize(("text", "relation"), [
    ("We have seen a reduction in the deficit.", "rising"),
    ("The trade deficit fell.", "rising"),
    ("The trade deficit is widening.", "falling"),
])
def test_a_trend_of_a_deficit_is_the_opposite_trend_of_the_balance(text: str, relation: str) -> None:
    claim = only(text, about="KEN")
    assert claim.subject.indicator.endswith("_balance") and claim.claimed.relation == relation  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "He died at the age of 95.",
    "The treaty, signed by 193 states, killed hope.",
    "The storm left 300 people homeless.",
])
def test_dying_words_count_deaths_only_beside_the_people_counted(text: str) -> None:
    assert not any(c.subject.indicator == "deaths" for c in checkable(text, about="KEN"))


def test_the_injured_are_not_the_dead() -> None:
    found = checkable("More than 300 people were killed and more than 1,000 injured.", about="KEN")
    assert [(c.subject.indicator, c.claimed and c.claimed.value) for c in found] == [("deaths", 300),
                                                                                   ("injuries", 1000)]


@pytest.mark.parametrize("text", [
    "Uganda is growing, and our exports rose 10 per cent.",  # "our": the speaker's
    "While Uganda has grown, exports rose 10 per cent.",  # a subordinate clause's country is not the topic
    "Uganda's exports grew by 5 per cent in 2016. This year, exports rose 10 per cent.",
    "Uganda's exports grew by 5 per cent in 2016. It is clear that our exports rose 10 per cent.",
    "Uganda's exports grew by 5 per cent in 2016. Kenya is a lovely place to visit. Its exports fell 3 per cent.",
])
def test_the_speakers_country_stays_the_default_where_no_topic_is_sure(text: str) -> None:
    last = checkable(text, about="KEN", date="2018-09")[-1]
    assert last.subject.entity == "KEN"


@pytest.mark.parametrize(("text", "whole"), [
    ("Two thirds of our children attend school.", "children"),
    ("40 per cent of households own a radio.", "households"),
])
def test_a_whole_ends_where_its_verb_begins(text: str, whole: str) -> None:
    claim = only(text, about="KEN")
    assert claim.against is not None and claim.against.indicator == whole


def test_a_sums_own_noun_names_no_other_figure() -> None:
    found = checkable("There were 6,000 athletes from 50 countries.", about="KEN")
    assert [c.claimed and c.claimed.value for c in found] == [6000]


def test_two_shares_of_two_wholes_keep_their_parts_apart() -> None:
    found = checkable("Our agriculture, which accounts for 26.4 per cent of our overall gross domestic product and "
                      "employs more than 75 per cent of the workforce, is vital.", about="KEN")
    assert [(c.kind, c.against and c.against.indicator) for c in found] == [("share", "gdp"), ("share", "workforce")]
    assert found[1].subject.indicator != "gdp"


@pytest.mark.parametrize(("text", "value", "relation", "against"), [
    ("Exports grew at twice the rate of imports.", 2, "eq", "imports"),
    ("The economy grew at half the pace of the population.", 0.5, "eq", "population"),
    ("Exports have outstripped imports.", 1, "over", "imports"),
])
def test_growth_said_as_a_rate_of_another_or_outpacing_it(text: str, value: float, relation: str,
                                                          against: str) -> None:
    claim = only(text, about="KEN")
    assert claim.kind == "growth" and claim.against is not None and claim.against.indicator == against
    assert claim.claimed is not None and (claim.claimed.value, claim.claimed.relation) == (value, relation)


def test_a_promise_after_a_fact_leaves_the_fact_standing() -> None:
    claim = only("And although our emissions are below 0.003 per cent of global greenhouse-gas emissions, Timor-Leste "
                 "is committed to contributing to global mitigation efforts.", about="TLS")
    assert (claim.kind, claim.subject.entity, claim.against and claim.against.entity) == ("share", "TLS", "world")
    assert checkable("We are committed to ensuring that, by 2030, emissions fall by 40 per cent.", about="TLS") == []


def test_the_number_of_a_thing_names_its_count_before_any_later_measure() -> None:
    claim = only("The Government established four more national parks, increasing the total number of national "
                 "parks to 24 in order to protect our ecosystems, forests and land.", about="TZA")
    assert (claim.subject.indicator, claim.claimed and claim.claimed.value) == ("national_parks", 24)


def test_half_of_it_is_a_share_of_what_was_just_named() -> None:
    found = checkable("A total of 72 per cent of our country is under forest cover, and more than half of it is "
                      "protected.", about="BTN")
    assert [(c.kind, c.against and c.against.indicator) for c in found] == [("share", "land_area"),
                                                                           ("share", "forest_cover")]


@pytest.mark.parametrize(("text", "kept"), [
    ("Exports rose 5 per cent last year, and if this continues we would reach our target.", 1),
    ("If exports rose 5 per cent, we would be happy.", 0),
    ("Had exports risen 5 per cent, we would be happy.", 0),
    ("We would grow 5 per cent if the sanctions ended.", 0),
])
def test_a_fact_before_a_condition_stands_the_condition_does_not(text: str, kept: int) -> None:
    assert len(checkable(text, about="KEN")) == kept


@pytest.mark.parametrize(("text", "indicator", "value"), [
    ("Today the Federal Government has 59 major welfare programs and spends more than $100 billion a year on them.",
     "spending", 100e9),
    ("So far this year, we have allocated approximately $440 million to global education.", "allocations", 440e6),
    ("Our welfare system consists of some 59 programs on which more than $132 billion was spent in 1985.",
     "spending", 132e9),
])
def test_a_sum_is_named_by_the_verb_that_moves_it(text: str, indicator: str, value: float) -> None:
    sums = [c for c in checkable(text, about="USA") if c.claimed is not None and c.claimed.unit == "USD"]
    assert [(c.kind, c.subject.indicator, c.claimed.value) for c in sums] == [("level", indicator, value)]


@pytest.mark.parametrize(("text", "indicator", "value"), [
    # how many there are, said with "there are" or "has": a count however small (from 10)
    ("Today the Federal Government has 59 major welfare programs.", "welfare_programs", 59),
    ("In 1960 there were some 200 Federal grant-in-aid programs.", "federal_grant_in_aid_programs", 200),
    ("At present, there are 60 ongoing conflicts.", "ongoing_conflicts", 60),
    ("Tanzania has 34 television stations.", "television_stations", 34),
    ("We now have 550 troops in the field.", "troops", 550),
    ("Kenya today has 47 counties.", "counties", 47),  # a word of time or an adverb between
])
def test_how_many_there_are_is_a_count(text: str, indicator: str, value: float) -> None:
    claim = only(text, about="USA", date="1975-01")
    assert (claim.kind, claim.subject.indicator, claim.claimed and claim.claimed.value) == ("level", indicator, value)
    assert claim.subject.entity == {"Tanzania": "TZA", "Kenya": "KEN"}.get(text.split()[0], "USA")


@pytest.mark.parametrize("text", [
    "There are 3 reasons for this.", "We have 2 options.", "We have to build 500 schools.",
    # someone else's, a document's, none, or each one's
    "The report has 120 recommendations.", "Our neighbours have 300 tanks on our border.", "I have 100 ideas.",
    "We do not have 200 doctors in the whole country.", "Each of the 47 counties has 20 health centres.",
])
def test_a_handful_a_duty_or_someone_elses_is_no_count(text: str) -> None:
    assert checkable(text, about="USA", date="1975-01") == []


@pytest.mark.parametrize(("text", "kind", "indicator", "value"), [
    ("New financial discipline has produced an African Union budget that is 12 per cent lower than last year's.",
     "change", "african_union_budget", -12),
    ("Similarly, the cost of moving goods has been reduced by between 21 and 25 per cent.", "change", "cost", -23),
])
def test_relative_clauses_and_nouns_before_of_name_the_measure(text: str, kind: str, indicator: str,
                                                                value: float) -> None:
    claim = only(text, about="GTM")
    assert (claim.kind, claim.subject.indicator) == (kind, indicator)
    assert claim.claimed is not None and claim.claimed.value == value


def test_a_share_of_a_world_total_the_lexicon_lacks() -> None:
    claim = only("Colombia enjoys the fact that it accounts for 50 per cent of the world's paramos.", about="COL")
    assert (claim.kind, claim.subject.entity) == ("share", "COL")
    assert claim.against is not None and (claim.against.indicator, claim.against.entity) == ("paramos", "world")


@pytest.mark.parametrize(("text", "part"), [
    ("The African continent, which accounts for almost 40 per cent of the States Members of the United Nations, is "
     "not represented.", Subject("un_member_states", "Africa", None)),
    ("Africa makes up 28 per cent of UN membership.", Subject("un_member_states", "Africa", None)),
    # a part of the world's members that did something, unnamed, whoever welcomes it
    ("Fewer than half of the Member States of the United Nations have ratified the Protocol.",
     Subject(None, "world", None)),
    ("Kenya welcomes the fact that two thirds of the Member States of the United Nations have ratified the treaty.",
     Subject(None, "world", None)),
])
def test_a_share_of_the_united_nations_members_is_of_the_worlds(text: str, part: Subject) -> None:
    claim = next(c for c in checkable(text, about="KEN", date="2018-09") if c.kind == "share")
    assert claim.subject == part
    assert claim.against == Subject("un_member_states", "world", None)


def test_a_part_of_a_world_total_keeps_the_name_said_before_it() -> None:
    claim = only("Melting glaciers account for 30 per cent of sea level rise.", about="KEN")
    assert (claim.subject, claim.against) == (Subject("melting_glaciers", "world", None),
                                              Subject("sea_level_rise", "world", None))


def test_the_members_of_a_united_nations_body_are_no_member_states() -> None:
    found = checkable("Fewer than half of the members of the United Nations Security Council are elected.", about="KEN")
    assert all(c.against is None or c.against.indicator != "un_member_states" for c in found)


@pytest.mark.parametrize(("text", "entity", "whole", "whole_entity"), [
    ("Approximately 10 per cent of medicines in circulation worldwide are estimated to be counterfeit.", "world",
     "medicines", "world"),
    ("Half of the children in the world are out of school.", "world", "children", "world"),
    ("A third of the food produced globally is wasted.", "world", "food", "world"),
    ("It is estimated that seven out of every ten citizens worldwide are harmed in their rights.", "world",
     "population", "world"),
    ("We believe 10 per cent of medicines sold worldwide are counterfeit.", "world", "medicines_sold", "world"),
    # a verb of sharing gives the part its owner
    ("Despite the fact that it accounts for only 2 per cent of nuclear activities worldwide, we are inspected.",
     "IRN", "nuclear_activities", "world"),
    ("Iran hosts 3 per cent of refugees worldwide.", "IRN", "refugees", "world"),  # a whole the lexicon knows
    # a whole someone owns in its own words is theirs
    ("Some 40 per cent of our flowers sold around the world come from one valley.", "IRN", "flowers_sold", "IRN"),
    # the world's oceans are no "in the world"
    ("Pacific SIDS contribute less than 1.3 per cent of the mismanaged plastics in the world's oceans.", "SIDS",
     "mismanaged_plastics", "SIDS"),
])
def test_a_share_of_a_whole_said_worldwide(text: str, entity: str, whole: str, whole_entity: str) -> None:
    claim = next(c for c in checkable(text, about="IRN", date="2022-09") if c.kind == "share")
    assert claim.subject.entity == entity
    assert claim.against is not None and (claim.against.indicator, claim.against.entity) == (whole, whole_entity)


@pytest.mark.parametrize("text", [
    "Today a litre of gasoline in Brazil costs about $0.90.",  # a unit of measure is no measure
    "The liberated territories have the potential of 7200 megawatts of solar energy.",
    "Today more than 360 million people who previously could not have imagined it now have insurance.",
])
def test_units_adverbs_and_modals_name_no_measure(text: str) -> None:
    names = [c.subject.indicator or "" for c in checkable(text, about="BRA")]
    assert not [n for n in names if n.startswith(("litre", "megawatts")) or n.endswith("previously")], names


def test_an_average_of_a_sum_is_named_by_its_verb() -> None:
    claim = only("The Government spends an average of $500 million per annum on adaptation measures.", about="BRA")
    assert (claim.subject.indicator, claim.claimed and claim.claimed.value) == ("spending", 500e6)


def test_a_percentage_change_in_a_thing_named_after_it() -> None:
    found = checkable("We have recruited 44,000 new teachers since 2015, representing a 30 per cent increase in the "
                      "total number of teachers.", about="MDG")
    assert ("change", "teachers", 30) in [(c.kind, c.subject.indicator, c.claimed and c.claimed.value) for c in found]


def test_equal_to_another_series_is_a_ratio_of_one() -> None:
    found = checkable("Our hard-currency reserves are equal to the country's gross domestic product.", about="AZE")
    assert [(c.kind, c.subject.indicator, c.against and c.against.indicator, c.claimed and c.claimed.relation)
            for c in found] == [("ratio", "fx_reserves", "gdp", "eq")]


@pytest.mark.parametrize(("text", "indicator", "value", "relation"), [
    # the object of the multiplying verb
    ("In two years, we have doubled the size of protected areas in Brazil.", "protected_areas", 100, "eq"),
    ("We have more than doubled the number of scholarships offered to foreign citizens.", "scholarships", 100,
     "over"),
    ("Austria has doubled its bilateral development assistance and quadrupled its emergency fund.",
     "emergency_fund", 300, "eq"),
    ("The government tripled its budget for rural roads.", "budget", 200, "eq"),
    # the subject, named by the sentence
    ("In our new Parliament the number of women deputies has doubled.", "women_deputies", 100, "eq"),
    ("Since 2010 the number of registered nurses has tripled.", "registered_nurses", 200, "eq"),
])
def test_a_multiplier_changes_its_object_or_its_named_subject(text: str, indicator: str, value: float,
                                                               relation: str) -> None:
    found = [c for c in checkable(text) if c.subject.indicator == indicator]
    assert [(c.kind, c.claimed.value, c.claimed.relation) for c in found] == [("change", value, relation)]


@pytest.mark.parametrize("text", [
    "We are doubling the war against poverty this year.",
    "We doubled our fight against unemployment.",
])
def test_a_multiplied_object_that_is_no_measure_says_nothing_of_the_measure_after_it(text: str) -> None:
    assert checkable(text, about="USA") == []


def test_a_multiplier_with_a_known_object_keeps_its_partner() -> None:
    c = only("We doubled our exports to China.")
    assert (c.subject.indicator, c.subject.partner, c.claimed.value) == ("exports", "CHN", 100)


@pytest.mark.parametrize(("text", "trends"), [
    ("Mongolia has witnessed accelerated foreign-trade turnover, increased investment and a budget surplus.",
     [("trade", "rising"), ("investment", "rising")]),
    ("We have seen rising exports and falling imports.", [("exports", "rising"), ("imports", "falling")]),
    ("We have not seen any recovery, but we have seen rising exports.", [("exports", "rising")]),
    ("The country has experienced declining inflation, growing investment and a larger surplus.",
     [("inflation", "falling"), ("investment", "rising")]),
])
def test_a_list_of_trends_after_a_verb_of_witnessing(text: str, trends: list[tuple[str, str]]) -> None:
    found = [(c.subject.indicator, c.claimed.relation) for c in checkable(text, about="MNG")]
    assert found == trends


@pytest.mark.parametrize(("text", "trends"), [
    ("In neighbouring states, people now protest rising energy and food prices.", [("price", "rising")]),
    ("All of this is taking place against a backdrop of increasing global inequality.", [("inequality", "rising")]),
    ("Amid soaring inflation, the central bank raised its rates.", [("inflation", "rising")]),
    ("Our farmers are facing declining exports.", [("exports", "falling")]),
    ("In the face of plummeting oil prices, we cut spending.", [("price", "falling")]),
    ("Families felt helpless in the face of mounting inflation.", [("inflation", "rising")]),
])
def test_a_trend_taken_as_given_before_its_measure(text: str, trends: list[tuple[str, str]]) -> None:
    found = [(c.subject.indicator, c.claimed.relation) for c in checkable(text, about="MNG")]
    assert found == trends


@pytest.mark.parametrize(("text", "indicator", "commodity", "relation"), [
    ("Guatemala has been affected by the constant increase in fuel prices.", "fuel_prices", None, "rising"),
    ("Our economy is in crisis because of the drop in oil prices on the international market.", "price", "oil",
     "falling"),
    ("The situation has been aggravated by a decline in commodity prices.", "commodity_prices", None, "falling"),
    ("Thanks to a sharp rise in exports, our reserves are stable.", "exports", None, "rising"),
    ("Hotels closed owing to the decline in the number of tourists.", "tourist_arrivals", None, "falling"),
    # the cause is given as having happened (once read as "caused a decline", which it is not)
    ("The downturn was caused by a decline in exports.", "exports", None, "falling"),
])
def test_a_change_noun_taken_as_given_by_a_cause(text: str, indicator: str, commodity: str | None,
                                                 relation: str) -> None:
    found = [(c.subject.indicator, c.subject.commodity, c.claimed.relation) for c in checkable(text, about="GTM")]
    assert found == [(indicator, commodity, relation)]


@pytest.mark.parametrize("text", [
    "We are working to prevent an increase in poverty.",  # no frame that takes it as given
    "Our ability has been impaired because of a decrease in the growth of productivity.",  # a change of productivity
    "Exports were affected by an increase in violence.",  # the frame's subject is not the noun's measure
])
def test_a_change_noun_after_a_cause_needs_its_own_measure(text: str) -> None:
    assert checkable(text, about="GTM") == []


@pytest.mark.parametrize(("text", "indicator", "relation"), [
    ("Bhutan has been hit, with the increasing frequency and ferocity of natural disasters such as floods.",
     "natural_disasters", "rising"),
    ("We are alarmed by the growing number of attacks on peacekeepers.", "attacks", "rising"),
    ("The rising level of public debt worries us.", "public_debt", "rising"),
    ("Families suffer from the rising cost of living.", "inflation", "rising"),
    ("Despite the falling oil prices, we grew.", "price", "falling"),
    ("Jobs are scarce because of the decreasing number of job opportunities.", "job_opportunities", "falling"),
    ("Its growing population needs jobs.", "population", "rising"),  # a possessive is as definite
    ("Our growing exports are a sign of strength.", "exports", "rising"),
])
def test_a_definite_participle_takes_its_measures_trend_as_given(text: str, indicator: str, relation: str) -> None:
    found = [(c.subject.indicator, c.claimed.relation) for c in checkable(text, about="BTN")]
    assert found == [(indicator, relation)]


@pytest.mark.parametrize("text", [
    "A growing number of countries support the treaty.",  # who, not how many
    "We worry about the rising level of the sea.",  # no measure
    "At stake is the reduced rate of inflation that all Americans demand.",  # a result, maybe only wished for
    "This is seen in the increasing cost of iron imported from England.",  # a price, not imports
    "The world is threatened by the spiraling increase in trade of conventional arms.",  # arms, not trade at large
])
def test_a_definite_participle_without_its_own_measure_is_no_trend(text: str) -> None:
    assert checkable(text, about="BTN") == []


@pytest.mark.parametrize(("text", "found"), [
    # a bare participle that cannot take an object, in a list or after a preposition, before a measure the lexicon knows
    ("None of the problems, from the pandemic to rising food prices and growing inequality, can be solved alone.",
     [("price", "rising"), ("inequality", "rising")]),
    ("The continuing stockpiling of arsenals and ever-increasing military expenditure are worrisome.", []),
    ("Problems, from the pandemic to roaring inflation, weigh on us.", [("inflation", "rising")]),
    ("Many islands face pollution and rising sea levels.", [("sea_level", "rising")]),
    ("Hunger, rising unemployment and growing inequality threaten us.",
     [("unemployment", "rising"), ("inequality", "rising")]),
    # a verb with its object is an act, not a trend as given; only an item of a list is taken as given
    ("We have answered it by increasing our minimum wage.", []),
    ("We have returned to our policy of expanding international trade.", []),
    ("Our strategy of growing agricultural production has worked.", []),
    ("There is a risk of soaring inflation if we print money.", []),  # what may be
    ("There is no evidence of rising unemployment or falling wages.", []),  # denied
    ("We are not experiencing falling exports or declining investment.", []),
    ("Lower taxes mean growing wages and falling unemployment.", []),  # an effect in general
    ("Millions of families are at risk of falling into poverty.", []),  # people becoming poor
])
def test_a_bare_participle_in_a_list_takes_its_measures_trend_as_given(text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.subject.indicator, c.claimed.relation) for c in checkable(text, about="BTN") if c.kind == "trend"] \
        == found


@pytest.mark.parametrize(("text", "indicator", "entity"), [
    # a measure the lexicon lacks after a participle, named by its noun phrase when its head measures or counts
    ("As we are witnessing increasing natural disasters, more is required of us.", "natural_disasters", "world"),
    ("We are witnessing increasing armed conflicts.", "armed_conflicts", "world"),  # "we" see; the world's count
    ("Our region has seen rising conflicts.", "conflicts", "MNG"),  # "our": the speaker's
    ("We have seen rising homicide rates.", "homicide_rate", "MNG"),
])
def test_a_witnessed_participle_before_an_unnamed_measure(text: str, indicator: str, entity: str) -> None:
    found = [(c.subject.indicator, c.subject.entity, c.claimed.relation) for c in checkable(text, about="MNG")]
    assert found == [(indicator, entity, "rising")]


@pytest.mark.parametrize(("text", "indicator"), [
    ("The frequency of droughts has increased.", "droughts"),  # a count of them, as "the number of" is
    ("The severity of weather-related disasters is increasing year-by-year.", "weather_related_disasters_severity"),
    ("The intensity of tropical storms has increased.", "tropical_storms_intensity"),
])
def test_how_often_or_how_hard_events_strike_is_a_trend(text: str, indicator: str) -> None:
    assert [(c.kind, c.subject.indicator, c.claimed.relation) for c in claims(text, about="RWA")] == [
        ("trend", indicator, "rising")]


@pytest.mark.parametrize(("text", "indicator"), [
    ("Rising sea levels are a threat to us all.", "sea_level"),
    ("Rising inequality is one of them.", "inequality"),
    ("We all know that rising sea levels are of serious concern to us.", "sea_level"),
    ("Rising temperatures, forest fires and droughts have forced millions to move.", "temperature"),
    ("Rising prices have hurt families across our country.", "price"),  # what they did, not what they do
    ("Because rising sea levels threaten us, we act.", "sea_level"),
])
def test_a_participle_opening_its_clause_takes_its_measures_trend_as_given(text: str, indicator: str) -> None:
    assert [(c.subject.indicator, c.claimed.relation) for c in claims(text, about="MLT") if c.kind == "trend"] == [
        (indicator, "rising")]


@pytest.mark.parametrize(("text", "indicator"), [
    ("We face the threat of rising sea levels.", "sea_level"),
    ("The impact of rising food prices has been severe.", "price"),
    ("We are dealing with the consequences of falling oil prices.", "price"),
    ("This is the problem of growing inequality.", "inequality"),
])
def test_the_effects_of_a_change_take_it_as_given(text: str, indicator: str) -> None:
    assert [c.subject.indicator for c in claims(text, about="FJI") if c.kind == "trend"] == [indicator]


def test_a_risk_of_a_change_takes_nothing_as_given() -> None:
    assert [c for c in claims("We fear a risk of soaring inflation.", about="FJI") if c.kind == "trend"] == []


@pytest.mark.parametrize("text", [
    "Rising exports are good for the economy.",  # said of rising exports in general
    "Soaring prices hurt families.",
    "Rising prices could hurt families.",
    "We know that rising wages would help.",
    "Rising interest rates make borrowing more expensive.",
    "Falling prices are a sign of weak demand.",
    "Rising productivity is the key to higher wages.",
    "Rising unemployment is not inevitable.",
    "It is a myth that rising immigration lowers wages.",  # denied
    "Rising sea levels\nOur islands are at risk.",  # a heading
])
def test_a_participle_said_of_what_holds_in_general_is_no_trend(text: str) -> None:
    assert [c for c in claims(text, about="MLT") if c.kind == "trend"] == []


@pytest.mark.parametrize(("text", "found"), [
    ("The standard of living of the population is rising.", []),  # the population is whose, not what rises
    ("The level of living of the population is rising commensurately.", []),
    ("The size of the population is rising.", [("population", "rising")]),  # a word that measures
    ("Our population is growing.", [("population", "rising")]),
])
def test_the_population_after_of_is_only_whose(text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.subject.indicator, c.claimed.relation) for c in claims(text, about="BLR") if c.kind == "trend"] == found


@pytest.mark.parametrize("text", [
    "The intensity of our efforts is increasing.",  # no events: no statistic
    "The severity of the crisis is increasing.",  # one event, no count
])
def test_the_intensity_of_what_is_no_event_is_no_trend(text: str) -> None:
    assert [c for c in claims(text, about="RWA") if c.kind != "other"] == []


@pytest.mark.parametrize("text", [
    "There is a link between increasing poverty and conflict.",
    "This war is leading to rising prices.",
    "Soaring prices hurt families.",
    "People protest growing social unrest.",
])
def test_a_participle_elsewhere_is_no_trend(text: str) -> None:
    assert checkable(text, about="MNG") == []


@pytest.mark.parametrize("text", [
    "We took measures to stabilize prices, reduce inflation and boost exports.",
    "We are working hard to create jobs, increase foreign investment and develop trade.",
    "That required adjustments in order to stabilize the exchange rate, reduce domestic demand and restore growth.",
])
def test_verbs_listed_after_an_infinitive_are_no_trend(text: str) -> None:
    assert checkable(text, about="SUR") == []


@pytest.mark.parametrize(("text", "trends"), [
    ("Exports rose and expanded rapidly.", [("exports", "rising")]),
    ("Trade grew and expanded to new markets.", [("trade", "rising")]),
    ("Exports rose, and imports fell.", [("exports", "rising"), ("imports", "falling")]),
    # a second subject and verb after "and", with no comma: a second trend
    ("Our imports rose and the deficit widened.", [("imports", "rising"), ("trade_balance", "falling")]),
    ("Unemployment fell and employment rose in 2018.", [("unemployment", "falling"), ("employment", "rising")]),
    ("Exports rose and kept rising.", [("exports", "rising")]),
    # each later subject with its own commodity and partner
    ("Tea exports rose and coffee exports fell.", [("exports", "rising"), ("exports", "falling")]),
    ("The birth rate has fallen and the number of refugees has been growing.",
     [("fertility_rate", "falling"), ("refugees", "rising")]),
    # a measure inside another noun's phrase is no subject of its own
    ("Exports rose and the costs of reducing poverty rose.", [("exports", "rising")]),
    ("GDP grew and fears of higher unemployment increased.", [("gdp", "rising")]),
])
def test_a_verb_after_and_is_still_a_verb(text: str, trends: list[tuple[str, str]]) -> None:
    found = checkable(text, about="SUR")
    assert [(c.subject.indicator, c.claimed.relation) for c in found] == trends


@pytest.mark.parametrize(("text", "indicator", "relation"), [
    # better or worse, in the measure's own terms
    ("Poverty has worsened.", "poverty_rate", "rising"),
    ("Unemployment has improved.", "unemployment", "falling"),
    ("Life expectancy has improved.", "life_expectancy", "rising"),
    ("The economy has deteriorated.", "gdp", "falling"),
    ("The budget deficit has worsened.", "budget_balance", "falling"),  # the deficit grew: the balance fell
    # other ways of saying a measure moves
    ("Inflation is easing.", "inflation", "falling"),
    ("Our economy is recovering.", "gdp", "rising"),
    ("Investment has dried up.", "investment", "falling"),
    ("Inequality continues to widen.", "inequality", "rising"),
    ("Prices continue rising.", "price", "rising"),
    ("Emissions keep rising.", "emissions", "rising"),  # "keep" between the subject and its verb
    ("The number of displaced people keeps growing.", "displaced_persons", "rising"),
])
def test_a_trend_said_in_other_words(text: str, indicator: str, relation: str) -> None:
    found = [(c.subject.indicator, c.claimed and c.claimed.relation) for c in checkable(text, about="KEN")]
    assert found == [(indicator, relation)]


@pytest.mark.parametrize("text", [
    "Farm prices are now improving.",  # better for farmers, worse for buyers: no direction
    "Our Nation's forests have been improved.",  # made better in kind, not grown
    "Determined efforts have improved workers' safety standards.",  # the standards, not the workers
    "The situation has improved.",  # no measure
])
def test_better_or_worse_without_a_direction_of_its_own_is_no_trend(text: str) -> None:
    assert checkable(text, about="USA") == []


def test_a_plural_trend_noun_after_its_measure_is_no_verb() -> None:
    found = checkable("We ask business to moderate inflation by holding price increases in each sector of the economy "
                      "below the average increases of the last 2 years.", about="USA")
    assert "gdp" not in [c.subject.indicator for c in found]


def test_a_present_tense_trend_after_to_elsewhere_is_kept() -> None:
    found = checkable("Thanks to these reforms, exports rise and imports fall.", about="SUR")
    assert [(c.subject.indicator, c.claimed.relation) for c in found] == [("exports", "rising"), ("imports", "falling")]


@pytest.mark.parametrize(("text", "found"), [
    ("Inflation has come down from double digits to a single digit and is continuing to decrease.",
     [("level", "inflation", 10.0), ("trend", "inflation", "falling")]),  # under 10 per cent
    ("Exports rose by 5 per cent in 2018 and are still growing.",
     [("change", "exports", 5.0), ("trend", "exports", "rising")]),
    ("Exports rose by 5 per cent in 2018, and imports fell by 2 per cent.",
     [("change", "exports", 5.0), ("change", "imports", -2.0)]),
    # a bare participle after "and": the figure's subject goes on, a negative balance's the other way
    ("The number of post-offices in the country is 12,553, and rapidly increasing.",
     [("level", "post_offices", 12553.0), ("trend", "post_offices", "rising")]),
    ("Exports reached $5 billion in 2018, and still growing.",
     [("level", "exports", 5e9), ("trend", "exports", "rising")]),
    ("The deficit reached $5 billion in 2018, and still growing.",
     [("level", "budget_balance", -5e9), ("trend", "budget_balance", "falling")]),
    ("Exports reached $5 billion in 2018, and increasing investment helped.",  # a participle before its noun
     [("level", "exports", 5e9)]),
])
def test_a_trend_of_an_elided_subject_after_its_figures(text: str, found: list[tuple[str, str, object]]) -> None:
    got = [(c.kind, c.subject.indicator, c.claimed.value if c.claimed.value is not None else c.claimed.relation)
           for c in checkable(text)]
    assert got == found


@pytest.mark.parametrize(("text", "indicator", "entity", "value"), [
    # a large count after a verb of having names what it counts
    ("Last month we broke the world record: we have planted more than 350 million trees.", "trees", "ETH", 350e6),
    ("India has 200 million Muslims.", "muslims", "IND", 200e6),
    ("The States now assist some 6 million needy people through the programs.", "needy_people", "ETH", 6e6),
    ("Our schools now serve 3,122,000 students.", "students", "ETH", 3_122_000),
    # people taken on or trained are named by what was done for them (not all nurses: those hired)
    ("Last year we hired 12,000 nurses.", "nurses_hired", "ETH", 12_000),
    ("Last year we donated 1 million doses.", "doses", "ETH", 1e6),  # things given are counted too
    ("Cambodia deployed more than 6,300 Blue Helmets to eight countries in Africa in 2017.", "blue_helmets", "KHM",
     6300),
    ("We trained more than a half million first-responders.", "first_responders_trained", "ETH", 500_000),
    ("Last year 40,000 teachers were trained.", "teachers_trained", "ETH", 40_000),
    ("More than 40,000 healthcare workers have recently been trained on infection prevention.",
     "healthcare_workers_trained", "ETH", 40_000),
    ("More than 200,000 indigenous families were assisted with food.", "indigenous_families_assisted", "ETH", 200_000),
    # people the lexicon counts keep its name; people helped to do something are counted by what they do
    ("Last year we resettled 3,000 quota refugees.", "refugees", "ETH", 3_000),
    ("Last year they helped 4 million people find jobs.", "employment", "ETH", 4e6),
    # what the people did, or things counted, are no people done for
    ("More than 2 million veterans have served our country.", "veterans", "ETH", 2e6),
    ("Over 5,000 volunteers have helped rebuild the city.", "volunteers", "ETH", 5_000),
    ("Our ports have served 5,000 ships.", "ships", "ETH", 5_000),
    ("Actual construction starts reached 175,000 units in 1979.", "units", "ETH", 175_000),
    ("Car sales reached 17 million vehicles.", "vehicles", "ETH", 17e6),
    # people said by a word of their own keep it, whichever way the verb comes
    ("The floods affected 2 million children.", "children_affected", "ETH", 2e6),
    ("2 million children were affected by the floods.", "children_affected", "ETH", 2e6),
    # bare people, named by what was done for them
    ("We have fed more than 104 million people in over 80 countries.", "people_fed", "ETH", 104e6),
    ("Last year we trained 50,000 people.", "people_trained", "ETH", 50_000),
    ("We have arrested 2,855 people in relation to this crime.", "people_arrested", "ETH", 2855),
    # the counted noun, not a measure named after it (and named by what was done for it)
    ("The programme has reached 100,000 households in the poorest regions of the country.", "households_reached",
     "ETH", 100_000),
])
def test_a_large_count_is_a_level_of_what_it_counts(text: str, indicator: str, entity: str, value: float) -> None:
    c = only(text, about="ETH")
    assert (c.kind, c.subject.indicator, c.subject.entity, c.claimed.value, c.claimed.unit) == \
        ("level", indicator, entity, value, "count")


def test_a_people_named_by_its_demonym_is_counted() -> None:
    c = only("Today, more than 45 million Americans receive Social Security benefits.", about="USA")
    assert (c.kind, c.subject.indicator, c.claimed.value, c.claimed.unit) == \
        ("level", "people_receive_social_security", 45e6, "count")


@pytest.mark.parametrize("text", [
    "We will plant 350 million trees by 2030.",  # a target
    "It is an ambitious project to plant 10 billion trees.",  # an aim
    "We aim to provide 20,000 scholarships.",  # an aim
    "The 1,500 delegates met in Geneva.",  # a small count with no verb of having
])
def test_counts_in_plans_or_small_counts_without_a_verb_are_no_level(text: str) -> None:
    assert [c for c in checkable(text) if c.kind == "level"] == []


def test_last_month_is_the_month_before_the_document() -> None:
    (c,) = checkable("Last month exports fell by 3 per cent.", date="2019-01")
    assert (c.period.start, c.period.end) == ("2018-12", "2018-12")


@pytest.mark.parametrize(("text", "part", "whole", "value"), [
    # a figure, a participle or an adverb between "of the" and the whole
    ("Women constitute 80 per cent of the 4.5 million workers in the garment sector.", "women", "employment", 80),
    ("Women filled 58 percent of the newly created jobs last year.", None, "employment", 58),
    # as a share's whole, territory is the land area
    ("In Burkina Faso, 34 per cent of the territory has been degraded.", "degraded_land", "land_area", 34),
    # a part of a flow no partner or commodity names
    ("Imports entered free of duty were 55 per cent of the total value of imports.", None, "imports", 55),
])
def test_a_share_whole_after_modifiers(text: str, part: str | None, whole: str, value: float) -> None:
    share = next(c for c in checkable(text, about="BGD") if c.kind == "share")
    assert (share.subject.indicator, share.against.indicator, share.claimed.value) == (part, whole, value)


def test_a_share_compared_with_another_time_is_the_same_share() -> None:
    found = checkable("As a result, 67 per cent of the population now has access to electricity, as compared to "
                      "less than 50 per cent in 2015.", about="TZA")
    assert [(c.kind, c.against.indicator, c.claimed.value, c.claimed.relation, c.period.start) for c in found] == [
        ("share", "population", 67, "eq", "2018"), ("share", "population", 50, "under", "2015")]


def test_one_flow_as_a_percentage_of_another_is_a_ratio() -> None:
    c = only("Our imports were 55 per cent of exports.")
    assert (c.kind, c.subject.indicator, c.against.indicator, c.claimed.value, c.claimed.unit) == \
        ("ratio", "imports", "exports", 0.55, "ratio")


@pytest.mark.parametrize(("text", "trends"), [
    ("Cocaine use is declining.", [("cocaine_use", "falling")]),
    ("Our homicide rates have risen.", [("homicide_rate", "rising")]),
    ("Mass migration flows are increasing.", [("mass_migration_flows", "rising")]),
    ("The expenditures of the War Department have been considerably reduced.",
     [("war_department_expenditures", "falling")]),
    # every measure of a listed subject
    ("While hunger, youth unemployment and inflation are on the rise, more action is needed.",
     [("hungry_people", "rising"), ("youth_unemployment", "rising"), ("inflation", "rising")]),
    # the measure right before the verb is its subject; an earlier list is not
    ("To bring down spending, tax rates, and inflation, employment has climbed.", [("employment", "rising")]),
])
def test_a_number_less_trend_of_a_measure_named_by_the_sentence(text: str, trends: list[tuple[str, str]]) -> None:
    assert [(c.subject.indicator, c.claimed.relation) for c in checkable(text)] == trends


@pytest.mark.parametrize("text", [
    "The situation is improving.",  # no measure
    "Tensions are rising in the region.",
    "Our hopes are growing.",
    "The use of chemical weapons is rising.",  # a bare head ("use", "demand") says nothing of what is measured
    "The demand for justice is growing.",
    "The flows are increasing.",  # a bare head again
])
def test_a_number_less_trend_of_something_unmeasured_is_no_claim(text: str) -> None:
    assert checkable(text) == []


@pytest.mark.parametrize(("text", "indicator", "against", "value"), [
    ("Coral reefs sequester four times more carbon than forests.", "carbon", "carbon", 4),
    ("Last year in Africa, 10 times as many people died from AIDS as were killed in wars.", "aids_deaths",
     "war_deaths", 10),
    ("We import three times more oil than we export.", "imports", "exports", 3),
    # a quality is no measure: the ratio is kept, unnamed
    ("The hydrogen bomb was 600 times more powerful than the bombs dropped on Hiroshima.", None, None, 600),
    ("This weapon is ten times more destructive than the old one.", None, None, 10),
])
def test_a_ratio_names_the_measure_said_between_its_words(text: str, indicator: str, against: str,
                                                         value: float) -> None:
    c = only(text, about="ZAF")
    assert (c.kind, c.subject.indicator, c.against.indicator, c.claimed.value) == ("ratio", indicator, against, value)


@pytest.mark.parametrize(("text", "indicator", "base", "value"), [
    ("There are now five times as many refugees as there were in 1998.", "refugees", "1998", 400),
    ("Production is now 8 times the level of 1968.", None, "1968", 700),
    ("Exports are more than six times as much as they were seven years ago.", "exports", "2012", 500),
])
def test_a_multiple_of_a_series_own_past_is_a_change(text: str, indicator: str | None, base: str,
                                                     value: float) -> None:
    c = only(text)
    assert (c.kind, c.subject.indicator, c.period.base_start, c.claimed.value) == ("change", indicator, base, value)


def test_a_group_named_by_a_fraction_is_not_a_figure() -> None:
    found = checkable("The wealthiest 10 per cent hold 46 times more wealth than the poorest 10 per cent.")
    assert [(c.kind, c.claimed.value) for c in found] == [("ratio", 46)]


# --- regressions found in review of the 2026-11-28 changes -------------------------------------------------

def test_more_than_n_years_ago_is_a_time_not_a_base() -> None:
    (c,) = checkable("More than ten years ago, unemployment stood at 12 per cent.")
    assert (c.kind, c.period.start) == ("level", "2009")


def test_last_month_is_not_carried_to_the_next_sentence() -> None:
    found = checkable("Last month, we began reimposing sanctions. Our trade deficit ballooned to nearly $800 billion "
                      "a year.", about="USA")
    assert [(c.subject.indicator, c.period.start) for c in found] == [("trade_balance", "2018")]


def test_a_share_compared_at_another_time_only_right_after_the_share() -> None:
    found = checkable("Agriculture is 20 per cent of GDP, and unemployment is 5 per cent, down from 8 per cent in "
                      "2010.")
    assert [(c.kind, c.subject.indicator, c.claimed.value) for c in found] == [
        ("share", "agriculture", 20), ("level", "unemployment", 5), ("level", "unemployment", 8)]


def test_a_balance_as_a_percentage_of_a_flow_is_no_ratio() -> None:
    assert [c for c in checkable("Our trade deficit is 30 per cent of exports.") if c.kind == "ratio"] == []


def test_an_elided_trend_is_the_figures_subject() -> None:
    found = checkable("With inflation under control, unemployment fell to 4 per cent and is still falling.")
    assert [(c.kind, c.subject.indicator) for c in found] == [("level", "unemployment"), ("trend", "unemployment")]


@pytest.mark.parametrize("text", ["My Administration doubled them.", "We've tripled funding for schools."])
def test_a_multiplier_with_an_object_it_does_not_name_is_not_its_subjects_change(text: str) -> None:
    assert checkable(text) == []


def test_forest_is_not_a_superlative_that_hides_the_world() -> None:
    (c,) = checkable("The world's forest cover fell 3 per cent.")
    assert (c.subject.entity, c.subject.indicator) == ("world", "forest_cover")


def test_a_share_of_the_human_race_is_a_share_of_the_worlds_population() -> None:
    (c,) = checkable("One half of the human race has expressed itself for peace and against war.", date="1950-09")
    assert (c.kind, c.subject.entity, c.against.indicator, c.against.entity, c.claimed.value) == \
        ("share", "world", "population", "world", 50)


@pytest.mark.parametrize(("text", "indicator", "relation"), [
    ("Over the past decade the problem has led to a dramatic increase in our homicide rates.", "homicide_rate",
     "rising"),
    ("We have seen a decline in infant death rates.", "infant_death_rates", "falling"),
    ("The reforms resulted in a sharp fall in unemployment.", "unemployment", "falling"),
    ("The sanctions have resulted in a decline in exports.", "exports", "falling"),
    ("The pandemic caused a decline in exports.", "exports", "falling"),
    ("It led to a reduction in crime rates.", "crime_rate", "falling"),
    ("We have seen a sharp decline in the number of road deaths.", "road_deaths", "falling"),
    ("There has been an increase in the number of attacks.", "attacks", "rising"),
    ("The crisis has contributed to an increase in unemployment.", "unemployment", "rising"),
    ("We continue to see a decline in poverty.", "poverty_rate", "falling"),  # seen, not wished for
    ("We continue to see an increase in the number of children enrolled in school.", "children", "rising"),
    ("There has been an increase in cruise ship arrivals.", "cruise_ship_arrivals", "rising"),
])
def test_a_trend_said_as_witnessed_or_caused(text: str, indicator: str, relation: str) -> None:
    found = [c for c in checkable(text, about="BLZ") if c.kind == "trend"]
    assert [(c.subject.indicator, c.claimed.relation) for c in found] == [(indicator, relation)]


@pytest.mark.parametrize("text", [
    "Kenya has contributed to the Fund for the reduction of poverty.",  # a fund, not a reduction it caused
    "We want to continue to see a decline in unemployment.",  # a wish
    "There has been an increase in violence.",  # no measuring head: not a statistic
    "The crisis could lead to a decline in exports.",  # what may come
    # a cause in general, not a change that happened: "leads to", "leading to", "causing"
    "We know that supporting women and girls leads to economic growth.",
    "This war is leading to rising prices, energy scarcity and famine.",
    "Economy, resulting in reduction and reform in national taxation, promoted prosperity.",
    "Extreme weather events are causing devastation around the world and rising poverty.",
])
def test_no_trend_without_a_measure_or_with_one_to_come(text: str) -> None:
    assert [c for c in checkable(text, about="BLZ") if c.kind == "trend"] == []


@pytest.mark.parametrize(("text", "indicator", "relation"), [
    ("Currently, the number of innovative schools is increasing.", "innovative_schools", "rising"),
    ("The number of armed conflicts rose sharply.", "armed_conflicts", "rising"),
    ("The production of consumer goods also rose.", "consumer_goods_production", "rising"),
    ("Consumer confidence has been rising.", "consumer_confidence", "rising"),
])
def test_a_trend_of_a_count_or_of_a_measure_of_something(text: str, indicator: str, relation: str) -> None:
    found = [c for c in checkable(text, about="KGZ") if c.kind == "trend"]
    assert [(c.subject.indicator, c.claimed.relation) for c in found] == [(indicator, relation)]


@pytest.mark.parametrize("text", [
    "Sea-level rise and climate-related disasters loom large.",  # a noun, no verb
    "As our national production increases, more enterprises should appear.",  # what may be
    "We protest rising production costs.",  # a participle before its noun
])
def test_no_trend_from_a_noun_a_condition_or_a_participle(text: str) -> None:
    assert [c for c in checkable(text, about="KGZ") if c.kind == "trend"] == []


@pytest.mark.parametrize(("text", "indicators"), [
    ("Real per capita income and real business profits have risen.", ["gdp_per_capita", "real_business_profits"]),
    ("Pensions and other social benefits are also gradually increasing.", ["pensions", "social_benefits"]),
])
def test_a_list_of_measures_ending_with_one_the_lexicon_lacks_trends_together(text: str,
                                                                              indicators: list[str]) -> None:
    found = [c for c in checkable(text, about="KGZ") if c.kind == "trend"]
    assert sorted(c.subject.indicator for c in found) == indicators


def test_a_trend_said_before_a_clause_figure_is_kept() -> None:
    found = checkable("Incomes are soaring and exports reached $5 billion in 2018.", about="KGZ")
    assert sorted((c.kind, c.subject.indicator) for c in found) == [("level", "exports"), ("trend", "income")]


@pytest.mark.parametrize(("text", "entity"), [
    ("For the first time in two decades, the number of conflicts is rising.", "world"),
    ("The number of armed conflicts in our region has increased.", "ESP"),  # the speaker's
    ("The number of refugees in Spain has increased.", "ESP"),  # a place named
])
def test_conflicts_and_refugees_are_counted_over_the_world_unless_a_place_is_named(text: str, entity: str) -> None:
    (c,) = [c for c in checkable(text, about="ESP") if c.kind == "trend"]
    assert c.subject.entity == entity


@pytest.mark.parametrize("text", [
    # the verb moves its object, not its subject
    "The world's leading economies are engaged in a trade war, which only increases the risk of real war.",
    "Oil exports increase the risk of conflict.",
    # what happens when or as something grows, not what has happened
    "The economy becomes feverish as the scope of digital trade and financial flows grows ever greater.",
    "When exports rise, we all benefit.",
    # what is needed or called for
    "There is a vital need for expansion of trade between them.",
    "There have been calls for an increase in exports.",
    "If emissions continue to grow, we are lost.",
    # a measure that is not the object's head
    "We have strengthened and increased our equal employment opportunity enforcement.",
    "Japan and the United States have both advanced the free trade system internationally for many years.",
    "Every year of my Presidency, we've reduced the growth of nonsecurity discretionary spending.",
])
def test_no_trend_for_a_verbs_object_a_condition_or_a_need(text: str) -> None:
    assert [c for c in checkable(text, about="BLR") if c.kind == "trend"] == []


@pytest.mark.parametrize(("text", "indicator", "relation"), [
    ("Our reforms have reduced the unemployment rate.", "unemployment", "falling"),  # the object moved
    ("The reforms reduced the unemployment rate.", "unemployment", "falling"),
    ("Exports increased the most in a decade.", "exports", "rising"),  # "the most" is no object
    ("As exports rose, imports fell.", "exports", "rising"),  # a condition that happened
    ("There has been an expansion of trade.", "trade", "rising"),
    ("Violence, poverty and hunger are once again on the rise.", "poverty_rate", "rising"),
    ("Other countries watch helplessly as COVID-related deaths continue to rise.", "covid_deaths", "rising"),
    ("We have significantly increased the salaries of civil servants, police officers and nurses.", "wages",
     "rising"),
    ("Abroad, we have increased our official development assistance budget.", "oda", "rising"),
    ("Denmark is increasing its grant-based climate financing to the highest-ever level.", "climate_finance",
     "rising"),
    ("We have reduced the homicide rate for every 100,000 inhabitants.", "homicide_rate", "falling"),
])
def test_a_trend_with_an_object_or_in_the_past_is_still_read(text: str, indicator: str, relation: str) -> None:
    found = [c for c in checkable(text, about="BLR") if c.kind == "trend"]
    assert (found[0].subject.indicator, found[0].claimed.relation) == (indicator, relation)


@pytest.mark.parametrize(("text", "indicator"), [
    ("Suffice it to say that the net profits which the American monopolists obtained from oil in the Near East "
     "and the Middle East in 1955 amounted to $1,900 million.", "net_profits"),
    ("The net profits which the monopolists obtained in 1955 amounted to $1,900 million.", "net_profits"),
    ("The fees that the agency collected in 1955 came to $40 million.", "fees"),
    ("The profits that the companies made amounted to $1,900 million.", "profits"),
])
def test_a_subject_with_an_object_relative_clause_is_named_by_its_noun(text: str, indicator: str) -> None:
    (c,) = checkable(text, date="1957-09")
    assert (c.kind, c.subject.indicator) == ("level", indicator)


@pytest.mark.parametrize(("text", "indicator"), [
    ("The report shows that the exports we recorded amounted to $5 billion.", "exports"),
    ("I wish to recall that the United States contributed more than $10 billion to the initiative.",
     "contributions"),
])
def test_a_that_clause_after_a_verb_is_no_relative_clause(text: str, indicator: str) -> None:
    (c,) = checkable(text, date="1957-09")
    assert c.subject.indicator == indicator


@pytest.mark.parametrize("text", [
    "Trade with Syria came to a halt, and we lost critical trade routes from Europe and Turkey.",
    "Trade with Syria ground to a halt.",
    "Trade with Syria fell sharply, and we lost routes from Europe.",
])
def test_a_trend_is_said_of_its_own_clauses_subject(text: str) -> None:
    (c,) = [c for c in checkable(text, about="JOR") if c.kind == "trend"]
    assert (c.subject.indicator, c.subject.entity, c.subject.partner, c.claimed.relation) == \
        ("trade", "JOR", "SYR", "falling")


def test_a_verb_with_a_subject_of_its_own_is_not_said_of_an_earlier_measure() -> None:
    found = checkable("The trade fair was a success, and we lost nothing.", about="JOR")
    assert [c for c in found if c.kind == "trend"] == []


@pytest.mark.parametrize(("text", "indicators"), [
    # a second clause with a subject of its own keeps it, not the first clause's measure
    ("The receipts for the fiscal year ending June 30, 1891, were $458,544,233.03, while the expenditures for the "
     "same period were $421,304,470.46.", ["receipts", "expenditures"]),
    ("Our dutiable imports amounted to $421,856,711, and importations free of duty amounted to $444,544,211.",
     ["imports", "imports"]),
    # a clause without one shares the first clause's
    ("Exports rose 5%, imports 3%.", ["exports", "imports"]),
])
def test_each_clause_keeps_its_own_subject(text: str, indicators: list[str]) -> None:
    assert [c.subject.indicator for c in checkable(text, date="1891-12", about="USA")] == indicators


def test_a_period_between_a_relative_word_and_the_subject_is_not_part_of_the_name() -> None:
    (c,) = checkable("Salaries of Federal judges have not been adjusted for 5 years, during which time comparable pay "
                     "rates in the private sector increased 30 percent.", date="1974-01", about="USA")
    assert (c.kind, c.subject.indicator, c.claimed.value) == ("change", "comparable_pay_rates", 30)


def test_a_multiplied_measure_between_two_dated_levels_is_the_later_year_against_the_earlier() -> None:
    found = checkable("We have more than tripled financial inclusion from 26 per cent in 2006 to 82 per cent this "
                      "year.", about="KEN")
    assert sorted((c.kind, c.subject.indicator, c.claimed.value, c.period.start, c.period.base_start)
                  for c in found) == [("change", "financial_inclusion", 200, "2019", "2006"),
                                      ("level", "financial_inclusion", 26, "2006", None),
                                      ("level", "financial_inclusion", 82, "2019", None)]
    (change,) = [c for c in checkable("We have doubled exports from $2 billion in 2010 to $4 billion in 2018.",
                                      about="KEN") if c.kind == "change"]
    assert (change.period.start, change.period.base_start) == ("2018", "2010")


@pytest.mark.parametrize("text", [
    "We doubled efforts from the start.",  # no figure it moved from: no measure
    # the figure it moved from, with no date of its own, is no level
    "Kyrgyzstan reduced the number of stateless persons from 13,000 to zero over the past five years.",
])
def test_no_level_without_a_measured_object_or_for_the_figure_it_moved_from(text: str) -> None:
    assert [c for c in checkable(text, about="KGZ") if c.kind == "level"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # deaths counted by their verb say nothing of the next clause's figures
    ("More than 500 lives were lost, and more than 600 remain missing.", [("deaths", 500)]),
    # a magnitude is no count of deaths
    ("The devastating 6.8 magnitude earthquake claimed more than 800 lives.", [("disaster_deaths", 800)]),
    # a figure with its own word counts something else; one with a year after it is more deaths
    ("The earthquake claimed 800 lives and left 10,000 homeless.", [("disaster_deaths", 800)]),
    ("The attacks killed 3,000 people in 2017 and 4,000 in 2018.", [("attack_deaths", 3000),
                                                                     ("attack_deaths", 4000)]),
    ("The war has cost us 400,000 lives.", [("war_deaths", 400000)]),
])
def test_deaths_are_only_the_figure_their_verb_counts(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(c.subject.indicator, c.claimed.value) for c in checkable(text, about="SLE")] == expected


@pytest.mark.parametrize(("text", "indicator", "value"), [
    ("Annual expenditures for all forms of veterans' relief now approximate $765,000,000.", "expenditures", 765e6),
    ("The total receipts from the sale of public lands during the fiscal year were $4,379,758.10.", "receipts",
     4379758.10),
    ("The refugees numbered 2 million in 1927.", "refugees", 2e6),
])
def test_more_verbs_of_amounting_name_their_subject(text: str, indicator: str, value: float) -> None:
    (c,) = checkable(text, date="1928-12", about="USA")
    assert (c.kind, c.subject.indicator, c.claimed.value) == ("level", indicator, pytest.approx(value))


def test_a_trend_noun_names_the_measure_its_figures_moved_between() -> None:
    (c,) = checkable("I am pleased to note a global drop in early marriages from 36 per cent to 26 per cent over a "
                     "period of two years since 2015.", date="2017-09", about="MWI")
    assert (c.kind, c.subject.indicator, c.subject.entity, c.claimed.value) == ("level", "early_marriages", "world",
                                                                                26)


@pytest.mark.parametrize(("text", "indicator", "relation"), [
    ("We have reduced poverty.", "poverty_rate", "falling"),  # "reduced" alone makes the sentence worth reading
    ("We are reducing our carbon emissions, effectively.", "emissions", "falling"),
    ("We reduced poverty.", "poverty_rate", "falling"),  # the object a past verb moved
    ("Our policies reduced unemployment and increased exports.", "unemployment", "falling"),  # not unemployment rising
    ("The maternal mortality rate has skyrocketed in recent years.", "maternal_mortality", "rising"),
    ("For the first time in 20 years, the crime index has fallen 2 years in a row.", "crime_rate", "falling"),
    ("Migrant flows have fallen radically.", "migrants", "falling"),
    ("Unemployment rates fell.", "unemployment", "falling"),
    ("Personal wealth worldwide has grown exponentially in the past 20 years.", "wealth", "rising"),
])
def test_a_trend_is_said_of_the_measure_its_verb_moves(text: str, indicator: str, relation: str) -> None:
    (c,) = [c for c in checkable(text, about="USA") if c.kind == "trend"]
    assert (c.subject.indicator, c.claimed.relation) == (indicator, relation)


@pytest.mark.parametrize("text", [
    "Six days ago individual income taxes were reduced.",  # "income" is no subject before "taxes"
    "Forest reserves are created for two principal purposes.",
    "Rates of interest for industry, agriculture, and government have been reduced.",  # a preposition's object
    "Racism, intolerance, discrimination, and xenophobia against migrants are on the rise.",
    "Hostility towards refugees is growing.",
    "Our discussions focus on reforms, economic growth and expanded regional cooperation.",  # a participle
    "New technologies offer the opportunity to simultaneously reduce emissions and grow economies.",
    "Government cannot eliminate poverty or provide a bountiful economy or reduce inflation.",
    "Immigrants aren't the principal reason wages haven't gone up.",  # negated
    "Increased investment is needed.",  # a participle before its noun
    "With reduced tariffs, trade will flourish.",
    "The Loss and Damage Fund was set up, and massive tax cuts were made.",  # a noun before its own verb
])
def test_no_trend_for_a_modifier_a_prepositions_object_a_negation_or_a_participle(text: str) -> None:
    assert [c for c in checkable(text, about="USA") if c.kind == "trend"] == []


def test_a_multiplier_alone_makes_a_sentence_worth_reading() -> None:
    (c,) = checkable("Congress responded by reducing tax rates, doubling the child credit, and ending the death tax.",
                     date="2002-01", about="USA")
    assert (c.kind, c.subject.indicator, c.claimed.value) == ("change", "child_credit", 100)


def test_a_figure_after_another_takes_the_verb_only_when_the_first_one_did() -> None:
    found = checkable("In some parts of Burundi, the security situation has significantly improved to permit the "
                      "voluntary return of some 12,000 refugees of the almost 250,000 refugees who have been in "
                      "Tanzania since 2015.", date="2017-09", about="TZA")
    assert sorted((c.kind, c.claimed.value) for c in found) == [("level", 12000), ("level", 250000)]


def test_a_surface_is_no_measure_of_people_and_a_density_keeps_its_name() -> None:
    found = checkable("Our population density has increased from 400 to 600 people per square kilometre, resulting in "
                      "severe overcrowding spread over a total of 10,452 square kilometres.", date="2017-09",
                      about="LBN")
    assert [(c.subject.indicator, c.claimed.value, c.claimed.unit) for c in found if c.kind == "level"] == [
        ("population_density", 600, "count")]
    assert checkable("The fire destroyed 5,000 hectares of land.", about="LBN") == []  # no one's area


def test_a_count_followed_by_its_own_noun_is_not_a_count_of_a_measure_named_later() -> None:
    assert checkable("With no foreign financial support, we have built almost 100 new settlements and towns for "
                     "refugees and internally displaced persons.", date="2017-09", about="AZE") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a figure after another shares its verb when the first one was moved by it, object and "by" between
    ("The U.S. has reduced oil imports by 25 percent or 2 million barrels per day over the past four years.",
     [("change", -25), ("change", -2e6)]),
    # people counted before the measure that counts them
    ("Sadly, over 800 Australians have lost their lives to COVID-19.", [("level", 800)]),
])
def test_figures_keep_the_verb_and_the_measure_that_are_theirs(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(c.kind, c.claimed.value) for c in checkable(text, date="2020-09", about="USA")] == expected


def test_a_sea_named_after_a_country_is_no_place() -> None:
    (c,) = checkable("Our exclusive economic zone covers over 90,000 square kilometres of the Indian Ocean.",
                     date="2020-09", about="MDV")
    assert (c.subject.indicator, c.subject.entity) == ("eez_area", "MDV")


def test_a_rate_is_never_a_sum_of_money() -> None:
    assert checkable("Two and one-half billion dollars results from reducing corporate tax rates.", about="USA") == []


@pytest.mark.parametrize(("text", "indicator"), [
    ("The exchange rate fell to 3.2 rubles per dollar.", "exchange_rate"),  # a rate said in a currency
    ("Infectious disease deaths fell by 10 per cent in 2018.", "infectious_disease_deaths"),
    ("With better healthcare, infant deaths fell by 10 per cent in 2018.", "infant_deaths"),  # "better" is no kind
    ("Children's deaths fell by 10 per cent in 2018.", "deaths"),  # whose, not what kind
    ("The output of the economy fell 3 per cent in 2018.", "gdp"),
])
def test_review_findings_on_names(text: str, indicator: str) -> None:
    assert [c.subject.indicator for c in checkable(text, about="RUS") if c.kind != "trend"] == [indicator]


@pytest.mark.parametrize(("text", "indicators"), [
    ("Tuberculosis deaths, malaria deaths and road deaths fell.", ["tb_deaths", "malaria_deaths",
                                                                   "road_deaths"]),
    ("Exports as well as imports grow every year.", ["imports"]),  # "as well as" is no condition
    ("Sectors such as tourism grow every year.", ["tourism"]),
    ("Exports rose the following year.", ["exports"]),  # "the following year" is no object
])
def test_review_findings_on_trends(text: str, indicators: list[str]) -> None:
    assert [c.subject.indicator for c in checkable(text, about="RUS") if c.kind == "trend"] == indicators


@pytest.mark.parametrize(("text", "expected"), [
    # the pace of growth, not the level
    ("The economy slowed in 2018, and exports fell.", [("gdp_growth", "falling"), ("exports", "falling")]),
    ("Growth accelerated in 2018 and prices rose.", [("gdp_growth", "rising"), ("price", "rising")]),
    ("Exports slowed in 2018 as prices rose.", [("price", "rising")]),  # slower growth of exports is no fall
    ("Inflation slowed in 2018 and unemployment fell.", [("inflation", "falling"), ("unemployment", "falling")]),
    # a change that stopped is no fall of the level
    ("The rise in unemployment came to a halt in 2018.", []),
    ("Trade with Syria came to a halt.", [("trade", "falling")]),
])
def test_pace_and_halt_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.subject.indicator, c.claimed.relation) for c in checkable(text, about="USA") if c.kind == "trend"] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a measure said as its growth moves with its growth, whatever the verb: the measure itself may still rise
    ("Economic growth has declined.", [("gdp_growth", "falling")]),
    ("Our economic growth rate dropped in 2018.", [("gdp_growth", "falling")]),
    ("Population growth has slowed.", [("population_growth", "falling")]),
    ("The rate of population growth has declined.", [("population_growth", "falling")]),
    ("The growth of the population has slowed.", [("population_growth", "falling")]),
    ("Export growth has declined.", [("exports_growth", "falling")]),
    ("The growth of exports fell in 2018.", [("exports_growth", "falling")]),
    ("The growth of prices has slowed.", [("inflation", "falling")]),  # the growth of prices is inflation
    # said with a noun or a participle
    ("There has been a slowdown in population growth.", [("population_growth", "falling")]),
    ("We have seen a decline in economic growth.", [("gdp_growth", "falling")]),
    ("Falling economic growth threatens our progress.", [("gdp_growth", "falling")]),
    ("Population growth has accelerated.", [("population_growth", "rising")]),  # a change of pace
    # a growth that rises says the measure rises; "growth" itself, or a verb with an object, says it grew
    ("Economic growth has increased.", [("gdp", "rising")]),
    ("Rising population growth strains our cities.", [("population", "rising")]),
    ("We have seen significant economic growth.", [("gdp", "rising")]),
    ("The growth of the population increased demand for food.", [("population", "rising")]),
    # the growth of a measure named before "growth" is that measure's, not GDP's
    ("Job growth has slowed.", [("employment_growth", "falling")]),
    ("Wage growth has slowed.", [("wages_growth", "falling")]),
    ("Credit growth has fallen.", [("credit_growth", "falling")]),
    ("Growth in agriculture has slowed.", [("agriculture_growth", "falling")]),  # a sector's, said after it
    ("The growth of the economy has slowed.", [("gdp_growth", "falling")]),
    # not said as growth: the measure itself
    ("Exports have declined.", [("exports", "falling")]),
    ("The growth of direct trade has been encouraging.", [("trade", "rising")]),
])
def test_a_measure_said_as_its_growth_moves_as_growth(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.subject.indicator, c.claimed.relation) for c in checkable(text, about="USA") if c.kind == "trend"] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a later clause's own plural subject, or a fronted phrase, keeps a measure said earlier from being the subject
    ("Although the most rapid phase of global population growth is receding, in many places populations are still "
     "growing.", []),
    ("For instance, following the recent economic growth, unemployment, but not poverty, decreased modestly.",
     [("unemployment", "falling")]),
    ("Despite higher exports, unemployment rose.", [("unemployment", "rising")]),
    # falling victim, ill or prey is no decline
    ("Nurses, doctors, health workers have fallen victim.", []),
    ("Many teachers fell ill during the pandemic.", []),
    ("Millions have fallen into poverty.", []),  # more poor, not less poverty
    # a fronted phrase is one with no noun phrase of its own before the measure
    ("Thanks to these reforms poverty, as we promised, has fallen.", [("poverty_rate", "falling")]),
    # a list before the verb is still its subject, and "the numbers" are the measure's
    ("Unemployment, homelessness and overdoses have declined.", [("unemployment", "falling")]),
    ("Inflation, taxes and regulations have gone down.", [("inflation", "falling")]),
    ("Hundreds of millions of people go to bed hungry, and the numbers are rising.", [("hungry_people", "rising")]),
    # a list before the verb is still its subject
    ("Exports, imports and prices are rising.", [("exports", "rising"), ("imports", "rising"), ("price", "rising")]),
])
def test_a_trend_verb_takes_only_its_own_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.subject.indicator, c.claimed.relation) for c in checkable(text, about="USA") if c.kind == "trend"] \
        == expected


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("As a large ocean state with an area of 1.5 million square kilometres, the ocean remains a priority.", "SLB",
     1.5e6),
    ("China is a country with a vast land of 9.6 million square kilometres.", "CHN", 9.6e6),
    ("To build a network over Haiti's 27,750 square kilometres, we need help.", "HTI", 27750),
    ("We have 28,896 square kilometres.", "SLB", 28896),
])
def test_a_places_own_surface_is_its_area(text: str, entity: str, value: float) -> None:
    (c,) = checkable(text, date="2020-09", about="SLB")
    assert (c.subject.indicator, c.subject.entity, c.claimed.value) == ("area", entity, value)


@pytest.mark.parametrize("text", [
    "The fire destroyed 5,000 hectares of land.",  # what the surface is of
    "Since 1917 the pest has spread westward and now covers about 100,000 square miles.",  # not the place's
])
def test_a_surface_said_of_something_else_is_no_area(text: str) -> None:
    assert [c for c in checkable(text, date="2020-09", about="SLB") if c.subject.indicator == "area"] == []


@pytest.mark.parametrize(("text", "indicator", "value"), [
    ("Consistent with our pledge to invest in human capital, we have recruited more than 30,000 teachers in 2018.",
     "teachers_recruited", 30000),
    ("In line with our commitment to the Paris Agreement, we reduced emissions by 12 per cent in 2018.",
     "emissions", -12),
    ("As part of our plan to modernize the economy, exports rose by 10 per cent last year.", "exports", 10),
    ("In keeping with our promise, unemployment fell to 5 per cent last year.", "unemployment", 5),
    ("Despite the need for fiscal restraint, spending on research has grown nearly 11% since 2015.", "spending",
     11),
])
def test_a_fact_after_the_pledge_it_answers_to_is_kept(text: str, indicator: str, value: float) -> None:
    claim = only(text, about="ZMB")
    assert (claim.subject.indicator, claim.claimed and claim.claimed.value) == (indicator, value)


@pytest.mark.parametrize("text", [
    "Consistent with our pledge, we will recruit 30,000 teachers.",
    "In line with our commitment, we plan to cut emissions by 40 per cent.",
    "Despite the pandemic, exports will grow by 5 per cent.",
])
def test_a_promise_after_the_pledge_it_answers_to_is_still_a_promise(text: str) -> None:
    assert checkable(text, about="ZMB") == []


@pytest.mark.parametrize(("text", "indicator", "value"), [
    # (victims are named by what they are victims of, as the gold's writers name them: "forced_labour_victims")
    ("More than 200 million women and girls worldwide are victims of such mutilation.", "mutilation_victims", 200e6),
    ("Some 21 million people are victims of forced labour.", "forced_labour_victims", 21e6),
    ("Some 1 billion people live with some form of disability.", "people_with_disability", 1e9),  # a kind of it
    ("More than 50,000 Danish women and men have served in peacekeeping operations.", "women_and_men_served", 50000),
    ("Some 5 million women and children live in poverty.", "people_in_poverty", 5e6),
])
def test_people_listed_together_are_counted_together(text: str, indicator: str, value: float) -> None:
    c = only(text)
    assert (c.subject.indicator, c.claimed.value) == (indicator, value)


def test_a_count_of_millions_with_no_noun_counts_victims() -> None:
    found = checkable("Seven hundred million people live in extreme poverty, and 21 million are victims of forced "
                      "labour.", about="CUB", date="2017-09")
    # more people than Cuba has ever had: the world's
    assert [(c.subject.indicator, c.subject.entity, c.claimed.value) for c in found] == [
        ("people_in_extreme_poverty", "world", 700e6), ("forced_labour_victims", "world", 21e6)]


@pytest.mark.parametrize(("text", "indicator", "value"), [
    # a diaspora is its people's emigrants (docs: "A diaspora")
    ("Our diaspora, numbering some 3 million people, sends money home.", "emigrants", 3e6),
    ("Our armed forces, numbering 40,000 soldiers, are ready.", "soldiers", 40000),
    ("As the project stands today, a financing package totalling $27 million has been signed.", "financing_package",
     27e6),
])
def test_a_count_or_sum_said_in_apposition_is_its_nouns(text: str, indicator: str, value: float) -> None:
    c = only(text)
    assert (c.subject.indicator, c.claimed.value) == (indicator, value)


@pytest.mark.parametrize(("text", "indicator", "entity", "value"), [
    # no verb of having: what is said of the people is what they are counted by
    ("About 1 billion children live in countries where the goals are out of reach.", "children_in_countries",
     "world", 1e9),
    ("More than 13 million men, women and children in Syria are dependent on humanitarian aid.",
     "men_women_and_children_dependent_on_humanitarian_aid", "SYR", 13e6),
    ("Nearly 700,000 people in the flooded areas have been supported.", "people_in_flooded_areas", "ZMB", 7e5),
    ("Over 60 million people are on the move worldwide.", "people_on_move", "world", 60e6),
    ("Nearly 2 million children in foster care are waiting for a family.", "children_in_foster_care", "ZMB", 2e6),
])
def test_people_are_counted_by_what_is_said_of_them(text: str, indicator: str, entity: str, value: float) -> None:
    c = only(text, about="ZMB")
    assert (c.kind, c.subject.indicator, c.subject.entity, c.claimed.value) == ("level", indicator, entity, value)


@pytest.mark.parametrize("text", [
    "The Western world of 1 billion people is rich.",  # said of the world
    "We want 2 million children to go to school.",  # what is wanted
    "We will help 5 million people in Syria.",  # a promise
])
def test_people_counted_by_what_is_said_of_something_else_are_not(text: str) -> None:
    assert checkable(text, about="ZMB") == []


def test_an_adverb_after_a_counted_plural_ends_what_is_counted() -> None:
    c = only("Austria also donated over 2 million doses bilaterally to our partners.", about="AUT")
    assert (c.subject.indicator, c.claimed.value) == ("doses", 2e6)


@pytest.mark.parametrize(("text", "found"), [
    ("Wages are rising, incomes are soaring and 2.5 million Americans have been lifted out of poverty.",
     [("trend", "wages", None), ("level", "people_lifted_out_of_poverty", 2.5e6), ("trend", "income", None)]),
    ("Unemployment fell and 3 million Americans found jobs.",
     [("level", "people_found_jobs", 3e6), ("trend", "unemployment", None)]),
])
def test_people_doing_something_of_their_own_are_no_count_of_the_measure_before(text: str, found: list) -> None:
    got = claims(text, about="USA")
    assert [(c.kind, c.subject.indicator, c.claimed.value) for c in got if c.kind != "other"] == found


@pytest.mark.parametrize(("text", "expected"), [
    # the base forms of direction verbs, after "continue to" or as a plain present
    ("Emissions continue to climb.", [("emissions", "rising")]),
    ("Life expectancy continues to climb.", [("life_expectancy", "rising")]),
    ("The economy continues to expand.", [("gdp", "rising")]),
    ("Debt levels continue to balloon.", [("public_debt", "rising")]),
    # a noun after a determiner is no verb; "contract" is too often a noun ("contract labor") to be one
    ("There was a surge in exports.", [("exports", "rising")]),
    ("Congress must consider the importation of contract labor.", []),
])
def test_direction_verbs_in_their_base_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.subject.indicator, c.claimed.relation) for c in checkable(text, about="SWE") if c.kind == "trend"] \
        == expected


@pytest.mark.parametrize(("text", "entity"), [
    # the gap between rich and poor is inequality, the world's unless the speaker's own or a place is said
    ("The gap between rich and poor is widening.", "world"),
    ("This Session convenes amid growing economic inequality.", "world"),
    ("Income inequality in our country is rising.", "SOM"),
])
def test_inequality_trends_and_whose(text: str, entity: str) -> None:
    assert [(c.subject.indicator, c.subject.entity) for c in checkable(text, about="SOM") if c.kind == "trend"] \
        == [("inequality", entity)]


@pytest.mark.parametrize(("text", "indicator", "value"), [
    # a growth rate of a measure named before "growth" is a change of it, as "GDP growth of 4 per cent" is of GDP
    ("Job growth was 2.5 per cent last year.", "employment", 2.5),
    ("Wage growth reached 3.2 per cent last year.", "wages", 3.2),
])
def test_a_growth_rate_of_a_named_measure(text: str, indicator: str, value: float) -> None:
    assert [(c.kind, c.subject.indicator, c.claimed.value) for c in checkable(text, about="USA")] == [
        ("change", indicator, value)]

"""What every claim shape's reader shares: the drafts and mentions of one clause, whose figure it is
(entity and partner), which indicator a figure speaks of, and which period a claim covers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from factcheck.extract.causes import is_deaths
from factcheck.extract.context import DocContext
from factcheck.extract.lexicon import CountryTier, Hit, Lexicon, large_economies, populous_countries, weighed_currencies
from factcheck.extract.noun_phrases import alternation, words
from factcheck.extract.numbers import TENS, UNITS
from factcheck.extract.periods import PeriodMention, is_future, shift_years
from factcheck.extract.places import FIRST_PERSON as FIRST_PERSON
from factcheck.extract.places import Place
from factcheck.extract.quantities import QuantityMention
from factcheck.model import Period, Quantity, Subject

# A share names a part of a flow: exports to a partner, or of a commodity, as a share of all exports.
SHARE_INDICATORS = frozenset({"exports", "imports", "trade"})
COMPARISON_KINDS = frozenset({"change", "growth", "trend", "shift"})
# "wages haven't gone up", "we have not seen wages and salaries rise"; not "Mauritius was not spared and our GDP
# contracted": a conjunction before a new subject ("our", "the", "we", a name) ends what "not" denies
_NEGATION = re.compile(r"(?i:(?:\b(?:not|never|no\s+longer|failed\s+to|neither|nor|hardly|barely)\b|n['’]t\b)"
                       r"(?:(?!\b(?:and|but|while|whereas)\s+(?:our|its|their|the|we|they|(?-i:[A-Z]))"
                       r")[\w\s]){0,25}$)")


def negated_before(text: str, start: int, pos: int) -> bool:
    """Whether "not", "never", "no longer" … denies what is said at ``pos`` (a few words back, after ``start``)."""
    return _NEGATION.search(text, max(start, pos - 40), pos) is not None


# "to halve poverty", "could double exports": an aim or a possibility; not "in addition to cutting", "thanks to"
INFINITIVE = re.compile(r"(?i:\b(?:(?<!addition\s)(?<!thanks\s)(?<!due\s)(?<!owing\s)to|will|would|could|should|can|may"
                        r"|might|must|shall)\s+(?:\w+ly\s+)?$)")
# "cutting youth unemployment in half", "reduced poverty by half": the verb halves what follows it
CUT_IN_HALF = re.compile(r"(?i:\b(?P<verb>cut|cuts|cutting|reduced|reduces|reducing|slashed|slashing|halved)\s+"
                          r"(?:[\w'’-]+\s+){1,5}?(?:in|by)\s+half\b)")
# what may come before a phrase that opens a sentence: "Over the past years", "And over", "Indeed, over"
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?][\"”’)]*\s+|\n)[\"“‘(]*(?:[A-Z]\w*,?\s+)?$")
_IN_GAP = re.compile(r"(?i:\s+in\s+(?:the\s+)?)")  # "inflation in food prices", "unemployment in the oil sector"
_IN_PLACE = re.compile(r"(?i:\s+in\s+(?:the\s+)?)")
# "serve in Somalia", "deployed to Mali", "missions such as the Sudan"
_WHERE_SENT = re.compile(r"(?i:\b(?:in|to|into|such\s+as)\s+(?:the\s+)?$)")
# "losing 9.1 per cent of its revenues", "a decline of 85 per cent of the area": the whole fell by that much
LOSS_BEFORE = re.compile(r"(?i:\b(?:" + alternation(words().loss_words) + r")\s+$)")
_HOSTING = re.compile(r"(?i:\b(?:" + alternation(words().hosting_verbs) + r")\b)")
_FROM_WORD = re.compile(r"(?i:\bfrom\b)")
# up to two modifiers before a measure: "of the Peruvian economy", "rates of non-communicable diseases"
# nothing but punctuation and a sentence adverb before a figure that opens its clause ("Today, 20 million Kenyans")
# "In recent years, ...", "Since 2015, ...": a when said first, before the clause's subject
# (a when, not a where: not "In the Dadaab camps, some 300,000 Somalis live ...")
_FRONTED_PHRASE = re.compile(r"(?i:[\W_]*(?:in|during|over|since|for|after|within)\s+(?=[^,;:()]{0,30}?"
                             r"(?:\b\d{4}\b|\b(?:years?|months?|decades?|weeks?|days?|recent|past|last|time|period|century)"
                             r"\b))[^,;:()]{1,40},\s*)")
_OPENS_CLAUSE = re.compile(r"(?i:[\W_]*(?:(?:today|now|currently|however|yet|still|and|but|so|sadly|unfortunately"
                           r"|another)\b[\W_]*)*)")


def _opens_clause(text: str, m: Mentions, pos: int) -> bool:
    """Whether ``pos`` opens the clause, past openers ("Today, ...") and a when said first ("In recent years, more
    than 2 million Venezuelans have had to leave")."""
    fronted = _FRONTED_PHRASE.match(text, m.start, pos)
    return _OPENS_CLAUSE.fullmatch(text, fronted.end() if fronted else m.start, pos) is not None


MODIFIER_GAP = re.compile(r"(?:[A-Za-z’'-]+\s+){0,2}")
OF_PLACE = re.compile(r"(?i:\s+(?:of|in|living\s+in)\s+(?:the\s+)?)")  # "the 23 million people of Taiwan"
# "a swap to protect 30 per cent of our zone", "a method to rid the oceans of plastic and remove 50 per cent of":
# a share someone means to act on, not one that is
AIMED = re.compile(r"(?i:\bto\s+(?:[a-z]+\b[^,;.]{0,60}?\band\s+)?(?:"
                   + alternation(words().aim_verbs)
                   + r")\s+(?:\w+\s+){0,3}$)")  # "to protect 30 per cent of", "to rid ... and remove 50 per cent"
# "the richest 1 per cent", "the bottom half of wage earners": a group of people, not a figure said of them
GROUP_FRACTION = re.compile(r"(?i:\b(?:top|bottom|poorest|richest|wealthiest|upper|lower)\s+$)")
# "1 per cent of the richest held 82 per cent of the wealth": the figure says who, not how much; not "1 per cent of the
# poorest countries' exports"
GROUP_AFTER = re.compile(r"(?i:\s+of\s+the\s+(?:world['’]s\s+)?(?:richest|poorest|wealthiest)\b"
                         r"(?!\s+(?:countries|nations|states|economies|regions)\b))")
OF_AFTER = re.compile(r"(?i:\s+of\s+)")
_NEGATIVE_BEFORE = re.compile(r"(?i:\bnegative\s*$)")
NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")  # the word after a measure; punctuation or the end: none
# what may follow a verb with no object: "rose.", "fell in 2020", "grew, and", "fell sharply this year"
AFTER_INTRANSITIVE = (r"\s*(?:[.,;:!?)]|$|(?:in|since|over|during|between|from|compared|as|and|but|while)\b"
                      r"|(?:this|last)\s+(?:year|month|quarter|decade|week)\b)")
IN_OR_OF = re.compile(r"(?i:\s+(?:in|of)\s+(?:(?:the|our|its|their|his|her)\s+)?)")  # "a rise in (the) exports"
_BARE_BALANCE = frozenset({"deficit", "deficits", "surplus", "surpluses", "negative balance", "positive balance"})
TRADE_WORDS = re.compile(r"(?i:\b(?:trade|exports?|imports?|goods)\b)")
_THAT_OF = re.compile(r"(?i:\b(?:that|those)\s+of\s+(?:the\s+)?$)")
_AFTER_FIGURE = re.compile(r"(?i:\s*(?:(?:of|in|on)\s+)?(?:(?:the|our|its|their|new|lost|more|additional)\s+)*)")
_WORLD_OWNER = re.compile(r"(?i:\b(?:global|world|worldwide|planetary)\s+(?:[\w-]+\s+){0,2}$)")
# Indicators of one economy or people, never of a flow between two: a place after "with"/"to" is no partner of theirs
_NO_PARTNER = frozenset({"population", "gdp", "gdp_per_capita", "gni", "unemployment", "inflation",
                         "industrial_production",
                         "agricultural_production", "life_expectancy", "poverty_rate", "wealth", "area", "land_area",
                         "deaths", "injuries"})
_LACKING = re.compile(r"(?i:\b(?:not\s+have|n['’]t\s+have|lacks?|lacking|lacked|without|no)\s+"
                      r"(?:(?:reliable|basic|adequate|affordable|regular|any)\s+)?$)")  # not "no wonder access"
_OWNER_GAP = re.compile(r"(?:'s|’s|'|’)?\s*")
_STRETCH = re.compile(r".*[,;:—–]")
# the hedge a figure may take after "from" or "to" ("from about $50 billion", "to well over 100")
_HEDGE_AFTER_PREPOSITION = (r"(?:(?:about|some|nearly|almost|around|roughly|approximately|over|more\s+than|less\s+than"
                            r"|just|only|under|below|well\s+over)\s+)?")
# "from 70 per cent", "from a 70 per cent baseline", "from about $50 billion", "from an average of about 2.8 billion"
_FROM_BEFORE = re.compile(r"(?i:\bfrom\s+(?:an?\s+|the\s+)?(?:(?:average|peak|high|low|level|total)\s+(?:of\s+)?)?"
                         + _HEDGE_AFTER_PREPOSITION + "$)")
# "to 255 billion", "to the staggering figure of $255 billion": the figure a move reached
FIGURE_OF = r"(?:(?:the|a|an)\s+(?:[a-z]+\s+)?(?:figure|sum|level|total|mark|amount|value|record|high)\s+of\s+)"
_TO_BEFORE = re.compile(r"(?i:\bto\s+" + FIGURE_OF + "?" + _HEDGE_AFTER_PREPOSITION + "$)")
_FROM_FIGURE = re.compile(r"(?i:\bfrom\s+(?:[a-z]+\s+){0,3}[\d$€£])")
_TO_FIGURE = re.compile(r"(?i:\bto\s+(?:[a-z]+\s+){0,3}[\d$€£])")
_MOVE_WINDOW = 40  # characters back from a figure to its "from"/"to" and the words between
GROWTH_WORD = re.compile(r"(?i:\bgrowth\b)")
# "exports are now higher than imports", "equal to", "our exports now exceed our imports" (higher, said with a verb)
HIGHER = re.compile(r"(?i:\b(?:is|are|was|were|remains?|remained|been|now)\s+(?:\w+\s+)?"
                     r"(?:(?P<cmp>higher|larger|greater|bigger|lower|smaller)\s+than|(?P<eq>equal|equivalent)\s+to)\b"
                     r"|\b(?P<exceeds>exceeds?|exceeded|surpass(?:es|ed)?|outstrips?|outstripped)\b)")
_WORLD_BEFORE = re.compile(r"(?i:\b(?:global|world|international|world\s+market)\s*$)")
_WORLD_WORD = re.compile(r"(?i:(?:global|world|international)\b)")
_FISCAL_YEAR_GAP = re.compile(r"(?i:\s+(?:in|during|for)\s+(?:the\s+)?(?:fiscal|financial|budget)\s+year\s+)")


# "medicines in circulation worldwide", "conflicts around the world": said of the world's (not "the world's oceans")
WORLDWIDE_AFTER = re.compile(r"(?i:(?:\s+[a-z]+){0,2}?\s+(?:" + alternation(words().worldwide_words) + r")\b(?!['’]))")
# "a price increase of 12.3 per cent", "a rise of about 5 per cent": the size of a change named before the figure
CHANGE_OF_BEFORE = re.compile(r"(?i:\b(?:increase|increases|rise|decrease|decline|fall|drop|growth|reduction|jump"
                              r"|surge)\s+of\s+(?:(?:about|some|nearly|almost|over|more\s+than|around|roughly)\s+)?$)")
# "68 million people": the noun a figure took (not its own number words: "six hundred and twenty-two")
TOOK_NOUN = re.compile(r"(?i:(?<![\w-])(?!(?:" + "|".join([*UNITS, *TENS, "thousand", "million", "billion", "trillion",
                                                             "hundred"]) + r")$)[a-z]+$)")
LISTED_FIGURE = re.compile(r"(?i:\s*(?:,\s*)?(?:and|or)?\s*)")  # "12.3 per cent and 9 per cent"
_WORLD_NAMED = re.compile(r"(?:global|world|worldwide)_(?=[a-z])")  # an open name said of the world
# "global electricity demand", not "World Bank lending", "Global Fund support", "global warming pollution"
_WORLD_WORD_SAID = re.compile(r"(?i:(?:global|world|worldwide)\s+)(?!warming\b)(?-i:[a-z])")
_POSSESSOR_BEFORE = re.compile(r"(?:['’]s?|s['’])\s+$")  # "American companies' global profits"
SPEAKERS_OWN = re.compile(r"(?i:\b(?:our|ours|my\s+country)\b)")  # the speaker's own, not "we are witnessing"


def _more_people_than_the_country_has(claimed: Quantity, indicator: str | None, entity: str | None) -> bool:
    """Whether a count of people is more than the country it is said of has ever had, by the tiers of
    populations.json (over 10, 20, 50, 100 and 400 million): "68 million people were forced to leave their homes" in
    San Marino's speech is the world's."""
    if claimed.unit != "count" or claimed.value is None or indicator is None or entity is None:
        return False
    # a population only by the top tier: "ECOWAS, with its 350 million people", "our multinational State of 280
    # million people" (the Soviet Union, in Ukraine's speech) are a region's or a union's people, not the world's
    tiers = populous_countries()[:1] if indicator == "population" else populous_countries()
    if not _beyond(claimed.value, entity, tiers):
        return False
    # words of its name that say it counts people ("people_in_extreme_poverty", "human_beings", "refugees",
    # "forced_labour_victims"): only for a count that large
    people = words().people | words().people_count_words
    return any(w in people for w in indicator.split("_"))


def _more_money_than_the_country_has(claimed: Quantity, entity: str | None) -> bool:
    """Whether a sum of money is more than the country it is said of has ever produced in a year, by the tiers of
    economies.json (over 1 and 10 trillion dollars): "military spending in 2016 was $1.69 trillion" in Uruguay's speech
    is the world's."""
    if claimed.unit not in weighed_currencies() or claimed.value is None or entity is None:
        return False
    return _beyond(abs(claimed.value), entity, large_economies())


def _beyond(value: float, entity: str, tiers: tuple[CountryTier, ...]) -> bool:
    """Whether ``value`` is more than the country ``entity`` has ever had by a tier it is not in."""
    return re.fullmatch(r"[A-Z]{3}", entity) is not None and any(
        value > tier.above and entity not in tier.countries for tier in tiers)


@dataclass
class Draft:
    """A claim before it gets its id and source: everything the record holds but where it was said."""

    kind: str
    subject: Subject
    period: Period
    against: Subject | None = None
    claimed: Quantity | None = None
    note: str | None = None
    items: tuple[str, ...] = ()
    claimant: str | None = None
    figure_at: int | None = None  # where the figure it reads starts, when its value is not the figure's own


@dataclass
class Mentions:
    """What the cheap scanners found in one clause."""

    start: int
    end: int
    quantities: list[QuantityMention]
    indicators: list[Hit]
    commodities: list[Hit]
    places: list[Place]
    directions: list[Hit]
    multipliers: list[Hit]
    periods: list[PeriodMention] = field(default_factory=list)
    trade_talk: bool = False  # whether the sentence speaks of trade: its bare "deficit" is a trade deficit


_TO_BETWEEN = re.compile(r"(?i:\bto\b)")


def dated_right_after(text: str, q: QuantityMention, p: PeriodMention) -> bool:
    """Whether a period is said right after a figure, as its date: "21% in 2019", "$96 billion in Fiscal Year
    1981"."""
    if q.end <= p.start <= q.end + 12:
        return _TO_BETWEEN.search(text, q.end, p.start) is None  # "from 13,000 to zero over the past five years"
    return _FISCAL_YEAR_GAP.fullmatch(text, q.end, p.start) is not None


def from_before(text: str, m: Mentions, q: QuantityMention) -> re.Match[str] | None:
    """The "from" a figure is moved from: "from 7.8%", "from about $50 billion", "from an average of about"."""
    return _FROM_BEFORE.search(text, max(m.start, q.start - _MOVE_WINDOW), q.start)


def to_before(text: str, m: Mentions, q: QuantityMention) -> re.Match[str] | None:
    """The "to" a figure is moved to: "to 6.4%", "to barely $10 billion", "to the staggering figure of"."""
    return _TO_BEFORE.search(text, max(m.start, q.start - _MOVE_WINDOW), q.start)


def dated_by_span(text: str, m: Mentions, q: QuantityMention) -> str | None:
    """The year a figure stands at when it is one end of a move said across a span named apart from it: "from $5
    billion to $7 billion between 2020 and 2022" puts $5 billion at 2020 and $7 billion at 2022. None for a figure with
    a year of its own ("from 8 per cent in 2014"), or with no other end ("amounted to $560 billion")."""
    span = next((p.period for p in m.periods if p.role == "between" and p.period is not None), None)
    if span is None or any(dated_right_after(text, q, p) for p in m.periods if p.role != "between"):
        return None
    started = from_before(text, m, q) is not None
    if not started and to_before(text, m, q) is None:
        return None
    # the other end, said as a figure (another reader may have taken it: "from 2 per cent of GDP to 5 per cent")
    # either order: "from $5 billion to $7 billion", "to $7 billion from $5 billion"
    ends = (_TO_FIGURE if started else _FROM_FIGURE).finditer(text, m.start, m.end)
    if not any(not q.start <= x.end() - 1 < q.end and not any(p.start <= x.end() - 1 < p.end for p in m.periods)
               for x in ends):
        return None  # "in the period from 2009 to 2018, it amounted to $560 billion": years, no figures
    return span.start if started else span.end


def by_polarity(direction: str | None, text: str, ind: Hit) -> str | None:
    """A direction said as better or worse, in the measure's own terms: "poverty has worsened" and "the deficit
    worsened" rise, "the economy has worsened" and "unemployment has improved" fall (``worse_when_higher`` in
    noun_phrases.json); none for a measure whose better way is a matter of view (``no_polarity``: prices, taxes); any
    other direction is returned as it is."""
    if direction not in ("worse", "better"):
        return direction
    said = set(re.findall(r"[a-z]+", f"{text[ind.start:ind.end]} {ind.value}".lower().replace("_", " ")))
    if said & words().no_polarity:
        return None  # "farm prices are improving": better for farmers, worse for buyers
    bad = bool(said & words().worse_when_higher)
    return "rising" if (direction == "worse") == bad else "falling"


def lacked(text: str, m: Mentions, ind: Hit, name: str) -> str:
    """Access said as lacked names who lack it: "65 million Ethiopians do not have access to electricity" count
    ``people_without_electricity``, as "people without electricity" do."""
    if name.endswith("_access") and _LACKING.search(text, max(m.start, ind.start - 25), ind.start):
        return f"people_without_{name.removesuffix('_access')}"
    return name


def negative_measure(text: str, m: Mentions, ind: Hit) -> bool:
    """Whether a measure counts below zero: a deficit (a negative balance, docs/claim-records.md) or one said to be
    "negative" ("a negative trade balance")."""
    if ind.extra.get("sign") == -1:
        return True
    return _NEGATIVE_BEFORE.search(text, max(m.start, ind.start - 12), ind.start) is not None


def is_bare_budget_balance(text: str, m: Mentions, ind: Hit) -> bool:
    """Whether a bare "deficit" or "surplus" is the budget's: said in a sentence that does not speak of trade ("the
    deficit fell to 3 per cent of GDP"; not "imports rose, and the deficit widened")."""
    return bool(ind.extra.get("sign")) and text[ind.start:ind.end].lower() in _BARE_BALANCE and not m.trade_talk


def measure_named(ind: Hit, m: Mentions) -> str:
    """The indicator a lexicon hit names in its clause: "oil reserves" are reserves of a commodity, not a
    central bank's reserves (a lexicon entry's ``with_commodity`` names the measure a commodity before it makes)."""
    other = ind.extra.get("with_commodity")
    if other and any(0 <= ind.start - c.end <= 2 for c in m.commodities):
        return str(other)
    return str(ind.value)


class ClauseReader:
    """The readers' common ground: the lexicon, and the helpers every claim shape uses."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def _said_with_a_change(self, text: str, p: PeriodMention) -> bool:
        """Whether the stretch between punctuation around period ``p`` says a change: a direction ("rose",
        "cutting") or a multiplier ("in half")."""
        lo, hi = max(0, p.start - 300), min(len(text), p.end + 300)  # the search stays near, in a long document
        start = max(lo - 1, *(text.rfind(c, lo, p.start) for c in ",;:.!?")) + 1
        end = min((i for i in (text.find(c, p.end, hi) for c in ",;:.!?") if i >= 0), default=hi)
        return bool(self.lex["direction"].find(text, start, end) or self.lex["multiplier"].find(text, start, end)
                    or CUT_IN_HALF.search(text, start, end))

    def _periods_for(self, text: str, m: Mentions, q: QuantityMention) -> list[PeriodMention]:
        """The periods for one figure: one named right after it in its clause ("21% in 2019") comes first; not
        the next clause's ("$8 billion in 1960, but in 1970 ...")."""
        def owned_by(x: QuantityMention) -> list[PeriodMention]:
            return [p for p in m.periods if p.start < m.end and p.role in ("period", "range")
                    and dated_right_after(text, x, p)]

        own = owned_by(q)
        others = [p for x in m.quantities if x is not q for p in owned_by(x)]
        # "from 46% in 1992 to around 18%": 1992 belongs to the first figure, not to the second
        return own + [p for p in m.periods if p not in own and p not in others]

    def _draft(self, text: str, kind: str, m: Mentions, ctx: DocContext, ind: Hit, claimed: Quantity,
               q: QuantityMention | None = None) -> Draft:
        places = m.places
        if ind.value and ind.value.rsplit("_", 1)[-1] in words().deployed_people:
            # "4,000 peacekeepers serve in Somalia", "troops deployed to Mali": where they serve, not whose they are
            places = [p for p in places if not _WHERE_SENT.search(text, max(m.start, p.start - 12), p.start)]
        entity, partner = self._roles(places, ind.value, ctx)
        if ind.value in words().world_measures and not any(p.role == "entity" for p in places) \
                and not SPEAKERS_OWN.search(text, max(m.start, ind.start - 12), ind.start):
            entity = "world"  # "sea levels are rising": the world's, whoever speaks; not "our sea level has risen"
        if ind.extra.get("generic") and not any(p.role == "entity" for p in places) \
                and not FIRST_PERSON.search(text, m.start, m.end):
            entity = "world"  # "malaria kills 400,000 children every year": said in general, of the world
        # "British exports", "Belarus's exports": the place right before the indicator is whose it is, whatever
        # came earlier ("according to the Economic Bulletin for Europe, British exports ...")
        own = [p for p in m.places if p.role == "entity" and 0 <= ind.start - p.end <= 3
               and _OWNER_GAP.fullmatch(text, p.end, ind.start)]
        if own and own[-1].code != partner:
            entity = own[-1].code
        if ind.extra.get("of_people"):
            # "the famine killed 7 million Ukrainians": Ukraine's dead, whoever killed them ("the crimes of the Iranian
            # regime have claimed half a million Syrian lives")
            entity = ind.extra["of_people"]
        # "one in three Nigerians lives below the poverty line", "65 million Ethiopians do not have access to
        # electricity": a people counted as the clause's subject is whose figure it is
        counted_first = q is not None and q.unit == "count" and _opens_clause(text, m, q.start)
        people = NEXT_WORD.match(text, q.end) if q is not None and (q.one_in or counted_first) else None
        whose = self.lex.people_of(people.group(1)) if people is not None else None
        if whose is not None and not any(p.role == "entity" for p in m.places):
            entity = whose  # "one in three Nigerians lives below the poverty line": Nigeria's
        hosted = self._hosted_from(text, m, ind, q)
        if hosted is not None:
            # "Lebanon hosts 1.5 million Syrian refugees": Lebanon's count; Syria is where they came from
            origins, partner = hosted
            entity = self._roles([p for p in m.places if p not in origins], ind.value, ctx)[0]
        if ind.extra.get("of_place"):
            # "on behalf of the 23 million people of Taiwan": the people of the place named right after them
            named = next((p for p in m.places if OF_PLACE.fullmatch(text, ind.end, p.start)), None)
            entity, partner = (named.code, None) if named else (entity, partner)
        if q is not None:
            own_place = next((p for p in places if p.role == "entity" and _IN_PLACE.fullmatch(text, q.end, p.start)
                              and p.code != partner), None)
            if own_place is not None:
                entity = own_place.code  # "by 45 per cent in France, by 35 per cent in Norway": each its own
            # "... of the United States has increased four times and that of France three times"
            earlier = max((x.end for x in m.quantities if x.end <= q.start), default=None)
            elided = [p for p in m.places if earlier is not None and earlier <= p.start and p.end <= q.start
                      and _THAT_OF.search(text, max(earlier, p.start - 12), p.start)]
            if elided:
                entity = elided[-1].code
        # "a spike in inflation" after "the price of gas": inflation is no commodity's (no_commodity in the lexicon);
        # "food inflation", "inflation in food prices", "unemployment in the oil sector" name one within the measure
        commodity = m.commodities[0].value if m.commodities else None
        if ind.value in words().no_commodity or is_deaths(ind.value):
            commodity = next((c.value for c in m.commodities if 0 <= ind.start - c.end <= 1
                              or _IN_GAP.fullmatch(text, ind.end, c.start)), None)
        if ind.value == "price" and (_WORLD_WORD.match(text, ind.start)
                                     or _WORLD_BEFORE.search(text, max(0, ind.start - 20), ind.start)):
            entity, partner = "world", None  # "global prices", "world market prices": the market's price
        elif not own and _WORLD_OWNER.search(text, max(m.start, ind.start - 30), ind.start) and \
                not any(p.role == "entity" and p.end <= ind.start for p in m.places):
            entity, partner = "world", None  # "Global CO2 emissions have increased": the world's
        indicator = lacked(text, m, ind, measure_named(ind, m))
        world_named = _WORLD_NAMED.match(indicator) if ind.extra.get("open") else None
        said_of_world = world_named is not None and _WORLD_WORD_SAID.match(text, ind.start) is not None \
            and not _POSSESSOR_BEFORE.search(text, max(m.start, ind.start - 3), ind.start)
        if said_of_world and not own and not any(p.role == "entity" for p in m.places) \
                and not FIRST_PERSON.search(text, m.start, ind.start) and not SPEAKERS_OWN.search(text, m.start, m.end):
            # "global electricity demand grew by 6 per cent": the world's electricity demand, as "global trade" is
            # (not "we have halved the global MPI value": the speaker's value of a global index)
            entity, partner, indicator = "world", None, indicator[world_named.end():]
        head = indicator.removeprefix(f"{commodity}_") if commodity is not None and ind.extra.get("open") else ""
        if head and "_" not in head:
            indicator = head  # "maize production": production, of maize; not "food security rates"
        if hosted is not None and hosted[1] is not None and "_" in indicator:
            origin = next(p for p in hosted[0] if p.code == hosted[1])
            own_word = text[origin.start:origin.end].lower().replace(" ", "_") + "_"
            indicator = indicator.removeprefix(own_word)  # "1,500,000 Russian tourists": tourists, from Russia
        if claimed.unit not in weighed_currencies() and not (claimed.unit or "").isupper():
            # the name a measure is known by, when what is said counts it ("we received 1.5 million tourists",
            # "the number of tourists fell"; not "tourists spent $1.5 billion")
            indicator = words().open_name_aliases.get(indicator, indicator)
        took = TOOK_NOUN.search(q.text) if q is not None else None
        after = NEXT_WORD.match(text, q.end) if q is not None else None
        people_counted = any(word is not None and word.group().split()[-1].lower() in words().people
                             for word in (took, after))
        if claimed.unit == "count" and not people_counted:
            # "tourism has exceeded 34 million visits" (not "tourism employs 1 million people")
            indicator = words().counted_names.get(indicator, indicator)
        if partner is not None and (indicator in _NO_PARTNER or is_deaths(indicator)):
            partner = None  # "2 million people killed in the struggle with the German invaders": no counterpart
        if is_bare_budget_balance(text, m, ind):
            indicator = "budget_balance"
        periods = self._periods_for(text, m, q) if q is not None else m.periods
        if kind == "level":
            # "In addition to cutting unemployment in half over the past three years, Jamaica achieved a rate of 7.8
            # per cent": a span in words said in another clause is that clause's, not a level's, unless it opens
            # the sentence or follows the level, with no change of its own ("Over the past three years, we have
            # organized 167 programmes, from which 2,000 participants benefited")
            periods = [p for p in periods if not p.shift or m.start <= p.start < m.end
                       or ((p.start >= m.end or _OPENS_SENTENCE.search(text, max(0, p.start - 40), p.start))
                           and not self._said_with_a_change(text, p))]
        growth_rate = GROWTH_WORD.search(text, m.start, m.end) is not None
        # a count of people or deaths adds up over an era the sentence names ("the pandemic has killed 4 million")
        cumulative = kind == "level" and claimed.unit == "count" \
            and indicator.rsplit("_", 1)[-1] in words().cumulative_counts
        period = self._period(kind, periods, ctx, growth_rate, cumulative)
        if ind.extra.get("background") and not periods:
            # "the increasing frequency of crises", "affected by the constant increase in fuel prices": a trend taken as
            # given is the speaker's present, not the period an earlier sentence named
            period = ctx.era_period() or ctx.default_period(kind in COMPARISON_KINDS)
        # (a sum said as "our" stays the speaker's: "our external debt has reached $1.2 trillion" is checked as theirs)
        too_much = _more_people_than_the_country_has(claimed, indicator, entity) or (
            _more_money_than_the_country_has(claimed, entity) and not SPEAKERS_OWN.search(text, m.start, m.end))
        if too_much and not any(p.role == "entity" for p in m.places):
            # "736 million human beings live in extreme poverty", "military spending was $1.69 trillion" in Uruguay's
            # speech
            entity, partner = "world", None
        return Draft(kind, Subject(indicator, entity, partner, commodity), period, claimed=claimed)

    @staticmethod
    def _hosted_from(text: str, m: Mentions, ind: Hit,
                     q: QuantityMention | None) -> tuple[list[Place], str | None] | None:
        """For a count of people a place hosts ("hosts 1.5 million Syrian refugees", "hosting 330,000 refugees, mainly
        from Burundi"): the places that say where they came from, and the one named by its adjective (the partner)."""
        if q is None or q.unit != "count" or ind.value.rsplit("_", 1)[-1] not in words().hosted_people:
            return None
        verb = next(reversed(list(_HOSTING.finditer(text, m.start, q.start))), None)  # the last before the count
        if verb is None:
            return None
        origins = [p for p in m.places if p.start >= verb.end() and (p.role == "from" or (
            p.form == "adjective" and p.end <= ind.end) or (p.start >= ind.end and _FROM_WORD.search(text, ind.end,
                                                                                                      p.start)))]
        adjectives = [p for p in origins if p.form == "adjective"]
        return origins, adjectives[0].code if len(adjectives) == 1 else None

    def _roles(self, places: list[Place], indicator: str, ctx: DocContext,
               default_entity: str | None = None) -> tuple[str | None, str | None]:
        entity = partner = None
        for p in places:
            role = p.role
            if role in ("from", "to"):
                # "exports from X to Y": X measured, Y counterpart; "imports from X to Y" the other way.
                origin = (role == "from") != (indicator == "imports")
                role = "entity" if origin else "partner"
            if role == "entity" and entity is None:
                entity = p.code
            elif role == "partner" and partner is None:
                partner = p.code
        if entity is None:
            entity = default_entity or ctx.default_entity()
        if partner == entity or partner == "world":
            partner = None
        return entity, partner

    def _indicator_near(self, m: Mentions, pos: int,
                        after_within: tuple[str, int, int] | None = None) -> Hit | None:
        """The clause's first indicator before ``pos``; else, with ``after_within=(text, from, chars)``,
        one that follows within that many characters ("$12 billion, a third of GDP")."""
        before = [h for h in m.indicators if h.end <= pos]
        if before:
            return before[0]
        if after_within is not None:
            _, after_pos, chars = after_within
            after = [h for h in m.indicators if after_pos <= h.start <= after_pos + chars]
            return after[0] if after else None
        return None

    @staticmethod
    def _change_named(text: str, m: Mentions, start: int) -> Hit | None:
        """The measure a change noun before the figure at ``start`` is said of ("a price increase of 12.3 per cent"),
        or the one the figure listed right before it is ("... of 12.3 per cent and 9 per cent")."""
        change_of = change_before(text, m, start)
        return next((h for h in m.indicators if change_of is not None and h.end <= change_of.start()
                     and not text[h.end:change_of.start()].strip()), None)

    def _indicator_for(self, text: str, m: Mentions, start: int, end: int) -> Hit | None:
        """The indicator a figure speaks of: one named right after it ("1.6 million jobs", "$15 trillion in
        trade deficits"); else the first named since the previous figure ("reserves rose 2.6 times,
        exports 4.7 times"); else the clause's first before it; else one close after it."""
        named = self._change_named(text, m, start)
        if named is not None:
            return named  # "a price increase of 12.3 per cent (and 9 per cent)": the measure right before the change
        for h in m.indicators:
            if start <= h.start < end or (end <= h.start <= end + 25 and _AFTER_FIGURE.fullmatch(text, end, h.start)):
                if h.extra.get("weak") and any(x.end <= start and not x.extra.get("weak") for x in m.indicators):
                    break  # "unemployment fell by 1.1 million workers": a counted noun, the subject says what
                return h  # the figure's own noun ("100,000 refugees") or one right after it
        # the figure a statement moves from ("from 25.1 per cent to 5.6 per cent") is part of it, not the end
        # of the previous statement
        previous = max((q.end for q in m.quantities if q.end <= start
                        and not from_before(text, m, q)), default=m.start)
        previous = max([previous] + [h.end for h in m.multipliers if h.end <= start])
        segment = [h for h in m.indicators if previous <= h.start and h.end <= start]
        stretch = _STRETCH.search(text, max(previous, m.start), start)
        near = [h for h in segment if stretch and h.start >= stretch.end()]
        if near:
            return near[0]  # "..., global military expenditures have risen to $2.24 trillion"
        if segment:
            return segment[0] if not stretch else segment[-1]
        return self._indicator_near(m, start, after_within=(text, end, 40))

    def _superseded(self, text: str, m: Mentions, q: QuantityMention) -> bool:
        """"from 7.8% to 6.4%" with no year for the first figure: only the figure reached is claimed; "from $5
        billion to $7 billion between 2020 and 2022" dates both."""
        if not from_before(text, m, q) or dated_by_span(text, m, q) is not None:
            return False
        if any(dated_right_after(text, q, p) and not any(q.end <= x.start < p.start for x in m.quantities)
               for p in m.periods):
            return False  # "from 46% in 1992 to 18%": the first figure has its own year
        return any((x.start > q.end or x.end <= q.start) and to_before(text, m, x)
                   for x in m.quantities)  # "from 7.8% to 6.4%", "to 3 per cent from 8 per cent"

    def _negated(self, text: str, start: int, hit: Hit) -> bool:
        return negated_before(text, start, hit.start)

    def _period(self, kind: str, mentions: list[PeriodMention], ctx: DocContext,
                growth_rate: bool = False, cumulative: bool = False) -> Period:
        """The claim's period: named in the sentence (its own clause first), else the last period the
        document named, else the default (docs/claim-records.md).

        Bases: the one stated; else, for a named period (or one taken over), the same months a year
        earlier. With no period named at all, a trend, a shift, a growth comparison or a growth rate
        ("GDP growth of 4%") compares with the year before; any other change ("home sales are up 50%")
        gets no invented base."""
        implied = kind in ("trend", "shift")
        with_base = kind in COMPARISON_KINDS
        ref = ctx.ref()
        primary = next((p for p in mentions if p.role in ("period", "range", "between", "since") and p.period
                        and not is_future(p.period, ref)), None)
        base = next((p for p in mentions if p.role == "base"), None)
        now = any(p.role == "present" for p in mentions)
        if primary is None or primary.period is None:
            carried = ctx.carried_period()
            era = ctx.era_period(cumulative)
            # a period an earlier sentence named before the era began says nothing of a figure the era dates
            stale = carried is not None and (carried.end or "") < (era.start[:4] if era else "")
            if era is not None and (carried is None or stale) and not now:
                # "the pandemic has led to almost 1 million deaths", "exports fell 10 per cent because of the
                # pandemic", said in September 2020: from the era's start, not over 2019
                if not with_base or not (base or implied or growth_rate or kind == "growth"):
                    return era
                b = shift_years(era, 1)
                return Period(era.start, era.end, b.start, b.end)
            if carried is None or now:
                period = ctx.default_period(False)
                if not with_base or period.start is None or not (base or implied or growth_rate or kind == "growth"):
                    return period
                b = self._base(period, base)
                if base is not None and b.start == period.start and ctx.year:
                    # "fell 5 per cent compared with 2019" said in 2020: this year's figure against 2019's
                    period = Period(str(ctx.year), str(ctx.year))
                return Period(period.start, period.end, b.start, b.end)
            period = carried
            if not with_base:
                return Period(start=period.start, end=period.end)
            if ctx.last_was_span:
                period = Period(start=period.end, end=period.end)
            b = self._base(period, base) if base else ctx.last_base or shift_years(period, 1)
            return Period(period.start, period.end, b.start, b.end)
        period = primary.period
        if primary.role == "since":
            # "since 2020": from that year to the last full year; "since June": to the document's month.
            monthly = len(period.start or "") == 7 and ctx.year and ctx.month
            end = f"{ctx.year:04d}-{ctx.month:02d}" if monthly else str(ctx.year - 1) if ctx.year else period.end
            if with_base:
                return Period(start=end, end=end, base_start=period.start, base_end=period.end)
            return Period(start=period.start, end=end)
        if with_base and base is None and (primary.role == "between" or primary.shift):
            # "between 2015 and 2020" is 2020 against 2015; "over the past five years" the last full year
            # against five years before it
            first = str(int(period.end or "0") - primary.shift) if primary.shift else period.start
            return Period(start=period.end, end=period.end, base_start=first, base_end=first)
        if not with_base:
            return Period(start=period.start, end=period.end)
        b = self._base(period, base)
        return Period(period.start, period.end, b.start, b.end)

    @staticmethod
    def _base(period: Period, base: PeriodMention | None) -> Period:
        if base is None:
            return shift_years(period, 1)
        if base.period is None:
            return shift_years(period, base.shift or 1)
        year = base.period.start or ""
        if period.start and len(period.start) == 7 and len(year) == 4:
            return Period(start=f"{year}{period.start[4:]}", end=f"{year}{(period.end or period.start)[4:]}")
        return replace(base.period)


def change_before(text: str, m: Mentions, start: int) -> re.Match[str] | None:
    """The change noun ("an increase of") whose size is the figure at ``start``, said right before it or before the
    figures listed with it ("a price increase of 12.3 per cent and 9 per cent"; at most three back)."""
    for _ in range(4):
        change_of = CHANGE_OF_BEFORE.search(text, max(m.start, start - 50), start)
        if change_of is not None:
            return change_of
        listed = next((x for x in reversed(m.quantities) if x.end <= start), None)
        if listed is None or not LISTED_FIGURE.fullmatch(text, listed.end, start):
            return None
        start = listed.start
    return None

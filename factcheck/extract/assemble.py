"""From the mentions in a sentence to claim drafts: which kind, whose figure, which period.

The order of the tests is the design: the shapes that say most about the sentence win ("turning
towards X" is a shift, "N times faster than" a growth comparison, "half as much as" a ratio, "accounts
for N% of" a share) before the general ones (a number after a trend verb is a change, a number with an
indicator a level, a trend verb with no number a trend). Sentences that hold none of these but are
still worth a fact-checker's look become ``other`` with a note saying why they were kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from factcheck.extract import superlatives
from factcheck.extract.context import DocContext
from factcheck.extract.lexicon import Hit, Lexicon
from factcheck.extract.noun_phrases import (
    counted_after,
    named_after_money,
    named_by_money_verb,
    named_by_of,
    object_before,
    subject_before,
    whole_after,
)
from factcheck.extract.periods import DateRef, PeriodMention, find_periods, is_future, shift_years
from factcheck.extract.places import THERE, Place, find_places
from factcheck.extract.quantities import QuantityMention, find_quantities
from factcheck.extract.sentences import clauses
from factcheck.model import Period, Quantity, Subject

# A share names a part of a flow: exports to a partner, or of a commodity, as a share of all exports.
SHARE_INDICATORS = frozenset({"exports", "imports", "trade"})
# Indicators that count people or things: a bare number said of them is a count.
COUNT_INDICATORS = frozenset({"population", "refugees", "migrants", "displaced_persons", "employment",
                              "people_in_poverty", "hungry_people", "emigrants", "deaths", "injuries"})
_COUNT_SUFFIXES = ("_jobs", "_people", "_persons", "_deaths", "_recipients", "_students", "refugees", "migrants",
                   "emigrants")


def _counts(indicator: str) -> bool:
    """Indicators that count people or things ("manufacturing_jobs", "people_in_poverty")."""
    return indicator in COUNT_INDICATORS or indicator.endswith(_COUNT_SUFFIXES) or indicator.startswith("people_")


COMPARISON_KINDS = frozenset({"change", "growth", "trend", "shift"})
_NEGATION = re.compile(r"(?i:\b(?:not|n't|never|no\s+longer|failed\s+to|neither|nor|hardly|barely)\b[\w\s]{0,25}$)")
_INFINITIVE = re.compile(r"(?i:\b(?:to|will|would|could|should|can|may|might|must|shall)\s+(?:\w+ly\s+)?$)")
_NOUN_BEFORE = re.compile(r"(?i:\b(?:the|a|an|its|their|this|that)\s+(?:\w+\s+)?$)")
_GROWTH_AFTER = re.compile(r"(?i:\s+(?:faster|quicker|more\s+quickly|more\s+rapidly|slower|more\s+slowly)\s+than\b"
                           r"|\s+as\s+(?:fast|quickly|rapidly|slowly)\s+as\b"
                           r"|\s+the\s+(?:rate|pace|speed)\s+of\b)")  # "grew at twice the rate of imports"
_RATIO_AFTER = re.compile(r"(?i:\s+as\s+(?:much|many|large|big|high|great|valuable)\b.*?\bas\b"
                          r"|\s+(?P<cmp>more|less|larger|higher|greater|bigger|smaller|lower|fewer)\s+than\b)")
_WHAT_IT_WAS = re.compile(r"(?i:\s+(?:(?:of\s+)?what\s+(?:it|they|this|these|that|those)\s+(?:had\s+been|was|were|"
                          r"used\s+to\s+be)|(?:that|those|the\s+level|its\s+level|their\s+level)\s+(?:of|in)"
                          r"(?=\s+(?:the\s+year\s+)?(?:1[89]|20)\d\d\b))\b)")
_IN_PLACE = re.compile(r"(?i:\s+in\s+(?:the\s+)?)")
_RATIO_OF = re.compile(r"(?i:\s+(?:of|that\s+of|those\s+of)\b)")
# "70 times the size of our land area", "twice the amount of": a ratio whatever comes before it
# "sold some 10 million tonnes of potash abroad", "we buy 80% of our energy abroad": a flow across the border
_ABROAD = re.compile(r"(?i:\b(?:(?P<out>sold|sells?|selling|shipped|ships|shipping|exported)|(?P<in>bought|buys?|buying"
                     r"|purchased|purchases?|purchasing|imported))\b[^.;:]{0,80}?\b(?:abroad|overseas|to\s+foreign\s+"
                     r"(?:markets|countries|buyers)|on\s+(?:foreign|world|international|external)\s+markets?"
                     r"|from\s+(?:abroad|foreign\s+(?:countries|suppliers)))\b)")
_RATIO_SIZE = re.compile(r"(?i:\s+(?:the|that)\s+(?:size|area|amount|number|volume|value|level|scale|length)\s+of\b)")
_RATIO_BEFORE = re.compile(r"(?i:\b(?:is|are|was|were|amounts?\s+to|amounted\s+to|equals?|equalled)\s+(?:only\s+)?$)")
_GROUP_FRACTION = re.compile(r"(?i:\b(?:top|bottom|poorest|richest|wealthiest|upper|lower)\s+$)")
_NUMBER_OF = re.compile(r"(?i:\bnumber\s+of\b)")
# "a swap to protect 30 per cent of our zone", "a method to rid the oceans of plastic and remove 50 per cent of":
# a share someone means to act on, not one that is
_AIMED = re.compile(r"(?i:\bto\s+(?:[a-z]+\b[^,;.]{0,60}?\band\s+)?(?:protect|remove|reduce|cut|increase|raise|reach|"
                    r"achieve|bring|double|halve|restore|plant|conserve|preserve|eliminate|lift|mobili[sz]e|allocate|"
                    r"spend|invest|provide|create|set\s+aside|dedicate|place)\s+(?:\w+\s+){0,3}$)")
_CHANGE_IN = re.compile(r"(?i:[\s-]*(?:increase|rise|growth|jump|decrease|decline|drop|fall|reduction|cut)\s+"
                        r"(?:in|of)\s+(?:the\s+)?(?:(?:total\s+)?number\s+of\s+)?)")
_OF_LEAD = re.compile(r"(?i:of\s+)")
_OF_WHOM = re.compile(r"(?i:(?:whom|which|them|these|those|it)\b)")
_OF_AFTER = re.compile(r"(?i:\s+of\s+)")
_SHARE_OF = re.compile(r"(?i:\s+of\s+(?:the\s+)?(?:\w+(?:'s|’s)?\s+){0,3}?)")
_TO_AFTER_VERB = re.compile(r"(?i:^\s*(?:by\s+)?(?:\w+\s+){0,2}?to\s+$)")
_BY_GAP = re.compile(r"(?i:^[\s,]*(?:(?:by|some|about|around|almost|nearly|over|more\s+than|less\s+than|"
                     r"just|a|an|the|only|roughly|approximately|another|further|sharply|significantly|"
                     r"dramatically|slightly|in\s+\d{4}|in\s+[a-z]+|last\s+year|this\s+year|year[- ]on[- ]year|"
                     r"\w+ly)[\s,]*)*$)")
_DIRECTION_NOUN = re.compile(r"(?i:[\s-]*(?:(?P<up>increase|rise|growth|jump|surge|gain|hike|higher|greater(?=\s+than)"
                             r"|more(?=\s+than))|"
                             r"(?P<down>decrease|decline|drop|fall|reduction|contraction|slump|cut|loss|lower"
                             r"|less(?=\s+than)))\b)")
_NEGATIVE = re.compile(r"(?i:\bnegative\s*$)")
_OBJECT_GAP = re.compile(r"(?i:\s+(?:(?:its|their|the|our|his|her|of|in)\s+)?(?:[\w-]+\s+)?)")
_BARE_BALANCE = frozenset({"deficit", "deficits", "surplus", "surpluses", "negative balance", "positive balance"})
_TRADE_WORDS = re.compile(r"(?i:\b(?:trade|exports?|imports?|goods)\b)")
_UP_DOWN = re.compile(r"(?i:\b(up|down)\s+(?:by\s+)?(?:(?!from\b|to\b)\w+\s+)?$)")
_AND_BY = re.compile(r"(?i:\d[^.;]*?(?:,|\band\b)\s+(?:by\s+)?(?:(?!to\b|reaching\b|at\b)[\w-]+\s+){0,3}$)")
# a count is claimed when something has, holds, hosts or is so many ("there are 59 programs")
_COUNT_VERB = re.compile(r"(?i:\b(?:has|have|had|there\s+(?:are|were|is|was)|hosts?|hosting|hosted|employs?|"
                         r"employed|created|lost|assist\w*|serv\w+|reach\w*|number\w*|totall?ed|were|are|receiv\w+|welcom\w+"
                         r"|attract\w+|record\w*|register\w*)\b)")
_MODIFIERS = re.compile(r"(?i:(?:[\w-]+\s+){0,2})")
_PART_AFTER = re.compile(r"(?i:\s(?:to|on|for|in)\s+(?:the\s+|its\s+|our\s+)?)")
_PEOPLE_PREFIXES = ("people_", "persons_", "individuals_", "inhabitants_", "men_", "women_", "children_")
_THAT_OF = re.compile(r"(?i:\b(?:that|those)\s+of\s+(?:the\s+)?$)")
_AND_NEXT = re.compile(r"(?i:\s*(?:,\s*)?(?:and|while|whereas)?\s+(?:by\s+)?"
                       r"(?:(?!to\b|reaching\b|at\b)[\w'’-]+\s+){0,4})")
_SHIFT_VERB = re.compile(r"(?i:\b(?:reorient\w*|redirect\w*|shift\w*|pivot\w*|divert\w*)\b(?:\s+[\w'’-]+){0,6}?"
                         r"\s+(?P<to>to|towards|toward)\s)")
_MORE_AND_MORE = re.compile(r"(?i:\b(?:more\s+and\s+more|a\s+growing\s+share|an\s+increasing\s+share)\s+of\b"
                            r"[^.;]*?\b(?:go|goes|went|is\s+going|flows?)\s+(?P<to>to|towards)\s)")
_AFTER_FIGURE = re.compile(r"(?i:\s*(?:(?:of|in|on)\s+)?(?:(?:the|our|its|their|new|lost|more|additional)\s+)*)")
_ADJECTIVE_BEFORE = re.compile(r"(?i:(?:\b(?:the|a|an|its|their|our|this|that|fastest|slowest|most|more)\s+|\w-)$)")
_NAMED_ROLES = frozenset({"period", "range", "between", "since"})
_WORLD_WHOLE = re.compile(r"(?i:\s+of\s+(?:the\s+)?(?:world(?:'s|’s)?|global|worldwide|planet(?:'s|’s))\s+"
                          r"(?:(?:total|annual|overall)\s+)?)")
# a period said right after a figure in another clause is that figure's ("down from 56 per cent in 2011")
_FIGURE_BEFORE = re.compile(r"(?i:(?:%|\bper\s*cent|\bpercent|\d|\b(?:million|billion|trillion))\s*$)")
_MOVED_FROM = re.compile(r"(?i:\b(?:down|up|fallen|risen|dropped|declined|increased|decreased|rose|fell)\s+from\s+$)")
_OBJECT_BY = re.compile(r"(?i:\s+(?:[\w'’-]+\s+){1,6}by\s+(?:(?:some|about|around|almost|nearly|over|more\s+than"
                        r"|less\s+than|roughly|approximately|just|only)\s+)?)")
_CLAUSE_WORD = re.compile(r"(?i:[;:]|\b(?:despite|although|though|while|whereas|but|because|in\s+spite\s+of"
                          r"|and\s+made)\b)")
# "the mean annual growth rate is 11.4 per cent", "an average annual increase of 5%", "7% a year on average"
_AVERAGE_RATE = re.compile(r"(?i:\b(?:(?:average|mean)\s+(?:annual|yearly)|annual\s+average|average)\s+(?:\w+\s+){0,3}?"
                           r"(?:growth|increase|rise|rate|decline|decrease|reduction)\b[^.;]*$)")
_AVERAGE_AFTER = re.compile(r"(?i:\s+(?:a|per|each)\s+(?:year|annum)\s+on\s+average\b|\s+on\s+average\s+(?:a|per|each)"
                            r"\s+(?:year|annum)\b|\s+(?:a|per|each)\s+(?:year|annum)\s+(?:over|during|for|since|between"
                            r"|in\s+the\s+(?:past|last))\b)")
_FROM_CONTINUES = re.compile(r"(?i:[\s,;—–-]*(?:up\s+|down\s+)?from\b)")
# "plans on reducing emissions by 70 percent", "its contribution to reduce emissions by 14 per cent": aims
_AIM_BEFORE = re.compile(r"(?i:\b(?:plans?|planning|aims?|aiming|intends?|intending|seeks?|seeking|hopes?|pledged?"
                         r"|commit(?:ted|ment|s)?|contribution|target|goal|determined|ready|prepared|decided|agreed"
                         r"|promised?|wants?|proposed?|proposing|undertak\w+|strive|striving)\s+(?:on\s+|at\s+|to\s+)?"
                         r"(?:\w+\s+){0,2}?(?:reduc|increas|cut|rais|doubl|halv|lower|boost|grow|expand|bring)\w*\b"
                         r"[^.;]*$)")
_NOT_BEFORE = re.compile(r"(?i:\bnot\s+(?:only\s+|just\s+|even\s+)?(?:by\s+)?$)")
# "a 0.2 per cent levy on imports": the rate of a tax, not a figure about the flow it is levied on
_RATE_NOUN_AFTER = re.compile(r"(?i:\s*(?:[\w-]+\s+){0,2}?(?:levy|levies|tax|taxes|tariffs?|duty|duties|surcharge|vat"
                              r"|fee|fees|commission|interest\s+rate|discount)\b)")
_WORLD_OWNER = re.compile(r"(?i:\b(?:global|world|worldwide|planetary)\s+(?:[\w-]+\s+){0,2}$)")
_AT_RATE = re.compile(r"(?i:\bat\s+(?:an?\s+|the\s+)?(?:annual(?:i[sz]ed)?\s+|yearly\s+)?(?:rate|pace)\s+of\s+$)")
# "a country of fewer than 3 million people", "Haiti's 11 million people": the population
# Deaths said with a verb, only where the verb and the counted people meet: "killed 65 people", "300 people died",
# "left 292 dead"; never "died at the age of 95" or "300 were killed and 1,000 injured" read as 1,000 deaths
_DEAD_HEDGE = r"(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least|around)\s+)?"
_DEAD_COUNT = r"\d[\d,.]*(?:\s+(?:thousand|million))?"
_KILLED = re.compile(
    r"(?i:\b(?P<verb>killed|claimed\s+the\s+lives\s+of)\s+" + _DEAD_HEDGE + _DEAD_COUNT
    + r"\s+(?:people|persons|civilians|children|women|men|lives)\b|\b(?P<left>left)\s+" + _DEAD_HEDGE + _DEAD_COUNT
    + r"\s+dead\b)")
_DIED = re.compile(r"(?i:" + _DEAD_COUNT + r"\s+(?:people|persons|civilians|children|women|men|soldiers)\s+"
                   r"(?:(?:had|have|were|was)\s+(?:been\s+)?)?(?P<verb>killed|died|perished)\b)")
_POPULATION_OF = re.compile(r"(?i:(?:\b(?:country|nation|island|state|republic)\s+of|(?<=\w)(?:'s|’s))\s+"
                            r"(?:(?:about|some|nearly|almost"
                            r"|over|more\s+than|fewer\s+than|less\s+than|just|only|around|roughly)\s+)?[\d.,]+(?:\s*(?:million"
                            r"|billion|thousand))?\s+(?P<noun>people|inhabitants|citizens|souls))")
_PER_NUMBER = re.compile(r"(?i:\b(?:per|for\s+every|every|out\s+of)\s+[\d,.]+(?:\s+(?:thousand|million))?\s+$)")
# Indicators of one economy or people, never of a flow between two: a place after "with"/"to" is no partner of theirs
_NO_PARTNER = frozenset({"population", "gdp", "gdp_per_capita", "gni", "unemployment", "inflation",
                         "industrial_production",
                         "agricultural_production", "life_expectancy", "poverty_rate", "wealth", "area", "land_area",
                         "deaths", "injuries"})
_OWNER_GAP = re.compile(r"(?:'s|’s|'|’)?\s*")
_RELATIVE = re.compile(r"(?i:(?:which|that)\s+(?:is|was|are|were|stands?|stood)\s+(?:\w+\s+)?(?:at|to)\b"
                       r"|(?:down|up)\s+from\b|(?:now|currently)\s+(?:at|standing)\b)")
_FIRST_PERSON = re.compile(r"(?i:\b(?:we|our|ours|us|my\s+country)\b)")
_WHOLE_GAP = re.compile(r"(?i:\s+of\s+(?:(?:the|our|its|their|his|her|this|all|total|overall|entire|whole|national"
                        r"|[\w-]+(?:'s|’s))\s+)*)")
_OBJECT_WORDS = re.compile(r"(?i:\s+(?:[\w'’-]+\s+){1,6})")
_NOUN_OF = re.compile(r"(?i:\b(?:(?P<up>increase|rise|growth|gain|jump|surge)"
                      r"|(?P<down>decrease|decline|drop|fall|reduction|contraction|loss))\s+of\s+$)")
_EXTRA_BEFORE = re.compile(r"(?i:\badditional\s+(?:\w+\s+)?$)")
_WITH_FIGURE = re.compile(r"(?i:\s+(lost|new|additional)\s+(?:[\w-]+\s+){0,2}?(?:jobs|workers|employees|positions)\b)")
# "the 2 million jobs we created", "3 million jobs were lost": the verb after the counted jobs
_JOBS_THEN_VERB = re.compile(
    r"(?i:(?<=jobs)|(?<=workplaces)|(?<=positions))(?i:\s+(?:(?:that|which)\s+)?(?:(?:we|they|it|the\s+\w+)\s+)?"
    r"(?:(?:have|has|had|were|was|have\s+been|had\s+been|'ve|'d)\s+)?"
    r"(?P<verb>created|added|generated|lost|cut|shed|eliminated|destroyed)\b)")
_JOBS_AFTER = re.compile(r"(?i:\s+(?:new\s+)?(?:jobs|workplaces|positions)\b)")
_DISCOURSE = re.compile(r"(?i:\s+(?:like\s+to\s+)?(?:mention|say|note|add|point\s+out|recall|remind|stress"
                        r"|emphasi[sz]e|underline|underscore|highlight)\b)")
_CONTINUES = re.compile(r"(?i:\b(?:continues?|continued|continuing|keeps?|kept|keeping)\s+(?:to\s+)?$)")
_AUXILIARY = re.compile(r"(?i:\b(?:is|are|was|were|been|be|has|have|had)\s+"
                        r"(?:(?:\w+ly|also|still|now|not|already|further|again|even)\s+){0,2}$)")
# Verbs that report a trend named by a noun: "we have seen an increase in", "there has been a sharp decline in"
_WITNESSED = re.compile(
    r"(?i:\b(?:there\s+(?:has|have|had)\s+been|there\s+(?:was|were|is|are)|(?:seen|saw|see|witnessed|experienced|"
    r"enjoyed|recorded|registered|achieved|posted|showed|shown|shows|sees|witnesses|experiences|records|registers)|"
    r"(?:is|are|was|were)\s+(?:seeing|witnessing|experiencing|enjoying|recording))\s+"
    r"(?:(?:a|an|the|some|continued|continuous)\s+)?(?:[\w-]+\s+){0,3}?$)")
_NONE_SEEN = re.compile(r"(?i:\b(?:no|nobody|none|never|without|little|hardly|not|any)\b|\bto\s+(?:see|witness)\b)")
_OBJECT_NAMED = re.compile(r"(?i:[a-z])")  # "in violence": a word, not a year ("in 2018")
_IN_OR_OF = re.compile(r"(?i:\s+(?:in|of)\s+(?:(?:the|our|its|their|his|her)\s+)?)")
_STRETCH = re.compile(r".*[,;:—–]")
_FROM_BEFORE = re.compile(r"(?i:\bfrom\s+$)")
_TO_BEFORE = re.compile(r"(?i:\bto\s+$)")
_THAN_EARLIER = re.compile(r"(?i:\s*(?:in|during|before|at\s+the\s+(?:start|beginning)|the\s+same\s+period|the\s+pre"
                           r"|\d{4}|a\s+year\s+(?:ago|earlier)|last\s+year|(?:it\s+)?was\b))")
_COOPERATION = re.compile(r"(?i:\b(?:cooperation|partners?|partnership|markets?|economic|economy|trade)\b)")
_GROWTH_WORD = re.compile(r"(?i:\bgrowth\b)")
_RANK = re.compile(
    r"(?i:\b(?:the\s+)?(?:main|largest|biggest|leading|top|key|principal|chief|major|most\s+important|primary)\s+"
    r"(?P<mid>[^.;]*?)\s+(?:are|is|were|was|include|includes|included|remain|remains)\s+(?P<list>[^.;]+))"
)
_PARTNER_RANK = re.compile(
    r"(?i:\b(?:is|was|remains|remained|has\s+become|became)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:\w+(?:'s|’s)\s+)?"
    r"(?:second[- ]|third[- ])?"
    r"(?:largest|main|biggest|leading|top|key|principal|most\s+important)\s+(?P<what>trading|trade|export|import)"
    r"\s+partner)"
)
_IS_NAMED = re.compile(r"(?i:[\s,]*(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+(?:now\s+)?)")
_LAST_BOUNDARY = re.compile(r"(?is:.*(?:[,;:—–(]|\bwhich\b|\bthat\b|\band\b|\bwho\b))")
_FIRST_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NOT_A_NAME = frozenset({"the", "this", "that", "these", "those", "it", "its", "they", "their", "there", "today", "now",
                         "currently", "in", "at", "with", "as", "and", "but", "yet", "since", "still", "moreover",
                         "furthermore", "indeed", "also", "a", "an", "one", "such", "here", "by", "for", "of", "on"})
_FASTER = re.compile(r"(?i:\b(?:grow\w*|grew|ris\w+|rose|increas\w+|expand\w*)\s+(?:much\s+|far\s+)?"
                     r"(?:faster|more\s+quickly|more\s+rapidly|slower|more\s+slowly)\s+than\b"
                     r"|\b(?:outpac\w+|outstrip\w*|outgr[eo]w\w*|outperform\w*)\b)")  # "exports have outpaced imports"
_HIGHER = re.compile(r"(?i:\b(?:is|are|was|were|remains?|remained|been|now)\s+(?:\w+\s+)?"
                     r"(?:(?P<cmp>higher|larger|greater|bigger|lower|smaller)\s+than|(?P<eq>equal|equivalent)\s+to)\b)")
_WORLD_AFTER = re.compile(r"(?i:\s+(?:the\s+)?(?:global|world|worldwide)\b)")
_NOT_A_LIST = re.compile(
    r"(?i:(?:not|also|still|now|being|becoming|expected|likely|set|to|very|more|less|so|too|\w+ly)\b)")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
_WORLD_BEFORE = re.compile(r"(?i:\b(?:global|world|international|world\s+market)\s*$)")
_WORLD_WORD = re.compile(r"(?i:(?:global|world|international)\b)")
_HYPOTHETICAL = re.compile(r"(?i:^\W*(?:had|were|should)\s.*\bwould\b"
                           r"|\b(?:if|unless|were\s+it\s+not)\b.*\b(?:would|could|might)\b|"
                           r"\b(?:would|could|might)\b.*\bif\b|\bwould\s+have\b|\bimagine\b)")
_VERB_AFTER = re.compile(r"(?i:\s+(?:(?:also|still|now|already|alone)\s+)?(?:is|are|was|were|has|have|had|spends?|"
                         r"spent|spending|exports?|exported|imports?|imported|produces?|produced|holds?|held|received?|"
                         r"accounts?|accounted|\w+ed)\b)")
_APPOSITION = re.compile(r"(?i:\W*(?:or|i\.e\.|that\s+is|equal\s+to|equivalent\s+to|representing|accounting\s+for"
                         r"|some|about|nearly|almost|roughly|around)\b)")
_ANAPHORA = re.compile(r"\W*(?:Those|These|Their|Its)\s+[a-z]")
_SUBORDINATE = re.compile(r"(?i:\b(?:while|when|whereas|although|though|as|since|if|because|unless|after|before)\b)")
_PRONOUNS = frozenset({"i", "we", "it", "they", "he", "she", "this", "that", "you", "one", "there", "as"})
_SPEECH_THAT = re.compile(r"(?i:\s*(?:,\s*)?(?:that\b|:\s*|,\s*(?=\")))")
_CAPITAL_NAME = re.compile(r"(?:[A-Z][\w.-]+(?:'s|’s)?\s+)+[A-Z][\w.-]+")
# "According to Oxfam data, ...", "..., which, according to the Bank of Guatemala, grew ...": who the figure is
# attributed to; what the attribution names (its newspaper's country, its publication date) is not the claim's.
_ACCORDING = re.compile(r"(?i:\baccording\s+to\s+)(?P<who>[^,;:]{2,120}?)\s*(?=,|;|:|$)")
_SOURCE_TAIL = re.compile(r"(?i:(?:'s|’s)?\s+(?:data|figures|estimates|statistics|calculations|numbers|reports?"
                          r"|surveys?|studies|study)$)")


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


class SentenceAnalyser:
    """Turns one sentence into claim drafts, reading and updating the document's context."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    # ------------------------------------------------------------------ sentence level
    def analyse(self, text: str, start: int, end: int, ctx: DocContext) -> list[Draft]:
        sentence = text[start:end]
        ref = ctx.ref()
        periods = find_periods(text, start, end, ref)
        if sentence.rstrip("\"”’' *_)").endswith("?"):
            return []
        claimant, body = self._claimant(text, start, end)
        muted: list[tuple[int, int]] = []
        if claimant is None:
            claimant, muted = self._according_to(text, start, end)
            if muted and muted[0][0] <= start + 2 and text[muted[0][1]:muted[0][1] + 1] == ",":
                body = muted[0][1] + 1  # the sentence proper begins after "According to X,"
        periods = [p for p in periods if p.role == "latest" or not any(a <= p.start < b for a, b in muted)]
        drafts: list[Draft] = []
        # A period after the document's date, or "by <year>" in an undated document, marks a forecast or a
        # target, as do "will", "is expected to", "our goal" (the forecast lexicon).
        future = [p.start for p in periods if p.period and (
            (p.role in ("period", "range", "deadline") and is_future(p.period, ref))
            or (ref.year is None and p.role == "deadline"))]
        markers = [h.start for h in self._forecasts(text, body, end)] + future
        first_marker = min(markers, default=end)
        condition = _HYPOTHETICAL.search(sentence)
        hypothetical = condition is not None
        # "Exports rose 5 per cent last year, and if this continues we would ...": what comes before the
        # condition is a fact; the condition and what follows it are not
        condition_start = start + condition.start() if condition else end
        spans = self._clauses(text, body, end, periods)
        previous: Mentions | None = None
        all_places: list[Place] = []
        mentions = []
        for cs, ce in spans:
            m = self._mentions(text, cs, ce, periods, ctx.speaker())
            m.places = [p for p in m.places if not any(a <= p.start < b for a, b in muted)]
            mentions.append(m)
        topic = self._topic(spans, mentions, text, body, ctx)
        for (cs, ce), m in zip(spans, mentions, strict=True):
            all_places += m.places
            # a clause that speaks as "we"/"our" is the speaker's, whatever country the sentence is about
            ctx.topic = None if _FIRST_PERSON.search(text, cs, ce) else topic
            own_period = any(cs <= p.start < ce and p.role in _NAMED_ROLES for p in periods)
            # A clause holding a marker is a forecast; so are the clauses after one ("projected to rise by $51
            # billion, $49 billion of which ..."), unless they name a period of their own.
            # "..., from only $543 in 2005-2006" after "is expected to grow to $1,602": where the forecast starts
            continues_forecast = _FROM_CONTINUES.match(text, cs) is not None
            forecast = any(cs <= x < ce for x in markers) or (
                first_marker < cs and (not own_period or continues_forecast))
            if ce > condition_start or forecast:
                previous = m
                continue
            if previous is not None and not m.indicators and previous.indicators and (
                    m.quantities or _HIGHER.search(text, cs, ce)):
                # "exports rose 5%, imports 3%": the first; "..., the poverty rate, which is now 36.5 per cent":
                # a relative clause speaks of the nearest
                relative = _RELATIVE.match(text, cs) is not None
                m.indicators = previous.indicators[-1:] if relative else previous.indicators[:1]
                m.places = m.places or previous.places
                m.commodities = m.commodities or previous.commodities
            if previous is not None and not m.directions and m.quantities:
                # "exports rose 5%, imports 3%": the second figure shares the first one's verb
                m.directions = [d for d in previous.directions if d.end <= previous.end][-1:]
            found = self._clause_drafts(text, m, ctx)
            if previous is not None and previous.indicators and _APPOSITION.match(text, cs):
                # "Remittances reached $4 billion, or 12 per cent of GDP": the share is of what came before
                found = [replace(d, subject=replace(d.subject, indicator=previous.indicators[-1].value))
                         if d.kind == "share" and d.subject.indicator is None else d for d in found]
            drafts += found
            previous = m
        if not drafts and not hypothetical and not markers:
            note = self._other_note(text, body, end)
            if note:
                drafts.append(Draft("other", Subject(indicator=self._first_indicator(text, body, end),
                                                     entity=self._roles(all_places, "", ctx)[0]),
                                    self._period("other", periods, ctx), note=note))
        drafts = _unrepeated(drafts)
        for d in drafts:
            d.claimant = claimant
        self._remember(periods, all_places, ctx, ref)
        # what a following "Those ..."/"Its ..." sentence refers back to: this one's first subject country
        ctx.last_subject = topic or next((p.code for p in all_places if p.role == "entity" and p.code != "world"),
                                         None)
        ctx.topic = None
        return drafts

    @staticmethod
    def _topic(spans: list[tuple[int, int]], mentions: list[Mentions], text: str, body: int,
               ctx: DocContext) -> str | None:
        """The country a sentence speaks of where a clause names none (see DocContext.topic): a place that is a
        verb's subject ("... which the FRG is spending"), not in a subordinate clause ("While Uganda has grown,
        ..."); for a sentence opening "Those/These/Its/Their <noun>", the previous sentence's."""
        for (cs, _), m in zip(spans, mentions, strict=True):
            for p in m.places:
                if p.role == "entity" and p.code != "world" and _VERB_AFTER.match(text, p.end) \
                        and not _SUBORDINATE.search(text, max(body, cs - 12), p.start):
                    return p.code
        if _ANAPHORA.match(text, body) and not any(m.places for m in mentions):
            return ctx.last_subject  # "Those profits had been from 18.8 to 23 per cent of invested capital"
        return None

    def _forecasts(self, text: str, start: int, end: int) -> list[Hit]:
        """Forecast, target and promise markers; "I should mention" is a way of speaking, not a target."""
        return [h for h in self.lex["forecast"].find(text, start, end)
                if not (h.value and _DISCOURSE.match(text, h.end))]

    def _clauses(self, text: str, start: int, end: int,
                 periods: list[PeriodMention]) -> list[tuple[int, int]]:
        """Clause spans; a piece with no figure and no trend verb stays with its neighbour, so only two
        statements that each hold one are analysed apart."""
        merged: list[list[int]] = []  # [start, end, has a trigger]
        for s, e in clauses(text, start, end):
            figures = [s + d.start() for d in re.finditer(r"\d|%", text[s:e])]
            trigger = any(not any(p.start <= f < p.end for p in periods) for f in figures) \
                or bool(self.lex["direction"].find(text, s, e)) or bool(self.lex["multiplier"].find(text, s, e))
            # "our emissions are below 0.003 per cent ..., Timor-Leste is committed to ...": a promise after a
            # fact stays apart from it, so the fact is not read as part of the promise
            promise_after_fact = not trigger and merged and merged[-1][2] and bool(self._forecasts(text, s, e))
            if merged and (not trigger or not merged[-1][2]) and not promise_after_fact:
                merged[-1][1:] = [e, int(merged[-1][2] or trigger)]
            else:
                merged.append([s, e, int(trigger)])
        return [(s, e) for s, e, _ in merged]

    def _claimant(self, text: str, start: int, end: int) -> tuple[str | None, int]:
        """Who the sentence reports ("X stated that ..."), and where the reported words begin."""
        for hit in self.lex["speech"].find(text, start, end):
            if not _SPEECH_THAT.match(text, hit.end, end):
                continue
            before = text[start:hit.start].strip(" ,")
            if not before:
                continue
            names = _CAPITAL_NAME.findall(before)
            who = names[-1].strip() if names else before.split(",")[-1].strip()
            words = who.lower().split()
            if not words or words[0] in _PRONOUNS or words[-1] in ("be", "been", "being", "is", "was", "are", "were"):
                return None, hit.end  # "we noted that", "it should be pointed out that": no one named
            body = _SPEECH_THAT.match(text, hit.end, end)
            return who, body.end() if body else hit.end
        return None, start

    @staticmethod
    def _according_to(text: str, start: int, end: int) -> tuple[str | None, list[tuple[int, int]]]:
        """"According to X": X as the claimant when it names someone ("Oxfam", "the Bank of Guatemala"), and
        the attribution's span, whose places and dates are the source's, not the claim's."""
        found = _ACCORDING.search(text, start, end)
        if not found:
            return None, []
        who = found.group("who").strip()
        first_capital = re.search(r"\b[A-Z]", who)
        claimant = None
        if first_capital is not None:  # "data published in the United States Press": the name it gives
            claimant = _SOURCE_TAIL.sub("", who[first_capital.start():]).strip() or None
        return claimant, [found.span()]

    def _mentions(self, text: str, start: int, end: int, periods: list[PeriodMention],
                  self_code: str | None = None) -> Mentions:
        period_spans = [(p.start, p.end) for p in periods if p.start < end and start < p.end]
        quantities = find_quantities(text, start, end, self.lex, period_spans)
        indicators = self.lex["indicator"].find(text, start, end)
        # "75 per 100,000 inhabitants": the denominator's noun is not what the figure measures
        indicators = [h for h in indicators if not _PER_NUMBER.search(text, max(start, h.start - 24), h.start)]
        for dead in [*_KILLED.finditer(text, start, end), *_DIED.finditer(text, start, end)]:
            # "killed 65 people", "300 people died", "left 292 dead": the deaths a figure counts
            verb = "left" if dead.groupdict().get("left") else "verb"
            if not any(h.start <= dead.start(verb) < h.end for h in indicators):
                indicators = sorted([*indicators, Hit(dead.start(verb), dead.end(verb), "indicator", "deaths")],
                                    key=lambda h: h.start)
        for pop in _POPULATION_OF.finditer(text, start, end):
            if not any(h.start <= pop.start("noun") < h.end for h in indicators):
                indicators = sorted([*indicators, Hit(pop.start("noun"), pop.end("noun"), "indicator", "population")],
                                    key=lambda h: h.start)
        for flow in _ABROAD.finditer(text, start, end):
            verb = "out" if flow.group("out") else "in"
            vs, ve = flow.span(verb)
            if not any(h.start < flow.end() and vs < h.end and h.value in SHARE_INDICATORS for h in indicators):
                indicators = sorted([*indicators, Hit(vs, ve, "indicator", "exports" if verb == "out" else "imports")],
                                    key=lambda h: h.start)
        currency_spans = [(q.start, q.end) for q in quantities if q.unit and q.unit.isupper()]
        places = find_places(text, start, end, self.lex, [(h.start, h.end) for h in indicators],
                             currency_spans + period_spans, self_code)
        directions = [h for h in self.lex["direction"].find(text, start, end)
                      if not re.match(r"\s+out\b", text[h.end:h.end + 5])
                      and not (text[h.start:h.start + 3].lower() == "on "
                               and re.match(r"\s+(?:of|in)\b", text[h.end:h.end + 4]))]
        # "on the rise of extremism" is a noun phrase, "X is on the rise" a trend
        # "greenhouse gas emissions" names an indicator, not the commodity gas
        commodities = [c for c in self.lex["commodity"].find(text, start, end)
                       if not any(h.start <= c.start and c.end <= h.end for h in indicators)]
        own = [p for p in periods if p.start < end and start < p.end]
        # "Whereas thirty years ago ..., at present some $120 billion": a clause speaking of now keeps to now
        speaks_of_now = any(p.role == "present" for p in own) and not any(p.role in _NAMED_ROLES for p in own)
        borrowed = [] if speaks_of_now else [
            p for p in periods if not (p.start < end and start < p.end) and p.role not in ("since", "present")
            and not (p.start >= end and _FIGURE_BEFORE.search(text, max(0, p.start - 20), p.start))]
        return Mentions(start, end, quantities, indicators, commodities, places,
                        directions, self.lex["multiplier"].find(text, start, end), own + borrowed)

    def _remember(self, periods: list[PeriodMention], places: list[Place], ctx: DocContext, ref: DateRef) -> None:
        for p in places:
            ctx.counts[p.code] += 1
        named = [p for p in periods if p.role in _NAMED_ROLES and p.period
                 and not is_future(p.period, ref) and (p.period.start or "") >= "1950"]
        if named:
            previous = ctx.last_period
            first = named[0]
            if first.role == "since" and first.period and ref.year:
                ctx.last_period = Period(start=first.period.start, end=str(ref.year - 1))
            else:
                ctx.last_period = first.period
            ctx.last_was_span = bool(first.shift)
            base = next((p for p in periods if p.role == "base"), None)
            if first.shift and first.period:
                ctx.last_base = Period(start=str(int(first.period.end or 0) - first.shift),
                                       end=str(int(first.period.end or 0) - first.shift))
            elif base and ctx.last_period:
                ctx.last_base = self._base(ctx.last_period, base)
            elif ctx.last_period != previous:
                ctx.last_base = None  # the same period named again keeps the base it was compared with

    # ------------------------------------------------------------------ clause level
    def _clause_drafts(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        drafts: list[Draft] = []
        for maker in (self._shift, self._rank, self._comparison, self._share, self._faster):
            drafts = maker(text, m, ctx)
            if drafts:
                drafts += self._amounts(text, self._unused(text, m, drafts), ctx)
                break
        else:
            drafts = self._amounts(text, m, ctx) or self._trend(text, m, ctx) or self._noun_trend(text, m, ctx)
        if not any(d.kind == "rank" for d in drafts):
            drafts += self._superlative(text, m, ctx)
        if not any(d.kind in ("trend", "ratio", "growth") for d in drafts):
            drafts += self._higher(text, m, ctx)  # "$1.69 trillion, which was higher than in 2015": both
        return drafts

    @staticmethod
    def _unused(text: str, m: Mentions, drafts: list[Draft]) -> Mentions:
        """The clause with only the amounts no draft has claimed: "killed 65 people and wiped out 200 per cent
        of GDP" is a share and a count. Fractions, multipliers and percentages "of" something (shares the
        share rule chose not to claim) are left alone."""
        claimed = [d.claimed for d in drafts if d.claimed is not None and d.claimed.value is not None]
        left = [q for q in m.quantities if q.kind == "amount" and q.unit is not None
                and not (q.unit == "%" and _OF_AFTER.match(text, q.end, m.end)) and not any(
            c.unit == q.unit and abs(abs(c.value or 0) - abs(q.value)) <= 1e-9 * max(1.0, abs(q.value))
            for c in claimed)]
        return replace(m, quantities=left, multipliers=[])

    def _superlative(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """Ranks among entities said with a superlative (superlatives.py), the entity their item: "the lowest
        unemployment rate in the region", "one of the world's largest exporters of potash", "the fifth largest
        coffee producer", "one of the 10 most populous countries"."""
        drafts: list[Draft] = []
        found = superlatives.find(text, m.start, m.end, [(p.start, p.end) for p in m.places])
        for sup in found:
            if not sup.among_entities:
                continue
            if sup.bare and drafts:
                # "the largest refugee population on the continent and the third-largest in the world"
                previous = drafts[-1]
                drafts.append(replace(previous, note=sup.note))
                continue
            inside = next((h for h in m.indicators if sup.start <= h.start < max(sup.head_end, sup.start + 1)), None)
            indicator = sup.measure if sup.measure and (inside is None or sup.measure != "gdp") else None
            indicator = indicator or (inside.value if inside else None)
            if indicator is None and sup.bare:
                # "the literacy rate stands at 92 per cent, one of the highest in the world": the clause's measure
                before = next((h for h in reversed(m.indicators) if h.end <= sup.start), None)
                before = before or next((h for h in m.indicators if sup.start <= h.start < sup.end), None)
                indicator = before.value if before else None  # "second only to the US in soybean exports"
            if indicator == "gdp" and re.search(r"(?i:growing|growth)", sup.note):
                indicator = "gdp_growth"  # "the fastest-growing economy", "the highest growth" rank growth rates
            if indicator is None or any(d.subject.indicator == indicator for d in drafts):
                continue
            since = max([m.start] + [x.end for x in found if x.end <= sup.start])
            owners = [p for p in m.places if since <= p.start and p.end <= sup.start]  # after the previous rank
            named = _IS_NAMED.match(text, sup.end)
            item = next((p for p in m.places if named and p.start == named.end()), None)
            if item is not None:
                # "Our largest trading partner is Uganda": the place named after it is the one ranked
                entity = owners[-1].code if owners else ctx.speaker()
                items: tuple[str, ...] = (item.code,)
            else:
                if not owners and self._ranks_something_else(text, since, sup.start):
                    continue  # "Tourism is the world's largest industry", "Safaricom is the largest investor"
                entity, _ = self._roles(owners, indicator, ctx)
                items = (entity,) if entity else ()
            commodity = next((h.value for h in m.commodities if sup.start <= h.start <= sup.end + 30), None)
            drafts.append(Draft("rank", Subject(indicator, entity, None, commodity),
                                self._period("rank", m.periods, ctx), items=items, note=sup.note))
        return drafts

    @staticmethod
    def _ranks_something_else(text: str, start: int, end: int) -> bool:
        """Whether the subject before a superlative is a name that is not a place ("KTDA is ...", "Tourism is
        ..."): then the rank is that thing's, not a country's. "We", "our", "the country" and "it" rank the
        speaker's country."""
        boundary = _LAST_BOUNDARY.match(text, start, end)
        start = boundary.end() if boundary else start  # "..., which is our largest exports earner"
        first = _FIRST_WORD.search(text, start, end)
        if first is None or _FIRST_PERSON.search(text, start, end + 4):
            return False
        word = first.group()
        return word[0].isupper() and word.lower() not in _NOT_A_NAME

    def _shift(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """Trade turning towards a partner: "turning towards X", "reorienting its exports from X to Y",
        "more and more of its trade goes to Y". Away from X is the same shift, falling."""
        targets: list[tuple[Place, str, int]] = []
        for hit in self.lex["shift"].find(text, m.start, m.end):
            if not text[m.start:hit.start].strip(" ,\"“”'"):
                continue  # "Turning to the situation in Mali": the speaker changing the subject
            target = next((p for p in m.places if hit.end <= p.start <= hit.end + 80), None)
            trade_talk = any(h.value in SHARE_INDICATORS for h in m.indicators) or \
                _COOPERATION.search(text, m.start, m.end) is not None
            if target is not None and (target.form == "group" or trade_talk):
                targets.append((target, hit.value, hit.start))
                break
        if not targets:
            for rx in (_SHIFT_VERB, _MORE_AND_MORE):
                found = rx.search(text, m.start, m.end)
                if not found or not any(h.value in SHARE_INDICATORS for h in m.indicators):
                    continue  # "troops are shifting from ... to ...": only trade shifts
                to = next((p for p in m.places if found.start("to") <= p.start <= found.end("to") + 40), None)
                source = next((p for p in m.places if found.start() <= p.start < found.start("to")
                               and text[max(m.start, p.start - 9):p.start].lower().rstrip().endswith(("from", "the"))
                               and "from" in text[found.start():p.start].lower()), None)
                if to is not None:
                    targets.append((to, "rising", found.start()))
                    if source is not None:
                        targets.append((source, "falling", found.start()))
                break
        drafts = []
        named = {id(t) for t, _, _ in targets}
        for target, relation, _ in targets:
            before = [p for p in m.places if p.end <= target.start and p.role == "entity" and id(p) not in named]
            entity = before[0].code if before else ctx.default_entity()
            if target.code == entity:
                continue  # turning towards itself: not a shift of trade
            indicator = m.indicators[0].value if m.indicators else "trade"
            drafts.append(Draft("shift", Subject(indicator, entity, target.code), self._period("shift", m.periods, ctx),
                                against=Subject(indicator, entity, None), claimed=Quantity(None, "%", relation)))
        return drafts

    def _rank(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        partner_rank = _PARTNER_RANK.search(text, m.start, m.end)
        if partner_rank:
            subject_places = [p for p in m.places if p.end <= partner_rank.start()]
            owner = [p for p in m.places if p.start >= partner_rank.start()]
            if subject_places:
                what = partner_rank.group("what").lower()
                indicator = {"export": "exports", "import": "imports"}.get(what, "trade")
                entity = owner[0].code if owner else ctx.speaker()  # "the country's main trading partner"
                return [Draft("rank", Subject(indicator, entity, None), self._period("rank", m.periods, ctx),
                              items=(subject_places[-1].code,))]
        rank = _RANK.search(text, m.start, m.end)
        if not rank:
            return []
        mid_start, mid_end = rank.span("mid")
        indicator = next((h for h in m.indicators if mid_start <= h.start < mid_end), None)
        if indicator is None or indicator.value not in ("exports", "imports", "trade"):
            return []
        listed = rank.group("list")
        if _NOT_A_LIST.match(listed) or self.lex["direction"].match_at(text, rank.start("list")):
            return []
        items = tuple(i for i in (_clean_item(x) for x in _LIST_SPLIT.split(listed)) if i)
        if len(items) < 1 or any(len(i.split()) > 6 for i in items):
            return []
        places = [p for p in m.places if mid_start <= p.start < mid_end]
        entity, partner = self._roles(places, indicator.value, ctx)
        return [Draft("rank", Subject(indicator.value, entity, partner), self._period("rank", m.periods, ctx),
                      items=items)]

    def _comparison(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """Growth ("three times faster than") and ratio ("half as much as", "twice as large as")."""
        for q in m.quantities:
            if q.kind not in ("times", "fraction"):
                continue
            past = _WHAT_IT_WAS.match(text, q.end, m.end)
            if past:
                drafts = self._against_its_past(text, m, ctx, q, past.end())
                if drafts:
                    return drafts
            growth = _GROWTH_AFTER.match(text, q.end, m.end)
            ratio = None if growth else _RATIO_AFTER.match(text, q.end, m.end)
            of_ratio = None
            if not growth and not ratio and _RATIO_BEFORE.search(text, m.start, q.start):
                of_ratio = _RATIO_OF.match(text, q.end, m.end)
            if not growth and not ratio and not of_ratio and q.kind == "times":
                of_ratio = _RATIO_SIZE.match(text, q.end, m.end)
            found = growth or ratio or of_ratio
            if not found:
                continue
            value = q.value
            if growth and re.search(r"(?i:slower|slowly)", found.group()):
                value = 1 / value if q.kind == "times" else value
            if ratio and ratio.groupdict().get("cmp") and ratio.group("cmp").lower() in ("less", "smaller", "lower",
                                                                                         "fewer"):
                value = 1 / value
            left = [h for h in m.indicators if h.end <= q.start]
            right = [h for h in m.indicators if h.start >= found.end()]
            ind = left[-1].value if left else None  # the nearest before the figure
            against_ind = right[0].value if right else ind
            split = found.end() - len(found.group().split()[-1])  # where "than"/the last "as" begins
            left_places = [p for p in m.places if p.end <= split]
            right_places = [p for p in m.places if p.start >= found.end()]
            entity, partner = self._roles(left_places, ind or "", ctx)
            a_entity, a_partner = self._roles(right_places, against_ind or "", ctx, entity)
            if not right_places or THERE.search(text, found.end(), m.end):
                a_partner = a_partner or partner
            kind = "growth" if growth else "ratio"
            commodity = m.commodities[0].value if m.commodities else None
            base_here = any(p.role == "base" and found.start() <= p.start <= found.end() + 3 for p in m.periods)
            if ratio and q.kind == "times" and (base_here or (not right and not right_places
                                                             and _THAN_EARLIER.match(text, found.end()))):
                # "nine times higher than during the same period in 1956": one series against its own past
                pct = (value - 1) * 100
                period = self._period("change", m.periods, ctx)
                return [Draft("change", Subject(ind, entity, partner, commodity), period,
                              claimed=Quantity(round(pct, 4), "%", q.relation, None, 1.0))]
            return [Draft(kind, Subject(ind, entity, partner, commodity), self._period(kind, m.periods, ctx),
                          against=Subject(against_ind, a_entity, a_partner, commodity),
                          claimed=Quantity(round(value, 6), "ratio", q.relation,
                                           q.decimals if q.kind == "times" else None, 1.0))]
        return []

    def _against_its_past(self, text: str, m: Mentions, ctx: DocContext, q: QuantityMention,
                          after: int) -> list[Draft]:
        """"exports in 1952 were one-quarter of what they had been in 1938", "twice what it was in 2010": a
        change of one series against its own earlier value (−75 %, +100 %), the year named its base."""
        base = next((p for p in m.periods if p.end > after and p.start <= after + 12 and p.period), None)
        ind = next((h for h in reversed(m.indicators) if h.end <= q.start), None)
        if base is None or base.period is None or ind is None:
            return []
        entity, partner = self._roles([p for p in m.places if p.end <= q.start], ind.value, ctx)
        period = self._period("change", [p for p in m.periods if p is not base], ctx)
        period = replace(period, base_start=base.period.start, base_end=base.period.end)
        commodity = m.commodities[0].value if m.commodities else None
        pct = (q.value - 1) * 100
        return [Draft("change", Subject(ind.value, entity, partner, commodity), period,
                      claimed=Quantity(round(pct, 4), "%", q.relation, None, 1.0))]

    def _faster(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """"rising faster than the global average" with no multiplier: growth, 1, ``over``."""
        found = _FASTER.search(text, m.start, m.end)
        if not found or any(q.kind == "times" and q.end <= found.start() for q in m.quantities):
            return []
        left = [h for h in m.indicators if h.end <= found.start()]
        right = [h for h in m.indicators if h.start >= found.end()]
        ind = left[0].value if left else None
        entity, partner = self._roles([p for p in m.places if p.end <= found.start()], ind or "", ctx)
        a_entity, a_partner = self._roles([p for p in m.places if p.start >= found.end()], ind or "", ctx, entity)
        if _WORLD_AFTER.match(text, found.end()):
            a_entity = "world"
        slower = "slow" in found.group().lower()
        return [Draft("growth", Subject(ind, entity, partner), self._period("growth", m.periods, ctx),
                      against=Subject(right[0].value if right else ind, a_entity, a_partner),
                      claimed=Quantity(1.0, "ratio", "under" if slower else "over", None, 1.0))]

    def _higher(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """"higher than" with no figure: against an earlier year a trend ("spending in 2016 was $1.69 trillion,
        which was higher than in 2015"), against another series a ratio of 1 ("exports to China are now higher
        than exports to Russia": ``over``)."""
        found = _HIGHER.search(text, m.start, m.end)
        if not found or any(x.end <= found.start() <= x.end + 3 or found.end() <= x.start <= found.end() + 3
                            for x in m.quantities):
            return []  # "20 per cent higher than", "equal to 12.9 per cent of GDP": a figure's, read elsewhere
        equal = found.group("eq") is not None  # "our reserves are equal to the country's GDP": a ratio of 1
        lower = not equal and found.group("cmp").lower() in ("lower", "smaller", "less", "fewer")
        left = [h for h in m.indicators if h.end <= found.start()]
        if not left:
            return []
        ind = left[-1]
        base = next((p for p in m.periods if p.end > found.end() and p.start <= found.end() + 12 and p.period), None)
        if base is not None and base.period is not None and not equal:
            period = self._period("trend", [p for p in m.periods if p is not base], ctx)
            period = replace(period, base_start=base.period.start, base_end=base.period.end)
            entity, partner = self._roles([p for p in m.places if p.end <= found.start()], ind.value, ctx)
            return [Draft("trend", Subject(ind.value, entity, partner), period,
                          claimed=Quantity(None, None, "falling" if lower else "rising"))]
        right = [h for h in m.indicators if h.start >= found.end()]
        right_places = [p for p in m.places if p.start >= found.end()]
        if not right and not right_places:
            return []
        entity, partner = self._roles([p for p in m.places if p.end <= found.start()], ind.value, ctx)
        against_ind = right[0].value if right else ind.value
        a_entity, a_partner = self._roles(right_places, against_ind, ctx, entity)
        if (against_ind, a_entity, a_partner) == (ind.value, entity, partner):
            return []
        relation = "eq" if equal else "under" if lower else "over"
        return [Draft("ratio", Subject(ind.value, entity, partner), self._period("ratio", m.periods, ctx),
                      against=Subject(against_ind, a_entity, a_partner),
                      claimed=Quantity(1.0, "ratio", relation, None, 1.0))]

    def _share(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """"Africa accounts for 2% of exports", "a third of exports go to the EU", "the share of the EU in
        Belarusian exports was 5%", "defence spending is 5% of GDP" (a share of a named whole)."""
        verbs = self.lex["share"].find(text, m.start, m.end)
        drafts: list[Draft] = []
        for q in m.quantities:
            if q.unit != "%" and q.kind != "fraction":
                continue
            if self._superseded(text, m, q) or _AIMED.search(text, max(m.start, q.start - 80), q.start):
                continue  # "to 3 per cent from 8 per cent of GDP": the figure left behind; "to protect 30% of"
            of = _SHARE_OF.match(text, q.end, m.end)
            if not verbs and not of:
                continue
            whole = [h for h in m.indicators if of and _WHOLE_GAP.fullmatch(text, of.start(), h.start)]
            world_whole = _WORLD_WHOLE.match(text, q.end, m.end) if of is not None else None
            world_ind = next((h for h in m.indicators if world_whole and h.start >= world_whole.end()
                              and _MODIFIERS.fullmatch(text, world_whole.end(), h.start)), None)
            claimed = _as_percent(q)
            period = self._period("share", self._periods_for(m, q), ctx)
            if of and not whole and not world_whole:
                open_whole = self._open_whole(text, m, q, ctx)
                if open_whole is not None:
                    drafts.append(open_whole)
                    continue
            if world_whole and world_ind is None:
                # "Colombia accounts for 50 per cent of the world's paramos": a world total the lexicon has no
                # word for, named by its noun phrase
                open_world = whole_after(text, world_whole.end(), m.end)
                owner = [p for p in m.places if p.end <= q.start and p.code != "world" and p.role == "entity"]
                if open_world is not None and (owner or _FIRST_PERSON.search(text, m.start, q.start)):
                    entity = owner[-1].code if owner else ctx.default_entity()
                    drafts.append(Draft("share", Subject(self._part_before(text, m, q, None), entity, None),
                                        period, against=Subject(open_world.name, "world", None), claimed=claimed))
                    continue
            after = whole or [h for h in m.indicators if h.start >= q.end] or m.indicators
            if not after:
                continue
            ind = after[0].value
            commodity = m.commodities[0].value if m.commodities else None
            if world_whole:
                # "we produce less than 0.4 per cent of global emissions", "Africa accounts for 3% of world trade":
                # the speaker's (or the named) part of the world's total
                owner = [p for p in m.places if p.end <= q.start and p.code != "world" and p.role == "entity"
                         and not re.search(r"[,;:]", text[p.end:q.start])]
                if world_ind is not None and (owner or _FIRST_PERSON.search(text, m.start, m.end)):
                    entity = owner[-1].code if owner else ctx.default_entity()
                    drafts.append(Draft("share", Subject(world_ind.value, entity, None, commodity), period,
                                        against=Subject(world_ind.value, "world", None), claimed=claimed))
                    continue
                part = self._part_before(text, m, q, world_ind.value if world_ind else None)
                if world_ind is not None and part is not None:
                    # "Energy accounts for roughly 80 per cent of global emissions": a part of the world's total
                    drafts.append(Draft("share", Subject(part, "world", None, commodity), period,
                                        against=Subject(world_ind.value, "world", None), claimed=claimed))
                    continue
            if whole and ind not in SHARE_INDICATORS:
                part = [h for h in m.indicators if h.end <= q.start and h.value != ind
                        and not any(h.end <= x.start and x.end <= q.start for x in m.quantities)
                        and not self._whole_of_a_figure(text, m, h)][-1:]
                if part and _CLAUSE_WORD.search(text, part[-1].end, q.start):
                    part = []  # "the industrial potential ..., despite the loss of one quarter of its population"
                if not part and any(h.end <= q.start and h.value == ind and not self._whole_of_a_figure(text, m, h)
                                    for h in m.indicators):
                    continue  # "growth of more than 4 per cent of our GDP": a growth rate, not a share
                owner = [p for p in m.places if p.role == "entity"]
                entity = owner[0].code if owner else ctx.default_entity()
                named = part[0].value if part else self._part_before(text, m, q, ind) or self._part_after(text, m, q)
                drafts.append(Draft("share", Subject(named, entity, None, commodity), period,
                                    against=Subject(ind, entity, None), claimed=claimed))
                continue
            if ind not in SHARE_INDICATORS:
                continue
            verb = verbs[0] if verbs else None
            named = [p for p in m.places if verb and verb.end <= p.start <= verb.end + 12
                     and verb.value == "share" and "share" in text[verb.start:verb.end].lower()]
            pivot = verb.start if verb and verb.start < q.start else q.start
            partner = named[0] if named else next(
                (p for p in m.places if p.end <= pivot and not _possessive(text, p)), None)
            if partner is None:
                partner = next((p for p in m.places if p.role in ("partner", "to") and p.start > q.end), None)
            owners = [p for p in m.places if p is not partner and p.code != (partner.code if partner else None)]
            entity = owners[0].code if owners else ctx.default_entity()
            p_code = partner.code if partner and partner.code != entity else None
            if p_code is None and commodity is None:
                continue
            drafts.append(Draft("share", Subject(ind, entity, p_code, commodity), period,
                                against=Subject(ind, entity, None), claimed=claimed))
        return drafts

    def _open_whole(self, text: str, m: Mentions, q: QuantityMention, ctx: DocContext) -> Draft | None:
        """A share of a whole the lexicon has no word for, named by its own noun phrase: "some 54 per cent of
        Belize's electricity is generated from renewable sources" (part: unnamed; whole: electricity)."""
        of = _OF_AFTER.match(text, q.end, m.end)
        if of is None or _GROUP_FRACTION.search(text, max(m.start, q.start - 12), q.start):
            return None  # "the bottom half of wage earners": a group of people, not a share said of it
        if _AIMED.search(text, max(m.start, q.start - 80), q.start):
            return None  # "a method to rid the oceans of plastic and remove 50 per cent of the Patch": an aim
        if _OF_WHOM.match(text, of.end()):
            # "1.2 million refugees, 60 per cent of whom are children": a share of what was just counted
            named = [h for h in m.indicators if h.end <= q.start]
            if not named:
                return None
            whole_ind = named[-1].value
            entity, _ = self._roles([p for p in m.places if p.end <= q.start], whole_ind, ctx)
            return Draft("share", Subject(None, entity, None), self._period("share", self._periods_for(m, q), ctx),
                         against=Subject(whole_ind, entity, None), claimed=_as_percent(q))
        whole = whole_after(text, of.end(), m.end, [(p.start, p.end) for p in m.places])
        if whole is None or any(h.start < whole.end and whole.start < h.end for h in m.indicators):
            return None  # "a third of Belarusian exports": a whole the lexicon knows, read by _share itself
        owner = [p for p in m.places if p.role == "entity" and (p.end <= q.start or of.end() <= p.start < whole.start)]
        entity = owner[-1].code if owner else None
        part = self._part_before(text, m, q, whole.name) or self._part_after(text, m, q) or next(
            (h.value for h in m.indicators if h.start >= whole.end), None)
        claimed = _as_percent(q)
        entity = entity or ctx.default_entity()
        commodity = m.commodities[0].value if m.commodities else None
        period = self._period("share", self._periods_for(m, q), ctx)
        return Draft("share", Subject(part, entity, None, commodity), period,
                     against=Subject(whole.name, entity, None), claimed=claimed)

    @staticmethod
    def _whole_of_a_figure(text: str, m: Mentions, h: Hit) -> bool:
        """Whether ``h`` is what an earlier figure is a share of ("26.4 per cent of our GDP and 75 per cent of
        the workforce": GDP is the first figure's whole, not the second's part)."""
        return any(x.end <= h.start and _WHOLE_GAP.fullmatch(text, x.end, h.start) for x in m.quantities)

    @staticmethod
    def _part_before(text: str, m: Mentions, q: QuantityMention, whole: str | None) -> str | None:
        """The part a share measures, named before it: "Energy accounts for 80% of ...", "People living in
        extreme poverty make up 8.6% of ..." (a lexicon indicator, else the subject's own noun phrase)."""
        known = [h for h in m.indicators if h.end <= q.start and h.value != whole
                 and not _CLAUSE_WORD.search(text, h.end, q.start)
                 and not any(h.end <= x.start and x.end <= q.start for x in m.quantities)
                 and not SentenceAnalyser._whole_of_a_figure(text, m, h)]
        if known:
            return known[-1].value
        phrase = subject_before(text, m.start, q.start, [(p.start, p.end) for p in m.places])
        return phrase.name if phrase else None

    @staticmethod
    def _part_after(text: str, m: Mentions, q: QuantityMention) -> str | None:
        """"contributes 1 per cent of its GNI to official development assistance": the part comes after."""
        to = _PART_AFTER.search(text, q.end, m.end)
        if to is None:
            return None
        return next((h.value for h in m.indicators if h.start == to.end()), None)

    def _periods_for(self, m: Mentions, q: QuantityMention) -> list[PeriodMention]:
        """The periods for one figure: one named right after it ("21% in 2019") comes first."""
        def owned_by(x: QuantityMention) -> list[PeriodMention]:
            return [p for p in m.periods if x.end <= p.start <= x.end + 12 and p.role in ("period", "range")]

        own = owned_by(q)
        others = [p for x in m.quantities if x is not q for p in owned_by(x)]
        # "from 46% in 1992 to around 18%": 1992 belongs to the first figure, not to the second
        return own + [p for p in m.periods if p not in own and p not in others]

    def _amounts(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """Changes and levels: every number with a unit in the clause, read against its verb."""
        drafts: list[Draft] = []
        for hit in m.multipliers:
            if self._negated(text, m.start, hit) or _INFINITIVE.search(text, max(m.start, hit.start - 30), hit.start):
                continue  # "to halving poverty", "could double exports": an aim, not a change that happened
            ind = self._indicator_for(text, m, hit.start, hit.end)
            if ind is None:
                continue
            hedge = self.lex["hedge"].match_before(text, hit.start, window=20)
            relation = hedge.value if hedge else "eq"
            drafts.append(self._draft(text, "change", m, ctx, ind, Quantity(float(hit.value), "%", relation, 0, 1.0)))
        for q in m.quantities:
            if q.kind == "amount" and q.unit is None:
                ind = self._indicator_for(text, m, q.start, q.end) if q.scale == 1.0 else None
                if ind is not None and _counts(ind.value):
                    q = replace(q, unit="count")  # "the population is estimated at 11,000", "600,000 new factory jobs"
                elif ind is None and self._counted(text, m, q) is not None:
                    q = replace(q, unit="count")  # "59 major welfare programs", "6 million needy people"
                elif (ind is None or ind.start >= q.end) and _NUMBER_OF.search(text, m.start, q.start) and \
                        self._open_indicator(text, m, replace(q, unit="count")) is not None:
                    q = replace(q, unit="count")  # "the total number of national parks to 24": a count by name
            by_fraction = q.kind == "fraction" and re.search(r"(?i:\bby\s+$)", text[max(m.start, q.start - 4):q.start])
            if (q.kind == "fraction" or (q.kind == "amount" and q.unit is None)) and not by_fraction:
                continue
            if any(h.start <= q.start < h.end for h in m.multipliers):
                continue
            if self._superseded(text, m, q):
                continue
            if q.unit in ("%", "pp") and (_AVERAGE_RATE.search(text, max(m.start, q.start - 60), q.start)
                                          or _AVERAGE_AFTER.match(text, q.end, m.end)):
                ind = self._indicator_for(text, m, q.start, q.end)
                draft = self._draft(text, "other", m, ctx, ind, Quantity(None, None, "eq"), q) if ind else None
                if draft is not None:
                    draft.claimed = None
                    draft.note = f"an average annual rate ({q.text}): no rule checks rates averaged over years yet"
                    drafts.append(draft)
                continue
            if _NOT_BEFORE.search(text, max(m.start, q.start - 20), q.start) or (
                    q.unit in ("%", "pp") and _RATE_NOUN_AFTER.match(text, q.end, m.end)) or \
                    _AIM_BEFORE.search(text, m.start, q.start) or (
                    _OF_AFTER.match(text, q.end, m.end) and _AIMED.search(text, max(m.start, q.start - 80), q.start)):
                continue  # "rose not 4.5 percent, but 13.5", "a 0.2 per cent levy", "plans on reducing by 70%"
            moved_from = _MOVED_FROM.search(text, max(m.start, q.start - 16), q.start)
            if moved_from and not any(q.end <= p.start <= q.end + 12 for p in m.periods):
                continue  # "36.5 per cent, down from 56 per cent": the figure it moved from, with no date
            ind = self._indicator_for(text, m, q.start, q.end)
            if q.unit == "count" and (ind is None or ind.start >= q.end) and _NUMBER_OF.search(text, m.start, q.start):
                ind = self._open_indicator(text, m, q) or ind  # "the number of parks to 24, to protect forests"
            if ind is not None and ind.extra.get("own"):
                ind = None  # "a $21 million swap to protect 30 per cent of ...", "6,000 athletes from 50 countries"
            if ind is None:
                ind = self._open_indicator(text, m, q)
                if ind is not None:
                    # named once, it is the measure of the figures and clauses that follow ("X rose 45 per cent
                    # in France, 35 per cent in Norway")
                    m.indicators = sorted([*m.indicators, ind], key=lambda h: h.start)
            if ind is None:
                continue
            direction = None if moved_from else self._direction_for(text, m, q)
            if q.kind in ("times", "fraction"):
                if direction is None:
                    continue
                if q.kind == "times":
                    pct = (q.value - 1) * 100 if direction == "rising" else -(1 - 1 / q.value) * 100
                else:
                    pct = q.value * 100 if direction == "rising" else -q.value * 100
                claimed = Quantity(round(pct, 4), "%", q.relation, None, 1.0)
                drafts.append(self._draft(text, "change", m, ctx, ind, claimed, q))
                continue
            if direction is not None and direction != "level":
                value = abs(q.value) if direction == "rising" else -abs(q.value)
                if (ind.extra.get("sign") == -1 or _NEGATIVE.search(text, max(m.start, ind.start - 12), ind.start)) \
                        and q.unit not in ("%", "pp"):
                    value = -value  # "the deficit widened by $2 billion": the balance fell by $2 billion
                claimed = Quantity(value, q.unit, q.relation, q.decimals, q.scale)
                drafts.append(self._draft(text, "change", m, ctx, ind, claimed, q))
                continue
            value = q.value
            if ind.extra.get("sign") == -1 or _NEGATIVE.search(text, max(m.start, ind.start - 12), ind.start):
                value = -abs(value)
            claimed = Quantity(value, q.unit, q.relation, q.decimals, q.scale)
            drafts.append(self._draft(text, "level", m, ctx, ind, claimed, q))
        return drafts

    def _trend(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        for hit in m.directions:
            cont = _CONTINUES.search(text, max(m.start, hit.start - 30), hit.start)
            continuing = cont is not None and not _INFINITIVE.search(text, max(m.start, cont.start() - 30),
                                                                     cont.start())
            if self._negated(text, m.start, hit) or (
                    _INFINITIVE.search(text, max(m.start, hit.start - 30), hit.start) and not continuing):
                continue  # "we aim to grow", but "emissions continue to rise" is a trend
            if _NOUN_BEFORE.search(text, max(m.start, hit.start - 20), hit.start) and hit.value and \
                    text[hit.start:hit.end].lower() in ("increase", "decline", "drop", "fall", "rise", "decrease"):
                continue
            if _ADJECTIVE_BEFORE.search(text, max(m.start, hit.start - 12), hit.start):
                continue  # "the decreasing number", "fastest-growing economies": adjectives, not verbs
            ind = self._trend_subject(text, m, hit)
            if ind is None:
                continue
            return [self._draft(text, "trend", m, ctx, ind, Quantity(None, None, _signed(hit.value, ind, text, m)))]
        return []

    def _noun_trend(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """A trend said with a noun after a verb of witnessing: "we have seen an increase in exports", "there
        has been a sharp decline in poverty", "Uruguay has enjoyed significant economic growth"."""
        if m.quantities:
            return []  # a figure in the clause is the claim; its noun is read by _amounts
        for noun in self.lex["trend_noun"].find(text, m.start, m.end):
            witnessed = _WITNESSED.search(text, max(m.start, noun.start - 60), noun.start)
            if witnessed is None or self._negated(text, m.start, noun) \
                    or _NONE_SEEN.search(text, max(m.start, witnessed.start() - 30), noun.start):
                continue  # "there has been no decline in poverty", "nobody has seen", "we want to see"
            of = _IN_OR_OF.match(text, noun.end)
            ind = next((h for h in m.indicators if of and h.start == of.end()), None)  # "a rise in exports"
            if ind is None and not of:
                # "significant economic growth", "export growth"
                ind = next((h for h in m.indicators if h.start <= noun.start < h.end + 2 and h.end <= noun.end), None)
            if ind is None and not (of and _OBJECT_NAMED.match(text, of.end())):
                # the subject: "exports saw a sharp rise in 2018"; not "an increase in violence"
                ind = next((h for h in reversed(m.indicators) if h.end <= witnessed.start()), None)
            if ind is None:
                continue
            return [self._draft(text, "trend", m, ctx, ind, Quantity(None, None, _signed(noun.value, ind, text, m)))]
        return []

    # ------------------------------------------------------------------ helpers
    def _draft(self, text: str, kind: str, m: Mentions, ctx: DocContext, ind: Hit, claimed: Quantity,
               q: QuantityMention | None = None) -> Draft:
        entity, partner = self._roles(m.places, ind.value, ctx)
        # "British exports", "Belarus's exports": the place right before the indicator is whose it is, whatever
        # came earlier ("according to the Economic Bulletin for Europe, British exports ...")
        own = [p for p in m.places if p.role == "entity" and 0 <= ind.start - p.end <= 3
               and _OWNER_GAP.fullmatch(text, p.end, ind.start)]
        if own and own[-1].code != partner:
            entity = own[-1].code
        if q is not None:
            own_place = next((p for p in m.places if p.role == "entity" and _IN_PLACE.fullmatch(text, q.end, p.start)
                              and p.code != partner), None)
            if own_place is not None:
                entity = own_place.code  # "by 45 per cent in France, by 35 per cent in Norway": each its own
            # "... of the United States has increased four times and that of France three times"
            earlier = max((x.end for x in m.quantities if x.end <= q.start), default=None)
            elided = [p for p in m.places if earlier is not None and earlier <= p.start and p.end <= q.start
                      and _THAT_OF.search(text, max(earlier, p.start - 12), p.start)]
            if elided:
                entity = elided[-1].code
        commodity = m.commodities[0].value if m.commodities else None
        if ind.value == "price" and (_WORLD_WORD.match(text, ind.start)
                                     or _WORLD_BEFORE.search(text, max(0, ind.start - 20), ind.start)):
            entity, partner = "world", None  # "global prices", "world market prices": the market's price
        elif not own and _WORLD_OWNER.search(text, max(m.start, ind.start - 30), ind.start) and \
                not any(p.role == "entity" and p.end <= ind.start for p in m.places):
            entity, partner = "world", None  # "Global CO2 emissions have increased": the world's
        indicator = ind.value
        if partner is not None and indicator in _NO_PARTNER:
            partner = None  # "2 million people killed in the struggle with the German invaders": no counterpart
        if ind.extra.get("sign") and text[ind.start:ind.end].lower() in _BARE_BALANCE and \
                not _TRADE_WORDS.search(text, m.start, m.end):
            indicator = "budget_balance"  # a bare "deficit" in a sentence that does not speak of trade
        periods = self._periods_for(m, q) if q is not None else m.periods
        growth_rate = _GROWTH_WORD.search(text, m.start, m.end) is not None
        period = self._period(kind, periods, ctx, growth_rate)
        return Draft(kind, Subject(indicator, entity, partner, commodity), period, claimed=claimed)

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

    def _indicator_for(self, text: str, m: Mentions, start: int, end: int) -> Hit | None:
        """The indicator a figure speaks of: one named right after it ("1.6 million jobs", "$15 trillion in
        trade deficits"); else the first named since the previous figure ("reserves rose 2.6 times,
        exports 4.7 times"); else the clause's first before it; else one close after it."""
        for h in m.indicators:
            if start <= h.start < end or (end <= h.start <= end + 25 and _AFTER_FIGURE.fullmatch(text, end, h.start)):
                if h.extra.get("weak") and any(x.end <= start and not x.extra.get("weak") for x in m.indicators):
                    break  # "unemployment fell by 1.1 million workers": a counted noun, the subject says what
                return h  # the figure's own noun ("100,000 refugees") or one right after it
        # the figure a statement moves from ("from 25.1 per cent to 5.6 per cent") is part of it, not the end
        # of the previous statement
        previous = max((q.end for q in m.quantities if q.end <= start
                        and not _FROM_BEFORE.search(text, max(m.start, q.start - 6), q.start)), default=m.start)
        previous = max([previous] + [h.end for h in m.multipliers if h.end <= start])
        segment = [h for h in m.indicators if previous <= h.start and h.end <= start]
        stretch = _STRETCH.search(text, max(previous, m.start), start)
        near = [h for h in segment if stretch and h.start >= stretch.end()]
        if near:
            return near[0]  # "..., global military expenditures have risen to $2.24 trillion"
        if segment:
            return segment[0] if not stretch else segment[-1]
        return self._indicator_near(m, start, after_within=(text, end, 40))

    @staticmethod
    def _counted(text: str, m: Mentions, q: QuantityMention) -> Hit | None:
        """A bare count's own noun phrase, when the lexicon has no word for it: "59 major welfare programs"."""
        if q.scale == 1.0 and (q.value < 1000 or q.value != int(q.value)):
            return None  # "23 principal organs", "2.5 Americans": a count of things, not a statistic
        counted_noun = re.search(r"(?i:\b[a-z]+$)", q.text)  # "68 million people": the quantity took the noun
        noun = counted_after(text, q.end - len(counted_noun.group()) if counted_noun else q.end, m.end)
        if noun is None or (not noun.name.endswith("s") and not noun.name.startswith(_PEOPLE_PREFIXES)) \
                or not _COUNT_VERB.search(text, m.start, m.end):
            return None
        return Hit(noun.start, noun.end, "indicator", noun.name, {"open": True})

    def _open_indicator(self, text: str, m: Mentions, q: QuantityMention) -> Hit | None:
        """An indicator named by the sentence's own noun phrase when the lexicon has none (noun_phrases.py)."""
        if q.unit == "count":
            counted = self._counted(text, m, q)
            if counted is not None:
                return replace(counted, extra={**counted.extra, "own": True})
        if q.unit not in ("%", "pp", "count") and not (q.unit or "").isupper() and q.kind != "times":
            return None
        places = [(p.start, p.end) for p in m.places]
        phrase = subject_before(text, m.start, q.start, places) or object_before(text, m.start, q.start)
        if phrase is None and (q.unit or "").isupper():
            # "outlays of $8 billion", "a package worth €1.8 billion", "a $21 million debt swap": that sum's
            # own noun, which names no other figure of the clause
            lead = _OF_LEAD.match(text, q.start)  # "a budget of about $5 billion": the hedge took the "of"
            phrase = named_by_of(text, m.start, lead.end() if lead else q.start) \
                or named_after_money(text, q.end, m.end) or named_by_money_verb(text, m.start, q.start, q.end, m.end)
            if phrase is not None:
                return Hit(phrase.start, phrase.end, "indicator", phrase.name, {"open": True, "own": True})
        if phrase is None:
            change_in = _CHANGE_IN.match(text, q.end, m.end)  # "a 30 per cent increase in the number of teachers"
            phrase = whole_after(text, change_in.end(), m.end) if change_in else None
        if phrase is None and _TO_BEFORE.search(text, max(m.start, q.start - 6), q.start):
            # "X rose from 79.2 per cent in 2000 to 97.7 per cent in 2015": the figure reached is X's too
            moved_from = [x for x in m.quantities if x.end <= q.start
                          and _FROM_BEFORE.search(text, max(m.start, x.start - 6), x.start)]
            if moved_from:
                phrase = subject_before(text, m.start, moved_from[-1].start, places)
        if phrase is None:
            return None
        return Hit(phrase.start, phrase.end, "indicator", phrase.name, {"open": True})

    def _superseded(self, text: str, m: Mentions, q: QuantityMention) -> bool:
        """"from 7.8% to 6.4%" with no year for the first figure: only the figure reached is claimed."""
        if not _FROM_BEFORE.search(text, max(m.start, q.start - 6), q.start):
            return False
        if any(q.end <= p.start <= q.end + 12 and not any(q.end <= x.start < p.start for x in m.quantities)
               for p in m.periods):
            return False  # "from 46% in 1992 to 18%": the first figure has its own year
        return any((x.start > q.end or x.end <= q.start) and _TO_BEFORE.search(text, max(m.start, x.start - 6), x.start)
                   for x in m.quantities)  # "from 7.8% to 6.4%", "to 3 per cent from 8 per cent"

    def _trend_subject(self, text: str, m: Mentions, hit: Hit) -> Hit | None:
        """The indicator a trend verb speaks of: the subject shortly before it ("prices for X are falling"),
        or its object right after it ("is increasing its shipments")."""
        word = text[hit.start:hit.end].lower()
        auxiliary = _AUXILIARY.search(text, max(m.start, hit.start - 25), hit.start) is not None
        if word.endswith("ing") and not auxiliary:
            return None  # "rising sea levels", "increasing women's power": not a statement that X rises
        before = [h for h in m.indicators if h.end <= hit.start and hit.start - h.end <= 60
                  and not re.search(r"[;:]", text[h.end:hit.start])]
        if before:
            return before[0]
        if not auxiliary:
            return None
        for h in m.indicators:
            if h.start >= hit.end and _OBJECT_GAP.fullmatch(text, hit.end, h.start):
                return h
        return None

    def _negated(self, text: str, start: int, hit: Hit) -> bool:
        return _NEGATION.search(text, max(start, hit.start - 40), hit.start) is not None

    def _direction_for(self, text: str, m: Mentions, q: QuantityMention) -> str | None:
        """``rising``/``falling`` for "rose by 5%", "a 5% drop"; ``level`` for "rose to $5bn"; else None."""
        extra = _EXTRA_BEFORE.search(text, max(m.start, q.start - 30), q.num_start)
        if extra:
            return "rising"  # "an additional 122 million people"
        named = _WITH_FIGURE.match(text, q.end, m.end)
        if named:
            return "falling" if named.group(1).lower() == "lost" else "rising"  # "4.2 million lost jobs"
        jobs = _JOBS_AFTER.match(text, q.end, m.end)
        made = _JOBS_THEN_VERB.match(text, jobs.end() if jobs else q.end, m.end)
        if made:  # "the 2 million jobs we created", "3 million jobs were lost"
            return "falling" if made.group("verb").lower() in ("lost", "cut", "shed", "eliminated", "destroyed") \
                else "rising"
        updown = _UP_DOWN.search(text, max(m.start, q.start - 12), q.start)
        if updown:
            return "rising" if updown.group(1).lower() == "up" else "falling"
        for hit in reversed(m.directions):
            if hit.end > q.start or self._negated(text, m.start, hit):
                continue
            gap = text[hit.end:q.start]
            if _TO_AFTER_VERB.match(gap):
                return "level"
            if _BY_GAP.match(gap) or _AND_BY.search(gap):
                return hit.value
            between = [x for x in m.quantities if hit.end <= x.start and x.end <= q.start]
            if between and _AND_NEXT.fullmatch(text, between[-1].end, q.start):
                return hit.value  # "increased almost four times and those of France three times"
            if q.kind == "times" and _OBJECT_WORDS.fullmatch(gap):
                return hit.value  # "increased our aid for refugees five times"
            if _OBJECT_BY.fullmatch(gap):
                return hit.value  # "reduced its forest fires by 82 per cent"
            if _AT_RATE.search(gap) and not any(hit.end <= x.start < q.start for x in m.quantities):
                return hit.value  # "grew in the second quarter of 2018 at an annual rate of 3.8 per cent"
            break
        noun_of = _NOUN_OF.search(text, max(m.start, q.start - 30), q.start)
        if noun_of:
            return "rising" if noun_of.group("up") else "falling"
        noun = _DIRECTION_NOUN.match(text, q.end, m.end)
        if noun:
            return "rising" if noun.group("up") else "falling"
        if q.unit in ("%", "pp") and _GROWTH_WORD.search(text, m.start, m.end):
            return "rising"
        return None

    def _first_indicator(self, text: str, start: int, end: int) -> str | None:
        hits = self.lex["indicator"].find(text, start, end)
        return hits[0].value if hits else None

    def _other_note(self, text: str, start: int, end: int) -> str | None:
        """Why a sentence with no checkable claim is still worth a fact-checker's look, or None."""
        lex = self.lex
        indicators = lex["indicator"].find(text, start, end)
        if lex["policy"].find(text, start, end) and lex["economic"].find(text, start, end):
            return "a trade measure taken, extended or lifted: a fact no rule checks"
        if lex["unfulfilled"].find(text, start, end) and lex["commitment"].find(text, start, end):
            return "agreements said not to be carried out: a fact no rule checks"
        if indicators:
            for hit in lex["direction"].find(text, start, end):
                if self._negated(text, start, hit) and not _INFINITIVE.search(text, max(start, hit.start - 30),
                                                                             hit.start):
                    return "a change said not to have happened (or not enough), which no rule checks"
            if lex["evaluative"].find(text, start, end):
                return "an evaluation of a quantity without a number, which no rule checks"
        for q in find_quantities(text, start, end, lex):
            if q.unit == "%" or (q.unit or "").isupper() or (q.scale or 1) >= 1000 or \
                    (q.unit is not None and q.unit != "ratio" and abs(q.value) >= 100 and not q.text[-1:].isalpha()
                     and q.text[:1].isdigit()):
                return f"a figure ({q.text}) with no indicator the rules know"
        return None

    def _period(self, kind: str, mentions: list[PeriodMention], ctx: DocContext,
                growth_rate: bool = False) -> Period:
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
            if ctx.last_period is None or now:
                period = ctx.default_period(False)
                if not with_base or period.start is None or not (base or implied or growth_rate or kind == "growth"):
                    return period
                b = self._base(period, base)
                return Period(period.start, period.end, b.start, b.end)
            period = ctx.last_period
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


def _as_percent(q: QuantityMention) -> Quantity:
    """A share's figure in per cent: "12.9 per cent" as said, "a third" as 33.333333 (no decimals given)."""
    if q.unit == "%":
        return Quantity(q.value, "%", q.relation, q.decimals, 1.0)
    return Quantity(round(q.value * 100, 6), "%", q.relation, None, 1.0)


def _signed(relation: str | None, ind: Hit, text: str, m: Mentions) -> str | None:
    """A trend of a deficit is the opposite trend of the balance it is part of: "the deficit fell" → the
    balance rose (docs/claim-records.md: deficits are negative)."""
    negative = ind.extra.get("sign") == -1 or _NEGATIVE.search(text, max(m.start, ind.start - 12), ind.start)
    if not negative or relation not in ("rising", "falling"):
        return relation
    return "falling" if relation == "rising" else "rising"


def _unrepeated(drafts: list[Draft]) -> list[Draft]:
    """One record for a figure said twice ("more than $2 billion — I repeat, $2 billion")."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for d in drafts:
        key = (d.kind, d.subject, d.against, d.claimed.value if d.claimed else None,
               d.claimed.unit if d.claimed else None, d.items)
        if d.claimed is not None and d.claimed.value is not None and key in seen:
            continue
        seen.add(key)
        out.append(d)
    return out


def _possessive(text: str, place: Place) -> bool:
    return text[place.end:place.end + 2] in ("'s", "’s")


def _clean_item(raw: str) -> str:
    item = re.sub(r"(?i:^(?:and|or|the|a|an)\s+)", "", raw.strip(" \"“”'.,;:"))
    return item.strip()

"""Changes, levels and trends: every figure with a unit read against its verb ("fell by 3.1%",
"reached $2.5 billion", "doubled"), and trends said with a verb or a noun with no figure."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.clause_reader import (
    AIMED,
    FIGURE_OF,
    FIRST_PERSON,
    FROM_BEFORE,
    GROUP_AFTER,
    GROUP_FRACTION,
    GROWTH_WORD,
    INFINITIVE,
    MODIFIER_GAP,
    OF_AFTER,
    TO_BEFORE,
    ClauseReader,
    Draft,
    Mentions,
    dated_right_after,
)
from factcheck.extract.context import DocContext
from factcheck.extract.lexicon import Hit
from factcheck.extract.noun_phrases import (
    Phrase,
    alternation,
    counted_after,
    named_after_money,
    named_by_money_verb,
    named_by_of,
    object_after,
    object_before,
    subject_before,
    whole_after,
    words,
)
from factcheck.extract.quantities import QuantityMention
from factcheck.model import Period, Quantity

# Indicators that count people or things: a bare number said of them is a count.
COUNT_INDICATORS = frozenset({"population", "refugees", "migrants", "displaced_persons", "employment",
                              "people_in_poverty", "hungry_people", "emigrants", "deaths", "injuries"})
_COUNT_SUFFIXES = ("_jobs", "_people", "_persons", "_deaths", "_recipients", "_students", "refugees", "migrants",
                   "emigrants")
_NOUN_BEFORE = re.compile(r"(?i:\b(?:the|a|an|its|their|this|that)\s+(?:\w+\s+)?$)")
_NUMBER_OF = re.compile(r"(?i:\bnumber\s+of\b)")
_OF_LEAD = re.compile(r"(?i:of\s+)")
# around a direction noun of the trend_noun lexicon ("a 5% drop", "an increase of 5%", "a 30 per cent increase
# in the number of teachers")
_NOUN_GAP = re.compile(r"[\s-]*")
_OF_BEFORE_FIGURE = re.compile(r"(?i:\s+of\s+(?:only\s+|just\s+|a\s+mere\s+)?$)")
# "a decline in gross domestic product of only 0.9 per cent": the measure between the trend noun and "of"
_IN_MEASURE_END = re.compile(r"(?i:\s+in\s+(?:(?:the|our|its|their)\s+)?(?:[\w'’-]+\s+){0,4}[\w'’-]+$)")
_IN_THE_NUMBER = re.compile(r"(?i:\s+(?:in|of)\s+(?:the\s+)?(?:(?:total\s+)?number\s+of\s+)?)")
# "5 per cent higher", "$4,000,000 more for research than in 1921"
_COMPARATIVE = re.compile(r"(?i:[\s-]*(?:(?P<up>higher\b|(?:greater|more)(?=\s+(?:[\w-]+\s+){0,3}?than\b))"
                         r"|(?P<down>lower\b|less(?=\s+(?:[\w-]+\s+){0,3}?than\b))))")
_TO_AFTER_VERB = re.compile(r"(?i:^\s*(?:by\s+)?(?:\w+\s+){0,2}?to\s+" + FIGURE_OF + r"?$)")
_BY_GAP = re.compile(r"(?i:^[\s,:—–]*(?:(?:by|some|about|around|almost|nearly|over|more\s+than|less\s+than|"
                     r"as\s+much\s+as|as\s+many\s+as|up\s+to|"
                     r"just|a|an|the|only|roughly|approximately|another|further|sharply|significantly|"
                     r"dramatically|slightly|in\s+\d{4}|in\s+[a-z]+|last\s+year|this\s+year|year[- ]on[- ]year|"
                     r"\w+ly)[\s,:—–]*)*$)")
_NEGATIVE = re.compile(r"(?i:\bnegative\s*$)")
# a verb's object right after it ("increases the risk", "reduced their debt"); not "rose the most", "fell the same year"
_OBJECT_FOLLOWS = re.compile(r"(?i:\s+(?:the|a|an|its|their|our|his|her|my|your|these|those)\s+(?!(?:years?|months?|"
                             r"weeks?|quarters?|decades?|times?|most|least|fastest|first|same|past|last|previous|"
                             r"following|next|preceding|coming|subsequent|current|fiscal|calendar|"
                             r"period|whole|entire|world)\b))")
_IN_THEN_FROM = re.compile(r"(?i:\s+(?:in|of)\s+(?:(?:the|our|its|their)\s+)?(?:[\w'’-]+\s+){1,5}from\s+"
                           r"(?:(?:about|some|nearly|almost|only|just)\s+)?)")
# a verb's object right after it: a possessive or article and one modifier at most, no preposition between
_DIRECT_OBJECT = re.compile(r"(?i:\s+(?:(?:its|their|the|our|his|her|my|your|these|those)\s+)?"
                            r"(?:(?!(?:in|of|to|by|from|at|on|for|with|over|since|during|and|or|but|than|as)\b)"
                            r"[\w'’-]+\s+)?)")
# what makes a past form a participle before its noun: the clause's start, a preposition, an article or a conjunction
_PARTICIPLE_BEFORE = re.compile(r"(?i:(?:^|[,;:(—–]|\b(?:with|of|for|by|through|to|from|in|on|at|into|and|or|but|the|a"
                                r"|an|its|their|our|his|her|this|these|those|more|less|further|ever|much))\s*$)")
# "rates of interest for industry have been reduced": a preposition's object is not the verb's subject ("the rise in
# military spending", "the number of refugees" are)
_NOT_A_SUBJECT_AFTER = frozenset({"for", "to", "with", "by", "from", "at", "on", "into", "through", "among", "across",
                                  "under", "within", "around", "against", "towards", "toward", "about", "upon"})
_WORD_BEFORE_HIT = re.compile(r"(?i:\b([a-z]+)\s+(?:(?:the|our|its|their)\s+)?$)")
_THAN_BY = re.compile(r"(?i:\b(?P<cmp>greater|higher|larger|bigger|more|less|lower|smaller|fewer)\s+than\s+"
                      r"[^,;.]{1,40}?\s+by\s+(?:(?:some|about|nearly|almost|over|more\s+than)\s+)?$)")
_PART_OF_WHOLE = re.compile(r"(?i:\s+(?:[\w-]+\s+)?(?:of|out\s+of)\s+(?:the|our|its|their)\s+)")
_SURFACE_OF = re.compile(r"(?i:(?:\b(?:an?\s+|the\s+|its\s+|our\s+)?(?:(?:total|vast|land)\s+)?(?:area|surface|land|"
                         r"territory|size)\s+of|\b(?:is|are|was|were|measures|measuring|has|have)(?:\s+now)?|['’]s)\s+"
                         r"(?:(?:just|only|about|some|approximately|nearly|almost|over|more\s+than|roughly)\s+)*$)")
_CHANGE_OF = re.compile(r"(?i:\b(?:rise|increase|growth|decline|fall|drop|reduction|decrease)\s+(?:in|of)\s+"
                        r"(?:the\s+|our\s+|its\s+|their\s+)?$)")
# "The growth of the Peruvian economy ... has allowed us": a trend noun that is the subject of a verb that happened
_NOUN_SUBJECT_BEFORE = re.compile(r"(?i:(?:^|[.;:!?]\s+|\b(?:and|but|while|as)\s+)(?:the|this|that|our|its|their)\s+"
                                  r"(?:[a-z]+\s+){0,2}$)")
_SUBJECT_OPENING = re.compile(r"(?i:[\W_]*(?:(?:and|but|while|as)\s+)?(?:the|this|that|our|its|their)\s+"
                              r"(?:[a-z]+\s+){0,2})")  # the clause opens with the trend noun's phrase
_HAPPENED_VERB = re.compile(r"(?i:\b(?:has|have|had)\s+(?:been|[a-z]+ed|brought|made|led|allowed|enabled|helped)\b"
                            r"|\b(?:was|were)\s+[a-z]+\b|\b(?:allowed|enabled|helped|led|brought|made|created"
                            r"|contributed|boosted|fuelled|fueled|reduced|raised|lifted)\b)")
_VERB_AFTER = re.compile(r"(?i:\s+(?:were|was|are|is|have|has|had|will|would)\b)")
_TO_NOTHING = re.compile(r"(?i:\s+to\s+(?:zero|nil|none|nothing)\b)")
_OWN_SUBJECT = re.compile(r"(?i:[,;]\s*(?:and\s+|but\s+|while\s+)?(?:we|they|i|he|she|you)\b)")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")  # the word after a measure; punctuation or the end: none
_WHEN_CLAUSE = re.compile(r"(?i:(?<!such\s)(?<!well\s)\b(as|when|whenever|if|unless|until|where)"
                          r"(?!\s+(?:well|much|many|far|long|soon|fast|high|low)\b)\s+[^,;:.!?()—–]*$)")
_OBJECT_GAP = re.compile(r"(?i:\s+(?:(?:its|their|the|our|his|her|of|in)\s+)?(?:[\w-]+\s+)?)")
# "up 5%", "down by nearly 3%"; not "women make up 52 per cent"
_UP_DOWN = re.compile(r"(?i:(?<!make\s)(?<!makes\s)(?<!made\s)(?<!making\s)\b(up|down)\s+(?:by\s+)?"
                      r"(?:(?!from\b|to\b)\w+\s+)?$)")
# "rose, after a difficult year, by 5 per cent", "has increased--after taxes--by more than 50 percent"
_ASIDE_BY = re.compile(r"(?i:^\s*(?:,|--|—|–)[^.;\d]{1,60}?(?:,|--|—|–)\s*by\s+(?:[\w-]+\s+){0,2}$)")
_AND_BY = re.compile(r"(?i:\d[^.;]*?(?:,|\band\b)\s+(?:by\s+)?(?:(?!to\b|reaching\b|at\b)[\w-]+\s+){0,3}$)")
# a count is claimed when something has, holds, hosts or is so many ("there are 59 programs", "we hired 12,000 nurses")
_COUNT_VERB = re.compile(r"(?i:\b(?:" + alternation(words().count_verbs) + r")\b)")
_TOOK_NOUN = re.compile(r"(?i:\b(?!(?:thousand|million|billion|trillion|hundred)$)[a-z]+$)")
_AND_NEXT = re.compile(r"(?i:\s*(?:,\s*)?(?:and|while|whereas)?\s+(?:by\s+)?"
                       r"(?:(?!to\b|reaching\b|at\b)[\w'’-]+\s+){0,4})")
_ADJECTIVE_BEFORE = re.compile(r"(?i:(?:\b(?:the|a|an|its|their|our|this|that|fastest|slowest|most|more)\s+|\w-)$)")
_MOVED_FROM = re.compile(r"(?i:\b(?:down|up|fallen|risen|dropped|declined|increased|decreased|rose|fell)\s+from\s+$)")
_OBJECT_BY = re.compile(r"(?i:\s+(?:[\w'’-]+\s+){1,8}by\s+(?:(?:some|about|around|almost|nearly|over|more\s+than"
                        r"|less\s+than|roughly|approximately|just|only)\s+)?)")
# "the mean annual growth rate is 11.4 per cent", "an average annual increase of 5%", "7% a year on average"
_AVERAGE_RATE = re.compile(r"(?i:\b(?:(?:average|mean)\s+(?:annual|yearly)|annual\s+average|average)\s+(?:\w+\s+){0,3}?"
                           r"(?:growth|increase|rise|rate|decline|decrease|reduction)\b[^.;]*$)")
_AVERAGE_AFTER = re.compile(r"(?i:\s+(?:a|per|each)\s+(?:year|annum)\s+on\s+average\b|\s+on\s+average\s+(?:a|per|each)"
                            r"\s+(?:year|annum)\b|\s+(?:a|per|each)\s+(?:year|annum)\s+(?:over|during|for|since|between"
                            r"|in\s+the\s+(?:past|last))\b)")
# "plans on reducing emissions by 70 percent", "its contribution to reduce emissions by 14 per cent": aims
_AIM_BEFORE = re.compile(r"(?i:\b(?:plans?|planning|aims?|aiming|intends?|intending|seeks?|seeking|hopes?|pledged?"
                         r"|commit(?:ted|ment|s)?|contribution|target|goal|determined|ready|prepared|decided|agreed"
                         r"|promised?|wants?|proposed?|proposing|undertak\w+|strive|striving)\s+(?:on\s+|at\s+|to\s+)?"
                         r"(?:\w+\s+){0,2}?(?:reduc|increas|cut|rais|doubl|halv|lower|boost|grow|expand|bring)\w*\b"
                         r"[^.;]*$)")
_NOT_BUT = re.compile(r"(?i:\s+(?:[\w-]+\s+){0,2}?not\s+(?:only\s+|just\s+)?(?:by\s+)?[\d$€£][^;]{0,60}?\bbut\b)")
_NOT_BEFORE = re.compile(r"(?i:\bnot\s+(?:only\s+|just\s+|even\s+)?(?:by\s+)?$)")
# "a 0.2 per cent levy on imports": the rate of a tax, not a figure about the flow it is levied on
_RATE_NOUN_AFTER = re.compile(r"(?i:\s*(?:[\w-]+\s+){0,2}?(?:levy|levies|tax|taxes|tariffs?|duty|duties|surcharge|vat"
                              r"|fee|fees|commission|interest\s+rate|discount)\b)")
# "at a real rate of", "at a rate of only"
_AT_RATE = re.compile(r"(?i:\bat\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?(?:rate|pace)\s+of\s+"
                      r"(?:(?:only|just|about|some|nearly|almost|around|roughly)\s+)?$)")
_BARE_PEOPLE = re.compile(r"(?i:\s+(?:people|persons|individuals)\b)")
_PEOPLE_VERB_BEFORE = re.compile(r"(?i:\b(?P<verb>" + alternation(words().people_verbs)
                                 + r")\s+(?:(?:more\s+than|over|some|about|nearly|almost|around|at\s+least|close\s+to)"
                                 r"\s+)?$)")
# "reduce", "boost"; not "reduces", "reduced", nor the irregular pasts "grew", "rose", "fell"
_BASE_FORM = re.compile(r"(?i:(?!(?:grew|rose|fell|shrank|sank|slid|went|came|spent|lost|made|took|began|won)\b)"
                        r"[a-z]+(?<!s)(?<!ed)(?<!ing))")
# "to stabilize prices, reduce ...": a list of verbs after an infinitive's "to"
_INFINITIVE_LIST = re.compile(r"(?i:\bto\s+[a-z]+\b[^.;:!?]{0,100}?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$)")
_OVER_THE_PREVIOUS = re.compile(r"(?i:\s+(?:over|above|on)\s+(?:that\s+of\s+)?the\s+(?:preceding|previous|prior|last)"
                                r"\s+(?:fiscal\s+)?(?:year|period|month|quarter)\s*,?$)")
_PARTICIPLE_FORM = re.compile(r"(?i:[a-z]+(?:ed|ing))")  # "expanded", "rising"; with _BASE_FORM, not "grew", "rose"
_LISTED_BEFORE = re.compile(r"(?i:(?:\band|\bor|,)\s+$)")  # "..., economic growth and expanded cooperation"
_FIGURE_OF_BEFORE = re.compile(r"(?i:(?<=\bto\s)" + FIGURE_OF + r"$)")
# "to pool USD 100 billion": a figure a verb after "to" means to reach; not "to reach $5 billion", "to total 5 million",
# "donated to Yemen 1 million doses" (a place), "we have been able to recruit 44,000 teachers" (done)
_TO_VERB_BEFORE = re.compile(r"(?i:(?<!able\s)(?<!enabled\s)(?<!helped\s)(?<!managed\s)(?<!us\s)(?<!them\s)(?<!it\s)"
                             r"\bto\s+(?:help\s+)?(?P<verb>(?!(?:reach|total|stand|amount|hit|exceed|top|surpass|approach|attain"
                             r"|number|around|about|over|more|nearly|almost|some|just|only|under|below|less|between|an?"
                             r"|the|its|their|our|be|become|barely|exactly|precisely|roughly|approximately|record|well"
                             r"|all|zero|new|historic)\b)(?-i:[a-z]+))\s+(?:(?:about|some|nearly|almost|around"
                             r"|over|more\s+than|at\s+least|up\s+to|an\s+additional|another|a\s+further)\s+)?$)")
_OTHER_OBJECT = re.compile(r"(?i:\s+(?:the|our|its|their|this|his|her|my)\s+(?:[a-z-]+\s+){1,2}?"
                           r"(?P<prep>against|on|for|with|towards|toward)\b)")
_BOUNDARY_BEFORE_VERB = re.compile(r"(?i:[;:]|\b(?:which|that|who|will|would|could|should|may|might|must)\b)")
_CAN_BEFORE = re.compile(r"(?i:\b(?:can|could|cannot|can't)\s+(?:\w+ly\s+)?$)")
_PLACES_COUNTED = re.compile(r"(?i:\b(?:countries|nations|states|regions|provinces|districts|cities|territories)$)")
# names of measures that count places: "countries_with_nuclear_weapons", "member_states"; not "vaccinations", "capacity"
_PLACE_MEASURE = re.compile(r"(?:^|_)(?:countr|nations?(?:_|$)|states?(?:_|$)|regions?(?:_|$)|provinc|districts?(?:_|$)"
                            r"|cit(?:y|ies)(?:_|$)|territor|members?(?:_|$)|parties|party)")
_SCOPE_BEFORE = re.compile(r"(?i:\b(?:to|in|across|from|among|over|throughout)\s+(?:(?:more\s+than|over|some|about"
                           r"|nearly|almost|around|at\s+least)\s+)?$)")
_OBJECT_WORDS = re.compile(r"(?i:\s+(?:[\w'’-]+\s+){1,6})")
_EXTRA_BEFORE = re.compile(r"(?i:\badditional\s+(?:\w+\s+)?$)")
_WITH_FIGURE = re.compile(r"(?i:\s+(lost|new|additional)\s+(?:[\w-]+\s+){0,2}?(?:jobs|workers|employees|positions)\b)")
# "the 2 million jobs we created", "3 million jobs were lost": the verb after the counted jobs
_JOBS_THEN_VERB = re.compile(
    r"(?i:(?<=jobs)|(?<=workplaces)|(?<=positions))(?i:\s+(?:(?:that|which)\s+)?(?:(?:we|they|it|the\s+\w+)\s+)?"
    r"(?:(?:have|has|had|were|was|have\s+been|had\s+been|'ve|'d)\s+)?"
    r"(?P<verb>created|added|generated|lost|cut|shed|eliminated|destroyed)\b)")
_JOBS_AFTER = re.compile(r"(?i:\s+(?:new\s+)?(?:jobs|workplaces|positions)\b)")
_CONTINUES = re.compile(r"(?i:\b(?:continues?|continued|continuing|keeps?|kept|keeping)\s+(?:to\s+)?$)")
_AUXILIARY = re.compile(r"(?i:\b(?:is|are|was|were|been|be|has|have|had)\s+"
                        r"(?:(?:\w+ly|also|still|now|not|already|further|again|even)\s+){0,2}$)")
# verbs of witnessing or causing (noun_phrases.json witness_verbs): "we have seen an increase in exports", "there has
# been a decline in poverty", "has led to a dramatic increase in our homicide rates"; progressive forms after "is/are"
_WITNESS_VERB = "(?:" + alternation(words().witness_verbs) + r")(?!\s+by\b)"
_WITNESSED = re.compile(
    r"(?i:\b(?:there\s+(?:has|have|had)\s+been|there\s+(?:was|were|is|are)|(?:(?:is|are|was|were)\s+)?"
    + _WITNESS_VERB + r")\s+(?:(?:a|an|the|some|continued|continuous)\s+)?(?:[\w-]+\s+){0,3}?$)")
# a participle right after the verb: "we have seen rising exports", not "there is a link between increasing poverty"
_WITNESSED_NEAR = re.compile(r"(?i:\b(?:(?:is|are|was|were)\s+)?" + _WITNESS_VERB
                             + r"\s+(?:(?:a|an|the|some|continued|continuous|\w+ly)\s+)?$)")
# "people protest rising energy prices", "against a backdrop of increasing inequality": the trend is taken as given
_PRESUPPOSED_NEAR = re.compile(r"(?i:\b(?:" + alternation(words().presupposing_frames)
                               + r")\s+(?:(?:the|a|an|\w+ly)\s+)?$)")
_OWN_PREDICATE = re.compile(r"(?i:\s+(?:is|are|was|were|will|would|must|should|needs?|remains?)\b)")
# what a list of witnessed trends may not hold: a new subject, verb or clause
_LIST_BREAK = re.compile(r"(?i:\b(?:we|they|it|i|he|she|is|are|was|were|has|have|had|need|needs|must|will|would"
                         r"|can|should|but|while|because|which|that|who)\b)")
# "witnessed accelerated trade, increased investment and ...": a later item of the list the verb governs
_WITNESSED_LIST = re.compile(r"(?i:\b" + _WITNESS_VERB + r"\s+[^.;:!?]*?(?:,|\band\b|\bwith\b)\s+(?:(?:a|an|the)\s+)?"
                             r"(?:[\w-]+\s+){0,2}?$)")
_PARTICIPLE_GAP = re.compile(r"(?i:[\s-]+(?:[\w'’]+[\s-]+){0,3}?)")  # "increased foreign-trade turnover"
_ELIDED_SUBJECT = re.compile(r"(?i:\b(?:and|but)\s+(?:is|are|has|have|was|were|continues|continue|keeps|keep|remains"
                             r"|remain)\b[\w\s]{0,25}$)")
_UP_TO_VERB = re.compile(r"(?i:\s+(?:(?:is|are|was|were|has|have|had|been|also|still|now|all|steadily|again)\s+)*"
                         r"(?:on\s+the\s+)?)")
_AFTER_INTRANSITIVE = r"\s*(?:[.,;:!?)]|$|(?:in|since|over|during|between|from|compared|as|and|but|while)\b)"
_INTRANSITIVE = re.compile(r"(?i:" + _AFTER_INTRANSITIVE + ")")
_PAST_VERB = re.compile(r"(?i:\w+ed|rose|fell|grew|shrank|sank|slid)")
_AND_OR_GAP = re.compile(r"(?i:\s*,?\s*(?:and|or)\s+)")  # "real per capita income and real business profits"
_THEN_AND = re.compile(r"(?i:(?:\s+\w+ly)?\s*,?\s+and\s+)")  # "incomes are soaring and 2.5 million ..."
_VERB_ENDS = re.compile(r"(?i:(?:\s+\w+ly)*" + _AFTER_INTRANSITIVE + ")")  # "rose sharply.", "fell, and"
_LIST_JOIN = re.compile(r"(?i:(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:[a-z-]+\s+)?)")  # "and gender inequality"
_NONE_SEEN = re.compile(r"(?i:\b(?:no|nobody|none|never|without|little|hardly|not|any)\b|\bto\s+(?:see|witness)\b"
                        r"|\b(?:needs?|needed|calls?\s+for|called\s+for|requires?|required|hopes?\s+for)\b)")
_OBJECT_NAMED = re.compile(r"(?i:[a-z])")  # "in violence": a word, not a year ("in 2018")
_NUMBER_OF_AFTER = re.compile(r"(?i:(?:the\s+)?(?:total\s+)?number\s+of\s+)")
_NUMBER_OF_BEFORE = re.compile(r"(?i:\bnumber\s+of\s+(?:the\s+)?$)")
_HEAD_THEN_OF = re.compile(r"(?i:[a-z]+\s+of\s+(?:the\s+|our\s+|its\s+)?)")
_IN_OR_OF = re.compile(r"(?i:\s+(?:in|of)\s+(?:(?:the|our|its|their|his|her)\s+)?)")


class AmountReader(ClauseReader):
    """Changes, levels and trends."""

    def _amounts(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """Changes and levels: every number with a unit in the clause, read against its verb."""
        drafts: list[Draft] = []
        for hit in m.multipliers:
            if self._negated(text, m.start, hit) or INFINITIVE.search(text, max(m.start, hit.start - 30), hit.start):
                continue  # "to halving poverty", "could double exports": an aim, not a change that happened
            ind = self._multiplied(text, m, hit)
            if ind is None:
                continue
            hedge = self.lex["hedge"].match_before(text, hit.start, window=20)
            relation = hedge.value if hedge else "eq"
            change = self._draft(text, "change", m, ctx, ind, Quantity(float(hit.value), "%", relation, 0, 1.0))
            span = self._dated_from_to(text, m, None)
            if span is not None:
                change.period = span  # "doubled exports from $2 billion in 2010 to $4 billion in 2018": 2018 on 2010
            drafts.append(change)
        for q in m.quantities:
            counted = None
            if q.kind == "amount" and q.unit is None:
                ind = self._indicator_for(text, m, q.start, q.end) if q.scale == 1.0 else None
                own_noun = counted_after(text, q.end, m.end)
                if ind is not None and own_noun is not None and ind.start >= own_noun.end \
                        and not self._people_noun(own_noun.name):
                    ind = None  # "almost 100 new settlements and towns for refugees": settlements, not refugees
                counted = self._counted(text, m, q)
                if counted is not None and any(counted.start <= h.start < counted.end for h in m.indicators):
                    counted = None  # "4.5 million workers": the lexicon's word for what is counted
                if ind is not None and _counts(ind.value) and (q.scale != 1.0 or q.value == int(q.value)):
                    # "the population is estimated at 11,000", "600,000 new factory jobs"; not "a 6.8 magnitude
                    # earthquake that claimed 800 lives"
                    q = replace(q, unit="count")
                elif counted is not None:
                    # "59 major welfare programs", "6 million needy people", "helped prevent 100,000 households from
                    # falling into poverty": the counted noun, not a measure named later
                    q = replace(q, unit="count")
                elif (ind is None or ind.start >= q.end) and _NUMBER_OF.search(text, m.start, q.start) and \
                        self._open_indicator(text, m, replace(q, unit="count")) is not None:
                    q = replace(q, unit="count")  # "the total number of national parks to 24": a count by name
            by_fraction = q.kind == "fraction" and re.search(r"(?i:\bby\s+$)", text[max(m.start, q.start - 4):q.start])
            if (q.kind == "fraction" or (q.kind == "amount" and q.unit is None)) and not by_fraction:
                continue
            if any(h.start <= q.start < h.end for h in m.multipliers):
                continue
            if q.unit == "count" and _PLACES_COUNTED.search(q.text) and any(x.end <= q.start for x in m.quantities) \
                    and _SCOPE_BEFORE.search(text, max(m.start, q.start - 30), q.start):
                continue  # "delivered 190 million vaccine doses to 138 countries": where the figure went, no figure
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
            if GROUP_FRACTION.search(text, max(m.start, q.start - 12), q.start) \
                    or GROUP_AFTER.match(text, q.end, m.end):
                continue  # "the wealthiest 10 per cent hold 46 times more", "1 per cent of the richest": who
            if _NOT_BEFORE.search(text, max(m.start, q.start - 20), q.start) or (
                    q.unit in ("%", "pp") and _RATE_NOUN_AFTER.match(text, q.end, m.end)) or \
                    _AIM_BEFORE.search(text, m.start, q.start) or (
                    OF_AFTER.match(text, q.end, m.end) and AIMED.search(text, max(m.start, q.start - 80), q.start)):
                continue  # "rose not 4.5 percent, but 13.5", "a 0.2 per cent levy", "plans on reducing by 70%"
            to_verb = _TO_VERB_BEFORE.search(text, max(m.start, q.start - 40), q.start)
            if to_verb is not None and not any(h.start == to_verb.start("verb") for h in m.directions):
                continue  # "we struggle to pool USD 100 billion", "funds to build 500 schools": what is meant
            # "down from 56 per cent in 2011", "increased by 40 percent, from $68 billion in 1977 to $96 billion",
            # "increased to 72 years from 64 years in 2009": where it moved from, a level at its own year
            moved_from = _MOVED_FROM.search(text, max(m.start, q.start - 16), q.start) \
                or (FROM_BEFORE.search(text, max(m.start, q.start - 40), q.start)
                    and (any((x.start > q.end or x.end <= q.start)  # "to 72 years from 64 years in 2009"
                             and TO_BEFORE.search(text, max(m.start, x.start - 40), x.start) for x in m.quantities)
                         or _TO_NOTHING.match(text, q.end, m.end)))  # "from 13,000 to zero"
            if moved_from and not any(dated_right_after(text, q, p) for p in m.periods):
                continue  # "36.5 per cent, down from 56 per cent": the figure it moved from, with no date
            ind = self._indicator_for(text, m, q.start, q.end)
            if q.unit == "count" and (ind is None or ind.start >= q.end) and counted is None:
                done_for = self._people_done_for(text, m, q)
                if done_for is not None:  # "we have arrested 2,855 people in relation to this crime": people_arrested
                    counted = Hit(done_for.start, done_for.end, "indicator", done_for.name, {"open": True})
            if counted is not None and not (ind is not None and _counts(ind.value)):
                ind = counted
            if q.unit in words().surface_units and ind is not None \
                    and not words().surface_measures & {x.rstrip("s") for x in ind.value.split("_")}:
                # "our population density ..., spread over a total of 10,452 square kilometres": a surface is no
                # measure of people or money named before it
                ind = None
            if q.unit in words().length_units and ind is not None \
                    and not words().length_measures & set(ind.value.split("_")):
                ind = None  # "85 per cent of Australia's population lives within 50 kilometres of the coast"
            if q.unit == "count" and ind is not None and _PLACES_COUNTED.search(q.text) \
                    and not _PLACE_MEASURE.search(ind.value):
                ind = None  # "trade agreements such as the CPTPP, which unites 11 countries": no count of trade
            if q.unit in words().surface_units and ind is None and not OF_AFTER.match(text, q.end, m.end) \
                    and _SURFACE_OF.search(text, max(m.start, q.start - 40), q.start):
                # "a state with an area of 1.5 million square kilometres", "Barbuda has a surface of 62 square miles",
                # "Haiti's 27,750 square kilometres": the place's own area; not "5,000 hectares of land" (what of)
                ind = Hit(q.start, q.end, "indicator", "area")
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
            said = ind.extra.get("said") if ind is not None else None
            if said is not None and not said[0] <= q.num_start < said[1] and self._said_of_others(text, q):
                continue  # "claimed 800 lives and left 10,000 homeless": deaths are only the figures their verb counts
            if ind is None:
                continue
            if q.unit and q.unit.isupper() and is_rate(ind.value):
                continue  # "$11 billion results from reducing individual tax rates": a rate is never a sum of money
            direction = None if moved_from or ind.extra.get("verb") else self._direction_for(text, m, q)
            if direction == "can":
                continue
            if direction in (None, "level") and (moved_from or direction == "level") and q.unit in ("%", "pp") \
                    and GROWTH_WORD.search(text, max(m.start, ind.start - 12), min(m.end, ind.end + 12)):
                direction = "rising"  # "our growth rate rose from 4 per cent in 2016 to 7.6": each a rate of growth
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
                change = self._draft(text, "change", m, ctx, ind, claimed, q)
                span = self._dated_from_to(text, m, q)
                if span is not None:
                    change.period = span  # "by 40 percent, from $68 billion in 1977 to $96 billion in 1981"
                drafts.append(change)
                continue
            value = q.value
            if ind.extra.get("sign") == -1 or _NEGATIVE.search(text, max(m.start, ind.start - 12), ind.start):
                value = -abs(value)
            claimed = Quantity(value, q.unit, q.relation, q.decimals, q.scale)
            drafts.append(self._draft(text, "level", m, ctx, ind, claimed, q))
        return drafts

    def _dated_from_to(self, text: str, m: Mentions, q: QuantityMention | None) -> Period | None:
        """The period of a change said beside the two levels it runs between, each with its year ("increased by
        40 percent, from $68 billion in 1977 to $96 billion in 1981"): the second year against the first."""
        def dated(before: re.Pattern[str]) -> Period | None:
            for x in m.quantities:
                if x is not q and before.search(text, max(m.start, x.start - 40), x.start):
                    own = [p for p in m.periods if p.period is not None and dated_right_after(text, x, p)]
                    if own:
                        return own[0].period
            return None

        first, second = dated(FROM_BEFORE), dated(TO_BEFORE)
        if first is None or second is None or (first.start or "") >= (second.start or ""):
            return None
        return Period(second.start, second.end, first.start, first.end)

    def _multiplied(self, text: str, m: Mentions, hit: Hit) -> Hit | None:
        """What a multiplier verb multiplies: its object ("doubled its exports", "quadrupled its emergency
        fund", "doubled the size of protected areas"), else the indicator before it, else its subject named by
        the sentence ("the number of women deputies has doubled")."""
        places = [(p.start, p.end) for p in m.places]
        obj = object_after(text, hit.end, m.end, places)
        if obj is not None:
            known = next((h for h in m.indicators if obj.start <= h.start < obj.end), None)
            return known or Hit(obj.start, obj.end, "indicator", obj.name, {"open": True})
        other = _OTHER_OBJECT.match(text, hit.end)
        if other is not None and not any(hit.end <= h.start < other.start("prep") for h in m.indicators):
            return None  # "doubling the war against poverty": an object that is no measure; poverty did not double
        ind = self._indicator_for(text, m, hit.start, hit.end)
        if ind is not None:
            return ind
        if not _INTRANSITIVE.match(text, hit.end):
            return None  # "my Administration doubled them", "we've tripled funding": the subject is who did it
        subject = subject_before(text, m.start, hit.end, places)
        return Hit(subject.start, subject.end, "indicator", subject.name, {"open": True}) if subject else None

    def _trend(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        for hit in m.directions:
            cont = _CONTINUES.search(text, max(m.start, hit.start - 30), hit.start)
            continuing = cont is not None and not INFINITIVE.search(text, max(m.start, cont.start() - 30),
                                                                     cont.start())
            if self._negated(text, m.start, hit) or (
                    INFINITIVE.search(text, max(m.start, hit.start - 30), hit.start) and not continuing):
                continue  # "we aim to grow", but "emissions continue to rise" is a trend
            if _BASE_FORM.fullmatch(text, hit.start, hit.end) and _INFINITIVE_LIST.search(
                    text, max(text.rfind(".", max(0, hit.start - 120), hit.start) + 1, hit.start - 120), hit.start):
                continue  # "measures to stabilize prices, reduce inflation and boost exports": more of what is meant
            if _NOUN_BEFORE.search(text, max(m.start, hit.start - 20), hit.start) and hit.value and \
                    text[hit.start:hit.end].lower() in ("increase", "decline", "drop", "fall", "rise", "decrease"):
                continue
            if _ADJECTIVE_BEFORE.search(text, max(m.start, hit.start - 12), hit.start):
                continue  # "the decreasing number", "fastest-growing economies": adjectives, not verbs
            if _LISTED_BEFORE.search(text, max(m.start, hit.start - 6), hit.start) \
                    and (_PARTICIPLE_FORM.fullmatch(text, hit.start, hit.end) or _BASE_FORM.fullmatch(text, hit.start,
                                                                                                       hit.end)) \
                    and self._noun_follows(text, hit.end):
                continue  # "reforms, economic growth and expanded regional cooperation": a participle before its noun
            if _VERB_AFTER.match(text, hit.end):
                continue  # "massive tax cuts were made": a noun, the subject of its own verb
            if _NOT_BUT.match(text, hit.end):
                continue  # "prices rose not 4.5 percent, but 13.5 percent": the figure after "but" is the change
            ind = self._trend_subject(text, m, hit) or self._open_trend_subject(text, m, hit)
            if ind is None:
                continue
            if hit.extra.get("halt") and _CHANGE_OF.search(text, max(m.start, ind.start - 20), ind.start):
                continue  # "the rise in unemployment came to a halt": a change stopped, the level did not fall
            listed = self._listed_with(text, m, ind, hit)
            last = self._open_trend_subject(text, m, hit) if not ind.extra.get("open") else None
            if last is not None and last.start >= listed[-1].end \
                    and _AND_OR_GAP.fullmatch(text, listed[-1].end, last.start):
                listed.append(last)  # "real per capita income and real business profits have risen"
            if hit.extra.get("pace"):
                # "the economy slowed", "growth accelerated": the pace of growth changed, not the level; "exports
                # slowed" is slower growth of exports, no fall of them
                listed = [replace(x, value="gdp_growth") if x.value == "gdp" else x for x in listed
                          if x.value == "gdp" or is_rate(x.value) or x.value.endswith("growth")]
                if not listed:
                    continue
            drafts = [self._draft(text, "trend", m, ctx, x, Quantity(None, None, _signed(hit.value, x, text, m)))
                      for x in listed]
            if not m.places and not FIRST_PERSON.search(text, m.start, m.end):
                # "the number of armed conflicts has increased": conflicts, wars and refugees are counted over the
                # world unless the speaker says "our" or names a place
                drafts = [replace(d, subject=replace(d.subject, entity="world"))
                          if d.subject.indicator and d.subject.indicator.rsplit("_", 1)[-1] in words().counted_worldwide
                          else d for d in drafts]
            return drafts
        return []

    @staticmethod
    def _listed_with(text: str, m: Mentions, first: Hit, hit: Hit) -> list[Hit]:
        """"Hunger, youth unemployment and inflation are on the rise": every measure of the list that is the
        verb's subject. The list ends right before the verb and its last item follows "and"/"or"; "To bring down
        spending, tax rates, and inflation, employment has climbed" has none."""
        before = [h for h in m.indicators if h.end <= hit.start]
        if not before or not _UP_TO_VERB.fullmatch(text, before[-1].end, hit.start):
            return [first]
        listed = [before[-1]]
        for h in reversed(before[:-1]):
            join = _LIST_JOIN.fullmatch(text, h.end, listed[0].start)
            if join is None or (len(listed) == 1 and not re.search(r"(?i:\b(?:and|or)\b)", join.group())):
                break
            listed.insert(0, h)
        return listed  # the measure right before the verb is its subject, whatever came earlier

    def _open_trend_subject(self, text: str, m: Mentions, hit: Hit) -> Hit | None:
        """A trend's subject the lexicon has no word for, named by its noun phrase when its head is a word that
        measures ("cocaine use is declining", "homicide rates have risen"); not any noun ("the situation is
        improving")."""
        if not _AUXILIARY.search(text, max(m.start, hit.start - 25), hit.start) and (
                not _PAST_VERB.fullmatch(text, hit.start, hit.end) or not _VERB_ENDS.match(text, hit.end)):
            # "the production of consumer goods also rose."; not "rising prices", "increased efficiency" (a
            # participle before its noun), "sea-level rise" (a noun) or "as production increases" (what may be)
            return None
        masked = [(p.start, p.end) for p in m.places]
        phrase = subject_before(text, m.start, hit.end, masked)
        if phrase is None:
            return None
        name = phrase.name
        head = _HEAD_THEN_OF.match(text, phrase.start, phrase.end + 6)
        of_object = whole_after(text, head.end(), hit.start, masked) if head else None
        if of_object is not None and "_" not in name and name in words().trend_heads and name != "use":
            # "the production of consumer goods rose": consumer_goods_production; "the use of chemical weapons is
            # rising" stays no statistic (docs/claim-records.md, "Trends without a figure")
            name = f"{of_object.name}_{name}"
        counted = _NUMBER_OF_BEFORE.search(text, max(m.start, phrase.start - 30), phrase.start)
        if not counted and ("_" not in name or name.rsplit("_", 1)[-1] not in words().trend_heads):
            return None  # "cocaine use", "homicide rates"; a bare "use" or "demand" says nothing of what
        # "the number of innovative schools is increasing": a count of what the phrase names
        return Hit(phrase.start, phrase.end, "indicator", name, {"open": True})

    def _trend_before_figures(self, text: str, m: Mentions, ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
        """A trend said before a clause's figures, with its own subject and verb: "wages are rising, incomes are
        soaring and 2.5 million Americans have been lifted out of poverty"."""
        first_figure = min((q.start for q in m.quantities), default=m.end)
        said = [h for h in m.directions if h.end <= first_figure and _THEN_AND.match(text, h.end, first_figure)]
        if not said:
            return []
        own = replace(m, directions=said[:1], quantities=[], indicators=[h for h in m.indicators
                                                                        if h.end <= said[0].start])
        figured = {d.subject.indicator for d in drafts}
        return [d for d in self._trend(text, own, ctx) if d.subject.indicator not in figured]

    def _trend_after_figures(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """A trend verb after a clause's figures whose subject is elided: "exports rose by 5 per cent in 2018
        and are still growing", "inflation has come down to 4 per cent and is continuing to decrease"."""
        last = max((q.end for q in m.quantities), default=m.start)
        elided = [h for h in m.directions if h.start >= last
                  and _ELIDED_SUBJECT.search(text, max(last, h.start - 40), h.start)]
        first_figure = min(q.start for q in m.quantities) if m.quantities else last
        subject = next((h for h in reversed(m.indicators) if h.end <= first_figure), None)
        if not elided or subject is None:
            return []
        # "With inflation under control, unemployment fell to 4 per cent and is still falling": the subject of the
        # figure just stated; "... in 2015 and has risen since": not the figure's period
        own = replace(m, directions=elided, indicators=[subject],
                      periods=[p for p in m.periods if p.start >= elided[0].start])
        return self._trend(text, own, ctx)

    def _noun_trend(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """A trend said with a noun after a verb of witnessing: "we have seen an increase in exports", "there
        has been a sharp decline in poverty", "Uruguay has enjoyed significant economic growth"."""
        if m.quantities:
            return []  # a figure in the clause is the claim; its noun is read by _amounts
        drafts: list[Draft] = []
        for noun in self.lex["trend_noun"].find(text, m.start, m.end):
            if noun.extra.get("with_figure"):
                continue  # "massive tax cuts", "the Loss and Damage Fund": a direction only beside a figure
            near = _WITNESSED_NEAR if noun.extra.get("before_measure") else _WITNESSED
            witnessed = near.search(text, max(m.start, noun.start - 60), noun.start)
            if witnessed is None and not noun.extra.get("before_measure"):
                said_of = self._subject_trend(text, m, noun)
                if said_of is not None:
                    if not any(d.subject.indicator == said_of.value for d in drafts):
                        drafts.append(self._draft(text, "trend", m, ctx, said_of,
                                                  Quantity(None, None, _signed(noun.value, said_of, text, m))))
                    continue
            if witnessed is None and noun.extra.get("before_measure"):
                witnessed = _PRESUPPOSED_NEAR.search(text, max(m.start, noun.start - 40), noun.start)
            listed = witnessed is None
            if witnessed is None:
                # "seen accelerated trade, increased investment and ...": a later item of the list after the verb,
                # with no clause of its own in between ("seen many crises, and we need higher investment": none)
                witnessed = _WITNESSED_LIST.search(text, max(0, noun.start - 150), noun.start)
                if witnessed is not None and _LIST_BREAK.search(text, witnessed.end(), noun.start):
                    witnessed = None
            if witnessed is None or self._negated(text, m.start, noun) or _NONE_SEEN.search(
                    text, _clause_start(text, witnessed.start() - 30, witnessed.start()), noun.start):
                continue  # "there has been no decline in poverty", "nobody has seen", "we want to see"
            if noun.extra.get("before_measure"):
                # "witnessed increased investment", "we have seen rising exports": the measure comes after
                ind = next((h for h in m.indicators if h.start >= noun.end
                            and _PARTICIPLE_GAP.fullmatch(text, noun.end, h.start)), None)
            else:
                ind = self._noun_trend_subject(text, m, noun, witnessed)
            if ind is None or any(d.subject.indicator == ind.value for d in drafts) or (
                    listed and _OWN_PREDICATE.match(text, ind.end)):
                continue  # "... our concern, and increased investment is needed": a subject of its own verb
            relation = _signed(noun.value, ind, text, m)
            drafts.append(self._draft(text, "trend", m, ctx, ind, Quantity(None, None, relation)))
        return drafts

    def _subject_trend(self, text: str, m: Mentions, noun: Hit) -> Hit | None:
        """The measure of a trend noun that opens its clause as the subject of a verb that happened: "The growth of
        direct trade ... has been encouraging", "The decline in unemployment has boosted consumption"; not "The growth
        of the economy is essential" (nothing said to have happened)."""
        if not (_SUBJECT_OPENING.fullmatch(text, m.start, noun.start)
                or _NOUN_SUBJECT_BEFORE.search(text, max(m.start, noun.start - 30), noun.start)):
            return None
        of = _IN_OR_OF.match(text, noun.end)
        # "of the Peruvian economy", "of direct trade": the measure may follow a modifier or two
        ind = next((h for h in m.indicators if of and of.end() <= h.start
                    and MODIFIER_GAP.fullmatch(text, of.end(), h.start)), None) if of else None
        if ind is None or not self._heads_subject(text, m, ind):
            return None  # "the expansion of Federal employment agencies": agencies expanded, not employment
        verb = _HAPPENED_VERB.search(text, ind.end, min(m.end, ind.end + 120))
        if verb is None or _BOUNDARY_BEFORE_VERB.search(text, ind.end, verb.start()):
            return None
        return ind

    def _noun_trend_subject(self, text: str, m: Mentions, noun: Hit, witnessed: re.Match[str] | None) -> Hit | None:
        """What a trend noun is said of: "a rise in exports", "export growth", or the subject of the verb of
        witnessing ("exports saw a sharp rise"); not "an increase in violence"."""
        of = _IN_OR_OF.match(text, noun.end)
        ind = next((h for h in m.indicators if of and h.start == of.end()), None)  # "a rise in exports"
        if ind is None and not of:
            # "significant economic growth", "export growth"
            ind = next((h for h in m.indicators if h.start <= noun.start < h.end + 2 and h.end <= noun.end), None)
        if ind is None and of is not None:
            # "a dramatic increase in our homicide rates": a measure the lexicon lacks, named by a measuring head;
            # "an increase in the number of attacks": a count of what is counted
            places = [(p.start, p.end) for p in m.places]
            number_of = _NUMBER_OF_AFTER.match(text, of.end())
            phrase = whole_after(text, number_of.end() if number_of else of.end(), m.end, places)
            if phrase is not None and ((number_of and phrase.name.endswith("s")) or (
                    "_" in phrase.name and phrase.name.rsplit("_", 1)[-1] in words().trend_heads)):
                return Hit(phrase.start, phrase.end, "indicator", phrase.name, {"open": True})
        if ind is None and witnessed is not None and not (of and _OBJECT_NAMED.match(text, of.end())):
            ind = next((h for h in reversed(m.indicators) if h.end <= witnessed.start()), None)
        return ind

    def _trend_noun_after(self, text: str, pos: int, m: Mentions | None = None) -> Hit | None:
        """A direction noun right after ``pos`` ("5% drop", "30 per cent-increase"), or after the measure said there
        ("a 500 per cent price increase"); not a participle ("$5 billion, rising to $7 billion" is a level and then
        another)."""
        after = _NOUN_GAP.match(text, pos).end()  # type: ignore[union-attr]
        noun = self.lex["trend_noun"].match_at(text, after)
        measure = next((h for h in m.indicators if h.start == after), None) if m is not None and noun is None else None
        if measure is not None:
            noun = self.lex["trend_noun"].match_at(text, _NOUN_GAP.match(text, measure.end).end())  # type: ignore[union-attr]
        return None if noun is None or noun.extra.get("before_measure") else noun

    def _counted(self, text: str, m: Mentions, q: QuantityMention) -> Hit | None:
        """A bare count's own noun phrase, when the lexicon has no word for it: "59 major welfare programs"."""
        if q.scale == 1.0 and (q.value < 1000 or q.value != int(q.value)):
            return None  # "23 principal organs", "2.5 Americans": a count of things, not a statistic
        counted_noun = _TOOK_NOUN.search(q.text)  # "68 million people": the quantity took the noun
        noun = counted_after(text, q.end - len(counted_noun.group()) if counted_noun else q.end, m.end) \
            or self._people_done_for(text, m, q)
        people = words().people  # "needy people", "people without electricity": people, counted
        first = noun.name.split("_", 1)[0] if noun is not None else ""
        # "45 million Americans receive Social Security benefits": a people named by its demonym is people too
        demonym = first.endswith("s") and self.lex.people_of(first) is not None  # not "Danish kroner"
        plural = noun is not None and (noun.name.endswith("s") or noun.name.rsplit("_", 1)[-1] in people
                                       or first in people or demonym)
        if noun is None or not plural \
                or not _COUNT_VERB.search(text, m.start, m.end) \
                or INFINITIVE.search(text, max(m.start, q.start - 30), q.start) \
                or AIMED.search(text, max(m.start, q.start - 80), q.start):
            # "planting 350 million trees" is too open a verb ("to plant 10 billion trees", "killed 10 million
            # Ukrainians"): a count needs a verb of having, and is no aim
            return None
        return Hit(noun.start, noun.end, "indicator", noun.name, {"open": True})

    @staticmethod
    def _people_done_for(text: str, m: Mentions, q: QuantityMention) -> Phrase | None:
        """Bare people named by the verb before them: "we have fed more than 104 million people" → people_fed."""
        took = _TOOK_NOUN.search(q.text)
        people = (took is not None and took.group().lower() in words().people) or _BARE_PEOPLE.match(text, q.end)
        verb = _PEOPLE_VERB_BEFORE.search(text, max(m.start, q.start - 40), q.start)
        if not people or verb is None:
            return None
        return Phrase(q.start, q.end, f"people_{verb.group('verb').lower()}")

    def _open_indicator(self, text: str, m: Mentions, q: QuantityMention) -> Hit | None:
        """An indicator named by the sentence's own noun phrase when the lexicon has none (noun_phrases.py)."""
        if q.unit == "count":
            counted = self._counted(text, m, q)
            if counted is not None:
                return replace(counted, extra={**counted.extra, "own": True})
        if q.unit not in ("%", "pp", "count") and not (q.unit or "").isupper() and q.kind != "times":
            return None
        places = [(p.start, p.end) for p in m.places]
        periods = [(p.start, p.end) for p in m.periods]
        # "oil consumption grew last year at a rate of only 1.5%": the subject is before the rate's words
        at_rate = _AT_RATE.search(text, max(m.start, q.start - 50), q.start)
        moved = at_rate is not None and any(h.end <= at_rate.start() for h in m.directions)
        said = at_rate.start() if at_rate and moved else q.start  # not "made at a record low rate of 4 per cent"
        figure_of = _FIGURE_OF_BEFORE.search(text, max(m.start, said - 40), said)
        said = figure_of.start() if figure_of else said  # "risen to the staggering figure of $255 billion"
        phrase = subject_before(text, m.start, said, places, periods) or object_before(text, m.start, said)
        if phrase is None and (q.unit or "").isupper():
            # "outlays of $8 billion", "a package worth €1.8 billion", "a $21 million debt swap": that sum's
            # own noun, which names no other figure of the clause
            lead = _OF_LEAD.match(text, q.start)  # "a budget of about $5 billion": the hedge took the "of"
            phrase = named_by_of(text, m.start, lead.end() if lead else q.start) \
                or named_after_money(text, q.end, m.end)
            if phrase is not None:
                return Hit(phrase.start, phrase.end, "indicator", phrase.name, {"open": True, "own": True})
            phrase = named_by_money_verb(text, m.start, q.start, q.end, m.end)
            if phrase is not None:
                # "we lost €350 million", "raised $2 billion": the verb names the sum, it moves nothing
                return Hit(phrase.start, phrase.end, "indicator", phrase.name,
                           {"open": True, "own": True, "verb": True})
        if phrase is None:
            noun = self._trend_noun_after(text, q.end)
            change_in = _IN_THE_NUMBER.match(text, noun.end, m.end) if noun else None
            # "a 30 per cent increase in the number of teachers"
            phrase = whole_after(text, change_in.end(), m.end) if change_in else None
        if phrase is None and FROM_BEFORE.search(text, max(m.start, q.start - 40), q.start):
            phrase = self._changed_in(text, m, q.start)  # "a global drop in early marriages from 36 per cent"
        if phrase is None and TO_BEFORE.search(text, max(m.start, q.start - 40), q.start):
            # "X rose from 79.2 per cent in 2000 to 97.7 per cent in 2015": the figure reached is X's too
            moved_from = [x for x in m.quantities if x.end <= q.start
                          and FROM_BEFORE.search(text, max(m.start, x.start - 40), x.start)]
            if moved_from:
                # "risen from about $50 billion": the subject is before "from" and its hedge
                hedged = FROM_BEFORE.search(text, max(m.start, moved_from[-1].start - 40), moved_from[-1].start)
                said_from = hedged.start() + len("from") if hedged else moved_from[-1].start
                phrase = subject_before(text, m.start, said_from, places) \
                    or self._changed_in(text, m, moved_from[-1].start)
        if phrase is None:
            return None
        return Hit(phrase.start, phrase.end, "indicator", phrase.name, {"open": True})

    def _changed_in(self, text: str, m: Mentions, from_figure: int) -> Phrase | None:
        """The measure a trend noun names before the figure it moved from: "a global drop in early marriages from 36
        per cent" → early_marriages."""
        nouns = [n for n in self.lex["trend_noun"].find(text, m.start, from_figure)
                 if _IN_THEN_FROM.fullmatch(text, n.end, from_figure)]
        if not nouns:
            return None
        of = _IN_OR_OF.match(text, nouns[-1].end)
        places = [(p.start, p.end) for p in m.places]
        return whole_after(text, of.end(), from_figure, places) if of else None

    def _trend_subject(self, text: str, m: Mentions, hit: Hit) -> Hit | None:
        """The indicator a trend verb speaks of: the subject shortly before it ("prices for X are falling"),
        or its object right after it ("is increasing its shipments")."""
        word = text[hit.start:hit.end].lower()
        auxiliary = _AUXILIARY.search(text, max(m.start, hit.start - 25), hit.start) is not None
        if word.endswith("ing") and not auxiliary:
            return None  # "rising sea levels", "increasing women's power": not a statement that X rises
        past = _PAST_VERB.fullmatch(text, hit.start, hit.end) is not None
        when = _WHEN_CLAUSE.search(text, max(m.start, hit.start - 80), hit.start)
        if when and not auxiliary and not past and not (
                when.group(1).lower() == "as" and _CONTINUES.search(text, max(m.start, hit.start - 30), hit.start)):
            # "as the scope of digital trade grows", "if emissions continue to rise": what happens then, not what
            # has happened; "as deaths continue to rise" says they are rising
            return None
        direct = next((h for h in m.indicators if h.start >= hit.end
                       and _DIRECT_OBJECT.fullmatch(text, hit.end, h.start) and self._ends_object(text, h)), None)
        if direct is not None and (auxiliary or (past and not _PARTICIPLE_BEFORE.search(text, m.start, hit.start))):
            # "our policies reduced unemployment", "we have reduced poverty": the measure the verb moved; not
            # "increased investment is needed", "with reduced tariffs" (a participle before its noun)
            return direct
        if _OBJECT_FOLLOWS.match(text, hit.end):
            # "the trade war increases the risk of war", "exports have raised our revenue": what the verb moves is
            # its object, not its subject; an object moved is a statement only when the move happened
            if not auxiliary and not past:
                return None
            return next((h for h in m.indicators if h.start >= hit.end
                         and _OBJECT_GAP.fullmatch(text, hit.end, h.start) and self._ends_object(text, h)), None)
        # "inflation has come down ... and is continuing to decrease": an elided subject may lie further back
        reach = 160 if _ELIDED_SUBJECT.search(text, max(m.start, hit.start - 40), hit.start) else 60
        # "Trade with Syria came to a halt, and we lost trade routes": a subject of its own ("we") stands between
        before = [h for h in m.indicators if h.end <= hit.start and hit.start - h.end <= reach
                  and not re.search(r"[;:]", text[h.end:hit.start]) and not _OWN_SUBJECT.search(text, h.end, hit.start)
                  and self._heads_subject(text, m, h)
                  # "the decline in unemployment has boosted consumption": the decline is the subject, not unemployment
                  and not _CHANGE_OF.search(text, max(m.start, h.start - 30), h.start)]
        if before:
            return before[0]
        if not auxiliary:
            return None
        for h in m.indicators:
            if h.start >= hit.end and _OBJECT_GAP.fullmatch(text, hit.end, h.start):
                return h
        return None

    @staticmethod
    def _noun_follows(text: str, pos: int) -> bool:
        """Whether the word after ``pos`` is a noun, not a word that follows a verb ("expanded regional cooperation";
        not "expanded rapidly", "expanded to new markets", "expanded.")."""
        after = _NEXT_WORD.match(text, pos)
        if after is None:
            return False
        word = after.group(1).lower()
        return word not in words().function_words and not word.endswith("ly") and not word.isdigit()

    @staticmethod
    def _said_of_others(text: str, q: QuantityMention) -> bool:
        """Whether a figure names what it counts with a word of its own ("10,000 homeless", "12 million displaced"),
        not "and 4,000 in 2020" or "and 300 more"."""
        after = _NEXT_WORD.match(text, q.end)
        if after is None:
            return False
        word = after.group(1).lower()
        w = words()
        return word not in w.prepositions | w.boundaries | w.people | w.adverbs | {"more", "others", "dead"}

    def _people_noun(self, name: str) -> bool:
        """Whether a counted noun names people ("800 Australians", "2 million children"), whom a measure named after
        them may count ("have lost their lives")."""
        return self.lex.people_of(name) is not None or name.rsplit("_", 1)[-1] in words().people

    @staticmethod
    def _heads_subject(text: str, m: Mentions, h: Hit) -> bool:
        """Whether a measure can be a verb's subject: the head of its noun phrase, not a word before another noun
        ("individual income taxes were reduced", "forest reserves are created") nor the object of a preposition
        other than "of" ("rates of interest for industry have been reduced")."""
        after = _NEXT_WORD.match(text, h.end)
        w = words()
        word = after.group(1).lower() if after is not None else ""
        if after is not None and not (word in w.function_words or word.endswith(("ly", "ed"))
                                      or word.rstrip("s") in w.measure_heads or word in w.after_subject
                                      or any(x.start == after.start(1) for x in [*m.directions, *m.places])):
            return False  # "child mortality rates are falling", "wealth worldwide has grown" are said of the measure
        before = _WORD_BEFORE_HIT.search(text, max(m.start, h.start - 12), h.start)
        return before is None or before.group(1).lower() not in _NOT_A_SUBJECT_AFTER

    def _ends_object(self, text: str, h: Hit) -> bool:
        """Whether a measure is the head of a verb's object, not a word before it: "increased our ODA budget", "the
        salaries of civil servants", "its carbon emissions by"; not "our employment opportunity enforcement", "the
        free trade system", "the growth of spending" (a change of something else)."""
        after = _NEXT_WORD.match(text, h.end)
        if after is None:
            return True
        word = after.group(1).lower()
        if word == "of":
            return self.lex["trend_noun"].match_at(text, h.start) is None
        w = words()
        return word in w.prepositions or word in w.boundaries or word in w.adverbs or word.endswith("ly") \
            or word in w.object_heads

    def _direction_for(self, text: str, m: Mentions, q: QuantityMention) -> str | None:
        """``rising``/``falling`` for "rose by 5%", "a 5% drop"; ``level`` for "rose to $5bn"; ``can`` for "can increase
        income by 10 per cent" (what may happen, no claim); else None."""
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
            if _CAN_BEFORE.search(text, max(m.start, hit.start - 16), hit.start):
                return "can"  # "a year of education can increase income by 10 per cent": what may happen, no fact
            gap = text[hit.end:q.start]
            if _TO_AFTER_VERB.match(gap):
                return "level"
            if _BY_GAP.match(gap) or _AND_BY.search(gap):
                return hit.value
            between = [x for x in m.quantities if hit.end <= x.start and x.end <= q.start]
            if between and _AND_NEXT.fullmatch(text, between[-1].end, q.start) \
                    and not _PART_OF_WHOLE.match(text, between[-1].end, q.start):
                # "increased almost four times and those of France three times"; not "the return of 12,000 refugees
                # of the almost 250,000": the second figure is the whole the first is part of
                return hit.value
            if q.kind == "times" and _OBJECT_WORDS.fullmatch(gap):
                return hit.value  # "increased our aid for refugees five times"
            if _OBJECT_BY.fullmatch(gap) or _ASIDE_BY.match(gap):
                return hit.value  # "reduced its forest fires by 82 per cent", "has increased--after taxes--by 50%"
            if _AT_RATE.search(gap) and not any(hit.end <= x.start < q.start for x in m.quantities):
                return hit.value  # "grew in the second quarter of 2018 at an annual rate of 3.8 per cent"
            break
        of = _OF_BEFORE_FIGURE.search(text, max(m.start, q.start - 30), q.start)
        noun = self.lex["trend_noun"].match_before(text, of.start(), window=20) if of else None
        over = _OVER_THE_PREVIOUS.search(text, max(m.start, of.start() - 40), of.start()) if of and not noun else None
        if over is not None:
            noun = self.lex["trend_noun"].match_before(text, over.start(), window=20)  # "an increase over the
            # preceding year of $59,699,426.52"
        base = next((p for p in m.periods if of and p.role == "base" and of.start() - 2 <= p.end <= of.start()), None)
        if noun is None and base is not None:
            noun = self.lex["trend_noun"].match_before(text, base.start, window=20)  # "an increase over 1899 of $X"
        measure = _IN_MEASURE_END.search(text, max(m.start, of.start() - 60), of.start()) if of and not noun else None
        if measure is not None and any(measure.start() < h.start < of.start() for h in m.indicators):
            noun = self.lex["trend_noun"].match_before(text, measure.start(), window=20)
        if noun is not None and not noun.extra.get("before_measure"):
            return noun.value  # "an increase of 5%"
        noun = self._trend_noun_after(text, q.end, m)
        if noun is not None and noun.end <= m.end:
            return noun.value  # "a 5% drop", "a 500 per cent price increase"
        than_by = _THAN_BY.search(text, max(m.start, q.start - 60), q.start)
        if than_by and any(p.role == "base" and than_by.start() < p.start < q.start for p in m.periods):
            # "greater than 1896 by $511 million": a change against that year
            return "falling" if than_by.group("cmp").lower() in ("less", "lower", "smaller", "fewer") else "rising"
        comparative = _COMPARATIVE.match(text, q.end, m.end)
        if comparative:
            return "rising" if comparative.group("up") else "falling"  # "5 per cent higher", "5% more than"
        if q.unit in ("%", "pp") and GROWTH_WORD.search(text, m.start, m.end):
            return "rising"
        return None


def is_rate(indicator: str) -> bool:
    """A measure said only in per cent: a rate (not an exchange rate, said in a currency), or one named in
    ``per_cent_measures`` (noun_phrases.json: unemployment, inflation)."""
    return (indicator.endswith(("_rate", "_rates")) and not indicator.startswith("exchange")) \
        or indicator in words().per_cent_measures


def _counts(indicator: str) -> bool:
    """Indicators that count people or things ("manufacturing_jobs", "people_in_poverty")."""
    return indicator in COUNT_INDICATORS or indicator.endswith(_COUNT_SUFFIXES) or indicator.startswith("people_")


def _signed(relation: str | None, ind: Hit, text: str, m: Mentions) -> str | None:
    """A trend of a deficit is the opposite trend of the balance it is part of: "the deficit fell" → the
    balance rose (docs/claim-records.md: deficits are negative)."""
    negative = ind.extra.get("sign") == -1 or _NEGATIVE.search(text, max(m.start, ind.start - 12), ind.start)
    if not negative or relation not in ("rising", "falling"):
        return relation
    return "falling" if relation == "rising" else "rising"


def _clause_start(text: str, start: int, end: int) -> int:
    """The start of the clause ``end`` is in, looking back no further than ``start``: "We have not seen any
    recovery, but we have seen rising exports" — the negation is the first clause's."""
    start = max(0, start)
    cut = max(text.rfind(",", start, end), text.rfind(";", start, end))
    return cut + 1 if cut >= 0 else start

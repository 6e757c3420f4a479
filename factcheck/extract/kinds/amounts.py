"""Changes and levels: every figure with a unit read against its verb ("fell by 3.1%", "reached $2.5 billion",
"doubled"). Trends said with no figure are kinds/trends.py's."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from factcheck.extract.causes import cause_after, is_deaths
from factcheck.extract.clause_reader import (
    AFTER_INTRANSITIVE,
    AIMED,
    FIGURE_OF,
    GROUP_AFTER,
    GROUP_FRACTION,
    GROWTH_WORD,
    IN_OR_OF,
    INFINITIVE,
    NEXT_WORD,
    OF_AFTER,
    SPEAKERS_OWN,
    TOOK_NOUN,
    ClauseReader,
    Draft,
    Mentions,
    by_polarity,
    dated_by_span,
    dated_right_after,
    from_before,
    negated_before,
    negative_measure,
    to_before,
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
    people_described,
    subject_before,
    whole_after,
    words,
)
from factcheck.extract.periods import COUNTS
from factcheck.extract.quantities import QuantityMention
from factcheck.model import Period, Quantity, Subject

# Indicators that count people or things: a bare number said of them is a count.
COUNT_INDICATORS = frozenset({"population", "refugees", "migrants", "displaced_persons", "employment",
                              "people_in_poverty", "hungry_people", "emigrants", "deaths", "injuries"})
_COUNT_SUFFIXES = ("_jobs", "_people", "_persons", "_deaths", "_recipients", "_students", "refugees", "migrants",
                   "emigrants")
_NUMBER_OF = re.compile(r"(?i:\bnumber\s+of\b)")
# "seventy territories, with a population of some 50 million", "new States with a population of about 1,500 million"
_GROUP_POPULATION = re.compile(r"(?i:\b(?P<noun>" + alternation(words().group_nouns) + r")\b[^.;:]{0,30}?"
                               r"\bpopulations?\s+(?:(?:of|numbering)\s+)?"
                               r"(?:(?:some|about|over|more\s+than|nearly|almost|around|approximately)\s+)?$)")
_OF_LEAD = re.compile(r"(?i:of\s+)")
# around a direction noun of the trend_noun lexicon ("a 5% drop", "an increase of 5%", "a 30 per cent increase
# in the number of teachers")
_NOUN_GAP = re.compile(r"[\s-]*")
_WORD_TOKEN = re.compile(r"[A-Za-z][A-Za-z-]*")
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
_IN_THEN_FROM = re.compile(r"(?i:\s+(?:in|of)\s+(?:(?:the|our|its|their)\s+)?(?:[\w'’-]+\s+){1,5}from\s+"
                           r"(?:(?:about|some|nearly|almost|only|just)\s+)?)")
_THAN_BY = re.compile(r"(?i:\b(?P<cmp>greater|higher|larger|bigger|more|less|lower|smaller|fewer)\s+than\s+"
                      r"[^,;.]{1,40}?\s+by\s+(?:(?:some|about|nearly|almost|over|more\s+than)\s+)?$)")
_PART_OF_WHOLE = re.compile(r"(?i:\s+(?:[\w-]+\s+)?(?:of|out\s+of)\s+(?:the|our|its|their)\s+)")
_SURFACE_OF = re.compile(r"(?i:(?:\b(?:an?\s+|the\s+|its\s+|our\s+)?(?:(?:total|vast|land)\s+)?(?:area|surface|land|"
                         r"territory|size)\s+of|\b(?:is|are|was|were|measures|measuring|has|have)(?:\s+now)?|['’]s)\s+"
                         r"(?:(?:just|only|about|some|approximately|nearly|almost|over|more\s+than|roughly)\s+)*$)")
_TO_NOTHING = re.compile(r"(?i:\s+to\s+(?:zero|nil|none|nothing)\b)")
# "up 5%", "down by nearly 3%"; not "women make up 52 per cent"
_UP_DOWN = re.compile(r"(?i:(?<!make\s)(?<!makes\s)(?<!made\s)(?<!making\s)\b(up|down)\s+(?:by\s+)?"
                      r"(?:(?!from\b|to\b)\w+\s+)?$)")
# "rose, after a difficult year, by 5 per cent", "has increased--after taxes--by more than 50 percent"
_ASIDE_BY = re.compile(r"(?i:^\s*(?:,|--|—|–)[^.;\d]{1,60}?(?:,|--|—|–)\s*by\s+(?:[\w-]+\s+){0,2}$)")
_AND_BY = re.compile(r"(?i:\d[^.;]*?(?:,|\band\b)\s+(?:by\s+)?(?:(?!to\b|reaching\b|at\b)[\w-]+\s+){0,3}$)")
# a count is claimed when something has, holds, hosts or is so many ("there are 59 programs", "we hired 12,000 nurses")
_COUNT_VERB = re.compile(r"(?i:\b(?:" + alternation(words().count_verbs) + r")\b)")
_AND_NEXT = re.compile(r"(?i:\s*(?:,\s*)?(?:and|while|whereas)?\s+(?:by\s+)?"
                       r"(?:(?!to\b|reaching\b|at\b)[\w'’-]+\s+){0,4})")
_MOVED_FROM = re.compile(r"(?i:\b(?:down|up|fallen|risen|dropped|declined|increased|decreased|rose|fell)\s+from\s+$)")
_OBJECT_BY = re.compile(r"(?i:\s+(?:[\w'’-]+\s+){1,8}by\s+(?:(?:some|about|around|almost|nearly|over|more\s+than"
                        r"|less\s+than|roughly|approximately|just|only)\s+)?)")
# "the mean annual growth rate is 11.4 per cent", "an average annual increase of 5%", "7% a year on average"
_AVERAGE_RATE = re.compile(r"(?i:\b(?:(?:average|mean)\s+(?:annual|yearly)|annual\s+average|average)\s+(?:\w+\s+){0,3}?"
                           r"(?:growth|increase|rise|rate|decline|decrease|reduction)\b[^.;]*$)")
# "a sustained growth rate of 6.4 per cent between 2010 and 2019": a rate over a span of years; "a 3-year inflation
# average of 3.9 percent"
_RATE_OF_BEFORE = re.compile(r"(?i:\brate\s+of\s+(?:[a-z]+\s+){0,2}$)")
_YEARS_AVERAGE = re.compile(r"(?i:\b(?:\d+|" + "|".join(COUNTS) + r")-year\s+(?:[\w-]+\s+){0,2}average\s+of\s+"
                            r"(?:[a-z]+\s+){0,2}$)")
# "2.5 million Americans have been lifted out of poverty", "3 million people fled": the people's own verb
_AS_FAST_AFTER = re.compile(r"(?i:\s+(?:as\s+(?:fast|quickly|rapidly)|faster|more\s+quickly|more\s+rapidly)\b)")
_ADJUNCT_BEFORE = re.compile(r"(?i:\b(?:for|in|across|into|with)\s+$)")  # "for more than 55 projects"
_TO_A_PLACE = re.compile(r"(?i:\s+to\s+(?:the|our|their|its|a|an|these|those)\b)")  # "462,000 Syrians to the areas"
# "5 million Somalis remain dependent on food aid": a measure said as what people are counted by, after a preposition
_OBJECT_OF_PREPOSITION = re.compile(r"(?i:\b(?:on|of|with|from|for|in|into)\s+(?:[\w'’-]+\s+){0,2}$)")
_OWN_VERB_AFTER = re.compile(r"(?i:\s+[A-Za-z]+\s+(?:(?:have|has|had|were|was|are|is)\s+(?:been\s+)?)?"
                             r"(?:[a-z]+ed|[a-z]+en|" + alternation(words().past_verbs) + r")\b)")
# "rates which now range between 20 and 91 percent", "to a more sensible range of 14 to 65 percent", "ranged from 5 to
# 6 per cent"
_SPREAD_BEFORE = re.compile(r"(?i:\brang(?:e|es|ed|ing)\s+(?:(?:between|from|of)\s+)?"
                            r"(?:[\d.,]+\s*(?:%|per\s*cent|percent)?\s+(?:to|and)\s+)?$)")
_AVERAGE_AFTER = re.compile(r"(?i:\s+(?:a|per|each)\s+(?:year|annum)\s+on\s+average\b|\s+on\s+average\s+(?:a|per|each)"
                            r"\s+(?:year|annum)\b|\s+(?:a|per|each)\s+(?:year|annum)\s+(?:over|during|for|since|between"
                            r"|in\s+the\s+(?:past|last))\b)")
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
# "at the annual interest of 4.5%", "with an allowance of 5.5% in one case and of 5% in the other": a loan's terms,
# no level
_LOAN_TERM_BEFORE = re.compile(r"(?i:\b(?:" + alternation(words().loan_term_nouns) + r")\s+(?:of|at)\s+"
                               r"(?:[^;]{0,40}\band\s+(?:of|at)\s+)?(?:about\s+|only\s+)?$)")
# "at a real rate of", "at a rate of only"
# "grew at the rate of 13 percent"; "at the rate of about 13 percent" (the hedge took the "of")
_AT_RATE = re.compile(r"(?i:\bat\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?(?:rate|pace)\s+(?:of\s+)?"
                      r"(?:(?:only|just|about|some|nearly|almost|around|roughly)\s+)?$)")
_AT_FIGURE = re.compile(r"(?i:\s+(?:\w+ly\s+)?at\s+(?:(?:only|just|about|some|nearly|almost|around|roughly|over"
                        r"|more\s+than|less\s+than)\s+)?)")
# "there are (now) 59", "has (only) 34": how many there are, right before the figure (its hedge is the figure's own)
_HAVING_RIGHT_BEFORE = re.compile(r"(?i:\b(?:(?P<there>there\s+(?:are|were|is|was))|(?:has|have|had)(?!\s+to\b))\s+"
                                  r"(?:(?:now|already|only|still|barely|just)\s+)?$)")
_WORD_BEFORE_HAVING = re.compile(r"(?i:([\w'’-]+)\s+(?:(?:now|already|also|still|only|today|\w+ly)\s+)?$)")
_EACH = re.compile(r"(?i:\b(?:each|every)\b)")
_YEAR_LIKE = re.compile(r"1[6-9]\d\d|20\d\d")
_BEFORE_A_YEAR = re.compile(r"(?i:\b(?:year|in|of|since|from|until|by)\s+$)")
_SHORT_OF = re.compile(r"(?i:\s+(?:just\s+)?short\s+of\b)")
_MOVING_AT = re.compile(r"(?i:\w+ing|grew|rose|fell)")  # verbs whose "at N per cent" is their pace
# "40,000 healthcare workers have recently been trained", "5,000 teachers were recruited": a passive verb of what was
# done for those counted; "2 million veterans have served our country" is what they did
_DONE_TO_AFTER = re.compile(r"(?i:\s+(?:(?:have|has|had)\s+(?:\w+ly\s+)?been|were|was|are|is)\s+(?:\w+ly\s+)?"
                            r"(?P<verb>" + alternation(words().people_verbs) + r")\b)")
_LIVE_IN = re.compile(r"(?i:liv(?:e|es|ed)\b)")  # the verb said of those counted, not "living": who they are
_BARE_PEOPLE = re.compile(r"(?i:\s+(?:people|persons|individuals)\b)")
_PEOPLE_VERB_BEFORE = re.compile(r"(?i:\b(?P<verb>" + alternation(words().people_verbs)
                                 + r")\s+(?:(?:more\s+than|over|some|about|nearly|almost|around|at\s+least|close\s+to)"
                                 r"\s+)?$)")
_OVER_THE_PREVIOUS = re.compile(r"(?i:\s+(?:over|above|on)\s+(?:that\s+of\s+)?the\s+(?:preceding|previous|prior|last)"
                                r"\s+(?:fiscal\s+)?(?:year|period|month|quarter)\s*,?$)")
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
_CAN_BEFORE = re.compile(r"(?i:\b(?:can|could|cannot|can't)\s+(?:\w+ly\s+)?$)")
# "in FY 1980 defense spending": modifiers, a fiscal year among them, between "increase in" and the measure
_NOUN_MODIFIERS = re.compile(r"(?:[\w’'-]+\s+){0,3}")
# "... defense spending is well above 3 percent", "... exports was 5 per cent": the verb that gives a change noun its
# figure
_COMPARED_TO_FIGURE = re.compile(r"(?i:\b(?:was|is|were|are|been)\s+(?:\w+\s+)?[a-z]+er\s+than\s+$)")
_COPULA_TO_FIGURE = re.compile(r"(?i:\s+(?:in\s+\d{4}\s+)?(?:was|is|were|are|has\s+been|had\s+been|have\s+been"
                               r"|amounted\s+to|amounts\s+to|reached|stood\s+at|totalled|totaled)\s+"
                               # "is well above 3 percent"; not "was slower than 5 per cent"
                               r"(?:(?:well|just|only|about|around|some|almost|nearly|roughly|approximately|still|now"
                               r"|also|already)\s+){0,2}"
                               r"(?:(?:a|an)\s+(?![a-z]+er\s)[a-z]+\s+)?)")  # "was a record 12 per cent"
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
_INTRANSITIVE = re.compile(r"(?i:" + AFTER_INTRANSITIVE + ")")


class AmountReader(ClauseReader):
    """Changes and levels."""

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
                        and not self._people_noun(own_noun.name) and not _said_with(ind, q):
                    ind = None  # "almost 100 new settlements and towns for refugees": settlements, not refugees
                counted = self._counted(text, m, q)
                if counted is not None and any(counted.start <= h.start < counted.end
                                               and (_counts(h.value) or not counted.extra.get("described"))
                                               for h in m.indicators):
                    # "4.5 million workers", "800 million people ... go to bed hungry": the lexicon's word for what
                    # is counted (not "5 million Somalis remain dependent on food aid": what is said of them)
                    counted = None
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
                                          or _AVERAGE_AFTER.match(text, q.end, m.end)
                                          or self._rate_over_years(text, m, q)):
                ind = self._indicator_for(text, m, q.start, q.end)
                draft = self._draft(text, "other", m, ctx, ind, Quantity(None, None, "eq"), q) if ind else None
                if draft is not None:
                    draft.claimed = None
                    draft.note = f"an average annual rate ({q.text}): no rule checks rates averaged over years yet"
                    drafts.append(draft)
                continue
            if _SPREAD_BEFORE.search(text, max(m.start, q.start - 30), q.start):
                continue  # "tax rates, which range between 20 and 91 percent": how far apart rates lie, no one value
            if GROUP_FRACTION.search(text, max(m.start, q.start - 12), q.start) \
                    or GROUP_AFTER.match(text, q.end, m.end):
                continue  # "the wealthiest 10 per cent hold 46 times more", "1 per cent of the richest": who
            if _NOT_BEFORE.search(text, max(m.start, q.start - 20), q.start) or (
                    q.unit in ("%", "pp") and (_RATE_NOUN_AFTER.match(text, q.end, m.end)
                                               or _LOAN_TERM_BEFORE.search(text, max(0, q.start - 80),
                                                                           q.start))) or \
                    _AIM_BEFORE.search(text, m.start, q.start) or (
                    OF_AFTER.match(text, q.end, m.end) and AIMED.search(text, max(m.start, q.start - 80), q.start)):
                continue  # "rose not 4.5 percent, but 13.5", "a 0.2 per cent levy", "plans on reducing by 70%"
            to_verb = _TO_VERB_BEFORE.search(text, max(m.start, q.start - 40), q.start)
            if to_verb is not None and not any(h.start == to_verb.start("verb") for h in m.directions):
                continue  # "we struggle to pool USD 100 billion", "funds to build 500 schools": what is meant
            # "down from 56 per cent in 2011", "increased by 40 percent, from $68 billion in 1977 to $96 billion",
            # "increased to 72 years from 64 years in 2009": where it moved from, a level at its own year
            moved_from = _MOVED_FROM.search(text, max(m.start, q.start - 16), q.start) \
                or (from_before(text, m, q)
                    and (any((x.start > q.end or x.end <= q.start)  # "to 72 years from 64 years in 2009"
                             and to_before(text, m, x) for x in m.quantities)
                         or _TO_NOTHING.match(text, q.end, m.end)))  # "from 13,000 to zero"
            if moved_from and not any(dated_right_after(text, q, p) for p in m.periods) \
                    and dated_by_span(text, m, q) is None:
                continue  # "36.5 per cent, down from 56 per cent": the figure it moved from, with no date
            ind = self._indicator_for(text, m, q.start, q.end)
            killed = next((h for h in m.indicators if _said_with(h, q)), None)
            if killed is not None:
                ind = killed  # "hunger killed 2 million people", "poverty killed ...": the deaths the verb counts
            if q.one_in and ind is not None and ind.value == "population" and not text[q.end:ind.start].strip():
                # "one in three inhabitants of our capital is unemployed": the people counted are the whole; the
                # measure is what is said of them (a share of the population when nothing is)
                ind = next((h for h in m.indicators if h.start >= ind.end and h.value != "population"), None)
                if ind is None:
                    continue
            if q.one_in and ind is not None and ind.value in words().people_count_rates \
                    and _LIVE_IN.match(text, ind.start):
                # "seven out of ten Kenyans live in poverty": the rate, as "one in three Kenyans lives in poverty" is;
                # not "two out of three people in poverty live in rural areas" (who they are, not what they live in)
                ind = Hit(ind.start, ind.end, ind.type, words().people_count_rates[ind.value], ind.extra)
            if q.unit == "count" and (ind is None or ind.start >= q.end) and counted is None:
                done_for = self._people_done_for(text, m, q)
                if done_for is not None:  # "we have arrested 2,855 people in relation to this crime": people_arrested
                    counted = Hit(done_for.start, done_for.end, "indicator", done_for.name, {"open": True})
            if counted is not None and not (ind is not None and _counts(ind.value)):
                ind = counted
            elif q.unit == "count" and ind is not None and ind.end <= q.start and not _counts(ind.value) \
                    and (people := self._people_after(text, q)) is not None \
                    and _OWN_VERB_AFTER.match(text, q.end, m.end):
                # "incomes are soaring and 2.5 million Americans have been lifted out of poverty": people who do
                # something of their own are counted by it, not by the measure said before them
                described = people_described(text, people.start(1), m.end)
                if described is None:
                    continue
                ind = Hit(described.start, described.end, "indicator", described.name, {"open": True})
            elif q.unit == "count" and counted is None and ind is not None and ind.start >= q.end \
                    and not _counts(ind.value) and (people := self._people_named(text, q)) is not None:
                # "5 million Somalis remain dependent on food aid": people counted by what is said of them, the
                # measure named there included, not a sum of food aid
                start, who = people
                # "children" name themselves; a demonym ("Somalis") counts people
                described = people_described(text, start, m.end, who if who in words().people else "people")
                if described is not None and described.start <= ind.start < described.end \
                        and _OBJECT_OF_PREPOSITION.search(text, start, ind.start):  # not "... are unemployed"
                    ind = Hit(described.start, described.end, "indicator", described.name, {"open": True})
            took = TOOK_NOUN.search(q.text) if q.unit == "count" else None
            if took is not None and counted is None and ind is not None and ind.end <= q.start \
                    and not _counts(ind.value) and took.group().lower() not in words().people \
                    and _ADJUNCT_BEFORE.search(text, max(m.start, q.start - 10), q.start):
                continue  # "$851 million in foreign direct investment for more than 55 projects": no count of FDI
            done_to = self._named_people_done_to(text, m, q, ind) if q.unit == "count" else None
            if done_to is not None:  # "we have trained 40,000 teachers": teachers_trained, not the teaching staff
                ind = Hit(done_to.start, done_to.end, "indicator", done_to.name, {"open": True})
            if q.unit in words().surface_units and ind is not None \
                    and not words().surface_measures & {x.rstrip("s") for x in ind.value.split("_")}:
                # "our population density ..., spread over a total of 10,452 square kilometres": a surface is no
                # measure of people or money named before it
                ind = None
            if q.unit in words().length_units and ind is not None \
                    and not words().length_measures & set(ind.value.split("_")):
                ind = None  # "85 per cent of Australia's population lives within 50 kilometres of the coast"
            group = _GROUP_POPULATION.search(text, max(m.start, q.start - 60), q.start) \
                if q.unit == "count" and ind is not None and ind.value == "population" else None
            if group is not None and not any(p.end <= q.start for p in m.places) \
                    and not SPEAKERS_OWN.search(text, max(m.start, group.start() - 30), group.start("noun")):
                continue  # "88 territories with a population of over 71 million": theirs, of no place the lexicon knows
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
            if ind is not None and is_deaths(ind.value) and ind.end <= q.start:
                # "3 million died from AIDS, 1.5 million from tuberculosis and 400,000 from malaria": a figure that
                # names its own cause right after it counts deaths of that cause, not of the first one said
                cause = cause_after(text, q.end, m.end, ctx.year)
                ind = Hit(ind.start, ind.end, ind.type, cause, ind.extra) if cause else ind
            change_of = self._change_said_of(text, m, q)
            if change_of is not None and change_of[1] == "compared":
                continue
            if change_of is not None:
                ind = change_of[0]  # "the growth of exports was 5 per cent": exports, not the "growth" said first
            said = ind.extra.get("said") if ind is not None else None
            if said is not None and not said[0] <= q.num_start < said[1] \
                    and (q.num_start < said[0] or self._said_of_others(text, q)):
                # "claimed 800 lives and left 10,000 homeless", "affecting 200 million people and killing nearly 5
                # million": deaths are only the figures their verb counts ("our population of 50 million people lost
                # 4,000 souls": the measure named before the figure is its own)
                ind = counted or next((h for h in reversed(m.indicators)
                                       if h.end <= q.start and not h.extra.get("said")), None)
                if ind is None:
                    continue
                said = None
            if ind is None:
                continue
            if q.unit and q.unit.isupper() and (is_rate(ind.value) or is_deaths(ind.value)):
                # "$11 billion results from reducing individual tax rates": a rate is never a sum of money; "the war
                # killed 500,000 people and cost 2 trillion dollars": nor are deaths
                continue
            # "the loss of 4.6 million lives": a count of deaths its own words say, not a fall
            counted_by_verb = said is not None and said[0] <= q.num_start < said[1]
            direction = change_of[1] if change_of is not None else None if moved_from or ind.extra.get("verb") \
                or counted_by_verb else self._direction_for(text, m, q)
            if direction == "can":
                continue  # what may happen, or a change said not to have happened
            lost = self._lost_sum(text, m, q) if direction == "falling" else None
            if lost is not None and (ind.extra.get("open") or ind.start <= lost.start < ind.end):
                # "Hurricane Maria caused losses of $2 billion", "economic losses of $2 billion": the sum lost, as
                # "we lost $2 billion" is; a measure the lexicon knows keeps its fall ("a loss of $5 million in
                # exports")
                if ind.extra.get("open"):
                    ind = self._losses_named(text, m, lost)
                direction = "level"
            direction = by_polarity(direction, text, ind)  # "unemployment worsened by 2 points": it rose
            if direction in (None, "level") and (moved_from or direction == "level") and q.unit in ("%", "pp") \
                    and GROWTH_WORD.search(text, max(m.start, ind.start - 12), min(m.end, ind.end + 12)):
                direction = "rising"  # "our growth rate rose from 4 per cent in 2016 to 7.6": each a rate of growth
            if q.kind in ("times", "fraction"):
                if direction is None or (q.kind == "times" and _AS_FAST_AFTER.match(text, q.end)):
                    continue  # (not "growing twice as fast today as when I took office": a pace compared)
                if q.kind == "times":
                    pct = (q.value - 1) * 100 if direction == "rising" else -(1 - 1 / q.value) * 100
                else:
                    pct = q.value * 100 if direction == "rising" else -q.value * 100
                claimed = Quantity(round(pct, 4), "%", q.relation, None, 1.0)
                drafts.append(self._draft(text, "change", m, ctx, ind, claimed, q))
                continue
            if direction is not None and direction != "level":
                value = abs(q.value) if direction == "rising" else -abs(q.value)
                if negative_measure(text, m, ind) and q.unit not in ("%", "pp"):
                    value = -value  # "the deficit widened by $2 billion": the balance fell by $2 billion
                claimed = Quantity(value, q.unit, q.relation, q.decimals, q.scale)
                change = self._draft(text, "change", m, ctx, ind, claimed, q)
                span = self._dated_from_to(text, m, q)
                if span is not None:
                    change.period = span  # "by 40 percent, from $68 billion in 1977 to $96 billion in 1981"
                drafts.append(change)
                continue
            value = q.value
            if negative_measure(text, m, ind):
                value = -abs(value)
            claimed = Quantity(value, q.unit, q.relation, q.decimals, q.scale)
            level = self._draft(text, "level", m, ctx, ind, claimed, q)
            if q.unit == "%" and ind.extra.get("share_of"):
                # "the debt-to-GDP ratio is 72 per cent": a share of GDP (terms.jsonl share_of)
                # ("the deficit-to-GDP ratio was 5 per cent": a deficit's share is its size, as in "a deficit of 5
                # per cent of GDP")
                level = replace(level, kind="share", claimed=replace(claimed, value=abs(q.value)),
                                against=Subject(str(ind.extra["share_of"]), level.subject.entity, None))
            year = dated_by_span(text, m, q)
            if year is not None:
                level.period = Period(year, year)  # "from $5 billion to $7 billion between 2020 and 2022"
            drafts.append(level)
        return drafts

    @staticmethod
    def _rate_over_years(text: str, m: Mentions, q: QuantityMention) -> bool:
        """Whether a rate is said over a span of years after it ("a sustained economic growth rate of 6.4 per cent
        between 2010 and 2019", "a 3-year inflation average of 3.9 percent"): a yearly average, no year's figure."""
        if _YEARS_AVERAGE.search(text, max(m.start, q.start - 60), q.start):
            return True
        if not _RATE_OF_BEFORE.search(text, max(m.start, q.start - 30), q.start):
            return False
        # the span right after the figure ("6.4 per cent between 2010 and 2019"), not one later in the sentence ("90
        # per cent in 2019, up from 60 per cent between 2000 and 2005")
        return any(q.end <= p.start <= q.end + 2 and p.role in ("between", "range") and p.period is not None
                   and p.period.start and p.period.end and int(p.period.end[:4]) - int(p.period.start[:4]) >= 2
                   for p in m.periods)

    def _change_said_of(self, text: str, m: Mentions, q: QuantityMention) -> tuple[Hit, str] | None:
        """A change named by a trend noun that is the subject, with the figure after its verb: "The increase in
        defense spending was 3 percent", "the decline in exports was 5 per cent in 2019" → the measure after the noun
        and the noun's direction."""
        for noun in self.lex["trend_noun"].find(text, m.start, q.start):
            of = IN_OR_OF.match(text, noun.end)
            if noun.extra.get("before_measure") or noun.extra.get("with_figure") or of is None:
                continue
            measure = next((h for h in m.indicators if of.end() <= h.start < q.start
                            and _NOUN_MODIFIERS.fullmatch(text, of.end(), h.start)), None)
            if measure is not None and _COPULA_TO_FIGURE.fullmatch(text, measure.end, q.start):
                return measure, noun.value
            if measure is not None and _COMPARED_TO_FIGURE.search(text, measure.end, q.start):
                return measure, "compared"  # "the rise in food prices was slower than 5 per cent": no figure of it
        return None

    def _dated_from_to(self, text: str, m: Mentions, q: QuantityMention | None) -> Period | None:
        """The period of a change said beside the two levels it runs between, each with its year ("increased by
        40 percent, from $68 billion in 1977 to $96 billion in 1981"): the second year against the first."""
        def dated(said_before: Callable[[str, Mentions, QuantityMention], re.Match[str] | None]) -> Period | None:
            for x in m.quantities:
                if x is not q and said_before(text, m, x):
                    own = [p for p in m.periods if p.period is not None and dated_right_after(text, x, p)]
                    if own:
                        return own[0].period
            return None

        first, second = dated(from_before), dated(to_before)
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

    @staticmethod
    def _how_many_there_are(text: str, m: Mentions, q: QuantityMention) -> bool:
        """Whether a small count says how many there are: "there are 59 programs", or a place, "we" or the country's
        own ("the Federal Government", noun_phrases.json having_subjects) "has" them; not "the report has 120
        recommendations", "our neighbours have 300 tanks", "we do not have 200 doctors", "each of the 47 counties
        has 20 health centres"."""
        said = _HAVING_RIGHT_BEFORE.search(text, max(m.start, q.start - 60), q.start)
        if said is None or negated_before(text, m.start, said.start()) \
                or _EACH.search(text, m.start, said.start()):
            return False
        if said.group("there"):
            return True
        owner = _WORD_BEFORE_HAVING.search(text, max(m.start, said.start() - 30), said.start())
        return owner is not None and (owner.group(1).lower() in words().having_subjects
                                      or any(p.end == owner.end(1) and p.role == "entity" for p in m.places))

    def _counted(self, text: str, m: Mentions, q: QuantityMention) -> Hit | None:
        """A bare count's own noun phrase, when the lexicon has no word for it: "59 major welfare programs"."""
        if q.scale == 1.0 and (q.value != int(q.value) or q.value < 10 or (
                q.value < 1000 and not self._how_many_there_are(text, m, q))):
            # "23 principal organs", "2.5 Americans": a count of things, not a statistic; but "the Federal Government
            # has 59 major welfare programs", "in 1960 there were some 200 programs" say how many there are
            return None
        if _YEAR_LIKE.fullmatch(q.text.strip()) and _BEFORE_A_YEAR.search(text, max(m.start, q.start - 10), q.start):
            return None  # "since the year 1853 of the citizens", "the revenue law of 1846": a year, not a count
        counted_noun = TOOK_NOUN.search(q.text)  # "68 million people": the quantity took the noun
        # "which affected 14 million people in our country": the verb before them says what they are counted by
        noun = self._people_done_for(text, m, q) \
            or counted_after(text, q.end - len(counted_noun.group()) if counted_noun else q.end, m.end)
        people = words().people  # "needy people", "people without electricity": people, counted
        first = noun.name.split("_", 1)[0] if noun is not None else ""
        # "45 million Americans receive Social Security benefits": a people named by its demonym is people too
        demonym = first.endswith("s") and self.lex.people_of(first) is not None  # not "Danish kroner"
        if demonym and noun is not None and noun.name == first:
            # "Almost 1 billion Africans remain marginalized", "those 37 million Americans with some form of
            # disability": a people counted by what is said of them, as bare "people" are
            described = people_described(text, noun.start, m.end)
            rest = described.name.split("_")[1:] if described is not None else []
            # not "200,000 Iraqis in our country", "462,000 Syrians to the areas": where they are, not what
            if rest and not _TO_A_PLACE.match(text, noun.end) and not (len(rest) <= 2
                                                                          and rest[-1] in words().where_nouns):
                noun = described
            first = noun.name.split("_", 1)[0]
        elif demonym and noun is not None:
            # "65 million Americans face potential bankruptcy": named as people are, whose they are is the entity's
            noun = replace(noun, name="people_" + noun.name.split("_", 1)[1])
        plural = noun is not None and (noun.name.endswith("s") or noun.name.rsplit("_", 1)[-1] in people
                                       or first in people or demonym)
        # "1 billion children live in countries where ...", "13 million men, women and children in Syria are dependent
        # on aid": people counted by what the sentence says of them need no verb of having
        described = noun is not None and (first in people or demonym) and noun.name != first
        if noun is None or not plural \
                or not (described or _COUNT_VERB.search(text, m.start, m.end)) \
                or INFINITIVE.search(text, max(m.start, q.start - 30), q.start) \
                or AIMED.search(text, max(m.start, q.start - 80), q.start):
            # "planting 350 million trees" is too open a verb ("to plant 10 billion trees", "killed 10 million
            # Ukrainians"): a count needs a verb of having, and is no aim
            return None
        return Hit(noun.start, noun.end, "indicator", noun.name, {"open": True, "described": described})

    @staticmethod
    def _people_done_for(text: str, m: Mentions, q: QuantityMention) -> Phrase | None:
        """People named by the verb before them: "we have fed more than 104 million people" → people_fed, "the floods
        affected 2 million children" → children_affected (as "2 million children were affected" is)."""
        took = TOOK_NOUN.search(q.text)
        said = took.group().lower() if took is not None and took.group().lower() in words().people else None
        verb = _PEOPLE_VERB_BEFORE.search(text, max(m.start, q.start - 40), q.start)
        if not (said or _BARE_PEOPLE.match(text, q.end)) or verb is None:
            return None
        return Phrase(q.start, q.end, f"{_people_name(said or 'people')}_{_done(verb.group('verb'))}")

    @staticmethod
    def _named_people_done_to(text: str, m: Mentions, q: QuantityMention, ind: Hit | None) -> Phrase | None:
        """People named by their own noun (`done_to_heads`) and counted by what was done for them, by a verb before
        the figure ("we have trained 40,000 teachers") or a passive one after the noun ("40,000 healthcare workers have
        recently been trained"): `teachers_trained`, `healthcare_workers_trained`, not a count of all teachers or of
        employment; people said plainly ("children", "women") are `people_<verb>` as bare people are."""
        w = words()
        own = counted_after(text, q.end, m.end)
        if own is None or (ind is not None and not own.start <= ind.start < own.end) \
                or own.name.rsplit("_", 1)[-1] not in w.done_to_heads:
            return None  # no people of its own ("175,000 units", "ships"), or the measure is named elsewhere
        if ind is not None and ind.value in w.people_counts:
            return None  # "resettled 3,000 quota refugees": people the lexicon counts keep its name
        before = _PEOPLE_VERB_BEFORE.search(text, max(m.start, q.start - 40), q.start)
        if before is not None and before.group("verb").lower() in w.causative_verbs:
            return None  # "helped 4 million Americans find jobs": the people helped do what follows, no name of theirs
        verb = before or _DONE_TO_AFTER.match(text, own.end, m.end)
        if verb is None:
            return None
        return Phrase(own.start, own.end, f"{_people_name(own.name)}_{_done(verb.group('verb'))}")

    def _open_indicator(self, text: str, m: Mentions, q: QuantityMention) -> Hit | None:
        """An indicator named by the sentence's own noun phrase when the lexicon has none (noun_phrases.py)."""
        if q.unit == "count":
            counted = self._counted(text, m, q)
            if counted is not None:
                return replace(counted, extra={**counted.extra, "own": True})
        if q.unit not in ("%", "pp", "count") and not (q.unit or "").isupper() and q.kind not in ("times", "fraction"):
            return None  # (a fraction here is one a change is "by": "the number of tourists increased by a third")
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
        if phrase is None and from_before(text, m, q):
            phrase = self._changed_in(text, m, q.start)  # "a global drop in early marriages from 36 per cent"
        if phrase is None and to_before(text, m, q):
            # "X rose from 79.2 per cent in 2000 to 97.7 per cent in 2015": the figure reached is X's too
            moved_from = [x for x in m.quantities if x.end <= q.start
                          and from_before(text, m, x)]
            if moved_from:
                # "risen from about $50 billion": the subject is before "from" and its hedge
                hedged = from_before(text, m, moved_from[-1])
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
        of = IN_OR_OF.match(text, nouns[-1].end)
        places = [(p.start, p.end) for p in m.places]
        return whole_after(text, of.end(), from_figure, places) if of else None

    @staticmethod
    def _losses_named(text: str, m: Mentions, lost: Hit) -> Hit:
        """The sum lost named by the words that qualify it: "crop losses" → crop_losses; "caused losses", "huge
        losses" → losses (a verb, a word of size)."""
        w = words()
        qualifiers: list[re.Match[str]] = []
        for token in reversed(list(_WORD_TOKEN.finditer(text, max(m.start, lost.start - 30), lost.start))):
            low = token.group().lower()
            follows = qualifiers[0].start() if qualifiers else lost.start
            if text[token.end():follows].strip() or len(qualifiers) == 2 or low in w.function_words \
                    or low in w.determiners or low in w.size_words or low.endswith(("ed", "ly")):
                break
            qualifiers.insert(0, token)
        name = "_".join([*(t.group().lower() for t in qualifiers), "losses"])
        return Hit(qualifiers[0].start() if qualifiers else lost.start, lost.end, "indicator", name)

    def _lost_sum(self, text: str, m: Mentions, q: QuantityMention) -> Hit | None:
        """The change noun right before "of" a sum of money that names the sum lost ("losses of $2 billion",
        noun_phrases.json lost_sums), else None."""
        if q.unit is None or q.unit not in self.lex["currency"].values:
            return None
        of = _OF_BEFORE_FIGURE.search(text, max(m.start, q.start - 30), q.start)
        noun = self.lex["trend_noun"].match_before(text, of.start(), window=20) if of else None
        return noun if noun is not None and text[noun.start:noun.end].lower() in words().lost_sums else None

    @staticmethod
    def _said_of_others(text: str, q: QuantityMention) -> bool:
        """Whether a figure names what it counts with a word of its own ("10,000 homeless", "12 million displaced"),
        not "and 4,000 in 2020" or "and 300 more"."""
        after = NEXT_WORD.match(text, q.end)
        if after is None:
            return False
        word = after.group(1).lower()
        w = words()
        return word not in w.prepositions | w.boundaries | w.people | w.adverbs | {"more", "others", "dead"}

    def _people_after(self, text: str, q: QuantityMention) -> re.Match[str] | None:
        """The people named right after a count ("2.5 million Americans", "3 million people"), if any."""
        after = NEXT_WORD.match(text, q.end)
        return after if after is not None and self._people_noun(after.group(1).lower()) else None

    def _people_named(self, text: str, q: QuantityMention) -> tuple[int, str] | None:
        """Where the people a count names begin and their word, in the figure ("400,000 children") or right after it
        ("5 million Somalis"), if it names any."""
        took = TOOK_NOUN.search(q.text)
        if took is not None and took.group().lower() in words().people:
            return q.start + took.start(), took.group().lower()
        after = self._people_after(text, q)
        return (after.start(1), after.group(1).lower()) if after is not None else None

    def _people_noun(self, name: str) -> bool:
        """Whether a counted noun names people ("800 Australians", "2 million children"), whom a measure named after
        them may count ("have lost their lives")."""
        return self.lex.people_of(name) is not None or name.rsplit("_", 1)[-1] in words().people

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
            if hit.end > q.start:
                continue
            if self._negated(text, m.start, hit):
                if _BY_GAP.match(text[hit.end:q.start]):
                    return "can"  # "exports did not fall by 10 per cent": no change of that size, and no level
                continue
            if _CAN_BEFORE.search(text, max(m.start, hit.start - 16), hit.start):
                return "can"  # "a year of education can increase income by 10 per cent": what may happen, no fact
            gap = text[hit.end:q.start]
            if _TO_AFTER_VERB.match(gap) or _SHORT_OF.match(text, hit.end):
                return "level"  # "rose to $5 billion"; "fell short of $5 billion", a level under it
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
            said_of = next((h for h in reversed(m.indicators) if h.end <= hit.start), None)
            if q.unit in ("%", "pp") and _AT_FIGURE.fullmatch(gap) and _MOVING_AT.fullmatch(text, hit.start, hit.end) \
                    and not (said_of is not None and is_rate(said_of.value)):
                # "wages are growing at 3.2 percent a year": the pace of the move; not "the poverty rate reduced at
                # 16.6 per cent", a level, nor "inflation is rising at 7 per cent", the rate it runs at
                return hit.value
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


def _people_name(noun: str) -> str:
    """People as a name begins: "persons", "individuals" are `people`; "children", "teachers" stay themselves."""
    return "people" if _BARE_PEOPLE.fullmatch(" " + noun) else noun


def _done(verb: str) -> str:
    """A verb of what was done for people as its participle: "affecting", "affects" → "affected", "fed" → "fed"."""
    said = verb.lower()
    return said[:-3] + "ed" if said.endswith("ing") else said if said.endswith("ed") else said[:-1] + "ed"


def _said_with(h: Hit, q: QuantityMention) -> bool:
    """Whether ``h`` was said with the figure as one phrase: "killed 2 million people", "30 journalists were killed"."""
    said = h.extra.get("said")
    return said is not None and said[0] <= q.num_start < said[1]


def _counts(indicator: str) -> bool:
    """Indicators that count people or things ("manufacturing_jobs", "people_in_poverty")."""
    return indicator in COUNT_INDICATORS or indicator.endswith(_COUNT_SUFFIXES) or indicator.startswith("people_")

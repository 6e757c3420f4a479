"""From the mentions in a sentence to claim drafts: which kind, whose figure, which period.

The order of the tests is the design: the shapes that say most about the sentence win ("turning
towards X" is a shift, "N times faster than" a growth comparison, "half as much as" a ratio, "accounts
for N% of" a share) before the general ones (a number after a trend verb is a change, a number with an
indicator a level, a trend verb with no number a trend). Sentences that hold none of these but are
still worth a fact-checker's look become ``other`` with a note saying why they were kept.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from factcheck.extract import superlatives
from factcheck.extract.causes import cause_after, named_by_cause
from factcheck.extract.clause_reader import (
    CUT_IN_HALF,
    FIRST_PERSON,
    HIGHER,
    INFINITIVE,
    NEXT_WORD,
    OF_AFTER,
    OF_PLACE,
    SHARE_INDICATORS,
    TOOK_NOUN,
    TRADE_WORDS,
    Draft,
    Mentions,
    is_bare_budget_balance,
    negated_before,
)
from factcheck.extract.context import DocContext
from factcheck.extract.kinds.amounts import AmountReader, is_rate
from factcheck.extract.kinds.comparisons import ComparisonReader
from factcheck.extract.kinds.ranks import RankReader
from factcheck.extract.kinds.shares import ShareReader
from factcheck.extract.kinds.trends import TrendReader, elided_participle
from factcheck.extract.lexicon import Hit, Lexicon
from factcheck.extract.noun_phrases import (
    alternation,
    counted_after,
    named_by_money_verb,
    named_by_of,
    subject_before,
    whole_after,
    words,
)
from factcheck.extract.periods import DateRef, PeriodMention, era_started, find_periods, is_future
from factcheck.extract.places import Place, find_places
from factcheck.extract.quantities import QuantityMention, find_quantities
from factcheck.extract.sentences import clauses
from factcheck.model import Period, Quantity, Subject

# "70 times the size of our land area", "twice the amount of": a ratio whatever comes before it
# "sold some 10 million tonnes of potash abroad", "we buy 80% of our energy abroad": a flow across the border
_ABROAD = re.compile(r"(?i:\b(?:(?P<out>sold|sells?|selling|shipped|ships|shipping|exported)|(?P<in>bought|buys?|buying"
                     r"|purchased|purchases?|purchasing|imported))\b[^.;:]{0,80}?\b(?:abroad|overseas|to\s+foreign\s+"
                     r"(?:markets|countries|buyers)|on\s+(?:foreign|world|international|external)\s+markets?"
                     r"|from\s+(?:abroad|foreign\s+(?:countries|suppliers)))\b)")
_NAMED_ROLES = frozenset({"period", "range", "between", "since"})
# a period said right after a figure in another clause is that figure's ("down from 56 per cent in 2011")
# "8 per cent in 2000", "68 years in 2000", "3 million people in 2000": a period dating the figure before it
_FIGURE_BEFORE = re.compile(r"(?i:(?:%|\bper\s*cent|\bpercent|\d|\b(?:million|billion|trillion))(?:\s+[a-z]+)?\s*$)")
_FROM_CONTINUES = re.compile(r"(?i:[\s,;—–-]*(?:up\s+|down\s+)?from\b)")
# "$4 billion, or 12 per cent of GDP", "A$28 million, which is 11 per cent of our GDP": said right after a figure
_FIGURE_JUST_BEFORE = re.compile(r"(?i:(?:\d|%|\b(?:per\s*cent|percent|thousand|million|billion|trillion|dollars"
                                 r"|euros))\W*$)")
# "will increase to $300 billion, which now is 10 per cent of GDP": a relative clause of a figure to come is to come too
_TO_FIGURE_BEFORE = re.compile(r"(?i:\b(?:to|reach|reaching)\s+(?:about\s+|some\s+|over\s+|nearly\s+)?[$€£]?\s?"
                               r"\d[\d.,]*(?:\s*(?:%|per\s*cent|percent|thousand|million|billion|trillion|dollars"
                               r"|euros))?\W*$)")
# "we must reduce the national debt, which now stands at $252 billion": a relative clause that says what is now is a
# fact, whatever the clause before it means to do
_NOW_RELATIVE = re.compile(r"(?i:[\s,;—–-]*(?:which|that)\s+(?:now|currently|today|at\s+present)\s+"
                           r"(?:stands?|amounts?|totals?|is|are|exceeds?|reaches|runs)\b)")
# "we pledge to act together, yet we choose to ignore the 23 million people in Taiwan": a clause set against an aim,
# with a subject of its own, says what is so (not "..., but only 2 million this year", which shares the aim's verb)
_CONTRAST = alternation(words().contrast_words | words().reason_words)
_REASON = alternation(words().reason_words)
# the speaker, others by pronoun, or the present: "yet we choose to ignore", "but today 40 per cent"
_CONTRAST_OPENS = re.compile(r"(?i:[\s,;—–-]*(?:(?P<word>" + _CONTRAST + r")[\s,]+)?(?P<subject>(?:"
                             + alternation(words().present_words | {"we", "they", "i", "he", "she", "it", "you"})
                             + r")\b)?)")
_CONTRAST_BEFORE = re.compile(r"(?i:\b(?P<word>" + _CONTRAST + r")[\s,]*$)")
# "..., but public debt has risen by 20 per cent": a verb of its own before the figure; not "have to", "is to", "has
# not", "is important that"
_OWN_FINITE = re.compile(r"(?i:\b(?:" + alternation(words().finite_verbs) + r")\b(?!\s+(?:to|not|never|no)\b)"
                         r"(?!\s+(?:\w+\s+)?that\b)(?!n['’]t))")
_CONDITION = re.compile(r"(?i:\b(?:" + alternation(words().condition_words) + r")\b)")


def _set_against(text: str, start: int, end: int) -> bool:
    """Whether the clause ``start:end`` opens with a contrast word or a reason (at it, or just before it where the
    clause split took the word) and says what is so: a reason always ("it is important that we rethink ... because
    42% of medical products are counterfeit"); after a contrast, a subject pronoun ("yet we choose to ignore ..."), a
    word of the present ("but today 40 per cent ..."), or "is", "has" before its figure ("but public debt has risen by
    20 per cent"); not "but imports by 2 per cent" (the aim's verb), "but imports have to fall", "but only if exports
    are raised"."""
    opens = _CONTRAST_OPENS.match(text, start)
    before = _CONTRAST_BEFORE.search(text, max(0, start - 25), start)
    word = opens.group("word") or (before.group("word") if before else None)
    if word is None or _CONDITION.search(text, start, end):
        return False
    if re.fullmatch(_REASON, word, re.IGNORECASE):
        return True
    figure = re.search(r"\d", text[start:end])
    return opens.group("subject") is not None \
        or _OWN_FINITE.search(text, start, start + figure.start() if figure else end) is not None


# "a country of fewer than 3 million people", "Haiti's 11 million people": the population
# Deaths said with a verb, only where the verb and the counted people meet: "killed 65 people", "300 people died",
# "left 292 dead"; never "died at the age of 95" or "300 were killed and 1,000 injured" read as 1,000 deaths
_COUNT_HEDGE = (r"(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least|around|approximately|roughly|close\s+to"
                r"|an\s+estimated|as\s+many\s+as)\s+)?")
# "400,000", "1.5 million", "half a million", "a quarter of a million", "hundreds of thousands" is no count
_DEAD_COUNT = (r"(?:(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d[\d,.]*)(?:\s+(?:thousand|million))?"  # "40 000"
               r"|(?:half|a\s+quarter\s+of)\s+a\s+million|(?:a|one)\s+million)")  # "killed a million people"
# who are counted dead by their noun ("people", "civilians", "citizens": `dead_nouns` in noun_phrases.json)
_DEAD_NOUNS = alternation(words().dead_nouns)
# "road accidents kill 1.3 million", not "could kill", "to kill": what may be done (each look-behind of fixed width)
_NOT_WHAT_MAY = r"(?<!to\s)(?<!will\s)(?<!could\s)(?<!can\s)(?<!may\s)(?<!might\s)(?<!would\s)"
_KILLED = re.compile(
    # not "risks killing 2 million": what may happen
    r"(?i:\b(?<!risks\s)(?<!risk\s)(?<!risking\s)(?P<verb>killed|kills|killing|" + _NOT_WHAT_MAY + r"kill"
    r"|(?:claimed|took|taken|cost)\s+the\s+(?:[a-z]+\s+)?lives\s+of)\s+"
    + _COUNT_HEDGE + _DEAD_COUNT
    # "claimed the lives of more than 200 Tanzanians": a people named by its demonym ("has taken the precious lives
    # of more than 6.53 million people": a word may qualify the lives); "killing nearly 5 million.":
    # a count of millions or thousands with no noun counts people too
    + r"(?:\s+(?:" + _DEAD_NOUNS + r"|lives|(?-i:[A-Z][a-z]+(?:ans|ese|is|ns)))\b"
    # (both look-behind options are 8 characters: Python's look-behind is of fixed width)
    + r"|(?<=thousand|\smillion)(?=\s*(?:[.,;:!?)—–]|$|and\b|(?:a|every|each|per)\s+(?:year|day)\b|annually\b)))"
    + r"|\b(?P<left>left)\s+" + _COUNT_HEDGE + _DEAD_COUNT
    + r"\s+dead\b)")
# "300 people died", "250 of our citizens were killed", "12 Palestinians were killed"
_DIED = re.compile(r"(?i:" + _DEAD_COUNT + r"\s+(?:of\s+(?:our|their|its|the)\s+)?(?:" + _DEAD_NOUNS
                   + r"|(?-i:[A-Z][a-z]+(?:ans|ese|is|ns)))\s+"
                   r"(?:(?:had|have|were|was)\s+(?:been\s+)?)?(?P<verb>killed|died|die|perished|perish|dead)\b)")
# "20,000 dead to date", "there were 300 dead in the attack", "with over 40 thousand killed, many of them children",
# "more than 2,000 were killed in the fighting":
# the dead counted with no noun; not "300 dead fish"
_DEAD_BARE = re.compile(r"(?i:(?<![\w.,])" + _COUNT_HEDGE + _DEAD_COUNT
                        + r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?P<verb>dead|killed)"
                        # not "3,000 killed or injured": the dead and the hurt counted together
                        r"(?!\s+(?:and|or|and/or)\s+(?:\w+\s+)?(?:wounded|injured|maimed|hurt|missing)\b)"
                        r"(?=\s*(?:[,;.:!)—–]|$|(?:and|or|to\s+date|so\s+far|in|since|during|across|as|by)\b)))")
# "1.5 million of tuberculosis", "400,000 from malaria": a figure and what its people died of
_DIED_OF = re.compile(r"(?i:\s+(?:of|from)\s)")
_MODIFIER = re.compile(r"[A-Za-z][\w-]*(?=\s+)")
_MODIFIER_RUN = re.compile(r"(?<![\w'’])(?:[A-Za-z][\w-]*\s+){1,3}$")  # "Children's deaths": no run before "deaths"
# "more than 4.7 million lives have been lost", "the war has cost 400,000 lives", "the loss of 4.6 million lives",
# "with 2 million lives lost", "we lost 34 souls": deaths counted as lives (not "victims": of trafficking, of mines)
_LIVES_LOST = re.compile(r"(?i:\b(?P<verb>lost|cost|claimed|took|taken|loss\s+of)\s+(?:us\s+|them\s+)?" + _COUNT_HEDGE
                         + _DEAD_COUNT + r"\s+(?:\w+\s+)?(?:lives|souls)\b|" + _DEAD_COUNT
                         + r"\s+lives\s+(?:(?:have|had|were|was)\s+(?:been\s+)?(?:\w+ly\s+)?)?(?P<verb2>lost)\b)")
# "a nation of 8 million people", "a world of more than 7 billion people", "my country, with 100 million people",
# "Nigeria's 200 million people", "Taiwan and its 23 million people", "can represent its 23 million people", "we have
# 8 million people", "Africa is home to 1.2
# billion people": how many people a country (or the world) has
# "2 million people out of work", "people living in poverty", "600 million Africans living in poverty": some of them,
# not all
_SOME_OF_THEM = (r"(?!\s+(?:out|without|in|living|who|that|under|below|on|with|at|affected|displaced|suffering"
                 r"|facing|need|needing|going|lacking|lack|still|hungry)\b)")
_POPULATION_OF = re.compile(r"(?i:(?:\b(?:country|nation|island|state|republic|continent)(?:\s+of|,?\s+with)"
                            # "a world of 7 billion people"; not "the Arab world, with", "a world with 800 million"
                            r"|\ba\s+(?:world|planet)\s+of"
                            # "can represent its 23 million people", "the living standards of our 100 million
                            # citizens", after a word of the clause; not "Our 30,000 people were killed" opening it, nor
                            # "their 20,000 citizens were evacuated"
                            r"|(?<=\w)(?:'s|’s)|(?<=[a-z]\s)(?:its|our)"
                            r"|\b(?:we|(?-i:[A-Z][\w.’'-]*))\s+(?:now\s+|still\s+|already\s+)?"
                            r"(?:have|has|had|(?:is|are)\s+home\s+to))\s+"
                            r"(?:(?:about|some|nearly|almost"
                            r"|over|more\s+than|fewer\s+than|less\s+than|just|only|around|roughly)\s+)?"
                            # "a continent of more than one billion people": a scale after digits or a number word
                            r"(?:[\d.,]+(?:\s*(?:million|billion|thousand))?|(?:one|two|three|four|five|six|seven|eight"
                            r"|nine|ten|a)\s+(?:million|billion))\s+"
                            r"(?P<noun>" + alternation(words().population_nouns) + ")" + _SOME_OF_THEM + ")")
# "The representatives of 600 million Chinese people", "the exclusion of 1.2 billion Africans", "on behalf of 1.3
# billion Indians": a whole people, said by its adjective or plural name (`whole_people_frames` in noun_phrases.json),
# as those represented or left out; said otherwise a count of a people is often some of them ("the 3.6 million Syrians
# hosted by Turkey"), and so is one followed by what sets them apart ("the voices of 600 million Africans living in
# poverty")
_A_WHOLE_PEOPLE = re.compile(r"(?i:\b(?:" + alternation(words().whole_people_frames) + r")\s+(?:the\s+)?"
                             r"(?:\*\*?|__?)?"  # Markdown emphasis: "the exclusion of **1.2 billion Africans**"
                             + _COUNT_HEDGE + r"[\d.,]+\s*(?:thousand|million|billion)\s+)"
                             r"(?P<noun>(?P<name>(?-i:[A-Z][\w'’-]+))(?P<people>\s+people)?)\b" + _SOME_OF_THEM)
# "the 23 million people in Taiwan", "the 2 million inhabitants of Gaza": all the people of the place named next
_PEOPLE_OF_PLACE = re.compile(r"(?i:\bthe\s+(?:(?:some|almost|nearly|about|over|more\s+than|around)\s+)?[\d.,]+\s*"
                              r"(?:(?:thousand|million|billion)\s+)?(?P<noun>" + alternation(words().population_nouns)
                              + r")\s+(?:of|in|living\s+in)"
                              # the whole name, atomic, so "South Sudan who are hungry" cannot stop at "South"
                              r"\s+(?:the\s+)?(?>(?-i:[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,3}))"
                              # "the 200 million people in Africa who are hungry": some of them, not all
                              r"(?!\s+(?:who|that|which|living|in|without|with|under|below|suffering|facing|need"
                              r"|needing|affected|displaced)\b))")
_MONTH_BEFORE = re.compile(r"(?i:\b(?:the|in|of|on|last|this|next|since|until|by|early|late|mid|from|to|and|\d{1,2})"
                           r"[\s-]+$)")  # "the May elections", "in May", "5 May"
_DAY_AFTER = re.compile(r"\s+\d")  # "May 5", "May 2019"
# "the deforestation rate (of 0.05 per cent)"; not "rate of growth" (what rate), "our exports rate among the best" (a
# verb)
_RATE_AFTER = re.compile(r"(?i:\s+rates?\b(?!\s+(?:among|as|at|highly|well|poorly|high|low|first)\b)"
                         r"(?!\s+of\s+(?!\d|\$|(?:less|more|about|over|under|nearly|almost|around|some|only|just"
                         r"|approximately|roughly)\b)))")
# "we grew by 6 per cent", "we are growing at 7 per cent a year": a country that grows with no object grows its economy
_IN_TERMS_OF = re.compile(r"(?i:\bin\s+terms\s+of\b)")
_WE_GREW = re.compile(r"(?i:\b(?P<we>we)\s+(?:have\s+|had\s+|are\s+|were\s+|have\s+been\s+)?"
                      r"(?:also\s+|now\s+|still\s+)?(?:grew|grown|growing)\s+(?=(?:by|at)\s+(?:an?\s+(?:average|rate)\s+(?:rate\s+)?of\s+)?"
                      r"(?:(?:about|some|around|nearly|almost|over|more\s+than|close\s+to)\s+)?\d[\d.,]*\s*"
                      r"(?:%|per\s*cent|percent)"
                      # not "we grew by 6 per cent in membership": growth of something else
                      r"(?!\s+(?:in|of)\s+(?:the\s+)?(?:number|numbers|membership|members|size|population|students"
                      r"|enrol\w*|terms\s+of)\b)))")
# the word before "industry" or "supplies" when it names one kind: a lowercase noun, not "our", "national", "heavy",
# "Belarusian"
_SAID_OF_ONE_KIND = frozenset({"industry", "supplies"})
_ONE_KIND_BEFORE = re.compile(r"\b(?!(?:" + alternation(words().whole_industry_words)
                              + r")\s)(?-i:[a-z][a-z-]+)\s+$")
_COMPOUND_AFTER = re.compile(r"-[a-z]")
_PRICE_BASIS = re.compile(r"(?i:\b(?:(?:in|at)\s+(?:terms\s+of\s+)?(?:today(?:'|’)?s|current|constant|present|real|"
                          r"market|comparable)(?:\s+\d{4})?|at\s+\d{4})\s+$)")  # not "In 2019 prices rose"
_PER_NUMBER = re.compile(r"(?i:\b(?:per|for\s+every|every|out\s+of)\s+[\d,.]+(?:\s+(?:thousand|million))?\s+$)")
_WHICH_OPENS = re.compile(r"(?i:[\s,;—–-]*(?:which|that)\b)")
_IN_BEFORE = re.compile(r"(?i:\bin\s+(?:the\s+)?$)")
_WITH_OPENS = re.compile(r"(?i:[\s,;—–-]*with\b)")  # ", with 6,000 people killed": a clause attached to the last
_IN_A_NOUN = re.compile(r"(?i:\s+(?:in|of|on)\s+(?:[a-z-]+\s+)?(?!the\b)[a-z]{3,})")  # "$300 billion in budget savings"
# "exports rose 5 per cent, and we have planted 2 million trees": the speaker is the clause's subject, doing something
# of its own; the measure before is not shared ("they" may still be the exports)
_SPEAKER_SUBJECT = re.compile(r"(?i:[\s,;:—–-]*(?:(?:and|but|while|whereas|so)\s+)?(?:we|I)\s+(?!also\b)[a-z]+)")
_RELATIVE = re.compile(r"(?i:(?:which|that)\s+(?:is|was|are|were|stands?|stood)\s+(?:\w+\s+)?(?:at|to)\b"
                       r"|(?:down|up)\s+from\b|(?:now|currently)\s+(?:at|standing)\b)")
# "Consistent with our pledge to invest in human capital, we have recruited ...": a sentence that opens by naming the
# pledge, plan or promise its fact answers to; the marker in that opening is no forecast of the clause after it
_FRONTED_FRAME = re.compile(r"(?i:\W*(?:(?:and|so|now|indeed|thus),?\s+)?(?:" + alternation(words().fronted_frames)
                            + r")\s[^,;:.!?]{1,100},)")
# "only 50 per cent of the pledged funding has been provided": a promise made, said of what was done with it
_MADE_PROMISE = re.compile(r"(?i:pledged|promised)")
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:the|its|their|our|his|her|this|these|those)\s+$)")
# "I should mention", "we must also mention", "we would like to add that": the speaker's way of speaking; "It will
# add $6 billion" is a forecast
_DISCOURSE = re.compile(r"(?i:\s+(?:also\s+|again\s+|once\s+again\s+|first\s+)?(?:like\s+to\s+)?"
                        r"(?:add(?!\s+(?:[$€£\d]|more|up|to|another))|"
                        + alternation(words().discourse_verbs) + r")\b)")
_HYPOTHETICAL = re.compile(r"(?i:^\W*(?:had|were|should)\s.*\bwould\b"
                           r"|\b(?:if|unless|were\s+it\s+not)\b.*\b(?:would|could|might)\b|"
                           # "the virus could have killed 2 million": what did not happen
                           r"\b(?:would|could|might)\b.*\bif\b|\b(?:would|could|might)\s+have\b|\bimagine\b"
                           r"|^\W*(?:if|unless)\b.*\b(?:will|shall)\b)")  # "If X is added, the deficit will be ..."
_RANKING_VERB = re.compile(r"(?i:\b(?:is|are|was|were|remains?|remained|ranks?|ranked|became|becomes|has|have)\b)")
_INTO_THE_ECONOMY = re.compile(r"(?i:\b(?:in|into|to)\s+(?:(?:the|our|its|their|this|that)\s+)?"
                               r"(?:(?:[A-Z][\w-]*(?:['’]s)?|national|global|world|local|real|domestic)\s+){0,2}$)")
_MONEY_VERB = re.compile(r"(?i:\b(?:" + alternation(words().money_verbs) + r")\b)")
# "1 billion people live below the poverty line; 780 million suffer from malnutrition": a count that is its clause's
# subject, with a verb of its own, counts what that verb says, not the measure of the clause before
# ("413 million live in sub-Saharan Africa" after "the number of people in extreme poverty fell to 736 million" says
# where some of them are, a place by name: the measure is shared; "250 million live in conflict zones" is not)
_COUNT_WITH_ITS_VERB = re.compile(r"(?i:\s+(?:still\s+|now\s+|currently\s+)?(?:"
                                  + alternation(words().count_subject_verbs) + r")\b)")
_IN_THE = re.compile(r"(?i:\s+in\s+(?:the\s+)?)")
_OWN_VERB = re.compile(r"(?i:\b(?:has|have|had|is|are|was|were|been|will|would|stands?|stood|reached|exceeded"
                       r"|totall?ed|amounted)\b)")
_COMPLETES_VERB = re.compile(r"(?i:[\s,;:—–-]*(?:by|to)\s+(?:[a-z]+\s+){0,4}?[\d$€£])")
_BY_FIGURE = re.compile(r"(?i:[\s,;:—–-]*(?:and\s+|or\s+)?(?:by|to|from|up|down)\b)")
_VERB_AFTER = re.compile(r"(?i:\s+(?:(?:also|still|now|already|alone)\s+)?(?:is|are|was|were|has|have|had|spends?|"
                         r"spent|spending|exports?|exported|imports?|imported|produces?|produced|holds?|held|received?|"
                         r"accounts?|accounted|\w+ed)\b)")
_APPOSITION = re.compile(r"(?i:\W*(?:or|i\.e\.|that\s+is|equal\s+to|equivalent\s+to|representing|accounting\s+for"
                         r"|some|about|nearly|almost|roughly|around"
                         # "the deficit, which currently amounts to 5 per cent of GDP": the share is of the noun before
                         r"|which\s+(?:now\s+|currently\s+|today\s+)?(?:is|was|amounts?|amounted|stands?|stood|represents?"
                         r"|represented|equals?|equalled|equaled))\b)")
# "a mandatory 30% quota", "a quota of 36 per cent": the figure of a quota, fixed by a rule
_QUOTA_AFTER = re.compile(r"(?i:\s+(?:[\w-]+\s+)?quotas?\b)")
_TARGET_AFTER = re.compile(r"(?i:\s+(?:[\w-]+\s+)?(?:" + alternation(words().target_words) + r")\b)")
_TARGET_MET = re.compile(r"(?i:(?<!failure\sto\s)(?<!failed\sto\s)\b(?:" + alternation(words().target_met_verbs)
                         + r")\s+(?:the\s+|its\s+|our\s+|their\s+|a\s+)?$)")
_QUOTA_BEFORE = re.compile(r"(?i:\bquotas?\s+of\s+(?:at\s+least\s+|some\s+|about\s+)?$)")
_SHORT_TIME = r"(?:" + alternation(words().short_time_units) + r")"
# "loses $5 million a day", "800 people cross the border every day", "1 million in a single day"
_PER_SHORT_TIME_AFTER = re.compile(r"(?i:[^.;:,]{0,50}?(?<!\bin\s)(?<!\bsingle\s)\b(?:a|per|each|every)\s+"
                                   + _SHORT_TIME + r"\b)")
_PER_DAY_UNIT = re.compile(r"(?i:\s+(?:" + alternation(words().per_day_units) + r")\b)")
# "Every day 15,000 children die", "Every minute, as I speak, 12 children die"
_PER_SHORT_TIME_BEFORE = re.compile(r"(?i:\b(?:every|each|per)\s+(?:single\s+)?" + _SHORT_TIME
                                    + r"\b[,\s]*(?:[\w'’-]+[,\s]+){0,4}$)")
_PURPOSE = re.compile(r"(?i:\bso\s+that\s+(?:[\w'’-]+\s+){1,4}?(?:can|could|will|would|may|might|shall)\b)")
_WANT_IT_TO = re.compile(r"(?i:\b(?:want|wants|wanted|wish|wishes)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?!the\b|a\b|an\b))")
_NEXT_SPAN = re.compile(r"(?i:\b(?:for|within|during)\s+the\s+(?:next|coming)\s+(?:[\w-]+\s+)?"
                        r"(?:years?|months?|decades?|weeks?|days?|quarters?)\b)")
_BALANCES = ("_balance", "current_account")  # measures a deficit is the negative of
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


class SentenceAnalyser(RankReader, ComparisonReader, ShareReader, TrendReader, AmountReader):
    """Turns one sentence into claim drafts, reading and updating the document's context."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._people_patterns: dict[str | None, re.Pattern[str]] = {}

    def analyse(self, text: str, start: int, end: int, ctx: DocContext) -> list[Draft]:
        sentence = text[start:end]
        ctx.position = start
        ref = ctx.ref()
        periods = find_periods(text, start, end, ref)
        ctx.era_start = era_started(text, start, end, ref)
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
            (p.role in ("period", "range", "between", "deadline") and is_future(p.period, ref))
            or (ref.year is None and p.role == "deadline"))]
        forecasts = self._forecasts(text, body, end)
        markers = [h.start for h in forecasts] + future
        # "a policy intended to demilitarize the economy": a marker said of one thing marks its own clause only
        first_marker = min([h.start for h in forecasts if not h.extra.get("clause_only")] + future, default=end)
        condition = _HYPOTHETICAL.search(sentence)
        hypothetical = condition is not None
        # "Exports rose 5 per cent last year, and if this continues we would ...": what comes before the
        # condition is a fact; the condition and what follows it are not
        condition_start = start + condition.start() if condition else end
        spans = self._clauses(text, body, end, periods)
        previous: Mentions | None = None
        previous_dated = False  # whether the previous clause named a period of its own
        previous_found: list[Draft] = []  # the previous clause's records with a figure
        all_places: list[Place] = []
        mentions = []
        for cs, ce in spans:
            m = self._mentions(text, cs, ce, periods, ctx.speaker())
            m.places = [p for p in m.places if not any(a <= p.start < b for a, b in muted)]
            # "according to population statistics, young people constitute 60 per cent": the source's words name no
            # measure of the claim
            m.indicators = [h for h in m.indicators if not any(a <= h.start < b and text[b:b + 1] == ","
                                                               for a, b in muted)]
            # "Imports rose, and the deficit widened": a bare deficit in a sentence that speaks of trade is trade's
            m.trade_talk = TRADE_WORDS.search(text, body, end) is not None
            # "died of AIDS", "the pandemic ... killing nearly 5 million": deaths named by their cause
            m.indicators = [named_by_cause(text, body, end, h, ctx.year) for h in m.indicators]
            mentions.append(m)
        topic = self._topic(spans, mentions, text, body, ctx)
        for (cs, ce), m in zip(spans, mentions, strict=True):
            all_places += m.places
            # a clause that speaks as "we"/"our" is the speaker's, whatever country the sentence is about
            ctx.topic = None if FIRST_PERSON.search(text, cs, ce) else topic
            own_period = any(cs <= p.start < ce and p.role in _NAMED_ROLES for p in periods)
            # A clause holding a marker is a forecast; so are the clauses after one ("projected to rise by $51
            # billion, $49 billion of which ..."), unless they name a period of their own.
            # "..., from only $543 in 2005-2006" after "is expected to grow to $1,602": where the forecast starts
            continues_forecast = _FROM_CONTINUES.match(text, cs) is not None
            forecast = any(cs <= x < ce for x in markers) or (
                first_marker < cs and (not own_period or continues_forecast) and not _set_against(text, cs, ce)
                and not (_NOW_RELATIVE.match(text, cs) and not _TO_FIGURE_BEFORE.search(text, max(0, cs - 40), cs)))
            if ce > condition_start or forecast:
                previous = m
                continue
            # deaths counted by their verb are that verb's figures, unless this clause is only a figure and the cause
            # it died of ("300,000 died of COVID-19, and 1.5 million of tuberculosis"; not "and 6 million in the
            # conflict have fled")
            shared = [h for h in previous.indicators if not h.extra.get("by_verb") or (
                m.quantities and _DIED_OF.match(text, m.quantities[0].end)
                and cause_after(text, m.quantities[0].end, ce, ctx.year)
                and not _OWN_FINITE.search(text, m.quantities[0].end, ce))] if previous is not None else []
            # "exports rose 5 per cent, and we have planted 3 million trees": the speaker's own count, nothing shared
            speakers_own = bool(m.quantities) and _SPEAKER_SUBJECT.match(text, cs) is not None \
                and self._names_its_own(text, m.quantities[0], cs, ce)
            if previous is not None and not m.indicators and shared and (
                    m.quantities or HIGHER.search(text, cs, ce)) and not self._own_subject(text, m) \
                    and not speakers_own \
                    and not (m.quantities and self._count_with_its_verb(text, m)):
                # "exports rose 5%, imports 3%": the first; "..., the poverty rate, which is now 36.5 per cent":
                # a relative clause speaks of the nearest. Deaths counted by their verb ("500 lives were lost, more
                # than 600 remain missing") say nothing of the next clause's figure.
                relative = _RELATIVE.match(text, cs) is not None
                m.indicators = shared[-1:] if relative else shared[:1]
                m.places = m.places or previous.places
                m.commodities = m.commodities or previous.commodities
            if previous is not None and not m.places and _WITH_OPENS.match(text, cs):
                # "13,000 civilian casualties in Ukraine, with 6,000 people killed": the attached clause's place is
                # where the figure before it was counted ("in Ukraine"; not "... to Mexico and Canada, with ...")
                m.places = [p for p in previous.places if p.role == "entity" and p.code != "world"
                            and _IN_BEFORE.search(text, max(previous.start, p.start - 4), p.start)]
            if previous is not None and not m.directions and m.quantities \
                    and not _OWN_VERB.search(text, cs, m.quantities[0].start) \
                    and not speakers_own \
                    and (previous.quantities or _BY_FIGURE.match(text, cs)):
                # "exports rose 5%, imports 3%", "exports rose sharply, by 5%": the second figure shares the first
                # one's verb; not "tourism has exceeded 34 million", which has its own, nor "Although wealth has
                # grown, 736 million people live in poverty", whose verb names no figure to share
                m.directions = [d for d in previous.directions if d.end <= previous.end][-1:]
            # "67 per cent ..., as compared to 50 per cent in 2015": only right after the share it compares with
            found = (self._share_compared(text, m, drafts[-1], ctx) if drafts and drafts[-1].kind == "share" else []) \
                or self._clause_drafts(text, m, ctx)
            if previous is not None and previous.indicators and _APPOSITION.match(text, cs):
                # "Remittances reached $4 billion, or 12 per cent of GDP": the share is of what came before; a bare
                # deficit is the budget's unless the sentence speaks of trade
                before = previous.indicators[-1]
                named = "budget_balance" if is_bare_budget_balance(text, previous, before) else before.value
                if previous_found and _FIGURE_JUST_BEFORE.search(text, max(0, cs - 20), cs):
                    # "a budget of A$28 million, which is equivalent to 11 per cent of our GDP": the figure's measure
                    named = previous_found[-1].subject.indicator or named
                found = [replace(d, subject=replace(d.subject, indicator=named))
                         if d.kind == "share" and d.subject.indicator is None else d for d in found]
            if not found and previous_found and not m.indicators and not m.quantities and m.directions \
                    and m.directions[0].value in ("rising", "falling") \
                    and elided_participle(text, cs, m.directions[0].start) \
                    and not self._noun_follows(text, m.directions[0].end):
                # "The number of post-offices is 12,553, and rapidly increasing": the figure's subject goes on; "the
                # deficit reached $5 billion, and still growing": a deficit said as a negative balance that grows falls
                relation = m.directions[0].value
                said = previous_found[0]
                if said.kind == "level" and said.claimed is not None and (said.claimed.value or 0) < 0 \
                        and (said.subject.indicator or "").endswith(_BALANCES):
                    relation = "falling" if relation == "rising" else "rising"  # not "fell 5%, and still falling"
                found = [Draft("trend", previous_found[0].subject, self._period("trend", m.periods, ctx),
                               claimed=Quantity(None, None, relation))]
            if drafts and drafts[-1].kind == "change" and not previous_dated and _FROM_CONTINUES.match(text, cs):
                _date_by_levels(drafts[-1], found)  # "rose by 40 percent, from $68 billion in 1977 to $96 billion"
            found = _partner_carried(found, drafts, m, ctx.speaker())
            found = _whose_said_again(text, cs, found, previous_found, m, ctx.speaker())
            drafts += found
            previous = m
            previous_found = [d for d in found if d.claimed is not None and d.claimed.value is not None]
            previous_dated = own_period
        if not drafts and not hypothetical and not markers:
            note = self._other_note(text, body, end)
            if note:
                drafts.append(Draft("other", Subject(indicator=self._first_indicator(text, body, end),
                                                     entity=self._roles(all_places, "", ctx)[0]),
                                    self._period("other", periods, ctx), note=note))
        drafts = _unrepeated(_shares_continued(drafts))
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

    @staticmethod
    def _the_month_may(text: str, start: int, h: Hit) -> bool:
        """Whether a "may" is the month: "after the May elections", "in May 2019", "on 5 May" (not "May God bless")."""
        return text[h.start:h.end] == "May" and (_MONTH_BEFORE.search(text, max(start, h.start - 12), h.start)
                                                  is not None or _DAY_AFTER.match(text, h.end) is not None)

    def _forecasts(self, text: str, start: int, end: int) -> list[Hit]:
        """Forecast, target and promise markers; "I should mention" is a way of speaking, not a target."""
        frame = _FRONTED_FRAME.match(text, start)
        found = [h for h in self.lex["forecast"].find(text, start, end)
                 if not (h.value and _DISCOURSE.match(text, h.end)) and not (frame and h.end <= frame.end())
                 and not (_MADE_PROMISE.fullmatch(text, h.start, h.end)
                          and _DETERMINER_BEFORE.search(text, max(start, h.start - 8), h.start))
                 and not self._the_month_may(text, start, h)]
        # "allocated $12 billion for the next five years": a span still to come
        found += [Hit(x.start(), x.end(), "forecast", "forecast") for x in _NEXT_SPAN.finditer(text, start, end)]
        # "we want public debt to fall to 40 per cent": a wish for its own clause
        found += [Hit(x.start(), x.end(), "forecast", "forecast", {"clause_only": True})
                  for x in _WANT_IT_TO.finditer(text, start, end)]
        # "so that our country can avoid ill effects on as much as half of the population": a purpose, its own clause
        found += [Hit(x.start(), x.end(), "forecast", "forecast", {"clause_only": True})
                  for x in _PURPOSE.finditer(text, start, end)]
        return sorted(found, key=lambda h: h.start)

    def _clauses(self, text: str, start: int, end: int,
                 periods: list[PeriodMention]) -> list[tuple[int, int]]:
        """Clause spans; a piece with no figure and no trend verb stays with its neighbour, so only two
        statements that each hold one are analysed apart."""
        merged: list[list[int]] = []  # [start, end, has a trigger]
        for s, e in clauses(text, start, end):
            # "One billion people ... live below the poverty line; 780 million suffer": a figure in words too
            figures = [s + d.start() for d in re.finditer(r"\d|%|(?i:\b(?:million|billion|trillion)\b)", text[s:e])]
            trigger = any(not any(p.start <= f < p.end for p in periods) for f in figures) \
                or bool(self.lex["direction"].find(text, s, e)) or bool(self._multipliers(text, s, e)) \
                or self._ranked_here(text, s, e)
            # "our emissions are below 0.003 per cent ..., Timor-Leste is committed to ...": a promise after a
            # fact stays apart from it, so the fact is not read as part of the promise
            promise_after_fact = not trigger and merged and merged[-1][2] and bool(self._forecasts(text, s, e))
            # "we pledge to ..., yet we choose to ignore the 23 million people": the other way round
            fact_against_promise = trigger and merged and not merged[-1][2] and _set_against(text, s, e) \
                and bool(self._forecasts(text, merged[-1][0], merged[-1][1]))
            # "Exports rose sharply, by 5 per cent", "has increased--after taxes--by more than 50 percent": the
            # figure completes the verb before it (not "by 1970", a date)
            by = _COMPLETES_VERB.match(text, s)
            completes = merged and by is not None and not any(p.start <= by.end() - 1 < p.end for p in periods)
            if merged and (not trigger or not merged[-1][2] or completes) and not promise_after_fact \
                    and not fact_against_promise:
                merged[-1][1:] = [e, int(merged[-1][2] or trigger)]
            else:
                merged.append([s, e, int(trigger)])
        return [(s, e) for s, e, _ in merged]

    def _verb_and_noun_trends(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """Trends said with verbs, and those said with nouns, each measure once: "The growth of the economy has allowed
        us to reduce poverty" says both that the economy grew and that poverty fell; "the war has sent the price of gas
        soaring and has unleashed a spike in inflation" that prices and inflation rose."""
        said = self._trend(text, m, ctx)
        nouns = self._noun_trend(text, m, ctx)
        if not said:
            return nouns
        measured = {d.subject.indicator for d in said}
        return said + [d for d in nouns if d.subject.indicator not in measured
                       and d.claimed is not None and d.claimed.relation in ("rising", "falling")]

    @staticmethod
    def _ranked_here(text: str, start: int, end: int) -> bool:
        """Whether a clause ranks its own subject ("Denmark is one of the largest donors, and we will ..."), so it
        stands apart from a promise after it; ", one of the highest in the world" has no verb and stays with
        the figure it ranks."""
        cue = superlatives.cue_pattern().search(text, start, end)
        return cue is not None and _RANKING_VERB.search(text, start, cue.start()) is not None

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
        low = text[start:end].lower()
        per_time = any(unit in low for unit in words().short_time_units)  # cheap before the patterns below
        # "a mandatory 30% quota", "a quota of 36 per cent" (not "3,000 quota refugees"): a share fixed by a rule; "the
        # 0.7 per cent objective", "a 2 per cent target": an aim, unless said to be met ("has met the 0.7 per cent
        # target" is a fact of the level reached)
        quantities = [q for q in find_quantities(text, start, end, self.lex, period_spans)
                      if not (q.unit == "%" and (_QUOTA_AFTER.match(text, q.end)
                                                 or _QUOTA_BEFORE.search(text, max(0, q.start - 25), q.start)
                                                 or (_TARGET_AFTER.match(text, q.end) and not _TARGET_MET.search(
                                                     text, max(start, q.start - 40), q.start))))
                      and not (per_time and self._per_short_time(text, start, end, q))]
        w = words()
        indicators = self.lex["indicator"].find(text, start, end)
        # "75 per 100,000 inhabitants": the denominator's noun is not what the figure measures
        indicators = [h for h in indicators if not _PER_NUMBER.search(text, max(start, h.start - 24), h.start)]
        # "the airline industry", "the tuna industry", "water supplies": one kind, not the country's industrial
        # production or exports
        indicators = [h for h in indicators if not (text[h.start:h.end].lower() in _SAID_OF_ONE_KIND
                                                    and _ONE_KIND_BEFORE.search(text, max(start, h.start - 30),
                                                                                h.start))]
        # "trade-marks", "export-oriented": the first part of a compound word names no measure
        indicators = [h for h in indicators if not _COMPOUND_AFTER.match(text, h.end)]
        # "growth initiatives must await ...", "our growth strategy": a plan for growth names no growth that happened
        indicators = [h for h in indicators if not (
            text[h.start:h.end].lower() == "growth" and (after := NEXT_WORD.match(text, h.end)) is not None
            and after.group(1).lower() in w.growth_plan_nouns)]
        # "5,000 immigration officers", "the refugee budget": people named before a noun they do not count
        indicators = [h for h in indicators if not (
            h.value in w.people_counts and (after := NEXT_WORD.match(text, h.end)) is not None
            and after.group(1).lower() in w.people_modified_heads)]
        # "in terms of today's prices", "at constant 2015 prices": the prices a sum is counted in, no price
        indicators = [h for h in indicators if not (h.value == "price" and _PRICE_BASIS.search(
            text, max(start, h.start - 40), h.start))]
        indicators = [h for h in indicators if not _economy_money_went_into(text, start, h, quantities)]
        indicators = [self._rated(text, self._modified(text, start, h)) for h in indicators]
        lives = list(_LIVES_LOST.finditer(text, start, end))
        killed = list(_KILLED.finditer(text, start, end))
        for dead in [*killed, *_DIED.finditer(text, start, end),
                     *(d for d in _DEAD_BARE.finditer(text, start, end)
                       if not any(k.start() <= d.start() < k.end() for k in killed)),  # "left 292 dead" once
                     *lives]:
            # "killed 65 people", "300 people died", "left 292 dead", "4.7 million lives have been lost": the deaths
            # a figure counts
            verb = "left" if dead.groupdict().get("left") else "verb2" if dead.groupdict().get("verb2") else "verb"
            if negated_before(text, start, dead.start(verb)):
                continue  # "the storm has not taken the lives of 100 people": no deaths
            if not any(h.start <= dead.start(verb) < h.end for h in indicators):
                # "killed 30 Afghans", "claimed half a million Syrian lives": whose dead they were
                said = dead.group().split()
                adjective = said[-2] if len(said) > 1 and said[-1].lower() == "lives" else ""
                people = self.lex.people_of(said[-1]) or (
                    (self.lex.people_of(adjective) or self.lex.people_of(adjective + "s")) if adjective else None)
                extra = {"by_verb": True, "said": dead.span(), **({"of_people": people} if people else {})}
                if dead.groupdict().get("verb") and dead.group("verb").lower() in ("kills", "kill"):
                    extra["generic"] = True  # "air pollution kills 7 million people every year": of the world
                indicators = sorted([*indicators, Hit(dead.start(verb), dead.end(verb), "indicator", "deaths", extra)],
                                    key=lambda h: h.start)
        for pop in [*_POPULATION_OF.finditer(text, start, end), *_PEOPLE_OF_PLACE.finditer(text, start, end)]:
            if pop.group().lower().startswith("continent") and not self._continent_named.search(text, start,
                                                                                                pop.start()):
                continue  # "an entire continent of 1.3 billion people" with no continent named: nobody's we know
            if not any(h.start <= pop.start("noun") < h.end for h in indicators):
                # "the 23 million people of Taiwan": the place named next is whose people they are
                extra = {"of_place": True} if pop.re is _PEOPLE_OF_PLACE else {}
                indicators = sorted([*indicators, Hit(pop.start("noun"), pop.end("noun"), "indicator", "population",
                                                      extra)], key=lambda h: h.start)
        for pop in self._own_people(self_code).finditer(text, start, end):
            # "on behalf of 1.3 billion Indians" in India's speech: its people; 3.6 million Syrians in Turkey's
            # speech are not Turkey's population, and stay a count of Syrians
            if not any(h.start <= pop.start("noun") < h.end for h in indicators):
                indicators = sorted([*indicators, Hit(pop.start("noun"), pop.end("noun"), "indicator", "population")],
                                    key=lambda h: h.start)
        for pop in _A_WHOLE_PEOPLE.finditer(text, start, end):
            # "the representatives of 600 million Chinese people", "the exclusion of 1.2 billion Africans": all of a
            # country's or a continent's people, its population, whoever speaks
            name = pop.group("name")
            code = self._adjectives.get(name) if pop.group("people") else self.lex.people_of(name)
            if code is not None and not any(h.start <= pop.start("noun") < h.end for h in indicators):
                indicators = sorted([*indicators, Hit(pop.start("noun"), pop.end("noun"), "indicator", "population",
                                                      {"of_people": code})], key=lambda h: h.start)
        for grew in _WE_GREW.finditer(text, start, end):
            if not any(h.start < grew.end() and grew.start() < h.end for h in indicators) \
                    and not _IN_TERMS_OF.search(text, start, grew.start()):  # "In terms of population, we grew"
                indicators = sorted([*indicators, Hit(grew.start("we"), grew.end("we"), "indicator", "gdp")],
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
        indicators = [h for h in indicators if not self._growth_of_something_else(text, end, h, indicators, places)]
        # "the 8 million residents of New York City", "of Mosul": a city's people, no country's population
        indicators = [h for h in indicators if not h.extra.get("of_place") or any(
            OF_PLACE.fullmatch(text, h.end, p.start) for p in places)]
        directions = [h for h in self.lex["direction"].find(text, start, end)
                      if not re.match(r"\s+out\b", text[h.end:h.end + 5])
                      and not (text[h.start:h.start + 3].lower() == "on "
                               and re.match(r"\s+(?:of|in)\b", text[h.end:h.end + 4]))]
        # "on the rise of extremism" is a noun phrase, "X is on the rise" a trend; "lost 3,000 lives" counts deaths,
        # it moves nothing
        directions = [h for h in directions if not any(x.start() <= h.start < x.end() for x in lives)]
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
                        directions, self._multipliers(text, start, end), own + borrowed)

    def _modified(self, text: str, start: int, h: Hit) -> Hit:
        """A generic count named with what kind it is: "heroin overdose deaths" → heroin_overdose_deaths,
        "tuberculosis-related deaths" → tuberculosis_related_deaths (``modified_heads`` in noun_phrases.json); "more
        deaths", "the deaths", "Syrian deaths" keep the lexicon's name."""
        w = words()
        if text[h.start:h.end].lower() not in w.modified_heads:
            return h
        modifiers: list[str] = []
        run = _MODIFIER_RUN.search(text, max(start, h.start - 40), h.start)  # the words right before, spaces only
        for token in reversed(list(_MODIFIER.finditer(text, run.start(), h.start))[-3:] if run else []):
            word, low = token.group(), token.group().lower()
            opens = not text[start:token.start()].strip()  # "Road deaths fell": capital only as the first word
            if not (word[0].islower() or opens) or low in w.function_words or low in w.determiners \
                    or (low.endswith(("ed", "ing")) and "-" not in low) \
                    or low in w.not_kinds or low.endswith(tuple(w.not_kind_endings)) \
                    or self.lex.places.match_at(text, token.start()) is not None:
                break  # "Syrian deaths": whose, not what kind
            modifiers.insert(0, low)
        if not modifiers:
            return h
        name = re.sub(r"[^a-z0-9]+", "_", " ".join([*modifiers, text[h.start:h.end].lower()])).strip("_")
        return Hit(h.start, h.end, h.type, name, {**h.extra, "open": True})

    @staticmethod
    def _rated(text: str, h: Hit) -> Hit:
        """A measure named with "rate" after it, when the lexicon's phrase stops short of it: "the deforestation rate",
        "employment rates" → deforestation_rate, employment_rate; not a rate already ("poverty rates"), nor a growth
        rate ("the population growth rate" is the population's growth)."""
        after = _RATE_AFTER.match(text, h.end)
        if after is None or is_rate(h.value) or is_rate(h.value.rsplit("_", 1)[-1]) \
                or h.value in words().unrated_measures or text[h.start:h.end].lower().endswith("growth"):
            return h  # "youth unemployment rates" stay youth_unemployment; "the GDP rate" is GDP's
        return Hit(h.start, after.end(), h.type, f"{h.value}_rate", h.extra)

    @staticmethod
    def _per_short_time(text: str, start: int, end: int, q: QuantityMention) -> bool:
        """Whether a count or a sum is said per day, hour or week ("every day 15,000 children die", "loses $5 million a
        day"): a rate the record's year would misread as the year's total ("350 million trees in a single day" is a
        count of that day, kept)."""
        if q.unit in ("%", "pp", "ratio") or q.kind != "amount" or _PER_DAY_UNIT.match(text, q.end):
            return False  # "2 million barrels per day": oil is measured per day
        return _PER_SHORT_TIME_AFTER.match(text, q.end, end) is not None \
            or _PER_SHORT_TIME_BEFORE.search(text, max(start, q.start - 40), q.start) is not None

    @staticmethod
    def _growth_of_something_else(text: str, end: int, h: Hit, indicators: list[Hit], places: list[Place]) -> bool:
        """Whether "growth" is said of something the lexicon does not know, so is not the economy's: "the growth of
        expenditure", "the growth of cities" (the phrase after "of" names the measure). "The growth of exports" is
        said by "exports"; "of the economy", "of America", "of the European Union", "of advanced economies", "of
        recent years" and "growth of 4 per cent" stay GDP's."""
        of = OF_AFTER.match(text, h.end) if text[h.start:h.end].lower() == "growth" else None
        if of is None or any(of.end() <= x.start <= of.end() + 4 for x in [*indicators, *places]):
            return False
        phrase = whole_after(text, of.end(), end, [(p.start, p.end) for p in places])
        return phrase is not None and phrase.name.rsplit("_", 1)[-1] not in words().gdp_growth_of

    @staticmethod
    def _names_its_own(text: str, q: QuantityMention, start: int, end: int) -> bool:
        """Whether a figure in the clause ``text[start:end]`` names what it counts: "2 million trees", "$300 billion
        in budget savings", "lost revenue amounting to $90 million", "we spent $1 billion"; not "72 per cent", "we
        reached $6 billion" (the measure said before)."""
        took_noun = q.unit == "count" and TOOK_NOUN.search(q.text) is not None
        return took_noun or counted_after(text, q.end, end) is not None \
            or _IN_A_NOUN.match(text, q.end, end) is not None \
            or named_by_of(text, start, q.start) is not None \
            or named_by_money_verb(text, start, q.start, q.end, end) is not None

    @staticmethod
    def _own_subject(text: str, m: Mentions) -> bool:
        """Whether a clause names its own subject before its first figure: "while the expenditures for the same period
        were $421 million" (not the receipts of the clause before); "imports 3%" has none."""
        if not m.quantities:
            return False
        places = [(p.start, p.end) for p in m.places]
        periods = [(p.start, p.end) for p in m.periods]
        return subject_before(text, m.start, m.quantities[0].start, places, periods) is not None

    def _multipliers(self, text: str, start: int, end: int) -> list[Hit]:
        """Multiplier phrases ("doubled", "cut in half"), and a cut in half with its object between ("cutting
        youth unemployment in half"): the verb, so that its object is what is multiplied."""
        found = self.lex["multiplier"].find(text, start, end)
        for cut in CUT_IN_HALF.finditer(text, start, end):
            if not any(h.start < cut.end() and cut.start() < h.end for h in found):
                found.append(Hit(cut.start("verb"), cut.end("verb"), "multiplier", "-50"))
        return sorted(found, key=lambda h: h.start)

    @staticmethod
    def _count_with_its_verb(text: str, m: Mentions) -> bool:
        """Whether the clause's first figure is a count with a verb of its own ("780 million suffer from malnutrition"),
        not one said to be in a place by name ("413 million live in sub-Saharan Africa": some of those before)."""
        verb = _COUNT_WITH_ITS_VERB.match(text, m.quantities[0].end)
        if verb is None:
            return False
        where = _IN_THE.match(text, verb.end())
        return where is None or not any(p.start == where.end() for p in m.places)

    @functools.cached_property
    def _continent_named(self) -> re.Pattern[str]:
        """The names of continents (``continents`` in noun_phrases.json, as groups.csv spells them)."""
        names = [phrase for phrase, group in self.lex.groups if group in words().continents]
        return re.compile(r"(?i:\b(?:" + alternation(names) + r")\b)")

    @functools.cached_property
    def _adjectives(self) -> dict[str, str]:
        """The countries' adjectives, as written ("Chinese" → CHN), that a people may be named by."""
        return {a: c.iso3 for c in self.lex.countries.values() for a in c.adjectives if a[-1:].isalpha()}

    def _own_people(self, code: str | None) -> re.Pattern[str]:
        """"200 million Nigerians": a scaled count of the document country's people, named by its adjective."""
        if code not in self._people_patterns:
            country = self.lex.countries.get(code or "")
            names = sorted((a for a in country.adjectives if a[-1:].isalpha()), key=len, reverse=True) \
                if country else []
            self._people_patterns[code] = re.compile(
                # only when the speaker speaks for them all: "on behalf of", "our", "a nation of"; not "killed 7
                # million Ukrainians", "affecting 14 million Yemenis", "for almost 1 million Americans"
                r"(?i:(?:\b(?:on\s+behalf\s+of|nation\s+of|country\s+of|our|all|represents?|representing"
                r"|speak\s+for|owe\s+it\s+to|there\s+are|feeds?)|(?-i:\bOf|\bThe|\bthe))\s+"  # "Of 13 million ..."
                r"(?:(?:some|almost|nearly|about|over|more\s+than|around|the)\s+){0,2})"
                r"[\d.,]+\s*(?:thousand|million|billion)\s+(?P<noun>(?:" + "|".join(map(re.escape, names)) + r")"
                # "1.3 billion Indians", "30 million Venezuelan men and women", "80 million Ethiopian people"
                r"(?:s|\s+(?:men\s+and\s+women|women\s+and\s+men|people|citizens)))\b"
                # "on behalf of 1.3 billion Indians.", "our 200 million Nigerians, ...": all of them; not "17 million
                # Nigerians live abroad"
                r"(?=\s*(?:[.,;:!?)]|$|and\b))"
                if names else r"(?!)")
        return self._people_patterns[code]

    def _remember(self, periods: list[PeriodMention], places: list[Place], ctx: DocContext, ref: DateRef) -> None:
        for p in places:
            ctx.counts[p.code] += 1
        # a span that runs into the future ("Vision 2017-2036") is a plan's, not the period later figures speak of
        named = [p for p in periods if p.role in _NAMED_ROLES and p.period and p.carried
                 and not is_future(p.period, ref) and (p.period.start or "") >= "1950"
                 and not (p.period.end and is_future(Period(start=p.period.end), ref))]
        if named:
            previous = ctx.last_period
            ctx.period_named_at = ctx.position
            # "per capita income rose from $543 in 2006 to $1,752 in 2018": the latest period the sentence reached
            # is what a following sentence speaks of, not the one it moved from
            latest = max(named, key=lambda p: (p.period.end or p.period.start or "") if p.period else "")
            if latest.role == "since" and latest.period and ref.year:
                ctx.last_period = Period(start=latest.period.start, end=str(ref.year - 1))
                ctx.last_then = int((latest.period.start or "0")[:4]) or None
            else:
                ctx.last_period = latest.period
                reached = (latest.period.end or latest.period.start) if latest.period else None
                ctx.last_then = int(reached[:4]) if reached else None
            ctx.last_was_span = bool(latest.shift)
            starts = [p.period.start for p in named if p.period and p.period.start]
            ends = [p.period.end or p.period.start for p in named if p.period and (p.period.end or p.period.start)]
            ctx.last_span = Period(start=min(starts), end=max(ends)) if starts and ends else None
            base = next((p for p in periods if p.role == "base"), None)
            if latest.shift and latest.period:
                ctx.last_base = Period(start=str(int(latest.period.end or 0) - latest.shift),
                                       end=str(int(latest.period.end or 0) - latest.shift))
            elif base and ctx.last_period:
                ctx.last_base = self._base(ctx.last_period, base)
            elif ctx.last_period != previous:
                ctx.last_base = None  # the same period named again keeps the base it was compared with

    def _clause_drafts(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        drafts: list[Draft] = []
        for maker in (self._shift, self._rank, self._comparison, self._percent_than, self._share, self._faster):
            drafts = maker(text, m, ctx)
            if drafts:
                drafts += self._amounts(text, self._unused(text, m, drafts), ctx)
                break
        else:
            drafts = self._amounts(text, m, ctx)
            # "exports rose 5 per cent and are still growing": the figure, then a trend of the same subject;
            # "incomes are soaring and 2.5 million Americans ...": a trend, then the figure
            drafts = drafts + self._trend_before_figures(text, m, ctx, drafts) + self._trend_after_figures(
                text, m, ctx) if drafts else self._verb_and_noun_trends(text, m, ctx)
        if not any(d.kind == "rank" for d in drafts):
            drafts += self._superlative(text, m, ctx)
        if not any(d.kind in ("trend", "ratio", "growth") for d in drafts):
            drafts += self._higher(text, m, ctx)  # "$1.69 trillion, which was higher than in 2015": both
        if not drafts:
            drafts = self._balance_said(text, m, ctx)  # "we had a trade surplus in 2017"
        return drafts

    @staticmethod
    def _unused(text: str, m: Mentions, drafts: list[Draft]) -> Mentions:
        """The clause with only the amounts no draft has claimed: "killed 65 people and wiped out 200 per cent
        of GDP" is a share and a count. Fractions, multipliers and percentages "of" something (shares the
        share rule chose not to claim) are left alone."""
        claimed = [d.claimed for d in drafts if d.claimed is not None and d.claimed.value is not None]
        read = {d.figure_at for d in drafts}  # "20 per cent higher than": a ratio of 1.2, not a figure of 20
        left = [q for q in m.quantities if q.kind == "amount" and q.unit is not None and q.start not in read
                and not (q.unit == "%" and OF_AFTER.match(text, q.end, m.end)) and not any(
            c.unit == q.unit and abs(abs(c.value or 0) - abs(q.value)) <= 1e-9 * max(1.0, abs(q.value))
            for c in claimed)]
        return replace(m, quantities=left, multipliers=[])

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
                if self._negated(text, start, hit) and not INFINITIVE.search(text, max(start, hit.start - 30),
                                                                             hit.start):
                    return "a change said not to have happened (or not enough), which no rule checks"
            if lex["evaluative"].find(text, start, end):
                return "an evaluation of a quantity without a number, which no rule checks"
        for q in find_quantities(text, start, end, lex):
            if q.unit == "%" or (q.unit or "").isupper() or (q.scale or 1) >= 1000 or \
                    (q.unit is not None and q.unit != "ratio" and abs(q.value) >= 100 and not q.text[-1:].isalpha()
                     and q.text[:1].isdigit()):
                # the record may name the first measure the sentence says, which the figure was not read as
                return f"a figure ({q.text}) the rules could not tie to a measure they check"
        return None


def _whose_said_again(text: str, cs: int, found: list[Draft], before: list[Draft], m: Mentions,
                      speaker: str | None) -> list[Draft]:
    """"Military spending in 2016 was $1.69 trillion, which was higher than in 2015": a measure said again with no
    figure in its clause, or in a relative clause after it, naming no place, is of whoever its figure was found to be
    of (the world's, in Uruguay's speech), not the speaker's by default."""
    if m.places:
        return found
    carried = {d.subject.indicator: d.subject.entity for d in before} if _WHICH_OPENS.match(text, cs) else {}
    worlds = {d.subject.indicator for d in found if d.subject.entity == "world"}
    out = []
    for d in found:
        entity = carried.get(d.subject.indicator)
        if entity is None and d.subject.indicator in worlds and (d.claimed is None or d.claimed.value is None):
            entity = "world"  # a figure of its own is weighed by its own size
        if entity is None or d.subject.entity != speaker:
            out.append(d)
            continue
        # "$1.7 trillion, which was 2.2 per cent of GDP": the whole is the same world's
        against = replace(d.against, entity=entity) if d.against is not None and d.against.entity == speaker \
            else d.against
        out.append(replace(d, subject=replace(d.subject, entity=entity), against=against))
    return out


def _partner_carried(found: list[Draft], earlier: list[Draft], m: Mentions, speaker: str | None) -> list[Draft]:
    """"British exports to the USSR totalled $32 million; French exports amounted to $3 million": another country's
    flow said in parallel with a flow of a country the sentence names (not the speaker's: "Exports to China rose,
    while French exports fell"), naming no partner, goes to the partner of the flow before it."""
    before = next((d for d in reversed(earlier) if d.subject.indicator in SHARE_INDICATORS and d.subject.partner), None)
    if before is None or len(m.places) != 1 or before.subject.entity == speaker:
        return found
    return [replace(d, subject=replace(d.subject, partner=before.subject.partner))
            if d.subject.indicator == before.subject.indicator and d.subject.partner is None
            and d.subject.entity == m.places[0].code != before.subject.entity != d.subject.entity
            and d.kind in ("level", "change") else d for d in found]


def _economy_money_went_into(text: str, start: int, h: Hit, quantities: list[QuantityMention]) -> bool:
    """Whether "economy" names where a sum went, not GDP: "invested $14 billion in South Africa's economy", "$150
    billion were lost to our economy" (a verb that moves money and a sum, before "in/into/to the economy")."""
    if text[h.start:h.end].lower().split()[-1] not in ("economy", "economies") \
            or not _INTO_THE_ECONOMY.search(text, max(start, h.start - 40), h.start) \
            or not _MONEY_VERB.search(text, start, h.start):
        return False
    return any(q.unit is not None and q.unit.isupper() and q.end <= h.start for q in quantities)


def _shares_continued(drafts: list[Draft]) -> list[Draft]:
    """"Public investment stood at 4.3 per cent of GDP in 2009 and rose to 8.2 per cent in 2018": a level in per cent
    of a measure that is no rate, after a share of that measure, is a share of the same whole."""
    out: list[Draft] = []
    for d in drafts:
        share = next((s for s in reversed(out) if s.kind == "share" and s.against is not None
                      and s.subject.indicator == d.subject.indicator), None)
        if share is not None and d.kind == "level" and d.against is None and d.claimed is not None \
                and d.claimed.unit == "%" and d.subject.indicator and not is_rate(d.subject.indicator):
            d = replace(d, kind="share", against=share.against)
        out.append(d)
    return out


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


def _date_by_levels(change: Draft, levels: list[Draft]) -> None:
    """A change whose clause names no period, followed by the two dated levels it runs between: the second
    level's period against the first's."""
    dated = [d.period for d in levels if d.kind == "level" and d.subject.indicator == change.subject.indicator
             and d.period.start]
    if len(dated) == 2 and (dated[0].start or "") < (dated[1].start or ""):
        change.period = Period(dated[1].start, dated[1].end, dated[0].start, dated[0].end)

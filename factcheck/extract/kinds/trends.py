"""Trends: a measure said to rise or fall with no figure, by a verb ("exports are growing", "our policies
reduced unemployment") or a noun after a verb of witnessing ("we have seen a sharp decline in poverty")."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.clause_reader import (
    AFTER_INTRANSITIVE,
    IN_OR_OF,
    INFINITIVE,
    MODIFIER_GAP,
    NEXT_WORD,
    OF_AFTER,
    SPEAKERS_OWN,
    ClauseReader,
    Draft,
    Mentions,
    by_polarity,
    negative_measure,
)
from factcheck.extract.context import DocContext
from factcheck.extract.kinds.amounts import is_rate
from factcheck.extract.lexicon import Hit
from factcheck.extract.noun_phrases import Phrase, alternation, subject_before, whole_after, words
from factcheck.model import Quantity

# "reduce", "boost"; not "reduces", "reduced", nor the irregular pasts "grew", "rose", "fell"
_BASE_FORM = re.compile(r"(?i:(?!(?:grew|rose|fell|shrank|sank|slid|went|came|spent|lost|made|took|began|won)\b)"
                        r"[a-z]+(?<!s)(?<!ed)(?<!ing))")
# "domestic food prices", "the price of maize in the local markets", "at the pump": a home market's prices
_HOME_MARKET = re.compile(r"(?i:\b(?:domestic|retail|local|consumer|home|at\s+the\s+pump|in\s+the\s+capital"
                          r"|our\s+markets?)\b)")
# "raised loan prices for wheat", "the Act lowered the target prices": prices someone sets, not a market's
_PRICES_SET = re.compile(r"(?i:\b(?:raised|raises|raise|raising|lowered|lowers|lower|lowering|set|sets|fixed|cut|cuts"
                         r"|reduced|reduces|increased|increases)\s+(?:[\w-]+\s+){0,3}prices?\b)")
# verbs of witnessing or causing (noun_phrases.json witness_verbs): "we have seen an increase in exports", "there has
# been a decline in poverty", "has led to a dramatic increase in our homicide rates"; progressive forms after "is/are"
_WITNESS_VERB = "(?:" + alternation(words().witness_verbs) + r")(?!\s+by\b)"
# what may stand between "and" and the measure that opens its clause: "and the", "but our", "and coffee"
_CLAUSE_OPENING = re.compile(r"(?i:\s*(?:(?:the|its|their|our|his|her|this|that|these|those)\s+)?"
                             # "and the number of psychogenic diseases", "and large numbers of better jobs"
                             r"(?:(?:[\w-]+\s+)?(?:" + alternation(words().measure_heads) + r")s?\s+of\s+)?"
                             r"(?:(?!(?:of|in|for|to|with|from|by|on|at|about)\b)[\w-]+\s+){0,2})")
_NEXT_CLAUSE = re.compile(r"(?i:[,;]|\b(?:and|but|while|whereas)\b)")  # "rose, and the deficit widened"
_NOUN_BEFORE = re.compile(r"(?i:\b(?:the|a|an|its|their|this|that)\s+(?:\w+\s+)?$)")
# a verb's object right after it ("increases the risk", "reduced their debt"); not "rose the most", "fell the same year"
_OBJECT_FOLLOWS = re.compile(r"(?i:\s+(?:the|a|an|its|their|our|his|her|my|your|these|those)\s+(?!(?:years?|months?|"
                             r"weeks?|quarters?|decades?|times?|most|least|fastest|first|same|past|last|previous|"
                             r"following|next|preceding|coming|subsequent|current|fiscal|calendar|"
                             r"period|whole|entire|world)\b))")
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
_CHANGE_OF = re.compile(r"(?i:\b(?:rise|increase|growth|decline|fall|drop|reduction|decrease)\s+(?:in|of)\s+"
                        r"(?:the\s+|our\s+|its\s+|their\s+)?$)")
# "The growth of the Peruvian economy ... has allowed us": a trend noun that is the subject of a verb that happened
_NOUN_SUBJECT_BEFORE = re.compile(r"(?i:(?:^|[.;:!?,]\s+|\b(?:and|but|while|as)\s+)"
                                  r"(?:the|this|that|our|its|their|some|a|an)\s+"
                                  r"(?:[a-z]+\s+){0,2}$)")
_SUBJECT_OPENING = re.compile(r"(?i:[\W_]*(?:(?:and|but|while|as)\s+)?(?:the|this|that|our|its|their|some|a|an)\s+"
                              r"(?:[a-z]+\s+){0,2})")  # the clause opens with the trend noun's phrase
_HAPPENED_VERB = re.compile(r"(?i:\b(?:has|have|had)\s+(?:been|[a-z]+ed|brought|made|led|allowed|enabled|helped)\b"
                            r"|\b(?:occurred|took\s+place|happened|set\s+in)\b"
                            r"|\b(?:was|were)\s+[a-z]+\b|\b(?:allowed|enabled|helped|led|brought|made|created"
                            r"|contributed|boosted|fuelled|fueled|reduced|raised|lifted)\b)")
# "the rise in food prices is alarming": a judgement of a definite change, one that happened ("an increase in exports
# is welcome" may be only wished for)
_JUDGED = re.compile(r"(?i:\b(?:is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:"
                     + alternation(words().evaluative_words) + r")\b)")
_THE_BEFORE = re.compile(r"(?i:\bthe\s+(?:[a-z-]+\s+){0,2}$)")
_NOT_HAPPENED = re.compile(r"(?i:\b(?:" + alternation(words().not_happened_verbs) + r")\b)")  # "was rejected"
_VERB_AFTER = re.compile(r"(?i:\s+(?:were|was|are|is|have|has|had|will|would)\b)")
_OWN_SUBJECT = re.compile(r"(?i:[,;]\s*(?:and\s+|but\s+|while\s+)?(?:we|they|i|he|she|you)\b)")
# "global population growth is receding, in many places populations are still growing": a later clause with a
# plural subject of its own before the verb
_LATER_SUBJECT = re.compile(r"(?i:,\s+(?:" + alternation(words().later_clause_openers) + r")\s+(?:[\w-]+\s+){0,4}?"
                            r"(?P<noun>(?!(?:" + alternation(words().anaphoric_heads) + r")\b)[a-z]+s)\s+"
                            r"(?:are|were|have|keep|continue)\b[^,;:]*$)")
# "following the recent economic growth, unemployment decreased": a measure in a fronted phrase is no verb's subject
# (the words between are no complete noun phrase of their own: "thanks to these reforms poverty, as promised, fell")
_FRONTED_PHRASE = re.compile(r"(?i:(?:^|[,;:]\s*)(?:" + alternation(words().fronting_prepositions) + r")\s+"
                             r"(?:(?:the|its|this|his|[\w'’-]*[^\Ws'’])\s+){0,4}$)")
# "our economy is strong so that the deficiency fell": the verb's subject is the subordinate clause's, right before it;
# not "Exports, because the dollar weakened, rose" (that clause has its verb) nor "poverty since the 1990s has fallen"
_SUBORDINATE_SUBJECT = re.compile(
    r"(?i:\b(?:" + alternation(words().subordinators) + r")\s+(?:" + alternation(words().determiners) + r")\s+"
    r"(?:(?!(?:has|have|had|is|are|was|were|been)\b)[a-z-]+(?<!ed)\s+){1,3}(?:(?:has|have|had|is|are|was|were|been)\s+)*$)")
_WHEN_CLAUSE = re.compile(r"(?i:(?<!such\s)(?<!well\s)\b(as|when|whenever|if|unless|until|where)"
                          r"(?!\s+(?:well|much|many|far|long|soon|fast|high|low)\b)\s+[^,;:.!?()—–]*$)")
_OBJECT_GAP = re.compile(r"(?i:\s+(?:(?:its|their|the|our|his|her|of|in)\s+)?(?:[\w-]+\s+)?)")
_ADJECTIVE_BEFORE = re.compile(r"(?i:(?:\b(?:the|a|an|its|their|our|this|that|fastest|slowest|most|more)\s+|\w-)$)")
_NOT_BUT = re.compile(r"(?i:\s+(?:[\w-]+\s+){0,2}?not\s+(?:only\s+|just\s+)?(?:by\s+)?[\d$€£][^;]{0,60}?\bbut\b)")
# "to stabilize prices, reduce ...": a list of verbs after an infinitive's "to"
_INFINITIVE_LIST = re.compile(r"(?i:\bto\s+[a-z]+\b[^.;:!?]{0,100}?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$)")
_PARTICIPLE_FORM = re.compile(r"(?i:[a-z]+(?:ed|ing))")  # "expanded", "rising"; with _BASE_FORM, not "grew", "rose"
_LISTED_BEFORE = re.compile(r"(?i:(?:\band|\bor|,)\s+$)")  # "..., economic growth and expanded cooperation"
_BOUNDARY_BEFORE_VERB = re.compile(r"(?i:[;:]|\b(?:which|that|who|will|would|could|should|may|might|must)\b)")
_PASSIVE_BEFORE = re.compile(r"(?i:\b(?:been|be|being|is|are|was|were)\s+$)")
# "the growth of the economy has allowed us to markedly reduce poverty": an infinitive a past verb says was done
_ENABLED_TO = re.compile(r"(?i:\b(?:(?:has|have|had)\s+(?:\w+ly\s+|also\s+)?(?:allowed|enabled|helped)|allowed|enabled"
                         r"|helped)\s+(?:us|them|it|the\s+country|the\s+government|our\s+country)\s+(?:to\s+)?"
                         r"(?:\w+ly\s+)?$)")
# "could be caused by a drop in oil prices", "to avoid being hit by a rise in rates": a cause that may be, not one
# that was
_MAY_BE = re.compile(r"(?i:\b(?:" + alternation(words().may_be_words) + r")(?![\w']))")
# "unemployment's rising", "it's growing fast": "is" or "has" contracted; not "China's growing imports" (a noun follows)
_CONTRACTED_IS = re.compile(r"(?i:['’]s\s+(?:\w+ly\s+|still\s+|now\s+)?$)")
_THE = re.compile(r"(?i:the\s+)")
_AND_BARE = re.compile(r"(?i:\band\s+(?:still\s+|\w+ly\s+)?$)")
_SENT = re.compile(r"(?i:\b(?P<verb>sent)\s+(?:[\w'’-]+\s+){1,5}$)")  # "has sent prices soaring"; not "could send"
_KEEPS_GAP = re.compile(r"(?i:\s+(?:keeps?|kept|continues?|continued)\s+(?:to\s+)?)")  # "refugees keep growing"
_KEEPS = re.compile(r"(?i:\b(?:keeps?|kept|continues?|continued)\s+$)")  # "keep rising", not "keep to rising"
_CONTINUES = re.compile(r"(?i:\b(?:continues?|continued|continuing|keeps?|kept|keeping)\s+(?:to\s+)?$)")
_AUXILIARY = re.compile(r"(?i:(?:\b(?:is|are|was|were|been|be|has|have|had)|['’](?:ve|re))\s+"
                        r"(?:(?:\w+ly|also|still|now|not|already|further|again|even)\s+){0,2}"
                        # "disasters are becoming more frequent", "droughts are getting more frequent"
                        r"(?:(?:" + alternation(words().becoming_verbs) + r")\s+)?$"
                        r"|\b(?:" + alternation(words().becoming_verbs) + r")\s+(?:ever\s+|even\s+)?$)")
_WITNESSED = re.compile(
    r"(?i:\b(?:there\s+(?:has|have|had)\s+been|there\s+(?:was|were|is|are)|(?:(?:is|are|was|were)\s+)?"
    # up to three words between, none a preposition: "has contributed to the Fund for the reduction of poverty" is no
    # reduction contributed to
    + _WITNESS_VERB + r")\s+(?:(?:a|an|the|some|continued|continuous)\s+)?"
    r"(?:(?!(?:for|of|in|to|with|from|by|on|at|into)\b)[\w-]+\s+){0,3}?$)")
# a participle right after the verb: "we have seen rising exports", not "there is a link between increasing poverty"
_WITNESSED_NEAR = re.compile(r"(?i:\b(?:(?:is|are|was|were)\s+)?" + _WITNESS_VERB
                             + r"\s+(?:(?:a|an|the|some|continued|continuous|\w+ly)\s+)?$)")
# "people protest rising energy prices", "against a backdrop of increasing inequality": the trend is taken as given
_PRESUPPOSED_NEAR = re.compile(r"(?i:\b(?:" + alternation(words().presupposing_frames)
                               + r")\s+(?:(?:the|a|an|\w+ly)\s+)?$)")
# "affected by the constant increase in fuel prices", "due to a sharp fall in exports": a change noun after such words,
# with an article and a modifier or two, none a preposition or a possessive (whose change it is would be unsaid)
_PRESUPPOSED_NOUN = re.compile(r"(?i:\b(?:" + alternation(words().presupposing_frames)
                               + r")\s+(?:the|a|an)\s+(?:(?!(?:of|in|to|for|by|with|from|on|at)\b)[a-z-]+\s+){0,2}$)")
# "with the increasing frequency of natural disasters", "the growing number of attacks", "the rising level of debt": a
# definite participle before a measuring head takes the trend of what the head measures as given
# ("its growing population", "our growing exports": the speaker's own is as definite; not "their", someone else's)
_DEFINITE_BEFORE = re.compile(r"(?i:\b(?:the|its|our)\s+(?:(?:ever|constantly|steadily|rapidly|continuously)"
                              r"[\s-]*)?$)")
_EFFECT_BEFORE = re.compile(r"(?i:\b(?:" + alternation(words().effect_verbs) + r")\b)")
_DENIED = re.compile(r"(?i:\b(?:not|no|never|nor|without)\b|n['’]t\b)")  # anywhere in the clause before it
# "inflation, rising prices and growing inequality", "from the pandemic to rising food prices": an item of a list
_BARE_BEFORE = re.compile(r"(?i:(?:,|\b(?:and|or)|\bfrom\b[^.;:]{1,80}?\bto)\s+(?:ever[\s-]*)?$)")
# "Rising exports are good for the economy", "Soaring prices hurt families": what is true in general, no trend given
# (only in the present: "Rising prices have hurt families across our country" says they rose)
_GENERIC_PREDICATE = re.compile(r"(?i:(?:\s+(?!(?:have|has|had|was|were|did)\b)[\w-]+){1,3}?\s+(?:(?:is|are)\s+)?"
                                r"(?:" + alternation(words().generic_predicates) + r")\b)")
_OPENS_WITH = re.compile(r"(?i:(?:^|[.!?:;]\s+|\n\s*|\b(?:that|because|as|since|while|whereas)\s+)$)")
# "It is a myth that rising immigration lowers wages": what follows "that" is denied
_DENIED_THAT = re.compile(r"(?i:\b(?:myth|false|untrue|not\s+true|wrong|mistaken|fallacy)\b[^.;:]{0,30}\bthat\s+$)")
# "Rising sea levels" as a heading: a line with nothing said of the measure
_HEADING_AFTER = re.compile(r"[ \t]*(?:[\w'’-]+[ \t]+){0,4}[\w'’-]+[ \t]*(?:\n|$)")
# "rising oil prices"; not "falling into poverty" (people who became poor)
_ADJACENT = re.compile(r"(?i:[\s-]+(?:(?!(?:of|in|into|for|to|and|or|with|on|at|by)\b)[a-z-]+\s+)?)")
_COUNTING_HEAD_OF = re.compile(r"(?i:\s+(?P<head>numbers?|frequency|incidence|levels?|rates?|costs?)"
                               r"(?:\s+and\s+[a-z]+)?\s+of\s+(?:the\s+)?)")
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
# "the number of post-offices is 12,553, and rapidly increasing": a clause that is only a participle after "and"
_PARTICIPLE_OPENING = re.compile(r"(?i:[\s,;]*(?:(?:and|but)\s+)?(?:still\s+|\w+ly\s+)?)")
_AND_OR_BUT = re.compile(r"(?i:\b(?:and|but)\b)")
_JOINED_BEFORE = re.compile(r"(?i:\b(?:and|but)[\s,]*$)")
_UP_TO_VERB = re.compile(r"(?i:\s+(?:(?:is|are|was|were|has|have|had|been|also|still|now|all|steadily|again)\s+)*"
                         r"(?:on\s+the\s+)?)")
_PAST_VERB = re.compile(r"(?i:\w+ed|rose|fell|grew|shrank|sank|slid)")
_AND_OR_GAP = re.compile(r"(?i:\s*,?\s*(?:and|or)\s+)")  # "real per capita income and real business profits"
_THEN_AND = re.compile(r"(?i:(?:\s+\w+ly)?\s*,?\s+and\s+)")  # "incomes are soaring and 2.5 million ..."
_VERB_ENDS = re.compile(r"(?i:(?:\s+\w+ly)*" + AFTER_INTRANSITIVE + ")")  # "rose sharply.", "fell, and"
# "a rise in prices and wages", "in refugees, migrants and the displaced": nothing but the joint between the items
# (not "rising exports and falling imports", which says its own direction)
_AND_ITEM = re.compile(r"(?i:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:the|our|its|their)\s+)?)")
_THAN_AFTER = re.compile(r"(?i:[^.;:]{0,60}?\bthan\b)")
# "disasters are falling on us", "health workers have fallen victim", "fell ill", "millions have fallen into
# poverty": no decline of the subject (`not_a_fall_after` in noun_phrases.json)
_NO_DECLINE_AFTER_FALL = re.compile(r"(?i:\s+(?:(?:on|upon)\s+(?:us|them|you|our|their|the\s+(?:people|poor))|(?:"
                                    + alternation(words().not_a_fall_after) + r"))\b)")
_ITEM_VERB = re.compile(r"(?i:\s+(?:is|are|was|were|has|have|had|will|would|must|should|needs?|remains?)\b)")
_LIST_JOIN = re.compile(r"(?i:(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:[a-z-]+\s+)?)")  # "and gender inequality"
_NONE_SEEN = re.compile(r"(?i:\b(?:no|nobody|none|never|without|little|hardly|not|any)\b"
                        r"|(?<!continue\s)(?<!continues\s)(?<!continued\s)\bto\s+(?:see|witness)\b"  # "we want to see"
                        r"|\bto\s+continue\s+to\s+(?:see|witness)\b"  # "we want to continue to see"
                        r"|\b(?:needs?|needed|calls?\s+for|called\s+for|requires?|required|hopes?\s+for)\b)")
_OBJECT_NAMED = re.compile(r"(?i:[a-z])")  # "in violence": a word, not a year ("in 2018")
_NUMBER_OF_AFTER = re.compile(r"(?i:(?:the\s+)?(?:total\s+)?number\s+of\s+)")
_NUMBER_OF_BEFORE = re.compile(r"(?i:\bnumber\s+of\s+(?:the\s+)?$)")
# "the growth of the population", "the rate of growth of exports": a measure said as its growth
_GROWTH_OF_BEFORE = re.compile(r"(?i:\b(?:growth(?:\s+rate)?|rate\s+of\s+growth)\s+(?:of|in)\s+"
                               r"(?:the\s+|our\s+|its\s+|their\s+|this\s+)?$)")
_GROWTH_WORD = re.compile(r"(?i:\bgrowth\b)")
_IN_OR_OF_NEXT = re.compile(r"(?i:\s+(?:in|of)\s+(?:the\s+|our\s+|its\s+|their\s+)?)")
_HEAD_THEN_OF = re.compile(r"(?i:[a-z]+\s+of\s+(?:the\s+|our\s+|its\s+)?)")


class TrendReader(ClauseReader):
    """Trends said with a verb or a noun, with no figure."""

    def _trend(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """Every trend a verb says in the clause: "our imports rose and the deficit widened" gives two. A later verb
        adds one only when its subject opens a clause of its own after the earlier verb ("and the deficit")."""
        drafts: list[Draft] = []
        last_verb_end = m.start
        for hit in m.directions:
            listed = self._trend_measures(text, m, hit)
            if not listed or (drafts and not self._opens_next_clause(text, last_verb_end, listed[0].start)):
                # "exports rose and kept rising", "price increases in each sector of the economy", "exports rose and
                # the costs of reducing poverty rose"
                continue
            said = {d.subject for d in drafts}
            # a later subject's own clause: its commodities and places, not the first clause's ("tea exports rose and
            # coffee exports fell", "exports to China rose and imports from India fell")
            own = m if not drafts else replace(
                m, commodities=[c for c in m.commodities if c.start >= last_verb_end],
                places=[p for p in m.places if p.start >= last_verb_end])
            directions = [(x, by_polarity(hit.value, text, x)) for x in listed]
            found = [self._draft(text, "trend", own, ctx, x, Quantity(None, None, _signed(d, x, text, own)))
                     for x, d in directions if d is not None]
            drafts += [d for d in found if d.subject not in said]  # "tea exports rose and coffee exports fell": two
            last_verb_end = hit.end
        return self._counted_worldwide(text, m, drafts)

    @staticmethod
    def _opens_next_clause(text: str, after: int, subject: int) -> bool:
        """Whether a measure at ``subject`` opens a clause of its own after a verb that ends at ``after``: "and the
        deficit", "; imports"; not "and the costs of reducing poverty", "and fears of higher unemployment"."""
        joins = list(_NEXT_CLAUSE.finditer(text, after, subject))
        return bool(joins) and _CLAUSE_OPENING.fullmatch(text, joins[-1].end(), subject) is not None

    @staticmethod
    def _counted_worldwide(text: str, m: Mentions, drafts: list[Draft]) -> list[Draft]:
        """"The number of armed conflicts has increased", "we are witnessing increasing natural disasters":
        conflicts, wars, disasters and refugees are counted over the world unless the speaker says "our" or names a
        place (``counted_worldwide`` in noun_phrases.json); so do the prices of goods world markets set that rise or
        fall ("the growing prices of food", "the rise in the price of oil"; ``worldwide_trends``,
        ``world_market_commodities``), not "drug prices", "prices have continued to rise"."""
        if m.places or SPEAKERS_OWN.search(text, m.start, m.end):
            return drafts
        w = words()
        # "raised loan prices for wheat", "the Act raised the target prices": prices someone sets, not a market's
        market = not _PRICES_SET.search(text, m.start, m.end) and not _HOME_MARKET.search(text, m.start, m.end)
        return [replace(d, subject=replace(d.subject, entity="world"))
                if d.subject.indicator and (d.subject.indicator.rsplit("_", 1)[-1] in w.counted_worldwide
                                            or (d.kind == "trend" and d.subject.indicator in w.worldwide_trends
                                                and d.subject.commodity in w.world_market_commodities and market))
                else d for d in drafts]

    def _trend_measures(self, text: str, m: Mentions, hit: Hit) -> list[Hit]:
        """The measures one direction verb says rise or fall ("hunger and inflation are on the rise"); none where the
        verb is an aim, a possibility, an adjective or a noun."""
        cont = _CONTINUES.search(text, max(m.start, hit.start - 30), hit.start)
        continuing = cont is not None and not INFINITIVE.search(text, max(m.start, cont.start() - 30),
                                                                 cont.start())
        continuing = continuing or _ENABLED_TO.search(text, max(m.start, hit.start - 50), hit.start) is not None
        if self._negated(text, m.start, hit) or (
                INFINITIVE.search(text, max(m.start, hit.start - 30), hit.start) and not continuing):
            return []  # "we aim to grow", but "emissions continue to rise" is a trend
        if _BASE_FORM.fullmatch(text, hit.start, hit.end) and _INFINITIVE_LIST.search(
                text, max(text.rfind(".", max(0, hit.start - 120), hit.start) + 1, hit.start - 120), hit.start):
            return []  # "measures to stabilize prices, reduce inflation and boost exports": more of what is meant
        if _NOUN_BEFORE.search(text, max(m.start, hit.start - 20), hit.start) and hit.value and \
                text[hit.start:hit.end].lower().removesuffix("s") in words().noun_and_verb_directions:
            return []  # "a surge in exports", "the decline": a noun, read as a trend noun if at all
        if _ADJECTIVE_BEFORE.search(text, max(m.start, hit.start - 12), hit.start):
            return []  # "the decreasing number", "fastest-growing economies": adjectives, not verbs
        if hit.extra.get("predicate") and not _AUXILIARY.search(text, max(m.start, hit.start - 40), hit.start):
            return []  # "increasingly frequent hurricanes": an adjective before its noun, said of no subject
        if _NO_DECLINE_AFTER_FALL.match(text, hit.end) and text[hit.start:hit.end].lower().startswith(("fall", "fell")):
            return []  # "disasters are falling on us": coming down on people, not declining
        if _LISTED_BEFORE.search(text, max(m.start, hit.start - 6), hit.start) \
                and (_PARTICIPLE_FORM.fullmatch(text, hit.start, hit.end) or _BASE_FORM.fullmatch(text, hit.start,
                                                                                                   hit.end)) \
                and self._noun_follows(text, hit.end):
            return []  # "reforms, economic growth and expanded regional cooperation": a participle before its noun
        if _VERB_AFTER.match(text, hit.end):
            return []  # "massive tax cuts were made": a noun, the subject of its own verb
        if hit.value in ("better", "worse") and _PASSIVE_BEFORE.search(text, max(m.start, hit.start - 12), hit.start):
            return []  # "our forests have been improved": made better in kind, not grown
        if _NOT_BUT.match(text, hit.end):
            return []  # "prices rose not 4.5 percent, but 13.5 percent": the figure after "but" is the change
        ind = self._trend_subject(text, m, hit) or self._open_trend_subject(text, m, hit)
        if ind is None:
            return []
        if hit.extra.get("halt") and _CHANGE_OF.search(text, max(m.start, ind.start - 20), ind.start):
            return []  # "the rise in unemployment came to a halt": a change stopped, the level did not fall
        if hit.extra.get("predicate") and (ind.value.rsplit("_", 1)[-1] not in words().counted_events
                                           or _THAN_AFTER.match(text, hit.end) or OF_AFTER.match(text, ind.end)):
            # "price increases are more frequent": only events are counted by how often they happen; "floods are
            # more frequent in the north than in the south" compares places; "storms of criticism" are no storms
            return []
        listed = self._listed_with(text, m, ind, hit)
        last = self._open_trend_subject(text, m, hit) if not ind.extra.get("open") else None
        if last is not None and last.start >= listed[-1].end \
                and _AND_OR_GAP.fullmatch(text, listed[-1].end, last.start):
            listed.append(last)  # "real per capita income and real business profits have risen"
        # "economic growth has declined", "population growth has slowed", "the growth of exports fell": the pace of
        # growth moved, not the measure (which may still rise)
        # (not "the growth of the population increased demand for food": a verb with an object says the growth
        # happened, as "the growth of the population has allowed ..." does)
        if not self._noun_follows(text, hit.end):
            listed = [self._as_growth(text, m, x, hit) for x in listed]
        if hit.extra.get("pace"):
            # "the economy slowed", "growth accelerated": the pace of growth changed, not the level; "exports
            # slowed" is slower growth of exports, no fall of them
            listed = [replace(x, value="gdp_growth") if x.value == "gdp" else x for x in listed
                      if x.value == "gdp" or is_rate(x.value) or x.value.endswith("growth")]
            if not listed:
                return []
        return listed

    @staticmethod
    def _as_growth(text: str, m: Mentions, measure: Hit, mover: Hit) -> Hit:
        """A measure said as its growth that falls or changes pace, named so: "population growth has slowed" →
        `population_growth`, "a decline in economic growth" → `gdp_growth`, "export growth", "the growth of the
        population" too; the growth of prices is inflation (``growth_names``). A growth that rises ("the surging growth
        of America") says the measure rises, and stays the measure's; so does one moved by "growth" itself
        ("significant economic growth"), and any other measure."""
        if (mover.value != "falling" and not mover.extra.get("pace")) \
                or _GROWTH_WORD.fullmatch(text, mover.start, mover.end) \
                or (measure.start <= mover.start and mover.end <= measure.end):
            return measure
        end = measure.end
        if _GROWTH_WORD.search(text, measure.start, measure.end):
            before = next((h for h in m.indicators if h.end <= measure.start
                           and not text[h.end:measure.start].strip()), None)
            base, start = (before.value, before.start) if measure.value == "gdp" and before is not None \
                else (measure.value, measure.start)
            sector = _in_or_of_after(text, m, measure) if measure.value == "gdp" and before is None else None
            if sector is not None:  # "growth in agriculture has slowed": the sector's, not GDP's
                base, end = sector.name, sector.end
        elif _GROWTH_OF_BEFORE.search(text, max(m.start, measure.start - 40), measure.start):
            base, start = measure.value, measure.start
        else:
            return measure
        if base.endswith("_growth") or base in words().growth_names.values():
            return measure
        return Hit(start, end, measure.type, words().growth_names.get(base, f"{base}_growth"), measure.extra)

    @staticmethod
    def _listed_with(text: str, m: Mentions, first: Hit, hit: Hit) -> list[Hit]:
        """"Hunger, youth unemployment and inflation are on the rise": every measure of the list that is the
        verb's subject. The list ends right before the verb and its last item follows "and"/"or"; "To bring down
        spending, tax rates, and inflation, employment has climbed" has none."""
        before = [h for h in m.indicators if h.end <= hit.start]
        if not before or not _UP_TO_VERB.fullmatch(text, before[-1].end, hit.start) or first.start >= hit.end:
            return [first]  # "a vast immigration is increasing our population": the object the verb moves
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
        if name in words().event_measures:
            # "the severity of weather-related disasters is increasing": how hard events strike; not "the intensity
            # of our efforts" (no events)
            if of_object is None or of_object.name.rsplit("_", 1)[-1] not in words().counted_events:
                return None
            return Hit(phrase.start, of_object.end, "indicator", f"{of_object.name}_{name}", {"open": True})
        if of_object is not None and "_" not in name and name in words().trend_heads and name != "use":
            # "the production of consumer goods rose": consumer_goods_production; "the use of chemical weapons is
            # rising" stays no statistic (docs/claim-records.md, "Trends without a figure")
            name = f"{of_object.name}_{name}"
        counted = _NUMBER_OF_BEFORE.search(text, max(m.start, phrase.start - 30), phrase.start)
        w = words()
        events = name.rsplit("_", 1)[-1] in w.counted_events  # "conflicts are multiplying": a count of them
        if not counted and not events and ("_" not in name or name.rsplit("_", 1)[-1] not in w.trend_heads):
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
        # "unemployment is 8 per cent and rising": a bare participle that ends the clause goes on from the figure
        elided += [replace(h, extra={**h.extra, "elided": True}) for h in m.directions if h.start >= last
                   and h not in elided and _AND_BARE.search(text, max(last, h.start - 20), h.start)
                   and text[h.start:h.end].lower().endswith("ing") and _VERB_ENDS.match(text, h.end)]
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
                        said_of = self._as_growth(text, m, said_of, noun)
                        drafts.append(self._draft(text, "trend", m, ctx, said_of,
                                                  Quantity(None, None, _signed(noun.value, said_of, text, m))))
                    continue
            if witnessed is None and noun.extra.get("before_measure"):
                witnessed = _PRESUPPOSED_NEAR.search(text, max(m.start, noun.start - 40), noun.start)
                counted = self._definite_head_of(text, m, noun)
                if counted is not None:
                    self._given_trend(text, m, ctx, noun, counted, drafts)
                    continue
            elif witnessed is None and _PRESUPPOSED_NOUN.search(text, max(m.start, noun.start - 50), noun.start) \
                    and not _MAY_BE.search(text, _clause_start(text, noun.start - 80, noun.start), noun.start):
                # "hit by the rise in prices": the measure is the noun's object, never the frame's subject
                ind = self._noun_trend_subject(text, m, noun, None)
                if ind is not None and self._given_trend(text, m, ctx, noun, ind, drafts):
                    for also in self._and_after(text, m, ind):
                        self._given_trend(text, m, ctx, noun, also, drafts)
                    continue
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
                            and _PARTICIPLE_GAP.fullmatch(text, noun.end, h.start)
                            and not self._of_something_else(text, m, h)), None)
                ind = ind or self._measure_named_after(text, m, noun.end)
            else:
                ind = self._noun_trend_subject(text, m, noun, witnessed)
            if ind is None or any(d.subject.indicator == ind.value for d in drafts) or (
                    listed and _OWN_PREDICATE.match(text, ind.end)):
                continue  # "... our concern, and increased investment is needed": a subject of its own verb
            for said in [ind, *self._and_after(text, m, ind)]:  # "an increase in the number of refugees and migrants"
                said = self._as_growth(text, m, said, noun)  # "a decline in economic growth": gdp_growth
                if not any(d.subject.indicator == said.value for d in drafts):
                    relation = _signed(noun.value, said, text, m)
                    drafts.append(self._draft(text, "trend", m, ctx, said, Quantity(None, None, relation)))
        return self._counted_worldwide(text, m, drafts)

    @staticmethod
    def _and_after(text: str, m: Mentions, ind: Hit) -> list[Hit]:
        """The measures listed right after a change noun's measure: "a rise in prices and wages", "the number of
        refugees, migrants and asylum seekers"; a list ends with "and"/"or" before its last item, and an item with a
        verb of its own starts another clause ("a rise in exports and imports have remained stable")."""
        listed: list[Hit] = []
        last, closed = ind, False
        for h in m.indicators:
            if h.start < last.end:
                continue
            join = _AND_ITEM.fullmatch(text, last.end, h.start)
            if join is None or _ITEM_VERB.match(text, h.end) \
                    or any(h.end <= d.start <= h.end + 2 for d in m.directions):
                return []
            listed.append(h)
            last = h
            if re.search(r"(?i:\b(?:and|or)\b)", join.group()):
                closed = True
                break
        return listed if closed else []

    def _given_trend(self, text: str, m: Mentions, ctx: DocContext, noun: Hit, ind: Hit, drafts: list[Draft]) -> bool:
        """Add the trend a sentence takes as given ("affected by the constant increase in fuel prices", "the growing
        number of attacks"), dated as the speaker's present, once per measure; whether it was added."""
        ind = self._as_growth(text, m, ind, noun)  # "the slowdown in population growth": population_growth
        if any(d.subject.indicator == ind.value for d in drafts):
            return False
        background = replace(ind, extra={**ind.extra, "background": True})
        drafts.append(self._draft(text, "trend", m, ctx, background,
                                  Quantity(None, None, _signed(noun.value, background, text, m))))
        return True

    def _of_something_else(self, text: str, m: Mentions, h: Hit) -> bool:
        """Whether a change noun the lexicon reads as a measure is said of something else: "growth of terrorism", not
        "growth of America" (a place's) nor a measure with no "of" after it."""
        of = OF_AFTER.match(text, h.end)
        if of is None or self.lex["trend_noun"].match_at(text, h.start) is None:
            return False
        the = _THE.match(text, of.end())
        place_at = the.end() if the else of.end()
        return not any(p.start == place_at for p in m.places)  # "of America", "of the United States"

    @staticmethod
    def _bare_in_a_list(text: str, m: Mentions, noun: Hit) -> bool:
        """Whether a participle said without "the" is an item of a list that takes its trend as given: "from the
        pandemic to roaring inflation and rising food prices", "hunger, rising unemployment and growing inequality".
        Only a participle that takes no object (noun_phrases.json intransitive_participles; not "by increasing our
        minimum wage", an act), and not in a clause that says what something in general leads to ("this war is
        leading to rising prices": effect_verbs), what may be ("a risk of soaring inflation") or denies ("no
        evidence of rising unemployment" — anywhere in the clause, where ``negated_before`` looks a few words
        back)."""
        # "Rising inequality is one of them", "that rising sea levels ... are of serious concern to us": a participle
        # opening its sentence or clause as the subject
        opens = _OPENS_WITH.search(text, max(0, noun.start - 12), noun.start) is not None \
            and _GENERIC_PREDICATE.match(text, noun.end, min(len(text), noun.end + 60)) is None \
            and _DENIED_THAT.search(text, max(0, noun.start - 60), noun.start) is None \
            and _HEADING_AFTER.match(text, noun.end) is None
        if text[noun.start:noun.end].lower() not in words().intransitive_participles \
                or not (opens or _BARE_BEFORE.search(text, max(m.start, noun.start - 100), noun.start)):
            return False
        clause = _clause_start(text, noun.start - 80, noun.start)
        return not (_EFFECT_BEFORE.search(text, clause, noun.start) or _MAY_BE.search(text, clause, noun.start)
                    or _DENIED.search(text, clause, noun.start))

    def _definite_head_of(self, text: str, m: Mentions, noun: Hit) -> Hit | None:
        """What "the increasing number of attacks", "the increasing frequency and ferocity of natural disasters", "the
        rising level of public debt" say rises: a measure the lexicon knows after the head, or, after a head that
        counts (number, frequency, incidence), the plural things counted; not "a growing number of countries support"
        (who, not how many) nor "the rising level of the sea" (no measure). A bare participle in a list
        (:meth:`_bare_in_a_list`) says it only of a measure the lexicon knows right after it, never of a head."""
        if not text[noun.start:noun.end].lower().endswith("ing"):
            return None  # "the reduced rate of inflation that all Americans demand": a result, maybe only wished for
        definite = _DEFINITE_BEFORE.search(text, max(m.start, noun.start - 30), noun.start) is not None
        bare = not definite and self._bare_in_a_list(text, m, noun)
        if not definite and not bare:
            return None
        # "the rising cost of living", "the falling oil prices": a measure the lexicon knows right after the participle
        # not "the increasing growth of terrorism": growth of something else ("the surging growth of America" is its)
        right_after = next((h for h in m.indicators if h.start > noun.end
                            and _ADJACENT.fullmatch(text, noun.end, h.start)
                            and not self._of_something_else(text, m, h)), None)
        head = _COUNTING_HEAD_OF.match(text, noun.end)
        if right_after is not None and (head is None or right_after.start < head.end()):
            return right_after
        if head is None or bare:
            return None
        counting = head.group("head").lower().rstrip("s") in ("number", "frequency", "incidence")
        # "the rising level of public debt"; not "the rising cost of iron imported" (a price, not imports)
        known = next((h for h in m.indicators if h.start >= head.end() and not text[h.start:h.end].endswith("ed")
                      and (MODIFIER_GAP if counting else _ADJACENT).fullmatch(text, head.end() - 1, h.start)), None)
        if known is not None:
            return known
        if not counting:
            return None
        phrase = whole_after(text, head.end(), m.end, [(p.start, p.end) for p in m.places])
        if phrase is None or not phrase.name.endswith("s"):
            return None
        w = words()
        if "_" not in phrase.name and phrase.name not in w.counted_worldwide | w.people | w.hosted_people:
            return None  # "the increasing number of challenges": no statistic; "of attacks", "of job opportunities"
        return Hit(phrase.start, phrase.end, "indicator", phrase.name, {"open": True})

    @staticmethod
    def _measure_named_after(text: str, m: Mentions, pos: int) -> Hit | None:
        """A measure the lexicon lacks right after a participle, named by its noun phrase when its head measures or
        counts ("witnessing ... increasing natural disasters", "growing economic inequalities")."""
        phrase = whole_after(text, pos, m.end, [(p.start, p.end) for p in m.places])
        if phrase is None or not _PARTICIPLE_GAP.fullmatch(text, pos, phrase.start):
            return None
        head = phrase.name.rsplit("_", 1)[-1]
        w = words()
        measuring = "_" in phrase.name and (head in w.trend_heads or head.removesuffix("ies") + "y" in w.trend_heads)
        if not measuring and head not in w.counted_worldwide:
            return None  # "rising sea": no measure; "rising conflicts", "rising homicide rates" are
        return Hit(phrase.start, phrase.end, "indicator", phrase.name, {"open": True})

    def _subject_trend(self, text: str, m: Mentions, noun: Hit) -> Hit | None:
        """The measure of a trend noun that opens its clause as the subject of a verb that happened: "The growth of
        direct trade ... has been encouraging", "The decline in unemployment has boosted consumption"; not "The growth
        of the economy is essential" (nothing said to have happened)."""
        if not (_SUBJECT_OPENING.fullmatch(text, m.start, noun.start)
                or _NOUN_SUBJECT_BEFORE.search(text, max(m.start, noun.start - 30), noun.start)):
            return None
        of = IN_OR_OF.match(text, noun.end)
        # "of the Peruvian economy", "of direct trade": the measure may follow a modifier or two
        ind = next((h for h in m.indicators if of and of.end() <= h.start
                    and MODIFIER_GAP.fullmatch(text, of.end(), h.start)), None) if of else None
        if ind is None or not self._heads_subject(text, m, ind):
            return None  # "the expansion of Federal employment agencies": agencies expanded, not employment
        if _GROWTH_WORD.fullmatch(text, noun.start, noun.end) and any(
                d.start >= ind.end and _UP_TO_VERB.fullmatch(text, ind.end, d.start)
                and not (_OBJECT_FOLLOWS.match(text, d.end) or self._noun_follows(text, d.end)) for d in m.directions):
            # "the growth of the population has slowed": the verb says how the growth moved; not "the growth of the
            # population increased demand for food" (the verb moves its object)
            return None
        verb = _HAPPENED_VERB.search(text, ind.end, min(m.end, ind.end + 120))
        definite = _THE_BEFORE.search(text, max(m.start, noun.start - 30), noun.start) is not None
        judged = _JUDGED.search(text, ind.end, min(m.end, ind.end + 120)) if definite else None
        if judged is not None and (verb is None or judged.start() < verb.start()):
            verb = judged
        if verb is None or _BOUNDARY_BEFORE_VERB.search(text, ind.end, verb.start()) \
                or _NOT_HAPPENED.search(text, verb.start(), min(m.end, verb.end() + 12)):
            return None  # "A rise in the minimum wage was rejected", "an increase in public debt has been avoided"
        return ind

    def _noun_trend_subject(self, text: str, m: Mentions, noun: Hit, witnessed: re.Match[str] | None) -> Hit | None:
        """What a trend noun is said of: "a rise in exports", "export growth", or the subject of the verb of
        witnessing ("exports saw a sharp rise"); not "an increase in violence"."""
        of = IN_OR_OF.match(text, noun.end)
        # "a rise in exports", "a drop in oil prices" (the commodity said before the measure)
        ind = next((h for h in m.indicators if of and (h.start == of.end() or any(
            c.start == of.end() and c.end <= h.start and not text[c.end:h.start].strip() for c in m.commodities))),
            None)
        if ind is not None and witnessed is None and not self._ends_object(text, ind):
            return None  # "because of a decrease in the growth of productivity": a change of something else
        if ind is None and not of:
            # "significant economic growth", "export growth"
            ind = next((h for h in m.indicators if h.start <= noun.start < h.end + 2 and h.end <= noun.end), None)
        if ind is None and of is not None:
            # "a dramatic increase in our homicide rates": a measure the lexicon lacks, named by a measuring head;
            # "an increase in the number of attacks": a count of what is counted
            places = [(p.start, p.end) for p in m.places]
            number_of = _NUMBER_OF_AFTER.match(text, of.end())
            phrase = whole_after(text, number_of.end() if number_of else of.end(), m.end, places)
            counted = number_of is not None and phrase is not None and (
                phrase.name.endswith("s") or phrase.name.split("_", 1)[0] in words().people)  # "number of children"
            if phrase is not None and (counted or (
                    "_" in phrase.name and phrase.name.rsplit("_", 1)[-1] in words().trend_heads)):
                return Hit(phrase.start, phrase.end, "indicator", phrase.name, {"open": True})
        if ind is None and witnessed is not None and not (of and _OBJECT_NAMED.match(text, of.end())):
            ind = next((h for h in reversed(m.indicators) if h.end <= witnessed.start()), None)
        return ind

    def _trend_subject(self, text: str, m: Mentions, hit: Hit) -> Hit | None:
        """The indicator a trend verb speaks of: the subject shortly before it ("prices for X are falling"),
        or its object right after it ("is increasing its shipments")."""
        word = text[hit.start:hit.end].lower()
        sent = _SENT.search(text, max(m.start, hit.start - 50), hit.start) if word.endswith("ing") else None
        if sent is not None:
            # "the war has sent the price of gas soaring": the object sent is what moves
            return next((h for h in m.indicators if sent.end("verb") <= h.start and h.end <= hit.start), None)
        # "emissions keep rising", "prices continue increasing": the verb before the participle says it goes on
        auxiliary = _AUXILIARY.search(text, max(m.start, hit.start - 25), hit.start) is not None \
            or _KEEPS.search(text, max(m.start, hit.start - 25), hit.start) is not None \
            or _ENABLED_TO.search(text, max(m.start, hit.start - 50), hit.start) is not None \
            or (elided_participle(text, m.start, hit.start) and not self._noun_follows(text, hit.end)) \
            or (_CONTRACTED_IS.search(text, max(m.start, hit.start - 15), hit.start) is not None
                and not self._noun_follows(text, hit.end)) \
            or hit.extra.get("elided") is True
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
                  and not _SUBORDINATE_SUBJECT.search(text, h.end, hit.start)
                  and (self._heads_subject(text, m, h) or _KEEPS_GAP.fullmatch(text, h.end, hit.start))
                  # "the decline in unemployment has boosted consumption": the decline is the subject, not unemployment
                  and not _CHANGE_OF.search(text, max(m.start, h.start - 30), h.start)
                  and not self._subject_of_another(text, m, h, hit)]
        if before:
            return before[0]
        if not auxiliary:
            return None
        for h in m.indicators:
            if h.start >= hit.end and _OBJECT_GAP.fullmatch(text, hit.end, h.start) and not _owns_next(text, h):
                return h
        return None

    @staticmethod
    def _subject_of_another(text: str, m: Mentions, measure: Hit, verb: Hit) -> bool:
        """Whether a measure before a trend verb is kept from being its subject by what stands between: a later
        clause's own plural subject ("population growth is receding, in many places populations are still growing"),
        or a fronted phrase it ends ("following the recent economic growth, unemployment decreased")."""
        later = _LATER_SUBJECT.search(text, measure.end, verb.start)
        if later is not None and not any(x.start <= later.start("noun") < x.end for x in m.indicators):
            return True
        return text[measure.end:measure.end + 1] == "," and _FRONTED_PHRASE.search(
            text, max(m.start, measure.start - 60), measure.start) is not None

    @staticmethod
    def _noun_follows(text: str, pos: int) -> bool:
        """Whether the word after ``pos`` is a noun, not a word that follows a verb ("expanded regional cooperation";
        not "expanded rapidly", "expanded to new markets", "expanded.")."""
        after = NEXT_WORD.match(text, pos)
        if after is None:
            return False
        word = after.group(1).lower()
        return word not in words().function_words and not word.endswith("ly") and not word.isdigit()

    @staticmethod
    def _heads_subject(text: str, m: Mentions, h: Hit) -> bool:
        """Whether a measure can be a verb's subject: the head of its noun phrase, not a word before another noun
        ("individual income taxes were reduced", "forest reserves are created") nor the object of a preposition
        other than "of" ("rates of interest for industry have been reduced")."""
        after = NEXT_WORD.match(text, h.end)
        w = words()
        word = after.group(1).lower() if after is not None else ""
        if after is not None and not (word in w.function_words or word.endswith(("ly", "ed"))
                                      or word.rstrip("s") in w.measure_heads or word in w.after_subject
                                      or any(x.start == after.start(1) for x in [*m.directions, *m.places])):
            return False  # "child mortality rates are falling", "wealth worldwide has grown" are said of the measure
        before = _WORD_BEFORE_HIT.search(text, max(m.start, h.start - 12), h.start)
        if before is not None and before.group(1).lower() == "of" and h.value == "population":
            # "the standard of living of the population is rising": whose, not what rises; "the size of the population"
            # (a word that measures) is the population
            head = _WORD_BEFORE_HIT.search(text, max(m.start, before.start() - 20), before.start(1))
            return head is not None and head.group(1).lower().rstrip("s") in w.measure_heads
        return before is None or before.group(1).lower() not in _NOT_A_SUBJECT_AFTER

    def _ends_object(self, text: str, h: Hit) -> bool:
        """Whether a measure is the head of a verb's object, not a word before it: "increased our ODA budget", "the
        salaries of civil servants", "its carbon emissions by"; not "our employment opportunity enforcement", "the
        free trade system", "the growth of spending" (a change of something else)."""
        if _owns_next(text, h):
            return False  # "improved workers' safety standards": whose standards, not the workers
        after = NEXT_WORD.match(text, h.end)
        if after is None:
            return True
        word = after.group(1).lower()
        if word == "of":
            return self.lex["trend_noun"].match_at(text, h.start) is None
        w = words()
        return word in w.prepositions or word in w.boundaries or word in w.adverbs or word.endswith("ly") \
            or word in w.object_heads


def _in_or_of_after(text: str, m: Mentions, growth: Hit) -> Phrase | None:
    """What bare "growth" is said of right after it, when it is no economy ("growth in agriculture", "growth of the
    services sector"; not "growth of the economy", `gdp_growth_of`), and no measure the lexicon knows (read as such)."""
    joined = _IN_OR_OF_NEXT.match(text, growth.end, m.end)
    if joined is None or any(h.start == joined.end() for h in m.indicators):
        return None
    phrase = whole_after(text, joined.end(), m.end, [(p.start, p.end) for p in m.places])
    if phrase is None or phrase.name.rsplit("_", 1)[-1] in words().gdp_growth_of:
        return None
    return phrase


def elided_participle(text: str, clause_start: int, verb_start: int) -> bool:
    """Whether a clause is only "and" and a verb whose subject is the clause before's ("..., and rapidly increasing",
    "and still growing")."""
    opening = _PARTICIPLE_OPENING.fullmatch(text, clause_start, verb_start)
    return opening is not None and (_AND_OR_BUT.search(opening.group()) is not None
                                    or _JOINED_BEFORE.search(text, max(0, clause_start - 8), clause_start) is not None)


def _signed(relation: str | None, ind: Hit, text: str, m: Mentions) -> str | None:
    """A trend of a deficit is the opposite trend of the balance it is part of: "the deficit fell" → the
    balance rose (docs/claim-records.md: deficits are negative)."""
    if not negative_measure(text, m, ind) or relation not in ("rising", "falling"):
        return relation
    return "falling" if relation == "rising" else "rising"


def _owns_next(text: str, h: Hit) -> bool:
    """Whether a measure is said as an owner ("workers' safety standards", "exports' value"): the noun after it is
    what the sentence speaks of."""
    return text[h.end:h.end + 1] in ("'", "’")


def _clause_start(text: str, start: int, end: int) -> int:
    """The start of the clause ``end`` is in, looking back no further than ``start``: "We have not seen any
    recovery, but we have seen rising exports" — the negation is the first clause's."""
    start = max(0, start)
    cut = max(text.rfind(",", start, end), text.rfind(";", start, end))
    return cut + 1 if cut >= 0 else start

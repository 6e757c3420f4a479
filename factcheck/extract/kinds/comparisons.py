"""Two series compared: growth ("three times faster than"), ratios ("half as much as"), a series
against its own past ("one-quarter of what they had been in 1938") and "higher than" with no figure."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.clause_reader import (
    HIGHER,
    LOSS_BEFORE,
    ClauseReader,
    Draft,
    Mentions,
    is_bare_budget_balance,
)
from factcheck.extract.context import DocContext
from factcheck.extract.noun_phrases import alternation, whole_after, words
from factcheck.extract.periods import shift_years
from factcheck.extract.places import THERE
from factcheck.extract.quantities import QuantityMention
from factcheck.model import Quantity, Subject

_GROWTH_AFTER = re.compile(r"(?i:\s+(?:faster|quicker|more\s+quickly|more\s+rapidly|slower|more\s+slowly)\s+than\b"
                           r"|\s+as\s+(?:fast|quickly|rapidly|slowly)\s+as\b"
                           r"|\s+the\s+(?:rate|pace|speed)\s+of\b)")  # "grew at twice the rate of imports"
_RATIO_AFTER = re.compile(r"(?i:\s+as\s+(?:much|many|large|big|high|great|valuable)\b(?P<what_as>.*?)\bas\b"
                          # "four times more carbon than forests", "three times more likely to be unemployed than"
                          r"|\s+(?P<cmp>more|less|larger|higher|greater|bigger|smaller|lower|fewer)"
                          r"\s+(?P<what>(?:[\w-]+\s+){0,6}?)(?:than|compared\s+(?:to|with))\b"
                          # "nearly twice what the U.S. has"
                          r"|\s+what\b(?=(?:[^.;,]|\.(?=\w)){0,40}\b(?:has|have|had|does|did|spends|spent|produces"
                          r"|emits)\b))")
_WHAT_IT_WAS = re.compile(r"(?i:\s+(?:(?:of\s+)?what\s+(?:it|they|this|these|that|those)\s+(?:had\s+been|was|were|"
                          r"used\s+to\s+be)|(?:of\s+)?(?:that|those|(?:the|its|their)\s+(?:levels?|values?|amounts?"
                          r"|volumes?|figures?))"
                          # "8 times the level of 1968", "twice the value for the same period in 1879", "80 per cent of
                          # the levels of 1928"
                          r"\s+(?:of|in|for)(?=\s+(?:the\s+year\s+|the\s+same\s+period\s+(?:of|in)\s+)?"
                          r"(?:1[89]|20)\d\d\b)"
                          # "80 per cent of their 1928 level"
                          r"|(?:of\s+)?(?:the|its|their)\s+(?:1[89]|20)\d\d\s+(?:levels?|values?|figures?)"
                          # "half what it was a year ago", "twice what they were five years ago"
                          r"|(?:of\s+)?what\s+(?:it|they)\s+(?:had\s+been|was|were|used\s+to\s+be)"
                          r"(?=\s+(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|decades?)"
                          r"\s+ago|last\s+year)\b))\b)")
_ADJECTIVE_ENDINGS = (*words().not_kind_endings, *words().quality_endings)
_RATIO_OF = re.compile(r"(?i:\s+(?:of|that\s+of|those\s+of)\b)")
_FRACTION_OF_A_WHOLE = re.compile(r"(?i:\s+of\s+(?:its|our|the)\s+(?:total\s+|entire\s+|whole\s+|national\s+)?"
                                  r"(?P<whole>" + alternation(words().share_wholes) + r")\b)")
_WHOSE = re.compile(r"(?i:,?\s*whose\s+$)")
_RATIO_SIZE = re.compile(r"(?i:\s+(?:the|that)\s+(?:size|area|amount|number|volume|value|level|scale|length)\s+of\b)")
_RATIO_AVERAGE = re.compile(r"(?i:\s+(?:the|its)\s+(?:(?P<world>world|global|international|worldwide)\s+|[\w-]+\s+)?"
                            r"average\b)")
_MEASURE_NEXT = re.compile(r"(?i:\s+(?:(?:our|its|their|the|his|her|total|all)\s+)?)")
_RATIO_BEFORE = re.compile(r"(?i:\b(?:is|are|was|were|amounts?\s+to|amounted\s+to|equals?|equalled)\s+(?:only\s+)?$)")
_THAN_EARLIER = re.compile(r"(?i:\s*(?:in|during|before|at\s+the\s+(?:start|beginning)|the\s+same\s+period|the\s+pre"
                           r"|\d{4}|a\s+year\s+(?:ago|earlier)|last\s+year|(?:it\s+)?was\b))")
_FASTER = re.compile(r"(?i:\b(?:grow\w*|grew|ris\w+|rose|increas\w+|expand\w*)\s+(?:much\s+|far\s+)?"
                     r"(?:faster|more\s+quickly|more\s+rapidly|slower|more\s+slowly)\s+than\b"
                     # "exports have outpaced imports" (not "an outgrowth of", a noun)
                     r"|\b(?:outpac\w+|outstrip\w*|outgr(?:ew|ow(?!th))\w*|outperform\w*)\b)")
# "20 per cent higher than", "80 percent above": a figure said against something else
_PERCENT_THAN = re.compile(r"(?i:[\s-]*(?:(?P<cmp>higher|more|greater|larger|bigger|lower|less|smaller|fewer"
                           r"|cheaper)\s+than|(?P<above>above|below))\s+(?:that\s+of\s+|those\s+of\s+)?)")
_AT_BEFORE = re.compile(r"(?i:\bat\s+$)")  # "grew at twice the world average"
_WORLD_NEXT = re.compile(r"(?i:(?:the\s+)?(?:global|world|worldwide)\b)")
_FLIPPED = {"over": "under", "under": "over", "almost": "over"}  # a relation said of a fall, as one of what is left
_WORLD_AFTER = re.compile(r"(?i:\s+(?:the\s+)?(?:global|world|worldwide)\b)")


_ANY_OTHER = re.compile(r"(?i:\s+(?:in\s+)?(?:(?:almost|nearly|virtually|practically)\s+)?(?:any|all)\s+other\b)")
# "we had a trade surplus", "America achieved a trade surplus in 1973", "there was a trade deficit": a balance's sign
_HAD_BALANCE = re.compile(r"(?i:\b(?:" + alternation(words().balance_verbs) + r")\s+(?:a|an|our|its)?\s*"
                          # "a large trade surplus", "a positive"; not "no", "eliminated the", "overcome"
                          r"(?:(?!(?:no|not|never|any)\b)[a-z-]+(?<!ed)(?<!ing)\s+){0,2}$)")
_IN_A_PART = re.compile(r"(?i:\s+in\s+(?!\d|the\s+(?:first|second|third|fourth|last|past)\b"
                        r"|(?:(?:its|our|their)\s+)?(?:(?:foreign|external|overall|total)\s+)?trade\b)[a-z])")
# "a trade surplus with us", "they used to have", "until 2015", "in agricultural products": someone else's balance, a
# time the sentence does not date, or a part of trade
_NOT_OUR_BALANCE = re.compile(r"(?i:\bwith\s+us\b|\bused\s+to\b|\buntil\b|\bbefore\b|\bunlike\b|\b(?:they|their|"
                              r"partners?)\b)")
_AGAINST_A_TARGET = re.compile(r"(?i:[^.;]{0,60}?\b(?:targets?|goals?|expectations?|forecasts?|projections?|thresholds?"
                               r"|limits?|ceilings?|benchmarks?|commitments?)\b)")

class ComparisonReader(ClauseReader):
    """Growth comparisons, ratios and comparisons with a series' own past."""

    def _comparison(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """Growth ("three times faster than") and ratio ("half as much as", "twice as large as")."""
        for q in m.quantities:
            past = _WHAT_IT_WAS.match(text, q.end, m.end)
            if q.unit == "%" and past and not LOSS_BEFORE.search(text, max(m.start, q.start - 30), q.start):
                # "has fallen to about 80 per cent of the levels of 1928": a change against that year, of −20 %; not
                # "lost 12 per cent of their value in 2018", a fall by 12 %
                drafts = self._against_its_past(text, m, ctx, replace(q, value=q.value / 100), past.end())
                if drafts:
                    return drafts
            if q.kind not in ("times", "fraction"):
                continue
            if past:
                drafts = self._against_its_past(text, m, ctx, q, past.end())
                if drafts:
                    return drafts
            growth = _GROWTH_AFTER.match(text, q.end, m.end)
            ratio = None if growth else _RATIO_AFTER.match(text, q.end, m.end)
            of_ratio = None
            if not growth and not ratio and _RATIO_BEFORE.search(text, m.start, q.start) \
                    and not (q.kind == "fraction" and self._part_of_a_whole(text, m, q)):
                # "the number of displaced amounts to one-third of its population": a share of the whole (shares.py)
                of_ratio = _RATIO_OF.match(text, q.end, m.end)
            if not growth and not ratio and not of_ratio and q.kind == "times":
                of_ratio = _RATIO_SIZE.match(text, q.end, m.end)
            if not growth and not ratio and not of_ratio:
                of_ratio = _RATIO_AVERAGE.match(text, q.end, m.end)  # "twice the world average"
            if not growth and not ratio and not of_ratio and q.kind == "times" \
                    and _RATIO_BEFORE.search(text, m.start, q.start):
                # "our exports are three times our imports": the measure compared with right after the multiplier
                gap = _MEASURE_NEXT.match(text, q.end, m.end)
                of_ratio = gap if gap and any(h.start == gap.end() for h in m.indicators) else None
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
            named, known = self._compared_measure(text, m, found) if ratio else (None, False)
            if named is not None and (known or ind is None):
                # "10 times as many people died from AIDS as were killed in wars": the measure is named between
                # the words, the other side's after them; "four times more carbon than forests": a measure the
                # lexicon lacks, and the other side is a subject compared on the same measure
                ind = named
                if not known or not right:
                    against_ind, right = named, []
            split = found.end() - len(found.group().split()[-1])  # where "than"/the last "as" begins
            right_places = [p for p in m.places if p.start >= found.end()]
            if found.re is _RATIO_AVERAGE:
                # "twice the world average", "half the EU average": the place is named inside the phrase
                split = q.start
                right_places = [p for p in m.places if found.start() <= p.start < found.end()]
            left_places = [p for p in m.places if p.end <= split]
            entity, partner = self._roles(left_places, ind or "", ctx)
            whose = _WHOSE.search(text, max(m.start, left[-1].start - 12), left[-1].start) if left else None
            antecedent = next((p for p in left_places if whose is not None and p.end == whose.start()), None)
            if antecedent is not None:
                # "doing business with the United States, whose gross domestic product is 50 times the size of Iran's":
                # the place the relative clause hangs on is whose measure it is
                entity, partner = antecedent.code, None
            a_entity, a_partner = self._roles(right_places, against_ind or "", ctx, entity)
            if not right_places or THERE.search(text, found.end(), m.end):
                a_partner = a_partner or partner
            if found.re is _RATIO_AVERAGE:
                if ind is None:
                    continue  # "our tariffs are half the EU average": no measure the lexicon knows
                if found.group("world"):
                    a_entity, a_partner = "world", None
                elif (against_ind, a_entity, a_partner) == (ind, entity, partner):
                    continue  # "three times the national average": the part of the nation it speaks of is unnamed
            kind = "growth" if growth else "ratio"
            average = found.re is _RATIO_AVERAGE
            if average and _AT_BEFORE.search(text, max(m.start, q.start - 6), q.start) and any(
                    d.end <= q.start and (not left or d.start >= left[-1].end) for d in m.directions):
                kind = "growth"  # "our economy grew at twice the world average": the pace, not the level
            commodity = m.commodities[0].value if m.commodities else None
            base_here = any(p.role == "base" and found.start() <= p.start <= found.end() + 3 for p in m.periods)
            earlier = None if right or right_places or average else next(
                (p for p in m.periods if p.period and p.end > found.end() and p.start <= found.end() + 40), None)
            if (ratio or of_ratio) and earlier is not None and earlier.period is not None:
                # "five times as many Palestinians as there were in 1948", "8 times the level of 1968", "six times
                # as much as they were seven years ago": one series against its own past
                period = self._period("change", [p for p in m.periods if p is not earlier], ctx)
                # "nine times higher than during the same period in 1956": the same months of that year
                base = self._base(period, earlier) if earlier.role == "base" else earlier.period
                period = replace(period, base_start=base.start, base_end=base.end)
                return [Draft("change", Subject(ind, entity, partner, commodity), period,
                              claimed=Quantity(round((value - 1) * 100, 4), "%", q.relation, None, 1.0))]
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

    @staticmethod
    def _compared_measure(text: str, m: Mentions, found: re.Match[str]) -> tuple[str | None, bool]:
        """The measure a ratio names between its words ("four times more carbon than", "five times as many
        Palestinians as"), and whether the lexicon knows it (else it is the noun phrase's name)."""
        group = next((g for g in ("what", "what_as") if found.groupdict().get(g) and found.group(g).strip()), None)
        if group is None:
            return None, False
        start, end = found.span(group)
        known = next((h for h in m.indicators if start <= h.start < end), None)
        if known is not None:
            return known.value, True
        if any(start <= c.start < end for c in m.commodities):
            return None, False  # "three times more oil than we export": a commodity of the flows either side
        phrase = whole_after(text, start, end)
        if phrase is not None and "_" not in phrase.name and phrase.name.endswith(_ADJECTIVE_ENDINGS):
            return None, False  # "600 times more powerful than", "more dangerous than": a quality, no measure
        return (phrase.name if phrase else None), False

    def _against_its_past(self, text: str, m: Mentions, ctx: DocContext, q: QuantityMention,
                          after: int) -> list[Draft]:
        """"exports in 1952 were one-quarter of what they had been in 1938", "twice what it was in 2010": a
        change of one series against its own earlier value (−75 %, +100 %), the year named its base."""
        base = next((p for p in m.periods if q.end <= p.start <= after + 12 and (p.period or p.shift)), None)
        ind = next((h for h in reversed(m.indicators) if h.end <= q.start), None)
        if base is None or ind is None:
            return []
        entity, partner = self._roles([p for p in m.places if p.end <= q.start], ind.value, ctx)
        period = self._period("change", [p for p in m.periods if p is not base], ctx)
        # "half what it was a year ago": a base said as years back from the claim's own period
        earlier = base.period or shift_years(period, base.shift)
        if (earlier.start or "") >= (period.start or ""):
            period = shift_years(earlier, -1)  # "half what it was last year": the claim is of the year after
        period = replace(period, base_start=earlier.start, base_end=earlier.end)
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
        if ind is None and not right:
            return []  # "challenges outpace twentieth-century institutions": no measure grows
        entity, partner = self._roles([p for p in m.places if p.end <= found.start()], ind or "", ctx)
        a_entity, a_partner = self._roles([p for p in m.places if p.start >= found.end()], ind or "", ctx, entity)
        if _WORLD_AFTER.match(text, found.end()):
            a_entity = "world"
        slower = "slow" in found.group().lower()
        return [Draft("growth", Subject(ind, entity, partner), self._period("growth", m.periods, ctx),
                      against=Subject(right[0].value if right else ind, a_entity, a_partner),
                      claimed=Quantity(1.0, "ratio", "under" if slower else "over", None, 1.0))]

    def _percent_than(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """"Our exports to China are 20 per cent higher than our exports to India", "wages 80 percent above the
        global average": a ratio of 1 ± N/100 against another series. Against an earlier time ("5 per cent higher
        than in 2015", "than last year") it is a change, which the amount reader gives; against the same series
        unnamed ("80 percent above the national average") it is noted, with no figure to check."""
        drafts: list[Draft] = []
        for q in m.quantities:
            said = _PERCENT_THAN.match(text, q.end, m.end) if q.unit == "%" else None
            if said is None or any(p.end > said.start() and p.start <= said.end() + 40
                                   and not any(said.end() <= h.start < p.start for h in [*m.indicators, *m.places])
                                   for p in m.periods):
                # "than in 2015", "than it was in 1871", "than the peak recorded in the year to June 2009": a time,
                # read by the amount reader as a change
                continue
            left = [h for h in m.indicators if h.end <= q.start]
            if not left:
                continue
            ind = left[-1]
            if any(ind.end <= d.start and d.end <= q.start for d in m.directions):
                continue  # "exports rose 5 per cent more than imports": a difference of growth, not of levels
            right = [h for h in m.indicators if h.start >= said.end()]
            commodity = next((c.value for c in m.commodities if c.end <= q.start), None)
            a_commodity = next((c.value for c in m.commodities if c.start >= said.end()), commodity)
            entity, partner = self._roles([p for p in m.places if p.end <= q.start], ind.value, ctx)
            against_ind = right[0].value if right else ind.value
            a_entity, a_partner = self._roles([p for p in m.places if p.start >= said.end()], against_ind, ctx,
                                              entity)
            if _WORLD_NEXT.match(text, said.end()):
                a_entity, a_partner = "world", None  # "above the global average"
            period = self._period("ratio", m.periods, ctx)
            if (against_ind, a_entity, a_partner, a_commodity) == (ind.value, entity, partner, commodity):
                # "80 percent above the national average": a part of the series the sentence does not name
                drafts.append(Draft("other", Subject(ind.value, entity, partner, commodity), period, figure_at=q.start,
                                    note=f"{q.text} {said.group().strip()} …: compared with no series named"))
                continue
            word = (said.group("cmp") or said.group("above")).lower()
            lower = word in ("lower", "less", "smaller", "below", "fewer", "cheaper")
            value = 1 - q.value / 100 if lower else 1 + q.value / 100
            # "more than 20 per cent lower" is a ratio under 0.8, "almost 20 per cent lower" one a little over it
            relation = _FLIPPED.get(q.relation, q.relation) if lower else q.relation
            drafts.append(Draft("ratio", Subject(ind.value, entity, partner, commodity), period,
                                against=Subject(against_ind, a_entity, a_partner, a_commodity),
                                claimed=Quantity(round(value, 6), "ratio", relation, None, 1.0), figure_at=q.start))
        return drafts

    @staticmethod
    def _part_of_a_whole(text: str, m: Mentions, q: QuantityMention) -> bool:
        """Whether a fraction is said of a whole its subject is part of ("the number of displaced amounts to one-third
        of its population"), not of the same measure elsewhere ("our budget is one tenth of the budget of a city")."""
        whole = _FRACTION_OF_A_WHOLE.match(text, q.end, m.end)
        if whole is None:
            return False
        return re.search(rf"(?i:\b{re.escape(whole.group('whole'))}\b)", text[m.start:q.start]) is None

    def _balance_said(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """"We had a trade surplus in 2017", "America achieved a trade surplus in 1973": the sign of the balance of
        trade said without a figure is a ratio of exports to imports of 1, ``over`` for a surplus, ``under`` for a
        deficit (a budget's bare "deficit" is not trade's)."""
        if m.quantities:
            return []
        for ind in m.indicators:
            sign = ind.extra.get("sign")
            if ind.value != "trade_balance" or not sign or is_bare_budget_balance(text, m, ind) \
                    or not _HAD_BALANCE.search(text, max(m.start, ind.start - 40), ind.start) \
                    or self._negated(text, m.start, ind) or _NOT_OUR_BALANCE.search(text, m.start, m.end) \
                    or m.commodities or _IN_A_PART.match(text, ind.end):
                continue
            entity, partner = self._roles(m.places, "exports", ctx)
            return [Draft("ratio", Subject("exports", entity, partner), self._period("ratio", m.periods, ctx),
                          against=Subject("imports", entity, partner),
                          claimed=Quantity(1.0, "ratio", "over" if sign > 0 else "under", None, 1.0))]
        return []

    def _higher(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """"higher than" with no figure: against an earlier year a trend ("spending in 2016 was $1.69 trillion,
        which was higher than in 2015"), against another series a ratio of 1 ("exports to China are now higher
        than exports to Russia": ``over``)."""
        found = HIGHER.search(text, m.start, m.end)
        if not found or any(x.end <= found.start() <= x.end + 3 or found.end() <= x.start <= found.end() + 3
                            or x.start <= found.start() < x.end for x in m.quantities):
            return []  # "20 per cent higher than", "equal to 12.9 per cent of GDP": a figure's, read elsewhere
        if _AGAINST_A_TARGET.match(text, found.end()) or _ANY_OTHER.match(text, found.end()):
            # "has exceeded both the national and EU headline targets": a target met, no second series; "far higher
            # than in almost any other country": a rank (superlatives.py), not a ratio to a region
            return []
        equal = found.group("eq") is not None  # "our reserves are equal to the country's GDP": a ratio of 1
        lower = not equal and (found.group("cmp") or "").lower() in ("lower", "smaller", "less", "fewer")
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

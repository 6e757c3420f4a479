"""Shares: a part of a whole ("Africa accounts for less than 2% of exports", "4 per cent of GDP",
"50 per cent of the world's paramos", "60 per cent of whom")."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.clause_reader import (
    AIMED,
    FIRST_PERSON,
    GROUP_AFTER,
    GROUP_FRACTION,
    LOSS_BEFORE,
    OF_AFTER,
    SHARE_INDICATORS,
    SPEAKERS_OWN,
    WORLDWIDE_AFTER,
    ClauseReader,
    Draft,
    Mentions,
    change_before,
    dated_by_span,
    from_before,
    is_bare_budget_balance,
    lacked,
    to_before,
)
from factcheck.extract.context import DocContext
from factcheck.extract.lexicon import Hit
from factcheck.extract.noun_phrases import alternation, subject_before, whole_after, words
from factcheck.extract.places import Place
from factcheck.extract.quantities import QuantityMention
from factcheck.model import Period, Quantity, Subject

_OF_WHOM = re.compile(r"(?i:(?:whom|which|them|these|those|it)\b)")
_OWNER_OF_SHARE = re.compile(r"(?:'s|’s|')\s+")  # "Belarus's share of"
_WHOLE_THEN_ON = re.compile(r"(?i:\s+of\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)")
_SPENT = re.compile(r"(?i:\b(?:" + alternation(words().spending_verbs) + r")\b)")
_OUR_SHARE = re.compile(r"(?i:\bour\s+$)")
_SHARE_OF_WORLD = re.compile(r"(?i:\bshare\s+(?:of|in)\s+(?:the\s+)?(?:world(?:'s|’s)?|global|international)\s+)")
_SHARE_OF = re.compile(r"(?i:\s+of\s+(?:the\s+)?(?:\w+(?:'s|’s)?\s+){0,3}?)")
# "Of our total annual exports more than three-fourths are ...", "Of our exports, 60 per cent go to Europe": the whole
# said first, a measure of it and at most a few modifiers and a comma before the figure. "Of" opens a sentence (no
# word, or word and space, right before it) or follows a comma or "and"; "most of our exports" is no such whole.
_FRONTED_OF = re.compile(r"(?i:(?:(?<![\w,;:]\s)(?<![\w,;:])(?=of\b)|[,;:]\s*|\b(?:and|but)\s+)of\s+"
                         r"(?:(?:the|our|its|their|all|this|total|annual"
                         r"|[\d.,]+(?:\s+(?:thousand|million|billion))?)\s+)*(?P<whole>[\w-]+(?:\s+[\w-]+){0,2})\s*,?\s*"
                         r"(?:(?:about|some|over|nearly|almost|more\s+than|less\s+than|fully|only|just|roughly|around)"
                         r"\s+)?$)")
_ENDS_IN_PREPOSITION = re.compile(r"(?i:\b(?:by|to|in|at|from|of|on|for|with|than)$)")
_HALF_THE = re.compile(r"(?i:\s+(?=(?:the|our|its|their|this)\s))")
_MODIFIERS = re.compile(r"(?i:(?:[\w-]+\s+){0,2})")
# "of Guinea-Bissau's territory is (largely) comprised of": the whole, its verb, then what it is made of
_WHOLE_IS = re.compile(r"(?i:\s+of\s+(?:[\w'’-]+\s+){1,4}?(?:is|are|was|were|has\s+been|have\s+been|has|have)\s+"
                       r"(?:(?:now|still|already|\w+ly)\s+){0,2})")
# "is literate.", "are civilians,", "are estimated to be counterfeit": one word says what the part is
_ONE_WORD_PREDICATE = re.compile(r"(?i:(?:(?:estimated|believed|thought|said|considered|reported)\s+to\s+be\s+)?"
                                 r"(?P<word>[a-z]{4,}(?:-[a-z]+)?)(?=\s*(?:[.,;:!?]|$)|\s+(?:but|while|whereas)\b"
                                 r"|\s+(?P<joined>and|or)\b))")  # "are women and children": one word of two
_MADE_OF = re.compile(r"(?i:(?:" + alternation(words().part_named_after) + r")\s+(?:\w+ly\s+)?)")
# "my country hosts up to", "we in the Pacific supply approximately": the speaker holds the part of a world total (not
# "We know that half of the world's coral reefs ...", "We were in isolation from a quarter of the world's people")
_SPEAKER_HAS = re.compile(r"(?i:\b(?:we|my\s+country|our\s+country|our\s+nation)\b(?:\s+[\w-]+){0,3}?\s+(?:"
                          + alternation(words().holding_verbs) + r")\s+$)")
_SUBJECT_GAP = re.compile(r"(?i:\s+(?:(?:countries|nations|states|economies|alone|together|now|still|only|also"
                          r"|currently|already)\s+){0,2})")  # "the G20 countries produce", "Africa alone accounts for"
_OWNED_WHOLE = re.compile(r"(?i:\b(?:our|its|their|my)\b|['’]s?\s)")  # "of our flowers sold around the world"
_PART_AFTER = re.compile(r"(?i:\s(?:to|on|for|in)\s+(?:the\s+|its\s+|our\s+)?)")
# "... of global climate finance goes to Africa", "... of the world's vaccines went to Africa": where a world total's
# part goes (`share_going_verbs` in noun_phrases.json)
_GOES_TO = re.compile(r"(?i:\s+(?:(?:only|still|currently|now|actually|ever|annually)\s+)?(?:"
                      + alternation(words().share_going_verbs) + r")\s+(?:to|into|for)?\s*(?:the\s+)?)")
_AND_PLACE = re.compile(r"(?i:\s*(?:,|and|or)\s*(?:the\s+)?)")
_WORLD_WHOLE = re.compile(r"(?i:\s+of\s+(?:the\s+)?(?:world(?:'s|’s)?|global|worldwide|planet(?:'s|’s))\s+"
                          r"(?:(?:total|annual|overall)\s+)?)")
_SPACE_BEFORE_NOUN = re.compile(r"\s+(?=[a-z])")
_DESTROYED_BEFORE = re.compile(r"(?i:\b(?:" + alternation(words().damage_verbs) + r")\b[^.;]*$)")
_OF_THE = re.compile(r"(?i:\s+of\s+(?:the\s+)?)")
_OUR_WHOLE = re.compile(r"(?i:\b(?:our|my\s+country's|my\s+country’s)\s+(?:[\w-]+\s+){0,2}$)")
# ", and Turkey continues to occupy 37 per cent of ...": a clause with a subject of its own by name
_CLAUSE_WORD = re.compile(r"(?i:[;:]|\b(?:despite|although|though|while|whereas|but|because|in\s+spite\s+of"
                          r"|and\s+made)\b|,\s*and\s+(?-i:[A-Z]))")
_COMPARED_FIGURE = re.compile(r"(?i:\b(?:compared\s+(?:to|with)|as\s+against|versus|up\s+from|down\s+from)\s+$)")
_WHOLE_WORDS = (r"(?:(?:the|our|its|their|his|her|this|all|total|overall|entire|whole|national"
                r"|" + alternation(words().whole_modifiers)  # "of our adult population"
                + r"|(?:(?-i:[A-Z])[\w.-]*\s+){0,2}[\w-]+(?:'s|’s)"  # "of Sri Lanka's population"
                # "of the Iraqi population"; not a people ("of Yemenis need"), which is the whole itself
                r"|(?-i:[A-Z][a-z])[\w-]*(?<!s)"  # not an abbreviation ("of EU imports come from China")
                r"|[\d.,]+(?:\s+(?:thousand|million|billion))?|[a-z]+ly|[a-z]+ed"  # "of the 4.5 million
                # workers", "of the newly created jobs", "of the total value of imports"
                r"|(?:" + alternation(words().measure_heads) + r")\s+of)\s+)*")
_WHOLE_GAP = re.compile(r"(?i:\s+of\s+" + _WHOLE_WORDS + ")")
_WHOLE_GAP_HALF = re.compile(r"(?i:\s+" + _WHOLE_WORDS + ")")  # "half the population"


class ShareReader(ClauseReader):
    """Shares of a named, an open or a world whole."""

    def _share(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """"Africa accounts for 2% of exports", "a third of exports go to the EU", "the share of the EU in
        Belarusian exports was 5%", "defence spending is 5% of GDP" (a share of a named whole)."""
        verbs = self.lex["share"].find(text, m.start, m.end)
        drafts: list[Draft] = []
        for q in m.quantities:
            if q.unit != "%" and q.kind != "fraction":
                continue
            if self._change_of(text, m, q):
                continue  # "contributed to a price increase of 12.3 per cent and 9 per cent": changes, not shares
            if self._superseded(text, m, q) or AIMED.search(text, max(m.start, q.start - 80), q.start) \
                    or GROUP_AFTER.match(text, q.end, m.end):
                # "to 3 per cent from 8 per cent of GDP": the figure left behind; "to protect 30% of"; "1 per cent of
                # the richest": who
                continue
            of = _SHARE_OF.match(text, q.end, m.end) or _fraction_noun(text, q, m) or _half_the(text, q, m)
            fronted = _FRONTED_OF.search(text, max(m.start, q.start - 80), q.start) if not of else None
            if fronted is not None and (self.lex["direction"].find(text, fronted.start("whole"), fronted.end("whole"))
                                        or _ENDS_IN_PREPOSITION.search(fronted.group("whole"))):
                fronted = None  # "Of\nExports fell by 3%": a verb, not a whole
            # "Of our exports, 60 per cent go to Europe": the whole said before the figure
            whole_said = [h for h in m.indicators
                          if fronted and fronted.start("whole") <= h.start < fronted.end("whole")]
            if not verbs and not of and not whole_said:
                continue
            gap = _WHOLE_GAP_HALF if of is not None and of.re is _HALF_THE else _WHOLE_GAP
            whole = whole_said[-1:] or [h for h in m.indicators if of and (gap.fullmatch(text, of.start(), h.start)
                                                                          or _the_people_counted(text, q, h))]
            world_whole = _WORLD_WHOLE.match(text, q.end, m.end) if of is not None else None
            world_ind = next((h for h in m.indicators if world_whole and h.start >= world_whole.end()
                              and _MODIFIERS.fullmatch(text, world_whole.end(), h.start)), None)
            if world_whole is None and whole and not whole_said and self._worldwide(text, m, q, whole[-1].end):
                # "Iran hosts 3 per cent of refugees worldwide": as "of the world's refugees"
                world_whole = WORLDWIDE_AFTER.match(text, whole[-1].end, m.end)
                world_ind = whole[-1]
            claimed = _as_percent(q)
            if of and LOSS_BEFORE.search(text, max(m.start, q.start - 30), q.start):
                lost = self._loss(text, m, q, whole, ctx)
                if lost:
                    drafts += lost
                    continue
            period = self._period("share", self._periods_for(text, m, q), ctx)
            span_year = dated_by_span(text, m, q)
            if span_year is not None:
                period = Period(span_year, span_year)  # "between 2010 and 2018, from 2 per cent of GDP to 5 per cent"
            share_of_world = self._share_of_world(text, m, q, ctx)
            if share_of_world is not None:
                entity, measure = share_of_world
                drafts.append(Draft("share", Subject(measure, entity, None), period,
                                    against=Subject(measure, "world", None), claimed=claimed))
                continue
            if whole and whole[-1].value in words().world_measures:
                # a part of a total only the world has (the UN's members, the rise of the sea): the named owner's
                # when a verb of sharing follows it ("Africa accounts for almost 40 per cent of the States Members
                # of the United Nations"), else the world's part, named by what is said before the figure ("melting
                # glaciers account for 30 per cent of sea level rise") or unnamed ("two thirds of the Member States
                # of the United Nations have ratified"; not Kenya's in "Kenya welcomes the fact that ...")
                measure = whole[-1].value
                owner = [p for p in m.places if p.code != "world" and p.role == "entity"
                         and any(p.end <= v.start and v.end <= q.start for v in verbs)]
                part = Subject(measure, owner[-1].code, None) if owner \
                    else Subject(self._part_before(text, m, q, measure), "world", None)
                drafts.append(Draft("share", part, period, against=Subject(measure, "world", None), claimed=claimed))
                continue
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
                if open_world is not None and not owner:  # "only 2 per cent of the world's vaccines went to Africa"
                    owner = self._where_it_goes(text, m, open_world.end)
                if open_world is not None and (owner or FIRST_PERSON.search(text, m.start, q.start)):
                    entity = owner[-1].code if owner else ctx.default_entity()
                    # the part of the world's vaccines that went to Africa is Africa's vaccines, Colombia's 50 per
                    # cent of the world's paramos Colombia's paramos (as "China accounts for 30 per cent of global
                    # emissions" is China's emissions)
                    part = self._part_before(text, m, q, None) or (
                        open_world.name if owner or _SPEAKER_HAS.search(text, max(m.start, q.start - 60), q.start)
                        else None)  # not "Taking stock of our achievements, ... 85 per cent of the global targets"
                    drafts.append(Draft("share", Subject(part, entity, None), period,
                                        against=Subject(open_world.name, "world", None), claimed=claimed))
                    continue
            after = whole or [h for h in m.indicators if h.start >= q.end] or m.indicators
            if not after:
                continue
            ind = after[0].value
            # "34 per cent of the territory": as a whole, territory is the land area (terms.jsonl as_whole)
            whole_name = str(after[0].extra.get("as_whole", ind)) if whole else ind
            commodity = m.commodities[0].value if m.commodities else None
            if world_whole:
                # "we produce less than 0.4 per cent of global emissions", "Africa accounts for 3% of world trade":
                # the speaker's (or the named) part of the world's total
                owner = [p for p in m.places if p.end <= q.start and p.code != "world" and p.role == "entity"
                         and not re.search(r"[,;:]", text[p.end:q.start])]
                if world_ind is not None and not owner:
                    owner = self._where_it_goes(text, m, world_ind.end)
                if world_ind is not None and (owner or FIRST_PERSON.search(text, m.start, m.end)):
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
                # "public debt rose from 40 per cent of GDP to 70 per cent": the figure moved from stands between
                # the part and the figure reached, and is no part's figure of its own
                moved_from = [x for x in m.quantities if x.end <= q.start and from_before(text, m, x) is not None
                              and to_before(text, m, q) is not None]
                part = [h for h in m.indicators if h.end <= q.start and h.value != ind
                        and not any(h.end <= x.start and x.end <= q.start and x not in moved_from
                                    for x in m.quantities)
                        and not self._whole_of_a_figure(text, m, h)][-1:]
                if part and _CLAUSE_WORD.search(text, part[-1].end, q.start):
                    part = []  # "the industrial potential ..., despite the loss of one quarter of its population"
                other = _other_whole(text, m, after[0].start)
                if not part and other is None and any(
                        h.end <= q.start and h.value == ind and not self._whole_of_a_figure(text, m, h)
                        for h in m.indicators):
                    continue  # "growth of more than 4 per cent of our GDP": a growth rate, not a share
                entity, whole_entity = self._owners(text, m, q, after[0].start, ctx, first=True)
                named = ("budget_balance" if is_bare_budget_balance(text, m, part[0])
                         else lacked(text, m, part[0], part[0].value)) if part \
                    else self._part_before(text, m, q, ind) or self._part_after(text, m, q, ind)
                subject = self._sharing_subject(text, m, q, verbs, after[0].start) if not named else None
                if subject is not None:
                    # "Africa accounts for less than 4 per cent of emissions": its part of everyone's, the world's
                    named, entity, whole_entity = ind, subject.code, "world"
                if other is not None and (named or ind) == whole_name and entity != whole_entity \
                        and self.lex.countries.get(entity or "") and self.lex.countries.get(whole_entity or ""):
                    # "our GDP is 10 per cent of Germany's GDP": one country's measure is no part of another's same
                    # measure, a ratio of the two ("China's investment is 10 per cent of Kenya's GDP" stays a share
                    # of GDP, as any sum in per cent of GDP is)
                    ratio = Quantity(round((claimed.value or 0) / 100, 6), "ratio", claimed.relation, None, 1.0)
                    drafts.append(Draft("ratio", Subject(named or ind, entity, None, commodity),
                                        self._period("ratio", m.periods, ctx),
                                        against=Subject(whole_name, whole_entity, None), claimed=ratio))
                    continue
                drafts.append(Draft("share", Subject(named, entity, None, commodity), period,
                                    against=Subject(whole_name, whole_entity, None), claimed=claimed))
                continue
            if ind not in SHARE_INDICATORS:
                continue
            verb = verbs[0] if verbs else None
            named = [p for p in m.places if verb and verb.end <= p.start <= verb.end + 12
                     and verb.value == "share" and "share" in text[verb.start:verb.end].lower()]
            pivot = verb.start if verb and verb.start < q.start else q.start
            # "Belarus's share of Russian imports": whose share it is, the partner of the flow named after it
            owner = next((p for p in m.places if verb and verb.value == "share"
                          and _OWNER_OF_SHARE.fullmatch(text, p.end, verb.start)), None)
            own_partner = next((p for p in m.places if verb and p.start >= verb.end
                                and p.role in ("partner", "to", "from")), None)
            if owner is not None and own_partner is not None:
                owner = own_partner  # "Kenya's share of tea exports to Pakistan": the flow names its own partner
            partner = owner or (named[0] if named else next(
                (p for p in m.places if p.end <= pivot and not _possessive(text, p)), None))
            if partner is None:
                partner = next((p for p in m.places if p.role in ("partner", "to", "from") and p.start > q.end), None)
            owners = [p for p in m.places if p is not partner and p.code != (partner.code if partner else None)]
            entity = owners[0].code if owners else ctx.default_entity()
            p_code = partner.code if partner and partner.code != entity else None
            if p_code is None and commodity is None:
                if not whole:
                    continue
                other_hit = next((h for h in reversed(m.indicators) if h.end <= q.start and h.value != ind), None)
                if other_hit is not None and other_hit.extra.get("sign") == -1:
                    continue  # "our trade deficit is 30 per cent of exports": a balance against a flow
                other = other_hit.value if other_hit is not None and other_hit.value in SHARE_INDICATORS else None
                if other is not None:
                    # "imports were 55 per cent of exports": one flow against another, a ratio (docs: "exports are
                    # half of imports")
                    ratio = Quantity(round((claimed.value or 0) / 100, 6), "ratio", q.relation, None, 1.0)
                    drafts.append(Draft("ratio", Subject(other, entity, None), self._period("ratio", m.periods, ctx),
                                        against=Subject(ind, entity, None), claimed=ratio))
                    continue
                # "imports entered free of duty were 55 per cent of the total value of imports": a part of the
                # flow that the sentence describes but no partner or commodity names
                drafts.append(Draft("share", Subject(None, entity, None), period,
                                    against=Subject(ind, entity, None), claimed=claimed))
                continue
            drafts.append(Draft("share", Subject(ind, entity, p_code, commodity), period,
                                against=Subject(ind, entity, None), claimed=claimed))
        return drafts

    @staticmethod
    def _where_it_goes(text: str, m: Mentions, whole_end: int) -> list[Place]:
        """The place a part of a world total goes to, said right after the total: "only 2 per cent of global climate
        finance goes to Africa" is Africa's part."""
        first = next((p for p in m.places if p.start >= whole_end and p.code != "world"
                      and _GOES_TO.fullmatch(text, whole_end, p.start)), None)
        if first is None or any(_AND_PLACE.fullmatch(text, first.end, p.start)
                                for p in m.places if p.start > first.end):
            return []  # "60 per cent of the world's oil goes to China and India": no one place's part
        return [first]

    @staticmethod
    def _share_of_world(text: str, m: Mentions, q: QuantityMention, ctx: DocContext) -> tuple[str, str] | None:
        """"Africa's share of global trade is 3 per cent", "our share in world exports is 0.2 per cent": whose
        share of which world total the figure says (its owner named before "share", or the speaker)."""
        said = _SHARE_OF_WORLD.search(text, m.start, q.start)
        if said is None:
            return None
        measure = next((h for h in m.indicators if h.start >= said.end()
                        and _MODIFIERS.fullmatch(text, said.end(), h.start)), None)
        owner = next((p for p in m.places if _OWNER_OF_SHARE.fullmatch(text, p.end, said.start())), None)
        ours = _OUR_SHARE.search(text, max(m.start, said.start() - 6), said.start()) is not None
        if measure is None or (owner is None and not ours):
            return None  # "we know that the share of global trade carried by sea is 80 per cent": not ours
        if any(said.end() <= d.start < q.start for d in m.directions):
            return None  # "our share in world exports rose by 2 per cent": a change of the share, not the share
        return (owner.code if owner is not None else ctx.default_entity()), measure.value

    def _share_compared(self, text: str, m: Mentions, earlier: Draft, ctx: DocContext) -> list[Draft]:
        """"67 per cent of the population has access to electricity, as compared to less than 50 per cent in
        2015": a per-cent figure compared with a share just stated is the same share at another time."""
        figures = [x for x in m.quantities if x.unit == "%"]
        if any(m.start <= h.start < m.end for h in m.indicators):
            return []  # "..., and unemployment is 5 per cent, down from 8 per cent": a measure of its own
        if not figures or not _COMPARED_FIGURE.search(text, max(m.start, figures[0].start - 30), figures[0].start) \
                or any(_SHARE_OF.match(text, q.end, m.end) for q in figures):
            return []
        # "as compared with 43.35 per cent in 1891 and 33.66 per cent in 1890": each at its own time
        return [replace(earlier, claimed=_as_percent(q),
                        period=self._period("share", self._periods_for(text, m, q), ctx)) for q in figures]

    def _loss(self, text: str, m: Mentions, q: QuantityMention, whole: list[Hit], ctx: DocContext) -> list[Draft]:
        """"The industry lost 9.1 per cent of its revenues", "humankind has destroyed 50 per cent of corals": a
        fall of the whole by that much, a change. People lost are deaths or departures, which the share reader
        keeps as a part of the population ("lost a quarter of its population")."""
        if whole:
            name: str | None = whole[0].value
        else:
            of = OF_AFTER.match(text, q.end)
            phrase = whole_after(text, of.end(), m.end) if of else None
            name = phrase.name if phrase else None
        percent = _as_percent(q)
        if name is None or name in words().people or name == "population" or (percent.value or 0) > 100 \
                or (name in words().damage_yardsticks and _DESTROYED_BEFORE.search(text, max(m.start, q.start - 30),
                                                                                     q.start)):
            # "wiped out 60 per cent of our GDP": storm damage the size of 60 per cent of GDP, not a fall; "Greece
            # lost 25 per cent of its GDP" is a fall
            return []
        before = [h for h in m.indicators if h.end <= q.start]
        if name in words().measure_heads and before:
            name = before[-1].value  # "our exports lost 12 per cent of their value": of the exports
        owner = [p for p in m.places if p.role == "entity" and p.end <= q.start]
        entity = owner[-1].code if owner else ctx.default_entity()
        claimed = replace(percent, value=-(percent.value or 0))
        period = self._period("change", self._periods_for(text, m, q), ctx)
        commodity = m.commodities[0].value if m.commodities else None
        return [Draft("change", Subject(name, entity, None, commodity), period, claimed=claimed)]

    def _open_whole(self, text: str, m: Mentions, q: QuantityMention, ctx: DocContext) -> Draft | None:
        """A share of a whole the lexicon has no word for, named by its own noun phrase: "some 54 per cent of
        Belize's electricity is generated from renewable sources" (part: unnamed; whole: electricity)."""
        of = OF_AFTER.match(text, q.end, m.end) or _fraction_noun(text, q, m)
        if of is None or GROUP_FRACTION.search(text, max(m.start, q.start - 12), q.start) \
                or GROUP_AFTER.match(text, q.end, m.end):
            return None  # "the bottom half of wage earners": a group of people, not a share said of it
        if AIMED.search(text, max(m.start, q.start - 80), q.start):
            return None  # "a method to rid the oceans of plastic and remove 50 per cent of the Patch": an aim
        if _OF_WHOM.match(text, of.end()):
            # "1.2 million refugees, 60 per cent of whom are children": a share of what was just counted
            named = [h for h in m.indicators if h.end <= q.start]
            if not named:
                return None
            whole_ind = named[-1].value
            entity, _ = self._roles([p for p in m.places if p.end <= q.start], whole_ind, ctx)
            period = self._period("share", self._periods_for(text, m, q), ctx)
            return Draft("share", Subject(None, entity, None), period, against=Subject(whole_ind, entity, None),
                         claimed=_as_percent(q))
        whole = whole_after(text, of.end(), m.end, [(p.start, p.end) for p in m.places])
        if whole is None or any(h.start < whole.end and whole.start < h.end for h in m.indicators):
            return None  # "a third of Belarusian exports": a whole the lexicon knows, read by _share itself
        entity, whole_entity = self._owners(text, m, q, whole.start, ctx)
        if self._worldwide(text, m, q, whole.end) or (
                whole.name.rsplit("_", 1)[-1] in words().counted_worldwide and not m.places
                and not SPEAKERS_OWN.search(text, m.start, m.end)):
            # "90 per cent of casualties in armed conflicts are civilians": counted over the world, no place said
            # "10 per cent of medicines in circulation worldwide": the world's whole, and the world's part unless a
            # verb of sharing gives it an owner ("it accounts for only 2 per cent of nuclear activities worldwide")
            whole_entity = "world"
            if not self.lex["share"].find(text, m.start, q.start):
                entity = "world"
        whole_name = whole.name
        if whole_name == "world_population":
            # "one half of the human race": the world's people
            entity, whole_entity, whole_name = "world", "world", "population"
        people = self.lex.people_of(whole_name)
        if people is not None:
            # "40 per cent of Afghans": a share of Afghanistan's population
            entity, whole_entity, whole_name = people, people, "population"
        # (a measure named later only close after the whole: not "70 percent of the rural poor have no automobile,
        # causing hardship ... to get access to jobs")
        part = self._part_before(text, m, q, whole.name) or self._part_after(text, m, q, whole_name) or next(
            (h.value for h in m.indicators if whole.end <= h.start <= whole.end + 40), None)
        claimed = _as_percent(q)
        commodity = m.commodities[0].value if m.commodities else None
        period = self._period("share", self._periods_for(text, m, q), ctx)
        return Draft("share", Subject(part, entity, None, commodity), period,
                     against=Subject(whole_name, whole_entity, None), claimed=claimed)

    @staticmethod
    def _worldwide(text: str, m: Mentions, q: QuantityMention, whole_end: int) -> bool:
        """Whether the whole a figure is of, ending at ``whole_end``, is said worldwide ("of medicines sold
        worldwide", "of the children in the world"), and owned by no one in its own words ("of our flowers sold
        around the world", "of Kenyan coffee sold worldwide")."""
        return WORLDWIDE_AFTER.match(text, whole_end, m.end) is not None \
            and not _OWNED_WHOLE.search(text, q.end, whole_end) \
            and not any(q.end <= p.start < whole_end for p in m.places)

    @staticmethod
    def _owners(text: str, m: Mentions, q: QuantityMention, whole_start: int, ctx: DocContext,
                first: bool = False) -> tuple[str | None, str | None]:
        """Whose part and whose whole a share is: the place said with it ("Belize's electricity", "in France"), or
        said before it in the clause ("the storm passed over Dominica, killed 65 people and wiped out 200 per cent
        of GDP"); "our" before the whole is the speaker's ("China's investment equals 10 per cent of our GDP")."""
        owners = [p for p in m.places if p.role == "entity" and (p.start < q.start or (
            q.end <= p.start < whole_start) or (first and p.start >= whole_start))]
        entity = (owners[0].code if first else owners[-1].code) if owners else ctx.default_entity()
        whole_entity = entity
        # "10 per cent of Germany's GDP", "one third of the area of Australia": the whole is another country's; the
        # part is the one named before the figure, or the speaker's
        other = _other_whole(text, m, whole_start)
        if other is not None:
            # "Syrian refugees are 25 per cent of Lebanon's population": people named by an adjective are counted in
            # the whole's country, a share of it
            before = [p for p in owners if p is not other and p.start < q.start and p.form != "adjective"]
            if before:
                return before[-1].code, other.code
            if FIRST_PERSON.search(text, m.start, q.start):
                return ctx.speaker() or entity, other.code
            return other.code, other.code
        if _OUR_WHOLE.search(text, max(m.start, whole_start - 30), whole_start):
            whole_entity = ctx.speaker() or entity
            earlier = max((x.end for x in m.quantities if x.end <= q.start), default=m.start)
            if not any(earlier <= p.start and p.end <= q.start and _possessive(text, p)
                       and not _OF_THE.fullmatch(text, earlier, p.start) for p in owners):
                entity = whole_entity  # "one sixth of the world's population, while preserving 66 per cent of our
                # forests": the world's is the earlier figure's, the forests are the speaker's
        return entity, whole_entity

    @staticmethod
    def _change_of(text: str, m: Mentions, q: QuantityMention) -> bool:
        """Whether a figure is the size of a change named before it ("a price increase of 12.3 per cent"), or joined to
        such a figure ("... of 12.3 per cent and 9 per cent")."""
        # (not "a decline of 15 per cent of the catch": a share lost)
        return change_before(text, m, q.start) is not None and _SHARE_OF.match(text, q.end, m.end) is None

    @staticmethod
    def _sharing_subject(text: str, m: Mentions, q: QuantityMention, verbs: list[Hit],
                         whole_start: int) -> Place | None:
        """The place whose part of a whole owned by no one a verb of sharing says, as its subject ("Africa accounts for
        4 per cent of emissions", "the rich countries are responsible for 80 per cent of ..."); not "of our
        emissions", "of Africa's emissions"."""
        whole = next((h for h in m.indicators if h.start >= whole_start), None)
        if whole is None or whole.value not in words().world_totals or _OWNED_WHOLE.search(text, q.end, whole_start) \
                or any(q.end <= p.start < whole_start for p in m.places):
            return None  # not "China accounts for 25 per cent of external debt": the speaker's debt, owed to China
        for verb in verbs:
            if not verb.end <= q.start:
                continue
            subject = next((p for p in m.places if p.role == "entity" and p.code != "world"
                            and _SUBJECT_GAP.fullmatch(text, p.end, verb.start)), None)
            if subject is not None:
                return subject
        return None

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
                 and not ShareReader._whole_of_a_figure(text, m, h)]
        if known:
            return known[-1].value
        phrase = subject_before(text, m.start, q.start, [(p.start, p.end) for p in m.places])
        return phrase.name if phrase else None

    @staticmethod
    def _part_after(text: str, m: Mentions, q: QuantityMention, whole: str | None) -> str | None:
        """"contributes 1 per cent of its GNI to official development assistance": the part comes after; "we spend 2
        per cent of GDP on defence": the spending on what comes after (``spending_verbs`` in noun_phrases.json);
        "12 per cent of our territory is covered by forests": what the whole is made of (``part_named_after``)."""
        said = _WHOLE_IS.match(text, q.end, m.end)
        named = next((h.value for h in m.indicators if said and h.start == said.end()), None)
        if named is not None:
            return named  # "60 per cent of our territory is covered by forests": a measure the lexicon names
        made_of = _MADE_OF.match(text, said.end(), m.end) if said else None
        if made_of is not None:
            part = whole_after(text, made_of.end(), m.end)
            return part.name if part else None  # not "is covered by health insurance", "occupied by foreign forces"
        having = said is not None and said.group().rstrip().lower().endswith(("has", "have"))
        # (not "30 per cent of the population have diabetes": what they have is no kind of them)
        predicate = _ONE_WORD_PREDICATE.match(text, said.end(), m.end) if said and whole and not having else None
        if predicate is not None and predicate.group("word").lower() not in words().not_predicates \
                and not (predicate.group("joined") and not _participle(predicate.group("word").lower())):
            # "98 per cent of its population is literate" → literate_population, "90 per cent of casualties are
            # civilians" → civilian_casualties; a participle after ("of the funding was provided" → funding_provided)
            word = predicate.group("word").lower().replace("-", "_")
            if _participle(word):  # "destroyed or damaged": the first says what was done
                return f"{whole}_{word}"
            plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))  # "are civilians", "are Muslims"
            return f"{word[:-1] if plural else word}_{whole}"
        to = _PART_AFTER.search(text, q.end, m.end)
        if to is None:
            return None
        named = next((h.value for h in m.indicators if h.start == to.end()), None)
        if named is not None or whole not in words().money_wholes \
                or not _SPENT.search(text, max(m.start, q.start - 30), q.start) \
                or not _WHOLE_THEN_ON.fullmatch(text, q.end, to.start()):
            # "allocated a third of all council seats to women": no money spent; "we spend 2 per cent of our GDP, as
            # agreed at the summit in Wales": the preposition is not the spending's
            return named
        on = whole_after(text, to.end(), m.end, [(p.start, p.end) for p in m.places])
        return f"{on.name.replace('defense', 'defence')}_spending" if on is not None else None


def _participle(word: str) -> bool:
    """"destroyed", "paid", "driven": a word said of the whole as what was done to it."""
    return word.endswith("ed") or word in words().irregular_participles


def _as_percent(q: QuantityMention) -> Quantity:
    """A share's figure in per cent: "12.9 per cent" as said, "a third" as 33.333333 (no decimals given)."""
    if q.unit == "%":
        return Quantity(q.value, "%", q.relation, q.decimals, 1.0)
    return Quantity(round(q.value * 100, 6), "%", q.relation, None, 1.0)


def _other_whole(text: str, m: Mentions, whole_start: int) -> Place | None:
    """The country whose whole a share's figure is taken of, said with the whole: "Germany's GDP", "the area of
    Australia" (not "the world's population", which the share rules read as the world's total)."""
    return next((p for p in m.places if p.role == "entity" and p.form != "group" and p.code != "world" and (
        (p.end <= whole_start and _possessive(text, p) and _JUST_BEFORE_WHOLE.fullmatch(text, p.end, whole_start))
        or (p.start > whole_start and _OF_PLACE_AFTER.fullmatch(text, whole_start, p.start)))), None)


_JUST_BEFORE_WHOLE = re.compile(r"(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}")  # "Germany's [gross domestic] product"
# "area of [the] Australia", "the territory of the Republic of Cyprus"
_OF_PLACE_AFTER = re.compile(r"(?i:[a-z-]+(?:\s+[a-z-]+){0,2}\s+of\s+(?:the\s+)?(?:republic\s+of\s+)?)")


def _possessive(text: str, place: Place) -> bool:
    return text[place.end:place.end + 2] in ("'s", "’s")


def _half_the(text: str, q: QuantityMention, m: Mentions) -> re.Match[str] | None:
    """"Almost half the population displaced": "half the" is "half of the"."""
    if q.kind != "fraction" or not q.text.lower().endswith("half"):
        return None
    return _HALF_THE.match(text, q.end, m.end)


def _fraction_noun(text: str, q: QuantityMention, m: Mentions) -> re.Match[str] | None:
    """"4 of every 10 people live in free countries", "one in five women": the noun after the fraction is its
    whole, as the one after "of" is for "40 per cent of people"; "one in six people lives in poverty", "one in
    five people is suffering from hunger" stay the measure the lexicon names (a poverty rate of 16.67 %)."""
    # "one out of every four inhabitants of Byelorussia": the people counted are the whole, no measure of their own
    if not q.one_in or any(not _the_people_counted(text, q, h) for h in m.indicators):
        return None
    return _SPACE_BEFORE_NOUN.match(text, q.end, m.end)


def _the_people_counted(text: str, q: QuantityMention, h: Hit) -> bool:
    """Whether ``h`` is the people "N in M" counts ("one in four inhabitants"), named right after the fraction."""
    return h.value == "population" and h.start >= q.end and not text[q.end:h.start].strip()

"""Ranks and shifts: "the fifth largest coffee producer", "the main exports to China are potash and
timber", "turning towards Asia"."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract import superlatives
from factcheck.extract.clause_reader import (
    FIRST_PERSON,
    MODIFIER_GAP,
    OF_AFTER,
    SHARE_INDICATORS,
    ClauseReader,
    Draft,
    Mentions,
    measure_named,
)
from factcheck.extract.context import DocContext
from factcheck.extract.noun_phrases import whole_after, words
from factcheck.extract.places import Place
from factcheck.model import Quantity, Subject

_SHIFT_VERB = re.compile(r"(?i:\b(?:reorient\w*|redirect\w*|shift\w*|pivot\w*|divert\w*)\b(?:\s+[\w'’-]+){0,6}?"
                         r"\s+(?P<to>to|towards|toward)\s)")
_MORE_AND_MORE = re.compile(r"(?i:\b(?:more\s+and\s+more|a\s+growing\s+share|an\s+increasing\s+share)\s+of\b"
                            r"[^.;]*?\b(?:go|goes|went|is\s+going|flows?)\s+(?P<to>to|towards)\s)")
_COOPERATION = re.compile(r"(?i:\b(?:cooperation|partners?|partnership|markets?|economic|economy|trade)\b)")
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
_APPOSED = re.compile(r"(?i:\s*,\s*(?:with\s+|which\s+(?:is|has)\s+|now\s+)?)")
_OTHERS = re.compile(r"(?i:\b(?:they|these|those|he|she)\b)")
_FOUND_IN = re.compile(r"(?i:\s*(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:found|located|recorded|registered|seen)\s+in\s+)")
_IS_NAMED = re.compile(r"(?i:[\s,]*(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+(?:now\s+)?)")
_LAST_BOUNDARY = re.compile(r"(?is:.*(?:[,;:—–(]|\bwhich\b|\bthat\b|\band\b|\bwho\b))")
_FIRST_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NOT_A_NAME = frozenset({"the", "this", "that", "these", "those", "it", "its", "they", "their", "there", "today", "now",
                         "currently", "in", "at", "with", "as", "and", "but", "yet", "since", "still", "moreover",
                         "furthermore", "indeed", "also", "a", "an", "one", "such", "here", "by", "for", "of", "on"})
_NOT_A_LIST = re.compile(
    r"(?i:(?:not|also|still|now|being|becoming|expected|likely|set|to|very|more|less|so|too|\w+ly)\b)")
_MEASURED_IN = re.compile(r"(?i:\bin\s+(?:terms\s+of\s+)?(?:the\s+)?(?:(?:world|global|international)\s+)?$)")
_MEASURE_HEAD_OF = re.compile(r"(?i:\b(?P<head>rates?|levels?|numbers?|shares?|proportions?|percentages?)\s+of\s+"
                              r"(?:the\s+|our\s+|its\s+)?)")
_AMONG_PLACES = re.compile(r"(?i:\b(?:in|of|on)\s+(?:the\s+)?(?:world|region|planet|globe|continent)\b"
                           r"|\bin\s+(?:the\s+)?(?-i:[A-Z])\w+|\bglobally\b|\bworldwide\b"
                           r"|\bany\s+(?:other\s+)?(?:great\s+)?(?:country|nation|power)"
                           # "56th out of 190 economies": the field counted
                           r"|\bout\s+of\s+\d[\d,]*\s+(?:countries|nations|economies|states|member\s+states)\b)")
_IN_MEASURE = re.compile(r"(?i:\s+(?:in|for)\s+(?:terms\s+of\s+)?(?:the\s+)?)")  # "... in the world in the ease of"
_OPINION = re.compile(r"(?i:(?:my|our|your|his|her|their|its|this|that)\b)")
_ACTOR_OF = re.compile(r"(?i:\b(?:producers?|exporters?|importers?)\s+of\s+)")
# "the only country of the CIS that", "among the few countries that were able to": set apart from its peers
_ONLY_PEER = re.compile(r"(?i:\b(?:the\s+only|one\s+of\s+the\s+(?:very\s+)?few|among\s+the\s+(?:very\s+)?few"
                        r"|one\s+of\s+(?:only\s+)?(?:two|three|four|five))\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:countr(?:y|ies)|nations?|econom(?:y|ies)|states)\b)")
_GROWING = re.compile(r"(?i:grow(?:th|ing)|grew)")  # "the fastest-growing economy", "the only country that grew"
_PEER_CLAUSE = re.compile(r"(?i:\b(?:that|which|to|whose)\b)")
_ANOTHER_CLAUSE = re.compile(r"(?i:[,;]|\b(?:and|but)\b|\b(?:hit|affected|suffer\w*|vulnerable|exposed)\b)")
_NOT_BEFORE = re.compile(r"(?i:\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?$)")
_COPULA_GAP = re.compile(r"(?i:\s+(?:now\s+|still\s+|also\s+)?(?:is|are|was|were|remains?|remained|has\s+been|became)"
                         r"\s+(?:\w+ly\s+|now\s+|still\s+|also\s+)?)")
_PER_CAPITA = re.compile(r"(?i:\bper\s+(?:capita|head|inhabitant|person)\b)")
_SHARE_HEAD = re.compile(r"(?i:(?:more|higher|larger|bigger|greater)\s+(?:proportion|share|percentage)\s+of\b)")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")


class RankReader(ClauseReader):
    """Ranks among entities and shifts of trade towards a group."""

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
            if _SHARE_HEAD.match(text, sup.start):
                # "Our exports represent a larger share of GDP than in any other country": the part is ranked, not the
                # whole; with no measure the lexicon knows before it ("property taxes"), nothing is
                part = next((h for h in reversed(m.indicators) if h.end <= sup.start), None)
                if part is None:
                    continue
                inside, indicator = part, measure_named(part, m)
            indicator = indicator or (measure_named(inside, m) if inside else None)
            if indicator is None and sup.bare:
                # "the literacy rate stands at 92 per cent, one of the highest in the world": the clause's measure
                before = next((h for h in reversed(m.indicators) if h.end <= sup.start), None)
                before = before or next((h for h in m.indicators if sup.start <= h.start < sup.end), None)
                indicator = before.value if before else None  # "second only to the US in soybean exports"
            if indicator is None:
                # "the leading nation in world trade", "the largest country in the world in terms of exports": the
                # measure a rank among nations is said in
                measured = next((h for h in m.indicators if sup.start <= h.start <= sup.end + 30
                                 and _MEASURED_IN.search(text, max(m.start, h.start - 30), h.start)), None)
                indicator = measure_named(measured, m) if measured else None
            if indicator is None:
                # "one of the highest rates of obesity in the world", "the biggest number of refugees per capita":
                # a measure the lexicon lacks, named by the measuring head and what it measures
                indicator = self._measure_of(text, m, sup.start, sup.end)
            if indicator is None:
                # "one of the lowest murder rates in the region": a measure the lexicon lacks, named by its compound
                indicator = self._measure_compound(text, m, sup)
            if indicator is None:
                # "ranked 29th in the world in the ease of doing business", "among the top five countries in Africa
                # for foreign investment": a measure the lexicon lacks, named after the field of places
                indicator = self._measure_after_field(text, m, sup.start, sup.end)
            if indicator is None and superlatives.growing_peer().search(text, sup.start, sup.end):
                indicator = "gdp"  # "the sixth fastest-growing country in the world": its economy's growth
            if indicator == "gdp" and _GROWING.search(sup.note):
                indicator = "gdp_growth"  # "the fastest-growing economy", "the highest growth" rank growth rates
            if indicator is not None and not indicator.endswith("per_capita") \
                    and _PER_CAPITA.search(text, sup.start, max(sup.end, sup.head_end)):
                # "the largest number of refugees per capita": not the most; "more renewable energy per capita": an
                # amount per head, no share of it
                indicator = f"{indicator.removesuffix('_share')}_per_capita"
            if indicator is None or any(d.subject.indicator == indicator for d in drafts):
                continue
            since = max([m.start] + [x.end for x in found if x.end <= sup.start])
            owners = [p for p in m.places if since <= p.start and p.end <= sup.start]  # after the previous rank
            named = _IS_NAMED.match(text, sup.end)
            item = next((p for p in m.places if named and p.start == named.end()), None)
            found_in = _FOUND_IN.match(text, sup.end)
            where = next((p for p in m.places if found_in and p.start == found_in.end()), None)
            if found_in is not None and not owners and where is None:
                continue  # "The highest murder rates are found in cities": no place ranked
            if item is not None:
                # "Our largest trading partner is Uganda": the place named after it is the one ranked
                entity = owners[-1].code if owners else ctx.speaker()
                items: tuple[str, ...] = (item.code,)
            else:
                apposed = next((p for p in reversed(owners) if _APPOSED.fullmatch(text, p.end, sup.start)), None)
                # "Wages are far higher than in any other country": a bare comparison whose subject is the measure
                measure_first = sup.bare and any(h.start == _subject_start(text, since, sup.start)
                                                 for h in m.indicators)
                if not owners and not where and not measure_first \
                        and self._ranks_something_else(text, since, sup.start):
                    continue  # "Tourism is the world's largest industry", "Safaricom is the largest investor"
                # "the World Bank ranks Georgia 26th": the place the ranking verb ranks, not its publisher's "World"
                ranked = next((p for p in owners if sup.ranked and sup.ranked[0] <= p.start < sup.ranked[1]), None)
                # "The highest murder rates in the world are found in Central America": the place named after
                apposed = ranked or apposed or (where if not owners else None)
                # "relations with China, the world's most populous nation": the place the phrase is said of
                entity = apposed.code if apposed else self._roles(owners, indicator, ctx)[0]
                items = (entity,) if entity else ()
            commodity = next((h.value for h in m.commodities if sup.start <= h.start <= sup.end + 30), None)
            if commodity is None and indicator in ("production", "exports", "imports"):
                # "the world's leading producer of coltan": a commodity the lexicon lacks, named by what follows "of"
                of = _ACTOR_OF.search(text, sup.start, min(m.end, sup.end + 5))
                product = whole_after(text, of.end(), m.end, [(p.start, p.end) for p in m.places]) if of else None
                commodity = product.name if product is not None else None
            drafts.append(Draft("rank", Subject(indicator, entity, None, commodity),
                                self._period("rank", m.periods, ctx), items=items, note=sup.note))
        return drafts or self._only_peer(text, m, ctx)

    def _only_peer(self, text: str, m: Mentions, ctx: DocContext) -> list[Draft]:
        """"We are the only country of the CIS that had stable economic growth", "Egypt is among the few countries
        that achieved positive growth rates": a country set apart from its peers by a measure said after "that"."""
        only = _ONLY_PEER.search(text, m.start, m.end)
        if only is None or _NOT_BEFORE.search(text, max(m.start, only.start() - 12), only.start()):
            return []  # "we are not the only country that has high inflation"
        measure = next((h for h in m.indicators if only.end() <= h.start <= only.end() + 100), None)
        if measure is None or not _PEER_CLAUSE.search(text, only.end(), measure.start) \
                or _ANOTHER_CLAUSE.search(text, only.end(), measure.start):
            # "the only country in the region": set apart by nothing measured; "the only country that gave up its
            # arsenal, and its GDP fell", "hit hardest by the fall in oil prices": no measure it stands out by
            return []
        indicator = measure_named(measure, m)
        if indicator == "gdp" and _GROWING.search(text, only.end(), measure.end + 15):
            indicator = "gdp_growth"  # "the only country that had stable economic growth": its growth rate
        # "Egypt is among the few countries": the place the copula says it of, else the speaker's ("we are")
        owner = next((p for p in reversed(m.places) if p.end <= only.start() and p.role == "entity"
                      and _COPULA_GAP.fullmatch(text, p.end, only.start())), None)
        entity = owner.code if owner else ctx.speaker()
        note = re.sub(r"\s+", " ", text[only.start():measure.end]).strip()
        return [Draft("rank", Subject(indicator, entity, None), self._period("rank", m.periods, ctx),
                      items=(entity,) if entity else (), note=note)]

    @staticmethod
    def _measure_of(text: str, m: Mentions, start: int, end: int) -> str | None:
        """The measure a superlative's head names with "of": "rates of obesity" → obesity_rate, "number of
        refugees" → refugees; a measure the lexicon knows keeps its name."""
        head = _MEASURE_HEAD_OF.search(text, start, end)
        if head is None or not _AMONG_PLACES.search(text, head.end(), min(m.end, end + 40)):
            return None  # "the highest level of sanctions", "the largest number of countries meet": no field ranked
        known = next((h for h in m.indicators if head.end() <= h.start < head.end() + 40), None)
        if known is not None and MODIFIER_GAP.fullmatch(text, head.end(), known.start):
            return measure_named(known, m)
        phrase = whole_after(text, head.end(), min(m.end, end + 40))
        if phrase is None:
            return None
        measure = head.group("head").lower().rstrip("s")
        return phrase.name if measure == "number" else f"{phrase.name}_{measure}"

    @staticmethod
    def _measure_compound(text: str, m: Mentions, sup: superlatives.Superlative) -> str | None:
        """The measure a superlative's head names as a compound whose last word measures: "the lowest murder rates in
        the region" → murder_rate, "the highest poverty levels" → poverty_level; not a bare "rate" nor "the largest
        country"."""
        cue = superlatives.cue_pattern().search(text, sup.start, max(sup.start, sup.head_end))
        if cue is None:
            return None
        phrase = whole_after(text, cue.end(), sup.head_end, [(p.start, p.end) for p in m.places])
        if phrase is None or "_" not in phrase.name:
            return None
        *kind, last = phrase.name.split("_")
        last = last.removesuffix("s")
        return "_".join([*kind, last]) if last in words().measure_heads else None

    @staticmethod
    def _measure_after_field(text: str, m: Mentions, start: int, end: int) -> str | None:
        """The measure named after a rank's field of places: "29th in the world in the ease of doing business" →
        ease_of_doing_business; a measure the lexicon knows keeps its name."""
        field = _AMONG_PLACES.search(text, start, min(m.end, end + 40))
        # "third in Africa and first in the Maghreb area in human development": past a rank said with it
        and_rank = superlatives.coordinated_rank(text, field.end(), m.end) if field else None
        after = _IN_MEASURE.match(text, and_rank.end() if and_rank else field.end(), m.end) if field else None
        if after is None or _OPINION.match(text, after.end()):
            return None  # "the largest country in the region in my humble opinion"
        known = next((h for h in m.indicators if h.start == after.end()), None)
        if known is not None:
            return measure_named(known, m)
        places = [(p.start, p.end) for p in m.places]
        phrase = whole_after(text, after.end(), m.end, places)
        of = OF_AFTER.match(text, phrase.end) if phrase is not None else None
        of_what = whole_after(text, of.end(), m.end, places) if of else None
        if phrase is not None and of_what is not None:
            return f"{phrase.name}_of_{of_what.name}"  # "the ease of doing business"
        return superlatives.field_name(phrase.name) if phrase is not None and "_" in phrase.name else None

    @staticmethod
    def _ranks_something_else(text: str, start: int, end: int) -> bool:
        """Whether the subject before a superlative is a name that is not a place ("KTDA is ...", "Tourism is
        ..."): then the rank is that thing's, not a country's. "We", "our", "the country" and "it" rank the
        speaker's country."""
        boundary = _LAST_BOUNDARY.match(text, start, end)
        start = boundary.end() if boundary else start  # "..., which is our largest exports earner"
        first = _FIRST_WORD.search(text, start, end)
        if first is None or FIRST_PERSON.search(text, start, end + 4):
            return False
        if _OTHERS.search(text, start, end):
            return True  # "Yet they are among the world's lowest emitters": others the sentence refers back to
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


def _subject_start(text: str, start: int, end: int) -> int:
    """Where the first word of the clause before a superlative begins."""
    boundary = _LAST_BOUNDARY.match(text, start, end)
    first = _FIRST_WORD.search(text, boundary.end() if boundary else start, end)
    return first.start() if first else -1


def _clean_item(raw: str) -> str:
    item = re.sub(r"(?i:^(?:and|or|the|a|an)\s+)", "", raw.strip(" \"“”'.,;:"))
    return item.strip()

"""Countries and groups in a clause, and the role each plays: the entity measured or its partner.

Roles come from the words around the mention, not from a parser: "to/from/with/towards X" and the
"outside the CIS" family make X a partner; "X's", "in X", "of X", an adjective before the indicator
("Belarusian exports") or a bare subject ("China is increasing ...") make X the entity. "between X and Y"
makes X the entity and Y the partner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.lexicon import NOT_A_PLACE, SELF, Hit, Lexicon

_FROM_BEFORE = re.compile(r"(?i:\bfrom\s+(?:the\s+)?$)")
_TO_BEFORE = re.compile(r"(?i:\b(?:to|into)\s+(?:the\s+)?$)")
_PARTNER_BEFORE = re.compile(
    r"(?i:\b(?:to|from|with|towards|toward|into|in\s+trade\s+with|trade\s+with|partners?|markets?\s+of|"
    r"and\s+other|destined\s+for|bound\s+for|imports?\s+of|supplies\s+of|purchases\s+of|goods\s+from|"
    r"products\s+from)\s+(?:the\s+)?(?:countries\s+of\s+(?:the\s+)?)?"
    # "with the neighboring State of Peru", "to the friendly Republic of Cuba": the partner named after its title
    r"(?:(?:(?:neighbou?ring|friendly|sister|brotherly|fraternal|great)\s+)?(?:(?-i:[A-Z][\w'’-]*)\s+){0,2}"
    r"(?:State|Republic|Kingdom|Empire|nation|country)\s+of\s+(?:the\s+)?)?$)"
)
_ENTITY_BEFORE = re.compile(r"(?i:\b(?:in|of|for|by)\s+(?:the\s+)?$)")
_BETWEEN = re.compile(r"(?i:\bbetween\s+(?:the\s+)?$)")
_POSSESSIVE = re.compile(r"^(?:'s|’s|'|’)(?!\w)")
_GOODS_AFTER = re.compile(r"^\s+(?:goods|products|produce|potash|fertili[sz]ers?|timber|oil|gas|food|market|"
                          r"producers|manufacturers|companies|enterprises|exporters)\b", re.IGNORECASE)
_SUPERLATIVE = re.compile(r"(?i:\b(?:\w+est|most|least|best|worst|first|second|third)\b[^.;,]*\bin\s+(?:the\s+)?$)")
_WORLD_RANKS = re.compile(r"(?i:(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:record|most|least|best|worst|first|leading|largest"
                          r"|biggest|highest|lowest|greatest|richest|poorest|smallest|fastest|strongest|longest|oldest"
                          r"|deepest|busiest|top)\b)")
_ONLY_ONE_OF = re.compile(r"(?i:\b(?:only|first|one|last)\s+(?:of\s+the\s+)?(?:\w+\s+)?"
                          r"(?:country|countries|state|states|nation|nations"
                          r"|economy|economies)\s+(?:of|in|among)\s+(?:the\s+)?$)")
_THE_BEFORE = re.compile(r"(?i:\bthe\s+(?:[\w-]+\s+)?$|(?:'s|’s)\s+$)")
FIRST_PERSON = re.compile(r"(?i:\b(?:we|our|ours|us|my\s+country)\b)")
# "Our exports to markets worldwide": a scope of the speaker's figure, where a clause speaks as "we"
_WORLD_ADVERB = re.compile(r"(?i:worldwide|globally)")
# The world in other words is whose figure it is only where it is said as a scope or a subject: "across the
# globe, spending reached", "humankind emitted", "refugees worldwide"; not "every quarter of the globe", "burning our
# planet", "the history of humankind", "Habitat for Humanity", "the top nine countries globally"
_GLOBE = re.compile(r"(?i:(?:the|our)\s+(?:globe|planet))")
_GLOBE_SCOPE = re.compile(r"(?i:\b(?:across|around|throughout|all\s+over|on)\s+$"
                          r"|\b(?:population|inhabitants|people|surface|wealth|emissions|resources)\s+of\s+$)")
_POSSESSIVE_AFTER = re.compile(r"(?:'s|’s)\b")  # "the planet's 7.5 billion people", "our planet's surface"
_HUMANKIND = re.compile(r"(?i:humankind|mankind|humanity)")
_HUMANKIND_GOVERNED = re.compile(r"(?i:\b(?:of|for|to|with|on|in|by|against|from|the|a|all|whole|entire|'s|’s)\s+$)")
# "1 per cent of humankind", "half the poorest of humanity": a part of the world's people
_PART_OF = re.compile(r"(?i:(?:\d|%|\bper\s*cent|\bpercent|\bhalf|\bthird|\bquarter|\bfifth|\btenth|\best"
                      r"|\bmajority|\bmost|\brest|\bminority)"
                      r"[\w\s-]{0,12}?\s+of\s+$)")
_COUNTRIES_BEFORE = re.compile(r"(?i:\b(?:countries|nations|economies|states)\s+$)")
# Groups that only ever name a counterpart ("outside the CIS").
PARTNER_GROUPS = frozenset({"non-CIS"})
THERE = re.compile(r"(?i:\b(?:from|to)\s+there\b|\bthere\b)")


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    code: str
    form: str  # name | adjective | group | code
    role: str  # entity | partner | from | to | scope (from and to depend on the flow: see ClauseReader._roles)


def find_places(text: str, start: int, end: int, lex: Lexicon, indicator_spans: list[tuple[int, int]],
                masks: list[tuple[int, int]] | None = None, self_code: str | None = None) -> list[Place]:
    """Places in ``text[start:end]`` with roles; spans in ``masks`` (currencies: "US dollars") hold none.
    "my country" becomes ``self_code`` (the document's country), or is dropped when that is unknown."""
    out = []
    for hit in lex.places.find(text, start, end):
        if hit.value == NOT_A_PLACE:
            continue
        if hit.value == SELF:
            if self_code is None:
                continue
            hit = Hit(hit.start, hit.end, hit.type, self_code, hit.extra)
        if masks and any(s < hit.end and hit.start < e for s, e in masks):
            continue
        scope = _SUPERLATIVE.search(text, max(start, hit.start - 60), hit.start)
        if scope and hit.value != "world" and not _THE_BEFORE.search(text, max(start, scope.start() - 30),
                                                                       scope.start()):
            scope = None  # "the situation is most difficult in Africa": where, not a ranking's scope
        if scope and hit.value == "world":
            continue  # "one of the lowest in the world": the world is what is compared with
        if hit.value == "world" and _WORLD_RANKS.match(text, hit.end):
            continue  # "the world's largest scheme", "a world record": a scope or a title, not whose figure
        if hit.value == "world" and _WORLD_ADVERB.fullmatch(text, hit.start, hit.end) \
                and FIRST_PERSON.search(text, start, end):
            continue
        if hit.value == "world" and not _world_in_other_words_speaks_for_it(text, start, hit):
            continue
        if _ONLY_ONE_OF.search(text, max(start, hit.start - 40), hit.start):
            continue  # "the only country of the CIS that ...": the group is where the speaker stands out
        # "3 per cent, one of the lowest in Europe": a region a superlative compares within, not whose figure
        role = "scope" if scope else _role(text, start, hit, indicator_spans)
        out.append(Place(hit.start, hit.end, hit.value, hit.extra.get("form", "name"), role))
    return out


def _world_in_other_words_speaks_for_it(text: str, start: int, hit: Hit) -> bool:
    before = text[max(start, hit.start - 20):hit.start]
    if _GLOBE.fullmatch(text, hit.start, hit.end):
        return bool(_GLOBE_SCOPE.search(before) or _POSSESSIVE_AFTER.match(text, hit.end))
    if _HUMANKIND.fullmatch(text, hit.start, hit.end):
        return not _HUMANKIND_GOVERNED.search(before) or bool(_PART_OF.search(before))
    if _WORLD_ADVERB.fullmatch(text, hit.start, hit.end):
        return not _COUNTRIES_BEFORE.search(before)
    return True


def _role(text: str, start: int, hit: Hit, indicator_spans: list[tuple[int, int]]) -> str:
    if hit.value in PARTNER_GROUPS:
        return "partner"
    before = text[max(start, hit.start - 40):hit.start]
    after = text[hit.end:hit.end + 30]
    if _BETWEEN.search(before):
        return "entity"
    if re.search(r"(?i:\bbetween\s+(?:the\s+)?\S+(?:\s+\S+)?\s+and\s+(?:the\s+)?$)", before):
        return "partner"
    if _POSSESSIVE.match(after):
        return "entity"
    if hit.extra.get("form") == "adjective":
        if any(s == _next_word_start(text, hit.end) for s, _ in indicator_spans):
            return "entity"
        if _GOODS_AFTER.match(after) or _PARTNER_BEFORE.search(before):
            return "partner"
        return "entity"
    if _FROM_BEFORE.search(before):
        return "from"
    if _TO_BEFORE.search(before):
        return "to"
    if _PARTNER_BEFORE.search(before):
        return "partner"
    return "entity"


def _next_word_start(text: str, pos: int) -> int:
    m = re.compile(r"[\s\"“”]*").match(text, pos)
    return m.end() if m else pos

"""Ranks among entities said with a superlative: "the fifth largest coffee producer", "one of the 10 most
populous countries", "the world's second-largest donor", "the highest unemployment rate in the region".

This module finds the phrase and what it says of itself (its scope, its position, the actor it names);
``kinds/ranks.py`` decides whose rank it is and which indicator it ranks by. The words live in
``lexicons/superlatives.json``.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from factcheck.extract import noun_phrases


@dataclass(frozen=True)
class Superlative:
    start: int
    end: int
    note: str  # the phrase as said, for the record's note
    measure: str | None  # the indicator its actor or adjective names ("producer" → production), if any
    head_end: int  # end of the ranked noun phrase, before its scope ("in the world")
    bare: bool  # nothing ranked after the adjective ("one of the highest in the world"): the clause's measure
    among_entities: bool  # a scope, a position, "one of the N" or an actor: a rank among entities
    ranked: tuple[int, int] | None = None  # "the World Bank ranks Georgia 26th": the span of the place ranked


@dataclass(frozen=True)
class _Words:
    pattern: re.Pattern[str]
    implied: dict[str, str]
    actors: re.Pattern[str]
    actor_names: dict[str, str]
    scope: re.Pattern[str]
    time_scope: re.Pattern[str]
    stops: frozenset[str]
    spent_where: frozenset[str]  # measures whose "the most in Africa" says where, not among whom ("invested")
    comparing_verbs: dict[str, str]  # "produces more X than any other country" ranks by production
    mass_plurals: frozenset[str]  # plural nouns that name an amount ("reserves", "emissions"), not a group
    place_possessive: re.Pattern[str]  # "the world's", "Africa's": a scope said as an owner
    any_other: re.Pattern[str]  # "more refugees than any other country"
    verb_the_most: re.Pattern[str]  # "emits the most carbon dioxide in the world", "contribute the least to emissions"
    per_head: re.Pattern[str]  # "per capita": a figure per head compares countries without naming a scope
    generic_heads: frozenset[str]  # "the lowest figure in our region": a head that names no measure


# Between the words of a phrase: spaces or any hyphen ("third-largest", "third‑largest", "third largest")
_JOIN = r"[\s\-\u2010\u2011\u2012\u2013]+"


def _alternation(phrases: list[str]) -> str:
    words = sorted(phrases, key=len, reverse=True)
    return "|".join(_JOIN.join(re.escape(w) for w in re.split(r"[\s-]+", p)) for p in words)


@functools.cache
def _raw() -> dict[str, Any]:
    return json.loads((resources.files("factcheck.extract") / "lexicons" / "superlatives.json").read_text("utf-8"))


def field_name(name: str) -> str:
    """The name a ranking's field is known by: "ranked third in Africa in human development" ranks by the Human
    Development Index (``field_names``); any other field keeps the name its words give it."""
    return str(_raw()["field_names"].get(name.replace("_", " "), name))


def cue_words() -> list[str]:
    """The superlatives and implied-measure adjectives, for the first pass that picks sentences to analyse.
    "most" alone is left out (the first pass takes "the most <plural>" itself): it is in too many sentences."""
    raw = _raw()
    return sorted((set(raw["superlatives"]) | set(raw["implied"])) - {"most"})


def said_the_most(text: str, start: int, end: int) -> bool:
    """Whether a verb does the most or the least in ``text[start:end]`` ("emits the most carbon dioxide", "contribute
    the least to emissions"); the pattern runs only where the plain words are, which is cheap."""
    return _THE_MOST.search(text, start, end) is not None \
        and _words().verb_the_most.search(text, start, end) is not None


def _compound_ordinal(raw: dict[str, Any]) -> str:
    """"forty-third", "twenty first": a tens word and a unit ordinal."""
    return rf"(?:{_alternation(raw['ordinal_tens'])})[- ](?:{_alternation(raw['ordinal_units'])})"


@functools.cache
def growing_peer() -> re.Pattern[str]:
    """"the sixth fastest-growing country", "one of the fastest growing nations": a country ranked by growth, which
    for a country is its economy's (``peers`` in superlatives.json)."""
    return re.compile(rf"(?i:\bgrowing{_JOIN}(?:{_alternation(_raw()['peers'])})\b)")


@functools.cache
def _peers() -> frozenset[str]:
    return frozenset(_raw()["peers"])


@functools.cache
def cue_pattern() -> re.Pattern[str]:
    """:func:`cue_words` as one pattern, hyphens and spaces alike ("fastest-growing", "fastest growing")."""
    return re.compile(rf"(?i:\b(?:{_alternation(cue_words())})\b)")


def _ordinal() -> str:
    """An ordinal position: "4th", "first", "number one", "twenty-first", "third"."""
    raw = _raw()
    return rf"(?:\d{{1,2}}(?:st|nd|rd|th)|first|number\s+one|{_compound_ordinal(raw)}|{_alternation(raw['ordinals'])})"


@functools.cache
def _ordinal_rank() -> re.Pattern[str]:
    """"ranks fourth in the world", "is second only to China", "came first among", "number one in"."""
    ordinal = _ordinal()
    return re.compile(
        # "the report ranked Azerbaijan 35th": a ranking verb's object is the place ranked
        rf"(?i:\b(?:(?:ranks?|ranked|placed|places)\s+(?:(?P<obj>(?-i:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)"
        rf"{{0,3}}))\s+)?|(?:ranking|came|comes|stands?|stood|is|was|are|were|remains?)\s+"
        # "occupying rank 73 out of 191 countries", "holds the 5th place"
        rf"|(?:occup(?:y|ies|ying|ied)|holds?|held|holding)\s+(?:the\s+)?(?=(?:rank|place|position)\s+\d|\d|[a-z]+\s+place)"
        rf"(?:(?:rank|place|position)\s+(?=\d))?)"
        # "35 out of 137 countries": a cardinal position, when "out of" says it is one
        rf"(?:as\s+)?(?:the\s+)?(?:(?P<ord>{ordinal})|\d{{1,3}}(?=\s+out\s+of\b))(?:\s+place)?\s+"
        # "ranked 41st out of 126 States in the Rule of Law Index", "5th out of 54 African countries in GDP"
        rf"(?:out\s+of\s+\d+\s+(?:[\w-]+\s+){{0,2}})?"
        rf"(?:(?:only\s+to\b)|(?:(?:in|among|on|across|worldwide|globally|internationally|for)\b)"
        rf"|with\s+respect\s+to\b|in\s+respect\s+of\b))")


@functools.cache
def _and_ordinal() -> re.Pattern[str]:
    """A second rank joined to the first, its verb unsaid: "ranked third in Africa [and first in the Maghreb]"."""
    return re.compile(rf"(?i:\s*,?\s+and\s+(?:the\s+)?(?P<ord>{_ordinal()})\s+(?:in|among|on)\s+(?:the\s+)?"
                      rf"(?P<field>(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*|area|region|subregion))*))")


def coordinated_rank(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The second rank right after ``pos`` joined by "and", if any (see :func:`_and_ordinal`)."""
    return _and_ordinal().match(text, pos, end)


@functools.cache
def _words() -> _Words:
    raw = _raw()
    number = rf"(?:\d{{1,3}}|{_alternation(raw['numbers'])})"
    ordinal = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{_compound_ordinal(raw)}|{_alternation(raw['ordinals'])})"
    pattern = re.compile(
        rf"(?i:\b(?P<one>(?:one\s+of|among|in)\s+)?(?P<det>(?:the\s+)?[A-Za-z]+(?:'s|’s)|the|its|our|their|his|her)\s+"
        rf"(?:(?P<n>{number})\s+)?(?:(?P<ord>{ordinal}){_JOIN})?[*_]{{0,2}}(?P<sup>{_alternation(raw['superlatives'])})"
        rf"[*_]{{0,2}}(?![\w-])(?:\s+(?P<topn>{number})\b)?)")  # "*largest*": Markdown emphasis
    actor_names = {re.sub(r"[\s-]+", " ", k.lower()): v for k, v in raw["actors"].items()}
    single = [w for w in raw["scope_words"] if " " not in w]
    return _Words(
        pattern=pattern,
        implied={re.sub(r"\s+", " ", k): v for k, v in raw["implied"].items()},
        actors=re.compile(rf"(?i:(?<![\w-])(?:{_alternation(list(raw['actors']))})(?![\w-]))"),
        actor_names=actor_names,
        scope=re.compile(rf"(?i:\b(?:in|among|of|on|across)\s+(?:the\s+|all\s+|any\s+)?"
                         rf"(?:(?!(?:of|in|on|among)\b)[\w'’-]+\s+){{0,3}}?"
                         rf"(?:{_alternation(raw['scope_words'])})\b)"),
        time_scope=re.compile(rf"(?i:\b(?:in|of|on|for|since)\s+(?:the\s+|its\s+|our\s+|my\s+|[\w'’-]+\s+){{0,3}}?"
                              rf"(?:{_alternation(raw['time_scopes'])})\b|\bever\b)"),
        stops=frozenset(raw["stops"]),
        comparing_verbs=dict(raw["comparing_verbs"]),
        spent_where=frozenset(raw["spent_where"]),
        mass_plurals=frozenset(raw["mass_plurals"]),
        place_possessive=re.compile(rf"(?i:^(?:the\s+)?(?:{_alternation([*single, 'america'])})(?:'s|’s)$)"),
        # "more refugees than any other country", "a higher proportion of public income than in almost any other nation"
        any_other=re.compile(rf"(?i:\b(?:more|higher|larger|bigger)\s+(?P<what>(?:[\w'’-]+\s+){{0,5}}?)than\s+"
                             rf"(?:in\s+)?(?:(?:almost|nearly|virtually|practically)\s+)?"
                             rf"(?:any\s+other|any|all\s+other)\s+(?:{_alternation(raw['peers'])})\b)"),
        verb_the_most=re.compile(r"(?i:\b(?P<verb>"
                                 + _alternation([*raw["comparing_verbs"], *raw["contributing_verbs"]])
                                 + r")\s+the\s+(?P<sup>most|least)\b(?P<to>\s+to\b)?)"),
        per_head=re.compile(rf"(?i:\bper\s+(?:{_alternation(raw['per_head'])})\b)"),
        generic_heads=frozenset(raw["generic_heads"]),
    )


# "Nigeria is the most populous nation": said of its subject; not "As the richest country, the US must", "to be the
# poorest country"
_COPULA_BEFORE = re.compile(r"(?i:\b(?:is|are|was|were|remains?|remained|became|has\s+become|have\s+become)"
                            r"\s+(?:\w+ly\s+|still\s+|now\s+|also\s+)?$)")
# "relations with China, the most populous nation, are strong": in apposition to a name
_APPOSED_AFTER_NAME = re.compile(r"(?-i:\b[A-Z][\w'’.-]*),\s*$")
# "we contribute", "Africa contributes", "China only emits": the verb's own subject, a country or the speaker
_SPEAKER_BEFORE = re.compile(r"(?:\b(?:[Ww]e|I)\s+(?:[a-z]+\s+)?)$")  # "we contribute", "we only emit"
_NAME_BEFORE = re.compile(r"\s+(?:[a-z]+\s+)?$")  # "Africa contributes", "China alone emits"
_CONDITION_BEFORE = re.compile(r"(?i:\b(?:if|unless|whether|when)\b)")
_WORLD_SCOPE = re.compile(r"(?i:\b(?:world|globe|planet|among|all)\b)")


def _said_by_a_country(text: str, start: int, verb: int, places: list[tuple[int, int]]) -> bool:
    """Whether a verb doing the most or least is said by the speaker or a place named right before it, as a fact:
    "we contribute the least", "China emits the most"; not "the Ministry of Health spends the most", "if China
    emits the most"."""
    clause = start + max((m.end() for m in re.finditer(r"[,;:]", text[start:verb])), default=0)
    if _CONDITION_BEFORE.search(text, clause, verb):
        return False
    if _SPEAKER_BEFORE.search(text, max(start, verb - 30), verb):
        return True
    return any(_NAME_BEFORE.fullmatch(text, b, verb) for a, b in places if b <= verb)
# "the country with the highest forest cover" (one peer; "countries with the highest debt" are a group, "the second
# country with the highest forest cover" a position the rank would lose)
_PEER_WITH = re.compile(r"(?i:\bthe\s+(?:only\s+)?(?:"
                        + "|".join(sorted(p for p in _peers() if not p.endswith("s"))) + r")\s+with\s+$)")
_THE_MOST = re.compile(r"(?i:\bthe\s+(?:most|least)\b)")
_NOT_HAVE = re.compile(r"(?i:\b(?:not|never|no\s+longer)\b(?!\s+only\b)(?:\s+[a-z]+){0,2}\s+$)")
_NOT_SAID = re.compile(r"(?i:\b(?:not|never|no\s+longer)\b)")
_RECORD_HEAD = re.compile(r"(?i:\s+records?\b)")
_PREPOSITION_BEFORE = re.compile(r"(?i:\b(in|at|from|to|for|by|into|on|of|than|between|against)\s+$)")
_LOCATIVE = frozenset({"in", "at", "from", "to", "into", "on", "between"})
# "in the Rule of Law Index 2019", "on the Human Development Index", "by the Global Gender Gap Report": a league
# table named by its index, or by the report or ranking that publishes it
# "in the World Bank's Doing Business 2019": a capitalised name and its edition's year is such a table too
_INDEX_NAME = re.compile(r"\b(?:in|on|of|by)\s+the\s+(?:[\w'’-]+\s+){0,4}?"
                         r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+)?){1,6}?"
                         r"(?:(?:[Ii]ndex|[Rr]eport|[Rr]ankings?)(?=\s+\d{4}\b|\b(?!\s+[A-Z]))|(?P<edition>(?=\d{4}\b))))")
_INDEX_SUBJECT = re.compile(r"\b[Tt]he\s+(?:[\w'’-]+\s+){0,3}?(?P<name>(?:[A-Z][\w'’-]*\s+){1,5}?"
                            r"(?:Index|Report|Ranking))\s+(?:ranks?|ranked|placed|places)\s")
_RANKING_VERB = re.compile(r"(?i:(?:ranks?|ranked|ranking|placed|places)\b)")
# the index a report publishes or an edition names: "Global Gender Gap Report", "Doing Business 2019"
_PUBLISHED_BY = re.compile(r"(?:\s+(?:[Rr]eport|[Rr]ankings?))?\s*$")
# "in terms of competitiveness", "with respect to", "in respect of", and "for" or "on" after a position ("ranked 35th
# out of 137 countries for competitiveness", "ranks second in Africa on the ease of doing business")
_IN_RESPECT_OF = re.compile(r"(?i:\b(?:in\s+terms\s+of|with\s+respect\s+to|in\s+respect\s+of|for|on)\s+)")
# what "for" introduces that is no measure: "placed 3rd for the second year in a row"
_NOT_A_MEASURE = re.compile(r"(?i:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                            r"|\d+(?:st|nd|rd|th)|year|years|time|times|row|consecutive|straight|running"
                            # "third on the list of donors", "on several occasions": where or when, not in what
                            r"|list|lists|occasions?|series|basis|side)\b)")
_OF_OR_FROM = re.compile(r"(?i:\s+(?P<joint>of|from)\s+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_SCOPE_LEAD = re.compile(r"(?i:\b(?:in|among|of|on|across)\s*(?:the\s*)?$)")
_IN_TERMS_OF = re.compile(r"(?i:\b(?:in\s+terms\s+of|with\s+respect\s+to|in\s+respect\s+of)\b)")  # not "for"
_NOT_COUNTED = frozenset({"is", "was", "has", "its", "this", "thus", "always", "perhaps", "less", "recent"})
_PLURAL = re.compile(r"(?i:(?:[^s]s|ies|ones)$)")
_WORD = re.compile(r"[\w'’]+-?|[^\w\s]")


def find(text: str, start: int, end: int, places: list[tuple[int, int]]) -> list[Superlative]:
    """Superlative phrases in ``text[start:end]``; ``places`` are the spans of places named there (a scope
    such as "of the Pacific island countries" or "in Latin America" is a place)."""
    w = _words()
    measure_heads = noun_phrases.words().measure_heads
    found: list[Superlative] = []
    for m in w.pattern.finditer(text, start, end):
        if _NOT_HAVE.search(text, max(start, m.start() - 30), m.start()):
            continue  # "we do not have the lowest murder rates": no rank said (but "not only the largest" is one)
        phrase_end = _phrase_end(text, m.end(), end, w)
        reaching = w.actors.search(text, m.end(), min(end, phrase_end + 40))
        if reaching is not None and reaching.start() < phrase_end < reaching.end():
            phrase_end = reaching.end()  # "the largest contributor to the United Nations": the actor goes on past "to"
        after = text[m.end():phrase_end]
        scope = w.scope.search(text, m.end(), phrase_end)
        placed = next((a for a, b in places if m.end() <= a < phrase_end
                       and re.search(r"(?i:\b(?:in|among|of|on|across)\s+(?:the\s+)?$)", text[m.end():a])), None)
        scope_start = min([x for x in (scope.start() if scope else None, placed) if x is not None], default=None)
        head_end = scope_start if scope_start is not None else phrase_end
        time_scope = w.time_scope.search(text, m.end(), phrase_end)
        sup = re.sub(r"[\s-]+", " ", m.group("sup").lower())
        if m.group("topn") and sup != "top":
            continue  # "the richest 1 per cent": a fraction of people, not a position
        actor = w.actors.search(text, m.end(), phrase_end)
        measure = w.implied.get(sup)
        if actor is not None:
            measure = w.actor_names.get(re.sub(r"[\s-]+", " ", actor.group().lower()), measure)
        numbered = bool(m.group("n") or m.group("ord") or m.group("topn"))
        one_of = bool(m.group("one"))
        owner_scope = bool(w.place_possessive.match(m.group("det")))
        if m.group("det").endswith(("'s", "’s")) and not owner_scope:
            continue  # "Kenya's largest tea exporter": a rank within the country, not the country's rank
        if time_scope is not None or _RECORD_HEAD.match(text, m.end()):
            # "the highest level in my country's history", "the largest flows ever seen", "the highest record of
            # exports": over time
            continue
        one = (m.group("one") or "").split()
        head = after[: max(0, head_end - m.end())].split()
        measured = any(word.lower().rstrip("s") in measure_heads for word in head)  # "the highest number of IDPs"
        before = _PREPOSITION_BEFORE.search(text, start, m.start())
        # "opened our doors to the biggest number of refugees": a count after "to" is no place
        counted_to = measured and before is not None and before.group(1).lower() == "to"
        if (one and one[0].lower() == "in" and sup != "top") or (
                before and (before.group(1).lower() in _LOCATIVE or not one) and not counted_to):
            continue  # "in the world's largest refugee camp", "for the poorest countries": a place or a group
        # the head noun: "recipient" in "recipient of remittances", "partners" in "trading partners"
        noun = re.split(r"(?i:\s+(?:of|to)\s+)", actor.group())[0].split()[-1] if actor is not None else \
            (head[-1] if head else "")
        counted = sup == "most"  # "hosts the most refugees": the largest number, not a group of the most
        if counted and not (head and _PLURAL.search(head[0]) and head[0].lower() not in _NOT_COUNTED):
            continue  # "the most important partner", "the most vulnerable countries": a quality, not a count
        mass = noun.lower() in w.mass_plurals  # "the largest oil reserves": an amount, not a group
        if not one and (m.group("n") or (_PLURAL.search(noun) and measure != "population" and not measured
                                         and not counted and not mass)):
            continue  # "the poorest countries", "the 10 richest billionaires": a group, not anyone's rank
        if actor is None and _IN_TERMS_OF.search(text, m.end(), min(end, phrase_end + 40)):
            measure = None  # "one of the richest countries in terms of biodiversity": not rich in income
        # "the highest number of refugees per capita": a figure per head compares countries, named or not
        # "the most populous nation", "the poorest country": a measure its adjective implies, said of one peer, compares
        # it with all the others
        peer = sup in w.implied and noun.lower() in _peers() and not _PLURAL.search(noun) \
            and (_COPULA_BEFORE.search(text, max(start, m.start() - 25), m.start()) is not None
                 or not text[start:m.start()].strip(" \t\n\"“”'*_")  # "The most populous nation ... knows that"
                 or _APPOSED_AFTER_NAME.search(text, max(start, m.start() - 40), m.start()) is not None)
        # "Suriname is the country with the highest forest cover": the peers it is set among are named before
        among_peers = _PEER_WITH.search(text, max(start, m.start() - 30), m.start()) is not None
        among = bool(scope_start is not None or numbered or one_of or owner_scope or actor is not None
                     or w.per_head.search(after) or peer or among_peers)
        # "the third-largest in America": nothing ranked before the scope's preposition
        ranked = _SCOPE_LEAD.sub("", after[: max(0, head_end - m.end())]).strip(" -")
        # "1.6 per cent, the lowest figure in our region": a generic head is the clause's measure, as nothing is
        bare = not ranked or (ranked.lower() in w.generic_heads and scope_start is not None)
        if bare and sup in w.implied:
            continue  # "punishing the world's poorest": poor people, not a country's rank
        note = re.sub(r"\s+", " ", text[m.start():phrase_end]).strip(" ,;:")
        found.append(Superlative(m.start(), phrase_end, note, measure, head_end, bare, among))
    # the verb pattern runs only where "the most"/"the least" is (finditer finds the verb itself, once)
    for m in w.verb_the_most.finditer(text, start, end) if _THE_MOST.search(text, start, end) else ():
        contributes = m.group("verb").lower() not in w.comparing_verbs
        if any(f.start <= m.start() < f.end for f in found) or (contributes and not m.group("to")) \
                or not _said_by_a_country(text, start, m.start(), places):
            continue  # "the sector that contributes the most", "if China emits the most": no country's rank
        phrase_end = _phrase_end(text, m.end(), end, w)
        scope = w.scope.search(text, m.end(), phrase_end)
        measure = w.comparing_verbs.get(m.group("verb").lower())
        if (scope is None and not contributes) or (measure in w.spent_where and scope is not None
                                                    and not _WORLD_SCOPE.search(scope.group())):
            # "we export the most to China": a partner's rank; "Germany invested the most in Africa": where the money
            # went, not a field Germany is ranked in
            continue
        note = re.sub(r"\s+", " ", text[m.start():phrase_end]).strip(" ,;:")
        found.append(Superlative(m.start(), phrase_end, note, w.comparing_verbs.get(m.group("verb").lower()),
                                 scope.start() if scope else phrase_end, bare=False, among_entities=True))
    for m in w.any_other.finditer(text, start, end):
        if any(f.start <= m.start() < f.end for f in found) \
                or _NOT_SAID.search(text, max(start, m.start() - 25), m.start()):
            continue  # "more refugees than any other country": a rank said with a comparative; not "does not produce"
        note = re.sub(r"\s+", " ", m.group()).strip()
        verb = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
        # "produces more silver than any other country": the verb says what is compared
        measure = w.comparing_verbs.get(verb.group(1).lower()) if verb else None
        found.append(Superlative(m.start(), m.end(), note, measure, m.end("what"),
                                 bare=not m.group("what").strip() and measure is None, among_entities=True))
    for m in _ordinal_rank().finditer(text, start, end):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        phrase_end = _phrase_end(text, m.end(), end, w)
        note = re.sub(r"\s+", " ", text[m.start():phrase_end]).strip(" ,;:")
        terms = _IN_TERMS_OF.search(text, m.start(), min(end, phrase_end + 40))
        index = _INDEX_NAME.search(text, m.start(), min(end, phrase_end + 60))
        if index is not None and index.group("edition") is not None and not _RANKING_VERB.match(text, m.start()):
            index = None  # "came second in the London Marathon 2019": a race, not a league table
        # "The global SDG Index ranks Latvia fourteenth": the index named as the ranking verb's subject
        subject = _INDEX_SUBJECT.search(text, max(start, m.start() - 80), m.end())
        index = index or (subject if subject is not None and subject.end() - 1 <= m.start() + 8 else None)
        # "the World Bank's Doing Business index": the index, not whose it is
        name = re.split(r"['’]s\s+", index.group("name"))[-1] if index else None
        if name is not None and not re.search(r"(?i:\bindex\s*$)", name):
            name = _PUBLISHED_BY.sub(" Index", name, count=1)
        measure = field_name(re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")) if name else None
        if measure is None:
            # "ranked 35 out of 137 countries with respect to competitiveness": the measure named after the words
            # (not "on the continent": where, not in what)
            named_by = next((f for f in _IN_RESPECT_OF.finditer(text, m.start(), min(end, phrase_end + 40))
                             if not _words().scope.match(text, f.start())
                             # "on" only right after the rank and its scope: not "..., mostly on vulnerable groups"
                             and not (f.group().strip().lower() == "on" and f.start() > phrase_end + 12)), None)
            phrase = noun_phrases.whole_after(text, named_by.end(), end) if named_by else None
            if phrase is not None and _NOT_A_MEASURE.search(text, phrase.start, phrase.end):
                phrase = None
            measure = phrase.name if phrase is not None else None
            joint = _OF_OR_FROM.match(text, phrase.end) if phrase is not None else None
            tail = noun_phrases.whole_after(text, joint.end(), end) if joint else None
            if measure and joint and tail:
                measure = f"{measure}_{joint.group('joint').lower()}_{tail.name}"  # "freedom from corruption"
        # "the report ranked Azerbaijan 35th": the rank begins after the place it ranks, which owns it
        begins = m.end("obj") if m.group("obj") else m.start()
        found.append(Superlative(begins, phrase_end, note, measure, min(end, terms.end() + 40) if terms else
                                 begins, bare=terms is None and index is None and measure is None,
                                 among_entities=True, ranked=m.span("obj") if m.group("obj") else None))
        second = coordinated_rank(text, phrase_end, end)
        if second is not None:
            # "ranked third in Africa and first in the Maghreb area": a rank of its own, in the same measure
            found.append(Superlative(second.start("ord"), second.end(), re.sub(r"\s+", " ", text[
                second.start("ord"):second.end()]).strip(), measure, second.start("ord"), bare=True,
                among_entities=True))
    return found


def _phrase_end(text: str, pos: int, end: int, w: _Words) -> int:
    """Where the ranked noun phrase and its scope end: at punctuation, a verb or a conjunction, at most
    ten words on ("producer of potash in the world")."""
    last = pos
    for count, token in enumerate(_WORD.finditer(text, pos, end)):
        word = token.group()
        if not word[0].isalnum() or count == 10:
            break
        if word.lower() in w.stops and text[last - 1:last] != "-":  # "troop- and police-contributing"
            break
        last = token.end()
    return last

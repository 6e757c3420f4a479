"""What a figure measures when no indicator in the lexicon names it: the noun phrase the sentence gives.

"Federal personal taxes for the average family have increased 67 percent" speaks of federal personal
taxes, "the Government has 59 major welfare programs" of welfare programs. Neither is in
``lexicons/terms.jsonl``, and a fact-checker still wants the claim found; its indicator is the phrase in
snake_case (``federal_personal_taxes``, ``welfare_programs``), which no evidence series carries, so the
check says exactly what is missing. Two shapes are read, on the characters of one clause:

- the subject before the verb that leads to the figure ("<phrase> has risen by 5%", "<phrase> is $3bn");
- the counted noun right after a bare count ("59 major welfare programs", "6 million needy people").

The word lists live in ``lexicons/noun_phrases.json``.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

_WORD = re.compile(r"[A-Za-z](?:[\w'’]|-(?!-))*|\d[\d.,]*|[^\w\s]")  # "booming--housing": "--" is a dash


@dataclass(frozen=True)
class Words:
    verbs: frozenset[str]
    auxiliaries: frozenset[str]
    boundaries: frozenset[str]
    adverbs: frozenset[str]
    after_noun: frozenset[str]
    measure_heads: frozenset[str]
    aim_verbs: frozenset[str]  # "to protect 30 per cent of ...": a figure after "to" and one of them is an aim
    people: frozenset[str]  # nouns that count people: named by what is said of them ("people without electricity")
    trend_heads: frozenset[str]  # heads of a subject the lexicon lacks that a number-less trend may be said of
    counted_worldwide: frozenset[str]  # heads of counts said of the world unless a place or "our" is named
    worldwide_trends: frozenset[str]  # measures whose rise or fall, said with no place or "our", is the world's
    world_market_commodities: frozenset[str]  # goods whose price world markets set (oil, grain, fertilizers)
    worse_when_higher: frozenset[str]  # words of measures that "worsen" by rising (unemployment, poverty, debt)
    no_polarity: frozenset[str]  # measures better higher to some, lower to others ("farm prices are improving")
    whole_modifiers: frozenset[str]  # words a whole may carry and stay that whole ("of our adult population")
    money_wholes: frozenset[str]  # wholes a share of which can be spent ("2 per cent of GDP on defence")
    spending_verbs: frozenset[str]  # "we spend 2 per cent of GDP on defence": the part is spending on what follows
    witness_verbs: frozenset[str]  # "we have seen an increase in exports": a trend noun said as witnessed
    loss_words: frozenset[str]  # "lost 9 per cent of its revenues", "a decline of 85 per cent of": a fall, no share
    damage_yardsticks: frozenset[str]  # "wiped out 60 per cent of our GDP": damage measured in GDP, not a fall of it
    damage_verbs: frozenset[str]  # the verbs of that damage ("wiped out", "destroyed"); "lost" GDP is a fall
    whole_names: dict[str, str]
    money_verbs: dict[str, str]
    money_kind_verbs: frozenset[str]  # "collected $X in taxes": the noun after "in" says what the money is
    changing_verbs: frozenset[str]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    not_measures: frozenset[str]
    clause_subjects: frozenset[str]  # words that open a relative clause's own subject ("which [the] companies made")
    whole_people_frames: frozenset[str]  # "the exclusion of 1.2 billion Africans": a whole people, its population
    later_clause_openers: frozenset[str]  # ", in many places populations are growing": a later clause's own subject
    anaphoric_heads: frozenset[str]  # "..., and the numbers are rising": said of the measure before, not a subject
    fronting_prepositions: frozenset[str]  # "following the recent economic growth, unemployment decreased"
    not_a_fall_after: frozenset[str]  # "fallen victim", "fell ill", "fallen into poverty": no decline
    causative_verbs: frozenset[str]  # "helped 4 million Americans find jobs": those helped do what follows
    done_to_heads: frozenset[str]  # "we trained 40,000 teachers": people named by what was done for them
    named_by_year: frozenset[str]  # "the 1967 borders": after "the <year>", a name, not a period
    continents: frozenset[str]  # groups that are continents: "Africa is a continent of 1.3 billion people"
    noun_and_verb_directions: frozenset[str]  # "a surge in exports": after a determiner, a noun, not a verb
    share_going_verbs: frozenset[str]  # "2 per cent of global climate finance goes to Africa": where the part goes
    people_count_rates: dict[str, str]  # "seven out of ten Kenyans live in poverty": the rate of the people counted
    people_count_words: frozenset[str]  # words of a name that say it counts people ("forced_labour_victims")
    partitive_heads: frozenset[str]  # "with some form of disability": a kind of what follows, no name of its own
    dead_nouns: frozenset[str]  # who are counted dead by their noun: "250 citizens were killed"
    growth_names: dict[str, str]  # a measure's growth that has a name of its own ("price" → "inflation")
    gdp_growth_of: frozenset[str]  # "the growth of the economy", "of recent years": last words that keep growth GDP's
    evaluative_words: frozenset[str]  # "the rise in prices is alarming": a judgement of a change that happened
    contrast_words: frozenset[str]  # "we pledge to act, yet we ignore 23 million people": a clause set against an aim
    reason_words: frozenset[str]  # "it is important that we act because 42% of ...": a reason given for an aim
    people_counts: frozenset[str]  # counts of people a noun after them may say nothing of ("refugee officers")
    people_modified_heads: frozenset[str]  # such nouns: "officers", "budget", "policy", "remittances"
    counted_events: frozenset[str]  # "conflicts are multiplying", "droughts are more frequent": counts of events
    becoming_verbs: frozenset[str]  # "disasters are becoming more frequent": a verb before a trend said of its subject
    becoming_words: frozenset[str]  # "more", "increasingly": words between such a verb and the trend word
    target_words: frozenset[str]  # "the 0.7 per cent objective": a per cent figure that names an aim
    target_met_verbs: frozenset[str]  # "has met the 0.7 per cent target": the aim said to be reached, a fact
    balance_verbs: frozenset[str]  # "we had a trade surplus": verbs that say a balance's sign was so
    disaster_verbs: frozenset[str]  # "Hurricane Maria destroyed ...": what a named disaster did, dated by it
    damage_nouns: frozenset[str]  # "the damage from Hurricane Matthew": its damage, dated by it
    short_time_units: frozenset[str]  # "loses $5 million a day": a figure per such a unit is no year's total
    per_day_units: frozenset[str]  # "2 million barrels per day": units measured per day, kept
    apposed_counts: frozenset[str]  # "Our diaspora, numbering some 3 million people": a count said of the noun before
    subordinators: frozenset[str]  # "so that the deficiency fell": a subordinate clause whose subject the verb is
    finite_verbs: frozenset[str]  # "but public debt has risen": a clause's own verb before its figure
    condition_words: frozenset[str]  # "but only if exports are raised": what holds only on a condition
    present_words: frozenset[str]  # "..., but today 40 per cent are poor": what is so now, set against an aim
    past_verbs: frozenset[str]  # irregular past forms such a clause's verb may take ("made", "spent")
    relative_blockers: frozenset[str]  # nouns whose "that" clause says what, not which ("the fact that")
    modified_heads: frozenset[str]  # generic counts named with their kind ("heroin overdose deaths")
    not_kinds: frozenset[str]  # words before such a count that say no kind ("more deaths", "1 million deaths")
    quality_endings: frozenset[str]  # with not_kind_endings: "600 times more powerful than" names a quality
    not_kind_endings: frozenset[str]  # endings of judgements, no kind ("the unjustifiable deaths")
    after_subject: frozenset[str]  # words after a measure that is still a verb's subject ("wealth worldwide has grown")
    object_heads: frozenset[str]  # heads after a measure that is still a verb's object ("increased our ODA budget")
    surface_units: frozenset[str]  # units of a surface ("km2"): no measure of people or money
    surface_measures: frozenset[str]  # words of the measures a surface may be ("eez_area", "forest_cover")
    length_units: frozenset[str]  # units of a length ("km"): no measure of people or money
    length_measures: frozenset[str]  # words of the measures a length may be ("railway", "border")
    money_words: frozenset[str]  # nouns after "in" that say nothing of what the money is ("lost $350m in funds")
    per_cent_measures: frozenset[str]  # measures said only in per cent besides "_rate" names (no sum of money)
    fronted_frames: frozenset[str]  # "Consistent with our pledge to ..., we have recruited": what the fact answers to
    count_verbs: frozenset[str]  # "there are 59 programs", "we hired 12,000 nurses": verbs that say a count is so many
    people_verbs: frozenset[str]  # "we have fed 104 million people": bare people named by what was done for them
    whole_industry_words: frozenset[str]  # words before "industry", "supplies" that leave them the whole ("heavy")
    hosting_verbs: frozenset[str]  # "Lebanon hosts 1.5 million Syrian refugees": the host's count of them
    hosted_people: frozenset[str]  # heads of such counts; "Syrian", "from Burundi" say where they came from
    presupposing_frames: frozenset[str]  # "amid rising prices": words after which a participle's trend is given
    discourse_verbs: frozenset[str]  # "I should mention", "I want to thank": the speaker's way of speaking, no aim
    not_happened_verbs: frozenset[str]  # "a rise in the minimum wage was rejected": a change that did not happen
    may_be_words: frozenset[str]  # "could be caused by a drop in oil prices": a cause that may be, not one that was
    generic_predicates: frozenset[str]  # "rising exports are good for the economy": said in general, no trend given
    group_nouns: frozenset[str]  # "88 territories with a population of 71 million": a group whose people no place has
    count_subject_verbs: frozenset[str]  # "780 million suffer from malnutrition": a count with a verb of its own
    event_measures: frozenset[str]  # how hard events strike ("the severity of disasters"), said of counted_events
    cumulative_counts: frozenset[str]  # last words of counts that add up over an era ("deaths", "cases", "doses")
    no_commodity: frozenset[str]  # measures of a whole economy or people that no commodity qualifies (inflation)
    deployed_people: frozenset[str]  # last words of counts of troops ("4,000 peacekeepers serve in Somalia": not SOM's)
    loan_term_nouns: frozenset[str]  # "at the annual interest of 4.5%": the per cent a loan's terms set, no level
    # what is said of people counted ("1 billion people are currently living without electricity"):
    people_kept_prepositions: frozenset[str]  # "without electricity", "forced to leave", "dependent on aid"
    people_of_after: frozenset[str]  # "out of school", "out of poverty": words "of" completes
    people_skipped: frozenset[str]  # words before what is said of them ("are currently living")
    singular_verbs: frozenset[str]  # "the Western world of 1 billion people is rich": said of something else
    plural_verbs: frozenset[str]  # their own verb, after where they are ("in Syria are dependent on aid")
    where_prepositions: frozenset[str]  # "in Syria", "on Lesbos": where they are, skipped up to their verb
    open_name_aliases: dict[str, str]  # "tourists" → tourist_arrivals: the name a measure is known by
    losing_verbs: frozenset[str]  # "lost revenue amounting to $400 million": a sum named as lost
    not_predicates: frozenset[str]  # "60 per cent of our people are there": words that say nothing of the part
    irregular_participles: frozenset[str]  # "one-third of the debt has been paid" → public_debt_paid
    holding_verbs: frozenset[str]  # "we supply 60 per cent of the world's tuna": the speaker holds that part
    world_totals: frozenset[str]  # "Africa accounts for 4 per cent of emissions": wholes that are everyone's
    growth_plan_nouns: frozenset[str]  # "growth initiatives", "growth strategy": no growth that happened
    counted_names: dict[str, str]  # "tourism has exceeded 34 million visits": a measure's name when it is counted
    where_nouns: frozenset[str]  # "around the world", "across the country": a place said in common nouns, skipped
    where_words: frozenset[str]  # the words that lead such a place or sit in it ("around", "all over", "northern")
    people_predicate_verbs: frozenset[str]  # "5 million Somalis depend on food aid": verbs that say what they are
    participle_prepositions: frozenset[str]  # "forced from their homes": kept after a participle
    share_wholes: frozenset[str]  # "amounts to one third of its population": wholes a fraction said of is a share of
    world_measures: frozenset[str]  # "sea levels are rising": measures only the world has, unless a place is named
    unrated_measures: frozenset[str]  # "the GDP rate", "the population growth rate": measures "rate" does not rename
    unconverted_currencies: frozenset[str]  # "20 million florins": money in a currency no code is given for, no count
    monthly_measures: frozenset[str]  # "the December unemployment rate": words a month before a measure may date
    population_nouns: frozenset[str]  # "a nation of 8 million people", "the 23 million residents of Taiwan"
    part_named_after: frozenset[str]  # "12 per cent of our territory is comprised of protected areas": the part after
    intransitive_participles: frozenset[str]  # "roaring inflation and rising energy costs": said bare, as given
    effect_verbs: frozenset[str]  # "this war is leading to rising prices": an effect in general, no trend as given
    having_subjects: frozenset[str]  # "we have 59", "the Federal Government has 59": who has a count of their own
    size_words: frozenset[str]  # "huge losses of $2 billion": how big, not what of (no part of a measure's name)
    worldwide_words: frozenset[str]  # "medicines sold worldwide", "children in the world": said of the world's
    lost_sums: frozenset[str]  # "losses of $2 billion": change nouns that name a sum of money lost, a level

    @functools.cached_property
    def after_verb(self) -> frozenset[str]:
        """Words skipped between a verb and its figure: "has risen sharply by some", "increased from"."""
        return self.auxiliaries | self.adverbs | {"from"}

    @functools.cached_property
    def function_words(self) -> frozenset[str]:
        """Words that are no noun of a phrase: auxiliaries, adverbs, prepositions, boundaries and the verbs."""
        return self.auxiliaries | self.adverbs | self.prepositions | self.boundaries | self.verbs

    @functools.cached_property
    def before_verb(self) -> frozenset[str]:
        """Words skipped between a subject and its verb: "exports have also sharply"."""
        return (self.auxiliaries | self.adverbs | self.becoming_verbs | self.becoming_words
                | {"is", "are", "was", "were"}) - {
            "by", "to", "at", "than", "as", "for"}


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of word lists' phrases, longest first, each word escaped and the words of a phrase joined by
    any run of spaces ("wiped out" matches "wiped  out")."""
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True))


@functools.cache
def words() -> Words:
    raw = json.loads((resources.files("factcheck.extract") / "lexicons" / "noun_phrases.json").read_text("utf-8"))
    return Words(**{k: v if isinstance(v, dict) else frozenset(v) for k, v in raw.items() if not k.startswith("_")})


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    name: str  # snake_case


def _name(tokens: list[re.Match[str]], w: Words) -> str | None:
    kept = [t.group().lower().replace("’", "'") for t in tokens]
    while kept and kept[0] in w.determiners:
        kept.pop(0)
    kept = [k for k in kept if not k.endswith(("'s", "'"))]  # "America's", "workers'": whose, not what
    if not kept or any(not re.match(r"[a-z]", k) for k in kept):
        return None
    if kept[-1] in w.not_measures | w.unconverted_currencies and not (len(kept) > 1 and kept[-1] in w.people):
        return None  # "people" says nothing; "stateless persons" does
    if any(k in _SCALES for k in kept):
        return None  # "billion Africans", "million Libyan dinars": a figure's words, not its measure
    if kept[-1].endswith(("ed", "ly")) or len(kept[-1]) < 3:
        return None  # "the debt with which we are confronted": a participle or adverb is no measure
    name = re.sub(r"[^a-z0-9]+", "_", " ".join(kept)).strip("_")
    return name or None


def subject_before(text: str, start: int, figure: int, masked: list[tuple[int, int]] | None = None,
                   periods: list[tuple[int, int]] | None = None) -> Phrase | None:
    """The noun phrase before the verb that leads to the figure at ``figure``: "X has increased by" → X.

    Adverbs around the verb are passed over ("rose sharply from", "has steadily grown to"), and a measure
    word's object is the measure: "the number of refugees has doubled" speaks of refugees."""
    w = words()
    tokens = list(_WORD.finditer(text, start, figure))
    # "the expenditures for the same period were": said between the subject and its verb, like a period
    periods = [*(periods or []), *(m.span() for m in _SAME_PERIOD.finditer(text, start, figure))]
    i = len(tokens) - 1
    while i >= 0 and (tokens[i].group().lower() in w.after_verb or any(a <= tokens[i].start() < b for a, b in periods)):
        i -= 1  # "grew last year at a rate of": the period said after the verb
    if i < 0 or tokens[i].group().lower() not in w.verbs:
        return None
    apposed = tokens[i].group().lower() in w.apposed_counts  # "Our diaspora, numbering some 3 million people"
    aside = _ASIDE_BEFORE_VERB.search(text, start, tokens[i].start())
    if aside is not None:
        # "the number of patents granted, including reissues and labels, was 25,619": the aside is no subject
        first = next(k for k, t in enumerate(tokens) if t.start() >= aside.start())
        tokens, i = tokens[:first] + tokens[i:], first
    i -= 1
    while i >= 0 and (tokens[i].group().lower() in w.before_verb
                      or any(a <= tokens[i].start() < b for a, b in periods or [])):
        i -= 1  # "housing starts last year were up": the period said between the subject and its verb
    if apposed and i >= 0 and tokens[i].group() == ",":
        i -= 1  # the count said in apposition to its noun
    if i > 0 and _AGE_WORD.fullmatch(tokens[i].group()) and tokens[i - 1].group().lower() in _AGE_LEADS:
        i -= 2  # "the mortality of children under 5 has fallen": an age said of the subject's people
    if i > 0 and tokens[i].group().lower() in ("that", "which"):
        i -= 1  # "a budget that is 12 per cent lower": the noun the relative clause is said of
    else:
        i = _before_relative_clause(tokens, i, w, periods)  # "the debt with which we are now confronted is ..."
    phrase: list[re.Match[str]] = []
    of_object: list[re.Match[str]] = []  # the phrase after the last "of" read, in case the head is "the number"
    while i >= 0 and len(phrase) < 6:
        word = tokens[i].group()
        low = word.lower()
        if low in ("and", "or") and phrase and _inside_prepositional(tokens, i, w):
            i -= 1  # "grants-in-aid to State and local governments": the "and" joins the preposition's objects
            continue
        if low in w.prepositions and low not in w.boundaries:
            of_object = phrase if low == "of" else []
            phrase = []  # "hourly earnings of the American worker": the head comes before "of"
            i -= 1
            continue
        if low in _ARTICLES and phrase and not (i > 0 and tokens[i - 1].group().lower() in w.prepositions):
            break  # "In our new Parliament the number of women deputies": the phrase begins at its article
        noun_before_of = not phrase and of_object and i + 1 < len(tokens) and tokens[i + 1].group().lower() == "of"
        if not word[0].isalpha() or low in w.boundaries or low in w.auxiliaries or (
                low in w.verbs and not noun_before_of):  # "the cost of moving goods": a noun before "of"
            break
        if phrase and any(a <= tokens[i].start() < b for a, b in periods):
            break  # "during which time comparable pay rates ... increased": the phrase begins after the period
        if any(a <= tokens[i].start() < b for a, b in masked or []):
            if _inside_prepositional(tokens, i, w):
                phrase = []  # "of the American worker": the preposition's object, dropped when it is reached
                i -= 1
                continue
            break  # "Germany's exports", "Belarusian potash": whose figure it is, not what it measures
        phrase.insert(0, tokens[i])
        i -= 1
    if phrase and of_object and phrase[-1].group().lower() in w.measure_heads:
        phrase = _without_participles(of_object)  # "the number of students enrolled in ..." → students
    if not phrase:
        return None
    name = _name(phrase, w)
    if name is None:
        return None
    return Phrase(phrase[0].start(), phrase[-1].end(), name)


def _before_relative_clause(tokens: list[re.Match[str]], i: int, w: Words,
                            periods: list[tuple[int, int]] | None = None) -> int:
    """Where the subject ends when a relative clause stands between it and its verb: "the debt [with which we are
    now confronted] is about $290 billion" → the token before "with"; "the net profits [which the monopolists
    obtained from oil in 1955] amounted to" → "profits". ``i`` itself when there is none."""
    for j in range(i, max(0, i - 20), -1):
        low = tokens[j].group().lower()
        if not tokens[j].group()[0].isalpha() and not any(a <= tokens[j].start() < b for a, b in periods or []):
            return i
        if low in ("which", "whom") and j >= 2 and tokens[j - 1].group().lower() in w.prepositions:
            return j - 2
        if low in ("which", "that") and j >= 1 and _object_relative(tokens, j, i, w):
            return j - 1
    return i


def _object_relative(tokens: list[re.Match[str]], j: int, i: int, w: Words) -> bool:
    """Whether "which"/"that" at ``j`` opens a clause with its own subject and past verb, said of the noun before
    it ("the profits [that the companies made]"); not "shows that the exports" (a verb before it) or "the fact
    that" (no noun the figure measures)."""
    noun = tokens[j - 1].group().lower()
    if not tokens[j - 1].group()[0].isalpha() or noun in w.verbs or noun in w.auxiliaries or noun in w.boundaries \
            or noun in w.relative_blockers or j + 1 > i:
        return False
    near = [t.group().lower() for t in tokens[max(0, j - 4):j - 1]]
    if not (near and near[-1] in w.determiners) and not any(t in w.determiners - {"this", "that"} for t in near):
        return False  # "the net profits which", "the total amount that"; not "it appears that", "I wish to recall that"
    if tokens[j + 1].group().lower() not in w.clause_subjects:
        return False
    return any(t.group().lower().endswith("ed") or t.group().lower() in w.past_verbs for t in tokens[j + 2:i + 1])


def _without_participles(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """"students enrolled", "people displaced": the noun before a trailing participle."""
    kept = list(tokens)
    while kept and kept[-1].group().lower().endswith("ed"):
        kept.pop()
    return kept


def _inside_prepositional(tokens: list[re.Match[str]], i: int, w: Words) -> bool:
    """Whether a preposition comes shortly before token ``i`` with no boundary in between."""
    for token in reversed(tokens[max(0, i - 4):i]):
        low = token.group().lower()
        if low in w.prepositions and low != "per":  # "per capita income and ...": no preposition's objects
            return True
        if not token.group()[0].isalpha() or low in w.boundaries or low in w.verbs:
            return False
    return False


_NO_OBJECT = re.compile(r"(?i:\s*(?:[.,;:!?)]|$|(?:in|under|abroad|at|on|with|across|overseas|here|there|today"
                        r"|now)\b))")  # what may follow a verb with no object: "serve abroad", "serving under"
_SCALE_END = re.compile(r"(?i:\b(?:thousand|million|billion)$)")
_VICTIMS_NEXT = re.compile(r"(?i:\s+(?:are|were|have\s+been|had\s+been|became)\s+(?:the\s+)?victims\s+of\b)")
_OF_OURS = re.compile(r"(?i:\s+of\s+(?:our|its|their|the|these|those)\s+(?=[a-z]))")


def counted_after(text: str, figure_end: int, end: int) -> Phrase | None:
    """The noun a bare count counts: "59 major welfare programs" → welfare_programs, "4,000 of our peacekeepers" →
    peacekeepers."""
    w = words()
    of_ours = _OF_OURS.match(text, figure_end, end)
    figure_end = of_ours.end() if of_ours else figure_end
    phrase: list[re.Match[str]] = []
    for token in _WORD.finditer(text, figure_end, end):
        low = token.group().lower()
        if not token.group()[0].isalpha() or low in w.prepositions or low in w.boundaries or low in w.verbs \
                or low in w.auxiliaries or len(phrase) == 4 or (phrase and low in w.count_verbs
                                                                and _NO_OBJECT.match(text, token.end())):
            break  # "4,000 peacekeepers serve abroad": the verb ends what is counted ("45 million Americans receive
            # Social Security benefits" goes on: who they are is what they receive)
        if phrase and low.endswith("ly") and phrase[-1].group().lower().endswith("s"):
            break  # "2 million doses bilaterally": an adverb after the plural noun ends what is counted
        if phrase and low.endswith("ed") and phrase[-1].group().lower() in w.people:
            break  # "12 million people forced from their homes": a participle says what is said of the people
        phrase.append(token)
    if not phrase:
        # "21 million are victims of forced labour": a count of millions with no noun counts people, by what they are
        scale = _SCALE_END.search(text, max(0, figure_end - 9), figure_end)
        return _people_doing(text, scale, end, w, "people") if scale and _VICTIMS_NEXT.match(text, figure_end) \
            else None
    if phrase[-1].group().lower() in w.people:
        # "200 million women and girls are victims of ...", "13 million men, women and children in Syria are ...": the
        # people listed are counted together, by what is said of the last
        last = phrase[-1]
        while (more := _MORE_PEOPLE.match(text, last.end(), end)) and more.group("noun").lower() in w.people:
            last = more
        listed = text[phrase[-1].start():last.end()]
        doing = _people_doing(text, last, end, w, listed) if last is not phrase[-1] else None
        if doing is not None:
            return doing
        doing = _people_doing(text, phrase[-1], end, w)
        if doing is not None or len(phrase) == 1:
            return doing  # "people living without electricity"; bare "people" says nothing, "needy people" does
    name = _name(phrase, w)
    return Phrase(phrase[0].start(), phrase[-1].end(), name) if name else None


def named_by_of(text: str, start: int, figure: int) -> Phrase | None:
    """The noun a figure is "of", "worth" or "amounting to": "with outlays of $8 billion", "an economic package worth
    €1.81 billion", "a budget of about $5 billion" → outlays, economic_package, budget; "lost revenue amounting to
    $400 million" → revenue_losses."""
    w = words()
    tokens = list(_WORD.finditer(text, start, figure))
    i = len(tokens) - 1
    while i >= 0 and tokens[i].group().lower() in w.auxiliaries - {"by", "to", "at", "than", "as", "for"}:
        i -= 1  # "of about", "worth some"
    if i >= 2 and tokens[i].group().lower() == "to" and tokens[i - 1].group().lower() == "amounting":
        i -= 1  # "lost revenue amounting to more than $400 million"
    elif i < 1 or tokens[i].group().lower() not in ("of", "worth", "amounting", "totalling", "totaling"):
        return None
    # after "amounting to", "totalling": a common noun only ("pledges from Japan and Norway amounting to": no name)
    lowercase_only = tokens[i].group().lower() != "of"
    phrase: list[re.Match[str]] = []
    i -= 1
    while i >= 0 and len(phrase) < 4:
        low = tokens[i].group().lower()
        if not tokens[i].group()[0].isalpha() or low in w.determiners or low in w.boundaries or low in w.verbs \
                or low in w.prepositions or low in w.auxiliaries:
            break
        if lowercase_only and (tokens[i].group()[0].isupper() or low in w.not_measures):
            return None
        phrase.insert(0, tokens[i])
        i -= 1
    # "lost revenue amounting to", "we lost income amounting to": the verb before the noun, or its first word
    lost_first = len(phrase) > 1 and phrase[0].group().lower() in w.losing_verbs
    lost = lost_first or (i >= 0 and tokens[i].group().lower() in w.losing_verbs)
    name = _name(phrase[1:] if lost_first else phrase, w) if phrase else None
    if name in w.measure_heads:
        return None  # "an average of $500 million": what it is an average of is said elsewhere
    if name and lost:
        name = f"{name}_losses"  # "we have lost revenue amounting to $400 million": revenue lost
    return Phrase(phrase[0].start(), phrase[-1].end(), name) if name else None


def named_after_money(text: str, figure_end: int, end: int) -> Phrase | None:
    """The noun a sum of money modifies or is worth: "a $21 million debt swap", "$1 billion worth of
    infrastructure" → debt_swap, infrastructure."""
    worth = re.match(r"(?i:\s+worth\s+of\s+)", text[figure_end:end])
    if worth:
        return whole_after(text, figure_end + worth.end(), end)
    w = words()
    phrase: list[re.Match[str]] = []
    for token in _WORD.finditer(text, figure_end, end):
        low = token.group().lower()
        if not token.group()[0].isalpha() or low in w.prepositions or low in w.boundaries or low in w.verbs \
                or low in w.auxiliaries or low in w.determiners or low in w.adverbs or low in w.after_noun \
                or len(phrase) == 3:
            break  # "€820 million out of ...", "$5 billion available": no noun of its own
        phrase.append(token)
    name = _name(phrase, w) if phrase else None
    return Phrase(phrase[0].start(), phrase[-1].end(), name) if name else None


def named_by_money_verb(text: str, start: int, figure: int, figure_end: int, end: int) -> Phrase | None:
    """What a sum is, named by the verb that moves it when nothing else names it: "spends more than $100 billion
    a year" → spending, "we have allocated approximately $440 million" → allocations, "$132 billion was spent"
    → spending (noun_phrases.json money_verbs)."""
    w = words()
    tokens = list(_WORD.finditer(text, start, figure))
    i = len(tokens) - 1
    while i >= 0 and tokens[i].group().lower() in w.after_verb | {"total", "of", "a", "an", "average", "aggregate"}:
        i -= 1  # "a total of", "an average of", "an aggregate of", "more than", "approximately"
    if i >= 0 and tokens[i].group().lower() in w.money_verbs:
        verb = tokens[i].group().lower()
        kind = _IN_KIND.match(text, figure_end, end) if verb in w.money_kind_verbs else None
        named = named_after_money(text, kind.end(), end) if kind else None
        if named is not None and text[named.start].islower() and not _TIME_OR_MANNER.match(text, named.end) \
                and not named.name.endswith("terms") and named.name not in w.money_words:
            return named  # "collected $406 billion in taxes", "raised $2 billion in bonds": what the money is
        return Phrase(tokens[i].start(), tokens[i].end(), w.money_verbs[verb])
    passive = _PASSIVE.match(text, figure_end, end)
    if passive and passive.group("verb").lower() in w.money_verbs:
        return Phrase(passive.start("verb"), passive.end("verb"), w.money_verbs[passive.group("verb").lower()])
    return None


_AGE_WORD = re.compile(r"(?i:\d{1,3}|five|ten|fifteen|eighteen)")
_AGE_LEADS = frozenset({"under", "over", "aged", "below", "above"})
_ASIDE_BEFORE_VERB = re.compile(r"(?i:,\s*(?:including|excluding|not\s+including|such\s+as|notably|especially|mainly"
                                r"|mostly|in\s+particular)\b[^.;:,]*(?:,[^.;:,]*)*,\s*$)")
_SAME_PERIOD = re.compile(r"(?i:\b(?:for|during|in|over)\s+the\s+same\s+(?:period|year|time|months?|quarter)\b"
                          r"|\b(?:during|in|at|by)\s+which\s+time\b"  # "during which time comparable pay rates"
                          r"|\b(?:for|during|in)\s+the\s+(?:fiscal|calendar)\s+year\b)")
_IN_KIND = re.compile(r"(?i:\s+in\s+)")
_TIME_OR_MANNER = re.compile(r"(?i:\s+(?:years?|months?|decades?|weeks?|days?|times?|terms)\b)")  # "in recent years"
_PASSIVE = re.compile(r"(?i:\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?P<verb>[a-z]+))")


def object_before(text: str, start: int, figure: int) -> Phrase | None:
    """The object of a verb of changing, before "by"/"to"/"from" and the figure: "we have increased our judiciary by
    40 percent", "the Government cut its spending on defence by 3 per cent", "increasing the total number of
    national parks to 24" → judiciary, spending, national_parks."""
    w = words()
    tokens = list(_WORD.finditer(text, start, figure))
    i = len(tokens) - 1
    while i >= 0 and tokens[i].group().lower() in w.auxiliaries - {"by", "to"}:
        i -= 1
    if i < 2 or tokens[i].group().lower() not in ("by", "to", "from"):
        return None
    i -= 1
    phrase: list[re.Match[str]] = []
    of_object: list[re.Match[str]] = []
    while i >= 0 and len(phrase) < 6:
        low = tokens[i].group().lower()
        if low in w.prepositions:
            of_object = phrase if low == "of" else []
            phrase = []  # "spending on defence": the head comes before the preposition
            i -= 1
            continue
        if low in w.determiners and phrase and i > 0 and tokens[i - 1].group().lower() == "of":
            i -= 1  # "the allocation of our development fund": the determiner of the preposition's object
            continue
        if not tokens[i].group()[0].isalpha() or low in w.determiners or low in w.boundaries or low in w.verbs:
            break
        phrase.insert(0, tokens[i])
        i -= 1
    while i >= 0 and tokens[i].group().lower() in w.determiners:
        i -= 1
    if i < 0 or tokens[i].group().lower() not in w.changing_verbs or not phrase:
        return None
    if of_object and phrase[-1].group().lower() in w.measure_heads:
        phrase = _without_participles(of_object)  # "increasing the total number of national parks to 24"
        if not phrase:
            return None
    name = _name(phrase, w)
    return Phrase(phrase[0].start(), phrase[-1].end(), name) if name else None


_FROM_FIGURE = re.compile(r"(?i:\s+from\s+(?:about\s+|some\s+|nearly\s+|almost\s+|only\s+|just\s+)?[\d$€£])")


def object_after(text: str, verb_end: int, end: int, masked: list[tuple[int, int]] | None = None) -> Phrase | None:
    """The object right after a verb of changing with no figure of its own: "we have doubled the size of
    protected areas" → protected_areas, "quadrupled its emergency fund" → emergency_fund. Only a phrase that
    opens with a determiner ("the", "its", "our") is an object; "doubled in 2019" has none."""
    first = _WORD.search(text, verb_end, end)
    if first is None or text[verb_end:first.start()].strip():
        return None
    if first.group().lower() not in words().determiners:
        # "tripled financial inclusion from 26 per cent": a bare phrase is the object when it moved from a figure
        bare = whole_after(text, verb_end, end, masked)
        return bare if bare is not None and _FROM_FIGURE.match(text, bare.end, end) else None
    head = _HEAD_OF.match(text, verb_end, end)
    if head is not None and head.group("head").lower() in words().measure_heads:
        return whole_after(text, head.end(), end, masked)  # "the number of scholarships": scholarships
    return whole_after(text, verb_end, end, masked)


def whole_after(text: str, of_end: int, end: int, masked: list[tuple[int, int]] | None = None) -> Phrase | None:
    """The whole a share is of, named after "of": "54 per cent of Belize's electricity" → electricity,
    "70 percent of the Government's expenditures" → expenditures, "a third of the country" → country."""
    w = words()
    phrase: list[re.Match[str]] = []
    for token in _WORD.finditer(text, of_end, end):
        low = token.group().lower()
        if not phrase and low in w.whole_names and any(a <= token.start() < b for a, b in masked or []):
            return Phrase(token.start(), token.end(), w.whole_names[low])  # "of our country": its land
        if not phrase and (low in w.determiners or low.endswith(("'s", "’s"))
                           or any(a <= token.start() < b for a, b in masked or [])):
            continue  # "the", "our", "Belize's", "the world's": whose whole, not what
        if not token.group()[0].isalpha() or low in w.prepositions or low in w.boundaries or low in w.verbs \
                or low in w.auxiliaries or len(phrase) == 4 or (phrase and low in w.after_noun) \
                or (phrase and low in w.determiners):
            # "40 per cent of households own a radio": the whole ends where its verb begins; "the stimulus packages
            # the richest nations have deployed": or where a clause about it does
            break
        phrase.append(token)
    while phrase and phrase[-1].group().lower().endswith(("ed", "ly")):
        phrase.pop()  # "the workers engaged": the noun, not the participle
    if not phrase:
        return None
    said = " ".join(t.group().lower() for t in phrase)
    if said in w.whole_names:
        return Phrase(phrase[0].start(), phrase[-1].end(), w.whole_names[said])  # "a third of the country"
    name = _name(phrase, w)
    return Phrase(phrase[0].start(), phrase[-1].end(), name) if name else None


_ARTICLES = frozenset({"the", "a", "an", "our", "its", "their", "his", "her", "my", "your", "this", "these", "those"})
_HEAD_OF = re.compile(r"(?i:\s+(?:[a-z]+\s+){0,2}?(?P<head>[a-z]+)\s+of\s+)")  # "the total number of"
_SCALES = frozenset({"thousand", "million", "billion", "trillion", "hundred", "thousands", "millions", "billions"})
_MORE_PEOPLE = re.compile(r"(?i:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<noun>[a-z]+)")  # ", women and children"


def people_described(text: str, noun_start: int, end: int, who: str = "people") -> Phrase | None:
    """People named by their demonym, counted by what is said of them: "2.5 million Americans have been lifted out of
    poverty" → people_lifted_out; ``who`` names them ("400,000 children affected by the drought" →
    children_affected_by_drought)."""
    noun = _WORD.match(text, noun_start)
    return _people_doing(text, noun, end, words(), listed=who) if noun else None


_PARTICIPLE_ENDINGS = ("ed", "en", "wn")  # "forced", "driven", "thrown"


def _common_place(tokens: list[re.Match[str]], i: int, w: Words) -> int | None:
    """The index of the place noun ending a place said in common nouns at ``tokens[i]`` ("around the world", "all
    over the globe", "across our country"), if one begins there."""
    if tokens[i].group().lower() not in w.where_words:
        return None
    for k in range(i + 1, min(len(tokens), i + 4)):
        low = tokens[k].group().lower()
        if low in w.where_nouns:
            return k
        if low not in w.determiners and low not in w.where_words:
            return None
    return None


def _people_doing(text: str, noun: re.Match[str], end: int, w: Words, listed: str | None = None) -> Phrase | None:
    """"1 billion people are currently living without electricity" → people_without_electricity: people are
    counted by what the sentence says of them; bare "people" says nothing."""
    said: list[re.Match[str]] = []
    tokens = list(_WORD.finditer(text, noun.end(), end))
    i = -1
    while (i := i + 1) < len(tokens):
        token, low = tokens[i], tokens[i].group().lower()
        following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        common_place = _common_place(tokens, i, w) if not said else None
        # (not "736 million women in the world — one in three — have been ...": nothing said after it, it is who)
        if common_place is not None and common_place + 1 < len(tokens) \
                and tokens[common_place + 1].group()[0].isalpha():
            i = common_place  # "1 billion people around the world are living without ...": where, not what
            continue
        if not said and low in w.where_prepositions and following[:1].isupper():
            # "13 million men, women and children in Syria are dependent on aid": where they are (a name), then what
            # is said of them, after their verb ("people in the flooded areas" keeps "in": what they are in)
            verb = next((k for k in range(i + 1, min(len(tokens), i + 7))
                         if tokens[k].group().lower() in w.plural_verbs), None)
            if verb is None or any(not t.group()[0].isalpha() or t.group().lower() in w.boundaries
                                   for t in tokens[i + 1:verb]):
                break  # "more than 14,000 people in our country to be heard": no verb of theirs
            i = verb - 1
            continue
        # "people living in poverty", "children in school": "in" before what they are in; not "in over 80 countries",
        # "in more than 80 countries" (a figure within three words is where, not what)
        in_what = low == "in" and not said and following[:1].isalpha() and following[:1].islower() \
            and not any(t.group()[0].isdigit() for t in tokens[i + 1:i + 4])
        # "girls out of school", "lifted out of poverty", "victims of forced labour": "of" after the word it completes
        of_what = low == "of" and bool(said) and said[-1].group().lower() in w.people_of_after
        # "people forced from their homes": a participle's own preposition
        after_participle = low in w.participle_prepositions and bool(said) \
            and (said[-1].group().lower().endswith(_PARTICIPLE_ENDINGS)
                 or said[-1].group().lower() in w.people_predicate_verbs)  # "suffer from malaria"
        if low in w.partitive_heads and following.lower() == "of" and (not said or said[-1].group().lower() in
                                                                        w.determiners | {"with", "without"}):
            i += 1  # "with some form of disability": the kind said is the disability
            continue
        if not token.group()[0].isalpha() or len(said) == 4 \
                or (low in w.boundaries and low not in w.people_skipped | w.people_kept_prepositions
                    | w.people_predicate_verbs) \
                or (low in w.prepositions and low not in w.people_kept_prepositions and not in_what and not of_what
                    and not after_participle) \
                or token.group()[0].isupper():
            break  # "50,000 men at the outset", "people shot in the Brest fortress": where or when, not what
        if low in w.people_skipped:
            if not said:
                continue
            break  # "girls out of school worldwide", "people with disabilities live in": what is said ends there
        if low in w.singular_verbs and not said:
            return None  # "the Western world of 1 billion people is rich": said of the world, not of the people
        if said and low in w.plural_verbs | w.singular_verbs:
            break  # "2 million children in foster care are waiting": who they are ends at their verb
        if said and low.endswith("ed") and any(t.group().lower() in w.participle_prepositions for t in said):
            break  # "people forced from their homes received aid": past what the participle says, their verb
        said.append(token)
    while said and (said[-1].group().lower() in w.prepositions | w.determiners | w.adverbs
                    or said[-1].group().lower().endswith("ly")):
        said.pop()  # "people who previously could not ...": no adverb ends what is said of them
    if not said:
        return None
    who = listed if listed is not None else noun.group()
    kept = [t.group() for t in said if t.group().lower() not in w.determiners and not t.group().lower().endswith("ly")]
    victims = next((k for k, t in enumerate(kept[:-2]) if t.lower() == "victims" and kept[k + 1].lower() == "of"), None)
    named = [*kept[victims + 2:], "victims"] if victims is not None else [who, *kept]  # "forced_labour_victims"
    name = re.sub(r"[^a-z0-9]+", "_", " ".join(named).lower()).strip("_")
    return Phrase(noun.start(), said[-1].end(), name)

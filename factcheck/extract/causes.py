"""Deaths named by what caused them: "died of AIDS" counts `aids_deaths`, "the death toll of the conflict"
`war_deaths`, "the pandemic ... killing nearly 5 million" (said in 2021) `covid_deaths`.

A fact-checker looks up deaths in a series of one cause (war deaths, COVID-19 deaths, road deaths); a bare `deaths`
says only that people died. The causes are data (``lexicons/death_causes.json``). A cause said right after the
deaths names them ("killed in terrorist attacks", "deaths from tuberculosis"); otherwise the nearest cause before
them in the sentence does ("a Baghdad bombing left 292 dead"), and a modifier already naming another kind of death
("heroin overdose deaths") is kept.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from factcheck.extract.lexicon import Hit, LexiconError

DEATHS = "deaths"
UNKNOWN_CAUSE = ""  # a cause said that no entry knows: the deaths keep their plain name
# what links deaths to their cause right after them: "died of AIDS", "killed in the war", "lives lost to the virus"
_LINK = re.compile(r"\s+(?P<link>of|from|in|by|to|during|due\s+to|caused\s+by|related\s+to|linked\s+to)\s+"
                   r"(?:(?:the|a|an|this|that|these|those|its|their|our|his|her)\s+)?")
# a cause named explicitly that no entry knows ("died of overdoses", "died from preventable diseases"): the deaths are
# that cause's, not one named earlier in the sentence
_EXPLICIT_LINKS = frozenset({"of", "from", "due to", "caused by", "related to", "linked to"})
# up to two words before the cause ("in the Syrian civil war", "of HIV-related illnesses"); never another link
_FREE_WORDS = re.compile(r"(?:(?!(?:of|from|in|by|and|or|to|on|at|for|with)\b)[\w-]+\s+){0,2}")
# "the Cold War", "the war on drugs", "a storm of criticism", "a conflict of interest", "the pandemic of gun violence":
# a cause word said of something else
_OTHER_SENSE_BEFORE = re.compile(r"(?i:\bcold\s+$)")
_OTHER_SENSE_AFTER = {"war": re.compile(r"(?i:\s+on\b)"), "storm": re.compile(r"(?i:\s+of\b)"),
                      "conflict": re.compile(r"(?i:\s+of\b)"), "pandemic": re.compile(r"(?i:\s+of\b)"),
                      "epidemic": re.compile(r"(?i:\s+of\b)")}
# words a kind of death may add to its cause and stay that cause's ("coronavirus disease deaths", "AIDS-related")
_GENERIC_AFTER_CAUSE = ("_related", "_disease", "_associated", "_induced", "_linked")
_COUNT_AFTER = re.compile(r"(?i:(?:(?:nearly|almost|about|over|more\s+than|some|at\s+least|around)\s+)?\d)")
# how far before the deaths a cause may be named in their sentence (characters)
_REACH = 160


@dataclass(frozen=True)
class Cause:
    indicator: str
    pattern: re.Pattern[str]
    from_year: int | None
    names: tuple[str, ...]  # the phrases in snake_case, as a modifier makes them part of a name


def _phrase(phrase: str) -> str:
    words = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", phrase))
    body = words if not any(c.islower() for c in phrase) else f"(?i:{words})"  # "AIDS", "TB": only as written
    return rf"(?<![\w-]){body}(?:-related)?(?![\w-])"  # "AIDS-related illnesses"


@functools.cache
def causes(name: str = "death_causes.json") -> tuple[Cause, ...]:
    """The causes of ``lexicons/death_causes.json``, longest phrase first within each."""
    text = (resources.files("factcheck.extract") / "lexicons" / name).read_text(encoding="utf-8")
    try:
        entries = json.loads(text)["causes"]
        found = []
        for entry in entries:
            phrases = sorted(entry["phrases"], key=len, reverse=True)
            found.append(Cause(str(entry["indicator"]), re.compile("|".join(_phrase(p) for p in phrases)),
                               entry.get("from_year"), tuple(_snake(p) for p in phrases)))
    except (KeyError, TypeError, json.JSONDecodeError, re.error) as exc:
        raise LexiconError(f"{name}: needs 'causes', each with 'indicator' and 'phrases' ({exc})") from None
    return tuple(found)


def _usable(year: int | None) -> list[Cause]:
    return [c for c in causes() if c.from_year is None or (year is not None and year >= c.from_year)]


def _in_its_sense(text: str, m: re.Match[str]) -> bool:
    """Whether a cause word names a cause of death, not something else ("the Cold War", "the war on drugs")."""
    other_sense = _OTHER_SENSE_AFTER.get(m.group().lower())
    return not (_OTHER_SENSE_BEFORE.search(text, max(0, m.start() - 6), m.start())
                or (other_sense is not None and other_sense.match(text, m.end())))


def cause_after(text: str, at: int, end: int, year: int | None) -> str | None:
    """The cause said right after the deaths ("of AIDS", "in the Syrian civil war", "caused by floods");
    ``UNKNOWN_CAUSE`` when a cause no entry knows is said there ("died of overdoses"), None when none is said."""
    link = _LINK.match(text, at, end)
    if link is None:
        return None
    free = _FREE_WORDS.match(text, link.end(), end)
    window_end = min(end, free.end() + 40) if free else link.end()
    hits = [(m.start(), c.indicator) for c in _usable(year) for m in c.pattern.finditer(text, link.end(), window_end)
            if m.start() <= (free.end() if free else link.end()) and _in_its_sense(text, m)]
    if hits:
        return min(hits)[1]  # the cause said first: "died from the HIV virus" is AIDS, not the virus
    if _COUNT_AFTER.match(text, link.end(), end):
        return None  # "the deaths of nearly 3,000 people": who died, not of what
    return UNKNOWN_CAUSE if re.sub(r"\s+", " ", link.group("link").lower()) in _EXPLICIT_LINKS else None


def cause_before(text: str, start: int, at: int, year: int | None) -> str | None:
    """The nearest cause named before the deaths, in their clause (after the last ";" or ":") and within reach."""
    clause = max(text.rfind(";", start, at), text.rfind(":", start, at)) + 1 or start
    best: tuple[int, str] | None = None
    for cause in _usable(year):
        for m in cause.pattern.finditer(text, max(start, clause, at - _REACH), at):
            if _in_its_sense(text, m) and (best is None or m.end() > best[0]):
                best = (m.end(), cause.indicator)
    return best[1] if best else None


def is_deaths(indicator: str | None) -> bool:
    """Whether an indicator counts deaths, of any cause (``deaths``, ``war_deaths``)."""
    return indicator is not None and (indicator == DEATHS or indicator.endswith("_" + DEATHS))


def _snake(phrase: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", phrase.lower()).strip("_")


def named_by_cause(text: str, sentence_start: int, sentence_end: int, h: Hit, year: int | None) -> Hit:
    """The deaths ``h`` names, renamed by their cause when the sentence gives one; any other hit as it is."""
    if h.value == DEATHS:
        said_end = h.extra.get("said", (h.start, h.end))[1]
        after = cause_after(text, said_end, sentence_end, year)
        named = after if after is not None else cause_before(text, sentence_start, h.start, year)
    elif h.extra.get("open") and h.value.endswith("_" + DEATHS):
        # "tuberculosis-related deaths" were named by their modifier; "heroin overdose deaths" keep that name
        named = cause_in_name(h.value.removesuffix("_" + DEATHS), year)
    else:
        return h
    return Hit(h.start, h.end, h.type, named, h.extra) if named else h


def cause_in_name(modifier: str, year: int | None) -> str | None:
    """The cause a modifier names when it is only that cause ("tuberculosis_related" → tb_deaths, "coronavirus_disease"
    → covid_deaths; not "heroin_overdose", a kind more precise than the cause)."""
    bare = modifier
    for generic in _GENERIC_AFTER_CAUSE:
        bare = bare.removesuffix(generic)
    return next((c.indicator for c in _usable(year) if bare in c.names), None)

"""Deaths named by what caused them: "died of AIDS" counts `aids_deaths`, "the death toll of the conflict"
`war_deaths`, "the pandemic ... killing nearly 5 million" (said in 2021) `covid_deaths`.

A fact-checker looks up deaths in a series of one cause (war deaths, COVID-19 deaths, road deaths); a bare `deaths`
says only that people died. The causes, and the words around them, are data (``lexicons/death_causes.json``). A
cause said right after the deaths names them ("killed in terrorist attacks", "deaths from tuberculosis"); otherwise
the nearest cause before them in their clause and within reach does ("a Baghdad bombing left 292 dead"); a modifier
that is only a cause names them ("tuberculosis-related deaths"), one naming another kind of death is kept ("heroin
overdose deaths").
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from factcheck.extract.lexicon import Hit, LexiconError

DEATHS = "deaths"
_DETERMINERS = r"(?:(?:the|a|an|this|that|these|those|its|their|our|his|her)\s+)?"
_DIGIT = re.compile(r"(?<![\w-])\d")  # a figure ("of nearly 3,000"), not a name's digits ("COVID-19")


@dataclass(frozen=True)
class Cause:
    indicator: str
    pattern: re.Pattern[str]
    from_year: int | None
    names: tuple[str, ...]  # the phrases in snake_case, as a modifier makes them part of a name


@dataclass(frozen=True)
class CauseLexicon:
    causes: tuple[Cause, ...]
    link: re.Pattern[str]  # what links deaths to their cause right after them ("died of", "lost to")
    free_words: re.Pattern[str]  # up to two words before that cause, none a link ("in the Syrian civil war")
    reach: int  # how far before the deaths a cause may be named in their clause (characters)
    other_sense_before: re.Pattern[str]  # "the Cold War", "the drug war"
    other_sense_after: dict[str, re.Pattern[str]]  # "the war on drugs", "a storm of criticism"
    generic_after_cause: tuple[str, ...]  # "coronavirus disease deaths", "AIDS-related deaths": still the cause's


def _phrase(phrase: str) -> str:
    words = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", phrase))
    body = words if not any(c.islower() for c in phrase) else f"(?i:{words})"  # "AIDS", "TB": only as written
    return rf"(?<![\w-]){body}(?:-related)?(?![\w-])"  # "AIDS-related illnesses"


def _words(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@functools.cache
def cause_lexicon(name: str = "death_causes.json") -> CauseLexicon:
    """``lexicons/death_causes.json``, compiled; each cause's phrases longest first."""
    text = (resources.files("factcheck.extract") / "lexicons" / name).read_text(encoding="utf-8")
    try:
        raw: dict[str, Any] = json.loads(text)
        found = []
        for entry in raw["causes"]:
            phrases = sorted(entry["phrases"], key=len, reverse=True)
            found.append(Cause(str(entry["indicator"]), re.compile("|".join(_phrase(p) for p in phrases)),
                               entry.get("from_year"), tuple(_snake(p) for p in phrases)))
        links = _words(raw["links"])
        return CauseLexicon(
            tuple(found),
            re.compile(r"(?i:\s+(?:" + links + r")\s+" + _DETERMINERS + ")"),
            re.compile(r"(?i:(?:(?!(?:" + links + r"|and|or|on|at|for|with)\b)[\w-]+\s+){0,2})"),
            int(raw["reach"]),
            re.compile(r"(?i:\b(?:" + _words(raw["other_sense_before"]) + r")\s+$)"),
            {cause: re.compile(r"(?i:\s+(?:" + _words(after) + r")\b)")
             for cause, after in raw["other_sense_after"].items()},
            tuple("_" + w for w in raw["generic_after_cause"]))
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise LexiconError(f"{name}: needs 'causes' (each with 'indicator' and 'phrases'), 'links', 'reach', "
                           f"'other_sense_before', 'other_sense_after' and 'generic_after_cause' ({exc})") from None


def causes() -> tuple[Cause, ...]:
    return cause_lexicon().causes


def _usable(year: int | None) -> list[Cause]:
    return [c for c in causes() if c.from_year is None or (year is not None and year >= c.from_year)]


def _in_its_sense(text: str, m: re.Match[str]) -> bool:
    """Whether a cause word names a cause of death, not something else ("the Cold War", "the war on drugs")."""
    lex = cause_lexicon()
    after = lex.other_sense_after.get(m.group().lower())
    return not (lex.other_sense_before.search(text, max(0, m.start() - 10), m.start())
                or (after is not None and after.match(text, m.end())))


def cause_after(text: str, at: int, end: int, year: int | None) -> str | None:
    """The cause said right after the deaths ("of AIDS", "in the Syrian civil war", "lost to the virus"), the one
    said first when several are; None when none is (or what follows is who died: "the deaths of nearly 3,000")."""
    lex = cause_lexicon()
    link = lex.link.match(text, at, end)
    if link is None:
        return None
    free = lex.free_words.match(text, link.end(), end)
    free_end = free.end() if free else link.end()
    if _DIGIT.search(text, link.end(), free_end):
        return None  # "the deaths of nearly 3,000 people": who, not what
    hits = [(m.start(), c.indicator) for c in _usable(year)
            for m in c.pattern.finditer(text, link.end(), min(end, free_end + 40))
            if m.start() <= free_end and _in_its_sense(text, m)]
    return min(hits)[1] if hits else None  # "died from the HIV virus" is AIDS, not the virus


def cause_before(text: str, start: int, at: int, year: int | None) -> str | None:
    """The nearest cause named before the deaths, in their clause (after the last ";" or ":") and within reach."""
    clause = max(text.rfind(";", start, at), text.rfind(":", start, at)) + 1 or start
    best: tuple[int, str] | None = None
    for cause in _usable(year):
        for m in cause.pattern.finditer(text, max(start, clause, at - cause_lexicon().reach), at):
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
        named = cause_after(text, said_end, sentence_end, year) or cause_before(text, sentence_start, h.start, year)
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
    for generic in cause_lexicon().generic_after_cause:
        bare = bare.removesuffix(generic)
    return next((c.indicator for c in _usable(year) if bare in c.names), None)

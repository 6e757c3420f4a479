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
_LINKS = r"(?:of|from|in|by|during|due\s+to|caused\s+by|related\s+to|linked\s+to)"
_DETERMINERS = r"(?:(?:the|a|an|this|that|these|those|its|their|our|his|her)\s+)?"


@dataclass(frozen=True)
class Cause:
    indicator: str
    pattern: re.Pattern[str]
    from_year: int | None
    names: tuple[str, ...]  # the phrases in snake_case, as a modifier makes them part of a name


def _phrase(phrase: str) -> str:
    words = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", phrase))
    body = words if phrase.isupper() or not any(c.islower() for c in phrase) else f"(?i:{words})"
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


def cause_after(text: str, at: int, end: int, year: int | None) -> str | None:
    """The cause said right after the deaths ("of AIDS", "in the Syrian civil war", "caused by floods")."""
    link = re.compile(r"\s+" + _LINKS + r"\s+" + _DETERMINERS + r"(?:[\w-]+\s+){0,2}?")
    for cause in _usable(year):
        joined = re.compile(link.pattern + "(?:" + cause.pattern.pattern + ")")
        if joined.match(text, at, end):
            return cause.indicator
    return None


def cause_before(text: str, start: int, at: int, year: int | None) -> str | None:
    """The nearest cause named before the deaths in their sentence."""
    best: tuple[int, str] | None = None
    for cause in _usable(year):
        for m in cause.pattern.finditer(text, start, at):
            if best is None or m.end() > best[0]:
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
    """The cause a modifier's words name ("tuberculosis_related" → tb_deaths)."""
    padded = f"_{modifier}_"
    return next((c.indicator for c in _usable(year) if any(f"_{n}_" in padded for n in c.names)), None)

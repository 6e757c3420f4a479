"""The extractor's vocabulary, loaded from data files under ``lexicons/`` and compiled into regexes.

Why data and not code: what counts as a hedge, a currency, a country adjective or a group changes with
every new kind of statement, and a fact-checker should be able to add "roubles" or "the Global South"
without reading Python. Why regexes and not token Matchers: the phrases are matched on the characters of
the few sentences that can hold a claim, which is several times cheaper than a token Matcher over every
document and does not depend on how the tokenizer splits "5.1%", "$3.8bn" or "non-CIS".

Files (validated on load; a broken line raises :class:`LexiconError` naming ``file:line``):

- ``countries.csv``: ``iso3,names,adjectives`` (names and adjectives ``|``-separated).
- ``groups.csv``: ``phrase,group`` (group names as in docs/claim-records.md).
- ``populations.json``: how many people only the most populous countries have, in tiers (a larger count is the
  world's).
- ``terms.jsonl``: ``{"type": ..., "phrase": ..., "value": ...}`` plus optional ``sign``/``scale``/``weak``/
  ``with_commodity``/``as_whole``/``before_measure``/``cue``/``predicate``/``clause_only`` (lexicons/README.md).
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

TERM_TYPES = frozenset({
    "indicator", "commodity", "direction", "multiplier", "hedge", "scale", "currency", "percent", "unit",
    "time", "speech", "forecast", "hypothetical", "shift", "share", "rank", "level", "evaluative", "policy",
    "economic", "unfulfilled", "commitment", "trend_noun",
})
# Words for phrase lookup: runs of letters, runs of digits, single signs; spaces and quotes are skipped.
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s\"“”«»„]")
# Between the words of a phrase: spaces, line breaks and quotation marks ('countries of the "X"').
_GAP = r"[\s\"“”«»„]+"


class LexiconError(ValueError):
    """A lexicon file has a line the extractor cannot use."""


@dataclass(frozen=True)
class Hit:
    """One phrase found in a text: character span, the phrase's type and value, and extra data."""

    start: int
    end: int
    type: str
    value: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


def _key(text: str) -> str:
    return re.sub(_GAP, " ", text).strip().lower()


def _phrase_regex(phrase: str, attached: bool = False) -> str:
    words = [re.escape(w) for w in phrase.split()]
    body = _GAP.join(words)
    if phrase[0].isalnum() and not attached:
        body = r"(?<![\w])" + body
    if phrase[-1].isalnum():
        body += r"(?![\w])"
    # Phrases with a lower-case letter match in any case; all-capital ones ("US", "EU") only as written,
    # so the pronoun "us" is never the United States.
    return f"(?i:{body})" if any(c.islower() for c in phrase) else body


class PhraseTable:
    """Longest-match lookup of many phrases in a text, each phrase mapped to a value and extra data.

    ``find`` walks the words of the text and looks each up in a table keyed by a phrase's first word,
    which costs the same however many phrases there are (one regex alternation of a thousand country
    names was most of the extractor's time). ``match_before`` does the same from a phrase's last word;
    ``match_at`` looks at one position only with a compiled alternation, built the first time it is needed.
    """

    def __init__(self, type_: str, entries: list[tuple[str, str, dict[str, Any]]], attached: bool = False) -> None:
        """``attached``: phrases may follow a digit directly ("4.2bn", "7%"), so no left word boundary."""
        self.type = type_
        self.attached = attached
        self._values: dict[str, tuple[str, dict[str, Any]]] = {}
        self._phrases: list[str] = []
        self._index: dict[str, list[tuple[tuple[str, ...], bool, str]]] = {}
        self._by_last: dict[str, list[tuple[tuple[str, ...], bool, str]]] = {}
        for phrase, value, extra in entries:
            key = _key(phrase)
            if key in self._values:
                continue
            self._values[key] = (value, extra)
            self._phrases.append(phrase)
            words = tuple(_TOKEN.findall(phrase))
            if not words:
                continue
            sensitive = not any(c.islower() for c in phrase)
            words = words if sensitive else tuple(w.lower() for w in words)
            self._index.setdefault(words[0].lower(), []).append((words, sensitive, key))
            self._by_last.setdefault(words[-1].lower(), []).append((words, sensitive, key))
        for table in (self._index, self._by_last):
            for candidates in table.values():
                candidates.sort(key=lambda c: len(c[0]), reverse=True)
        self._phrases.sort(key=len, reverse=True)

    @property
    def phrases(self) -> tuple[str, ...]:
        """Every phrase of the table, longest first."""
        return tuple(self._phrases)

    @functools.cached_property
    def values(self) -> frozenset[str]:
        """Every value the table maps a phrase to ("USD", "EUR" for the currencies)."""
        return frozenset(value for value, _ in self._values.values())

    def phrases_without(self, *flags: str) -> tuple[str, ...]:
        """The phrases whose entry sets none of ``flags`` ("with_figure", "before_measure"), longest first."""
        return tuple(p for p in self._phrases if not any(self._values[_key(p)][1].get(f) for f in flags))

    def phrases_with(self, flag: str) -> tuple[str, ...]:
        """The phrases whose entry sets ``flag`` ("cue"), longest first."""
        return tuple(p for p in self._phrases if self._values[_key(p)][1].get(flag))

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        alternation = "|".join(_phrase_regex(p, self.attached) for p in self._phrases) or r"(?!x)x"
        return re.compile(alternation)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        tokens = list(_TOKEN.finditer(text, start, len(text) if end is None else end))
        words = [t.group() for t in tokens]
        lower = [w.lower() for w in words]
        hits: list[Hit] = []
        i, n = 0, len(tokens)
        while i < n:
            for phrase, sensitive, key in self._index.get(lower[i], ()):
                size = len(phrase)
                seq = words if sensitive else lower
                if i + size <= n and tuple(seq[i:i + size]) == phrase:
                    value, extra = self._values[key]
                    hits.append(Hit(tokens[i].start(), tokens[i + size - 1].end(), self.type, value, extra))
                    i += size
                    break
            else:
                i += 1
        return hits

    def _hit(self, m: re.Match[str]) -> Hit:
        value, extra = self._values.get(_key(m.group()), ("", {}))
        return Hit(m.start(), m.end(), self.type, value, extra)

    def match_at(self, text: str, pos: int) -> Hit | None:
        """The longest phrase starting exactly at ``pos``."""
        m = self.pattern.match(text, pos)
        return self._hit(m) if m else None

    def match_before(self, text: str, pos: int, window: int = 40) -> Hit | None:
        """The longest phrase ending at ``pos`` (trailing spaces and quotes allowed), looked up by its last
        word: the cost does not grow with the number of phrases or the size of the window."""
        tokens = list(_TOKEN.finditer(text, max(0, pos - window), pos))
        if not tokens:
            return None
        words = [t.group() for t in tokens]
        lower = [w.lower() for w in words]
        n = len(tokens)
        for phrase, sensitive, key in self._by_last.get(lower[-1], ()):
            size = len(phrase)
            seq = words if sensitive else lower
            if size <= n and tuple(seq[n - size:]) == phrase:
                first = tokens[n - size]
                if first.start() == max(0, pos - window) and first.start() > 0 and text[first.start() - 1].isalnum():
                    continue  # the window cut a word in two
                value, extra = self._values[key]
                return Hit(first.start(), tokens[-1].end(), self.type, value, extra)
        return None


@dataclass(frozen=True)
class Country:
    iso3: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]


class Lexicon:
    """All phrase tables the extractor uses, built once per process (see :func:`load_lexicon`)."""

    def __init__(self, countries: list[Country], groups: list[tuple[str, str]],
                 terms: list[dict[str, Any]]) -> None:
        self.countries = {c.iso3: c for c in countries}
        self.groups = groups
        place_entries: list[tuple[str, str, dict[str, Any]]] = []
        for c in countries:
            place_entries += [(n, c.iso3, {"form": "name"}) for n in c.names]
            place_entries += [(a, c.iso3, {"form": "adjective"}) for a in c.adjectives]
        place_entries += [(p, g, {"form": "group"}) for p, g in groups]
        # Codes last, so a name that is also a code keeps its name reading.
        not_codes = _not_codes()
        place_entries += [(c.iso3, c.iso3, {"form": "code"}) for c in countries if c.iso3 not in not_codes]
        self.places = PhraseTable("place", place_entries)
        self.group_names = frozenset(g for _, g in groups if g not in (SELF, NOT_A_PLACE))
        by_type: dict[str, list[tuple[str, str, dict[str, Any]]]] = {t: [] for t in TERM_TYPES}
        for t in terms:
            extra = {k: v for k, v in t.items() if k not in ("type", "phrase", "value")}
            by_type[t["type"]].append((t["phrase"], str(t["value"]), extra))
        self.tables = {t: PhraseTable(t, entries, attached=t in _AFTER_DIGITS) for t, entries in by_type.items()}

    def __getitem__(self, type_: str) -> PhraseTable:
        return self.tables[type_]

    @functools.cached_property
    def _peoples(self) -> dict[str, str]:
        people: dict[str, str] = {}
        for c in self.countries.values():
            for adjective in c.adjectives:
                low = adjective.lower()
                # "Afghans", "Yemenis"; "the Chinese", "the Swiss" are their own plural
                people.setdefault(low if low.endswith(("ese", "ss", "sh", "ch")) else low + "s", c.iso3)
        known = {group for _, group in self.groups}
        for word, group in _group_peoples(_read("group_peoples.csv"), known):
            people.setdefault(word.lower(), group)  # "600 million Africans": Africa's people
        return people

    def people_of(self, word: str) -> str | None:
        """The country whose people a plural demonym names ("Afghans" → AFG, "Chinese" → CHN), else None."""
        return self._peoples.get(word.lower())


# groups.csv's names for what is no group: "my country", "our country" (the document's own country), and seas, gulfs
# and canals named after a country ("the Indian Ocean", "the Gulf of Guinea"), no place whose figure anything is
SELF = "SELF"
NOT_A_PLACE = "NOT-A-PLACE"
# Units that may be written straight after a number.
_AFTER_DIGITS = frozenset({"scale", "percent", "currency", "unit", "time"})


def _not_codes(name: str = "not_codes.json") -> frozenset[str]:
    """The country codes not read alone (``lexicons/not_codes.json``): English words and abbreviations in capitals."""
    try:
        codes = json.loads(_read(name))["codes"]
    except (KeyError, TypeError, json.JSONDecodeError) as exc:
        raise LexiconError(f"{name}: needs a list 'codes' ({exc})") from None
    return frozenset(str(c) for c in codes)


def _read(name: str) -> str:
    return (resources.files("factcheck.extract") / "lexicons" / name).read_text(encoding="utf-8")


def _countries(text: str, name: str = "countries.csv") -> list[Country]:
    rows = csv.DictReader(io.StringIO(text))
    if rows.fieldnames != ["iso3", "names", "adjectives"]:
        raise LexiconError(f"{name}:1: header must be iso3,names,adjectives")
    out = []
    for line, row in enumerate(rows, start=2):
        iso3 = row["iso3"] or ""
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise LexiconError(f"{name}:{line}: iso3 {iso3!r} is not three capital letters")
        names = tuple(n.strip() for n in (row["names"] or "").split("|") if n.strip())
        adjectives = tuple(a.strip() for a in (row["adjectives"] or "").split("|") if a.strip())
        out.append(Country(iso3, names, adjectives))
    return out


def _groups(text: str, name: str = "groups.csv") -> list[tuple[str, str]]:
    rows = csv.DictReader(io.StringIO(text))
    if rows.fieldnames != ["phrase", "group"]:
        raise LexiconError(f"{name}:1: header must be phrase,group")
    out = []
    for line, row in enumerate(rows, start=2):
        if not row["phrase"] or not row["group"]:
            raise LexiconError(f"{name}:{line}: phrase and group are both required")
        out.append((row["phrase"].strip(), row["group"].strip()))
    return out


def _group_peoples(text: str, groups: set[str], name: str = "group_peoples.csv") -> list[tuple[str, str]]:
    """The peoples of groups of countries ("Africans" → Africa), each group one groups.csv names."""
    rows = csv.DictReader(io.StringIO(text))
    if rows.fieldnames != ["people", "group"]:
        raise LexiconError(f"{name}:1: header must be people,group")
    out = []
    for line, row in enumerate(rows, start=2):
        people, group = (row["people"] or "").strip(), (row["group"] or "").strip()
        if not people or group not in groups:
            raise LexiconError(f"{name}:{line}: needs a people and a group of groups.csv (got {group!r})")
        out.append((people, group))
    return out


def _terms(text: str, name: str = "terms.jsonl") -> list[dict[str, Any]]:
    out = []
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise LexiconError(f"{name}:{line}: not JSON ({exc.msg})") from None
        if not isinstance(item, dict) or not {"type", "phrase", "value"} <= item.keys():
            raise LexiconError(f"{name}:{line}: needs type, phrase and value")
        if item["type"] not in TERM_TYPES:
            raise LexiconError(f"{name}:{line}: unknown type {item['type']!r}")
        if not str(item["phrase"]).strip():
            raise LexiconError(f"{name}:{line}: empty phrase")
        out.append(item)
    return out


@dataclass(frozen=True)
class CountryTier:
    """No country but ``countries`` has more than ``above`` people (a tier of ``lexicons/populations.json``), or more
    than ``above`` dollars a year (``lexicons/economies.json``)."""

    above: float
    countries: frozenset[str]


@functools.cache
def populous_countries() -> tuple[CountryTier, ...]:
    """The tiers of ``populations.json``, the largest ``above`` first."""
    return _tiers("populations.json")


@functools.cache
def world_speakers() -> frozenset[str]:
    """Speakers whose figures are the world's unless a place is named (``lexicons/speakers.json``)."""
    return frozenset(json.loads(_read("speakers.json"))["world_speakers"])


@functools.cache
def large_economies() -> tuple[CountryTier, ...]:
    """The tiers of ``economies.json`` (no country but ``countries`` has had a GDP over ``above`` dollars), the largest
    ``above`` first."""
    return _tiers("economies.json")


@functools.cache
def weighed_currencies() -> frozenset[str]:
    """The currencies whose sums ``economies.json`` weighs against its tiers (as dollars)."""
    return frozenset(json.loads(_read("economies.json")).get("weighed_currencies", []))


def _tiers(name: str) -> tuple[CountryTier, ...]:
    raw = json.loads(_read(name))
    try:
        tiers = [CountryTier(float(t["above"]), frozenset(str(c) for c in t["countries"])) for t in raw["tiers"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise LexiconError(f"{name}: needs 'tiers', each a number 'above' and a list 'countries' ({exc})") from None
    return tuple(sorted(tiers, key=lambda t: t.above, reverse=True))


@functools.cache
def load_lexicon() -> Lexicon:
    """The packaged lexicon, parsed and compiled once per process."""
    return Lexicon(_countries(_read("countries.csv")), _groups(_read("groups.csv")), _terms(_read("terms.jsonl")))

"""Country codes and names as publishers write them → ISO 3166 alpha-3, a group, or "an aggregate".

Claims name countries by ISO alpha-3 and groups by the names in ``groups.csv``, so every imported row
must too. Publishers differ: the World Bank writes "Egypt, Arab Rep.", the IMF "Poland, Rep. of" (and
numeric codes), Eurostat ISO alpha-2 with its own exceptions (EL, UK). The countries table of the
target package is the reference; ``imf_names.csv`` (taken from the IMF DOTS extract the bundled
evidence was built from) covers the IMF's spellings and its aggregates.

A publisher's aggregate ("High income", "Euro Area") is not a country and not one of our groups, so it
is dropped and counted, never guessed; a name that is neither is an error the user sees.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

WORLD = "world"

# ISO alpha-2 exceptions used by Eurostat and others (XK: Kosovo, kept as XKX like the IMF resources).
ALPHA2_EXTRA = {"EL": "GRC", "UK": "GBR", "XK": "XKX"}

# World Bank spellings that normalising alone does not reach, and non-ISO economies the World Bank and
# IMF publish (kept under their publishers' codes, as the bundled IMF resources keep them).
ALIASES = {
    "united states": "USA", "united kingdom": "GBR", "russia": "RUS", "turkiye": "TUR", "turkey": "TUR",
    "vietnam": "VNM", "lao pdr": "LAO", "kyrgyz republic": "KGZ", "slovak republic": "SVK",
    "czech republic": "CZE", "hong kong sar, china": "HKG", "macao sar, china": "MAC", "syria": "SYR",
    "west bank and gaza": "PSE", "korea, south": "KOR", "iran": "IRN", "moldova": "MDA",
    "netherlands": "NLD", "swaziland": "SWZ", "cape verde": "CPV", "ivory coast": "CIV",
    "kosovo": "XKX", "channel islands": "CHI",
}

# World Bank aggregate codes (WDI and the data catalogue): not countries; WLD and EUU have our names.
WB_AGGREGATES = frozenset((
    "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS", "HIC", "HPC",
    "IBD", "IBT", "IDA", "IDB", "IDX", "INX", "LAC", "LCN", "LDC", "LIC", "LMC", "LMY", "LTE", "MEA", "MIC",
    "MNA", "NAC", "OED", "OSS", "PRE", "PSS", "PST", "SAS", "SSA", "SSF", "SST", "TEA", "TEC", "TLA", "TMN",
    "TSA", "TSS", "UMC", "WLD",
))
WB_NAMED = {"WLD": WORLD, "EUU": "EU"}

# Eurostat reporter and partner aggregates with one of our names; others are dropped.
EUROSTAT_NAMED = {"EU27_2020": "EU", "EU": "EU", "WORLD": WORLD, "WLD": WORLD}

_STOP = frozenset((
    "the", "of", "and", "rep", "republic", "islamic", "arab", "state", "plurinational", "bolivarian", "province",
    "rb", "kingdom", "united",
))
_ABBREVIATIONS = {"dem": "democratic", "sts": "states", "fed": "federated", "st": "saint", "is": "islands"}
_AGGREGATE_WORDS = re.compile(r"\b(income|developing|economies|countries|world|region|area|total|union|"
                              r"members|dividend|IDA|IBRD|OECD|HIPC|small states|not specified|"
                              r"not classified|excluding|n\.e\.s)\b|&", re.I)


def _key(name: str) -> tuple[str, ...]:
    """A spelling-proof key: accents, punctuation, order and filler words ("Rep.", "the") removed."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\((incl|excl|including|excluding)\.?[^)]*\)", " ", text)
    words = [_ABBREVIATIONS.get(w, w) for w in re.findall(r"[a-z]+", text)]
    return tuple(sorted(w for w in words if w not in _STOP))


@dataclass(frozen=True)
class Place:
    """What a code or name stands for: a country or group code, or an aggregate to drop."""

    code: str | None
    aggregate: bool = False


class Places:
    """Resolves codes and names against one countries table (the target package's)."""

    def __init__(self, countries: dict[str, dict[str, str]]) -> None:
        self.iso3 = frozenset(countries)
        self.alpha2 = {row["iso2"].upper(): code for code, row in countries.items() if row.get("iso2")}
        self.alpha2.update(ALPHA2_EXTRA)
        keys: dict[tuple[str, ...], set[str]] = {}
        for code, row in countries.items():
            keys.setdefault(_key(row.get("name", "")), set()).add(code)
        self.by_key = {key: next(iter(codes)) for key, codes in keys.items() if len(codes) == 1 and key}
        self.imf = _imf_names()

    @classmethod
    def from_table(cls, path: Path) -> Places:
        with path.open(encoding="utf-8", newline="") as handle:
            return cls({row["iso3"]: row for row in csv.DictReader(handle) if row.get("iso3")})

    def code(self, code: str) -> Place | None:
        """An ISO alpha-3 or alpha-2 code (Eurostat's EL and UK too)."""
        text = code.strip().upper()
        if text in self.iso3:
            return Place(text)
        if text in self.alpha2:
            return Place(self.alpha2[text])
        return None

    def name(self, name: str) -> Place | None:
        """A country name in any publisher's spelling; None when unknown."""
        text = " ".join(name.split())
        if text.lower() in ("world", "all countries", "world total"):
            return Place(WORLD)
        if text in self.imf:
            code, kind = self.imf[text]
            return Place(None, aggregate=True) if kind in ("aggregate", "unallocated") else Place(code)
        alias = ALIASES.get(text.lower())
        if alias:
            return Place(alias)
        found = self.by_key.get(_key(text))
        if found:
            return Place(found)
        without_brackets = re.sub(r"\s*\([^)]*\)", "", text)
        if without_brackets != text:
            return self.name(without_brackets)
        return None

    def name_or_aggregate(self, name: str) -> Place | None:
        """Like :meth:`name`, but a name that reads as a group of countries is an aggregate to drop."""
        found = self.name(name)
        if found is None and _AGGREGATE_WORDS.search(name):
            return Place(None, aggregate=True)
        return found

    def world_bank(self, code: str, name: str) -> Place | None:
        """World Bank country code (ISO alpha-3, or one of its aggregate codes) with its name as fallback."""
        text = code.strip().upper()
        if text in WB_NAMED:
            return Place(WB_NAMED[text])
        if text in WB_AGGREGATES:
            return Place(None, aggregate=True)
        return self.code(text) if len(text) == 3 and text in self.iso3 else self.name_or_aggregate(name)


@lru_cache(maxsize=1)
def _imf_names() -> dict[str, tuple[str, str]]:
    text = (resources.files("factcheck.evidence.importers") / "imf_names.csv").read_text(encoding="utf-8")
    return {row["name"]: (row["code"], row["kind"]) for row in csv.DictReader(text.splitlines())}

"""What every importer shares: the row layout, where each row came from, and how publishers write
numbers, periods and units.

Importers are pure: a file goes in, rows in the common layout and suggested metadata come out, and
nothing is written. Every problem names the source file, its row and its column, because the user can
fix the download (or choose another option) but cannot fix rows they never saw.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.evidence.package import KEY_COLUMNS

# Cells publishers use for "no figure": skipped, never read as zero.
MISSING = frozenset({"", "..", "...", "…", ":", "-", "–", "—", "n/a", "na", "nan", "#n/a", "null"})


@dataclass(frozen=True)
class Origin:
    """Where one imported row came from in the source file (a CSV line or a sheet row, and a column)."""

    line: int | None
    field: str | None


@dataclass(frozen=True)
class Unit:
    """A resource's unit as the package records it: ``USD`` with scale 1e6 reads "USD million".

    ``scale`` is None when the publisher's words name a currency but no multiplier ("US Dollars"): the
    importer then knows the format's convention, or asks the user.
    """

    unit: str
    scale: float | None
    label: str


@dataclass(frozen=True)
class Options:
    """What the user tells an importer that the file cannot say for itself."""

    indicator: str | None = None
    entity: str | None = None
    adjustment: str | None = None
    unit: str | None = None
    scale: float | None = None
    unit_label: str | None = None
    select: tuple[str, ...] = ()
    sheet: str | None = None


@dataclass
class Imported:
    """Rows in the common layout, where each came from, and what the file says about itself."""

    source: Path
    rows: list[dict[str, str]]
    origins: list[Origin]
    publisher: str
    title: str
    unit: Unit
    aggregation: str
    licence: str
    perspective: str = "reporter"
    vintage: str | None = None
    released: str | None = None
    source_title: str = ""
    source_name: str = ""  # short, for verdicts: "World Bank Global Economic Monitor"
    source_url: str | None = None
    notes: list[str] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)


def fail(path: Path, message: str, line: int | None = None, column: str | None = None) -> FactcheckError:
    """The one error type importers raise: ``file:row: column: [FC305] what is wrong``."""
    return FactcheckError("FC305", message, str(path), line, column)


class Collector:
    """Gathers rows and their origins; an importer adds, the caller checks and writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows: list[dict[str, str]] = []
        self.origins: list[Origin] = []
        self.dropped: Counter[str] = Counter()

    def add(self, *, series: str, indicator: str, entity: str, frequency: str, period: str, value: str,
            line: int | None, column: str | None, partner: str = "", commodity: str = "",
            adjustment: str = "") -> None:
        self.rows.append({"series": series, "indicator": indicator, "entity": entity, "partner": partner,
                          "commodity": commodity, "frequency": frequency, "adjustment": adjustment,
                          "period": period, "value": value})
        self.origins.append(Origin(line, column))

    def drop(self, reason: str) -> None:
        self.dropped[reason] += 1

    def check(self) -> None:
        """Refuse an empty result, and two series that would answer the same look-up."""
        if not self.rows:
            left_out = "; ".join(f"{n} {why}" for why, n in sorted(self.dropped.items()))
            raise fail(self.path, "no observations found" + (f" (left out: {left_out})" if left_out else
                                                            ": is this the format named by --from?"))
        owner: dict[tuple[str, ...], str] = {}
        for row, origin in zip(self.rows, self.origins, strict=True):
            key = tuple(row[c] for c in KEY_COLUMNS if c not in ("series", "period"))
            first = owner.setdefault(key, row["series"])
            if first != row["series"]:
                raise fail(self.path, f"series {first!r} and {row['series']!r} both give {row['indicator']} for "
                           f"{row['entity']}{' with ' + row['partner'] if row['partner'] else ''}: import one "
                           "of them (--select) or name the indicator of each", origin.line, origin.field)


def number(cell: object, path: Path, line: int | None, column: str | None) -> str | None:
    """A published number as text, exactly as published; None for a "no figure" cell.

    Excel cells arrive as floats and are written with Python's shortest round-trip form, so nothing is
    rounded; text cells are kept as written (thousands separators removed).
    """
    if cell is None or isinstance(cell, bool):
        return None
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, float):
        if not math.isfinite(cell):
            return None
        return str(int(cell)) if cell.is_integer() and abs(cell) < 1e15 else repr(cell)
    text = str(cell).strip().replace("\u202f", "").replace("\u00a0", "")
    if text.lower() in MISSING:
        return None
    if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", text):
        text = text.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        raise fail(path, f"value {text!r} is not a number", line, column) from None
    if not math.isfinite(value):
        raise fail(path, f"value {text!r} is not a number", line, column)
    return text


_PERIODS = (
    (re.compile(r"^(\d{4})(?:\.0)?$"), "annual"),
    (re.compile(r"^(\d{4}) \[YR\d{4}\]$"), "annual"),
    (re.compile(r"^(\d{4})[- ]?Q([1-4])(?: \[\d{4}Q[1-4]\])?$"), "quarterly"),
    (re.compile(r"^(\d{4})-?M(\d{1,2})(?: \[\d{4}M\d{2}\])?$"), "monthly"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "monthly"),
)


def iso_period(cell: object) -> tuple[str, str] | None:
    """(frequency, ISO period) from the notations publishers use, or None when the cell is no period.

    ``2024``, ``2024 [YR2024]`` → annual ``2024``; ``2024Q1``, ``2024-Q1`` → ``2024-Q1``;
    ``2024M01``, ``2024M1``, ``2024-M01``, ``2024-01`` → ``2024-01``.
    """
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    text = str(cell).strip() if cell is not None else ""
    for pattern, frequency in _PERIODS:
        match = pattern.match(text)
        if not match:
            continue
        if frequency == "annual":
            return frequency, match[1]
        if frequency == "quarterly":
            return frequency, f"{match[1]}-Q{match[2]}"
        month = int(match[2])
        return (frequency, f"{match[1]}-{month:02d}") if 1 <= month <= 12 else None
    return None


_SCALES = ((re.compile(r"\b(billions?|bn)\b", re.I), 1e9, "billion"),
           (re.compile(r"\b(millions?|mn|mln)\b", re.I), 1e6, "million"),
           (re.compile(r"\b(thousands?)\b", re.I), 1e3, "thousand"))
_CURRENCIES = ((re.compile(r"\bUS\s*dollars?\b|\bUS\$|\bUSD\b|\$", re.I), "USD"),
               (re.compile(r"\beuros?\b|\bEUR\b|€", re.I), "EUR"),
               (re.compile(r"\bLCU\b|\blocal currency\b|\bnational currency\b", re.I), "LCU"))
_PER_UNIT = {"mt": ("t", "metric tonne"), "kg": ("kg", "kilogram"), "bbl": ("bbl", "barrel"),
             "mmbtu": ("MMBtu", "million British thermal units"), "dmtu": ("dmtu", "dry metric ton unit"),
             "troy oz": ("troy oz", "troy ounce"), "cubic meter": ("m3", "cubic metre"),
             "sheet": ("sheet", "sheet")}
SCALE_WORDS = {1.0: "", 1e3: "thousand", 1e6: "million", 1e9: "billion"}


def parse_unit(text: str) -> Unit | None:
    """The unit and scale a publisher states in words: "US Dollars, Millions" → USD, 1e6, "USD million".

    Returns None when the words name no unit this function knows; the caller then asks for ``--unit``.
    """
    words = text.strip()
    if "%" in words or re.search(r"\bper ?cent\b", words, re.I):
        inside = re.search(r"\(([^()]*%[^()]*)\)", words)
        label = inside[1].strip() if inside else "%"
        return Unit("%", 1.0, "%" if label in ("%", "annual %") else label)
    if re.search(r"=\s*100\b", words):
        base = re.search(r"(\d{4})\s*=\s*100", words)
        return Unit("index", 1.0, f"index ({base[1]}=100)" if base else "index")
    per = re.search(r"\$\s*/\s*(mt|kg|bbl|mmbtu|dmtu|troy oz|cubic meter|sheet)\b", words, re.I)
    if per:
        short, long = _PER_UNIT[per[1].lower()]
        return Unit(f"USD/{short}", 1.0, f"USD per {long}")
    currency = next((code for pattern, code in _CURRENCIES if pattern.search(words)), None)
    if currency is None:
        return None
    scale, word = next(((s, w) for pattern, s, w in _SCALES if pattern.search(words)), (None, ""))
    constant = re.search(r"\bconstant (\d{4})\b", words, re.I)
    label = f"{currency} {word}".strip()
    if constant:
        label += f" (constant {constant[1]} prices)"
    return Unit(currency, scale, label)


def scale_label(unit: str, scale: float) -> str:
    """``USD`` and 1e6 → ``USD million``: the label a resource shows beside its numbers."""
    word = SCALE_WORDS.get(float(scale))
    if word is None:
        return f"{unit} × {scale:g}"
    return f"{unit} {word}".strip()


def with_overrides(found: Unit | None, options: Options, path: Path, what: str,
                   assume_scale: float | None = None) -> Unit:
    """The file's own unit with the user's ``--unit``/``--scale``/``--unit-label`` laid over it.

    ``assume_scale`` is the format's documented convention when its words give no multiplier (WDI's
    "current US$" is in dollars); without one, an unstated scale is asked for, never guessed.
    """
    if found is None and options.unit is None:
        raise fail(path, f"cannot tell the unit of {what!r}: give --unit (e.g. USD, EUR, %, count) and --scale")
    unit = options.unit or (found.unit if found else "")
    stated = found.scale if found is not None and found.unit == unit else None
    scale = options.scale if options.scale is not None else stated if stated is not None else assume_scale
    if scale is None:
        if unit not in ("%", "count", "index") and "/" not in unit:
            raise fail(path, f"the file does not say the scale of {what!r} (units, thousands, millions): "
                       "give --scale (1, 1e3, 1e6 or 1e9)")
        scale = 1.0
    if options.unit_label:
        label = options.unit_label
    elif found is not None and options.unit is None and options.scale is None and found.scale is not None:
        label = found.label
    else:
        label = scale_label(unit, scale)
        if found is not None and "constant" in found.label and options.unit is None:
            label += found.label[found.label.index(" ("):]
    return Unit(unit, float(scale), label)


def slug(text: str) -> str:
    """A lower-case name safe for files and resource names: "Potassium chloride **" → potassium_chloride."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _matches(wanted: str, name: str) -> bool:
    """"Potassium chloride" matches the column "Potassium chloride **"; case and punctuation never matter."""
    return bool(name) and (wanted.strip().lower() == name.strip().lower() or slug(wanted) == slug(name))


def selected(options: Options, *names: str) -> bool:
    """Whether ``--select`` keeps a column or series known by any of these names (all, when none given)."""
    if not options.select:
        return True
    return any(_matches(wanted, name) for wanted in options.select for name in names)


def unused_selection(options: Options, seen: set[str], path: Path) -> None:
    """A ``--select`` name that matched nothing is a typo, not a wish for an empty import."""
    missing = [wanted for wanted in options.select if not any(_matches(wanted, name) for name in seen)]
    if missing:
        shown = ", ".join(sorted(n for n in seen if n)[:12])
        raise fail(path, f"--select {missing[0]!r} matches nothing in the file; it has: {shown}")


_INDICATOR_WORDS = (
    (re.compile(r"\bper capita\b", re.I), "gdp_per_capita"),
    (re.compile(r"\btrade balance\b|\bbalance of trade\b", re.I), "trade_balance"),
    (re.compile(r"\bexports?\b", re.I), "exports"),
    (re.compile(r"\bimports?\b", re.I), "imports"),
    (re.compile(r"\bunemployment\b", re.I), "unemployment"),
    (re.compile(r"\binflation\b|\bconsumer prices?\b|\bCPI\b", re.I), "inflation"),
    (re.compile(r"^\s*population\b", re.I), "population"),
    (re.compile(r"^\s*GDP\b|\bgross domestic product\b", re.I), "gdp"),
)
CURRENCY_UNITS = frozenset({"USD", "EUR", "LCU"})


def indicator_from_words(text: str) -> str | None:
    """The package's indicator for a publisher's series name ("Goods, Value of Exports, FOB" → exports).

    Only the indicators claims use are named; anything else keeps the publisher's code, or ``--indicator``.
    """
    if re.search(r"\bexports?\b", text, re.I) and re.search(r"\bimports?\b", text, re.I):
        return "trade_balance" if re.search(r"\bbalance\b", text, re.I) else None
    return next((name for pattern, name in _INDICATOR_WORDS if pattern.search(text)), None)


# IMF trade indicator codes (DOTS TXG_FOB_USD, IMTS XG_FOB_USD, ...): exports, imports, balance.
_TRADE_CODES = ((re.compile(r"^T?XG"), "exports"), (re.compile(r"^T?MG"), "imports"),
                (re.compile(r"^T?BG"), "trade_balance"))


def indicator_from_code(code: str) -> str | None:
    """The package's indicator for an IMF trade code; None for any other code."""
    return next((name for pattern, name in _TRADE_CODES if pattern.match(code.upper())), None)


def default_aggregation(indicator: str, unit: Unit) -> str:
    """Money flows add up over months (sum); prices, rates, indices and per-head figures average (mean)."""
    if unit.unit in CURRENCY_UNITS and not indicator.endswith("per_capita"):
        return "sum"
    return "mean"

"""World Bank CSV downloads: the API / data-catalogue CSV (WDI, and GEM through the same API) and the
DataBank export.

API download: four lines of metadata ("Data Source", "Last Updated Date") before the header
``"Country Name","Country Code","Indicator Name","Indicator Code","1960",...``. DataBank export: header
``Country Name, Country Code, Series Name, Series Code, 2019 [YR2019], ...`` with ".." for no figure and
a footer ("Data from database: ...", "Last Updated: 06/28/2024"). Both hold every economy plus the
World Bank's aggregates, which are dropped (World and European Union become ``world`` and ``EU``).
WDI values are in whole units ("current US$" means dollars); a stated multiplier ("millions") is read.
"""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.evidence.importers.common import (
    Collector,
    Imported,
    Options,
    Unit,
    default_aggregation,
    fail,
    indicator_from_words,
    iso_period,
    number,
    parse_unit,
    selected,
    unused_selection,
    with_overrides,
)
from factcheck.evidence.importers.places import Places
from factcheck.evidence.importers.tables import cell_text, read_csv

# WDI codes of the indicators claims use; other codes stay as they are (or take --indicator).
WDI_INDICATORS = {
    "NY.GDP.MKTP.CD": "gdp", "NY.GDP.PCAP.CD": "gdp_per_capita", "FP.CPI.TOTL.ZG": "inflation",
    "SL.UEM.TOTL.ZS": "unemployment", "SL.UEM.TOTL.NE.ZS": "unemployment", "SP.POP.TOTL": "population",
    "TX.VAL.MRCH.CD.WT": "exports", "TM.VAL.MRCH.CD.WT": "imports",
}
COUNT_CODES = ("SP.POP.",)


def read_wdi_csv(path: Path, options: Options, places: Places) -> Imported:
    grid = read_csv(path)
    start = next((i for i, row in enumerate(grid) if _is_header(row)), None)
    if start is None:
        raise fail(path, "no header row with \"Country Code\" and \"Indicator Code\" (or \"Series Code\"): not "
                   "a World Bank CSV download (API download or DataBank export)")
    header = [cell_text(h) for h in grid[start]]
    lowered = [h.lower() for h in header]
    country_code = lowered.index("country code")
    country_name = lowered.index("country name") if "country name" in lowered else country_code
    code_col = next(lowered.index(n) for n in ("indicator code", "series code") if n in lowered)
    name_col = next((lowered.index(n) for n in ("indicator name", "series name") if n in lowered), code_col)
    periods = {i: found for i, h in enumerate(header) if (found := iso_period(h))}
    if not periods:
        raise fail(path, "no year columns (such as \"2020\" or \"2020 [YR2020]\") in the header", start + 1)
    meta = _metadata(grid[:start] + grid[start + 1:])

    out = Collector(path)
    units: dict[str, Unit] = {}
    names: dict[str, str] = {}
    seen: set[str] = set()
    for line, cells in enumerate(grid[start + 1:], start=start + 2):
        cells = [cell_text(c) for c in cells]
        if len(cells) <= max(country_code, code_col, country_name) or not cells[country_code] or not cells[code_col]:
            continue  # blank lines and the DataBank footer
        code, name = cells[code_col], cells[name_col]
        seen.update((code, name))
        if not selected(options, code, name):
            continue
        place = places.world_bank(cells[country_code], cells[country_name])
        if place is None:
            raise fail(path, f"unknown country {cells[country_name]!r} ({cells[country_code]})", line,
                       header[country_code])
        if place.aggregate:
            out.drop("World Bank aggregates")
            continue
        if options.entity and place.code != options.entity:
            out.drop("rows of other countries (--entity)")
            continue
        if code not in units:
            counted = code.startswith(COUNT_CODES) and options.unit is None
            found = Unit("count", 1.0, "count") if counted else parse_unit(name)
            units[code] = with_overrides(found, options, path, name, assume_scale=1.0)
            names[code] = name
        indicator = options.indicator or WDI_INDICATORS.get(code) or _gem_indicator(name) or code
        for index, (frequency, period) in periods.items():
            value = number(cells[index] if index < len(cells) else None, path, line, header[index])
            if value is not None:
                out.add(series=code, indicator=indicator, entity=place.code or "", frequency=frequency,
                        period=period, value=value, line=line, column=header[index])
    unused_selection(options, seen, path)
    out.check()
    if len(set(units.values())) > 1:
        listing = "; ".join(f"{code}: {unit.label}" for code, unit in sorted(units.items()))
        raise fail(path, f"indicators in different units ({listing}): import one at a time with --select CODE")
    unit = next(iter(units.values()))
    indicator = out.rows[0]["indicator"]
    database = meta.get("source") or "World Development Indicators"
    shown = "; ".join(sorted(set(names.values())))
    return Imported(
        source=path, rows=out.rows, origins=out.origins, publisher="World Bank",
        title=f"{shown} (World Bank {database}, imported from {path.name})", unit=unit,
        aggregation=default_aggregation(indicator, unit), licence="CC-BY-4.0", perspective="reporter",
        vintage=meta.get("released", "")[:7] or None, released=meta.get("released"),
        source_title=f"World Bank {database}, CSV download {path.name}", source_name=f"World Bank {database}",
        source_url="https://data.worldbank.org/", dropped=out.dropped)


def _is_header(row: list[object]) -> bool:
    cells = {cell_text(c).lower() for c in row}
    return "country code" in cells and bool(cells & {"indicator code", "series code"})


def _gem_indicator(name: str) -> str | None:
    """GEM series names ("Exports Merchandise, Customs, current US$, millions") name merchandise flows."""
    return indicator_from_words(name) if re.match(r"(Exports|Imports) Merchandise", name) else None


def _metadata(rows: list[list[object]]) -> dict[str, str]:
    """The database and its update date, from the API preamble or the DataBank footer."""
    found: dict[str, str] = {}
    for row in rows:
        first = cell_text(row[0]) if row else ""
        second = cell_text(row[1]) if len(row) > 1 else ""
        if first == "Data Source" and second:
            found["source"] = second
        elif first == "Last Updated Date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", second):
            found["released"] = second
        elif match := re.fullmatch(r"Data from database: (.+)", first):
            found["source"] = match[1]
        elif match := re.fullmatch(r"Last Updated: (\d{2})/(\d{2})/(\d{4})", first):
            found["released"] = f"{match[3]}-{match[1]}-{match[2]}"
    return found

"""IMF data portal CSV (DOTS / IMTS bulk download), in either of the portal's two layouts:

- "time series" (``DOT_…_timeSeries.csv``): one row per country, indicator, counterpart and attribute,
  one column per period ("2020", "2020Q1", "2020M01" or "2020M1");
- "panel" (``DOT_…_panel.csv``): one row per country, counterpart and ``Time Period``, one column per
  indicator named with its code ("Goods, Value of Exports, Free on board (FOB), US Dollars (TXG_FOB_USD)").

The IMF writes countries by name and by its own numeric codes; names are resolved with the IMF's own
spellings (``imf_names.csv``), ISO codes directly. IMF aggregates ("Euro Area", "Advanced Economies")
are dropped and counted: the package builds its groups from countries. Rows whose ``Attribute`` is not
``Value`` (status flags) carry no figures.
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
    indicator_from_code,
    indicator_from_words,
    iso_period,
    number,
    parse_unit,
    selected,
    unused_selection,
    with_overrides,
)
from factcheck.evidence.importers.places import WORLD, Place, Places
from factcheck.evidence.importers.tables import read_csv

COLUMNS = {  # what the column holds: the spellings the IMF has used for it
    "country_name": ("country name", "country"),
    "country_code": ("country code",),
    "indicator_name": ("indicator name", "indicator"),
    "indicator_code": ("indicator code",),
    "partner_name": ("counterpart country name", "counterpart country"),
    "partner_code": ("counterpart country code",),
    "attribute": ("attribute",),
    "scale": ("scale", "unit multiplier", "unit"),
    "time_period": ("time period",),
}
# A panel download's indicator column: "<indicator name> (<indicator code>)".
PANEL_INDICATOR = re.compile(r"^(?P<name>.+\S)\s*\((?P<code>[A-Z][A-Z0-9_]+)\)$")


def read_imf_csv(path: Path, options: Options, places: Places) -> Imported:
    grid = read_csv(path)
    if not grid:
        raise fail(path, "the file is empty")
    header = [str(h).strip() for h in grid[0]]
    where = _columns(header)
    if "indicator_name" not in where and "time_period" in where and "country_name" in where:
        return _read_panel(path, grid, header, where, options, places)
    for needed in ("country_name", "indicator_name"):
        if needed not in where:
            raise fail(path, f"no {COLUMNS[needed][0].title()!r} column: not an IMF data portal CSV "
                       f"(its header starts \"Country Name\",\"Country Code\",\"Indicator Name\",...)", 1)
    periods = {i: found for i, h in enumerate(header) if (found := iso_period(h)) and i not in where.values()}
    if not periods:
        raise fail(path, "no period columns (such as \"2020\", \"2020Q1\" or \"2020M01\") in the header", 1)

    out = Collector(path)
    units: dict[str, Unit] = {}
    seen: set[str] = set()
    for line, cells in enumerate(grid[1:], start=2):
        if not any(str(c).strip() for c in cells):
            continue
        cell = _reader(cells, where)
        if cell("attribute") not in ("", "value"):
            out.drop("status rows")
            continue
        code, name = cell("indicator_code", keep_case=True), cell("indicator_name", keep_case=True)
        seen.update(n for n in (code, name) if n)
        if not selected(options, code, name):
            continue
        indicator = options.indicator or _indicator(code, name)
        found = _kept_places(path, places, cell, header, where, line, options, out)
        if found is None:
            continue
        entity_code, partner_code = found
        units.setdefault(code or name, _unit(path, name, cell("scale", keep_case=True), options))
        for index, (frequency, period) in periods.items():
            value = number(cells[index] if index < len(cells) else None, path, line, header[index])
            if value is None:
                continue
            out.add(series=code or name, indicator=indicator, entity=entity_code, partner=partner_code,
                    frequency=frequency, period=period, value=value, line=line, column=header[index])
    unused_selection(options, seen, path)
    return _imported(path, out, units)


def _read_panel(path: Path, grid: list[list[object]], header: list[str], where: dict[str, int], options: Options,
                places: Places) -> Imported:
    """The panel layout: a row per country, counterpart and period; a column per indicator."""
    roles = set(where.values())
    columns = {i: match for i, h in enumerate(header) if i not in roles and (match := PANEL_INDICATOR.match(h))}
    if not columns:
        raise fail(path, "an IMF panel download needs indicator columns named like \"Goods, Value of Exports, "
                   "Free on board (FOB), US Dollars (TXG_FOB_USD)\"", 1)
    seen = {n for m in columns.values() for n in (m["code"], m["name"])}
    chosen = {i: m for i, m in columns.items() if selected(options, m["code"], m["name"])}
    unused_selection(options, seen, path)
    out = Collector(path)
    units: dict[str, Unit] = {}
    for line, cells in enumerate(grid[1:], start=2):
        if not any(str(c).strip() for c in cells):
            continue
        cell = _reader(cells, where)
        found = _kept_places(path, places, cell, header, where, line, options, out)
        if found is None:
            continue
        entity_code, partner_code = found
        period = iso_period(cell("time_period", keep_case=True))
        if period is None:
            raise fail(path, f"time period {cell('time_period', keep_case=True)!r} is not a year, quarter or month "
                       "(2020, 2020Q1, 2020M01)", line, header[where["time_period"]])
        for index, match in chosen.items():
            value = number(cells[index] if index < len(cells) else None, path, line, header[index])
            if value is None:
                continue
            code, name = match["code"], match["name"]
            units.setdefault(code, _unit(path, name, "", options))
            out.add(series=code, indicator=options.indicator or _indicator(code, name), entity=entity_code,
                    partner=partner_code, frequency=period[0], period=period[1], value=value, line=line,
                    column=header[index])
    return _imported(path, out, units)


def _places(path: Path, places: Places, cell, header: list[str], where: dict[str, int], line: int
            ) -> tuple[str, str] | None:
    """(entity, partner) codes of a row; None for an IMF aggregate on either side. Unknown names stop the import."""
    entity = _place(places, cell("country_code", keep_case=True), cell("country_name", keep_case=True))
    if entity is None:
        raise fail(path, f"unknown country {cell('country_name', keep_case=True)!r}", line,
                   header[where["country_name"]])
    partner = Place(WORLD)
    if "partner_name" in where:
        partner = _place(places, cell("partner_code", keep_case=True), cell("partner_name", keep_case=True))
        if partner is None:
            raise fail(path, f"unknown counterpart country {cell('partner_name', keep_case=True)!r}", line,
                       header[where["partner_name"]])
    if entity.aggregate or partner.aggregate:
        return None
    return entity.code or "", "" if partner.code == WORLD else partner.code or ""


def _kept_places(path: Path, places: Places, cell, header: list[str], where: dict[str, int], line: int,
                 options, out: Collector) -> tuple[str, str] | None:
    """A row's (entity, partner) codes, or None with the reason counted when the row is not imported."""
    found = _places(path, places, cell, header, where, line)
    if found is None:
        out.drop("IMF aggregate or unallocated rows")
    elif options.entity and found[0] != options.entity:
        out.drop("rows of other countries (--entity)")
        return None
    return found


def _imported(path: Path, out: Collector, units: dict[str, Unit]) -> Imported:
    out.check()
    unit = _one_unit(path, units)
    indicators = sorted({r["indicator"] for r in out.rows})
    source = "Direction of Trade Statistics (DOTS)" if "dot" in path.name.lower() else (
        "International Merchandise Trade Statistics (IMTS)" if "imts" in path.name.lower() else "data portal")
    return Imported(
        source=path, rows=out.rows, origins=out.origins, publisher="International Monetary Fund",
        title=f"{', '.join(indicators)} by partner (IMF {source}, imported from {path.name})", unit=unit,
        aggregation=default_aggregation(indicators[0], unit), licence="IMF-terms", perspective="reporter",
        source_title=f"IMF {source}, CSV download {path.name}", source_name=f"IMF {source}", source_url="https://data.imf.org/",
        dropped=out.dropped)


def _columns(header: list[str]) -> dict[str, int]:
    """Roles by column name; the portal's newer upper-case names (COUNTERPART_COUNTRY, SCALE) too."""
    lowered = [h.lower().replace("_", " ") for h in header]
    found: dict[str, int] = {}
    for role, spellings in COLUMNS.items():
        for spelling in spellings:
            if spelling in lowered and lowered.index(spelling) not in found.values():
                found[role] = lowered.index(spelling)
                break
    return found


def _reader(cells: list[object], where: dict[str, int]):
    def cell(role: str, keep_case: bool = False) -> str:
        index = where.get(role)
        text = str(cells[index]).strip() if index is not None and index < len(cells) else ""
        return text if keep_case else text.lower()
    return cell


def _indicator(code: str, name: str) -> str:
    return indicator_from_code(code) or indicator_from_words(name) or code or name


def _place(places: Places, code: str, name: str) -> Place | None:
    """An ISO code is taken as it is; the IMF's numeric codes are read through the name."""
    if code.isalpha() and len(code) in (2, 3) and (found := places.code(code)):
        return found
    if code in ("1", "001"):
        return Place(WORLD)
    return places.name_or_aggregate(name) if name else None


def _unit(path: Path, name: str, scale_cell: str, options: Options) -> Unit:
    words = f"{name}, {scale_cell}" if scale_cell else name
    return with_overrides(parse_unit(words), options, path, name)


def _one_unit(path: Path, units: dict[str, Unit]) -> Unit:
    distinct = set(units.values())
    if len(distinct) > 1:
        listing = "; ".join(f"{series}: {unit.label}" for series, unit in sorted(units.items()))
        raise fail(path, f"indicators in different units ({listing}): import one unit at a time with --select")
    return distinct.pop()

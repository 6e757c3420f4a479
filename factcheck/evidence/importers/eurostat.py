"""Eurostat Comext (DS-045409, "EU trade since 1988 by HS2-4-6 and CN8") CSV, in both forms users get.

The classic export: DECLARANT, PARTNER, PRODUCT, FLOW (1 import, 2 export), PERIOD (202001 for a month,
202052 for a whole year), VALUE_IN_EUROS, with optional *_LAB label columns and *_ISO code columns
(bulk files number the declarants). The SDMX-CSV export of the same dataset (DATAFLOW, LAST UPDATE,
freq, reporter, partner, product, flow, indicators, TIME_PERIOD, OBS_VALUE, OBS_FLAG) is read by the
SDMX reader, keeping the VALUE_IN_EUROS measure. Codes are ISO alpha-2 (GR or EL for Greece); EU27_2020
is the package's ``EU`` group, other Eurostat aggregates are dropped and counted. Values are in euros.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.evidence.importers.common import (
    Collector,
    Imported,
    Options,
    Unit,
    fail,
    number,
    with_overrides,
)
from factcheck.evidence.importers.places import EUROSTAT_NAMED, WORLD, Place, Places
from factcheck.evidence.importers.sdmx import FLOWS, TOTALS, Profile, period_of, read_sdmx_csv
from factcheck.evidence.importers.tables import read_csv

NEEDED = ("DECLARANT", "PARTNER", "FLOW", "PERIOD", "VALUE_IN_EUROS")
PUBLISHER = "Eurostat"
SOURCE_URL = "https://ec.europa.eu/eurostat/comext/newxtweb/"


def read_comext_csv(path: Path, options: Options, places: Places) -> Imported:
    grid = read_csv(path)
    header = [str(h).strip() for h in grid[0]] if grid else []
    if "DATAFLOW" in {h.split(": ", 1)[0].upper() for h in header}:
        found = read_sdmx_csv(path, options, places, Profile(only={"indicators": "VALUE_IN_EUROS"}))
        found.source_url = SOURCE_URL
        return found
    upper = [h.upper() for h in header]
    missing = [c for c in NEEDED if c not in upper]
    if missing:
        raise fail(path, f"no {missing[0]} column: not a Comext CSV export (DECLARANT, PARTNER, PRODUCT, FLOW, "
                   "PERIOD, VALUE_IN_EUROS) nor its SDMX-CSV form (DATAFLOW, ..., TIME_PERIOD, OBS_VALUE)", 1)

    def column(*names: str) -> int | None:
        return next((upper.index(n) for n in names if n in upper), None)

    declarant = column("DECLARANT_ISO", "DECLARANT")
    partner_col = column("PARTNER_ISO", "PARTNER")
    product_col = column("PRODUCT", "PRODUCT_NC", "PRODUCT_HS")
    flow_col, period_col, value_col = column("FLOW"), column("PERIOD"), column("VALUE_IN_EUROS")
    assert declarant is not None and partner_col is not None and flow_col is not None
    assert period_col is not None and value_col is not None

    out = Collector(path)
    for line, cells in enumerate(grid[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        cells = [c.strip() for c in cells] + [""] * (len(header) - len(cells))
        entity = _area(places, cells[declarant])
        partner = _area(places, cells[partner_col])
        if entity is None or partner is None:
            where = declarant if entity is None else partner_col
            raise fail(path, f"unknown country code {cells[where]!r}", line, header[where])
        if entity.aggregate or partner.aggregate:
            out.drop("Eurostat aggregates other than EU27_2020")
            continue
        if options.entity and entity.code != options.entity:
            out.drop("rows of other declarants (--entity)")
            continue
        indicator = options.indicator or FLOWS.get(cells[flow_col].lower())
        if indicator is None:
            raise fail(path, f"flow {cells[flow_col]!r} is neither 1 (import) nor 2 (export)", line, header[flow_col])
        period = period_of(cells[period_col])
        if period is None:
            raise fail(path, f"period {cells[period_col]!r} is not YYYYMM or YYYY52", line, header[period_col])
        value = number(cells[value_col], path, line, header[value_col])
        if value is None:
            continue
        product = cells[product_col] if product_col is not None else ""
        out.add(series=f"ESTAT_COMEXT_DS045409_{product or 'TOTAL'}", indicator=indicator,
                entity=entity.code or "", partner="" if partner.code == WORLD else partner.code or "",
                commodity="" if product.lower() in TOTALS else product, frequency=period[0], period=period[1],
                value=value, line=line, column=header[value_col])
    out.check()
    unit = with_overrides(Unit("EUR", 1.0, "EUR"), options, path, "VALUE_IN_EUROS")
    return Imported(
        source=path, rows=out.rows, origins=out.origins, publisher=PUBLISHER,
        title=f"EU trade by partner (Eurostat Comext DS-045409, imported from {path.name})", unit=unit,
        aggregation="sum", licence="Eurostat-reuse", perspective="reporter",
        source_title=f"Eurostat Comext DS-045409 (EU trade since 1988 by HS2-4-6 and CN8), CSV export {path.name}",
        source_name="Eurostat Comext DS-045409", source_url=SOURCE_URL, dropped=out.dropped)


def _area(places: Places, code: str) -> Place | None:
    upper = code.upper()
    if upper in EUROSTAT_NAMED:
        return Place(EUROSTAT_NAMED[upper])
    if upper in ("WORLD", "EXTRA_EU", "INTRA_EU") or "_" in upper or upper.startswith(("EU", "EA", "EXT", "INT")):
        return Place(WORLD) if upper == "WORLD" else Place(None, aggregate=True)
    return places.code(code)

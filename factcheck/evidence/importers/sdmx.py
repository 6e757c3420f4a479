"""SDMX-CSV (1.0 and 2.0): ``DATAFLOW`` (or ``STRUCTURE``/``STRUCTURE_ID``), one column per dimension,
``TIME_PERIOD``, ``OBS_VALUE`` and attribute columns; the "labels=both" variant ("BY: Belarus") too.

SDMX names its dimensions per dataflow, so the columns are given roles by their usual names:
REF_AREA/GEO/reporter → entity, COUNTERPART_AREA/partner → partner, FREQ → frequency, FLOW → the
indicator (imports/exports), PRODUCT → commodity, UNIT_MEASURE and UNIT_MULT → unit and scale. The
remaining dimensions make up the series code, after the dataflow's id, as in an SDMX series key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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
    scale_label,
    selected,
    unused_selection,
    with_overrides,
)
from factcheck.evidence.importers.places import EUROSTAT_NAMED, WORLD, Place, Places
from factcheck.evidence.importers.tables import read_csv

ROLES = {
    "entity": ("ref_area", "geo", "reporter", "country", "declarant", "jurisdiction"),
    "partner": ("counterpart_area", "partner", "counterpart_country"),
    "frequency": ("freq", "frequency"),
    "flow": ("flow", "trade_flow"),
    "commodity": ("product", "commodity", "cmd"),
    "adjustment": ("s_adj", "adjustment", "seasonal_adjust"),
    "unit": ("unit_measure", "unit", "currency"),
    "scale": ("unit_mult",),
    "indicator": ("indicator", "indicators", "na_item"),
}
NOT_DIMENSIONS = frozenset(("dataflow", "structure", "structure_id", "structure_name", "action", "time_period",
                            "obs_value", "obs_flag", "obs_status", "conf_status", "obs_conf", "decimals",
                            "last update", "last_update", "title", "comment", "time_format", "unit_mult"))
FLOWS = {"1": "imports", "m": "imports", "imp": "imports", "import": "imports", "imports": "imports",
         "2": "exports", "x": "exports", "exp": "exports", "export": "exports", "exports": "exports"}
TOTALS = frozenset(("", "total", "_t", "t", "_z", "tot"))
AGENCIES = {"ESTAT": ("Eurostat", "Eurostat-reuse"), "IMF": ("International Monetary Fund", "IMF-terms"),
            "WB": ("World Bank", "CC-BY-4.0"), "OECD": ("OECD", ""), "ECB": ("European Central Bank", ""),
            "BIS": ("Bank for International Settlements", "")}
UNIT_CODES = {"PC": "%", "PCT": "%", "PERCENT": "%", "PC_GDP": "%", "NR": "count", "PS": "count",
              "VALUE_IN_EUROS": "EUR", "EUR": "EUR", "USD": "USD"}
# Dataflows whose names readers know better than their ids.
DATAFLOW_NAMES = {"DOT": "Direction of Trade Statistics (DOT)",
                  "IMTS": "International Merchandise Trade Statistics (IMTS)",
                  "DS-045409": "Comext DS-045409"}
# Area codes SDMX publishers use for the world total (IMF: W00; Eurostat Comext: WORLD).
WORLD_CODES = frozenset(("W00", "W0", "W1", "WLD", "WORLD", "_T"))


@dataclass(frozen=True)
class Profile:
    """What a particular publisher's SDMX-CSV fixes beyond the standard (Eurostat Comext's measures)."""

    only: dict[str, str] = field(default_factory=dict)
    series_prefix: str | None = None


def read_sdmx_csv(path: Path, options: Options, places: Places, profile: Profile | None = None) -> Imported:
    profile = profile or Profile()
    grid = read_csv(path)
    if not grid:
        raise fail(path, "the file is empty")
    header = [str(h).strip() for h in grid[0]]
    names = [h.split(": ", 1)[0].strip().lower() for h in header]
    for needed in ("time_period", "obs_value"):
        if needed not in names:
            raise fail(path, f"no {needed.upper()} column: not SDMX-CSV (its header has DATAFLOW, the "
                       "dimensions, TIME_PERIOD and OBS_VALUE)", 1)
    roles = {role: names.index(n) for role, spellings in ROLES.items() for n in spellings if n in names}
    dimensions = [i for i, n in enumerate(names) if n not in NOT_DIMENSIONS]
    keyed = [i for i in dimensions if i not in {roles.get(r) for r in ("entity", "partner", "frequency")}]
    time_col, value_col = names.index("time_period"), names.index("obs_value")
    flow_col = next((names.index(n) for n in ("dataflow", "structure_id") if n in names), None)
    released = None
    if "entity" not in roles and not options.entity:
        raise fail(path, "no reporter column (REF_AREA, GEO, reporter, ...): give --entity", 1)

    out = Collector(path)
    units: dict[str, Unit] = {}
    seen: set[str] = set()
    agency = dataflow_name = ""
    for line, raw in enumerate(grid[1:], start=2):
        if not any(c.strip() for c in raw):
            continue
        cells = [c.split(": ", 1)[0].strip() if ": " in c else c.strip() for c in raw]
        cells += [""] * (len(header) - len(cells))
        if any(cells[names.index(col)].upper() != want.upper() for col, want in profile.only.items()
               if col in names):
            out.drop(f"rows other than {', '.join(profile.only.values())}")
            continue
        values = [cells[i] for i in keyed]
        seen.update(values)
        if options.select and not any(selected(options, v) for v in values):
            continue
        dataflow = cells[flow_col] if flow_col is not None else ""
        agency = agency or dataflow.split(":", 1)[0].split(".", 1)[0].upper()
        dataflow_name = dataflow_name or _flow_id(dataflow)
        released = released or _last_update(cells, names)
        entity = _area(places, cells, roles, "entity", options.entity)
        partner = _area(places, cells, roles, "partner", None) if "partner" in roles else Place(WORLD)
        if entity is None or partner is None:
            role = "entity" if entity is None else "partner"
            raise fail(path, f"unknown country code {cells[roles[role]]!r}", line, header[roles[role]])
        if entity.aggregate or partner.aggregate:
            out.drop("aggregates that are not one of the package's groups")
            continue
        if options.entity and entity.code != options.entity:
            out.drop("rows of other countries (--entity)")
            continue
        period = period_of(cells[time_col])
        if period is None:
            raise fail(path, f"period {cells[time_col]!r} is not a year, quarter or month", line,
                       header[time_col])
        value = number(cells[value_col], path, line, header[value_col])
        if value is None:
            continue
        series = ".".join([profile.series_prefix or _flow_id(dataflow), *values]).strip(".")
        if series not in units:
            units[series] = _unit(path, cells, roles, names, series, options)
        commodity = cells[roles["commodity"]] if "commodity" in roles else ""
        out.add(series=series, indicator=options.indicator or _indicator(cells, roles) or series,
                entity=entity.code or "", partner="" if partner.code == WORLD else partner.code or "",
                commodity="" if commodity.lower() in TOTALS else commodity,
                adjustment=_adjustment(cells, roles, options), frequency=period[0], period=period[1],
                value=value, line=line, column=header[value_col])
    unused_selection(options, seen, path)
    out.check()
    distinct = set(units.values())
    if len(distinct) > 1:
        listing = "; ".join(f"{s}: {u.label}" for s, u in sorted(units.items())[:6])
        raise fail(path, f"series in different units ({listing}): import one unit at a time with --select")
    unit = distinct.pop()
    publisher, licence = AGENCIES.get(agency.split("_")[0], (agency, ""))
    dataflow_name = DATAFLOW_NAMES.get(dataflow_name, dataflow_name) or path.stem
    indicators = sorted({r["indicator"] for r in out.rows})
    return Imported(
        source=path, rows=out.rows, origins=out.origins, publisher=publisher,
        title=f"{', '.join(indicators)} ({publisher or 'SDMX'} {dataflow_name}, imported from {path.name})",
        unit=unit, aggregation=default_aggregation(indicators[0], unit), licence=licence,
        vintage=released[:7] if released else None, released=released,
        source_title=f"{publisher or agency} dataflow {dataflow_name}, SDMX-CSV download {path.name}",
        source_name=f"{publisher or agency} {dataflow_name}",
        dropped=out.dropped)


def _flow_id(dataflow: str) -> str:
    """``ESTAT:DS-045409(1.0)`` → ``DS-045409``; ``IMF.STA:IMTS(1.0.0)`` → ``IMTS``."""
    text = dataflow.split(":", 1)[-1]
    return re.sub(r"\(.*\)$", "", text).strip()


def _area(places: Places, cells: list[str], roles: dict[str, int], role: str, wanted: str | None) -> Place | None:
    if role not in roles:
        return Place(wanted) if wanted else None
    code = cells[roles[role]].strip()
    upper = code.upper()
    if upper in WORLD_CODES:
        return Place(WORLD)
    if upper in EUROSTAT_NAMED:
        return Place(EUROSTAT_NAMED[upper])
    found = places.code(code)
    if found is not None:
        return found
    if "_" in code or any(ch.isdigit() for ch in code) or len(code) > 3:
        return Place(None, aggregate=True)
    return None


def period_of(text: str) -> tuple[str, str] | None:
    found = iso_period(text)
    if found:
        return found
    match = re.fullmatch(r"(\d{4})(\d{2})", text)  # Comext's YYYYMM, and YYYY52 for a whole year
    if match:
        month = int(match[2])
        if month == 52:
            return "annual", match[1]
        if 1 <= month <= 12:
            return "monthly", f"{match[1]}-{month:02d}"
    return None


def _indicator(cells: list[str], roles: dict[str, int]) -> str | None:
    if "flow" in roles:
        flow = FLOWS.get(cells[roles["flow"]].lower())
        if flow:
            return flow
    if "indicator" in roles:
        code = cells[roles["indicator"]]
        return indicator_from_code(code) or indicator_from_words(code.replace("_", " ")) if " " not in code else None
    return None


def _adjustment(cells: list[str], roles: dict[str, int], options: Options) -> str:
    if options.adjustment:
        return options.adjustment
    if "adjustment" not in roles:
        return ""
    code = cells[roles["adjustment"]].upper()
    return {"NSA": "nsa", "N": "nsa", "SA": "sa", "S": "sa", "SCA": "sa", "Y": "sa"}.get(code, code.lower())


def _unit(path: Path, cells: list[str], roles: dict[str, int], names: list[str], series: str,
          options: Options) -> Unit:
    """UNIT_MEASURE (or a measure such as VALUE_IN_EUROS, or an IMF code ending _USD) and UNIT_MULT."""
    code = cells[roles["unit"]] if "unit" in roles else ""
    measure = cells[roles["indicator"]] if "indicator" in roles else ""
    unit = UNIT_CODES.get(code.upper()) or UNIT_CODES.get(measure.upper())
    if unit is None and re.fullmatch(r"[A-Z]{3}", code):
        unit = code
    if unit is None and (match := re.search(r"_(USD|EUR)$", measure.upper())):
        unit = match[1]
    scale = None
    if "scale" in roles and cells[roles["scale"]].strip().lstrip("-").isdigit():
        scale = float(10 ** int(cells[roles["scale"]]))
    elif unit in ("EUR",) and measure.upper() == "VALUE_IN_EUROS":
        scale = 1.0
    found = Unit(unit, scale, scale_label(unit, scale) if scale is not None else unit) if unit else (
        parse_unit(code) if code else None)
    return with_overrides(found, options, path, series)


def _last_update(cells: list[str], names: list[str]) -> str | None:
    """Eurostat's LAST UPDATE ("22/01/23 11:00:00") → 2023-01-22."""
    for column in ("last update", "last_update"):
        if column in names:
            match = re.match(r"(\d{2})/(\d{2})/(\d{2,4})", cells[names.index(column)])
            if match:
                year = match[3] if len(match[3]) == 4 else f"20{match[3]}"
                return f"{year}-{match[2]}-{match[1]}"
    return None

"""World Bank Commodity Price Data ("Pink Sheet"): CMO-Historical-Data-Monthly, sheet "Monthly Prices".

A few title rows ("World Bank Commodity Price Data (The Pink Sheet)", "Updated on July 02, 2026"), then a
row of commodity names, a row of units such as "($/mt)" and (in some editions) a row of series codes;
below them one row per month (1960M01) and one column per commodity. The Excel workbook and the same
sheet saved as CSV read alike.

A resource has one unit, and the sheet mixes $/bbl, $/mt, $/kg and more, so a mixed selection is refused
with the list of units: choose commodities of one unit with --select. Prices are world market prices
(entity ``world``), averaged over months when a claim speaks of a quarter or a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.evidence.importers.common import (
    Collector,
    Imported,
    Options,
    Unit,
    fail,
    iso_period,
    number,
    parse_unit,
    selected,
    slug,
    unused_selection,
    with_overrides,
)
from factcheck.evidence.importers.places import WORLD
from factcheck.evidence.importers.tables import Grid, cell_text, column_letter, read_csv, read_excel

# Pink Sheet names → the commodity words claims use (and the bundled series use).
COMMODITIES = {"potassium chloride": "potash", "phosphate rock": "phosphate_rock", "dap": "dap", "tsp": "tsp",
               "urea": "urea"}
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")


@dataclass(frozen=True)
class _Column:
    index: int
    name: str
    unit_text: str
    code: str

    @property
    def commodity(self) -> str:
        plain = re.sub(r"[*†‡]+", "", self.name).strip()
        return COMMODITIES.get(plain.lower(), slug(plain))


def read_pinksheet_excel(path: Path, options: Options, places: object = None) -> Imported:
    sheets = read_excel(path)
    if options.sheet:
        if options.sheet not in sheets:
            raise fail(path, f"no sheet {options.sheet!r}; the workbook has {', '.join(sheets)}")
        name = options.sheet
    else:
        name = "Monthly Prices" if "Monthly Prices" in sheets else next(
            (n for n, grid in sheets.items() if _data_start(grid) is not None), next(iter(sheets)))
    return _read(path, sheets[name], options, sheet=name)


def read_pinksheet_csv(path: Path, options: Options, places: object = None) -> Imported:
    return _read(path, read_csv(path), options, sheet=None)


def _data_start(grid: Grid) -> int | None:
    for i, row in enumerate(grid):
        found = iso_period(row[0]) if row else None
        if found and found[0] == "monthly":
            return i
    return None


def _read(path: Path, grid: Grid, options: Options, sheet: str | None) -> Imported:
    start = _data_start(grid)
    if start is None or start == 0:
        raise fail(path, "no column of months (1960M01, ...) under header rows: not the Pink Sheet's "
                   "\"Monthly Prices\" layout")
    columns = _columns(grid[:start])
    seen = {c.name for c in columns} | {c.code for c in columns if c.code} | {c.commodity for c in columns}
    chosen = [c for c in columns if selected(options, c.name, c.code, c.commodity)]
    unused_selection(options, seen, path)
    prefix = f"{sheet}!" if sheet else ""

    out = Collector(path)
    for offset, row in enumerate(grid[start:]):
        line = start + offset + 1
        period = iso_period(row[0]) if row else None
        if period is None:
            if row and cell_text(row[0]):
                raise fail(path, f"{cell_text(row[0])!r} is not a month (1960M01)", line, f"{prefix}A")
            continue
        for column in chosen:
            where = f"{prefix}{column_letter(column.index)}"
            value = number(row[column.index] if column.index < len(row) else None, path, line, where)
            if value is not None:
                out.add(series=column.code or f"WB_CMO_{column.commodity.upper()}",
                        indicator=options.indicator or "price", entity=options.entity or WORLD,
                        commodity=column.commodity, frequency=period[0], period=period[1], value=value,
                        line=line, column=where)
    out.check()
    used = {r["commodity"] for r in out.rows}
    by_unit: dict[str, list[str]] = {}
    for column in chosen:
        if column.commodity in used:
            by_unit.setdefault(column.unit_text, []).append(column.name)
    if len(by_unit) > 1 and options.unit is None:
        listing = "; ".join(f"{text or 'no unit'}: {', '.join(names[:4])}{' …' if len(names) > 4 else ''}"
                            for text, names in by_unit.items())
        example = max(by_unit.values(), key=len)[:2]
        raise fail(path, f"the columns are in {len(by_unit)} different units ({listing}): choose "
                   f"commodities of one unit with --select (e.g. --select '{','.join(example)}')")
    unit_text, names_in_unit = next(iter(by_unit.items()))
    unit = with_overrides(parse_unit(unit_text) if unit_text else None, options, path, names_in_unit[0])
    if unit.unit.startswith("USD/") and not options.unit_label:
        unit = Unit(unit.unit, unit.scale, unit.label + " (nominal)")
    released = _released(grid[:start])
    names = ", ".join(sorted({r["commodity"] for r in out.rows}))
    return Imported(
        source=path, rows=out.rows, origins=out.origins, publisher="World Bank",
        title=f"Commodity prices, monthly: {names} (World Bank Pink Sheet, imported from {path.name})",
        unit=unit, aggregation="mean", licence="CC-BY-4.0", perspective="market",
        vintage=released[:7] if released else None, released=released,
        source_title="World Bank Commodity Price Data (The Pink Sheet), CMO Historical Data Monthly"
                     + (f", sheet {sheet!r}" if sheet else "") + (f", updated {released}" if released else ""),
        source_name="World Bank Commodity Price Data (Pink Sheet)",
        source_url="https://www.worldbank.org/en/research/commodity-markets", dropped=out.dropped)


def _columns(header: Grid) -> list[_Column]:
    """Each commodity column's name, unit and code from the header rows above the first month."""
    width = max((len(r) for r in header), default=0)
    found = []
    for index in range(1, width):
        cells = [cell_text(r[index]) if index < len(r) else "" for r in header]
        unit_row = next((i for i, c in enumerate(cells) if re.fullmatch(r"\(.*\)", c)), None)
        above = cells[:unit_row] if unit_row is not None else cells
        name = next((c for c in reversed(above) if c), "")
        if not name:
            continue
        below = cells[unit_row + 1:] if unit_row is not None else []
        code = next((c for c in below if re.fullmatch(r"i?[A-Z][A-Z0-9_]+", c)), "")  # iNATGAS too
        found.append(_Column(index, name, cells[unit_row] if unit_row is not None else "", code))
    return found


def _released(header: Grid) -> str | None:
    """'Updated on July 02, 2026' in the title rows → 2026-07-02."""
    for row in header:
        for cell in row[:2]:
            match = re.search(r"Updated on (\w+) (\d{1,2}), (\d{4})", cell_text(cell))
            if match and match[1].lower() in MONTHS:
                return f"{match[3]}-{MONTHS.index(match[1].lower()) + 1:02d}-{int(match[2]):02d}"
    return None

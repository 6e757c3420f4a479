"""World Bank Global Economic Monitor (GEM) workbooks, as in the data catalogue's GemDataEXTR.zip.

One workbook per series, its file name saying what it holds ("Exports Merchandise, Customs, current
US$, millions, not seas. adj..xlsx"); sheets ``annual``, ``quarterly`` and ``monthly`` with the period
in the first column (2024, 2024Q1, 2024M01) and one column per economy or aggregate. The workbook has
no units inside, so indicator, unit, scale and seasonal adjustment are read from the file name (or
given with --indicator, --unit, --scale, --adjustment when the file was renamed).
"""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.evidence.importers.common import (
    Collector,
    Imported,
    Options,
    default_aggregation,
    fail,
    indicator_from_words,
    iso_period,
    number,
    parse_unit,
    with_overrides,
)
from factcheck.evidence.importers.places import Places
from factcheck.evidence.importers.tables import cell_text, column_letter, read_excel


def read_gem_excel(path: Path, options: Options, places: Places) -> Imported:
    sheets = read_excel(path)
    description = re.sub(r"\.xlsx?$", "", path.name, flags=re.I).rstrip(".")
    indicator = options.indicator or indicator_from_words(description)
    if indicator is None:
        raise fail(path, f"the file name {path.name!r} does not say what the series measures: give --indicator")
    unit = with_overrides(parse_unit(description), options, path, description)
    adjustment = options.adjustment or _adjustment(description)
    series = f"WB_GEM_{indicator.upper()}" + (f"_{adjustment.upper()}" if adjustment else "")

    out = Collector(path)
    chosen = [options.sheet] if options.sheet else list(sheets)
    if options.sheet and options.sheet not in sheets:
        raise fail(path, f"no sheet {options.sheet!r}; the workbook has {', '.join(sheets)}")
    used = 0
    for name in chosen:
        grid = sheets[name]
        start = next((i for i, row in enumerate(grid) if row and iso_period(row[0])), None)
        if start is None or start == 0:
            continue  # a notes sheet
        used += 1
        header = grid[start - 1]
        columns = _economies(path, name, header, start, places, options, out)
        for offset, row in enumerate(grid[start:]):
            line = start + offset + 1
            period = iso_period(row[0]) if row else None
            if period is None:
                if row and any(c not in (None, "") for c in row[:1]):
                    raise fail(path, f"{cell_text(row[0])!r} is not a period (2024, 2024Q1, 2024M01)", line,
                               f"{name}!A")
                continue
            for index, code in columns.items():
                where = f"{name}!{column_letter(index)}"
                value = number(row[index] if index < len(row) else None, path, line, where)
                if value is not None:
                    out.add(series=series, indicator=indicator, entity=code, adjustment=adjustment,
                            frequency=period[0], period=period[1], value=value, line=line, column=where)
    if not used:
        raise fail(path, "no sheet with periods in its first column (2024, 2024Q1, 2024M01): not a GEM workbook")
    out.check()
    return Imported(
        source=path, rows=out.rows, origins=out.origins, publisher="World Bank",
        title=f"{description} (World Bank Global Economic Monitor, imported from {path.name})", unit=unit,
        aggregation=default_aggregation(indicator, unit), licence="CC-BY-4.0", perspective="reporter",
        source_title=f"World Bank Global Economic Monitor (GEM): {description}",
        source_name="World Bank Global Economic Monitor",
        source_url="https://datacatalog.worldbank.org/search/dataset/0037798/Global-Economic-Monitor",
        dropped=out.dropped)


def _adjustment(description: str) -> str:
    if re.search(r"\bnot seas(\.|onally)? adj", description, re.I):
        return "nsa"
    if re.search(r"\bseas(\.|onally)? adj", description, re.I):
        return "sa"
    return ""


def _economies(path: Path, sheet: str, header: list[object], start: int, places: Places, options: Options,
               out: Collector) -> dict[int, str]:
    """Column index → ISO alpha-3 for the economies kept; aggregates and unwanted columns left out."""
    columns: dict[int, str] = {}
    for index, cell in enumerate(header[1:], start=1):
        name = cell_text(cell)
        if not name:
            continue
        coded = places.code(name) if re.fullmatch(r"[A-Z]{3}", name) else None
        place = coded or places.name_or_aggregate(name)
        if place is None:
            raise fail(path, f"unknown country {name!r}", start, f"{sheet}!{column_letter(index)}")
        if place.aggregate:
            out.drop("aggregate columns")
            continue
        if options.entity and place.code != options.entity:
            continue
        columns[index] = place.code or ""
    if options.entity and not columns:
        raise fail(path, f"no column for {options.entity} in sheet {sheet!r}", start)
    return columns

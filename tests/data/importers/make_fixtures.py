"""Rebuild the importer fixtures from the project's shared evidence extracts.

    python tests/data/importers/make_fixtures.py [SHARED_EVIDENCE_DIR]

Each fixture puts a few real rows of ``../shared/data/evidence/*.csv`` back into the layout a publisher's
download has, so the importers are tested on real values and real codes. Values are copied as text,
never recomputed. README.md beside this script lists which rows each fixture holds. Needs openpyxl for
the two workbooks.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parents[3] / "shared" / "data" / "evidence"


def read(shared: Path, name: str) -> list[dict[str, str]]:
    with (shared / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(name: str, rows: Iterable[list[str]], quote_all: bool = False) -> None:
    with (HERE / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
        writer.writerows(rows)


# --- IMF data portal CSV: Belarus-reported DOTS, partners × years --------------------------------------

IMF_NAMES = {"IMF_DOTS_BLR_EXPORTS_FOB": ("TXG_FOB_USD", "Goods, Value of Exports, Free on board (FOB), US Dollars"),
             "IMF_DOTS_BLR_IMPORTS_CIF": ("TMG_CIF_USD",
                                          "Goods, Value of Imports, Cost, Insurance, Freight (CIF), US Dollars")}
IMF_PARTNERS = ("China, P.R.: Mainland", "Lithuania", "Poland, Rep. of", "Russian Federation", "Advanced Economies",
                "World")
YEARS = ("2018", "2019", "2020")


def imf(shared: Path) -> None:
    source = read(shared, "imf_dots_belarus_by_partner_annual.csv")
    values = {(r["series_id"], r["partner"], r["period"]): r for r in source}
    rows = [["Country Name", "Country Code", "Indicator Name", "Indicator Code", "Counterpart Country Name",
             "Counterpart Country Code", "Attribute", *YEARS]]
    for series, (code, name) in IMF_NAMES.items():
        for partner in IMF_PARTNERS:
            first = values[(series, partner, YEARS[0])]
            rows.append(["Belarus, Rep. of", first["reporter_iso3"], name, code, partner, first["partner_iso3"],
                         "Value", *(values[(series, partner, y)]["value"] for y in YEARS)])
    write_csv("imf-dots-belarus.csv", rows, quote_all=True)


def imf_panel(shared: Path) -> None:
    """The same figures in the portal's "panel" layout: a row per counterpart and year, a column per indicator."""
    source = read(shared, "imf_dots_belarus_by_partner_annual.csv")
    values = {(r["series_id"], r["partner"], r["period"]): r for r in source}
    series = list(IMF_NAMES)
    rows = [["Country Name", "Country Code", "Counterpart Country Name", "Counterpart Country Code", "Time Period",
             *(f"{IMF_NAMES[s][1]} ({IMF_NAMES[s][0]})" for s in series)]]
    for partner in IMF_PARTNERS:
        for year in YEARS:
            first = values[(series[0], partner, year)]
            rows.append(["Belarus, Rep. of", first["reporter_iso3"], partner, first["partner_iso3"], year,
                         *(values[(s, partner, year)]["value"] for s in series)])
    write_csv("imf-dots-belarus-panel.csv", rows, quote_all=True)


# --- World Bank API CSV: GEM annual merchandise trade of Belarus (vintage 2025-03) -----------------------

GEM_NAMES = {"exports": "Exports Merchandise, Customs, current US$, millions, not seas. adj.",
             "imports": "Imports Merchandise, Customs, current US$, millions, not seas. adj."}


def gem_rows(shared: Path) -> list[dict[str, str]]:
    return [r for r in read(shared, "wb_gem_belarus_merchandise_trade.csv")
            if r["vintage"].startswith("2025-03") and r["seasonal_adjustment"] == "not seasonally adjusted"]


def wb_api(shared: Path) -> None:
    rows = gem_rows(shared)
    years = [str(y) for y in range(2015, 2025)]
    table = [["Data Source", "Global Economic Monitor", ""], [], ["Last Updated Date", "2025-03-09", ""], [],
             ["Country Name", "Country Code", "Indicator Name", "Indicator Code", *years, ""]]
    for flow, name in GEM_NAMES.items():
        annual = {r["period"]: r["value"] for r in rows if r["flow"] == flow and r["frequency"] == "annual"}
        series = next(r["series_id"] for r in rows if r["flow"] == flow)
        table.append(["Belarus", "BLR", name, series, *(annual.get(y, "") for y in years), ""])
    write_csv("API_GEM_BLR_merchandise_trade.csv", table, quote_all=True)


def wb_databank(shared: Path) -> None:
    """DataBank export of GEM monthly imports: the 2025-03 vintage ends at 2025M01, so 2025M02 is ".."."""
    rows = [r for r in gem_rows(shared) if r["flow"] == "imports" and r["frequency"] == "monthly"]
    months = [f"2024M{m:02d}" for m in range(1, 13)] + ["2025M01", "2025M02"]
    monthly = {r["period"]: r["value"] for r in rows}
    table = [["Series Name", "Series Code", "Country Name", "Country Code", *(f"{m} [{m}]" for m in months)],
             [GEM_NAMES["imports"], rows[0]["series_id"], "Belarus", "BLR", *(monthly.get(m, "..") for m in months)],
             [], [], ["Data from database: Global Economic Monitor"], ["Last Updated: 03/09/2025"]]
    write_csv("databank-gem-blr-imports-monthly.csv", table)


# --- World Bank GEM workbook: exports, not seasonally adjusted, sheets annual/quarterly/monthly -----------

def gem_excel(shared: Path) -> None:
    import openpyxl

    rows = [r for r in gem_rows(shared) if r["flow"] == "exports"]
    wanted = {"annual": lambda p: p >= "2019", "quarterly": lambda p: p >= "2023Q1",
              "monthly": lambda p: p >= "2024M01"}
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet, keep in wanted.items():
        page = book.create_sheet(sheet)
        page.append([None, "Belarus"])
        for r in rows:
            if r["frequency"] == sheet and keep(r["period"]):
                period = int(r["period"]) if sheet == "annual" else r["period"]
                page.append([period, float(r["value"])])
    book.save(HERE / "Exports Merchandise, Customs, current US$, millions, not seas. adj..xlsx")


# --- World Bank Pink Sheet: the five fertilizer columns, July 2025 - June 2026 ----------------------------

PINK_COLUMNS = ("DAP", "Phosphate rock", "Potassium chloride **", "TSP", "Urea")


def pinksheet_grid(shared: Path) -> list[list[object]]:
    source = read(shared, "wb_pinksheet_fertilizer_prices_monthly.csv")
    months = [f"2025M{m:02d}" for m in range(7, 13)] + [f"2026M{m:02d}" for m in range(1, 7)]
    values = {(r["commodity"], r["period"]): r["value"] for r in source}
    grid: list[list[object]] = [["World Bank Commodity Price Data (The Pink Sheet)"],
                                [source[0]["source_vintage"]], [],
                                ["", *PINK_COLUMNS], ["", *["($/mt)"] * len(PINK_COLUMNS)]]
    for month in months:
        grid.append([month, *(values[(c, month)] for c in PINK_COLUMNS)])
    return grid


def pinksheet(shared: Path) -> None:
    import openpyxl

    grid = pinksheet_grid(shared)
    write_csv("CMO-Historical-Data-Monthly.csv", [[str(c) for c in row] for row in grid])
    book = openpyxl.Workbook()
    page = book.active
    page.title = "Monthly Prices"
    for row in grid:
        page.append([float(c) if i and isinstance(c, str) and c[:1].isdigit() and "M" not in c else c
                     for i, c in enumerate(row)])
    book.save(HERE / "CMO-Historical-Data-Monthly.xlsx")


# --- Eurostat Comext DS-045409: member states' trade with Belarus, monthly; EU27 annual as SDMX-CSV -------

COMEXT_DECLARANTS = {"DE": "Germany (incl. German Democratic Republic 'DD' from 1991)", "LT": "Lithuania",
                     "LV": "Latvia", "PL": "Poland"}
COMEXT_FLOWS = {"EU_imports_from_BLR": ("1", "IMPORT"), "EU_exports_to_BLR": ("2", "EXPORT")}


def comext(shared: Path) -> None:
    source = read(shared, "eurostat_eu_trade_with_belarus.csv")
    table = [["DECLARANT", "DECLARANT_LAB", "PARTNER", "PARTNER_LAB", "PRODUCT", "FLOW", "FLOW_LAB", "PERIOD",
              "VALUE_IN_EUROS"]]
    by_label = {label: code for code, label in COMEXT_DECLARANTS.items()}
    for r in source:
        if r["reporter"] in by_label and r["period"] in ("2020-01", "2020-02", "2020-03"):
            flow, label = COMEXT_FLOWS[r["flow"]]
            table.append([by_label[r["reporter"]], r["reporter"], "BY", "Belarus (Belorussia)", "TOTAL", flow, label,
                          r["period"].replace("-", ""), r["value"]])
    write_csv("comext-ds045409-belarus.csv", table)

    sdmx = [["DATAFLOW", "LAST UPDATE", "freq", "reporter", "partner", "product", "flow", "indicators",
             "TIME_PERIOD", "OBS_VALUE", "OBS_FLAG"]]
    for r in source:
        if r["series_id"] == "ESTAT_COMEXT_EU27_ANNUAL_TOTAL" and r["period"] >= "2019":
            sdmx.append(["ESTAT:DS-045409(1.0)", "", "A", "EU27_2020", "BY", "TOTAL", "2", "VALUE_IN_EUROS",
                         r["period"], r["value"], ""])
    write_csv("comext-ds045409-eu27-sdmx.csv", sdmx)


# --- SDMX-CSV: the same DOTS figures as the IMF's SDMX dataflow would give them ----------------------------

def sdmx(shared: Path) -> None:
    source = read(shared, "imf_dots_belarus_by_partner_annual.csv")
    partners = {"China, P.R.: Mainland": "CN", "Russian Federation": "RU", "Lithuania": "LT"}
    table = [["DATAFLOW", "FREQ", "REF_AREA", "INDICATOR", "COUNTERPART_AREA", "TIME_PERIOD", "OBS_VALUE",
              "UNIT_MULT"]]
    for r in source:
        if r["series_id"] == "IMF_DOTS_BLR_IMPORTS_CIF" and r["partner"] in partners and r["period"] in YEARS:
            table.append(["IMF:DOT(1.0)", "A", "BY", "TMG_CIF_USD", partners[r["partner"]], r["period"], r["value"],
                          "6"])
    write_csv("imf-dot-belarus-imports.sdmx.csv", table)


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else DEFAULT_SHARED
    for make in (imf, imf_panel, wb_api, wb_databank, gem_excel, pinksheet, comext, sdmx):
        make(shared)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

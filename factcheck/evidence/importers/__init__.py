"""Importers for the files users actually download: one small pure function per format family.

Each reads a file and returns rows in the package's common layout (series, indicator, entity, partner,
commodity, frequency, adjustment, period, value), where each row came from, and what the file says about
itself (publisher, unit and scale, licence, vintage). Nothing here writes: ``factcheck evidence import``
(:mod:`factcheck.evidence.import_cli`) validates the rows and adds them to an evidence folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from factcheck.evidence.importers.common import Imported, Options, Origin, Unit
from factcheck.evidence.importers.ecb import read_ecb_eurofxref
from factcheck.evidence.importers.eurostat import read_comext_csv
from factcheck.evidence.importers.gem import read_gem_excel
from factcheck.evidence.importers.imf import read_imf_csv
from factcheck.evidence.importers.pinksheet import read_pinksheet_csv, read_pinksheet_excel
from factcheck.evidence.importers.places import Places
from factcheck.evidence.importers.sdmx import read_sdmx_csv
from factcheck.evidence.importers.worldbank import read_wdi_csv

Importer = Callable[[Path, Options, Places], Imported]

FORMATS: dict[str, tuple[Importer, str]] = {
    "imf-csv": (read_imf_csv, "IMF data portal CSV (DOTS / IMTS bulk download): countries × periods"),
    "wb-wdi-csv": (read_wdi_csv, "World Bank CSV: the API / data-catalogue download (WDI, GEM) or a "
                                 "DataBank export"),
    "wb-gem-excel": (read_gem_excel, "World Bank Global Economic Monitor workbook (GemDataEXTR), sheets "
                                     "annual/quarterly/monthly"),
    "wb-pinksheet-excel": (read_pinksheet_excel, "World Bank Pink Sheet, CMO-Historical-Data-Monthly.xlsx"),
    "wb-pinksheet-csv": (read_pinksheet_csv, "World Bank Pink Sheet, the Monthly Prices sheet saved as CSV"),
    "eurostat-comext-csv": (read_comext_csv, "Eurostat Comext DS-045409 CSV export, classic or SDMX-CSV form"),
    "sdmx-csv": (read_sdmx_csv, "any SDMX-CSV file (DATAFLOW, dimensions, TIME_PERIOD, OBS_VALUE)"),
    "ecb-eurofxref": (read_ecb_eurofxref, "ECB euro reference rates, eurofxref-hist.csv or .zip (daily → monthly "
                                          "and annual averages)"),
}
EXCEL_FORMATS = frozenset(name for name in FORMATS if name.endswith("-excel"))


def convert(format_name: str, path: Path, options: Options, places: Places) -> Imported:
    """Read ``path`` as ``format_name``; raises FactcheckError FC305 naming the file, row and column."""
    reader, _ = FORMATS[format_name]
    return reader(path, options, places)


__all__ = ["EXCEL_FORMATS", "FORMATS", "Imported", "Importer", "Options", "Origin", "Places", "Unit", "convert"]

"""Reading a download as a grid of cells: CSV with the standard library, Excel with openpyxl.

Excel is optional (``pip install 'factcheck[excel]'``): the CSV formats work without it. Row numbers
are the ones a spreadsheet shows (1-based), so a problem can be found in the file by eye.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from factcheck.evidence.importers.common import fail

Grid = list[list[object]]


def read_text(path: Path) -> str:
    if not path.is_file():
        raise fail(path, "file not found" if not path.exists() else "is a directory, expected a file")
    raw = path.read_bytes()
    if raw[:2] == b"PK":
        raise fail(path, "is a zip or Excel file, not CSV: unzip it, or use the format's -excel variant")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise fail(path, "is not UTF-8 text: save it as CSV UTF-8", line) from None


def read_csv(path: Path) -> Grid:
    """All rows of a CSV file, the delimiter (comma, semicolon or tab) told from the header."""
    text = read_text(path)
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((",", ";", "\t"), key=first.count)
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise fail(path, f"cannot read CSV: {exc}") from None


def read_excel(path: Path) -> dict[str, Grid]:
    """Every sheet of a workbook as values (formulas already computed by the publisher)."""
    try:
        import openpyxl
    except ImportError:
        raise fail(path, "reading Excel needs openpyxl: pip install 'factcheck[excel]' (or save the sheet as "
                   "CSV and use the -csv format)") from None
    if not path.is_file():
        raise fail(path, "file not found" if not path.exists() else "is a directory, expected a file")
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError and its own errors for a bad workbook
        raise fail(path, f"is not an Excel workbook (.xlsx): {exc.__class__.__name__}") from None
    try:
        return {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets}
    finally:
        book.close()


def column_letter(index: int) -> str:
    """0 → A, 26 → AA: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()

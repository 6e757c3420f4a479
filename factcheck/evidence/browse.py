"""What ``factcheck evidence list`` and ``show`` print: the series, their coverage, their values."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from factcheck.errors import FactcheckError
from factcheck.evidence.package import load_package

FREQUENCY_ORDER = {"annual": 0, "quarterly": 1, "monthly": 2}
BAR_WIDTH = 40


def series_table(directory: str | None) -> Iterator[str]:
    """One line per resource and series code: coverage by frequency, subjects, source."""
    package = load_package(directory)
    frame = package.observations
    for name, info in package.resources.items():
        rows = frame[frame["resource"] == name]
        yield f"{name}  ({info.unit_label}; {info.source_label}; licence: {info.licence})"
        for series, group in rows.groupby("series", sort=True):
            spans = []
            for frequency, by_freq in sorted(group.groupby("frequency"), key=lambda g: FREQUENCY_ORDER[g[0]]):
                spans.append(f"{frequency} {by_freq['period'].min()}..{by_freq['period'].max()}")
            subjects = _subjects(group)
            yield f"  {name}:{series}  {'; '.join(spans)}  [{subjects}]"


def _subjects(group: pd.DataFrame) -> str:
    entities = sorted(set(group["entity"]))
    partners = sorted(set(group["partner"]) - {""})
    commodities = sorted(set(group["commodity"]) - {""})
    text = f"{group['indicator'].iloc[0]} of {', '.join(entities[:3])}"
    if len(entities) > 3:
        text += f" and {len(entities) - 3} more"
    if partners:
        text += f" with {', '.join(partners[:3])}" + (f" and {len(partners) - 3} more" if len(partners) > 3 else "")
    if commodities:
        text += f" ({', '.join(commodities)})"
    return text


def show_series(spec: str, directory: str | None, last: int = 24) -> Iterator[str]:
    """The latest values of one series, as a table with bars. ``spec`` is RESOURCE:SERIES or SERIES."""
    package = load_package(directory)
    frame = package.observations
    resource, _, series = spec.rpartition(":")
    rows = frame[frame["series"] == series]
    if resource:
        rows = rows[rows["resource"] == resource]
    if rows.empty:
        known = sorted({f"{r}:{s}" for r, s in zip(frame["resource"], frame["series"], strict=True)})
        raise FactcheckError("FC303", f"no series {spec!r}; see `factcheck evidence list` (e.g. {known[0]})",
                             str(package.directory))
    # one line of the series: the world total, unadjusted, the coarsest frequency it has
    rows = rows.assign(_total=rows["partner"] != "", _sa=rows["adjustment"] == "sa",
                       _freq=rows["frequency"].map(FREQUENCY_ORDER))
    first = rows.sort_values(["_total", "_sa", "resource", "_freq"]).iloc[0]
    chosen = rows[(rows["resource"] == first["resource"]) & (rows["entity"] == first["entity"])
                  & (rows["partner"] == first["partner"]) & (rows["commodity"] == first["commodity"])
                  & (rows["frequency"] == first["frequency"]) & (rows["adjustment"] == first["adjustment"])]
    info = package.resources[first["resource"]]
    chosen = chosen.sort_values("period").tail(last)
    subject = " ".join(x for x in (first["indicator"], first["entity"], first["partner"], first["commodity"]) if x)
    yield (f"{first['resource']}:{series} — {subject}, {first['frequency']}"
           f"{', ' + first['adjustment'] if first['adjustment'] else ''} ({info.unit_label})")
    yield f"source: {info.source_label}; licence: {info.licence}"
    top = chosen["value"].abs().max() or 1.0
    decimals = 1 if top >= 100 else 4  # exchange rates and small prices keep their digits
    for period, value in zip(chosen["period"], chosen["value"], strict=True):
        bar = "█" * max(1, round(BAR_WIDTH * abs(value) / top)) if value else ""
        yield f"{period:>8} {value:>14,.{decimals}f}  {'-' if value < 0 else ''}{bar}"
    others = len(rows.groupby(["resource", "entity", "partner", "commodity", "frequency", "adjustment"])) - 1
    if others:
        yield f"({others} more lines of this series: other partners, frequencies or vintages)"

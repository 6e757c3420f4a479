"""Loading an evidence folder: a Frictionless ``datapackage.json`` and its CSV resources.

Observation resources share one tidy layout (series, indicator, entity, partner, commodity, frequency,
adjustment, period, value) and keep their provenance under the namespaced ``factcheck`` key. A resource
that is broken is left out and its problems kept, so one bad file never stops a check of the rest;
``factcheck evidence validate`` reports them all.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from factcheck.errors import FactcheckError, Problem
from factcheck.evidence.groups import Groups

KEY_COLUMNS = ("series", "indicator", "entity", "partner", "commodity", "frequency", "adjustment", "period")
OBSERVATION_COLUMNS = (*KEY_COLUMNS, "value")
FREQUENCIES = ("annual", "quarterly", "monthly")
PERIOD_PATTERN = {"annual": r"^\d{4}$", "quarterly": r"^\d{4}-Q[1-4]$", "monthly": r"^\d{4}-(0[1-9]|1[0-2])$"}
REQUIRED_META = ("publisher", "unit", "scale", "unit_label", "source_label", "aggregation")
# What a resource's ``unit`` may be: money as an ISO 4217 code, optionally per physical unit ("USD/t"), or
# one of these. Rules compare units as strings, so a typo ("USD millions") would silently match nothing.
# ``rate`` is an exchange rate: units of the row's partner currency per one unit of its entity currency.
PLAIN_UNITS = frozenset({"%", "pp", "ratio", "count", "persons", "index", "rate", "t", "kg", "kWh", "km2", "ha",
                         "years"})
MONEY_UNIT = re.compile(r"^[A-Z]{3}(/(t|kg|bbl|mmbtu|kWh))?$")


def bundled_evidence_dir() -> Path:
    """The evidence shipped with the package (a real folder in a wheel, a symlink in a checkout)."""
    return Path(str(resources.files("factcheck") / "_bundled" / "evidence"))


@dataclass(frozen=True)
class ResourceInfo:
    """One series file and where its numbers come from."""

    name: str
    title: str
    path: str
    publisher: str
    source_label: str
    unit: str
    scale: float
    unit_label: str
    aggregation: str
    dataset: str
    perspective: str = "reporter"
    priority: int = 50
    vintage: str | None = None
    released: str | None = None
    retrieved: str | None = None
    licence: str = ""
    source_url: str | None = None
    source_version: str | None = None
    notes: tuple[str, ...] = ()


@dataclass
class EvidencePackage:
    directory: Path
    resources: dict[str, ResourceInfo]
    observations: pd.DataFrame
    groups: Groups
    problems: list[Problem] = field(default_factory=list)
    # things worth knowing that do not make a resource unusable (holes in a series)
    notices: list[Problem] = field(default_factory=list)


def load_package(directory: str | Path | None = None) -> EvidencePackage:
    folder = Path(directory) if directory is not None else bundled_evidence_dir()
    descriptor_path = folder / "datapackage.json"
    if not folder.is_dir():
        raise FactcheckError("FC301", "evidence folder not found", str(folder))
    if not descriptor_path.is_file():
        raise FactcheckError("FC301", "no datapackage.json here: an evidence folder is a Frictionless data "
                             "package (see `factcheck evidence validate`)", str(folder))
    try:
        descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise FactcheckError("FC302", f"not valid JSON: {getattr(exc, 'msg', exc)}", str(descriptor_path),
                             line) from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise FactcheckError("FC302", "needs a list of resources", str(descriptor_path), None, "resources")

    problems: list[Problem] = []
    notices: list[Problem] = []
    infos: dict[str, ResourceInfo] = {}
    frames: list[pd.DataFrame] = []
    countries_path = groups_path = None
    for index, resource in enumerate(descriptor["resources"]):
        place = f"resources[{index}]"
        if not isinstance(resource, dict) or "name" not in resource or "path" not in resource:
            problems.append(Problem("FC302", "a resource needs a name and a path", str(descriptor_path),
                                    None, place))
            continue
        role = (resource.get("factcheck") or {}).get("role")
        path = folder / resource["path"]
        if role == "countries":
            countries_path = path
            continue
        if role == "groups":
            groups_path = path
            continue
        info, info_problems = _resource_info(resource, str(descriptor_path), place)
        if info is None:
            problems.extend(info_problems)
            continue
        frame, frame_problems = read_observations(path, info.name)
        problems.extend(frame_problems)
        if frame is not None and not frame_problems:
            infos[info.name] = info
            frames.append(frame)
            notices.extend(series_gaps(frame, str(path)))
    if countries_path is None or groups_path is None:
        raise FactcheckError("FC304", "datapackage.json needs a countries and a groups resource "
                             "(factcheck.role = countries / groups)", str(descriptor_path))
    groups = Groups.load(countries_path, groups_path)
    observations = (pd.concat(frames, ignore_index=True) if frames
                    else pd.DataFrame(columns=[*OBSERVATION_COLUMNS, "resource"]))
    return EvidencePackage(folder, infos, observations, groups, problems, notices)


def _resource_info(resource: dict[str, Any], path: str, place: str) -> tuple[ResourceInfo | None,
                                                                            list[Problem]]:
    meta = resource.get("factcheck")
    if not isinstance(meta, dict):
        return None, [Problem("FC302", f"resource {resource['name']!r} has no 'factcheck' metadata (unit, "
                              "scale, source)", path, None, f"{place}.factcheck")]
    missing = [key for key in REQUIRED_META if key not in meta]
    if missing:
        return None, [Problem("FC302", f"resource {resource['name']!r} is missing {', '.join(missing)}",
                              path, None, f"{place}.factcheck.{missing[0]}")]
    if not resource.get("licenses"):
        return None, [Problem("FC302", f"resource {resource['name']!r} has no licenses", path, None,
                              f"{place}.licenses")]
    if meta["unit"] not in PLAIN_UNITS and not MONEY_UNIT.match(str(meta["unit"])):
        return None, [Problem("FC302", f"unit {meta['unit']!r} is not known: use an ISO 4217 code (USD), money per "
                              f"physical unit (USD/t), or one of {', '.join(sorted(PLAIN_UNITS))}; the scale goes "
                              "in 'scale'", path, None, f"{place}.factcheck.unit")]
    if meta["aggregation"] not in ("sum", "mean"):
        return None, [Problem("FC302", f"aggregation must be sum or mean, not {meta['aggregation']!r}", path,
                              None, f"{place}.factcheck.aggregation")]
    try:
        scale = float(meta["scale"])
    except (TypeError, ValueError):
        return None, [Problem("FC302", f"scale {meta['scale']!r} is not a number", path, None,
                              f"{place}.factcheck.scale")]
    source = (resource.get("sources") or [{}])[0]
    licence = ", ".join(str(lic.get("title") or lic.get("name")) for lic in resource["licenses"])
    return ResourceInfo(
        name=resource["name"], title=resource.get("title") or resource["name"], path=resource["path"],
        publisher=meta["publisher"], source_label=meta["source_label"], unit=meta["unit"], scale=scale,
        unit_label=meta["unit_label"], aggregation=meta["aggregation"],
        dataset=meta.get("dataset") or resource["name"], perspective=meta.get("perspective", "reporter"),
        priority=int(meta.get("priority", 50)), vintage=meta.get("vintage"), released=meta.get("released"),
        retrieved=meta.get("retrieved"), licence=licence, source_url=source.get("path"),
        source_version=source.get("version"), notes=tuple(meta.get("notes") or ()),
    ), []


def read_observations(path: Path, name: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read one observation CSV and check every row; problems name the file, row (line) and field."""
    label = str(path)
    if not path.is_file():
        return None, [Problem("FC303", f"resource {name!r}: file not found", label)]
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        return None, [Problem("FC303", f"cannot read CSV: {str(exc).splitlines()[0]}", label)]
    missing = [c for c in OBSERVATION_COLUMNS if c not in frame.columns]
    if missing:
        return None, [Problem("FC303", f"missing column(s) {', '.join(missing)}", label, 1)]
    problems: list[Problem] = []
    line = frame.index + 2  # header is line 1
    values = pd.to_numeric(frame["value"], errors="coerce")
    for row in line[values.isna()][:20]:
        problems.append(Problem("FC303", f"value {frame.at[row - 2, 'value']!r} is not a number", label,
                                int(row), "value"))
    bad_frequency = ~frame["frequency"].isin(FREQUENCIES)
    for row in line[bad_frequency][:20]:
        problems.append(Problem("FC303", f"frequency {frame.at[row - 2, 'frequency']!r} is not one of "
                                f"{', '.join(FREQUENCIES)}", label, int(row), "frequency"))
    for frequency, pattern in PERIOD_PATTERN.items():
        wrong = (frame["frequency"] == frequency) & ~frame["period"].str.match(pattern)
        for row in line[wrong][:20]:
            problems.append(Problem("FC303", f"period {frame.at[row - 2, 'period']!r} does not fit "
                                    f"frequency {frequency}", label, int(row), "period"))
    duplicated = frame.duplicated(subset=list(KEY_COLUMNS), keep="first")
    for row in line[duplicated][:20]:
        problems.append(Problem("FC303", f"duplicate period {frame.at[row - 2, 'period']} for series "
                                f"{frame.at[row - 2, 'series']}", label, int(row), "period"))
    if problems:
        return None, problems
    frame["value"] = values
    frame["resource"] = name
    return frame, []


def series_gaps(frame: pd.DataFrame, label: str) -> list[Problem]:
    """Missing periods inside a total series (no partner): a look-up across the hole will find nothing.

    Series by partner are sparse by nature (small partners in some years only) and are not listed.
    """
    from factcheck.periods import month_index, month_label

    notices = []
    totals = frame[frame["partner"] == ""]
    step = {"annual": 12, "quarterly": 3, "monthly": 1}
    for key, group in totals.groupby(["series", "entity", "commodity", "frequency", "adjustment"], sort=False):
        months = sorted(month_index(period) for period in group["period"])
        size = step[key[3]]
        holes = [(a, b) for a, b in itertools.pairwise(months) if b - a > size]
        if not holes:
            continue
        missing = sum((b - a) // size - 1 for a, b in holes)
        first = holes[0]
        notices.append(Problem("FC303", f"series {key[0]} ({key[1]}, {key[3]}) has {missing} missing period(s), the "
                               f"first after {month_label(first[0])}", label, None, "period"))
    return notices

"""Rebuild the bundled evidence package (``evidence/``) from the project's shared source extracts.

    python scripts/build_evidence.py [SHARED_EVIDENCE_DIR] [OUT_DIR]

Defaults: ``../shared/data/evidence`` → ``evidence/``. Source files are read from that folder, or from
``sources/`` beside this script when the recipe says ``"in_repo": true`` (the ECB exchange-rate averages,
whose derivation ``sources/README.md`` records). The script only reshapes: every value is copied
as published, periods become ISO (``2024-01``, ``2024-Q1``, ``2024``), and each source file's subject
columns become the package's common ones (indicator, entity, partner, commodity). Rows this package
cannot use are dropped and counted in the resource's description. What each resource is — publisher,
source repository and commit, licence, unit and scale, vintage, and which converter makes it — is data,
in ``evidence_sources.json`` beside this script; it is written into ``datapackage.json`` as it stands.
Standard library only, so it runs anywhere.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

FIELDS = ["series", "indicator", "entity", "partner", "commodity", "frequency", "adjustment", "period",
          "value"]
SOURCES = Path(__file__).with_name("evidence_sources.json")
TABLE_FORMAT = {"type": "table", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8"}

_MONTHLY_WB = re.compile(r"^(\d{4})M(\d{2})$")
_QUARTERLY = re.compile(r"^(\d{4})Q([1-4])$")


def iso_period(period: str) -> tuple[str, str]:
    """(frequency, ISO period) from the publishers' notations: 2024, 2024Q1, 2024M01, 2024-01."""
    if re.fullmatch(r"\d{4}", period):
        return "annual", period
    if match := _MONTHLY_WB.match(period):
        return "monthly", f"{match[1]}-{match[2]}"
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return "monthly", period
    if match := _QUARTERLY.match(period):
        return "quarterly", f"{match[1]}-Q{match[2]}"
    raise ValueError(f"unknown period notation {period!r}")


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write(path: Path, rows: list[dict[str, Any]]) -> tuple[int, int]:
    """Write rows sorted by key; rows repeated in the source with the same value are kept once."""
    unique: dict[tuple[str, ...], dict[str, Any]] = {}
    for r in rows:
        key = tuple(str(r[f]) for f in FIELDS[:-1])
        if key in unique and unique[key]["value"] != r["value"]:
            raise ValueError(f"{path.name}: conflicting values for {key}")
        unique.setdefault(key, r)
    repeated = len(rows) - len(unique)
    ordered = sorted(unique.values(), key=lambda r: (r["series"], r["entity"], r["partner"], r["commodity"],
                                                  r["frequency"], r["adjustment"], r["period"]))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(ordered)
    return len(ordered), repeated


def row(**values: Any) -> dict[str, Any]:
    base = dict.fromkeys(FIELDS, "")
    base.update(values)
    return base


# --- one converter per source file -------------------------------------------------------------------

def gem_rows(source: list[dict[str, str]], vintage_prefix: str) -> list[dict[str, Any]]:
    out = []
    for r in source:
        if not r["vintage"].startswith(vintage_prefix):
            continue
        frequency, period = iso_period(r["period"])
        out.append(row(series=r["series_id"], indicator=r["flow"], entity=r["country_iso3"],
                       frequency=frequency,
                       adjustment="sa" if r["seasonal_adjustment"] == "seasonally adjusted" else "nsa",
                       period=period, value=r["value"]))
    return out


def dots_reporter_rows(source: list[dict[str, str]]) -> tuple[list[dict[str, Any]], int]:
    """Belarus-reported trade by partner: economies, and the World total (partner left empty)."""
    out, dropped = [], 0
    for r in source:
        if r["partner_type"] == "economy" and r["partner_iso3"]:
            partner = r["partner_iso3"]
        elif r["partner"] == "World":
            partner = ""
        else:  # IMF aggregates and "not specified" rows: groups are built from countries instead
            dropped += 1
            continue
        out.append(row(series=r["series_id"], indicator=r["flow"] + "s", entity=r["reporter_iso3"],
                       partner=partner, frequency="annual", period=r["period"], value=r["value"]))
    return out, dropped


def dots_mirror_rows(source: list[dict[str, str]]) -> tuple[list[dict[str, Any]], int]:
    """What each economy reports of its trade with Belarus, from its own side."""
    out, dropped = [], 0
    for r in source:
        if r["reporter_iso3"]:
            entity = r["reporter_iso3"]
        elif r["reporter"] == "World":
            entity = "world"
        else:
            dropped += 1
            continue
        out.append(row(series=r["series_id"], indicator=r["flow_from_reporter_view"] + "s", entity=entity,
                       partner=r["partner_iso3"], frequency="annual", period=r["period"], value=r["value"]))
    return out, dropped


COMMODITY_SLUGS = {"WB_CMO_POTASH": "potash", "WB_CMO_UREA": "urea", "WB_CMO_DAP": "dap",
                   "WB_CMO_TSP": "tsp", "WB_CMO_PHOSROCK": "phosphate_rock"}


def pinksheet_rows(source: list[dict[str, str]]) -> list[dict[str, Any]]:
    out = []
    for r in source:
        frequency, period = iso_period(r["period"])
        out.append(row(series=r["series_id"], indicator="price", entity="world",
                       commodity=COMMODITY_SLUGS[r["series_id"]], frequency=frequency, period=period,
                       value=r["value"]))
    return out


def rate_rows(source: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Exchange-rate averages already in the package's layout (written by ``factcheck evidence import``)."""
    return [row(**{field: r[field] for field in FIELDS}) for r in source]


def eurostat_rows(source: list[dict[str, str]]) -> tuple[list[dict[str, Any]], int]:
    """The EU27 totals only; member-state rows stay in the shared extract."""
    out, dropped = [], 0
    flows = {"EU_exports_to_BLR": "exports", "EU_imports_from_BLR": "imports"}
    for r in source:
        if not r["reporter"].startswith(("EU27", "European Union")):
            dropped += 1
            continue
        frequency, period = iso_period(r["period"])
        out.append(row(series=r["series_id"], indicator=flows[r["flow"]], entity="EU",
                       partner=r["partner_iso3"], frequency=frequency, period=period, value=r["value"]))
    return out, dropped


# --- the package --------------------------------------------------------------------------------------

CONVERTERS: dict[str, Callable[[list[dict[str, str]], dict[str, Any]], tuple[list[dict[str, Any]], int]]] = {
    "gem": lambda source, build: (gem_rows(source, build["vintage"]), 0),
    "dots_reporter": lambda source, build: dots_reporter_rows(source),
    "dots_mirror": lambda source, build: dots_mirror_rows(source),
    "pinksheet": lambda source, build: (pinksheet_rows(source), 0),
    "eurostat": lambda source, build: eurostat_rows(source),
    "rates": lambda source, build: (rate_rows(source), 0),
}
IN_REPO = Path(__file__).with_name("sources")


def build(shared: Path, out: Path) -> dict[str, Any]:
    """Write every series CSV and ``datapackage.json``; the metadata comes from evidence_sources.json."""
    sources = json.loads(SOURCES.read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    package_resources = []
    for descriptor in sources["series"]:
        recipe = descriptor["build"]
        folder = IN_REPO if recipe.get("in_repo") else shared
        rows, dropped = CONVERTERS[recipe["converter"]](read(folder / recipe["file"]), recipe)
        count, repeated = write(out / descriptor["path"], rows)
        note = f"{count} rows" + (f"; {dropped} source rows not used (aggregates or unallocated)"
                                  if dropped else "")
        if repeated:
            note += f"; {repeated} rows repeated in the source with the same value kept once"
        package_resources.append({
            "name": descriptor["name"], "type": "table", "path": descriptor["path"], "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "title": descriptor["title"],
            "description": note, "sources": descriptor["sources"], "licenses": descriptor["licenses"],
            "schema": sources["series_schema"], "factcheck": descriptor["factcheck"],
        })
    for table in sources["tables"]:
        recipe = table.pop("build")
        if recipe.get("copy"):
            shutil.copyfile(shared / recipe["file"], out / table["path"])
        package_resources.append({**table, **TABLE_FORMAT})
    package = {**sources["package"], "resources": package_resources}
    (out / "datapackage.json").write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    return package


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else Path("../shared/data/evidence")
    out = Path(argv[2]) if len(argv) > 2 else Path("evidence")
    if not (out / "groups.csv").exists():
        print(f"{out}/groups.csv is missing: it is written by hand, not generated", file=sys.stderr)
        return 1
    package = build(shared, out)
    for resource in package["resources"]:
        print(f"{resource['name']:28} {resource.get('description', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

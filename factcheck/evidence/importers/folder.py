"""The user's evidence folder: made on first import, then one resource added or replaced at a time.

Imports never go into the evidence bundled with factcheck: in an installed wheel it is not the user's
to change, and in a checkout ``scripts/build_evidence.py`` rebuilds it from the shared extracts. A new
folder starts as a fresh data package holding copies of the bundled ``countries`` and ``groups`` tables
(claims name countries and groups by them), or, with ``--include-bundled``, as a copy of the whole
bundled package so its series stay available beside the imported ones.

Rows are checked with the very checks ``factcheck evidence validate`` runs (``read_observations``)
before anything is written; the CSV and ``datapackage.json`` are each written atomically, and the
folder is loaded again afterwards: if anything fails, the folder is put back as it was.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError, Problem
from factcheck.evidence.importers.common import Imported, Origin, slug
from factcheck.evidence.package import OBSERVATION_COLUMNS, bundled_evidence_dir, load_package, read_observations
from factcheck.records import write_text

LICENCES = {
    "CC-BY-4.0": {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                  "path": "https://creativecommons.org/licenses/by/4.0/"},
    "CC-BY-SA-4.0": {"name": "CC-BY-SA-4.0", "title": "Creative Commons Attribution-ShareAlike 4.0",
                     "path": "https://creativecommons.org/licenses/by-sa/4.0/"},
    "CC0-1.0": {"name": "CC0-1.0", "title": "Creative Commons Zero 1.0",
                "path": "https://creativecommons.org/publicdomain/zero/1.0/"},
    "IMF-terms": {"name": "IMF-terms", "title": "IMF Terms and Conditions for data (attribution required)",
                  "path": "https://www.imf.org/en/About/copyright-and-terms"},
    "Eurostat-reuse": {"name": "Eurostat-reuse",
                       "title": "Eurostat/Commission reuse policy (free reuse with attribution)",
                       "path": "https://ec.europa.eu/eurostat/about-us/policies/copyright"},
    "ECB-reuse": {"name": "ECB-reuse",
                  "title": "ESCB statistics reuse policy (free reuse with the source acknowledged: ECB)",
                  "path": "https://www.ecb.europa.eu/stats/ecb_statistics/html/index.en.html"},
}
DESCRIPTIONS = {
    "series": "The publisher's series code.",
    "indicator": "What is measured (exports, imports, price, gdp, ...).",
    "entity": "Whose figure it is: ISO 3166 alpha-3, or a group from groups.csv.",
    "partner": "The counterpart of a flow (ISO alpha-3); empty for a total with the world.",
    "commodity": "Product slug or code; empty for a total.",
    "adjustment": "nsa (not seasonally adjusted) or sa; empty when not applicable.",
    "period": "YYYY, YYYY-Qn or YYYY-MM.",
    "value": "In the resource's unit and scale.",
}
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True)
class Provenance:
    """What the user adds to what the file says: every field left None keeps the importer's suggestion."""

    publisher: str | None = None
    licence: str | None = None
    vintage: str | None = None
    released: str | None = None
    source_url: str | None = None
    source_title: str | None = None
    title: str | None = None
    dataset: str | None = None
    priority: int = 50
    aggregation: str | None = None


def schema() -> dict[str, Any]:
    fields: list[dict[str, Any]] = []
    for name in OBSERVATION_COLUMNS:
        entry: dict[str, Any] = {"name": name, "type": "number" if name == "value" else "string"}
        if name == "frequency":
            entry["constraints"] = {"enum": ["annual", "quarterly", "monthly"]}
        if name == "period":
            entry["constraints"] = {"pattern": r"^\d{4}(-\d{2}|-Q[1-4])?$"}
        if name in DESCRIPTIONS:
            entry["description"] = DESCRIPTIONS[name]
        fields.append(entry)
    return {"fields": fields, "primaryKey": [c for c in OBSERVATION_COLUMNS if c not in ("indicator", "value")]}


def default_name(format_name: str, source: Path) -> str:
    """``imf-csv`` and ``DOTS_2024.csv`` → ``imf-dots-2024``: the publisher first, once."""
    stem = slug(re.sub(r"\.(csv|xlsx?)$", "", source.name, flags=re.I)).replace("_", "-")
    prefix = format_name.split("-")[0]
    name = stem if stem.startswith(f"{prefix}-") else f"{prefix}-{stem}"
    return name[:80].strip("-")


def is_bundled(directory: Path) -> bool:
    try:
        return directory.resolve() == bundled_evidence_dir().resolve()
    except OSError:
        return False


def _inside_installed_package(directory: Path) -> bool:
    """In a wheel the bundled data are real folders inside the package; in a checkout they are symlinks."""
    package = Path(str(resources.files("factcheck")))
    if (package / "_bundled" / "evidence").is_symlink():
        return False
    return directory.resolve().is_relative_to(package.resolve())


def check_target(directory: Path) -> bool:
    """Whether the folder must be created; refuses the bundled package and folders that are not packages."""
    if is_bundled(directory):
        raise FactcheckError("FC306", "this is the evidence bundled with factcheck, which imports never "
                             "change: import into your own folder with --evidence DIR (add --include-bundled "
                             "to start it from a copy of the bundled evidence)", str(directory))
    if _inside_installed_package(directory):
        raise FactcheckError("FC306", "is inside the installed factcheck package: import into your own folder "
                             "with --evidence DIR", str(directory))
    if not directory.exists():
        return True
    if not directory.is_dir():
        raise FactcheckError("FC306", "is a file, expected an evidence folder", str(directory))
    if (directory / "datapackage.json").is_file():
        return False
    if any(directory.iterdir()):
        raise FactcheckError("FC306", "folder has files but no datapackage.json: import into an evidence "
                             "folder, or a new or empty one", str(directory))
    return True


def read_descriptor(directory: Path) -> dict[str, Any]:
    path = directory / "datapackage.json"
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FactcheckError("FC302", f"not valid JSON: {getattr(exc, 'msg', exc)}", str(path),
                             getattr(exc, "lineno", None)) from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise FactcheckError("FC302", "needs a list of resources", str(path), None, "resources")
    return descriptor


def validate(imported: Imported, name: str) -> list[dict[str, str]]:
    """The rows, sorted, after ``read_observations``' checks; problems point back into the source file."""
    pairs = sorted(zip(imported.rows, imported.origins, strict=True),
                   key=lambda p: tuple(p[0][c] for c in OBSERVATION_COLUMNS[:-1]))
    rows = [r for r, _ in pairs]
    origins = [o for _, o in pairs]
    with tempfile.TemporaryDirectory(prefix="factcheck-import-") as scratch:
        path = Path(scratch) / f"{name}.csv"
        path.write_text(to_csv(rows), encoding="utf-8")
        _, problems = read_observations(path, name)
    if problems:
        raise FactcheckError.of([_in_source(p, origins, imported.source) for p in problems])
    return rows


def _in_source(problem: Problem, origins: list[Origin], source: Path) -> Problem:
    origin = origins[problem.line - 2] if problem.line and 2 <= problem.line < len(origins) + 2 else Origin(None, None)
    message = problem.message.replace("duplicate period", "the file gives more than one value for period")
    return Problem("FC305", message, str(source), origin.line, origin.field or problem.field)


def to_csv(rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(OBSERVATION_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def licence_entry(text: str) -> dict[str, str]:
    """A known licence name, or ``NAME`` / ``NAME=URL`` for any other."""
    if text in LICENCES:
        return dict(LICENCES[text])
    name, _, url = text.partition("=")
    entry = {"name": name.strip(), "title": name.strip()}
    if url.strip():
        entry["path"] = url.strip()
    return entry


def resource_entry(imported: Imported, rows: list[dict[str, str]], name: str, format_name: str,
                   given: Provenance) -> dict[str, Any]:
    """The Frictionless resource with full provenance under the ``factcheck`` key."""
    publisher = given.publisher or imported.publisher
    licence = given.licence or imported.licence
    if not publisher:
        raise FactcheckError("FC305", "the file does not name a publisher factcheck knows: give --publisher",
                             str(imported.source))
    if not licence:
        raise FactcheckError("FC305", f"no licence is known for {publisher}'s data: give --licence (e.g. "
                             "CC-BY-4.0, or NAME=URL)", str(imported.source))
    vintage = given.vintage or imported.vintage
    released = given.released or imported.released
    source: dict[str, Any] = {"title": given.source_title or imported.source_title or imported.title,
                              "path": given.source_url or imported.source_url or imported.source.name,
                              "files": imported.source.name}
    if vintage:
        source["version"] = vintage
    label = imported.source_name or publisher
    meta: dict[str, Any] = {
        "publisher": publisher, "dataset": given.dataset or name, "unit": imported.unit.unit,
        "scale": _plain(imported.unit.scale), "unit_label": imported.unit.label,
        "aggregation": given.aggregation or imported.aggregation, "perspective": imported.perspective,
        "priority": given.priority,
    }
    if vintage:
        meta["vintage"] = vintage
    if released:
        meta["released"] = released
    meta["retrieved"] = date.today().isoformat()
    meta["last_observation"] = last_period(rows)
    meta["source_label"] = f"{label}, vintage {vintage}" if vintage else label
    if imported.notes:
        meta["notes"] = list(imported.notes)
    meta["imported"] = {"format": format_name, "file": imported.source.name, "rows": len(rows)}
    skipped = "; ".join(f"{count} {why}" for why, count in sorted(imported.dropped.items()))
    if skipped:
        meta["imported"]["not_imported"] = skipped
    return {
        "name": name, "type": "table", "path": f"{name}.csv", "format": "csv", "mediatype": "text/csv",
        "encoding": "utf-8", "title": given.title or imported.title,
        "description": f"{len(rows)} rows imported from {imported.source.name} with `factcheck evidence import "
                       f"--from {format_name}`" + (f"; not imported: {skipped}" if skipped else ""),
        "sources": [source], "licenses": [licence_entry(licence)], "schema": schema(), "factcheck": meta,
    }


def _plain(scale: float) -> int | float:
    return int(scale) if float(scale).is_integer() else scale


def last_period(rows: list[dict[str, str]]) -> str:
    """The latest period covered (a month beats the year it ends, as the bundled metadata has it)."""
    def end(period: str) -> tuple[int, int]:
        year = int(period[:4])
        if len(period) == 4:
            return year * 12 + 11, 0
        if "Q" in period:
            return year * 12 + int(period[-1]) * 3 - 1, 1
        return year * 12 + int(period[5:7]) - 1, 2
    return max((r["period"] for r in rows), key=end)


def with_resource(descriptor: dict[str, Any], entry: dict[str, Any], where: Path) -> dict[str, Any]:
    """The descriptor with ``entry`` added, or replacing the resource of the same name."""
    updated = copy.deepcopy(descriptor)
    resources = updated["resources"]
    for index, resource in enumerate(resources):
        if not isinstance(resource, dict):
            continue
        if resource.get("name") == entry["name"]:
            if (resource.get("factcheck") or {}).get("role"):
                raise FactcheckError("FC306", f"resource {entry['name']!r} is the package's "
                                     f"{resource['factcheck']['role']} table: choose another --name", str(where))
            resources[index] = entry
            break
        if resource.get("path") == entry["path"]:
            raise FactcheckError("FC306", f"file {entry['path']} belongs to resource {resource.get('name')!r}: "
                                 "choose another --name", str(where))
    else:
        first_table = next((i for i, r in enumerate(resources) if isinstance(r, dict)
                            and (r.get("factcheck") or {}).get("role")), len(resources))
        resources.insert(first_table, entry)
    licences = updated.setdefault("licenses", [])
    for licence in entry["licenses"]:
        if not any(isinstance(known, dict) and known.get("name") == licence.get("name") for known in licences):
            licences.append(licence)
    return updated


def fresh_package(directory: Path, include_bundled: bool) -> None:
    """Make a new evidence folder: the bundled countries and groups tables, or the whole bundled package."""
    bundled = bundled_evidence_dir()
    if include_bundled:
        shutil.copytree(bundled, directory, dirs_exist_ok=True)
        return
    descriptor = read_descriptor(bundled)
    tables = [r for r in descriptor["resources"] if (r.get("factcheck") or {}).get("role") in ("countries", "groups")]
    directory.mkdir(parents=True, exist_ok=True)
    for resource in tables:
        shutil.copyfile(bundled / resource["path"], directory / resource["path"])
    licences = [lic for r in tables for lic in r.get("licenses", [])]
    package = {
        "$schema": descriptor.get("$schema", "https://datapackage.org/profiles/2.0/datapackage.json"),
        "name": f"factcheck-evidence-{slug(directory.resolve().name).replace('_', '-') or 'user'}",
        "title": f"factcheck evidence: {directory.resolve().name}",
        "description": "Series imported with `factcheck evidence import`, beside the country and group tables "
                       "copied from factcheck's bundled evidence.",
        "licenses": list({lic["name"]: lic for lic in licences}.values()),
        "resources": tables,
    }
    write_text(directory / "datapackage.json", json.dumps(package, indent=2, ensure_ascii=False) + "\n")


def write(directory: Path, rows: list[dict[str, str]], entry: dict[str, Any], made: str = "") -> None:
    """Write the CSV, then the descriptor; load the folder again; on any failure put it back as it was.

    ``made`` says what this import created: ``folder`` (remove it on failure), ``contents`` (the folder
    was empty: empty it again) or nothing (restore the CSV and descriptor that were there).
    """
    csv_path = directory / entry["path"]
    descriptor_path = directory / "datapackage.json"
    old_csv = csv_path.read_bytes() if csv_path.is_file() else None
    old_descriptor = descriptor_path.read_text(encoding="utf-8")
    try:
        updated = with_resource(read_descriptor(directory), entry, descriptor_path)
        write_text(csv_path, to_csv(rows))
        write_text(descriptor_path, json.dumps(updated, indent=2, ensure_ascii=False) + "\n")
        package = load_package(directory)
        mine = [p for p in package.problems if p.path in (str(csv_path), str(descriptor_path))]
        if entry["name"] not in package.resources or mine:
            raise FactcheckError.of(mine or [Problem("FC303", f"resource {entry['name']!r} did not load after "
                                                     "import", str(csv_path))])
    except BaseException:
        if made == "folder":
            shutil.rmtree(directory, ignore_errors=True)
        elif made == "contents":
            for child in directory.iterdir():
                shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)
        else:
            if old_csv is None:
                csv_path.unlink(missing_ok=True)
            else:
                csv_path.write_bytes(old_csv)
            write_text(descriptor_path, old_descriptor)
        raise


def countries_table(directory: Path, exists: bool) -> Path:
    """The countries table names are resolved against: the folder's own, else the bundled one."""
    for folder in ((directory,) if exists else ()) + (bundled_evidence_dir(),):
        try:
            resources = read_descriptor(folder)["resources"]
        except FactcheckError:
            continue
        for resource in resources:
            if isinstance(resource, dict) and (resource.get("factcheck") or {}).get("role") == "countries":
                path = folder / str(resource.get("path", ""))
                if path.is_file():
                    return path
    return bundled_evidence_dir() / "countries.csv"

"""``factcheck evidence import --from FORMAT FILE``: add a downloaded file to the user's evidence folder.

The command is a thin shell: an importer (:mod:`factcheck.evidence.importers`) turns the file into rows
and suggested provenance, :mod:`factcheck.evidence.importers.folder` checks them with the same rules as
``factcheck evidence validate`` and writes the resource. Problems are FactcheckErrors, so the ``factcheck``
group prints them as ``file:row: column: [FC305] ...`` with exit status 1, and nothing is written.
"""

from __future__ import annotations

import re
from pathlib import Path

import click

from factcheck.evidence.importers import FORMATS, Options, Places, convert
from factcheck.evidence.importers.folder import (
    NAME_PATTERN,
    Provenance,
    check_target,
    countries_table,
    default_name,
    fresh_package,
    resource_entry,
    validate,
    write,
)

FORMAT_LIST = "\b\nFormats:\n" + "\n".join(f"  {name:<20} {about}" for name, (_, about) in FORMATS.items())


def _date(pattern: str, example: str):
    def check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(pattern, value):
            raise click.BadParameter(f"{value!r} is not a date like {example}")
        return value
    return check


@click.command("import", epilog=FORMAT_LIST)
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--from", "format_name", required=True, type=click.Choice(list(FORMATS)),
              help="The file's format (listed below; docs/evidence-import.md has each layout).")
@click.option("--evidence", "evidence", type=click.Path(path_type=Path), default=Path("evidence"),
              show_default=True, help="Your evidence folder; created (with the bundled countries and groups "
                                      "tables) when it does not exist. Never the bundled evidence.")
@click.option("--include-bundled", is_flag=True,
              help="When the folder is created, start it from a copy of the whole bundled evidence.")
@click.option("--name", default=None, help="Resource name (and CSV file name); an existing one is replaced. "
                                           "Default: from the format and file name.")
@click.option("--dataset", default=None,
              help="Dataset the resource is a vintage of (vintages of one dataset share it). Default: --name.")
@click.option("--title", default=None, help="Resource title. Default: from the file.")
@click.option("--publisher", default=None, help="Publisher, where the file does not say (generic SDMX-CSV).")
@click.option("--licence", "--license", "licence", default=None,
              help="Licence: CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, IMF-terms, Eurostat-reuse, or NAME=URL. "
                   "Default: the publisher's.")
@click.option("--vintage", default=None, callback=_date(r"\d{4}(-\d{2}){0,2}", "2025-03"),
              help="Which release of the data this is (YYYY-MM). Default: from the file where it says.")
@click.option("--released", default=None, callback=_date(r"\d{4}-\d{2}-\d{2}", "2025-03-09"),
              help="Date the publisher released this vintage (YYYY-MM-DD).")
@click.option("--source-url", default=None, help="Where the file was downloaded from.")
@click.option("--source-title", default=None, help="The source as it should be cited.")
@click.option("--indicator", default=None, help="What the series measure (exports, imports, gdp, price, ...), "
                                                "where the format cannot tell.")
@click.option("--entity", default=None, help="Whose figures: ISO alpha-3 or a group name. For price sheets the "
                                             "entity of every row (default world); elsewhere keep only this one.")
@click.option("--adjustment", type=click.Choice(["nsa", "sa"]), default=None, help="Seasonal adjustment.")
@click.option("--unit", default=None, help="Unit (USD, EUR, %, count, USD/t, ...), where the file does not say.")
@click.option("--scale", type=float, default=None, help="Multiplier of the values (1, 1e3, 1e6, 1e9).")
@click.option("--unit-label", default=None, help="How the unit reads beside a number (\"USD million\").")
@click.option("--select", default=None, help="Comma-separated series, columns or codes to import (e.g. "
                                             "DAP,Urea). Default: all.")
@click.option("--sheet", default=None, help="Excel sheet to read.")
@click.option("--priority", type=int, default=50, show_default=True,
              help="Lower is tried first when several datasets answer a look-up (the bundled ones use 10-30).")
@click.option("--aggregation", type=click.Choice(["sum", "mean"]), default=None,
              help="How months add up to a quarter or year. Default: sum for money flows, mean otherwise.")
def import_command(file: Path, format_name: str, evidence: Path, include_bundled: bool, name: str | None,
                   dataset: str | None, title: str | None, publisher: str | None, licence: str | None,
                   vintage: str | None, released: str | None, source_url: str | None, source_title: str | None,
                   indicator: str | None, entity: str | None, adjustment: str | None, unit: str | None,
                   scale: float | None, unit_label: str | None, select: str | None, sheet: str | None,
                   priority: int, aggregation: str | None) -> None:
    """Add a downloaded statistics FILE to your evidence folder, with its provenance.

    \b
    factcheck evidence import --from wb-wdi-csv API_NY.GDP.MKTP.CD_DS2_en_csv_v2.csv --evidence my-evidence
    factcheck evidence validate my-evidence
    factcheck run speech.md --evidence my-evidence
    """
    if name is not None and not NAME_PATTERN.match(name):
        raise click.BadParameter("use lower-case letters, digits, '-', '_' and '.'", param_hint="--name")
    must_create = check_target(evidence)
    existed = evidence.exists()
    places = Places.from_table(countries_table(evidence, exists=not must_create))
    options = Options(indicator=indicator, entity=entity.strip() if entity else None, adjustment=adjustment,
                      unit=unit, scale=scale, unit_label=unit_label,
                      select=tuple(s.strip() for s in (select or "").split(",") if s.strip()), sheet=sheet)
    imported = convert(format_name, file, options, places)
    resource = name or default_name(format_name, file)
    rows = validate(imported, resource)
    given = Provenance(publisher=publisher, licence=licence, vintage=vintage, released=released,
                       source_url=source_url, source_title=source_title, title=title, dataset=dataset,
                       priority=priority, aggregation=aggregation)
    entry = resource_entry(imported, rows, resource, format_name, given)
    if must_create:
        fresh_package(evidence, include_bundled)
    elif include_bundled:
        click.echo(f"{evidence}: already an evidence folder; --include-bundled only applies when one is created",
                   err=True)
    write(evidence, rows, entry, made="" if not must_create else ("contents" if existed else "folder"))

    meta = entry["factcheck"]
    entities = sorted({r["entity"] for r in rows})
    commodities = sorted({r["commodity"] for r in rows if r["commodity"]})
    shown = ", ".join(entities[:6]) + (f" and {len(entities) - 6} more" if len(entities) > 6 else "")
    count = f"{len(rows):,} row{'' if len(rows) == 1 else 's'}"
    click.echo(f"{evidence}: imported {count} from {file.name} as resource {resource!r} "
               f"({', '.join(sorted({r['indicator'] for r in rows}))} of {shown}"
               f"{': ' + ', '.join(commodities[:6]) if commodities else ''}; {meta['unit_label']}; "
               f"up to {meta['last_observation']}; {meta['publisher']}, licence {entry['licenses'][0]['name']})")
    if "not_imported" in meta["imported"]:
        click.echo(f"  not imported: {meta['imported']['not_imported']}")
    for note in meta.get("notes", []):
        click.echo(f"  note: {note}")
    click.echo(f"  check it: factcheck evidence validate {evidence}")
    click.echo(f"  use it:   factcheck run --evidence {evidence} INPUT")

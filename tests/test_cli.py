"""The command line as a user runs it: the real `factcheck` executable, real files, exit codes, stderr."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FACTCHECK = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or "factcheck"


def factcheck(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run([FACTCHECK, *args], cwd=cwd, input=stdin.decode() if stdin else None, text=True,
                          capture_output=True, env=env, timeout=300)


def one_clean_error(result: subprocess.CompletedProcess[str], *phrases: str) -> str:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for phrase in phrases:
        assert phrase in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def founding_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """`factcheck run` with no arguments, from an empty folder."""
    folder = tmp_path_factory.mktemp("empty")
    return folder, factcheck("run", cwd=folder)


def verdicts_by_text(out: Path) -> dict[str, dict]:
    records = [json.loads(line) for line in (out / "verdicts.jsonl").read_text(encoding="utf-8").splitlines()]
    return {record["claim"]["text"]: record for record in records}


def find(verdicts: dict[str, dict], phrase: str) -> dict:
    matches = [v for text, v in verdicts.items() if phrase in text]
    assert len(matches) == 1, f"{phrase!r} matched {len(matches)} claims"
    return matches[0]


def test_run_with_no_input_checks_the_founding_article(founding_run: tuple[Path, subprocess.CompletedProcess[str]]
                                                       ) -> None:
    folder, result = founding_run
    assert result.returncode == 0, result.stderr
    out = folder / "factcheck-out"
    slug = "belarus-foreign-trade-2025-01"
    for name in ("claims.jsonl", "verdicts.jsonl", f"{slug}.md", f"{slug}.html", f"{slug}.claimreview.json"):
        assert (out / name).stat().st_size > 0, name
    # the short table on stdout
    assert "true" in result.stdout and "mostly-true" in result.stdout and "unverifiable" in result.stdout


def test_founding_verdicts_match_what_the_evidence_says(founding_run: tuple[Path, subprocess.CompletedProcess[str]]
                                                        ) -> None:
    out = founding_run[0] / "factcheck-out"
    verdicts = verdicts_by_text(out)
    balance = find(verdicts, "4.2 billion")
    assert balance["rating"] == "true"
    assert balance["actual"]["value"] == pytest.approx(-4_241_800_000, rel=1e-4)
    assert "Jan–Nov 2024" in balance["explanation"]
    growth = find(verdicts, "three times faster")
    assert growth["rating"] == "mostly-true"
    assert growth["actual"]["value"] == pytest.approx(2.74, abs=0.005)
    assert find(verdicts, "potash, are falling")["rating"] == "true"
    for phrase in ("fell by 7.4%", "almost 7 billion", "nearly half as much", "increasing its shipments",
                   "global majority"):
        verdict = find(verdicts, phrase)
        assert verdict["rating"] == "unverifiable", phrase
        assert verdict["missing"], phrase
        assert verdict["nearest"], f"{phrase}: the nearest evidence must be named"
    africa = find(verdicts, "less than 2%")
    assert africa["rating"] == "unverifiable" and "1.33 %" in africa["nearest"] and "2020" in africa["nearest"]
    assert find(verdicts, "global majority")["claim"]["claimant"]


def test_every_number_of_a_verdict_names_its_source(founding_run: tuple[Path, subprocess.CompletedProcess[str]]
                                                    ) -> None:
    out = founding_run[0] / "factcheck-out"
    for verdict in verdicts_by_text(out).values():
        for item in verdict["evidence"]:
            assert item["series"] and item["source"] and item["unit"], item


def test_reports_of_the_founding_run(founding_run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out = founding_run[0] / "factcheck-out"
    html = (out / "belarus-foreign-trade-2025-01.html").read_text(encoding="utf-8")
    assert "<svg" in html and 'application/ld+json' in html
    assert 'src="http' not in html and "<link" not in html and "@import" not in html  # nothing fetched
    reviews = json.loads((out / "belarus-foreign-trade-2025-01.claimreview.json").read_text(encoding="utf-8"))
    reviews = reviews if isinstance(reviews, list) else reviews.get("@graph", [reviews])
    assert any(r["reviewRating"]["alternateName"] == "True" for r in reviews)


def test_check_and_report_reproduce_the_run(founding_run: tuple[Path, subprocess.CompletedProcess[str]],
                                            tmp_path: Path) -> None:
    out = founding_run[0] / "factcheck-out"
    checked = factcheck("check", str(out / "claims.jsonl"), "--out", str(tmp_path / "v.jsonl"), cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    again = [json.loads(line)["rating"] for line in (tmp_path / "v.jsonl").read_text().splitlines()]
    before = [json.loads(line)["rating"] for line in (out / "verdicts.jsonl").read_text().splitlines()]
    assert again == before
    reported = factcheck("report", str(tmp_path / "v.jsonl"), "--format", "md", "--out", str(tmp_path / "r"),
                         cwd=tmp_path)
    assert reported.returncode == 0, reported.stderr
    assert (tmp_path / "r" / "belarus-foreign-trade-2025-01.md").exists()


def test_extract_to_stdout_and_from_stdin(tmp_path: Path) -> None:
    text = b"---\ndate: 2023-05\nabout: POL\n---\nPolish exports rose by 3.5% in 2022.\n"
    result = factcheck("extract", "-", cwd=tmp_path, stdin=text)
    assert result.returncode == 0, result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["kind"] == "change" and record["claimed"]["value"] == pytest.approx(3.5)
    assert record["subject"]["entity"] == "POL"


def test_run_on_a_users_statement(tmp_path: Path) -> None:
    speech = tmp_path / "speech.md"
    speech.write_text("---\ntitle: A speech\nspeaker: A Minister\ndate: 2020-03\nabout: BLR\n---\n"
                      "In 2019 Belarus exported goods worth more than 30 billion dollars.\n", encoding="utf-8")
    result = factcheck("run", str(speech), "--out", "out", "--format", "md", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [verdict] = [json.loads(line) for line in (tmp_path / "out" / "verdicts.jsonl").read_text().splitlines()]
    assert verdict["rating"] == "true", verdict["explanation"]
    assert (tmp_path / "out" / "speech.md").exists() and not (tmp_path / "out" / "speech.html").exists()


# --- problems with the user's input: one line naming the file and place, exit 1, no traceback ---------

def test_missing_file(tmp_path: Path) -> None:
    one_clean_error(factcheck("run", "nope.md", cwd=tmp_path), "nope.md", "not found")


def test_directory_given_as_input(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    one_clean_error(factcheck("extract", "folder", cwd=tmp_path), "folder", "directory")


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    one_clean_error(factcheck("run", "image.png", cwd=tmp_path), "image.png", "not text")


def test_broken_front_matter(tmp_path: Path) -> None:
    (tmp_path / "s.md").write_text("---\ntitle: [unclosed\n---\nExports rose 5% in 2020.\n", encoding="utf-8")
    line = one_clean_error(factcheck("run", "s.md", cwd=tmp_path), "s.md", "front matter")
    assert line.startswith("s.md:")


def test_unterminated_front_matter(tmp_path: Path) -> None:
    (tmp_path / "s.md").write_text("---\ntitle: x\nExports rose 5% in 2020.\n", encoding="utf-8")
    one_clean_error(factcheck("extract", "s.md", cwd=tmp_path), "s.md:1:", "closing")


def test_broken_claims_file_names_the_line(tmp_path: Path) -> None:
    good = {"id": "a", "text": "t", "kind": "level", "subject": {"indicator": "exports", "entity": "BLR"}}
    (tmp_path / "c.jsonl").write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    one_clean_error(factcheck("check", "c.jsonl", cwd=tmp_path), "c.jsonl:2:", "JSON")


def test_claim_record_missing_a_field(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "a", "text": "t", "kind": "level"}) + "\n", encoding="utf-8")
    one_clean_error(factcheck("check", "c.jsonl", cwd=tmp_path), "c.jsonl:1:", "subject")


def test_evidence_folder_without_a_data_package(tmp_path: Path) -> None:
    (tmp_path / "ev").mkdir()
    one_clean_error(factcheck("run", "--evidence", "ev", cwd=tmp_path), "ev", "datapackage.json")


def test_unknown_format(tmp_path: Path) -> None:
    one_clean_error(factcheck("run", "--format", "pdf", cwd=tmp_path), "pdf")


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("keep me", encoding="utf-8")
    one_clean_error(factcheck("run", "--out", "out", cwd=tmp_path), "out")
    assert (tmp_path / "out").read_text(encoding="utf-8") == "keep me"


def test_usage_error_is_exit_2(tmp_path: Path) -> None:
    assert factcheck("run", "--no-such-option", cwd=tmp_path).returncode == 2


def test_verbose_shows_the_traceback(tmp_path: Path) -> None:
    result = factcheck("--verbose", "run", "nope.md", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" in result.stderr


def test_evidence_commands(tmp_path: Path) -> None:
    validated = factcheck("evidence", "validate", cwd=tmp_path)
    assert validated.returncode == 0 and "no problems" in validated.stdout
    listed = factcheck("evidence", "list", cwd=tmp_path)
    assert "wb-gem-blr-trade-2025-03:WB_GEM_BLR_EXPORTS_NSA" in listed.stdout and "2025-01" in listed.stdout
    shown = factcheck("evidence", "show", "WB_CMO_POTASH", "--last", "3", cwd=tmp_path)
    assert shown.returncode == 0 and "2026-06" in shown.stdout and "█" in shown.stdout
    one_clean_error(factcheck("evidence", "show", "NOPE", cwd=tmp_path), "NOPE")


def test_every_problem_code_is_documented() -> None:
    from factcheck.errors import CATALOGUE

    catalogue = (Path(__file__).resolve().parent.parent / "docs" / "errors.md").read_text(encoding="utf-8")
    documented = {line.split("`")[1] for line in catalogue.splitlines() if line.startswith("| `FC")}
    assert documented == set(CATALOGUE)


def test_date_and_about_from_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text("Exports grew by 2.2% last year.\n", encoding="utf-8")
    result = factcheck("extract", "s.txt", "--date", "2025-03", "--about", "BLR", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["period"]["start"] == "2024" and record["subject"]["entity"] == "BLR"
    assert record["source"]["date"] == "2025-03"
    one_clean_error(factcheck("extract", "s.txt", "--date", "March", cwd=tmp_path), "--date", "YYYY")


def test_a_bug_is_one_line_that_says_it_is_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    import factcheck.pipeline
    from factcheck.cli import main

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something we did not foresee")

    monkeypatch.setattr(factcheck.pipeline, "run", broken)
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 1
    assert "internal error" in result.output and "bug in factcheck" in result.output
    assert "Traceback" not in result.output
    verbose = CliRunner().invoke(main, ["--verbose", "run"])
    assert isinstance(verbose.exception, RuntimeError)

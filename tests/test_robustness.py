"""Nothing breaks and nothing is lost: odd inputs, hostile bytes, interrupted writes, no network."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.documents import parse_document, read_document
from factcheck.errors import FactcheckError
from factcheck.model import Claim, EvidenceItem, Period, Quantity, Source, Subject, Verdict
from factcheck.records import atomic_writer, read_claims, read_verdicts, write_jsonl

FACTCHECK = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or "factcheck"
SPEECH = ("---\ntitle: T\ndate: 2021-02\nabout: BLR\n---\n"
          "In 2019 Belarus exported goods worth more than 30 billion dollars.\n")


# --- encodings ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_text_with_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "speech.md"
    path.write_bytes(SPEECH.encode(encoding))
    document = read_document(path)
    assert document.title == "T" and document.about == "BLR"
    assert document.text.startswith("In 2019")


def test_utf16_without_a_mark_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_bytes(SPEECH.encode("utf-16-le"))
    with pytest.raises(FactcheckError) as caught:
        read_document(path)
    assert caught.value.code == "FC103" and "UTF-16" in str(caught.value)


def test_legacy_encoding_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_bytes("Line one.\nЭкспорт вырос на 5%.\n".encode("cp1251"))
    with pytest.raises(FactcheckError) as caught:
        read_document(path)
    assert caught.value.code == "FC104"
    assert str(caught.value).startswith(f"{path}:2:")


def test_empty_file_and_front_matter_only(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "fm.md").write_text("---\ntitle: x\n---\n\n", encoding="utf-8")
    for name in ("empty.txt", "fm.md"):
        with pytest.raises(FactcheckError) as caught:
            read_document(tmp_path / name)
        assert caught.value.code == "FC107"


def test_windows_line_endings_keep_spans_true(tmp_path: Path) -> None:
    document = parse_document(SPEECH.replace("\n", "\r\n"), "x.md")
    assert document.text.startswith("In 2019") and "\r" not in document.text


@pytest.mark.parametrize("front", ["date: 'last week'", "title: [a, b]", "- a list"])
def test_bad_front_matter_values(front: str) -> None:
    with pytest.raises(FactcheckError) as caught:
        parse_document(f"---\n{front}\n---\nExports rose 5% in 2020.\n", "x.md")
    assert caught.value.code in ("FC105", "FC106")


# --- the CLI on odd inputs ------------------------------------------------------------------------------

def run_cli(*args: str, cwd: Path, unshare: bool = False) -> subprocess.CompletedProcess[str]:
    command = [FACTCHECK, *args]
    if unshare:
        command = ["unshare", "--net", *command]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)


def test_six_megabyte_transcript(tmp_path: Path) -> None:
    paragraph = ("The delegation notes that exports grew by 4.5 per cent in 2019, while the debate went on "
                 "about many other things that carry no figures at all. ") * 20 + "\n\n"
    text = "---\ndate: 2020-09\nabout: BLR\n---\n" + paragraph * (6_000_000 // len(paragraph))
    (tmp_path / "long.md").write_text(text, encoding="utf-8")
    assert (tmp_path / "long.md").stat().st_size > 5_900_000
    result = run_cli("extract", "long.md", "--out", "claims.jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    claims = read_claims(tmp_path / "claims.jsonl")
    assert len(claims) > 1000 and all(c.kind == "change" for c in claims)


def test_broken_evidence_csv_is_reported_by_validate(tmp_path: Path) -> None:
    from factcheck.evidence import bundled_evidence_dir

    folder = tmp_path / "ev"
    shutil.copytree(bundled_evidence_dir(), folder)
    path = folder / "eurostat-eu27-trade-blr.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("monthly", "weekly")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("evidence", "validate", str(folder), cwd=tmp_path)
    assert result.returncode == 1
    assert f"{path}:4: frequency: [FC303]" in result.stderr and "Traceback" not in result.stderr
    # check still works on the rest, and says nothing broke for a claim that does not need that file
    speech = tmp_path / "s.md"
    speech.write_text(SPEECH, encoding="utf-8")
    checked = run_cli("run", str(speech), "--evidence", str(folder), "--format", "md", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "warning: evidence left out:" in checked.stderr and "eurostat-eu27-trade-blr.csv:4" in checked.stderr
    # a claim that needed the broken file says the gap may be the broken file's doing
    claims = tmp_path / "c.jsonl"
    claims.write_text(json.dumps({"id": "eu", "text": "EU exports to Belarus were 6.9 billion euros in 2021.",
                                  "kind": "level", "source": {"date": "2022-03"},
                                  "subject": {"indicator": "exports", "entity": "EU", "partner": "BLR"},
                                  "period": {"start": "2021", "end": "2021"},
                                  "claimed": {"value": 6.9e9, "unit": "EUR", "relation": "approx"}}) + "\n",
                      encoding="utf-8")
    verdict = json.loads(run_cli("check", str(claims), "--evidence", str(folder), cwd=tmp_path).stdout)
    assert verdict["rating"] == "unverifiable"
    assert any("eurostat-eu27-trade-blr.csv" in note for note in verdict["notes"])


def test_runs_with_the_network_cut_off(tmp_path: Path) -> None:
    if subprocess.run(["unshare", "--net", "true"], capture_output=True).returncode != 0:
        pytest.skip("this machine cannot make a network namespace (unshare --net)")
    result = run_cli("run", "--out", "out", cwd=tmp_path, unshare=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "belarus-foreign-trade-2025-01.html").exists()


# --- writes are atomic ---------------------------------------------------------------------------------

def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "verdicts.jsonl"
    target.write_text("old content\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write("half of the new")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert list(tmp_path.iterdir()) == [target]


def test_written_files_have_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    write_jsonl(target, [])
    assert target.stat().st_mode & 0o644 == 0o644


def test_interrupted_run_keeps_the_previous_outputs(tmp_path: Path) -> None:
    speech = tmp_path / "s.md"
    speech.write_text(SPEECH, encoding="utf-8")
    assert run_cli("run", "s.md", "--out", "out", "--format", "md", cwd=tmp_path).returncode == 0
    before = (tmp_path / "out" / "verdicts.jsonl").read_bytes()
    (tmp_path / "bad.md").write_bytes(b"\x00\x01binary")
    result = run_cli("run", "s.md", "bad.md", "--out", "out", "--format", "md", cwd=tmp_path)
    assert result.returncode == 1
    assert (tmp_path / "out" / "verdicts.jsonl").read_bytes() == before
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]


# --- records survive a write and a read unchanged ------------------------------------------------------

text = st.text(max_size=40)
maybe_text = st.none() | text
number = st.none() | st.floats(allow_nan=False, allow_infinity=False, width=64)
subjects = st.builds(Subject, indicator=maybe_text, entity=maybe_text, partner=maybe_text, commodity=maybe_text)
quantities = st.builds(Quantity, value=number, unit=maybe_text,
                       relation=st.sampled_from(["eq", "approx", "almost", "over", "under", "rising", "falling"]),
                       decimals=st.none() | st.integers(0, 6), scale=number)
claims = st.builds(
    Claim, id=text, text=text,
    source=st.builds(Source, path=maybe_text, title=maybe_text, speaker=maybe_text, date=maybe_text,
                     url=maybe_text, start=st.none() | st.integers(0, 10**9), end=st.none() | st.integers(0, 10**9)),
    kind=st.sampled_from(["level", "change", "share", "ratio", "growth", "trend", "shift", "rank", "other"]),
    subject=subjects, period=st.builds(Period, start=maybe_text, end=maybe_text, base_start=maybe_text,
                                       base_end=maybe_text),
    against=st.none() | subjects, claimed=st.none() | quantities, claimant=maybe_text, note=maybe_text,
    items=st.lists(text, max_size=3).map(tuple))


@settings(max_examples=150, deadline=None)
@given(claim=claims)
def test_claim_records_round_trip(claim: Claim) -> None:
    line = json.dumps(claim.to_dict(), ensure_ascii=False)
    [again] = read_claims("x.jsonl", line + "\n")
    assert again == claim


@settings(max_examples=100, deadline=None)
@given(claim=claims, explanation=text, items=st.lists(st.builds(EvidenceItem, series=text, period=maybe_text,
                                                                 value=number, unit=maybe_text,
                                                                 source=maybe_text, note=maybe_text), max_size=3),
       notes=st.lists(text, max_size=3))
def test_verdict_records_round_trip(claim: Claim, explanation: str, items: list[EvidenceItem],
                                    notes: list[str]) -> None:
    verdict = Verdict(claim_id=claim.id, rating="true", rule=claim.kind, explanation=explanation, outcome="accurate",
                      actual=Quantity(1.5, "%"), evidence=tuple(items), notes=tuple(notes), claim=claim)
    [again] = read_verdicts("v.jsonl", json.dumps(verdict.to_dict(), ensure_ascii=False) + "\n")
    assert again == verdict


def test_codecs_boms_are_the_ones_we_handle() -> None:
    # the BOM table in documents.py must list UTF-32 before UTF-16 (their little-endian marks overlap)
    assert codecs.BOM_UTF32_LE.startswith(codecs.BOM_UTF16_LE)
    assert read_document(Path(os.devnull), data=SPEECH.encode("utf-32")).title == "T"

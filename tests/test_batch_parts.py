"""Batch parts that need no pipeline: slugs, input discovery, the metadata table, the check-worthiness score,
the top-N tally, progress output. Fast; the end-to-end runs are in test_batch.py."""

from __future__ import annotations

import io
import random

import pytest

from factcheck.batch.inputs import Inputs, input_slug
from factcheck.batch.metadata import load_metadata
from factcheck.batch.progress import Progress, duration
from factcheck.batch.ranking import worthiness
from factcheck.batch.summary import Tally
from factcheck.errors import FactcheckError

# -- slugs and discovery --------------------------------------------------------------------------------


def test_two_speeches_with_the_same_name_get_different_stable_slugs():
    a, b = input_slug("a/speech.txt"), input_slug("b/speech.txt")
    assert a != b
    assert a.startswith("a-speech-") and b.startswith("b-speech-")
    assert input_slug("a/speech.txt") == a  # stable: derived from the path alone


@pytest.mark.parametrize("left,right", [("A.txt", "a.txt"), ("x.txt", "x.md"), ("a/b-c.txt", "a-b/c.txt"),
                                        ("speech 1.txt", "speech_1.txt")])
def test_names_that_slugify_alike_do_not_collide(left, right):
    assert input_slug(left) != input_slug(right)


def test_slugs_are_safe_in_urls_and_file_names():
    slug = input_slug("Présidence/Discours du 14 juillet <2024>?.txt")
    assert slug.replace("-", "").isalnum() and slug == slug.lower()


@pytest.fixture
def tree(tmp_path):
    for rel in ["b/speech.txt", "a/speech.txt", "a/notes.md", "a/deep/er/x.txt", "top.txt", "data.csv",
                ".hidden/secret.txt", "a/.draft.txt", "out/inputs/old/old.md"]:
        path = tmp_path / "corpus" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("text", encoding="utf-8")
    return tmp_path / "corpus"


def relatives(inputs):
    return [item.relative for item in inputs]


def test_a_folder_gives_its_text_and_markdown_files_sorted_skipping_hidden_and_the_output(tree):
    inputs = Inputs([str(tree)], exclude=[tree / "out"])
    assert relatives(inputs) == ["top.txt", "a/notes.md", "a/speech.txt", "a/deep/er/x.txt", "b/speech.txt"]
    assert inputs.survey() == (5, 20)


def test_a_glob_matches_at_any_depth_with_double_star_and_only_at_its_depth_without(tree):
    assert relatives(Inputs([f"{tree}/**/*.txt"], exclude=[tree / "out"])) == [
        "top.txt", "a/speech.txt", "a/deep/er/x.txt", "b/speech.txt"]
    assert relatives(Inputs([f"{tree}/*/speech.txt"])) == ["a/speech.txt", "b/speech.txt"]


def test_slugs_do_not_depend_on_how_the_folder_was_spelt(tree, monkeypatch):
    monkeypatch.chdir(tree.parent)
    by_relative = [i.slug for i in Inputs(["corpus"], exclude=[tree / "out"])]
    by_absolute = [i.slug for i in Inputs([str(tree) + "/"], exclude=[tree / "out"])]
    assert by_relative == by_absolute


def test_overlapping_sources_give_each_input_once(tree):
    inputs = Inputs([str(tree / "a"), f"{tree}/a/*.txt"])
    names = relatives(inputs)
    assert len(names) == len(set(names)) == 3


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FactcheckError) as info:
        Inputs([str(tmp_path / "nowhere")])
    assert info.value.code == "FC101"


# -- check-worthiness -----------------------------------------------------------------------------------


def test_wrong_claims_rank_above_unverifiable_with_evidence_nearby_above_true_ones():
    order = [
        worthiness("contradicted", "change", True, True),
        worthiness("far-off", "change", True, True),
        worthiness("direction-right-size-off", "change", True, True),
        worthiness("insufficient-evidence", "change", True, True),
        worthiness("close", "change", True, True),
        worthiness("accurate", "change", True, True),
        worthiness("insufficient-evidence", "change", True, False),
    ]
    assert order == sorted(order, reverse=True) and len(set(order)) == len(order)


def test_checkable_kinds_and_stated_numbers_rank_higher_at_equal_outcome():
    assert worthiness("insufficient-evidence", "level", False, False) > worthiness(
        "insufficient-evidence", "other", False, False)
    assert worthiness("insufficient-evidence", "other", True, False) > worthiness(
        "insufficient-evidence", "other", False, False)


def test_the_tally_keeps_only_the_best_n_claims_in_input_order_on_ties():
    rng = random.Random(7)
    manifests = []
    for number in range(1, 41):
        top = [{"score": rng.choice([0, 15, 45, 75]), "position": p, "claim_id": f"{number}-{p}"} for p in range(5)]
        manifests.append((number, {"slug": f"s{number}", "status": "done", "claims": 5, "top": top,
                                   "by_kind": {"other": 5}, "by_rating": {"unverifiable": 5}}))
    tally = Tally(top=10)
    for number, manifest in manifests:
        tally.add(number, manifest)
    everything = sorted(((-e["score"], n, e["position"], e["claim_id"]) for n, m in manifests for e in m["top"]))
    assert [e["claim_id"] for e in tally.top()] == [key[3] for key in everything[:10]]
    assert len(tally._heap) == 10
    figures = tally.figures()
    assert figures["claims"]["total"] == 200 and figures["claims"]["by_kind"]["other"] == 200
    assert figures["inputs"] == {"total": 40, "done": 40, "failed": 0, "pending": 0}


# -- progress -------------------------------------------------------------------------------------------


def test_plain_progress_lines_when_not_on_a_terminal():
    stream = io.StringIO()
    progress = Progress(20, 2000, stream, bar=False)
    for i in range(20):
        progress.advance(100, 3, failed=(i == 4))
    progress.close()
    lines = stream.getvalue().splitlines()
    assert "\r" not in stream.getvalue()
    assert 10 <= len(lines) <= 12  # a line per tenth of the way, not one per file
    assert lines[-1].startswith("batch: 20/20 files (100%), 60 claims, 1 failed")


def test_a_bar_on_a_terminal_redraws_one_line_with_time_left():
    stream = io.StringIO()
    progress = Progress(4, 400, stream, bar=True)
    progress.advance(100, 2, failed=False)
    assert stream.getvalue().startswith("\r|")
    assert "1/4 files (25%)" in stream.getvalue() and "left" in stream.getvalue()
    progress.close()
    assert stream.getvalue().endswith("\n")


def test_inputs_finished_before_count_as_done_but_not_towards_the_rate():
    stream = io.StringIO()
    progress = Progress(10, 1000, stream, bar=False)
    for _ in range(9):
        progress.skip(100, 1, failed=False)
    assert progress.seconds_left() is None  # nothing processed yet: no rate to guess from
    assert "9 done before" in progress.line()


def test_durations_read_like_a_clock():
    assert [duration(s) for s in (4.4, 75, 3725)] == ["4s", "1m15s", "1h02m"]


def test_a_sentence_with_several_claims_appears_once_on_the_triage_page_by_its_best():
    from factcheck.batch.work import best_per_sentence

    ranked = [(15, 0, {"text": "A rose 5% and B 7% and C 9%."}), (45, 1, {"text": "A rose 5% and B 7% and C 9%."}),
              (15, 2, {"text": "A rose 5% and B 7% and C 9%."}), (30, 3, {"text": "D fell."}),
              (5, 4, {"text": "E is large."})]
    top = best_per_sentence(ranked, limit=2)
    assert [(e["score"], e["position"], e["more"]) for e in top] == [(45, 1, 2), (30, 3, 0)]


# -- the metadata table -------------------------------------------------------------------------------


def table(tmp_path, text: str, **defaults):
    path = tmp_path / "meta.csv"
    path.write_text(text, encoding="utf-8")
    return load_metadata(path, **defaults)


def test_a_row_matches_by_relative_path_else_by_a_file_name_no_other_row_has(tmp_path):
    meta = table(tmp_path, "file,year,iso3,president,title\n"
                           "texts/001_1790.txt,1790,USA,George Washington,First\n"
                           "2019/SWE_74_2019.txt,2019,SWE,,\n"
                           "a/speech.txt,2001,,,\n"
                           "b/speech.txt,2002,,,\n", date="2025-03", about="BLR")
    # the batch root is texts/ (factcheck batch sotu/texts/): the file name finds the row
    assert meta.for_input("001_1790.txt") == {"title": "First", "speaker": "George Washington", "date": "1790",
                                              "about": "USA"}
    assert meta.for_input("texts/001_1790.txt")["date"] == "1790"  # the batch root is sotu/
    assert meta.for_input("2019/SWE_74_2019.txt") == {"date": "2019", "about": "SWE"}
    assert meta.for_input("b/speech.txt")["date"] == "2002"  # two rows named speech.txt: the path decides
    assert meta.for_input("c/speech.txt") == {"date": "2025-03", "about": "BLR"}  # ambiguous name: defaults
    assert meta.for_input("other.txt") == {"date": "2025-03", "about": "BLR"}
    assert meta.figures() == {"table": str(tmp_path / "meta.csv"), "rows": 4, "by_path": 3, "by_name": 1,
                              "ambiguous": 1, "unmatched": 1}


def test_date_wins_over_year_and_empty_cells_leave_the_field_to_the_defaults(tmp_path):
    meta = table(tmp_path, "\ufeffFile , Year,Date,ISO3,About,Speaker\n"  # BOM, spaces, capitals
                           "x.txt,1999,1999-05-01,POL,LTU,\n"
                           "\n"
                           "y.txt,,,,, \n", about="BLR")
    assert meta.for_input("x.txt") == {"date": "1999-05-01", "about": "LTU"}
    assert meta.for_input("y.txt") == {"about": "BLR"}
    assert meta.rows == 2


def test_rows_that_disagree_about_one_file_match_nothing_and_identical_ones_are_one(tmp_path):
    meta = table(tmp_path, "file,year\nx.txt,1999\nx.txt,2000\ny.txt,2001\n./y.txt,2001\n")
    assert meta.for_input("x.txt") == {}
    assert meta.for_input("y.txt") == {"date": "2001"}
    assert meta.matched["ambiguous"] == 1 and meta.matched["by_path"] == 1


@pytest.mark.parametrize("text,line,message", [
    ("name,year\nx.txt,1999\n", 1, "no `file` column (its columns: name, year)"),
    ("", 1, "metadata table is empty"),
    ("file,year\nx.txt,1999\ny.txt,19x6\n", 3, "year: [FC405] year '19x6' is not YYYY, YYYY-MM or YYYY-MM-DD"),
    ('file,title,date\nx.txt,"A title\non two lines",1999\ny.txt,,1999-13\n', 4, "date '1999-13' is not"),
    (b"file,speaker\nx.txt,Lukashenka\ny.txt,\xc0\n", 3, "is not UTF-8"),
])
def test_a_broken_table_is_one_problem_naming_the_file_and_line(tmp_path, text, line, message):
    path = tmp_path / "meta.csv"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    with pytest.raises(FactcheckError) as raised:
        load_metadata(path)
    assert raised.value.code == "FC405"
    assert str(raised.value).startswith(f"{path}:{line}: ") and message in str(raised.value)


def test_a_missing_table_or_a_bad_date_option_is_refused(tmp_path):
    with pytest.raises(FactcheckError, match=r"\[FC405\] metadata table not found"):
        load_metadata(tmp_path / "nope.csv")
    with pytest.raises(FactcheckError, match=r"\[FC106\] --date 'March' is not YYYY"):
        load_metadata(None, date="March")


def test_the_command_says_how_many_inputs_the_table_served():
    from factcheck.batch.cli import _matched

    figures = {"table": "meta.csv", "rows": 9, "by_path": 5, "by_name": 2, "ambiguous": 1, "unmatched": 3}
    assert _matched(figures) == ("metadata: 7 of 11 inputs have a row in meta.csv; 3 have none and 1 matches rows "
                                 "that disagree (front matter, else --date/--about, fill in for them)")
    assert _matched({**figures, "ambiguous": 0, "unmatched": 0}) == "metadata: 7 of 7 inputs have a row in meta.csv"

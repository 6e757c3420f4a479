"""The extractor as a spaCy component in a user's own pipeline, and its robustness on any text."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.documents import parse_document, read_document
from factcheck.extract import build_pipeline, extract
from factcheck.extract.causes import cause_lexicon
from factcheck.extract.lexicon import LexiconError, _countries, _group_peoples, _terms
from factcheck.model import Period

SENTENCE = "From January to November 2024, exports fell by 7.4% compared to the same period last year."


def test_add_pipe_in_a_users_own_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factcheck_claims", config={"about": "BLR", "date": "2025-01"})
    doc = nlp("Hello. " + SENTENCE)
    (claim,) = doc._.claims
    assert (claim.kind, claim.subject.entity, claim.claimed.value) == ("change", "BLR", -7.4)
    (span,) = doc.spans["factcheck_claims"]
    assert span.text == SENTENCE and span.label_ == "change"
    assert claim.source.start == 7


def test_user_data_overrides_the_config_per_doc() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("factcheck_claims", config={"about": "BLR"})
    doc = nlp.make_doc("Exports fell by 3% last year.")
    doc.user_data["factcheck"] = {"about": "Poland", "date": "2020-05", "path": "speech.md", "offset": 100}
    (claim,) = nlp.get_pipe("factcheck_claims")(doc)._.claims
    assert claim.subject.entity == "POL"  # a name given as about becomes its code
    assert claim.period.start == "2019"
    assert (claim.source.path, claim.source.start) == ("speech.md", 100)


def test_build_pipeline_is_blank_english_plus_the_component() -> None:
    nlp = build_pipeline()
    assert nlp.lang == "en"
    assert nlp.pipe_names == ["factcheck_claims"]


def test_source_offsets_include_front_matter() -> None:
    raw = "---\ntitle: T\ndate: 2025-01\nabout: BLR\n---\n" + SENTENCE + "\n"
    doc = parse_document(raw, "in.md")
    (claim,) = extract(doc)
    assert raw[claim.source.start:claim.source.end] == SENTENCE


def test_previous_period_from_front_matter() -> None:
    raw = "---\ndate: 2025-01\nabout: BLR\nprevious_period: {start: 2024-01, end: 2024-09}\n---\n" \
          "According to the latest data, the trade deficit reached $3 billion.\n"
    (claim,) = extract(parse_document(raw, "in.md"))
    assert claim.period == Period("2024-01", "2024-09")


def test_byte_order_mark_and_markdown_are_not_part_of_the_sentence() -> None:
    raw = "\ufeff# Trade\n\n**In 2024 exports rose by 4%.**\n\n- In 2023 imports fell by 2%.\n"
    found = extract(parse_document(raw, "in.md", about="BLR"))
    assert [c.text for c in found] == ["In 2024 exports rose by 4%.", "In 2023 imports fell by 2%."]


def test_abbreviations_do_not_split_sentences() -> None:
    raw = "In 2024 the U.S. trade deficit, i.e. the negative balance, reached $900 billion."
    (claim,) = extract(parse_document(raw, "in.md"))
    assert claim.text == raw
    assert claim.subject.entity == "USA"


def test_lexicon_files_are_validated_with_their_line() -> None:
    try:
        _terms('{"type": "hedge", "phrase": "about", "value": "approx"}\n{"type": "colour", "phrase": "x", "value": 1}')
    except LexiconError as exc:
        assert "terms.jsonl:2" in str(exc)
    else:
        raise AssertionError("an unknown type was accepted")
    try:
        _countries("iso3,names,adjectives\nBelarus,Belarus,Belarusian\n")
    except LexiconError as exc:
        assert "countries.csv:2" in str(exc)
    else:
        raise AssertionError("a bad code was accepted")
    with pytest.raises(LexiconError, match=r"group_peoples\.csv:3"):
        _group_peoples("people,group\nAfricans,Africa\nMartians,Mars\n", {"Africa"})
    with pytest.raises(LexiconError, match=r"not_codes\.json: needs .causes."):
        cause_lexicon.__wrapped__("not_codes.json")  # a file without "causes"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    # a first line of its own: text opening with "---" is front matter, and unclosed front matter is the
    # user's error (FC105), which the document reader reports before the extractor runs
    doc = parse_document("Transcript.\n" + text + "\nExports fell by 3% in 2024.", "fuzz.md", about="BLR")
    found = extract(doc)
    assert found and found[-1].kind == "change"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "exports", "fell", "by", "7.4%", "almost", "half", "as", "much", "three", "times", "faster", "than",
    "$4.2bn", "the", "CIS", "outside", "January", "–", "November", "2024", "?", "if", "would", "since", "2020",
    "a", "third", "of", "China's", "to", "Belarus", ",", ".", "\n", "doubled", "deficit", "per", "cent",
]), max_size=40))
def test_never_raises_on_claim_like_word_salad(words: list[str]) -> None:
    extract(parse_document(" ".join(words) + " x", "fuzz.md", about="BLR"))


BELARUS_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora" / "ungdc" / "belarus_1946-2024"


@pytest.mark.slow
@pytest.mark.skipif(not BELARUS_CORPUS.is_dir(), reason="the UN General Debate corpus is not on this machine")
def test_every_belarus_speech_extracts_with_valid_spans() -> None:
    nlp = build_pipeline()
    for path in sorted(BELARUS_CORPUS.glob("*.txt")):
        doc = read_document(path, about="BLR")
        raw = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        for claim in extract(doc, nlp):
            assert raw[claim.source.start:claim.source.end] == claim.text, path.name
            assert not claim.text.startswith(("\ufeff", "#", "*")), path.name


def test_run_on_text_is_cut_into_bounded_sentences() -> None:
    # A table flattened into one line: thousands of numbers and no full stop.
    text = "1 2 3 4 5 " * 4000 + "exports rose by 5% in 2024"
    found = extract(parse_document(text, "table.md", about="BLR"))
    assert [c.kind for c in found][-1:] == ["change"]
    assert all(len(c.text) <= 1200 for c in found)


@pytest.mark.parametrize("text", [
    "Exports fell 0 times faster than imports.",
    "Exports were zero times less than imports.",
    "Exports fell 0.0 times in 2023.",
])
def test_zero_multipliers_do_not_break_the_extractor(text: str) -> None:
    assert all(c.kind != "ratio" for c in extract(parse_document(text, "z.md", about="BLR")))


def test_word_lists_become_regex_alternations_that_escape_their_words() -> None:
    import re

    from factcheck.extract.noun_phrases import alternation

    pattern = re.compile(r"(?i:\b(?:" + alternation(["wiped out", "e.g", "out"]) + r")\b)")
    assert pattern.search("storms wiped  out the harvest").group() == "wiped  out"  # the longest phrase first
    assert pattern.search("as in e.g this") is not None
    assert pattern.search("as in exg this") is None  # a dot in a word is a dot


def test_the_lexicon_is_built_once_per_process() -> None:
    # every document asks for it; rebuilding it each time made extraction twenty times slower (a96fcc8)
    from factcheck.extract.lexicon import load_lexicon
    assert load_lexicon() is load_lexicon()

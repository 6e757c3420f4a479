"""The founding article end to end: its ten checkable claims and the 'other' statements it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.documents import read_document
from factcheck.extract import extract
from factcheck.model import Claim, Period, Subject

ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "belarus-foreign-trade-2025-01.md"
JAN_NOV = Period("2024-01", "2024-11")
JAN_NOV_VS = Period("2024-01", "2024-11", "2023-01", "2023-11")
NOW_VS = Period("2024", "2024", "2023", "2023")


@pytest.fixture(scope="module")
def found() -> list[Claim]:
    return extract(read_document(ARTICLE))


@pytest.fixture(scope="module")
def checkable(found: list[Claim]) -> list[Claim]:
    return [c for c in found if c.kind != "other"]


def test_ten_checkable_claims_in_document_order(checkable: list[Claim]) -> None:
    assert [c.kind for c in checkable] == [
        "shift", "rank", "trend", "trend", "share", "change", "level", "ratio", "growth", "level"]


def test_shift_is_the_ministers(checkable: list[Claim]) -> None:
    c = checkable[0]
    assert c.subject == Subject("trade", "BLR", "global-majority")
    assert c.against == Subject("trade", "BLR", None)
    assert (c.claimed.value, c.claimed.unit, c.claimed.relation) == (None, "%", "rising")
    assert c.claimant == "Maxim Ryzhenkov"
    assert c.period == NOW_VS


def test_rank_trend_and_share(checkable: list[Claim]) -> None:
    rank, potash, china, africa = checkable[1:5]
    assert rank.subject == Subject("exports", "BLR", "CHN")
    assert rank.items == ("potash fertilizers", "timber", "agro-industrial products")
    assert rank.claimed is None
    assert potash.subject == Subject("price", "world", None, "potash")
    assert (potash.claimed.relation, potash.period) == ("falling", NOW_VS)
    assert china.subject == Subject("exports", "CHN", "BLR")
    assert china.claimed.relation == "rising"
    assert africa.subject == Subject("exports", "BLR", "Africa")
    assert africa.against == Subject("exports", "BLR", None)
    assert (africa.claimed.value, africa.claimed.unit, africa.claimed.relation) == (2, "%", "under")


def test_the_jan_nov_figures(checkable: list[Claim]) -> None:
    change, deficit, ratio, growth, balance = checkable[5:]
    assert change.subject == Subject("exports", "BLR", "non-CIS")
    assert (change.claimed.value, change.claimed.relation, change.period) == (-7.4, "eq", JAN_NOV_VS)
    assert deficit.subject == Subject("trade_balance", "BLR", "non-CIS")
    assert (deficit.claimed.value, deficit.claimed.unit, deficit.claimed.relation) == (-7e9, "USD", "almost")
    assert deficit.period == JAN_NOV
    assert ratio.subject == Subject("exports", "BLR", "non-CIS")
    assert ratio.against == Subject("imports", "BLR", "non-CIS")
    assert (ratio.claimed.value, ratio.claimed.unit, ratio.claimed.relation) == (0.5, "ratio", "almost")
    assert growth.subject == Subject("imports", "BLR", None)
    assert growth.against == Subject("exports", "BLR", None)
    assert (growth.claimed.value, growth.claimed.unit, growth.period) == (3, "ratio", JAN_NOV_VS)
    assert balance.subject == Subject("trade_balance", "BLR", None)
    assert (balance.claimed.value, balance.claimed.decimals, balance.claimed.scale) == (-4.2e9, 1, 1e9)
    assert balance.period == JAN_NOV  # the document's period, not the full year


def test_other_statements_are_kept_with_notes(found: list[Claim]) -> None:
    others = [c for c in found if c.kind == "other"]
    assert len(others) == 4
    assert all(c.note for c in others)
    texts = " | ".join(c.text for c in others)
    for phrase in ("disproportionate", "has not increased purchases", "not being implemented", "has extended"):
        assert phrase in texts


def test_byline_questions_and_stray_word_give_nothing(found: list[Claim]) -> None:
    for c in found:
        assert not c.text.endswith("?")
        assert "Deputy Head" not in c.text
        assert c.text != "Comentários"


def test_spans_point_into_the_file(found: list[Claim]) -> None:
    raw = ARTICLE.read_text(encoding="utf-8")
    for c in found:
        assert raw[c.source.start:c.source.end] == c.text
        assert c.source.date == "2025-01"


def test_ids_are_stable(found: list[Claim]) -> None:
    again = extract(read_document(ARTICLE))
    assert [c.id for c in again] == [c.id for c in found]
    assert len({c.id for c in found}) == len(found)

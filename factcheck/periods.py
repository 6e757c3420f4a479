"""Period arithmetic shared by the evidence look-ups and the rules.

A span is a pair of ISO strings, each ``YYYY`` or ``YYYY-MM``; internally months are counted from year 0
so spans compare and shift with plain integers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def month_index(period: str, *, end: bool = False) -> int:
    """Months since year 0 of the first (or, with ``end``, the last) month of ``period``."""
    if _YEAR.match(period):
        return int(period) * 12 + (11 if end else 0)
    if match := _MONTH.match(period):
        month = int(match[2])
        if not 1 <= month <= 12:
            raise ValueError(f"bad month in period {period!r}")
        return int(match[1]) * 12 + month - 1
    if match := _QUARTER.match(period):
        first = int(match[1]) * 12 + (int(match[2]) - 1) * 3
        return first + (2 if end else 0)
    raise ValueError(f"period {period!r} is not YYYY, YYYY-MM or YYYY-Qn")


def month_label(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@dataclass(frozen=True, order=True)
class Span:
    """An inclusive run of months."""

    first: int
    last: int

    @classmethod
    def of(cls, start: str, end: str | None = None) -> Span:
        first = month_index(start)
        last = month_index(end or start, end=True)
        if last < first:
            raise ValueError(f"period ends ({end}) before it starts ({start})")
        return cls(first, last)

    @classmethod
    def year(cls, year: int) -> Span:
        return cls(year * 12, year * 12 + 11)

    @property
    def months(self) -> int:
        return self.last - self.first + 1

    @property
    def whole_years(self) -> bool:
        return self.first % 12 == 0 and self.last % 12 == 11

    @property
    def years(self) -> range:
        return range(self.first // 12, self.last // 12 + 1)

    def month_labels(self) -> list[str]:
        return [month_label(i) for i in range(self.first, self.last + 1)]

    def quarter_labels(self) -> list[str] | None:
        """The quarters this span is made of, or None when it does not fall on quarter boundaries."""
        if self.first % 3 or (self.last + 1) % 3:
            return None
        return [f"{i // 12:04d}-Q{(i % 12) // 3 + 1}" for i in range(self.first, self.last + 1, 3)]

    def shift_years(self, years: int) -> Span:
        return Span(self.first + 12 * years, self.last + 12 * years)

    def previous(self) -> Span:
        """The span of equal length just before this one (a year before, for a span within a year)."""
        if self.months <= 12 and self.first // 12 == self.last // 12:
            return self.shift_years(-1)
        return Span(self.first - self.months, self.first - 1)

    def iso(self) -> str:
        """``2024`` for a calendar year, ``2024-01/2024-11`` otherwise, ``2024-03`` for one month."""
        if self.whole_years:
            first, last = self.first // 12, self.last // 12
            return f"{first}" if first == last else f"{first}/{last}"
        if self.first == self.last:
            return month_label(self.first)
        return f"{month_label(self.first)}/{month_label(self.last)}"

    def label(self) -> str:
        """For readers: ``Jan–Nov 2024``, ``2024``, ``2015–2020``, ``Mar 2024``."""
        if self.whole_years:
            first, last = self.first // 12, self.last // 12
            return f"{first}" if first == last else f"{first}–{last}"
        y1, m1, y2, m2 = self.first // 12, self.first % 12, self.last // 12, self.last % 12
        if self.first == self.last:
            return f"{MONTH_NAMES[m1]} {y1}"
        if y1 == y2:
            return f"{MONTH_NAMES[m1]}–{MONTH_NAMES[m2]} {y1}"
        return f"{MONTH_NAMES[m1]} {y1}–{MONTH_NAMES[m2]} {y2}"


def as_of_month(date: str | None) -> int | None:
    """The last month whose data could be known on ``date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""
    if not date:
        return None
    parts = date.split("-")
    try:
        if len(parts) == 1:
            return int(parts[0]) * 12 + 11
        return int(parts[0]) * 12 + int(parts[1]) - 1
    except ValueError:
        return None

"""Short phrases a reader sees: periods in words, claimed quantities with their hedges, safe links.

Kept apart from the templates so the Markdown draft, the HTML brief and ClaimReview say the same thing
the same way, and apart from the rules so the renderer formats numbers but never computes them.
"""

from __future__ import annotations

import re

from factcheck.model import Period, Quantity
from factcheck.report.filters import number

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
HEDGES = {"eq": "", "approx": "about ", "almost": "almost ", "over": "more than ", "under": "less than "}
MONEY_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _month(text: str) -> tuple[int, int] | None:
    m = _MONTH.match(text)
    if m and 1 <= int(m[2]) <= 12:
        return int(m[1]), int(m[2])
    return None


def span_text(start: str | None, end: str | None) -> str | None:
    """``2024-01``..``2024-11`` → ``January–November 2024``; years → ``2015–2020``; else as given."""
    if not start and not end:
        return None
    start = start or end
    end = end or start
    assert start is not None and end is not None
    a, b = _month(start), _month(end)
    if a and b:
        if a == b:
            return f"{MONTHS[a[1] - 1]} {a[0]}"
        if a[0] == b[0]:
            return f"{MONTHS[a[1] - 1]}–{MONTHS[b[1] - 1]} {a[0]}"
        return f"{MONTHS[a[1] - 1]} {a[0]} – {MONTHS[b[1] - 1]} {b[0]}"
    if start == end:
        return start
    if _YEAR.match(start) and _YEAR.match(end):
        return f"{start}–{end}"
    return f"{start} to {end}"


def evidence_period(value: str | None) -> str:
    """An evidence item's period (``2024-01/2024-11``, ``2020``) in words; unknown shapes as given."""
    if not value:
        return "—"
    parts = re.split(r"/|\.\.", value, maxsplit=1)
    return span_text(parts[0], parts[-1]) or value


def period_text(period: Period | None) -> str | None:
    """The claim's period, and the base it is compared with when there is one."""
    if period is None:
        return None
    main = span_text(period.start, period.end)
    base = span_text(period.base_start, period.base_end)
    if main and base:
        return f"{main}, compared with {base}"
    return main or base


def amount(value: float | None, unit: str | None) -> str:
    """A value with its unit, large money and counts in words: ``-3.5127 billion USD``, ``-6.2 %``."""
    if value is None:
        return unit or ""
    if unit and ((unit.isupper() and len(unit) == 3) or unit == "count"):
        for size, word in MONEY_SCALES:
            if abs(value) >= size:
                scaled = number(round(value / size, 4))
                return f"{scaled} {word}" + ("" if unit == "count" else f" {unit}")
    text = number(value)
    if not unit or unit == "count":
        return text
    if unit == "%":
        return f"{text} %"
    if unit == "ratio":
        return f"{text} times"
    return f"{text} {unit}"


def claimed_text(quantity: Quantity | None) -> str | None:
    """What the speaker said, with the hedge: ``almost -7 billion USD``, ``rising``."""
    if quantity is None:
        return None
    if quantity.relation in ("rising", "falling"):
        return quantity.relation if quantity.value is None else \
            f"{quantity.relation} ({amount(quantity.value, quantity.unit)})"
    if quantity.value is None:
        return None
    return HEDGES.get(quantity.relation, f"{quantity.relation} ") + amount(quantity.value, quantity.unit)


def safe_url(url: str | None) -> str | None:
    """Only web addresses become links; ``javascript:`` and the like are dropped, not escaped."""
    if url and re.match(r"^https?://[^\s<>\"']+$", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def shorten(text: str, limit: int = 280) -> str:
    """Cut at a word boundary with an ellipsis; ClaimReview wants ``claimReviewed`` short."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def anchor(claim_id: str) -> str:
    """A fragment id that is the same on every run and safe in any attribute: ``claim-<id>``."""
    return "claim-" + (re.sub(r"[^A-Za-z0-9_-]", "-", claim_id) or "unknown")

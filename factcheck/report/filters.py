"""Jinja filters the templates use to put input text and numbers on the page.

Markdown has no autoescaping, and a Markdown draft is often pasted into a CMS or rendered on a code host
that passes inline HTML through; ``md`` neutralises what would turn a quote into markup (tags, links,
code spans, line breaks that start a new block) while leaving ordinary punctuation readable.
"""

from __future__ import annotations

import math
import re
from typing import Any

_MD_SPECIAL = re.compile(r"([\\`<>\[\]|])")
_SPACE = re.compile(r"\s+")
# What starts a block when it opens a line: headings, lists, rules, setext underlines, numbered items.
_BLOCK_START = re.compile(r"^([#+\-*=_~:]|\d{1,9}(?=[.)]))")


def md(value: Any) -> str:
    """Input text as one Markdown-safe line: ``<``, ``>``, ``[``, ``]``, backticks, ``|`` and backslashes
    are backslash-escaped (CommonMark shows them literally), newlines become spaces, and a marker that
    would open a heading or list at the start is escaped too."""
    if value is None:
        return ""
    text = _MD_SPECIAL.sub(r"\\\1", _SPACE.sub(" ", str(value)).strip())
    if m := _BLOCK_START.match(text):
        marker = m[1]
        # "1999. A year" must not become a numbered list: escape the dot after the digits.
        return marker + "\\" + text[len(marker):] if marker[0].isdigit() else "\\" + text
    return text


def number(value: Any) -> str:
    """A number as a reader writes it: thousands separated, no float noise (37194.600000001 → 37,194.6)."""
    if value is None:
        return "—"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    rounded = round(float(value), 6)
    if rounded == int(rounded) and abs(rounded) < 1e15:
        return f"{int(rounded):,}"
    return f"{rounded:,.6f}".rstrip("0").rstrip(".")

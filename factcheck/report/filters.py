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
# What opens a block at the start of a line (CommonMark): an ATX heading or a list marker followed by a
# space or the end, a fence of tildes, or a line of only rule characters (thematic break, setext line).
_BLOCK_START = re.compile(r"^(#{1,6}|[+\-*]|\d{1,9}[.)])(?=\s|$)|^~{3,}|^[-=_*\s]+$")


def md(value: Any) -> str:
    """Input text as one Markdown-safe line: ``<``, ``>``, ``[``, ``]``, backticks, ``|`` and backslashes
    are backslash-escaped (CommonMark shows them literally), newlines become spaces, and a marker that
    would open a heading or list at the start is escaped too."""
    if value is None:
        return ""
    text = _MD_SPECIAL.sub(r"\\\1", _SPACE.sub(" ", str(value)).strip())
    if m := _BLOCK_START.match(text):
        if text[0].isdigit():  # "1999. A year" must not become a numbered list: escape the dot
            cut = len(m[1])
            return text[: cut - 1] + "\\" + text[cut - 1:]
        return "\\" + text
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

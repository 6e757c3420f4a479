"""Draw a verdict's :class:`~factcheck.model.Chart` as an inline SVG, with Vega-Lite rendered by vl-convert.

The rule computed the chart (points, highlighted period, claimed value); this module only draws it, so the
brief never recomputes anything. The chart is described as Vega-Lite data (``chart_spec``), which keeps the
drawing declarative and testable, and vl-convert turns it into SVG offline (no browser, no network).
Why Vega-Lite and not matplotlib: see docs/templates.md (measured figures).

Text from the input (titles, labels) travels as data inside the spec; Vega's SVG renderer escapes it. The
SVG is inlined into the HTML brief as markup, so :func:`chart_svg` also checks the finished SVG holds no
script, event handler, foreign object or outside reference before handing it over.
"""

from __future__ import annotations

import re
import textwrap
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from typing import Any

from factcheck.model import Chart

# Colours chosen to stay apart in greyscale print too: dark blue line, dashed dark red rule, pale band.
SERIES_COLOUR = "#1f4e79"
CLAIMED_COLOUR = "#b3261e"
HIGHLIGHT_COLOUR = "#f2c14e"
TITLE_CHARS = 80  # about one line of the chart's width at 14 px
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

_MONTH = re.compile(r"^(\d{4})(?:-|M)(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


class ChartError(ValueError):
    """The SVG that came back is not safe to inline (should never happen; a guard, not a feature)."""


def _period_start(period: str) -> tuple[str, str] | None:
    """ISO date of a period's first day and its grain (``year``/``quarter``/``month``/``day``)."""
    text = period.strip()
    if m := _YEAR.match(text):
        return f"{m[1]}-01-01", "year"
    if m := _MONTH.match(text):
        month = int(m[2])
        return (f"{m[1]}-{month:02d}-01", "month") if 1 <= month <= 12 else None
    if m := _QUARTER.match(text):
        return f"{m[1]}-{(int(m[2]) - 1) * 3 + 1:02d}-01", "quarter"
    if _DAY.match(text):
        try:
            return date.fromisoformat(text).isoformat(), "day"
        except ValueError:
            return None
    return None


def _period_after(period: str) -> str | None:
    """ISO date just after a period ends, so a highlighted band covers the whole last month or year."""
    parsed = _period_start(period)
    if parsed is None:
        return None
    start, grain = parsed
    first = date.fromisoformat(start)
    if grain == "year":
        return first.replace(year=first.year + 1).isoformat()
    if grain == "day":
        return (first + timedelta(days=1)).isoformat()
    months = first.month - 1 + (3 if grain == "quarter" else 1)
    return first.replace(year=first.year + months // 12, month=months % 12 + 1).isoformat()


def _time_unit(grains: set[str]) -> tuple[str, str]:
    """Vega-Lite time unit and axis label format for the finest grain among the points."""
    if grains <= {"year"}:
        return "utcyear", "%Y"
    if "day" in grains:
        return "utcyearmonthdate", "%d %b %Y"
    return "utcyearmonth", "%b %Y"


def chart_spec(chart: Chart, *, width: int = 660, height: int = 240) -> dict[str, Any]:
    """The Vega-Lite specification for one chart: the series as a line, the claim's period as a band,
    the claimed value as a dashed rule with its label. Periods that are not dates fall back to an
    ordinal axis so an unusual rule output still draws."""
    parsed = [_period_start(p.period) for p in chart.points]
    temporal = bool(parsed) and all(parsed)
    series = chart.series_label or chart.title
    values = [
        {"period": p.period, "t": parsed[i][0] if temporal else None, "value": p.value, "key": series}
        for i, p in enumerate(chart.points)
    ]
    if temporal:
        unit, fmt = _time_unit({g for _, g in parsed})  # type: ignore[misc]
        x: dict[str, Any] = {"field": "t", "type": "temporal", "timeUnit": unit, "title": None,
                             "axis": {"format": fmt, "formatType": "utc", "labelOverlap": True}}
    else:
        x = {"field": "period", "type": "ordinal", "sort": None, "title": None}

    domain, colours = [series], [SERIES_COLOUR]
    layers: list[dict[str, Any]] = []
    band = _band(chart) if temporal else None
    if band is not None:
        layers.append({
            "data": {"values": [band]},
            "mark": {"type": "rect", "color": HIGHLIGHT_COLOUR, "opacity": 0.3},
            "encoding": {"x": {"field": "start", "type": "temporal"}, "x2": {"field": "end"}},
        })
    layers.append({
        "data": {"values": values},
        "mark": {"type": "line", "point": {"filled": True, "size": 28}, "strokeWidth": 2},
        "encoding": {
            "x": x,
            "y": {"field": "value", "type": "quantitative", "title": chart.unit, "scale": {"zero": False}},
            "color": {"field": "key", "type": "nominal"},
            "tooltip": [{"field": "period", "title": "Period"},
                        {"field": "value", "type": "quantitative", "title": chart.unit, "format": ",.6~g"}],
        },
    })
    if chart.claimed is not None:
        label = chart.claimed_label or f"Claimed: {chart.claimed:,.6g}"
        domain.append(label)
        colours.append(CLAIMED_COLOUR)
        claimed = {"value": chart.claimed, "key": label}
        layers.append({
            "data": {"values": [claimed]},
            "mark": {"type": "rule", "strokeDash": [6, 4], "strokeWidth": 2},
            "encoding": {"y": {"field": "value", "type": "quantitative"},
                         "color": {"field": "key", "type": "nominal"}},
        })
        layers.append({
            "data": {"values": [claimed]},
            "mark": {"type": "text", "align": "left", "baseline": "bottom", "dx": 4, "dy": -4, "x": 0,
                     "fontWeight": "bold", "color": CLAIMED_COLOUR},
            "encoding": {"y": {"field": "value", "type": "quantitative"}, "text": {"field": "key"}},
        })
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "description": chart.title,
        # Vega does not wrap titles; a list of strings is drawn as lines.
        "title": {"text": textwrap.wrap(chart.title, TITLE_CHARS) or [""], "anchor": "start", "fontSize": 14},
        "width": width,
        "height": height,
        "layer": layers,
        "resolve": {"scale": {"color": "shared"}},
        "encoding": {"color": {"scale": {"domain": domain, "range": colours},
                               "legend": {"title": None, "orient": "bottom", "direction": "vertical", "labelLimit": 600,
                                          "symbolType": "stroke", "symbolStrokeWidth": 3}}},
        "config": {"font": FONT, "background": "white", "view": {"stroke": None},
                   "axis": {"labelFontSize": 11, "titleFontSize": 11, "gridColor": "#e6e6e6"}},
    }


def _band(chart: Chart) -> dict[str, str] | None:
    if not chart.highlight_start:
        return None
    start = _period_start(chart.highlight_start)
    end = _period_after(chart.highlight_end or chart.highlight_start)
    if start is None or end is None:
        return None
    return {"start": start[0], "end": end}


_FORBIDDEN_TAGS = {"script", "foreignObject", "iframe", "object", "embed", "image", "use", "a"}


def _check_svg(svg: str) -> None:
    """Refuse SVG that could run code or fetch anything once inlined: no scripts, no ``on*`` handlers,
    no elements that embed or link out."""
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as exc:
        raise ChartError(f"chart SVG is not well-formed: {exc}") from None
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag in _FORBIDDEN_TAGS:
            raise ChartError(f"chart SVG holds a <{tag}> element")
        for name, value in element.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()
            if local.startswith("on") or local == "href" or ("url(" in value and "url(#" not in value):
                raise ChartError(f"chart SVG holds an unsafe attribute {local}")


def chart_svg(chart: Chart) -> str:
    """The chart as an SVG document string, safe to inline into HTML."""
    import vl_convert  # imported here: only the HTML brief needs it, and it takes a moment to load

    svg = vl_convert.vegalite_to_svg(chart_spec(chart))
    _check_svg(svg)
    return svg

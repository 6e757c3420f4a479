"""Charts: the rule's Chart drawn as Vega-Lite, rendered offline to SVG that is safe to inline."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from factcheck.model import Chart, ChartPoint
from factcheck.report.charts import ChartError, _check_svg, _period_after, _period_start, chart_spec, chart_svg
from factcheck.report.samples import trade_balance

SVG_NS = "{http://www.w3.org/2000/svg}"


def balance_chart() -> Chart:
    chart = trade_balance().chart
    assert chart is not None
    return chart


def layer(spec: dict, mark: str) -> dict:
    return next(layer for layer in spec["layer"] if layer["mark"]["type"] == mark)


def test_spec_draws_the_series_band_and_claimed_rule() -> None:
    spec = chart_spec(balance_chart())
    line = layer(spec, "line")
    assert [v["t"] for v in line["data"]["values"]][:2] == ["2024-01-01", "2024-02-01"]
    assert line["data"]["values"][10]["value"] == -4241.8
    assert line["encoding"]["y"]["title"] == "USD million"
    assert layer(spec, "rect")["data"]["values"] == [{"start": "2024-01-01", "end": "2024-12-01"}]
    assert layer(spec, "rule")["data"]["values"] == [{"value": -4200, "key": "Claimed: −4.2 billion USD"}]
    assert layer(spec, "text")["encoding"]["text"] == {"field": "key"}
    assert spec["title"]["text"] == ["Belarus goods trade balance, cumulative from January 2024"]


def test_long_titles_wrap() -> None:
    chart = replace(balance_chart(), title="Share of Belarus's trade (exports + imports) with the global majority "
                    "in Belarus's trade (exports + imports), annual, IMF Direction of Trade Statistics")
    lines = chart_spec(chart)["title"]["text"]
    assert len(lines) == 2 and all(len(line) <= 80 for line in lines)


def test_no_claimed_value_no_rule_and_no_band_without_highlight() -> None:
    chart = Chart(title="t", unit="u", points=(ChartPoint("2019", 1.0), ChartPoint("2020", 2.0)))
    spec = chart_spec(chart)
    assert [la["mark"]["type"] for la in spec["layer"]] == ["line"]
    assert layer(spec, "line")["encoding"]["x"]["timeUnit"] == "utcyear"


def test_unknown_period_shapes_fall_back_to_an_ordinal_axis() -> None:
    chart = Chart(title="t", unit="u", points=(ChartPoint("FY2023/24", 1.0), ChartPoint("FY2024/25", 2.0)),
                  highlight_start="FY2024/25")
    spec = chart_spec(chart)
    assert layer(spec, "line")["encoding"]["x"]["type"] == "ordinal"
    assert "<svg" in chart_svg(chart)


@pytest.mark.parametrize(("period", "start", "after"), [
    ("2024", "2024-01-01", "2025-01-01"),
    ("2024-11", "2024-11-01", "2024-12-01"),
    ("2024-12", "2024-12-01", "2025-01-01"),
    ("2024M03", "2024-03-01", "2024-04-01"),
    ("2024Q4", "2024-10-01", "2025-01-01"),
    ("2024-02-29", "2024-02-29", "2024-03-01"),
])
def test_periods(period: str, start: str, after: str) -> None:
    assert _period_start(period)[0] == start  # type: ignore[index]
    assert _period_after(period) == after


@pytest.mark.parametrize("period", ["2024-13", "2024-02-30", "latest", ""])
def test_bad_periods_are_not_dates(period: str) -> None:
    assert _period_start(period) is None


def test_svg_is_well_formed_and_escapes_hostile_text() -> None:
    chart = Chart(title="<script>alert(1)</script>", unit="<b>u</b>",
                  points=(ChartPoint("2024-01", 1.0), ChartPoint("2024-02", 2.0)), claimed=1.5,
                  claimed_label="<img src=x onerror=alert(1)>", series_label="& \"quoted\"")
    svg = chart_svg(chart)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG_NS}svg"
    texts = [t.text or "" for t in root.iter(f"{SVG_NS}text")]
    assert "<script>alert(1)</script>" in texts  # shown as text, parsed back from &lt;...&gt;
    assert "<img src=x onerror=alert(1)>" in texts
    assert not any(el.tag.endswith(("script", "image", "foreignObject")) for el in root.iter())
    assert "<script" not in svg and "<img" not in svg


@pytest.mark.parametrize("bad", [
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><rect onload="alert(1)"/></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
    '<image x:href="http://example.org/a.png"/></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(http://example.org/x)"/></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>',
    "<svg",
])
def test_guard_refuses_unsafe_svg(bad: str) -> None:
    with pytest.raises(ChartError):
        _check_svg(bad)

"""A worked example of verdicts for template authors: the founding article, checked by hand.

Six verdicts on the bundled founding article, kept as data in ``samples.jsonl`` beside this module (one
of each shape a report has to handle: true with a chart and a claimed value, a trend with a chart but no
claimed value, mostly true, unverifiable with what is missing and the nearest evidence, a claim reported
from someone else, a check-worthy ``other``). Numbers are the real ones from the bundled World Bank
series. Preview a template against them with::

    python -m factcheck.report.samples --format html --templates my-templates > preview.html
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources

from factcheck.model import Verdict
from factcheck.records import read_verdicts

SAMPLES = "samples.jsonl"


def sample_verdicts() -> list[Verdict]:
    """The example verdicts in document order."""
    text = (resources.files("factcheck.report") / SAMPLES).read_text(encoding="utf-8")
    return read_verdicts(SAMPLES, text)


def trade_balance() -> Verdict:
    """The sample with everything a brief can show: a true level with working, sources and a chart."""
    return next(v for v in sample_verdicts() if v.rule == "level" and v.chart is not None)


def main(argv: list[str] | None = None) -> int:
    from factcheck.report import FORMATS, render

    parser = argparse.ArgumentParser(description="Render the sample verdicts, to preview a template.")
    parser.add_argument("--format", choices=FORMATS, default="html")
    parser.add_argument("--templates", default=None, help="your template folder")
    parser.add_argument("--scale", default=None, help="a built-in scale name or a scale JSON file")
    args = parser.parse_args(argv)
    from factcheck.scales import load_scale

    scale = load_scale(args.scale) if args.scale else None
    sys.stdout.write(render(sample_verdicts(), args.format, templates_dir=args.templates, scale=scale))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

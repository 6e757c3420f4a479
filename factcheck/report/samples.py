"""A worked example of verdicts for template authors: the founding article, checked by hand.

Six verdicts on the bundled founding article (one of each shape a report has to handle: true with a chart
and a claimed value, a trend with a chart but no claimed value, mostly true, unverifiable with what is
missing and the nearest evidence, a claim reported from someone else, a check-worthy ``other``). Numbers
are the real ones from the bundled World Bank series. Preview a template against them with::

    python -m factcheck.report.samples --format html --templates my-templates > preview.html
"""

from __future__ import annotations

import argparse
import sys
from itertools import accumulate

from factcheck.model import (
    Chart,
    ChartPoint,
    Claim,
    EvidenceItem,
    Period,
    Quantity,
    Source,
    Subject,
    Verdict,
    claim_id,
)

PATH = "examples/belarus-foreign-trade-2025-01.md"
GEM = "World Bank Global Economic Monitor, vintage 2025-03"
GEM_NOTE = "Merchandise trade, not seasonally adjusted, USD million current; licence CC BY 4.0"
DOTS = "IMF Direction of Trade Statistics, vintage about 2022-02"
PINK = "World Bank Commodity Price Data (Pink Sheet), updated 2 July 2026"
PINK_UNIT = "USD per metric tonne (nominal)"

# Belarus merchandise balance, January to each month of 2024 (exports − imports, USD million, GEM NSA).
BALANCE_2024 = (-119.8, -275.3, -424.4, -393.4, -283.8, -102.3, -581.2, -182.8, -659.6, -544.6, -674.6,
                -1130.7)
# Potassium chloride, USD per tonne, monthly 2023–2024 (Pink Sheet).
POTASH = (508.8, 496.9, 453, 407.5, 372.5, 328, 341.3, 353.1, 352, 341.9, 331.9, 311.9,
          296.3, 289.4, 300.5, 305, 307, 310, 300.6, 294, 286.9, 278.1, 281, 292.5)


def source(start: int, end: int) -> Source:
    return Source(path=PATH, title="Belarus foreign trade: is the regime really turning to the global majority?",
                  speaker="Pavel Latushka", date="2025-01", start=start, end=end)


def _claim(text: str, start: int, kind: str, subject: Subject, period: Period, **extra: object) -> Claim:
    end = start + len(text)
    return Claim(id=claim_id(text, PATH, start, end), text=text, source=source(start, end), kind=kind,
                 subject=subject, period=period, **extra)  # type: ignore[arg-type]


def _months(year: int, count: int = 12) -> list[str]:
    return [f"{year}-{m:02d}" for m in range(1, count + 1)]


def trade_balance() -> Verdict:
    claim = _claim("The negative trade balance of goods in Belarus has reached a massive 4.2 billion US dollars.",
                   3119, "level", Subject("trade_balance", "BLR"), Period("2024-01", "2024-11"),
                   claimed=Quantity(-4_200_000_000, "USD", "eq", decimals=1, scale=1e9))
    points = tuple(ChartPoint(p, round(v, 1)) for p, v in zip(_months(2024), accumulate(BALANCE_2024),
                                                                strict=True))
    return Verdict(
        claim_id=claim.id, rating="true", outcome="accurate", rule="level", claim=claim,
        actual=Quantity(-4_241_800_000, "USD"),
        explanation="Belarus exported 37,194.6 and imported 41,436.4 million USD of goods in January–November "
                    "2024 (World Bank GEM): a deficit of 4,241.8 million USD, which rounds to the 4.2 billion "
                    "claimed.",
        working="37,194.6 − 41,436.4 = −4,241.8 (USD million) ≈ −4.2 billion USD",
        evidence=(EvidenceItem("wb-gem-blr-exports", "2024-01/2024-11", 37194.6, "USD million", GEM, GEM_NOTE),
                  EvidenceItem("wb-gem-blr-imports", "2024-01/2024-11", 41436.4, "USD million", GEM, GEM_NOTE)),
        notes=("The article gives no period; it names January–November 2024 twice, so that period is used. "
               "The full year 2024 ended at −5,372.5 million USD.",),
        chart=Chart(title="Belarus goods trade balance, cumulative from January 2024", unit="USD million",
                    points=points, highlight_start="2024-01", highlight_end="2024-11", claimed=-4200,
                    claimed_label="Claimed: −4.2 billion USD", series_label="Balance, year to date (World Bank GEM)"),
    )


def growth() -> Verdict:
    claim = _claim("imports are growing three times faster than Belarusian exports", 2733, "growth",
                   Subject("imports", "BLR"), Period("2024-01", "2024-11", "2023-01", "2023-11"),
                   against=Subject("exports", "BLR"), claimed=Quantity(3, "ratio", "eq", decimals=0))
    return Verdict(
        claim_id=claim.id, rating="mostly-true", outcome="close", rule="growth", claim=claim,
        actual=Quantity(2.74, "ratio"),
        explanation="Imports grew 6.09% and exports 2.22% in January–November 2024 against January–November "
                    "2023 (World Bank GEM): imports grew 2.74 times as fast, not 3.",
        working="(41,436.4 / 39,058.1 − 1) / (37,194.6 / 36,385.8 − 1) = 6.09 % / 2.22 % = 2.74",
        evidence=(EvidenceItem("wb-gem-blr-imports", "2024-01/2024-11", 41436.4, "USD million", GEM),
                  EvidenceItem("wb-gem-blr-imports", "2023-01/2023-11", 39058.1, "USD million", GEM),
                  EvidenceItem("wb-gem-blr-exports", "2024-01/2024-11", 37194.6, "USD million", GEM),
                  EvidenceItem("wb-gem-blr-exports", "2023-01/2023-11", 36385.8, "USD million", GEM)),
    )


def potash() -> Verdict:
    claim = _claim("global prices for Belarus's key export items, like potash, are falling", 1511, "trend",
                   Subject("price", "world", commodity="potash"),
                   Period("2024-01", "2024-11", "2023-01", "2023-11"),
                   claimed=Quantity(None, None, "falling"))
    points = tuple(ChartPoint(p, v) for p, v in zip(_months(2023) + _months(2024), POTASH, strict=True))
    return Verdict(
        claim_id=claim.id, rating="true", outcome="accurate", rule="trend", claim=claim,
        actual=Quantity(-24.2, "%", "falling"),
        explanation="Potassium chloride averaged 389.7 USD per tonne in January–November 2023 and 295.3 in "
                    "January–November 2024 (World Bank Pink Sheet): a fall of 24.2%.",
        working="295.3 / 389.7 − 1 = −24.2 %",
        evidence=(EvidenceItem("wb-pink-potash", "2023-01/2023-11", 389.7, PINK_UNIT, PINK, "average of months"),
                  EvidenceItem("wb-pink-potash", "2024-01/2024-11", 295.3, PINK_UNIT, PINK, "average of months")),
        notes=("Prices rose again from 2025; the claim is judged as of the statement's date.",),
        chart=Chart(title="Potassium chloride price, monthly", unit="USD per tonne", points=points,
                    highlight_start="2024-01", highlight_end="2024-11",
                    series_label="Potassium chloride (World Bank Pink Sheet)"),
    )


def non_cis_exports() -> Verdict:
    claim = _claim("From January to November 2024, Belarus's export outside the CIS fell by 7.4% compared to "
                   "the same period last year.", 2239, "change", Subject("exports", "BLR", "non-CIS"),
                   Period("2024-01", "2024-11", "2023-01", "2023-11"),
                   claimed=Quantity(-7.4, "%", "eq", decimals=1))
    return Verdict(
        claim_id=claim.id, rating="unverifiable", outcome="insufficient-evidence", rule="change", claim=claim,
        explanation="The evidence has no split of Belarus's exports by partner after 2020, so the change for "
                    "January–November 2024 cannot be computed.",
        missing="Belarus exports to non-CIS countries (broad CIS definition) for January–November 2023 and 2024",
        nearest="IMF DOTS, Belarus exports by partner, annual 1992–2020 (latest year 2020)",
        evidence=(),
    )


def global_majority() -> Verdict:
    claim = _claim("the regime, having fallen out with the West, is now turning more towards countries of the "
                   "\"global majority,\" developing cooperation with the likes of China and Iran", 616, "shift",
                   Subject("trade", "BLR", "global-majority"), Period("2024", "2024", "2023", "2023"),
                   claimed=Quantity(None, "%", "rising"),
                   claimant="Maxim Ryzhenkov, Foreign Minister")
    return Verdict(
        claim_id=claim.id, rating="unverifiable", outcome="insufficient-evidence", rule="shift", claim=claim,
        explanation="Partner-level trade of Belarus ends in 2020 in the evidence, so the share of the "
                    "global-majority group now cannot be measured.",
        missing="Belarus trade by partner for 2023 and 2024",
        nearest="IMF DOTS, Belarus trade by partner, annual to 2020: the 2015–2020 share of the group",
        evidence=(),
        notes=("The claim is the minister's, reported by the author.",),
    )


def not_checked() -> Verdict:
    claim = _claim("the agreements made are either not being implemented or are realized in minimal volumes",
                   2110, "other", Subject(None, "BLR"), Period(),
                   note="Check-worthy, but no rule checks whether agreements are implemented.")
    return Verdict(
        claim_id=claim.id, rating="unverifiable", outcome="insufficient-evidence", rule=None, claim=claim,
        explanation="No rule checks this kind of statement yet; it is kept for the fact-checker.",
        missing="A rule and evidence on the implementation of the agreements",
        nearest=None,
    )


def sample_verdicts() -> list[Verdict]:
    """The example verdicts in document order."""
    verdicts = [global_majority(), potash(), not_checked(), non_cis_exports(), growth(), trade_balance()]
    return sorted(verdicts, key=lambda v: v.claim.source.start if v.claim and v.claim.source.start else 0)


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

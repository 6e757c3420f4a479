"""How fast the bundled evidence loads and 10,000 claims are checked against it.

    python benchmarks/check_speed.py [--claims 10000] [--seed 0]

The claims are varied, not one claim repeated: every kind a rule checks, over Belarus's monthly and
annual trade totals, trade by partner country and group, fertilizer prices and mirror figures, with
periods drawn across the years the evidence covers (and some it does not, which must be fast too).
Target (issue "Evidence a fact-checker can trust"): load + check under 5 seconds on a 2-core machine.
"""

from __future__ import annotations

import argparse
import random
import time

from factcheck.evidence import EvidenceStore
from factcheck.model import Claim, Period, Quantity, Source, Subject
from factcheck.rules import check

PARTNERS = ["RUS", "CHN", "UKR", "DEU", "POL", "KAZ", "TUR", "IND", "USA", "LTU", "CIS", "non-CIS", "EU", "Africa",
            "Asia", "global-majority", "EAEU"]
COMMODITIES = ["potash", "urea", "dap", "tsp", "phosphate_rock"]


def make_claims(count: int, seed: int) -> list[Claim]:
    rng = random.Random(seed)
    claims = []
    for index in range(count):
        kind = rng.choice(["level", "change", "share", "ratio", "growth", "trend", "shift"])
        year = rng.randint(1996, 2026)
        monthly = rng.random() < 0.5
        if monthly:
            last = rng.randint(1, 12)
            period = Period(f"{year}-01", f"{year}-{last:02d}", f"{year - 1}-01", f"{year - 1}-{last:02d}")
        else:
            period = Period(str(year), str(year), str(year - 1), str(year - 1))
        partner = rng.choice([None, None, *PARTNERS])
        indicator = rng.choice(["exports", "imports", "trade", "trade_balance"])
        subject = Subject(indicator, "BLR", partner)
        against = None
        claimed = Quantity(rng.uniform(-50, 50), "%", rng.choice(["eq", "approx", "over", "under", "almost"]), 1, 1)
        if kind == "level":
            claimed = Quantity(rng.uniform(1, 40) * 1e9, "USD", "eq", 1, 1e9)
        elif kind in ("share", "shift"):
            subject = Subject(rng.choice(["exports", "imports", "trade"]), "BLR", rng.choice(PARTNERS))
            against = Subject(subject.indicator, "BLR", None)
            if kind == "shift":
                claimed = Quantity(None, "%", rng.choice(["rising", "falling"]))
        elif kind in ("ratio", "growth"):
            against = Subject("imports" if indicator == "exports" else "exports", "BLR", partner)
            claimed = Quantity(rng.choice([0.5, 1.5, 2, 3]), "ratio", "eq", 1, 1)
        elif kind == "trend":
            if rng.random() < 0.5:
                subject = Subject("price", "world", None, rng.choice(COMMODITIES))
            elif rng.random() < 0.5:
                subject = Subject("exports", rng.choice(["CHN", "DEU", "POL", "RUS"]), "BLR")
            claimed = Quantity(None, None, rng.choice(["rising", "falling"]))
        date = f"{min(year + 1, 2026)}-0{rng.randint(1, 9)}"
        claims.append(Claim(id=str(index), text=f"benchmark claim {index}", source=Source(path="bench", date=date),
                            kind=kind, subject=subject, period=period, against=against, claimed=claimed))
    return claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    claims = make_claims(args.claims, args.seed)
    start = time.perf_counter()
    store = EvidenceStore.load()
    loaded = time.perf_counter()
    verdicts = check(claims, store)
    done = time.perf_counter()
    outcomes: dict[str, int] = {}
    for verdict in verdicts:
        outcomes[verdict.outcome] = outcomes.get(verdict.outcome, 0) + 1
    print(f"claims checked:        {len(verdicts):,}")
    print(f"load evidence:         {loaded - start:.2f} s")
    print(f"check claims:          {done - loaded:.2f} s ({len(verdicts) / (done - loaded):,.0f} claims/s)")
    print(f"load + check:          {done - start:.2f} s (target < 5 s)")
    print("outcomes:              " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))


if __name__ == "__main__":
    main()

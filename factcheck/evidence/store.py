"""Look-ups: (indicator, entity, partner, commodity, period) → a value with its provenance, or a gap.

How a value is found, in order:

1. **Derived indicators** are built from their parts: ``trade`` = exports + imports, ``trade_balance``
   = exports − imports, each part looked up on its own.
2. **Which series.** Datasets are tried by their ``priority`` (lower first). Within a dataset that has
   several vintages, the newest vintage published by the statement's date is tried first; a vintage
   published later is used only when no earlier one covers the period, and the result says so.
3. **Which rows.** A named partner or entity is looked up directly. A group partner (``non-CIS``) is
   summed from its member countries, and the result says how much of the total the members cover. A
   bilateral flow missing from the reporter's side is taken from the partner's mirror figure
   (China's exports to Belarus ≈ Belarus's imports from China), and the result says so.
4. **Which frequency.** Whole years from annual rows; otherwise the months (or quarters) of the period,
   summed for flows and averaged for prices (the resource's ``aggregation``).

A look-up never raises for missing data: it returns a :class:`Gap` that says what is missing and the
latest period that does exist.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.evidence.package import EvidencePackage, ResourceInfo, load_package
from factcheck.model import EvidenceItem, Subject
from factcheck.periods import MONTH_NAMES, Span, month_label

DERIVED = {"trade": (("exports", 1), ("imports", 1)), "trade_balance": (("exports", 1), ("imports", -1))}
FLOW_MIRROR = {"exports": "imports", "imports": "exports"}
INDICATOR_WORDS = {"exports": "exports", "imports": "imports", "trade": "trade (exports + imports)",
                   "trade_balance": "trade balance (exports − imports)", "price": "price"}
WORLD = ("", "world", None)

Key = tuple[str, str, str, str]  # indicator, entity, partner, commodity


@dataclass(frozen=True)
class Observation:
    """A value for a subject over a span, in whole units, with the numbers it was made from."""

    value: float
    unit: str
    span: Span
    resource: ResourceInfo
    items: tuple[EvidenceItem, ...]
    notes: tuple[str, ...] = ()
    working: str | None = None

    @property
    def scaled(self) -> float:
        """The value in the series' own scale (USD million rather than USD)."""
        return self.value / self.resource.scale


@dataclass(frozen=True)
class Gap:
    """What the evidence lacks for a look-up, and what it does have nearby."""

    missing: str
    latest: Span | None = None
    nearest: str | None = None
    notes: tuple[str, ...] = ()


@dataclass
class _Series:
    series: str
    values: dict[str, float] = field(default_factory=dict)


class EvidenceStore:
    """All observation resources of a package, indexed for fast look-ups."""

    def __init__(self, package: EvidencePackage) -> None:
        self.package = package
        self.groups = package.groups
        self.resources = package.resources
        # key -> resource -> (frequency, adjustment) -> series
        self._index: dict[Key, dict[str, dict[tuple[str, str], _Series]]] = defaultdict(
            lambda: defaultdict(dict))
        frame = package.observations
        columns = [frame[c].tolist() for c in ("indicator", "entity", "partner", "commodity", "resource",
                                               "frequency", "adjustment", "series", "period", "value")]
        for indicator, entity, partner, commodity, resource, frequency, adjustment, series, period, value in zip(
                *columns, strict=True):
            slot = self._index[(indicator, entity, partner, commodity)][resource]
            bucket = slot.get((frequency, adjustment))
            if bucket is None:
                bucket = slot[(frequency, adjustment)] = _Series(series)
            bucket.values[period] = float(value)
        self._datasets: dict[str, list[ResourceInfo]] = defaultdict(list)
        for info in self.resources.values():
            self._datasets[info.dataset].append(info)

    @classmethod
    def load(cls, directory: str | Path | None = None) -> EvidenceStore:
        return cls(load_package(directory))

    # --- describing subjects -------------------------------------------------------------------------

    def place(self, code: str | None) -> str:
        if code in WORLD:
            return "the world"
        return self.groups.country_name(code)

    def describe(self, subject: Subject) -> str:
        """``Belarus's exports to countries outside the CIS (broad)`` — for explanations."""
        indicator = subject.indicator or "?"
        if indicator == "price":
            return f"the price of {subject.commodity or 'the commodity'}"
        what = INDICATOR_WORDS.get(indicator, indicator.replace("_", " "))
        owner = self.place(subject.entity)
        text = f"{owner}'s {what}" if subject.entity not in WORLD else f"world {what}"
        if subject.partner not in WORLD:
            preposition = {"exports": "to", "imports": "from"}.get(indicator, "with")
            text += f" {preposition} {self.place(subject.partner)}"
        if subject.commodity and indicator != "price":
            text += f" of {subject.commodity}"
        return text

    def group_definition(self, code: str | None) -> str | None:
        group = self.groups.get(code) if code else None
        return f"{group.label}: {group.definition}" if group and group.definition else None

    # --- look-ups ------------------------------------------------------------------------------------

    def lookup(self, subject: Subject, span: Span, as_of: int | None = None) -> Observation | Gap:
        if not subject.indicator:
            return Gap("the claim does not say what is measured")
        if subject.entity is None:
            return Gap("the claim does not say whose figure it is (no country)")
        if subject.indicator in DERIVED:
            return self._derived(subject, span, as_of)
        return self._base(subject, span, as_of)

    def _derived(self, subject: Subject, span: Span, as_of: int | None) -> Observation | Gap:
        parts: list[tuple[Observation, int]] = []
        for indicator, sign in DERIVED[subject.indicator]:
            part = self._base(_with(subject, indicator=indicator), span, as_of)
            if isinstance(part, Gap):
                return Gap(part.missing, part.latest, part.nearest, part.notes)
            parts.append((part, sign))
        first = parts[0][0]
        if any(p.unit != first.unit or p.resource.scale != first.resource.scale for p, _ in parts):
            return Gap(f"the parts of {self.describe(subject)} are in different units")
        value = sum(sign * p.value for p, sign in parts)
        scaled = " ".join(("" if i == 0 else ("+ " if sign > 0 else "− ")) + fmt(p.scaled)
                          for i, (p, sign) in enumerate(parts))
        working = f"{scaled} = {fmt(value / first.resource.scale)} ({first.resource.unit_label})"
        notes = tuple(dict.fromkeys(n for p, _ in parts for n in p.notes))
        items = tuple(i for p, _ in parts for i in p.items)
        return Observation(value, first.unit, span, first.resource, items, notes, working)

    def _base(self, subject: Subject, span: Span, as_of: int | None) -> Observation | Gap:
        attempts = self._attempts(subject)
        if not attempts:
            return Gap(f"no series for {self.describe(subject)}", nearest=self._nearest_other(subject))
        for info, keys, note in self._ordered(attempts, as_of):
            found = self._cover(info, keys, span)
            if found is None:
                continue
            value, items = found
            notes = [note] if note else []
            notes.extend(self._vintage_note(info, as_of, span, attempts))
            if len(keys) > 1:
                notes.append(self._coverage_note(subject, info, keys, span, value))
            if subject.partner not in WORLD and subject.partner in self.groups:
                definition = self.group_definition(subject.partner)
                if definition:
                    notes.append(f"Group used — {definition}")
            return Observation(value * info.scale, info.unit, span, info, tuple(items), tuple(notes))
        latest = self.latest_year(subject, as_of=None)
        return Gap(f"no series covers {self.describe(subject)} for {span.label()}", latest,
                   self._latest_text(subject, latest))

    def _attempts(self, subject: Subject) -> list[tuple[ResourceInfo, list[Key], str | None]]:
        """Every (resource, keys to sum, note) that could answer for this subject."""
        indicator, commodity = subject.indicator or "", subject.commodity or ""
        entity = subject.entity or ""
        partner = "" if subject.partner in WORLD else subject.partner or ""
        found: list[tuple[ResourceInfo, list[Key], str | None]] = []

        def add(keys: list[Key], note: str | None) -> None:
            by_resource: dict[str, list[Key]] = defaultdict(list)
            for key in keys:
                for resource in self._index.get(key, {}):
                    by_resource[resource].append(key)
            for resource, resource_keys in by_resource.items():
                found.append((self.resources[resource], resource_keys, note))

        direct: Key = (indicator, entity, partner, commodity)
        add([direct], None)
        if partner and partner in self.groups and partner != "world":
            members = sorted(self.groups.members(partner) - {entity})
            add([(indicator, entity, m, commodity) for m in members], None)
        if entity in self.groups and entity != "world" and not found:
            members = sorted(self.groups.members(entity) - {partner})
            add([(indicator, m, partner, commodity) for m in members], None)
        mirror = FLOW_MIRROR.get(indicator)
        if mirror and partner and partner not in self.groups and entity not in self.groups:
            note = (f"Mirror statistics: figures as reported by {self.place(partner)} "
                    f"({self.place(partner)}'s {mirror} from {self.place(entity)}); the two sides' "
                    "figures differ (valuation, timing, transit).")
            add([(mirror, partner, entity, commodity)], note)
        return found

    def _ordered(self, attempts: list[tuple[ResourceInfo, list[Key], str | None]], as_of: int | None):
        def rank(attempt: tuple[ResourceInfo, list[Key], str | None]) -> tuple:
            info, _, note = attempt
            released = _month_of(info.released)
            known = as_of is None or released is None or released <= as_of
            # mirror figures come after the reporter's own; earlier-known vintages first, newest of them first
            return (note is not None, info.priority, info.dataset, not known,
                    -(released or 0) if known else (released or 0))

        return sorted(attempts, key=rank)

    def _vintage_note(self, info: ResourceInfo, as_of: int | None, span: Span, attempts) -> list[str]:
        released = _month_of(info.released)
        if as_of is None or released is None or released <= as_of:
            return []
        earlier = [a for a, _, _ in attempts if a.dataset == info.dataset and a.name != info.name
                   and (_month_of(a.released) or 0) <= as_of]
        text = (f"Figures from {info.source_label}, published after the statement ({info.released}).")
        if earlier:
            text += (f" The vintage available at the statement's date ({earlier[0].vintage}) does not cover "
                     f"{span.label()}.")
        return [text]

    def _coverage_note(self, subject: Subject, info: ResourceInfo, keys: list[Key], span: Span,
                       value: float) -> str:
        """How much of the total the summed members cover ("covers 97.2 % of exports to the world")."""
        indicator, entity, _, commodity = keys[0]
        used = sum(1 for key in keys if self._cover(info, [key], span) is not None)
        total = self._cover(info, [(indicator, entity, "", commodity)], span)
        text = f"Sum over {used} {self.place(subject.partner)} economies with data in {info.source_label}"
        if total and total[0]:
            share = 100 * value / total[0]
            text += (f"; they account for {share:.1f} % of {self.place(entity)}'s {indicator} to the world "
                     f"in {span.label()}")
        return text + "."

    def _cover(self, info: ResourceInfo, keys: list[Key], span: Span) -> tuple[float, list[EvidenceItem]] | None:
        """The span's value summed over ``keys`` from one resource, or None if the span is not covered.

        For a group (several keys) the span counts as covered when the resource has data for it at
        all: members without a row for it contribute nothing.
        """
        total, items, covered = 0.0, [], False
        per_key: list[float] = []
        for key in keys:
            slots = self._index.get(key, {}).get(info.name)
            if not slots:
                continue
            found = _aggregate(slots, span, info.aggregation)
            if found is None:
                continue
            value, series, periods = found
            covered = True
            total += value
            per_key.append(value)
            if len(keys) == 1:
                items.append(EvidenceItem(series=f"{info.name}:{series}", period=periods, value=round(value, 6),
                                          unit=info.unit_label, source=info.source_label))
        if not covered:
            return None
        if info.aggregation == "mean" and per_key:
            total = total / len(per_key)
        if len(keys) > 1:
            items.append(EvidenceItem(series=f"{info.name}:{_series_of(self._index, keys, info.name)}",
                                      period=span.iso(), value=round(total, 6), unit=info.unit_label,
                                      source=info.source_label,
                                      note=f"sum over {len(per_key)} economies"))
        return total, items

    # --- what exists ---------------------------------------------------------------------------------

    def latest_year(self, subject: Subject, as_of: int | None = None) -> Span | None:
        """The latest calendar year for which a look-up of ``subject`` succeeds (searching back 40 years)."""
        years = self.years_covered(subject, as_of)
        return Span.year(years[-1]) if years else None

    def years_covered(self, subject: Subject, as_of: int | None = None, back: int = 40) -> list[int]:
        if subject.indicator in DERIVED:
            parts = [set(self.years_covered(_with(subject, indicator=i), as_of, back))
                     for i, _ in DERIVED[subject.indicator]]
            return sorted(set.intersection(*parts)) if parts else []
        attempts = self._attempts(subject)
        if not attempts:
            return []
        candidate_years: set[int] = set()
        for info, keys, _ in attempts:
            for key in keys:
                for slot in self._index.get(key, {}).get(info.name, {}).values():
                    candidate_years.update(int(p[:4]) for p in slot.values)
        limit = (as_of // 12) if as_of is not None else None
        years = sorted(y for y in candidate_years if limit is None or y <= limit)[-back:]
        return [y for y in years if any(self._cover(info, keys, Span.year(y)) is not None
                                        for info, keys, _ in attempts)]

    def annual(self, subject: Subject, years: list[int], as_of: int | None = None) -> dict[int, Observation]:
        found = {}
        for year in years:
            obs = self.lookup(subject, Span.year(year), as_of)
            if isinstance(obs, Observation):
                found[year] = obs
        return found

    def monthly(self, subject: Subject, first: int, last: int, as_of: int | None = None) -> dict[str, float]:
        """Monthly values (series scale) between two month indexes, where the store has them."""
        out: dict[str, float] = {}
        for index in range(first, last + 1):
            obs = self.lookup(subject, Span(index, index), as_of)
            if isinstance(obs, Observation):
                out[month_label(index)] = obs.scaled
        return out

    def _latest_text(self, subject: Subject, latest: Span | None) -> str | None:
        if latest is None:
            return self._nearest_other(subject)
        obs = self.lookup(subject, latest)
        if isinstance(obs, Gap):
            return None
        return (f"{self.describe(subject)}, {latest.label()}: {fmt(obs.scaled)} {obs.resource.unit_label} "
                f"({obs.resource.source_label})")

    def _nearest_other(self, subject: Subject) -> str | None:
        """When nothing at all exists for a subject, name the closest thing that does."""
        if subject.commodity and subject.indicator != "price":
            broader = _with(subject, commodity=None)
            latest = self.latest_year(broader)
            if latest:
                return self._latest_text(broader, latest) + " — all goods, no product breakdown"
        if subject.partner not in WORLD:
            broader = _with(subject, partner=None)
            latest = self.latest_year(broader)
            if latest:
                return self._latest_text(broader, latest) + " — totals only, no partner breakdown"
        return None


def _with(subject: Subject, **changes: str | None) -> Subject:
    data = subject.to_dict()
    data.update(changes)
    return Subject(**data)


def _month_of(date: str | None) -> int | None:
    if not date:
        return None
    parts = date.split("-")
    return int(parts[0]) * 12 + (int(parts[1]) - 1 if len(parts) > 1 else 11)


def _series_of(index, keys: list[Key], resource: str) -> str:
    for key in keys:
        for slot in index.get(key, {}).get(resource, {}).values():
            return slot.series
    return "?"


def _aggregate(slots: dict[tuple[str, str], _Series], span: Span, aggregation: str
               ) -> tuple[float, str, str] | None:
    """(value, series id, period text) for ``span`` from the best frequency that covers it exactly."""
    preferred = sorted(slots, key=lambda fa: fa[1] == "sa")  # unadjusted figures add up; adjusted ones don't
    wanted = [("annual", [str(y) for y in span.years]) if span.whole_years else None,
              ("monthly", span.month_labels()),
              ("quarterly", span.quarter_labels())]
    for option in wanted:
        if option is None or option[1] is None:
            continue
        frequency, periods = option
        for slot_key in preferred:
            if slot_key[0] != frequency:
                continue
            series = slots[slot_key]
            if all(p in series.values for p in periods):
                values = [series.values[p] for p in periods]
                value = sum(values) if aggregation == "sum" else sum(values) / len(values)
                text = periods[0] if len(periods) == 1 else f"{periods[0]}/{periods[-1]}"
                return value, series.series, text
    return None


def fmt(value: float, decimals: int = 1) -> str:
    """Numbers for readers: thousands separators, a real minus sign."""
    text = f"{abs(value):,.{decimals}f}"
    return f"−{text}" if value < 0 and float(text.replace(",", "")) != 0 else text


__all__ = ["MONTH_NAMES", "EvidenceStore", "Gap", "Observation", "fmt"]

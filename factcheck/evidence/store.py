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

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from factcheck.evidence.package import EvidencePackage, ResourceInfo, load_package
from factcheck.model import EvidenceItem, Subject
from factcheck.periods import Span, month_label

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


class _Covered(NamedTuple):
    value: float
    items: list[EvidenceItem]
    members: int = 0  # how many member economies had data, for a group


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: attempts are made once per subject
class _Attempt:
    """One way to answer from one resource: keys to add, keys to subtract, or a group's members to sum."""

    resource: ResourceInfo
    plus: tuple[Key, ...]
    minus: tuple[Key, ...] = ()
    note: str | None = None
    group: str | None = None
    members: tuple[Key, ...] = ()


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
        # look-ups repeat across claims and across the years of a chart: remember them
        self._releases = sorted({m for info in self.resources.values() if (m := _month_of(info.released)) is not None})
        self._lookup_cache: dict[tuple[Subject, tuple[Span, ...], int], tuple[Observation, ...] | Gap] = {}
        self._attempts_cache: dict[Subject, list[_Attempt]] = {}
        self._cover_cache: dict[tuple[_Attempt, Span], _Covered | None] = {}
        self._years_cache: dict[tuple[Subject, int | None], list[int]] = {}

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
        if subject.partner in WORLD and indicator in ("exports", "imports", "trade"):
            what = f"total {what}"  # "Belarus's total exports", not to be read as exports to someone
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
        found = self.lookup_spans(subject, (span,), as_of)
        return found if isinstance(found, Gap) else found[0]

    def lookup_spans(self, subject: Subject, spans: tuple[Span, ...], as_of: int | None = None
                     ) -> tuple[Observation, ...] | Gap:
        """Values for several spans from one and the same series, so comparisons never mix vintages."""
        key = (subject, spans, self._epoch(as_of))
        if key not in self._lookup_cache:
            if len(self._lookup_cache) > 200_000:  # bounded: a long batch must not grow without limit
                self._lookup_cache.clear()
            self._lookup_cache[key] = self._lookup_spans(subject, spans, as_of)
        return self._lookup_cache[key]

    def _epoch(self, as_of: int | None) -> int:
        """Statement dates between two releases see the same vintages, so their look-ups are the same."""
        return len(self._releases) if as_of is None else bisect_right(self._releases, as_of)

    def _lookup_spans(self, subject: Subject, spans: tuple[Span, ...], as_of: int | None
                      ) -> tuple[Observation, ...] | Gap:
        if not subject.indicator:
            return Gap("the claim does not say what is measured")
        if subject.entity is None:
            return Gap("the claim does not say whose figure it is (no country)")
        if subject.indicator in DERIVED:
            return self._derived(subject, spans, as_of)
        return self._base(subject, spans, as_of)

    def _derived(self, subject: Subject, spans: tuple[Span, ...], as_of: int | None
                 ) -> tuple[Observation, ...] | Gap:
        parts: list[tuple[tuple[Observation, ...], int]] = []
        for indicator, sign in DERIVED[subject.indicator or ""]:
            part_subject = _with(subject, indicator=indicator)
            part = self._base(part_subject, spans, as_of)
            if isinstance(part, Gap):
                missing = part.missing.replace(self.describe(part_subject), self.describe(subject))
                latest = self.latest_year(subject)
                return Gap(missing, latest, self._latest_text(subject, latest), part.notes)
            parts.append((part, sign))
        combined = []
        for index, span in enumerate(spans):
            pieces = [(obs[index], sign) for obs, sign in parts]
            first = pieces[0][0]
            if any(p.unit != first.unit or p.resource.scale != first.resource.scale for p, _ in pieces):
                return Gap(f"the parts of {self.describe(subject)} are in different units")
            value = sum(sign * p.value for p, sign in pieces)
            scaled = " ".join(("" if i == 0 else ("+ " if sign > 0 else "− ")) + fmt(p.scaled)
                              for i, (p, sign) in enumerate(pieces))
            working = f"{scaled} = {fmt(value / first.resource.scale)} ({first.resource.unit_label})"
            notes = tuple(dict.fromkeys(n for p, _ in pieces for n in p.notes))
            items = tuple(i for p, _ in pieces for i in p.items)
            combined.append(Observation(value, first.unit, span, first.resource, items, notes, working))
        return tuple(combined)

    def _base(self, subject: Subject, spans: tuple[Span, ...], as_of: int | None
              ) -> tuple[Observation, ...] | Gap:
        attempts = self._attempts(subject)
        if not attempts:
            return Gap(f"no series for {self.describe(subject)}", nearest=self._nearest_other(subject),
                       notes=self._broken_note())
        for attempt in self._ordered(attempts, as_of):
            covered = [self._cover(attempt, span) for span in spans]
            if any(c is None for c in covered):
                continue
            info = attempt.resource
            observations = []
            for span, found in zip(spans, covered, strict=True):
                assert found is not None
                value, items, members = found
                notes = [attempt.note] if attempt.note else []
                notes.extend(self._vintage_note(info, as_of, attempts))
                if attempt.group:
                    notes.append(self._coverage_note(attempt, span, value, members))
                    definition = self.group_definition(attempt.group)
                    if definition:
                        notes.append(f"Group used — {definition}")
                observations.append(Observation(value * info.scale, info.unit, span, info, tuple(items),
                                                tuple(notes)))
            return tuple(observations)
        latest = self.latest_year(subject, as_of=None)
        wanted = " and ".join(span.label() for span in spans)
        return Gap(f"no series covers {self.describe(subject)} for {wanted}", latest,
                   self._latest_text(subject, latest), self._broken_note())

    def _attempts(self, subject: Subject) -> list[_Attempt]:
        """Every way one resource could answer for this subject."""
        if subject not in self._attempts_cache:
            self._attempts_cache[subject] = self._find_attempts(subject)
        return self._attempts_cache[subject]

    def _find_attempts(self, subject: Subject) -> list[_Attempt]:
        indicator, commodity = subject.indicator or "", subject.commodity or ""
        entity = subject.entity or ""
        partner = "" if subject.partner in WORLD else subject.partner or ""
        found: list[_Attempt] = []

        def add(plus: list[Key], minus: list[Key] | None = None, note: str | None = None,
                group: str | None = None) -> None:
            for resource in {r for key in plus for r in self._index.get(key, {})}:
                found.append(_Attempt(self.resources[resource], tuple(plus), tuple(minus or ()), note, group))

        def add_members(group: str, members: list[Key]) -> None:
            for resource in {r for key in members for r in self._index.get(key, {})}:
                found.append(_Attempt(self.resources[resource], (), (), None, group, tuple(members)))

        add([(indicator, entity, partner, commodity)])
        if partner and partner in self.groups and partner != "world":
            complement = self.groups.complement_of(partner)
            if complement and self.resources_with((indicator, entity, "", commodity)):
                # "outside the CIS" is the total less the CIS, as statistics offices count it: trade not
                # allocated to any country stays in
                members = sorted(self.groups.members(complement) - {entity})
                add([(indicator, entity, "", commodity)], [(indicator, entity, m, commodity) for m in members],
                    group=partner)
            add_members(partner, [(indicator, entity, m, commodity)
                                  for m in sorted(self.groups.members(partner) - {entity})])
        if entity in self.groups and entity != "world" and not found:
            add_members(entity, [(indicator, m, partner, commodity)
                                 for m in sorted(self.groups.members(entity) - {partner})])
        mirror = FLOW_MIRROR.get(indicator)
        if mirror and partner and partner not in self.groups and entity not in self.groups:
            note = (f"Mirror statistics: figures as reported by {self.place(partner)} "
                    f"({self.place(partner)}'s {mirror} from {self.place(entity)}); the two sides' "
                    "figures differ (valuation, timing, transit).")
            add([(mirror, partner, entity, commodity)], note=note)
        return found

    def _broken_note(self) -> tuple[str, ...]:
        """A gap may be a broken file's doing: say so, so nobody reads "no series" as "no such data"."""
        broken = sorted({Path(p.path).name for p in self.package.problems if p.path})
        if not broken:
            return ()
        return (f"Evidence left out because it is broken: {', '.join(broken)} "
                "(see `factcheck evidence validate`).",)

    def resources_with(self, key: Key) -> list[str]:
        return list(self._index.get(key, {}))

    def _ordered(self, attempts: list[_Attempt], as_of: int | None) -> list[_Attempt]:
        def rank(attempt: _Attempt) -> tuple:
            info = attempt.resource
            released = _month_of(info.released)
            known = as_of is None or released is None or released <= as_of
            # the reporter's own figures before mirror figures; a total less a group before a sum of
            # members; vintages known at the statement's date first, newest of them first
            return (attempt.note is not None, info.priority, info.dataset, not attempt.minus and attempt.group is
                    not None, not known, -(released or 0) if known else (released or 0))

        return sorted(attempts, key=rank)

    def _vintage_note(self, info: ResourceInfo, as_of: int | None, attempts: list[_Attempt]) -> list[str]:
        released = _month_of(info.released)
        if as_of is None or released is None or released <= as_of:
            return []
        earlier = [a.resource for a in attempts if a.resource.dataset == info.dataset
                   and a.resource.name != info.name and (_month_of(a.resource.released) or 0) <= as_of]
        text = f"Figures from {info.source_label}, published after the statement ({info.released})."
        if earlier:
            text += (f" The vintage available at the statement's date ({earlier[0].vintage}) does not cover "
                     "the period.")
        return [text]

    def _coverage_note(self, attempt: _Attempt, span: Span, value: float, used: int) -> str:
        """How the group figure was made, and what share of the total it is."""
        info = attempt.resource
        group = attempt.group or ""
        if attempt.minus:
            complement = self.groups.complement_of(group) or ""
            return (f"{upper_first(self.place(group))}: the total with the world less the {used} economies of "
                    f"{self.place(complement)} with data ({info.source_label}); trade not allocated to any "
                    "country is included.")
        indicator, entity, _, commodity = attempt.members[0]
        total = self._cover_key(info, (indicator, entity, "", commodity), span)
        text = f"Sum over the {used} economies of {self.place(group)} with data in {info.source_label}"
        if total and total[0]:
            share = 100 * value / total[0]
            direction = {"exports": "to", "imports": "from"}.get(indicator, "with")
            text += (f"; they account for {share:.1f} % of {self.place(entity)}'s {indicator} {direction} the "
                     f"world in {span.label()}")
        return text + "."

    def _cover(self, attempt: _Attempt, span: Span) -> _Covered | None:
        key = (attempt, span)
        if key not in self._cover_cache:
            if len(self._cover_cache) > 500_000:  # bounded: a long batch must not grow without limit
                self._cover_cache.clear()
            self._cover_cache[key] = self._compute_cover(attempt, span)
        return self._cover_cache[key]

    def _compute_cover(self, attempt: _Attempt, span: Span) -> _Covered | None:
        """The span's value from one resource, or None if the resource does not cover the span.

        A direct series must cover the span itself. A group summed from members counts as covered when
        any member has data for the span (members without a row contribute nothing); a total less a
        group needs the total.
        """
        info = attempt.resource
        if attempt.members:  # a sum over a group's members
            parts = [self._cover_key(info, key, span) for key in attempt.members]
            found = [p for p in parts if p is not None]
            if not found:
                return None
            values = [value for value, _, _ in found]
            total = sum(values) if info.aggregation == "sum" else sum(values) / len(values)
            item = EvidenceItem(series=f"{info.name}:{found[0][1]}", period=span.iso(), value=round(total, 6),
                                unit=info.unit_label, source=info.source_label,
                                note=f"sum over {len(found)} economies of {self.place(attempt.group)}")
            return _Covered(total, [item], len(found))
        plus = [self._cover_key(info, key, span) for key in attempt.plus]
        if any(p is None for p in plus):
            return None
        found_plus = [p for p in plus if p is not None]
        items = [EvidenceItem(series=f"{info.name}:{series}", period=periods, value=round(value, 6),
                              unit=info.unit_label, source=info.source_label)
                 for value, series, periods in found_plus]
        total = sum(value for value, _, _ in found_plus)
        if len(plus) > 1 and info.aggregation == "mean":
            total /= len(plus)
        if attempt.minus:
            minus = [m for m in (self._cover_key(info, key, span) for key in attempt.minus) if m is not None]
            if not minus:  # this resource has the total but not the group to take from it
                return None
            subtracted = sum(value for value, _, _ in minus)
            complement = self.groups.complement_of(attempt.group or "") or ""
            items.append(EvidenceItem(series=f"{info.name}:{minus[0][1] if minus else '?'}", period=span.iso(),
                                      value=round(subtracted, 6), unit=info.unit_label, source=info.source_label,
                                      note=f"sum over {len(minus)} economies of {self.place(complement)}, "
                                           "subtracted"))
            total -= subtracted
            return _Covered(total, items, len(minus))
        return _Covered(total, items)

    def _cover_key(self, info: ResourceInfo, key: Key, span: Span) -> tuple[float, str, str] | None:
        slots = self._index.get(key, {}).get(info.name)
        return _aggregate(slots, span, info.aggregation) if slots else None

    # --- what exists ---------------------------------------------------------------------------------

    def latest_year(self, subject: Subject, as_of: int | None = None) -> Span | None:
        """The latest calendar year for which a look-up of ``subject`` succeeds (searching back 40 years)."""
        years = self.years_covered(subject, as_of)
        return Span.year(years[-1]) if years else None

    def years_covered(self, subject: Subject, as_of: int | None = None, back: int = 40) -> list[int]:
        """The calendar years (at most ``back`` of the latest) a look-up of ``subject`` succeeds for."""
        key = (subject, None if as_of is None else as_of // 12)
        if key not in self._years_cache:
            self._years_cache[key] = self._find_years(subject, as_of, back)
        return self._years_cache[key]

    def _find_years(self, subject: Subject, as_of: int | None, back: int) -> list[int]:
        if subject.indicator in DERIVED:
            parts = [set(self.years_covered(_with(subject, indicator=i), as_of))
                     for i, _ in DERIVED[subject.indicator]]
            return sorted(set.intersection(*parts)) if parts else []
        attempts = self._attempts(subject)
        if not attempts:
            return []
        candidate_years: set[int] = set()
        for attempt in attempts:
            for key in attempt.plus + attempt.members:
                for slot in self._index.get(key, {}).get(attempt.resource.name, {}).values():
                    candidate_years.update(int(p[:4]) for p in slot.values)
        limit = (as_of // 12) if as_of is not None else None
        years = sorted(y for y in candidate_years if limit is None or y <= limit)[-back:]
        return [y for y in years if any(self._cover(attempt, Span.year(y)) is not None for attempt in attempts)]

    def annual(self, subject: Subject, years: list[int], as_of: int | None = None) -> dict[int, Observation]:
        found = {}
        for year in years:
            obs = self.lookup(subject, Span.year(year), as_of)
            if isinstance(obs, Observation):
                found[year] = obs
        return found

    def monthly(self, subject: Subject, first: int, last: int, as_of: int | None = None) -> dict[str, float]:
        """Monthly values (series scale) between two month indexes, from one series, where it has them."""
        if subject.indicator in DERIVED:
            parts = [(self.monthly(_with(subject, indicator=i), first, last, as_of), sign)
                     for i, sign in DERIVED[subject.indicator]]
            common = set.intersection(*(set(values) for values, _ in parts))
            return {m: sum(sign * values[m] for values, sign in parts) for m in sorted(common)}
        for attempt in self._ordered(self._attempts(subject), as_of):
            values = {}
            for index in range(first, last + 1):
                found = self._cover(attempt, Span(index, index))
                if found is not None:
                    values[month_label(index)] = found.value
            if values:
                return values
        return {}

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
    return replace(subject, **changes)


@lru_cache(maxsize=256)
def _month_of(date: str | None) -> int | None:
    if not date:
        return None
    parts = date.split("-")
    return int(parts[0]) * 12 + (int(parts[1]) - 1 if len(parts) > 1 else 11)


def _aggregate(slots: dict[tuple[str, str], _Series], span: Span, aggregation: str
               ) -> tuple[float, str, str] | None:
    """(value, series id, period text) for ``span`` from the best frequency that covers it exactly.

    Whole years come from annual rows, then months, then quarters; unadjusted figures before seasonally
    adjusted ones (unadjusted months add up to the year, adjusted ones need not).
    """
    for frequency in ("annual", "monthly", "quarterly"):
        for adjustment in ("", "nsa", "sa"):
            series = slots.get((frequency, adjustment))
            if series is None:
                continue
            periods = _periods(span, frequency)
            if periods is None:
                break
            values = series.values
            if all(p in values for p in periods):
                found = [values[p] for p in periods]
                value = sum(found) if aggregation == "sum" else sum(found) / len(found)
                text = periods[0] if len(periods) == 1 else f"{periods[0]}/{periods[-1]}"
                return value, series.series, text
    return None


@lru_cache(maxsize=4096)
def _periods(span: Span, frequency: str) -> tuple[str, ...] | None:
    """The period labels that make up ``span`` at a frequency, or None when it does not divide evenly."""
    if frequency == "annual":
        return tuple(str(y) for y in span.years) if span.whole_years else None
    if frequency == "quarterly":
        quarters = span.quarter_labels()
        return tuple(quarters) if quarters else None
    return tuple(span.month_labels())


def upper_first(text: str) -> str:
    """``str.capitalize`` without lower-casing the rest ("CIS" stays "CIS")."""
    return text[:1].upper() + text[1:]


def signed(value: float, decimals: int = 1) -> str:
    """A change for readers: ``+17.8``, ``−23.0``."""
    text = fmt(value, decimals)
    return text if text.startswith("−") or float(text.replace(",", "")) == 0 else f"+{text}"


def fmt(value: float, decimals: int = 1) -> str:
    """Numbers for readers: thousands separators, a real minus sign."""
    text = f"{abs(value):,.{decimals}f}"
    return f"−{text}" if value < 0 and float(text.replace(",", "")) != 0 else text


__all__ = ["EvidenceStore", "Gap", "Observation", "fmt", "signed", "upper_first"]

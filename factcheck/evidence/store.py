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
5. **Which currency.** A look-up may ask for a currency (``currency="USD"``). Series already in it are
   tried first; a series in another currency is converted period by period at the average exchange rate
   of the same frequency (the annual average for annual values, each month's average for monthly
   values), from the folder's ``exchange_rate`` series (entity = base currency, partner = quoted currency,
   value = units of the partner per unit of the entity: the ECB's 1.18274 USD per EUR). The result says
   which rates were used; with no rate for the pair and period, the look-up is a gap naming the missing
   rate series.

A look-up never raises for missing data: it returns a :class:`Gap` that says what is missing and the
latest period that does exist.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from factcheck.evidence.package import MONEY_UNIT, EvidencePackage, ResourceInfo, load_package
from factcheck.model import EvidenceItem, Subject
from factcheck.periods import Span, month_label

DERIVED = {"trade": (("exports", 1), ("imports", 1)), "trade_balance": (("exports", 1), ("imports", -1))}
FLOW_MIRROR = {"exports": "imports", "imports": "exports"}
INDICATOR_WORDS = {"exports": "exports", "imports": "imports", "trade": "trade (exports + imports)",
                   "trade_balance": "trade balance (exports − imports)", "price": "price"}
WORLD = ("", "world", None)
RATE = "exchange_rate"

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
    frequency: str = ""  # the frequency of the rows the value was made from


class _Rate(NamedTuple):
    """Units of the wanted currency per unit of the series' currency, for one period, and how it was got."""

    value: float
    text: str  # "1.18274 USD per EUR", or both legs of a cross rate
    step: str  # the working: "× 1.18274", "÷ 1.18274", or "× 7.62823 ÷ 1.18274" for a cross rate
    items: tuple[EvidenceItem, ...]
    source: str


class _Converter:
    """Turns one observation in the series' currency into the wanted one, with the working and the rates."""

    def __init__(self, store: EvidenceStore, info: ResourceInfo, source: str, target: str, frequency: str,
                 parts: list[tuple[str, float, _Rate]]) -> None:
        self.store, self.info, self.source, self.target = store, info, source, target
        self.frequency, self.parts = frequency, parts

    def __call__(self, observation: Observation) -> Observation:
        info, source, target = self.info, self.source, self.target
        converted = [value * rate.value for _, value, rate in self.parts]
        total = sum(converted) if info.aggregation == "sum" or len(converted) == 1 else sum(converted) / len(converted)
        unit = target + info.unit[len(source):]
        label = (info.unit_label.replace(source, target, 1) if source in info.unit_label
                 else target + info.unit_label[len(source):])
        rate_source = self.parts[0][2].source
        word = "annual" if self.frequency == "annual" else "monthly"
        converted_info = replace(info, unit=unit, unit_label=label,
                                 source_label=f"{info.source_label}, converted to {target} at {rate_source}")
        items = list(observation.items)
        if len(self.parts) == 1:
            period, value, rate = self.parts[0]
            working = f"{fmt(value)} {info.unit_label} {rate.step} = {fmt(total)} {label}"
            note = (f"Converted from {source} to {target} at the {word} average rate for {period}, {rate.text} "
                    f"({rate_source}).")
            items.extend(rate.items)
        else:
            first, last = self.parts[0][0], self.parts[-1][0]
            rates = [rate.value for _, _, rate in self.parts]
            how = "added up" if info.aggregation == "sum" else "averaged"
            working = (f"each of the {len(self.parts)} {'years' if word == 'annual' else 'months'} {first} to {last} "
                       f"in {info.unit_label} × its {word} average rate ({_rate_number(min(rates))} to "
                       f"{_rate_number(max(rates))} {target} per {source}), {how} = {fmt(total)} {label}")
            step = "year" if word == "annual" else "month"
            note = (f"Converted from {source} to {target} {step} by {step} at each {step}'s average rate, {first} to "
                    f"{last} ({rate_source}); the rates are listed with the evidence.")
            for period, value, rate in self.parts:
                items.append(EvidenceItem(series=observation.items[0].series if observation.items else info.name,
                                          period=period, value=round(value, 6), unit=info.unit_label,
                                          source=info.source_label, note=f"converted at the {period} rate"))
                items.extend(rate.items)
        if observation.working:
            working = f"{observation.working}; in {target}: {working}"
        return Observation(total * info.scale, unit, observation.span, converted_info, tuple(items),
                           (*observation.notes, note), working)


def _currency_of(unit: str) -> str | None:
    """The currency of a money unit (``EUR`` of ``EUR`` and of ``EUR/t``); None for other units."""
    return unit[:3] if MONEY_UNIT.match(unit) and unit[:3] != "LCU" else None


def _rate_number(value: float) -> str:
    """A rate as the evidence gives it (no thousands separators, no rounding beyond the stored digits)."""
    return f"{value:.10g}"


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
        self._lookup_cache: dict[tuple[Subject, tuple[Span, ...], int, str | None],
                                 tuple[Observation, ...] | Gap] = {}
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

    def lookup(self, subject: Subject, span: Span, as_of: int | None = None, currency: str | None = None
               ) -> Observation | Gap:
        found = self.lookup_spans(subject, (span,), as_of, currency)
        return found if isinstance(found, Gap) else found[0]

    def lookup_spans(self, subject: Subject, spans: tuple[Span, ...], as_of: int | None = None,
                     currency: str | None = None) -> tuple[Observation, ...] | Gap:
        """Values for several spans from one and the same series, so comparisons never mix vintages.

        ``currency`` (an ISO 4217 code) asks for money in that currency: see the module notes.
        """
        if currency is not None:
            plain = self.lookup_spans(subject, spans, as_of)
            if isinstance(plain, Gap) or all(_currency_of(obs.unit) in (None, currency) for obs in plain):
                return plain  # nothing to convert: share the cache with look-ups that name no currency
        key = (subject, spans, self._epoch(as_of), currency)
        if key not in self._lookup_cache:
            if len(self._lookup_cache) > 200_000:  # bounded: a long batch must not grow without limit
                self._lookup_cache.clear()
            self._lookup_cache[key] = self._lookup_spans(subject, spans, as_of, currency)
        return self._lookup_cache[key]

    def _epoch(self, as_of: int | None) -> int:
        """Statement dates between two releases see the same vintages, so their look-ups are the same."""
        return len(self._releases) if as_of is None else bisect_right(self._releases, as_of)

    def _lookup_spans(self, subject: Subject, spans: tuple[Span, ...], as_of: int | None,
                      currency: str | None = None) -> tuple[Observation, ...] | Gap:
        if not subject.indicator:
            return Gap("the claim does not say what is measured")
        if subject.entity is None:
            return Gap("the claim does not say whose figure it is (no country)")
        if subject.indicator in DERIVED:
            return self._derived(subject, spans, as_of, currency)
        return self._base(subject, spans, as_of, currency)

    def _derived(self, subject: Subject, spans: tuple[Span, ...], as_of: int | None, currency: str | None = None
                 ) -> tuple[Observation, ...] | Gap:
        parts: list[tuple[tuple[Observation, ...], int]] = []
        for indicator, sign in DERIVED[subject.indicator or ""]:
            part_subject = _with(subject, indicator=indicator)
            part = self._base(part_subject, spans, as_of, currency)
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

    def _base(self, subject: Subject, spans: tuple[Span, ...], as_of: int | None, currency: str | None = None
              ) -> tuple[Observation, ...] | Gap:
        attempts = self._attempts(subject)
        if not attempts:
            return Gap(f"no series for {self.describe(subject)}", nearest=self._nearest_other(subject),
                       notes=self._broken_note())
        ordered = self._ordered(attempts, as_of)
        if currency:  # series already in the wanted currency first: a conversion adds the rate's noise
            ordered.sort(key=lambda attempt: _currency_of(attempt.resource.unit) not in (None, currency))
        rate_gap: Gap | None = None
        for attempt in ordered:
            covered = [self._cover(attempt, span) for span in spans]
            if any(c is None for c in covered):
                continue
            info = attempt.resource
            converted = self._convert(attempt, spans, covered, currency, subject)
            if isinstance(converted, Gap):
                rate_gap = rate_gap or converted
                continue
            observations = []
            for index, (span, found) in enumerate(zip(spans, covered, strict=True)):
                assert found is not None
                value, items, members, _ = found
                notes = [attempt.note] if attempt.note else []
                notes.extend(self._vintage_note(info, as_of, attempts))
                if attempt.group:
                    notes.append(self._coverage_note(attempt, span, value, members))
                    definition = self.group_definition(attempt.group)
                    if definition:
                        notes.append(f"Group used — {definition}")
                observation = Observation(value * info.scale, info.unit, span, info, tuple(items), tuple(notes))
                if converted is not None:
                    observation = converted[index](observation)
                observations.append(observation)
            return tuple(observations)
        if rate_gap is not None:
            return rate_gap
        latest = self.latest_year(subject, as_of=None)
        wanted = " and ".join(span.label() for span in spans)
        return Gap(f"no series covers {self.describe(subject)} for {wanted}", latest,
                   self._latest_text(subject, latest), self._broken_note())

    # --- currencies ----------------------------------------------------------------------------------

    def _convert(self, attempt: _Attempt, spans: tuple[Span, ...], covered: list[_Covered | None],
                 currency: str | None, subject: Subject) -> list[Callable[[Observation], Observation]] | Gap | None:
        """How to convert each span's observation into ``currency``; None when nothing is to convert.

        The span's value is split into the periods it was made from (a year of annual rows, the months of
        monthly rows), each is multiplied by the average rate of that period, and the results are added up
        (or averaged, for prices). A Gap names the rate that is missing.
        """
        info = attempt.resource
        source = _currency_of(info.unit)
        if not currency or source is None or source == currency:
            return None
        converters = []
        for span, found in zip(spans, covered, strict=True):
            assert found is not None
            if found.frequency not in ("annual", "monthly"):
                return Gap(f"the figure for {self.describe(subject)} in {span.label()} is in {source} and comes from "
                           f"{found.frequency} rows: only annual and monthly values are converted (at annual and "
                           f"monthly average rates), so it cannot be given in {currency}")
            periods = _periods(span, found.frequency) or ()
            parts: list[tuple[str, float, _Rate]] = []
            for period in periods:
                part = found if len(periods) == 1 else self._cover(attempt, Span.of(period))
                if part is None or part.frequency != found.frequency:
                    return Gap(f"{self.describe(subject)} in {span.label()} cannot be converted from {source} to "
                               f"{currency} period by period (its {period} value comes from other rows)")
                rate = self._rate(source, currency, found.frequency, period)
                if rate is None:
                    return self._rate_gap(source, currency, found.frequency, period, subject, span, found, info)
                parts.append((period, part.value, rate))
            converters.append(_Converter(self, info, source, currency, found.frequency, parts))
        return converters

    def _rate(self, source: str, target: str, frequency: str, period: str) -> _Rate | None:
        """Units of ``target`` per unit of ``source`` in ``period``: a direct rate, its inverse, or a cross rate
        through a common base currency (EUR for the ECB's rates), as the ECB computes cross rates."""
        direct = self._rate_value(source, target, frequency, period)
        if direct is not None:
            value, item, source_label = direct
            return _Rate(value, f"{_rate_number(value)} {target} per {source}", f"× {_rate_number(value)}", (item,),
                         source_label)
        inverse = self._rate_value(target, source, frequency, period)
        if inverse is not None:
            value, item, source_label = inverse
            return _Rate(1 / value, f"{_rate_number(value)} {source} per {target}", f"÷ {_rate_number(value)}",
                         (item,), source_label)
        for base in self._rate_bases():
            to_target = self._rate_value(base, target, frequency, period)
            to_source = self._rate_value(base, source, frequency, period)
            if to_target is not None and to_source is not None:
                text = (f"{_rate_number(to_target[0])} {target} per {base} and {_rate_number(to_source[0])} {source} "
                        f"per {base}, a cross rate through the {base}")
                step = f"× {_rate_number(to_target[0])} ÷ {_rate_number(to_source[0])}"
                return _Rate(to_target[0] / to_source[0], text, step, (to_target[1], to_source[1]), to_target[2])
        return None

    def _rate_value(self, base: str, quoted: str, frequency: str, period: str
                    ) -> tuple[float, EvidenceItem, str] | None:
        by_resource = self._index.get((RATE, base, quoted, ""), {})
        for name in sorted(by_resource, key=lambda n: (self.resources[n].priority, n)):
            series = by_resource[name].get((frequency, ""))
            if series is not None and period in series.values:
                info = self.resources[name]
                value = series.values[period]
                item = EvidenceItem(series=f"{name}:{series.series}", period=period, value=value,
                                    unit=f"{quoted} per {base}", source=info.source_label,
                                    note=f"{frequency} average exchange rate")
                return value, item, info.source_label
        return None

    def _rate_bases(self) -> list[str]:
        return sorted({entity for indicator, entity, _, _ in self._index if indicator == RATE})

    def _rate_gap(self, source: str, target: str, frequency: str, period: str, subject: Subject, span: Span,
                  found: _Covered, info: ResourceInfo) -> Gap:
        """A look-up that has the figure but not the rate to convert it: name the rate series that is missing."""
        word = {"annual": "annual average", "monthly": "monthly average"}.get(frequency, f"{frequency} average")
        pairs = sorted({(e, p) for i, e, p, _ in self._index if i == RATE})
        if any(target in (e, p) for e, p in pairs) and any(source in (e, p) for e, p in pairs):
            why = f"the rate series {RATE} {source}→{target} has no {word} for {period}"
            latest = self._latest_rate(source, target, frequency)
            if latest:
                why += f" (its last {word} is {latest})"
        else:
            known = ", ".join(sorted({p for _, p in pairs} | {e for e, _ in pairs})) or "none"
            missing = target if not any(target in (e, p) for e, p in pairs) else source
            why = (f"the evidence has no exchange-rate series for {missing} ({RATE} {source}→{target}; "
                   f"currencies with rates: {known})")
        nearest = (f"{self.describe(subject)}, {span.label()}: {fmt(found.value)} {info.unit_label} "
                   f"({info.source_label})")
        return Gap(f"the figure for {self.describe(subject)} in {span.label()} is in {source} and cannot be "
                   f"converted to {target}: {why}", nearest=nearest)

    def _latest_rate(self, source: str, target: str, frequency: str) -> str | None:
        """The last period a rate (direct, inverse or cross) exists for."""
        def last(base: str, quoted: str) -> str | None:
            periods = [max(series.values) for slots in self._index.get((RATE, base, quoted, ""), {}).values()
                       if (series := slots.get((frequency, ""))) is not None and series.values]
            return max(periods) if periods else None

        found = [p for p in (last(source, target), last(target, source)) if p]
        for base in self._rate_bases():
            legs = [last(base, target), last(base, source)]
            if all(legs):
                found.append(min(p for p in legs if p))
        return max(found) if found else None

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
            values = [value for value, _, _, _ in found]
            total = sum(values) if info.aggregation == "sum" else sum(values) / len(values)
            item = EvidenceItem(series=f"{info.name}:{found[0][1]}", period=span.iso(), value=round(total, 6),
                                unit=info.unit_label, source=info.source_label,
                                note=f"sum over {len(found)} economies of {self.place(attempt.group)}")
            frequencies = {frequency for _, _, _, frequency in found}
            return _Covered(total, [item], len(found), found[0][3] if len(frequencies) == 1 else "mixed")
        plus = [self._cover_key(info, key, span) for key in attempt.plus]
        if any(p is None for p in plus):
            return None
        found_plus = [p for p in plus if p is not None]
        items = [EvidenceItem(series=f"{info.name}:{series}", period=periods, value=round(value, 6),
                              unit=info.unit_label, source=info.source_label)
                 for value, series, periods, _ in found_plus]
        total = sum(value for value, _, _, _ in found_plus)
        frequencies = {frequency for _, _, _, frequency in found_plus}
        frequency = found_plus[0][3] if len(frequencies) == 1 else "mixed"
        if len(plus) > 1 and info.aggregation == "mean":
            total /= len(plus)
        if attempt.minus:
            minus = [m for m in (self._cover_key(info, key, span) for key in attempt.minus) if m is not None]
            if not minus:  # this resource has the total but not the group to take from it
                return None
            subtracted = sum(value for value, _, _, _ in minus)
            if any(m[3] != frequency for m in minus):
                frequency = "mixed"
            complement = self.groups.complement_of(attempt.group or "") or ""
            items.append(EvidenceItem(series=f"{info.name}:{minus[0][1] if minus else '?'}", period=span.iso(),
                                      value=round(subtracted, 6), unit=info.unit_label, source=info.source_label,
                                      note=f"sum over {len(minus)} economies of {self.place(complement)}, "
                                           "subtracted"))
            total -= subtracted
            return _Covered(total, items, len(minus), frequency)
        return _Covered(total, items, 0, frequency)

    def _cover_key(self, info: ResourceInfo, key: Key, span: Span) -> tuple[float, str, str, str] | None:
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

    def annual(self, subject: Subject, years: list[int], as_of: int | None = None, currency: str | None = None
               ) -> dict[int, Observation]:
        found = {}
        for year in years:
            obs = self.lookup(subject, Span.year(year), as_of, currency)
            if isinstance(obs, Observation):
                found[year] = obs
        return found

    def monthly(self, subject: Subject, first: int, last: int, as_of: int | None = None,
                currency: str | None = None) -> dict[str, float]:
        """Monthly values (series scale) between two month indexes, from one series, where it has them.

        With ``currency``, a series in another currency is converted at each month's average rate, and
        months without a rate are left out.
        """
        if subject.indicator in DERIVED:
            parts = [(self.monthly(_with(subject, indicator=i), first, last, as_of, currency), sign)
                     for i, sign in DERIVED[subject.indicator]]
            common = set.intersection(*(set(values) for values, _ in parts))
            return {m: sum(sign * values[m] for values, sign in parts) for m in sorted(common)}
        ordered = self._ordered(self._attempts(subject), as_of)
        if currency:
            ordered.sort(key=lambda attempt: _currency_of(attempt.resource.unit) not in (None, currency))
        for attempt in ordered:
            source = _currency_of(attempt.resource.unit)
            convert = currency is not None and source is not None and source != currency
            values = {}
            for index in range(first, last + 1):
                found = self._cover(attempt, Span(index, index))
                if found is None:
                    continue
                if convert:
                    assert source is not None and currency is not None
                    rate = self._rate(source, currency, "monthly", month_label(index))
                    if rate is None or found.frequency != "monthly":
                        continue
                    values[month_label(index)] = found.value * rate.value
                else:
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
               ) -> tuple[float, str, str, str] | None:
    """(value, series id, period text, frequency) for ``span`` from the best frequency that covers it exactly.

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
                return value, series.series, text, frequency
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

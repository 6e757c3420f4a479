"""Country groups as data: each group's members are an expression over the countries table.

``groups.csv`` rows read ``CIS, ..., flag:is_cis_broad_incl_TKM_UKR, <definition>``. An expression is
terms joined by `` + `` (union) and `` - `` (difference), read left to right. A term is ``all``,
``flag:COLUMN`` (countries with 1 in that column), ``region:NAME`` (UN M49 region), ``subregion:NAME`` (UN M49
sub-region, e.g. ``Eastern Europe``), ``group:NAME`` (another
group) or ``list:ISO3 ISO3 ...``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import FactcheckError, Problem

_OPERATOR = re.compile(r"\s+([+-])\s+")


@dataclass(frozen=True)
class Group:
    name: str
    label: str
    members: frozenset[str]
    definition: str
    expression: str


class Groups:
    """The groups table, resolved to member sets."""

    def __init__(self, countries: dict[str, dict[str, str]], groups: dict[str, Group]) -> None:
        self.countries = countries
        self._groups = groups
        self._by_lower = {name.lower(): name for name in groups}

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._by_lower

    def __iter__(self):
        return iter(self._groups.values())

    def get(self, name: str) -> Group | None:
        key = self._by_lower.get(name.lower())
        return self._groups[key] if key else None

    def members(self, name: str) -> frozenset[str]:
        group = self.get(name)
        if group is None:
            raise KeyError(name)
        return group.members

    def complement_of(self, name: str) -> str | None:
        """For a group defined as everything outside another (``all - group:CIS``), that other group."""
        group = self.get(name)
        if group is None:
            return None
        match = re.fullmatch(r"all\s+-\s+group:(\S+)", group.expression.strip())
        return match[1] if match else None

    def country_name(self, code: str) -> str:
        if code in self.countries:
            return self.countries[code]["name"]
        group = self.get(code)
        return group.label if group else code

    @classmethod
    def load(cls, countries_path: Path, groups_path: Path) -> Groups:
        countries = _read_countries(countries_path)
        raw = _read_rows(groups_path)
        resolved: dict[str, frozenset[str]] = {}
        problems: list[Problem] = []

        def resolve(name: str, stack: tuple[str, ...]) -> frozenset[str]:
            if name in resolved:
                return resolved[name]
            if name not in raw:
                raise ValueError(f"unknown group {name!r}")
            if name in stack:
                raise ValueError(f"group {name!r} is defined in terms of itself")
            resolved[name] = _evaluate(raw[name][1]["members"], countries,
                                       lambda other: resolve(other, (*stack, name)))
            return resolved[name]

        groups: dict[str, Group] = {}
        for name, (line, row) in raw.items():
            try:
                members = resolve(name, ())
            except ValueError as exc:
                problems.append(Problem("FC304", str(exc), str(groups_path), line, "members"))
                continue
            groups[name] = Group(name=name, label=row.get("label") or name, members=members,
                                 definition=row.get("definition") or "", expression=row["members"])
        if problems:
            raise FactcheckError.of(problems)
        return cls(countries, groups)


def _read_countries(path: Path) -> dict[str, dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError("FC304", f"cannot read countries table: {exc}", str(path)) from None
    if not rows or "iso3" not in rows[0]:
        raise FactcheckError("FC304", "countries table needs an iso3 column", str(path), 1)
    return {row["iso3"]: row for row in rows if row.get("iso3")}


def _read_rows(path: Path) -> dict[str, tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {"group", "members"} - set(reader.fieldnames or [])
            if missing:
                raise FactcheckError("FC304", f"groups table needs column(s): {', '.join(sorted(missing))}",
                                     str(path), 1)
            rows = {}
            for line, row in enumerate(reader, start=2):
                if row["group"] in rows:
                    raise FactcheckError("FC304", f"group {row['group']!r} is defined twice", str(path), line,
                                         "group")
                rows[row["group"]] = (line, row)
            return rows
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError("FC304", f"cannot read groups table: {exc}", str(path)) from None


def _evaluate(expression: str, countries: dict[str, dict[str, str]], group) -> frozenset[str]:
    parts = _OPERATOR.split(expression.strip())
    result = _term(parts[0], countries, group)
    for operator, term in zip(parts[1::2], parts[2::2], strict=True):
        members = _term(term, countries, group)
        result = result | members if operator == "+" else result - members
    return result


def _term(term: str, countries: dict[str, dict[str, str]], group) -> frozenset[str]:
    kind, _, argument = term.strip().partition(":")
    if kind == "all" and not argument:
        return frozenset(countries)
    if kind == "flag":
        if countries and argument not in next(iter(countries.values())):
            raise ValueError(f"countries table has no column {argument!r}")
        return frozenset(code for code, row in countries.items() if row.get(argument) == "1")
    if kind in ("region", "subregion"):
        column = "un_region" if kind == "region" else "un_subregion"
        found = frozenset(code for code, row in countries.items() if row.get(column) == argument)
        if not found:
            raise ValueError(f"no country in UN {kind} {argument!r}")
        return found
    if kind == "group":
        return group(argument)
    if kind == "list":
        codes = frozenset(argument.split())
        unknown = sorted(codes - set(countries))
        if unknown:
            raise ValueError(f"unknown country code(s) {', '.join(unknown)}")
        return codes
    raise ValueError(f"cannot read member term {term!r} (use all, flag:, region:, subregion:, group: or list:)")

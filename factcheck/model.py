"""The records that flow between the stages: claims in, verdicts out.

Every record is a frozen dataclass with one way to and from JSON (``to_dict`` / ``from_dict``), so the
JSON Lines files in ``claims/`` and the outputs of ``factcheck check`` are the same shape everywhere.
Field names follow SPEC.md; fields SPEC.md does not name are additions, never renames.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar, Literal, get_args

Kind = Literal["level", "change", "share", "ratio", "growth", "trend", "shift", "rank", "other"]
Relation = Literal["eq", "approx", "almost", "over", "under", "rising", "falling"]
Rating = Literal["true", "mostly-true", "half-true", "mostly-false", "false", "unverifiable"]
Outcome = Literal[
    "accurate", "close", "direction-right-size-off", "far-off", "contradicted", "insufficient-evidence"
]

KINDS: tuple[str, ...] = get_args(Kind)
RELATIONS: tuple[str, ...] = get_args(Relation)
RATINGS: tuple[str, ...] = get_args(Rating)
OUTCOMES: tuple[str, ...] = get_args(Outcome)


class RecordError(ValueError):
    """A record that does not have the shape SPEC.md gives it. ``field`` names the offending field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def _require(data: Any, name: str, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise RecordError(f"{name} must be an object, not {type(data).__name__}", name)
    missing = [k for k in keys if k not in data]
    if missing:
        raise RecordError(f"{name} is missing field(s): {', '.join(missing)}", f"{name}.{missing[0]}")
    return data


class _Record:
    """Shared JSON round trip for the flat records (no nested records inside)."""

    REQUIRED: ClassVar[tuple[str, ...]] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: Any, name: str | None = None):
        data = _require(data, name or cls.__name__.lower(), cls.REQUIRED)
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Source(_Record):
    """Where a claim was said: the file, the document's front matter, and the character span."""

    path: str | None = None
    title: str | None = None
    speaker: str | None = None
    date: str | None = None
    url: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Subject(_Record):
    """What is measured, for whom and with whom. Entities and partners are ISO alpha-3 codes or group names."""

    REQUIRED: ClassVar[tuple[str, ...]] = ("indicator",)

    indicator: str | None
    entity: str | None = None
    partner: str | None = None
    commodity: str | None = None


@dataclass(frozen=True)
class Period(_Record):
    """A span of months (``YYYY-MM``) or years (``YYYY``); the ``base_*`` span only for comparisons."""

    start: str | None = None
    end: str | None = None
    base_start: str | None = None
    base_end: str | None = None


@dataclass(frozen=True)
class Quantity(_Record):
    """A claimed or observed value. Money is in whole units (USD, not USD million)."""

    REQUIRED: ClassVar[tuple[str, ...]] = ("value", "unit")

    value: float | None
    unit: str | None
    relation: str = "eq"
    # How many decimals the speaker gave, at the scale they spoke in ("3.5 billion" -> 1 decimal of a
    # billion, scale 1e9). Drives the precision band; not in SPEC.md, optional on input.
    decimals: int | None = None
    scale: float | None = None


def claim_id(text: str, path: str | None, start: int | None, end: int | None, index: int = 0) -> str:
    """Stable id: the same source text and span (and the same claim within it) always give the same id."""
    key = "\x1f".join([path or "", str(start), str(end), text, str(index)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    source: Source
    kind: str
    subject: Subject
    period: Period
    against: Subject | None = None
    claimed: Quantity | None = None
    # Who made the claim when the text reports someone else's words ("the minister stated that ...").
    claimant: str | None = None
    # Why the extractor kept it: a short, human-readable note (for ``other`` claims in particular).
    note: str | None = None
    # For ``rank`` claims: the things named, in the order given ("potash, timber and food").
    items: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "source": self.source.to_dict(),
            "kind": self.kind,
            "subject": self.subject.to_dict(),
            "period": self.period.to_dict(),
            "against": self.against.to_dict() if self.against else None,
            "claimed": self.claimed.to_dict() if self.claimed else None,
            "claimant": self.claimant,
            "note": self.note,
            "items": list(self.items),
        }

    @classmethod
    def from_dict(cls, data: Any) -> Claim:
        data = _require(data, "claim", ("id", "text", "kind", "subject"))
        if data["kind"] not in KINDS:
            raise RecordError(f"kind {data['kind']!r} is not one of {', '.join(KINDS)}", "kind")
        claimed = Quantity.from_dict(data["claimed"], "claimed") if data.get("claimed") else None
        if claimed is not None and claimed.relation not in RELATIONS:
            raise RecordError(f"claimed.relation {claimed.relation!r} is not one of {', '.join(RELATIONS)}",
                              "claimed.relation")
        return cls(
            id=str(data["id"]),
            text=str(data["text"]),
            source=Source.from_dict(data.get("source") or {}, "source"),
            kind=data["kind"],
            subject=Subject.from_dict(data["subject"], "subject"),
            period=Period.from_dict(data.get("period") or {}, "period"),
            against=Subject.from_dict(data["against"], "against") if data.get("against") else None,
            claimed=claimed,
            claimant=data.get("claimant"),
            note=data.get("note"),
            items=tuple(data.get("items") or ()),
        )


@dataclass(frozen=True)
class EvidenceItem(_Record):
    """One number a verdict rests on, in the series' own unit and scale, named so a reader can find it."""

    REQUIRED: ClassVar[tuple[str, ...]] = ("series", "value")

    series: str
    period: str | None
    value: float | None
    unit: str | None
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class ChartPoint(_Record):
    period: str
    value: float


@dataclass(frozen=True)
class Chart:
    """What the brief draws for a verdict: computed by the rule, only drawn by the renderer."""

    title: str
    unit: str
    points: tuple[ChartPoint, ...]
    highlight_start: str | None = None
    highlight_end: str | None = None
    claimed: float | None = None
    claimed_label: str | None = None
    series_label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["points"] = [p.to_dict() for p in self.points]
        return data

    @classmethod
    def from_dict(cls, data: Any) -> Chart:
        data = _require(data, "chart", ("title", "unit", "points"))
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs["points"] = tuple(ChartPoint.from_dict(p, "chart.points") for p in data["points"])
        return cls(**kwargs)


@dataclass(frozen=True)
class Verdict:
    claim_id: str
    rating: str
    rule: str | None
    explanation: str
    outcome: str
    actual: Quantity | None = None
    evidence: tuple[EvidenceItem, ...] = ()
    # For "unverifiable": what is missing, and the nearest evidence that does exist.
    missing: str | None = None
    nearest: str | None = None
    # The formula with its numbers, e.g. "37,194.6 − 41,436.4 = −4,241.8 (USD million)".
    working: str | None = None
    # Things the reader should know: definitions used, vintages, what happened since.
    notes: tuple[str, ...] = ()
    chart: Chart | None = None
    # The claim itself travels with its verdict, so reports need nothing but verdicts.jsonl.
    claim: Claim | None = None
    scale: str = "default"

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "rating": self.rating,
            "actual": self.actual.to_dict() if self.actual else None,
            "rule": self.rule,
            "explanation": self.explanation,
            "evidence": [e.to_dict() for e in self.evidence],
            "outcome": self.outcome,
            "working": self.working,
            "missing": self.missing,
            "nearest": self.nearest,
            "notes": list(self.notes),
            "chart": self.chart.to_dict() if self.chart else None,
            "scale": self.scale,
            "claim": self.claim.to_dict() if self.claim else None,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Verdict:
        data = _require(data, "verdict", ("claim_id", "rating", "explanation"))
        evidence = data.get("evidence") or []
        if not isinstance(evidence, list):
            raise RecordError("evidence must be a list", "evidence")
        return cls(
            claim_id=str(data["claim_id"]),
            rating=str(data["rating"]),
            rule=data.get("rule"),
            explanation=str(data["explanation"]),
            outcome=str(data.get("outcome") or "insufficient-evidence"),
            actual=Quantity.from_dict(data["actual"], "actual") if data.get("actual") else None,
            evidence=tuple(EvidenceItem.from_dict(e, "evidence") for e in evidence),
            missing=data.get("missing"),
            nearest=data.get("nearest"),
            working=data.get("working"),
            notes=tuple(data.get("notes") or ()),
            chart=Chart.from_dict(data["chart"]) if data.get("chart") else None,
            claim=Claim.from_dict(data["claim"]) if data.get("claim") else None,
            scale=str(data.get("scale") or "default"),
        )


@dataclass(frozen=True)
class Document:
    """An input statement: its text (front matter removed) and what the front matter says about it."""

    text: str
    path: str
    slug: str
    title: str | None = None
    speaker: str | None = None
    date: str | None = None
    url: str | None = None
    about: str | None = None
    language: str | None = None
    # Offset of ``text`` within the original file, so claim spans point into the file the user has.
    offset: int = 0
    # Line number (1-based) in the original file where ``text`` begins.
    first_line: int = 1
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    def source(self, start: int | None = None, end: int | None = None) -> Source:
        return Source(path=self.path, title=self.title, speaker=self.speaker, date=self.date, url=self.url,
                      start=start, end=end)

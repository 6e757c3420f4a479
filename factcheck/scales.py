"""Rating scales: how a rule's neutral outcome is named for readers. Scales are data (JSON files).

Rules never pick a rating; they report an outcome (``accurate``, ``close`` ...). A scale maps each outcome
to a rating with a label and, for ClaimReview, a numeric value. Organisations bring their own scale file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.model import OUTCOMES


@dataclass(frozen=True)
class Step:
    rating: str
    label: str
    value: int | None
    outcome: str
    meaning: str = ""


@dataclass(frozen=True)
class Scale:
    name: str
    title: str
    steps: tuple[Step, ...]
    description: str = ""

    def for_outcome(self, outcome: str) -> Step:
        for step in self.steps:
            if step.outcome == outcome:
                return step
        raise KeyError(outcome)

    def for_rating(self, rating: str) -> Step:
        for step in self.steps:
            if step.rating == rating:
                return step
        raise KeyError(rating)

    @property
    def best(self) -> int | None:
        """The highest numeric value, or None for a scale of conclusions without numbers."""
        return max((s.value for s in self.steps if s.value is not None), default=None)

    @property
    def worst(self) -> int | None:
        return min((s.value for s in self.steps if s.value is not None), default=None)


def builtin_scales() -> list[str]:
    folder = resources.files("factcheck") / "scales"
    return sorted(p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json"))


def load_scale(name_or_path: str = "default") -> Scale:
    """A built-in scale by name, or a JSON file of the same shape."""
    path = Path(name_or_path)
    if name_or_path.endswith(".json") or path.exists():
        label = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise FactcheckError("FC404", f"cannot read scale file: {exc.strerror}", label) from None
    else:
        label = name_or_path
        resource = resources.files("factcheck") / "scales" / f"{name_or_path}.json"
        if not resource.is_file():
            raise FactcheckError("FC404", f"unknown rating scale; built-in scales: {', '.join(builtin_scales())}",
                                 label)
        text = resource.read_text(encoding="utf-8")
    try:
        return parse_scale(json.loads(text))
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise FactcheckError("FC404", f"scale file is broken: {exc}", label) from None


def parse_scale(data: dict[str, Any]) -> Scale:
    steps = tuple(Step(rating=s["rating"], label=s["label"], value=s.get("value"), outcome=s["outcome"],
                       meaning=s.get("meaning", "")) for s in data["ratings"])
    covered = {s.outcome for s in steps}
    missing = [o for o in OUTCOMES if o not in covered]
    if missing:
        raise ValueError(f"no rating for outcome(s) {', '.join(missing)}")
    return Scale(name=data["name"], title=data.get("title", data["name"]), steps=steps,
                 description=data.get("description", ""))

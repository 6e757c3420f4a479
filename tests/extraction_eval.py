"""Evaluation harness for claim extraction against the gold set in ``tests/data/extraction_gold/``.

Importable by the tests and by a benchmark script::

    from tests.extraction_eval import evaluate, load_gold, format_table, run
    result = evaluate(load_gold("heldout"))          # uses factcheck.extract.extract
    print(format_table(result))
    result = run("dev", my_extractor, details=True)  # prints the table and the per-item mistakes

What is measured (see ``tests/data/extraction_gold/README.md``):

- Within each item, predicted claims are matched to expected ones greedily, best pair first. A pair's score
  rests on the claimed value (same size within 0.5 % relative, sign ignored for matching so a sign error
  still counts as a match with a wrong value), the kind and the subject (indicator, entity, partner). A pair
  is only eligible when the values agree, or when indicator and kind both agree.
- *Checkable* claims are those of every kind except ``other``. Precision = matched checkable predictions /
  checkable predictions; recall = matched checkable gold claims / checkable gold claims. A checkable
  prediction on an item whose gold has none is a false positive.
- ``other`` predictions are never false positives: they are matched to gold ``other`` records separately and
  reported, together with the number of ``other`` predictions made on negative items.
- Per-field accuracy is computed over matched checkable pairs only.
- A gold record with no figure (a trend, a rank) can only be matched by an identical indicator name, and names of
  measures the lexicon lacks are coined by each writer. So the table also reports, without counting them above, the
  missed figureless records that an unmatched figureless prediction of the same kind could be: one whose indicator
  shares a word with the gold's that is not one of ``GENERIC_NAME_WORDS`` ("child_mortality" for
  "child_mortality_rate"). It says how much of the figureless recall is naming, not finding.
- Coined names make ``subject.indicator`` a poor guide to whether a claim reaches its evidence. The table also
  reports, for gold records whose indicator is one SPEC.md names (``SPEC_INDICATORS``: exports, GDP,
  population, …), how many are matched and how many of those matched carry that name: the claims the checker
  has series for are the ones a wrong name would send to the wrong evidence.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from factcheck.documents import parse_document
from factcheck.model import Claim, Document

GOLD_DIR = Path(__file__).parent / "data" / "extraction_gold"
# dev: for tuning; heldout: measures (its figures were watched while the extractor grew); unseen: sealed, written
# by someone who never saw the extractor, measured only (README.md in the gold folder)
SPLITS = ("dev", "heldout", "unseen")
VALUE_TOLERANCE = 0.005  # relative, for matching and for the value field
FIELDS = (
    "kind",
    "subject.indicator",
    "subject.entity",
    "subject.partner",
    "against",
    "period.start",
    "period.end",
    "period.base",
    "claimed.value",
    "claimed.unit",
    "claimed.relation",
)

# Words of indicator names that say too little to tie two coined names together (see the module's docstring).
GENERIC_NAME_WORDS = frozenset({"rate", "ratio", "number", "total", "people", "person", "share", "level", "value",
                                "amount", "of", "in", "on", "to", "for", "and", "with", "per", "capita", "new",
                                "real", "annual"})

# The indicators SPEC.md names for ``subject.indicator`` (the checker's evidence is filed under these).
SPEC_INDICATORS = frozenset({"exports", "imports", "trade", "trade_balance", "price", "gdp", "gdp_per_capita",
                             "inflation", "unemployment", "population"})

ClaimDict = dict[str, Any]
Extractor = Callable[[Document], Sequence[Claim | ClaimDict]]


@dataclass(frozen=True)
class GoldItem:
    """One gold sentence (or two) with its context and the claim records it should give."""

    id: str
    text: str
    context: dict[str, Any]
    origin: dict[str, Any]
    expected: list[ClaimDict]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldItem:
        return cls(id=str(data["id"]), text=str(data["text"]), context=dict(data.get("context") or {}),
                   origin=dict(data.get("origin") or {}), expected=list(data.get("expected") or []))

    @property
    def negative(self) -> bool:
        """True when the item holds no claim of a checkable kind."""
        return not any(is_checkable(c) for c in self.expected)


@dataclass
class EvalResult:
    """The figures of one evaluation run. Ratios are ``nan`` when their denominator is zero."""

    items: int
    negative_items: int
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    field_correct: dict[str, int]
    field_total: dict[str, int]
    # ``other`` claims: reported, never counted as false positives.
    other_gold: int = 0
    other_predicted: int = 0
    other_matched: int = 0
    other_on_negatives: int = 0
    # False positives on items whose gold holds no checkable claim, and on how many such items.
    fp_on_negatives: int = 0
    negative_items_with_fp: int = 0
    # Recall per gold kind: kind -> (matched, total).
    per_kind: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Missed gold records without a figure that an unmatched figureless prediction of the same kind names with a
    # shared word (reported, not counted as matches), and all missed gold records without a figure.
    figureless_near: int = 0
    figureless_missed: int = 0
    # Gold records whose indicator is one of SPEC_INDICATORS: all of them, those matched, and those matched
    # whose prediction carries the same name.
    spec_named_total: int = 0
    spec_named_matched: int = 0
    spec_named_right: int = 0
    # Items where the extractor raised: item id -> "ExceptionType: message".
    errors: dict[str, str] = field(default_factory=dict)
    # Per item: (id, [(field, expected, predicted) for every wrong field], unmatched gold, unmatched preds).
    details: list[dict[str, Any]] = field(default_factory=list)

    @property
    def field_accuracy(self) -> dict[str, float]:
        return {f: _ratio(self.field_correct.get(f, 0), self.field_total.get(f, 0)) for f in FIELDS}

    def figures(self) -> dict[str, float]:
        """Every headline figure by name: precision, recall, f1 and ``field:<name>`` accuracies."""
        out = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        out.update({f"field:{k}": v for k, v in self.field_accuracy.items()})
        return out


# --- loading -------------------------------------------------------------------------------------------------


def load_gold(split: str | Path) -> list[GoldItem]:
    """Load ``dev``/``heldout`` (or a path to any JSON Lines file of gold items)."""
    path = GOLD_DIR / f"{split}.jsonl" if str(split) in SPLITS else Path(split)
    items = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                items.append(GoldItem.from_dict(json.loads(line)))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: {exc}") from None
    return items


def document_for(item: GoldItem) -> Document:
    """The document an extractor sees for an item: the text with front matter built from ``context``.

    Front matter carries ``date``, ``about`` and, when the document named a period before this sentence,
    ``previous_period`` (a mapping ``{start, end}``, available to the extractor as
    ``document.meta["previous_period"]``).
    """
    ctx = item.context
    meta: dict[str, Any] = {"title": item.id}
    if ctx.get("date"):
        meta["date"] = str(ctx["date"])
    if ctx.get("about"):
        meta["about"] = ctx["about"]
    if ctx.get("previous_period"):
        meta["previous_period"] = dict(ctx["previous_period"])
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    return parse_document(f"---\n{front}---\n{item.text}\n", f"{item.id}.md")


# --- matching ------------------------------------------------------------------------------------------------


def gold_claims(item: GoldItem) -> list[Claim]:
    """The item's expected records as :class:`Claim` objects (what a perfect extractor would return)."""
    out = []
    for n, record in enumerate(item.expected):
        out.append(Claim.from_dict({"id": f"{item.id}#{n}", "text": item.text, **record}))
    return out


def as_dict(claim: Claim | ClaimDict) -> ClaimDict:
    return claim.to_dict() if isinstance(claim, Claim) else dict(claim)


def is_checkable(claim: ClaimDict) -> bool:
    return claim.get("kind") != "other"


def _sub(claim: ClaimDict, name: str) -> dict[str, Any]:
    value = claim.get(name)
    return value if isinstance(value, dict) else {}


def _value(claim: ClaimDict) -> float | None:
    value = _sub(claim, "claimed").get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


# Indicator names are coined by each writer: two names for one measure that differ only in inflection or
# spelling ("protected_areas"/"protected_area", "student_enrolment"/"student_enrollment") are the same name.
_SPELLINGS = {"enrolment": "enrollment", "enrolments": "enrollments", "labour": "labor", "programme": "program",
              "programmes": "programs", "defence": "defense", "centre": "center", "centres": "centers",
              "fertiliser": "fertilizer", "fertilisers": "fertilizers", "organisation": "organization",
              "organisations": "organizations"}


def indicator_key(name: Any) -> Any:
    """An indicator name with case, plural endings and British spellings set aside; word order and words kept."""
    if not isinstance(name, str):
        return name
    return "_".join(_singular(_SPELLINGS.get(t, t)) for t in re.split(r"[_\s-]+", name.lower()) if t)


def _singular(token: str) -> str:
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def values_agree(expected: float | None, predicted: float | None, *, signed: bool = True) -> bool:
    """Same value within ``VALUE_TOLERANCE`` relative (both ``None`` agree; sign ignored unless ``signed``)."""
    if expected is None or predicted is None:
        return expected is None and predicted is None
    if not signed:
        expected, predicted = abs(expected), abs(predicted)
    if expected == 0:
        return abs(predicted) < 1e-9
    return abs(predicted - expected) <= VALUE_TOLERANCE * abs(expected)


def pair_score(expected: ClaimDict, predicted: ClaimDict) -> float:
    """How well a prediction fits an expected claim; 0 when the pair may not be matched at all."""
    ev, pv = _value(expected), _value(predicted)
    numbers_agree = ev is not None and pv is not None and values_agree(ev, pv, signed=False)
    both_null = ev is None and pv is None
    same_kind = expected.get("kind") == predicted.get("kind")
    es, ps = _sub(expected, "subject"), _sub(predicted, "subject")
    same_indicator = indicator_key(es.get("indicator")) == indicator_key(ps.get("indicator"))
    if not (numbers_agree or (same_indicator and same_kind)):
        return 0.0
    score = 4.0 * numbers_agree + 1.0 * both_null
    score += 2.0 * same_kind + 2.0 * same_indicator
    score += 1.0 * (es.get("entity") == ps.get("entity")) + 0.5 * (es.get("partner") == ps.get("partner"))
    score += 0.25 * (_sub(expected, "claimed").get("unit") == _sub(predicted, "claimed").get("unit"))
    return score


def match_claims(expected: Sequence[ClaimDict], predicted: Sequence[ClaimDict]) -> list[tuple[int, int]]:
    """Greedy best-first one-to-one matching; returns (expected index, predicted index) pairs.

    Ties are broken by position (earlier expected, then earlier predicted first), so results are stable.
    """
    candidates = []
    for i, e in enumerate(expected):
        for j, p in enumerate(predicted):
            score = pair_score(e, p)
            if score > 0:
                candidates.append((-score, i, j))
    candidates.sort()
    used_e: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_e or j in used_p:
            continue
        used_e.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return sorted(pairs)


# --- field comparison ----------------------------------------------------------------------------------------


def _name_words(name: Any) -> set[str]:
    return set(indicator_key(name).split("_")) - GENERIC_NAME_WORDS if isinstance(name, str) else set()


def near_figureless(missed: Sequence[ClaimDict], extra: Sequence[ClaimDict]) -> int:
    """How many missed figureless records an unused figureless prediction of the same kind names with a shared word
    (each prediction used once)."""
    free = [p for p in extra if _value(p) is None]
    near = 0
    for g in missed:
        if _value(g) is not None:
            continue
        words = _name_words(_sub(g, "subject").get("indicator"))
        for k, p in enumerate(free):
            if p.get("kind") == g.get("kind") and words & _name_words(_sub(p, "subject").get("indicator")):
                near += 1
                del free[k]
                break
    return near


def _norm_period(value: Any) -> Any:
    return value or None


def _norm_span(start: Any, end: Any) -> tuple[Any, Any]:
    """``YYYY-01``..``YYYY-12`` of one year is the year ``YYYY``; otherwise as given."""
    start, end = _norm_period(start), _norm_period(end)
    if (isinstance(start, str) and isinstance(end, str) and len(start) == len(end) == 7
            and start[:4] == end[:4] and start.endswith("-01") and end.endswith("-12")):
        return start[:4], end[:4]
    return start, end


def _subject_key(subject: Any) -> tuple[Any, ...] | None:
    if not isinstance(subject, dict) or not subject:
        return None
    key = tuple(subject.get(k) or None for k in ("indicator", "entity", "partner", "commodity"))
    return (indicator_key(key[0]), *key[1:])


def compare_fields(expected: ClaimDict, predicted: ClaimDict) -> dict[str, tuple[bool, Any, Any]]:
    """Field name -> (correct, expected value, predicted value) for every field in ``FIELDS``."""
    es, ps = _sub(expected, "subject"), _sub(predicted, "subject")
    ep, pp = _sub(expected, "period"), _sub(predicted, "period")
    ec, pc = _sub(expected, "claimed"), _sub(predicted, "claimed")
    e_span, p_span = _norm_span(ep.get("start"), ep.get("end")), _norm_span(pp.get("start"), pp.get("end"))
    e_base = _norm_span(ep.get("base_start"), ep.get("base_end"))
    p_base = _norm_span(pp.get("base_start"), pp.get("base_end"))
    e_against, p_against = _subject_key(expected.get("against")), _subject_key(predicted.get("against"))
    ev, pv = _value(expected), _value(predicted)
    out = {
        "kind": (expected.get("kind"), predicted.get("kind")),
        "subject.indicator": (indicator_key(es.get("indicator")), indicator_key(ps.get("indicator"))),
        "subject.entity": (es.get("entity"), ps.get("entity")),
        "subject.partner": (es.get("partner"), ps.get("partner")),
        "against": (e_against, p_against),
        "period.start": (e_span[0], p_span[0]),
        "period.end": (e_span[1], p_span[1]),
        "period.base": (e_base, p_base),
        "claimed.unit": (ec.get("unit"), pc.get("unit")),
        "claimed.relation": (ec.get("relation", "eq") if ec else None, pc.get("relation", "eq") if pc else None),
    }
    result = {name: (e == p, e, p) for name, (e, p) in out.items()}
    result["claimed.value"] = (values_agree(ev, pv), ev, pv)
    return {name: result[name] for name in FIELDS}


# --- evaluation ----------------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else math.nan


def default_extractor() -> Extractor:
    """``factcheck.extract.extract`` with one pipeline built for the whole run."""
    from factcheck.extract import build_pipeline, extract

    nlp = build_pipeline()
    return lambda doc: extract(doc, nlp)


def evaluate(items: Iterable[GoldItem], extractor: Extractor | None = None) -> EvalResult:
    """Run ``extractor`` (default: the project's) on every item and score it against the gold."""
    run = extractor or default_extractor()
    tp = fp = fn = 0
    n_items = n_negative = 0
    other_gold = other_pred = other_matched = other_neg = 0
    fp_neg = neg_with_fp = 0
    figureless_near = figureless_missed = 0
    spec_total = spec_matched = spec_right = 0
    correct = dict.fromkeys(FIELDS, 0)
    total = dict.fromkeys(FIELDS, 0)
    per_kind: dict[str, list[int]] = {}
    errors: dict[str, str] = {}
    details: list[dict[str, Any]] = []
    for item in items:
        n_items += 1
        negative = item.negative
        n_negative += negative
        try:
            predicted = [as_dict(c) for c in run(document_for(item))]
        except Exception as exc:  # a crash on one item is a result, not the end of the run
            errors[item.id] = f"{type(exc).__name__}: {exc}"
            predicted = []
        gold_c = [c for c in item.expected if is_checkable(c)]
        gold_o = [c for c in item.expected if not is_checkable(c)]
        pred_c = [c for c in predicted if is_checkable(c)]
        pred_o = [c for c in predicted if not is_checkable(c)]
        pairs = match_claims(gold_c, pred_c)
        o_pairs = match_claims(gold_o, pred_o)
        tp += len(pairs)
        fp += len(pred_c) - len(pairs)
        fn += len(gold_c) - len(pairs)
        other_gold += len(gold_o)
        other_pred += len(pred_o)
        other_matched += len(o_pairs)
        if not item.expected:
            other_neg += len(pred_o)
        if negative and pred_c:
            fp_neg += len(pred_c)
            neg_with_fp += 1
        matched_gold = {i for i, _ in pairs}
        for i, g in enumerate(gold_c):
            counts = per_kind.setdefault(str(g.get("kind")), [0, 0])
            counts[0] += i in matched_gold
            counts[1] += 1
        for i, g in enumerate(gold_c):
            name = indicator_key(_sub(g, "subject").get("indicator"))
            if name not in {indicator_key(n) for n in SPEC_INDICATORS}:
                continue
            spec_total += 1
            j = dict(pairs).get(i)
            if j is not None:
                spec_matched += 1
                spec_right += indicator_key(_sub(pred_c[j], "subject").get("indicator")) == name
        wrong = []
        for i, j in pairs:
            for name, (ok, e, p) in compare_fields(gold_c[i], pred_c[j]).items():
                total[name] += 1
                correct[name] += ok
                if not ok:
                    wrong.append((name, e, p))
        missed = [g for i, g in enumerate(gold_c) if i not in matched_gold]
        extra = [p for j, p in enumerate(pred_c) if j not in {j for _, j in pairs}]
        figureless_missed += sum(_value(g) is None for g in missed)
        figureless_near += near_figureless(missed, extra)
        if wrong or missed or extra or item.id in errors:
            details.append({"id": item.id, "text": item.text, "wrong": wrong, "missed": missed, "extra": extra})
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else math.nan
    return EvalResult(
        items=n_items, negative_items=n_negative, tp=tp, fp=fp, fn=fn,
        precision=precision, recall=recall, f1=f1, field_correct=correct, field_total=total,
        other_gold=other_gold, other_predicted=other_pred, other_matched=other_matched,
        other_on_negatives=other_neg, fp_on_negatives=fp_neg, negative_items_with_fp=neg_with_fp,
        per_kind={k: (v[0], v[1]) for k, v in sorted(per_kind.items())}, errors=errors, details=details,
        figureless_near=figureless_near, figureless_missed=figureless_missed,
        spec_named_total=spec_total, spec_named_matched=spec_matched, spec_named_right=spec_right,
    )


def _fmt(value: float) -> str:
    return "  n/a" if math.isnan(value) else f"{value:5.3f}"


def format_table(result: EvalResult, title: str = "extraction") -> str:
    """A compact plain-text table of the figures (for ``pytest -s``, the README and benchmarks)."""
    lines = [
        f"{title}: {result.items} items ({result.negative_items} without checkable claims), "
        f"{len(result.errors)} extractor errors",
        f"  precision {_fmt(result.precision)}   recall {_fmt(result.recall)}   f1 {_fmt(result.f1)}   "
        f"(tp {result.tp}, fp {result.fp}, fn {result.fn})",
        f"  false positives on negative items: {result.fp_on_negatives} on "
        f"{result.negative_items_with_fp}/{result.negative_items} items",
        f"  other: {result.other_predicted} predicted, {result.other_matched}/{result.other_gold} gold matched, "
        f"{result.other_on_negatives} on items with no claim (not counted as errors)",
        "  field accuracy over matched pairs:",
    ]
    for name in FIELDS:
        lines.append(f"    {name:<18} {_fmt(result.field_accuracy[name])}   "
                     f"({result.field_correct.get(name, 0)}/{result.field_total.get(name, 0)})")
    lines.append("  recall per kind: " + ", ".join(
        f"{k} {m}/{t}" for k, (m, t) in result.per_kind.items()))
    lines.append(f"  missed records without a figure: {result.figureless_missed}, of which {result.figureless_near} "
                 "found under another name (a shared word; not counted above)")
    lines.append(f"  records of SPEC's named indicators: {result.spec_named_matched}/{result.spec_named_total} "
                 f"matched, {result.spec_named_right}/{result.spec_named_matched} of them under that name")
    return "\n".join(lines)


def format_details(result: EvalResult, limit: int | None = None) -> str:
    """Per-item mistakes, for whoever tunes the extractor on ``dev``."""
    out = []
    for d in result.details[:limit]:
        out.append(f"[{d['id']}] {d['text']}")
        if d["id"] in result.errors:
            out.append(f"    error: {result.errors[d['id']]}")
        for name, e, p in d["wrong"]:
            out.append(f"    {name}: expected {e!r}, got {p!r}")
        for g in d["missed"]:
            out.append(f"    missed: {g.get('kind')} {g.get('subject')} {g.get('claimed')}")
        for p in d["extra"]:
            out.append(f"    extra: {p.get('kind')} {p.get('subject')} {p.get('claimed')}")
    return "\n".join(out)


def run(split: str | Path = "dev", extractor: Extractor | None = None, *, details: bool = False) -> EvalResult:
    """Evaluate one split (or gold file), print the table (and per-item mistakes), return the figures."""
    result = evaluate(load_gold(split), extractor)
    print(format_table(result, str(split)))
    if details:
        print(format_details(result))
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m tests.extraction_eval [dev|heldout|PATH] [--details]``."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    details = "--details" in args
    splits = [a for a in args if a != "--details"] or ["dev"]
    for split in splits:
        run(split, details=details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What a worker does with one input: extract, check, render; hand back files and a manifest.

This runs in a worker process (local pool or Dask worker), so it takes and returns plain picklable
data and writes nothing: the driver is the only writer of the output folder, which keeps writes atomic
and ordered, and lets a Dask cluster work without sharing the driver's disk. Each worker process builds
the spaCy pipeline and loads the evidence once (:func:`worker_state`), then handles one input per task.
A broken input is a failed result, never an exception: one bad transcript must not stop a batch.
"""

from __future__ import annotations

import signal
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from factcheck.errors import FactcheckError

MANIFEST_VERSION = 1


@dataclass(frozen=True)
class Settings:
    """Everything besides the input text that decides the outputs; part of each manifest (see resume)."""

    evidence: str | None = None
    scale: str = "default"
    templates: str | None = None
    about: str | None = None  # --about, --date, --metadata: per-input defaults, see :data:`PER_INPUT`
    formats: tuple[str, ...] = ("html",)
    top: int = 100
    version: str = ""
    date: str | None = None
    metadata: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["formats"] = list(self.formats)
        return data

    def shared(self) -> dict[str, Any]:
        """The settings that decide every input's outputs alike: what resume compares across the batch."""
        return {key: value for key, value in self.to_dict().items() if key not in PER_INPUT}


# Settings that reach an input only through its own defaults (``Task.defaults``: its metadata row, else
# --date/--about). Resume compares those defaults per input, so a table edited in one row redoes one input.
PER_INPUT = frozenset({"about", "date", "metadata"})


@dataclass(frozen=True)
class Task:
    """One input to process. ``data`` is read by the driver (None with ``read_error`` if it could not be)."""

    slug: str
    path: str
    relative: str
    sha256: str | None
    data: bytes | None
    settings: Settings
    read_error: tuple[str, str] | None = None
    timeout: float | None = None  # seconds; not a setting: it changes no output, only when we give up
    # What fills in for missing front matter (title, speaker, date, about): the --metadata row, else
    # --date/--about. Part of the manifest, and what resume compares besides the bytes and shared settings.
    defaults: dict[str, str] = field(default_factory=dict)


@dataclass
class Result:
    """What the driver writes for one input: ``files`` (name → text) then ``manifest`` (as done.json)."""

    slug: str
    manifest: dict[str, Any]
    files: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.manifest.get("status") == "done"


@dataclass
class _State:
    nlp: Any
    checker: Any
    scale: Any


_local = threading.local()
_build_lock = threading.Lock()


def worker_state(settings: Settings) -> _State:
    """The pipeline, evidence and scale for these settings, built once per worker process (and thread)."""
    key = (settings.evidence, settings.scale)
    cache: dict[tuple[str | None, str], _State] = getattr(_local, "states", None) or {}
    _local.states = cache
    if key not in cache:
        with _build_lock:
            from factcheck.evidence import EvidenceStore
            from factcheck.extract import build_pipeline
            from factcheck.rules import Checker
            from factcheck.scales import load_scale

            scale = load_scale(settings.scale)
            cache[key] = _State(nlp=build_pipeline(), checker=Checker(EvidenceStore.load(settings.evidence), scale),
                                scale=scale)
    return cache[key]


def process(task: Task) -> Result:
    """Claims, verdicts and reports for one input; any failure becomes a failed :class:`Result`."""
    started = time.perf_counter()
    try:
        if task.read_error is not None:
            raise FactcheckError(task.read_error[0], task.read_error[1], task.path)
        with _deadline(task.timeout):
            return _process(task, started)
    except InputTimeout as exc:
        error = _timeout_error(task, str(exc))
    except FactcheckError as exc:
        problem = exc.problems[0]
        error = {"code": problem.code, "message": problem.message, "line": problem.line,
                 "reason": "; ".join(str(p) for p in exc.problems)}
    except Exception as exc:  # a bug or an input no rule foresaw: record it, keep the batch going
        error = {"code": "internal", "message": f"{type(exc).__name__}: {exc}", "line": None,
                 "reason": f"{task.path}: internal error: {type(exc).__name__}: {exc}",
                 "traceback": traceback.format_exc(limit=8)}
    return Result(task.slug, _manifest(task, "failed", time.perf_counter() - started, error=error))


class InputTimeout(Exception):
    """An input took longer than the batch's ``--timeout``."""


def _too_long(seconds: float) -> str:
    return f"took longer than {seconds:g} s; skipped (worth reporting as an extractor bug)"


def _timeout_error(task: Task, message: str) -> dict[str, Any]:
    return {"code": "timeout", "message": message, "line": None, "reason": f"{task.path}: {message}"}


def timed_out(task: Task) -> Result:
    """The failed result of an input that ran past ``task.timeout`` where the deadline could not stop it
    from inside (:mod:`factcheck.batch.isolated` killed its process): the same record as :func:`process`'s."""
    assert task.timeout
    error = _timeout_error(task, _too_long(task.timeout))
    return Result(task.slug, _manifest(task, "failed", task.timeout, error=error))


@contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    """Interrupt the work on one input after ``seconds`` (SIGALRM; the regex engine checks signals too).

    One pathological transcript (a regex backtracking for hours) must not hold a worker for the rest of
    the batch. Signals only reach the main thread, which is where pool workers, the serial executor and
    the children of Dask worker threads (:mod:`factcheck.batch.isolated`) run it.
    """
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise InputTimeout(_too_long(seconds))

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def failed(task: Task, message: str, seconds: float = 0.0) -> Result:
    """A failed result for an input whose worker could not report (it died, or its result was lost)."""
    error = {"code": "internal", "message": message, "line": None, "reason": f"{task.path}: {message}"}
    return Result(task.slug, _manifest(task, "failed", seconds, error=error))


def _process(task: Task, started: float) -> Result:
    from factcheck.batch.ranking import score
    from factcheck.documents import read_document
    from factcheck.extract import extract
    from factcheck.records import dumps
    from factcheck.report import SUFFIXES, render
    from factcheck.report.text import anchor, shorten

    settings = task.settings
    state = worker_state(settings)
    assert task.data is not None
    document = read_document(task.path, data=task.data, name=task.path, defaults=task.defaults)
    document = replace(document, slug=task.slug)
    claims = extract(document, state.nlp)
    verdicts = state.checker.check(claims)

    files = {"claims.jsonl": "".join(dumps(c) + "\n" for c in claims),
             "verdicts.jsonl": "".join(dumps(v) + "\n" for v in verdicts)}
    for fmt in settings.formats:
        files[f"{task.slug}{SUFFIXES[fmt]}"] = render(verdicts, fmt, templates_dir=settings.templates,
                                                     scale=state.scale)

    by_kind: dict[str, int] = {}
    by_rating: dict[str, int] = {}
    by_kind_rating: dict[str, dict[str, int]] = {}
    ranked: list[tuple[int, int, dict[str, Any]]] = []
    for position, verdict in enumerate(verdicts):
        kind = verdict.claim.kind if verdict.claim else "other"
        by_kind[kind] = by_kind.get(kind, 0) + 1
        by_rating[verdict.rating] = by_rating.get(verdict.rating, 0) + 1
        cell = by_kind_rating.setdefault(kind, {})
        cell[verdict.rating] = cell.get(verdict.rating, 0) + 1
        ranked.append((score(verdict), position, {
            "claim_id": verdict.claim_id, "anchor": anchor(verdict.claim_id),
            "text": shorten(verdict.claim.text if verdict.claim else "", 400), "kind": kind,
            "rating": verdict.rating, "label": _label(state.scale, verdict.rating), "outcome": verdict.outcome,
            "explanation": shorten(verdict.explanation, 400)}))
    top = best_per_sentence(ranked, settings.top)
    brief = f"{task.slug}{SUFFIXES['html']}" if "html" in settings.formats else None
    return Result(task.slug, _manifest(
        task, "done", time.perf_counter() - started, document=document, claims=len(claims),
        words=len(document.text.split()), by_kind=by_kind, by_rating=by_rating, by_kind_rating=by_kind_rating,
        top=top, brief=brief, files=sorted(files)), files)


def best_per_sentence(ranked: list[tuple[int, int, dict[str, Any]]], limit: int) -> list[dict[str, Any]]:
    """The input's best claims for the triage page: one per sentence, best first.

    A sentence holding four figures gives four claims; listing it four times in a row would push other
    statements off the page. Its best-scored claim stands for it, and ``more`` says how many others
    the sentence holds (they are all in the brief).
    """
    ranked = sorted(ranked, key=lambda item: (-item[0], item[1]))
    kept: dict[str, dict[str, Any]] = {}
    for score_value, position, entry in ranked:
        if entry["text"] in kept:
            kept[entry["text"]]["more"] += 1
        elif len(kept) < limit:
            kept[entry["text"]] = {"score": score_value, "position": position, **entry, "more": 0}
    return list(kept.values())


def _label(scale: Any, rating: str) -> str:
    try:
        return str(scale.for_rating(rating).label)
    except KeyError:
        return rating


def _manifest(task: Task, status: str, seconds: float, *, document: Any = None, error: dict[str, Any] | None = None,
              **counts: Any) -> dict[str, Any]:
    meta = {"title": None, "speaker": None, "date": None}
    if document is not None:
        meta = {"title": document.title, "speaker": document.speaker, "date": document.date}
    manifest: dict[str, Any] = {
        "manifest": MANIFEST_VERSION, "status": status, "slug": task.slug, "path": task.path,
        "relative": task.relative, "sha256": task.sha256, "settings": task.settings.to_dict(),
        "defaults": dict(task.defaults), **meta,
        "claims": 0, "words": 0, "by_kind": {}, "by_rating": {}, "by_kind_rating": {}, "top": [], "brief": None,
        "files": [], "seconds": round(seconds, 3),
    }
    manifest.update(counts)
    if error is not None:
        manifest["error"] = error
    return manifest

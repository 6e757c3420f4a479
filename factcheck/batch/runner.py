"""One batch, start to finish: find inputs, skip finished ones, run the rest, then write the summary.

The driver streams inputs: it reads each file (and hashes it, for resume), hands it to the executor, and
writes each result as it comes back. Nothing proportional to the corpus is held in memory: the input
order goes to a scratch file, counts and the top claims are folded from the manifests at the end.

Resume: an input is skipped when its ``done.json`` exists and records the same input bytes (SHA-256),
the same settings (evidence, scale, formats, factcheck version ...) and the same defaults for its missing
front matter (its ``--metadata`` row, else ``--date``/``--about``). A changed input, a run with other
settings, or an input whose row changed, redoes it. Failed inputs are finished too: an unchanged broken
file fails the same way again, so it is not retried; fix it and ``--resume`` picks it up. Internal failures
(a worker process that died, a bug) are not the input's fault and are retried.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from factcheck.batch.index import href, write_index
from factcheck.batch.inputs import InputFile, Inputs
from factcheck.batch.metadata import load_metadata
from factcheck.batch.progress import Progress
from factcheck.batch.store import OutputStore
from factcheck.batch.summary import Tally, error_record
from factcheck.batch.work import PER_INPUT, Result, Settings, Task
from factcheck.errors import FactcheckError
from factcheck.records import atomic_writer, write_text

# A 200 kB speech takes about a second; ten minutes means the extractor is stuck on that input.
DEFAULT_TIMEOUT = 600.0
ORDER = ".batch-order.tmp"  # scratch: slugs in input order; the .tmp name lets a later run sweep it


@dataclass
class BatchResult:
    out: Path
    figures: dict[str, Any]
    processed: int = 0
    resumed: int = 0
    metadata: dict[str, Any] | None = None  # how inputs matched the --metadata table (summary.json)
    errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return int(self.figures["inputs"]["failed"])


def _executor(settings: Settings, workers: int, scheduler: str | None) -> Any:
    if scheduler:
        from factcheck.batch.dask_executor import DaskExecutor

        return DaskExecutor(settings, scheduler)
    if workers <= 1:
        from factcheck.batch.local import SerialExecutor

        return SerialExecutor(settings)
    from factcheck.batch.local import PoolExecutor

    return PoolExecutor(settings, workers)


def _read(item: InputFile) -> tuple[bytes | None, str | None, tuple[str, str] | None]:
    try:
        data = Path(item.path).read_bytes()
    except IsADirectoryError:
        return None, None, ("FC102", "is a directory, expected a text or Markdown transcript")
    except OSError as exc:
        return None, None, ("FC101", f"cannot be read: {exc.strerror}")
    return data, hashlib.sha256(data).hexdigest(), None


def run_batch(sources: Sequence[str], out: str | Path, *, workers: int = 1, scheduler: str | None = None,
              resume: bool = False, settings: Settings | None = None, progress: Progress | None = None,
              show_progress: bool = True, timeout: float | None = DEFAULT_TIMEOUT) -> BatchResult:
    """Run a batch; see docs/batch.md. Raises FactcheckError for problems with the arguments."""
    from factcheck import __version__

    settings = settings or Settings()
    if not settings.version:
        settings = Settings(**{**settings.__dict__, "version": __version__})
    if "html" not in settings.formats:  # the brief is what index.html links to
        settings = Settings(**{**settings.__dict__, "formats": ("html", *settings.formats)})
    _check_settings(settings)
    metadata = load_metadata(settings.metadata, date=settings.date, about=settings.about)
    if scheduler:  # a mistyped or unreachable scheduler is one line at once, before --out is touched
        from factcheck.batch.dask_executor import check_scheduler

        check_scheduler(scheduler)
    out = Path(out)
    inputs = Inputs(sources, exclude=[out])
    started_at = datetime.now(UTC)
    clock = time.monotonic()

    with OutputStore(out) as store:
        total, size = inputs.survey()
        if total == 0:
            raise FactcheckError("FC101", "no inputs found (a folder gives its .txt and .md files; a glob gives "
                                 "what it matches)", " ".join(sources))
        progress = progress or Progress(total, size, enabled=show_progress)
        result = BatchResult(out=out, figures={})
        sizes: dict[str, int] = {}

        def tasks(order: IO[str]) -> Iterator[Task]:
            for item in inputs:
                order.write(item.slug + "\n")
                data, sha, error = _read(item)
                defaults = metadata.for_input(item.relative)
                if resume and sha is not None:
                    manifest = store.manifest(item.slug)
                    if _finished(manifest, sha, settings, defaults):
                        result.resumed += 1
                        progress.skip(len(data or b""), int(manifest.get("claims") or 0),
                                      manifest.get("status") != "done")
                        continue
                store.forget(item.slug)
                sizes[item.slug] = len(data or b"")
                yield Task(slug=item.slug, path=item.path, relative=item.relative, sha256=sha, data=data,
                           settings=settings, read_error=error, timeout=timeout, defaults=defaults)

        order_path = out / ORDER
        with open(order_path, "w", encoding="utf-8") as order, _executor(settings, workers, scheduler) as executor:
            for done in executor.map_unordered(tasks(order)):
                _record(store, done, progress, result, sizes.pop(done.slug, 0))
            order.flush()
        progress.close()
        result.metadata = metadata.figures()
        result.figures = _finish(store, order_path, settings, started_at, time.monotonic() - clock,
                                 workers=workers, scheduler=scheduler, resume=resume, sources=sources, result=result)
        order_path.unlink(missing_ok=True)
    return result


def _finished(manifest: dict[str, Any] | None, sha: str, settings: Settings, defaults: dict[str, str]) -> bool:
    """Resume skips an input finished from the same bytes with the same settings and the same defaults for
    its front matter, unless it failed for a reason that is not the input's (a crashed worker, a bug: code
    ``internal``), which is worth a retry. ``--about``, ``--date`` and ``--metadata`` are compared through
    each input's defaults, not as settings: editing one row of the table redoes one input."""
    if not manifest or manifest.get("sha256") != sha:
        return False
    recorded = {k: v for k, v in (manifest.get("settings") or {}).items() if k not in PER_INPUT}
    if recorded != settings.shared() or (manifest.get("defaults") or {}) != defaults:
        return False
    return manifest.get("status") == "done" or (manifest.get("error") or {}).get("code") != "internal"


def _check_settings(settings: Settings) -> None:
    """Fail before any work on what would fail every input: an unknown format, scale or template folder."""
    from factcheck.report import FORMATS
    from factcheck.scales import load_scale

    unknown = [f for f in settings.formats if f not in FORMATS]
    if unknown:
        raise FactcheckError("FC402", f"unknown report format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    load_scale(settings.scale)
    if settings.templates is not None and not Path(settings.templates).is_dir():
        raise FactcheckError("FC403", "template folder not found (--templates must name a folder)",
                             settings.templates)
    if settings.evidence is not None:
        from factcheck.evidence import EvidenceStore

        EvidenceStore.load(settings.evidence)  # a broken evidence folder is the user's, not each input's


def _record(store: OutputStore, done: Result, progress: Progress, result: BatchResult, size: int) -> None:
    store.write(done.slug, done.files, done.manifest)
    result.processed += 1
    if not done.ok:
        reason = (done.manifest.get("error") or {}).get("reason") or "failed"
        progress.note(f"failed: {reason}")
    progress.advance(size, int(done.manifest.get("claims") or 0), not done.ok)


def _manifests(store: OutputStore, order_path: Path) -> Iterator[tuple[int, str, dict[str, Any] | None]]:
    with open(order_path, encoding="utf-8") as order:
        for number, line in enumerate(order, start=1):
            slug = line.strip()
            if slug:
                yield number, slug, store.manifest(slug)


def _finish(store: OutputStore, order_path: Path, settings: Settings, started_at: datetime, seconds: float, *,
            workers: int, scheduler: str | None, resume: bool, sources: Sequence[str],
            result: BatchResult) -> dict[str, Any]:
    """summary.json and errors.jsonl in one pass over the manifests, then index.html in a second."""
    tally = Tally(settings.top)
    with atomic_writer(store.out / "errors.jsonl") as errors:
        from factcheck.records import dumps

        for number, _slug, manifest in _manifests(store, order_path):
            tally.add(number, manifest)
            if manifest is not None and manifest.get("status") != "done":
                errors.write(dumps(error_record(manifest)) + "\n")
    figures = tally.figures()
    figures["inputs"].update({"this_run": result.processed, "resumed": result.resumed})
    figures["time"] = {"started": started_at.isoformat(timespec="seconds"),
                       "finished": datetime.now(UTC).isoformat(timespec="seconds"),
                       "seconds": round(seconds, 3), "input_seconds": figures.pop("input_seconds")}
    figures["run"] = {"sources": list(sources), "workers": None if scheduler else workers, "scheduler": scheduler,
                      "resume": resume}
    figures["settings"] = settings.to_dict()
    figures["metadata"] = result.metadata
    import json

    write_text(store.out / "summary.json", json.dumps(figures, ensure_ascii=False, indent=2) + "\n")

    top = [{**entry, "href": href(entry["slug"], entry.get("brief"), entry.get("anchor")),
            "source": entry.get("title") or entry.get("relative")} for entry in tally.top()]
    write_index(store.out / "index.html", figures=figures, top=top,
                inputs=_rows(store, order_path), templates=settings.templates)
    return figures


def _rows(store: OutputStore, order_path: Path) -> Iterator[dict[str, Any]]:
    for number, slug, manifest in _manifests(store, order_path):
        if manifest is None:
            yield {"number": number, "slug": slug, "status": "pending", "relative": slug, "reason": None}
            continue
        by_rating = manifest.get("by_rating") or {}
        top = manifest.get("top") or []
        yield {"number": number, "slug": slug, "status": manifest.get("status"),
               "relative": manifest.get("relative") or manifest.get("path"), "title": manifest.get("title"),
               "speaker": manifest.get("speaker"), "date": manifest.get("date"),
               "claims": manifest.get("claims") or 0,
               "checked": sum(n for rating, n in by_rating.items() if rating != "unverifiable"),
               "best": top[0]["score"] if top else None,
               "href": href(slug, manifest.get("brief")),
               "reason": (manifest.get("error") or {}).get("message")}


def cpu_count() -> int:
    """Cores this process may use (respects CPU affinity and container limits where the OS reports them)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1

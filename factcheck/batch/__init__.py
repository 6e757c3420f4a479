"""Batch runs: thousands of transcripts, in parallel, resumable, with a triage page at the end.

``factcheck batch DIR_OR_GLOB --out OUT`` is :func:`factcheck.batch.runner.run_batch` behind click. The parts:

- :mod:`~factcheck.batch.inputs` finds the inputs, streaming, in a stable order, and gives each a slug
  derived from its relative path (stable across runs, unique within one).
- :mod:`~factcheck.batch.metadata` reads the ``--metadata`` table and gives each input the title, speaker,
  date and country its front matter leaves out (else ``--date``/``--about``).
- :mod:`~factcheck.batch.work` is what a worker does with one input: extract, check, render, and hand back
  the files to write and a manifest. It never writes; the driver does.
- :mod:`~factcheck.batch.local` and :mod:`~factcheck.batch.dask_executor` run that work in worker processes
  or on a Dask cluster with a bounded number of tasks in flight; on Dask, :mod:`~factcheck.batch.isolated`
  runs each worker thread's inputs in a child process, so that ``--timeout`` holds there too.
- :mod:`~factcheck.batch.store` owns the output folder: atomic per-input writes, the ``done.json`` manifest
  written last, the lock, the clean-up of temporary files a killed run left behind.
- :mod:`~factcheck.batch.summary` and :mod:`~factcheck.batch.index` build ``summary.json``,
  ``errors.jsonl`` and ``index.html`` from the manifests alone, streaming, so a resumed run rebuilds them
  without re-reading any claims; :mod:`~factcheck.batch.ranking` is the check-worthiness score.
- :mod:`~factcheck.batch.progress` draws the progress bar (or plain lines when stderr is not a terminal).

See docs/batch.md.
"""

from __future__ import annotations

__all__ = ["run_batch"]


def __getattr__(name: str) -> object:
    # Lazy, so ``import factcheck.batch.cli`` (done by ``factcheck --help``) stays light.
    if name == "run_batch":
        from factcheck.batch.runner import run_batch

        return run_batch
    raise AttributeError(name)

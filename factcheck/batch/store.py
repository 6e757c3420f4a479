"""The batch output folder: per-input files written atomically, ``done.json`` last, one writer at a time.

Layout::

    OUT/inputs/<slug>/claims.jsonl     claim records of that input
    OUT/inputs/<slug>/verdicts.jsonl   verdict records
    OUT/inputs/<slug>/<slug>.html      the brief (and .md / .claimreview.json when asked for)
    OUT/inputs/<slug>/done.json        the manifest: written last, so it exists only when the rest is whole

Why this survives ``kill -9`` at any moment: every file goes to a temporary name and is renamed into
place (:func:`factcheck.records.atomic_writer`), so no file is ever torn; an input is finished exactly
when its ``done.json`` exists, and a redo deletes the old ``done.json`` before touching anything else,
so a manifest never vouches for outputs it did not see. The only debris a kill can leave is temporary
files, which the next run removes under the folder's lock.
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path
from typing import IO, Any

from factcheck.errors import FactcheckError
from factcheck.records import write_text

MANIFEST = "done.json"
INPUTS = "inputs"
LOCK = ".batch.lock"


class OutputStore:
    """Owns ``OUT``. Use as a context manager: it takes the lock and sweeps what a killed run left."""

    def __init__(self, out: str | Path) -> None:
        self.out = Path(out)
        self._lock: IO[str] | None = None

    def __enter__(self) -> OutputStore:
        from factcheck.pipeline import prepare_out

        prepare_out(self.out)
        handle = open(self.out / LOCK, "a")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise FactcheckError("FC401", "another batch is writing to this folder; wait for it or choose "
                                 "another --out", str(self.out)) from None
        self._lock = handle
        self.sweep()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._lock is not None:
            self._lock.close()  # releases the flock; the kernel does the same if we are killed
            self._lock = None

    def sweep(self) -> int:
        """Remove temporary files left by a killed run (safe: we hold the lock, nobody else writes here)."""
        removed = 0
        for folder, _dirs, files in os.walk(self.out):
            for name in files:
                if name.startswith(".") and name.endswith(".tmp"):
                    Path(folder, name).unlink(missing_ok=True)
                    removed += 1
        return removed

    def folder(self, slug: str) -> Path:
        return self.out / INPUTS / slug

    def manifest(self, slug: str) -> dict[str, Any] | None:
        """The input's manifest, or None when it has not finished (or the file is not a manifest)."""
        try:
            data = json.loads((self.folder(slug) / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) and data.get("slug") == slug else None

    def forget(self, slug: str) -> None:
        """Before redoing an input: its old manifest goes first, so a kill mid-redo reads as unfinished."""
        (self.folder(slug) / MANIFEST).unlink(missing_ok=True)

    def write(self, slug: str, files: dict[str, str], manifest: dict[str, Any]) -> None:
        """The input's files, each atomically, stale ones removed, then the manifest."""
        folder = self.folder(slug)
        self.forget(slug)
        for name, text in files.items():
            write_text(folder / name, text)
        if folder.is_dir():
            for stale in folder.iterdir():
                if stale.name not in files and stale.name != MANIFEST and stale.is_file():
                    stale.unlink(missing_ok=True)
        write_text(folder / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")

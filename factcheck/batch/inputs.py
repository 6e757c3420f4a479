"""Finding a batch's inputs: a folder, a glob, or files, streamed in a stable order.

Inputs are never listed into memory: folders are walked with their entries sorted, so the order is the
same on every run and every machine, and a glob is matched during the same walk (``**`` for any depth).
Each input gets a slug derived from its path relative to the batch's root, so it is stable across runs
and two ``speech.txt`` in different folders never collide: the readable part is the slugified relative
path, and a short hash of the exact relative path keeps apart names that slugify alike (``A.txt``,
``a.md``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

from factcheck.documents import slugify
from factcheck.errors import FactcheckError

# What a folder holds that we take for a transcript; a glob takes whatever it matches.
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
_MAGIC = set("*?[")
SLUG_READABLE_CHARS = 80


@dataclass(frozen=True)
class InputFile:
    """One input: ``path`` as the user will recognise it, ``relative`` to the batch root, and its ``slug``."""

    path: str
    relative: str
    slug: str


@dataclass(frozen=True)
class _Source:
    root: str  # a folder
    pattern: tuple[str, ...] | None  # glob components below root; None: every text file
    single: str | None = None  # one named file


def input_slug(relative: str) -> str:
    """``2019/SWE_74_2019.txt`` → ``2019-swe-74-2019-<8 hex>``: readable, stable, unique."""
    posix = PurePosixPath(*Path(relative).parts).as_posix()
    stem = posix[: -len(PurePosixPath(posix).suffix)] if PurePosixPath(posix).suffix else posix
    readable = slugify(stem)[:SLUG_READABLE_CHARS].strip("-") or "input"
    digest = hashlib.sha256(posix.encode("utf-8")).hexdigest()[:8]
    return f"{readable}-{digest}"


def _has_magic(text: str) -> bool:
    return any(ch in _MAGIC for ch in text)


def _parse(source: str) -> _Source:
    path = Path(source)
    if not _has_magic(source):
        if path.is_dir():
            return _Source(root=os.path.normpath(source), pattern=None)
        if path.is_file():
            return _Source(root=os.path.normpath(str(path.parent)), pattern=None,
                           single=os.path.normpath(source))
        raise FactcheckError("FC101", "no such file or folder (give a folder, a file or a quoted glob)", source)
    parts = Path(source).parts
    fixed: list[str] = []
    for part in parts:
        if _has_magic(part):
            break
        fixed.append(part)
    root = os.path.normpath(os.path.join(*fixed)) if fixed else "."
    return _Source(root=root, pattern=tuple(parts[len(fixed):]))


def _match(pattern: Sequence[str], parts: Sequence[str]) -> bool:
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_match(pattern[1:], parts[i:]) for i in range(len(parts) + 1))
    return bool(parts) and fnmatchcase(parts[0], pattern[0]) and _match(pattern[1:], parts[1:])


def _walk(source: _Source, exclude: set[str]) -> Iterator[str]:
    """Paths under the source, sorted folder by folder; hidden entries and ``exclude`` folders skipped."""
    if source.single is not None:
        yield source.single
        return
    fixed_depth = None if source.pattern is None or "**" in source.pattern else len(source.pattern) - 1
    for folder, dirnames, filenames in os.walk(source.root):
        rel_folder = os.path.relpath(folder, source.root)
        depth = 0 if rel_folder == "." else len(Path(rel_folder).parts)
        kept = [d for d in dirnames if not d.startswith(".")
                and os.path.realpath(os.path.join(folder, d)) not in exclude]
        if fixed_depth is not None and depth >= fixed_depth:
            kept = []
        dirnames[:] = sorted(kept)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            if source.pattern is None:
                if name.lower().endswith(TEXT_SUFFIXES):
                    yield path
            else:
                rel = Path(os.path.relpath(path, source.root)).parts
                if _match(source.pattern, rel):
                    yield path


class Inputs:
    """The inputs of one batch. Iterate for :class:`InputFile` in order; :meth:`survey` counts them."""

    def __init__(self, sources: Sequence[str], exclude: Sequence[str | Path] = ()) -> None:
        if not sources:
            raise FactcheckError("FC101", "no inputs given: name a folder, a file or a quoted glob")
        self.sources = [_parse(s) for s in sources]
        self.exclude = {os.path.realpath(str(e)) for e in exclude}
        roots = [os.path.abspath(s.root) for s in self.sources]
        self.root = os.path.commonpath(roots)

    def __iter__(self) -> Iterator[InputFile]:
        # One source cannot yield a path twice; several overlapping ones can, so only then remember.
        seen: set[str] | None = set() if len(self.sources) > 1 else None
        for source in self.sources:
            for path in _walk(source, self.exclude):
                relative = os.path.relpath(os.path.abspath(path), self.root)
                if seen is not None:
                    if relative in seen:
                        continue
                    seen.add(relative)
                yield InputFile(path=os.path.normpath(path), relative=relative, slug=input_slug(relative))

    def survey(self) -> tuple[int, int]:
        """(number of inputs, total bytes): a walk with ``stat`` only, for the progress bar's estimates."""
        count = size = 0
        for item in self:
            count += 1
            with contextlib.suppress(OSError):  # vanished since: reading it will say so
                size += os.stat(item.path).st_size
        return count, size

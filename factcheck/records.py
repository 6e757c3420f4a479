"""Reading and writing JSON Lines of records, and writing any output file atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeVar

from factcheck.errors import FactcheckError
from factcheck.model import Claim, RecordError, Verdict

T = TypeVar("T")


def _default_mode() -> int:
    """Permissions a plain ``open()`` would give (mkstemp's are owner-only)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def atomic_writer(path: str | Path, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and rename it into place only when all went well.

    A reader never sees a half-written file: either the old content or the new.
    """
    target = Path(path)
    if target.is_dir():
        raise FactcheckError("FC401", "is a directory, expected a file to write", str(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise FactcheckError("FC401", f"cannot write here: {exc.strerror}", str(target)) from None
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _default_mode())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: str | Path, text: str) -> None:
    with atomic_writer(path) as handle:
        handle.write(text)


def dumps(record: Any) -> str:
    data = record.to_dict() if hasattr(record, "to_dict") else record
    return json.dumps(data, ensure_ascii=False, sort_keys=False)


def write_jsonl(path: str | Path, records: Iterable[Any]) -> None:
    with atomic_writer(path) as handle:
        for record in records:
            handle.write(dumps(record) + "\n")


def read_jsonl(path: str | Path, parse: Callable[[Any], T], text: str | None = None) -> list[T]:
    """Parse every line with ``parse``; the first bad line becomes a ``file:line`` error."""
    name = str(path)
    if text is None:
        source = Path(path)
        if not source.exists():
            raise FactcheckError("FC101", "file not found", name)
        if source.is_dir():
            raise FactcheckError("FC102", "is a directory, expected a JSON Lines file", name)
        try:
            text = source.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise FactcheckError("FC103", "is not UTF-8 text", name) from None
    records: list[T] = []
    # JSON Lines are split on "\n" only: str.splitlines() would also split inside strings holding
    # U+0085, U+2028 or other line separators that JSON leaves unescaped
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FactcheckError("FC201", f"not valid JSON ({exc.msg}, column {exc.colno})", name,
                                 number) from None
        try:
            records.append(parse(data))
        except RecordError as exc:
            raise FactcheckError("FC202", str(exc), name, number, exc.field) from None
        except (TypeError, ValueError) as exc:
            raise FactcheckError("FC202", f"bad record: {exc}", name, number) from None
    return records


def read_claims(path: str | Path, text: str | None = None) -> list[Claim]:
    return read_jsonl(path, Claim.from_dict, text)


def read_verdicts(path: str | Path, text: str | None = None) -> list[Verdict]:
    return read_jsonl(path, Verdict.from_dict, text)

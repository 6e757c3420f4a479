"""Turning an input file into a :class:`Document`: encoding, front matter, slug.

Transcripts are untrusted: anything that is not clearly text is refused with a reason, never guessed at.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import FactcheckError
from factcheck.model import Document

FRONT_MATTER_FIELDS = ("title", "speaker", "date", "url", "about", "language")
_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def slugify(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug or "statement"


def decode(data: bytes, path: str) -> str:
    """Decode bytes whose encoding can be known for sure: UTF-8, or any UTF with a byte-order mark."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:8192]:
        raise FactcheckError("FC103", "is not text (it contains NUL bytes: binary data, or UTF-16 "
                             "without a byte-order mark); convert it to UTF-8", path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FactcheckError("FC104", f"is not UTF-8 (byte 0x{data[exc.start]:02x}); its encoding cannot "
                             "be known for sure: convert it to UTF-8", path, line) from None


def read_document(path: str | Path, *, about: str | None = None, data: bytes | None = None,
                  name: str | None = None, date: str | None = None,
                  defaults: Mapping[str, str] | None = None) -> Document:
    """Read a transcript from ``path`` (or from ``data`` when given, e.g. standard input)."""
    label = name or str(path)
    if data is None:
        file = Path(path)
        if not file.exists():
            raise FactcheckError("FC101", "file not found", label)
        if file.is_dir():
            raise FactcheckError("FC102", "is a directory, expected a text or Markdown transcript", label)
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise FactcheckError("FC101", f"cannot be read: {exc.strerror}", label) from None
    text = decode(data, label)
    return parse_document(text, label, about=about, date=date, defaults=defaults)


def parse_document(text: str, path: str, *, about: str | None = None, date: str | None = None,
                   defaults: Mapping[str, str] | None = None) -> Document:
    """A document from text.

    Precedence, strongest first: ``about`` and ``date`` (the command line of ``factcheck run``, which names
    its documents one by one) override the front matter; the front matter; ``defaults`` (``title``,
    ``speaker``, ``date``, ``about`` from a batch's ``--metadata`` table, ``--date`` and ``--about``) fill
    only the fields the front matter leaves out. Defaults are validated by whoever made them.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body, offset = split_front_matter(text, path)
    if not body.strip():
        raise FactcheckError("FC107", "has no text to check", path)
    fields: dict[str, Any] = {k: meta.get(k) for k in FRONT_MATTER_FIELDS}
    for key, value in list(fields.items()):
        if value is None:
            continue
        if isinstance(value, dt.date):
            value = value.isoformat()
        if not isinstance(value, str | int | float):
            raise FactcheckError("FC106", f"front matter field {key!r} must be text", path, 1, key)
        fields[key] = str(value).strip()
    for key, value in (defaults or {}).items():
        if key in fields and not fields[key] and value:
            fields[key] = value
    if date:
        if not _DATE.match(date):
            raise FactcheckError("FC106", f"--date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD", path)
        fields["date"] = date
    if fields["date"] and not _DATE.match(fields["date"]):
        raise FactcheckError("FC106", f"front matter date {fields['date']!r} is not YYYY, YYYY-MM or "
                             "YYYY-MM-DD", path, 1, "date")
    if about:
        fields["about"] = about
    stem = Path(path).stem if path not in ("-", "<stdin>") else (fields["title"] or "stdin")
    return Document(text=body, path=path, slug=slugify(stem), offset=offset,
                    first_line=text[:offset].count("\n") + 1, meta=meta, **fields)


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], str, int]:
    """Return (front matter, body, offset of body in text). A file without front matter is all body."""
    if not text.startswith("---"):
        return {}, text, 0
    first = _FENCE.match(text)
    if not first:
        return {}, text, 0
    closing = _FENCE.search(text, first.end())
    if not closing:
        raise FactcheckError("FC105", "front matter starts with '---' but has no closing '---' line", path, 1)
    block = text[first.end():closing.start()]
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise FactcheckError("FC105", f"front matter is not valid YAML: {problem}", path, line) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FactcheckError("FC105", "front matter must be a mapping of fields (title: ..., date: ...)",
                             path, 2)
    offset = closing.end()
    if text[offset:offset + 1] == "\n":
        offset += 1
    return meta, text[offset:], offset

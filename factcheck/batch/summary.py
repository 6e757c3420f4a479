"""Folding per-input manifests into the batch's figures, one manifest at a time.

Memory stays flat however big the corpus: counts are added up as manifests stream past, and only the
``top`` best-ranked claims are kept (a bounded heap). Because the figures come from manifests alone, a
resumed run rebuilds ``summary.json``, ``errors.jsonl`` and ``index.html`` for inputs finished by an
earlier run without reading their claims again.
"""

from __future__ import annotations

import heapq
from typing import Any

from factcheck.model import KINDS, RATINGS


def error_record(manifest: dict[str, Any]) -> dict[str, Any]:
    """One line of ``errors.jsonl``: which input, and why it failed."""
    error = manifest.get("error") or {}
    return {"path": manifest.get("path"), "slug": manifest.get("slug"), "code": error.get("code"),
            "message": error.get("message"), "line": error.get("line"), "reason": error.get("reason")}


class Tally:
    def __init__(self, top: int) -> None:
        self.top_n = top
        self.total = self.done = self.failed = self.pending = 0
        self.claims = self.words = 0
        self.input_seconds = 0.0
        self.by_kind: dict[str, int] = dict.fromkeys(KINDS, 0)
        self.by_rating: dict[str, int] = dict.fromkeys(RATINGS, 0)
        self.by_kind_rating: dict[str, dict[str, int]] = {k: dict.fromkeys(RATINGS, 0) for k in KINDS}
        self._heap: list[tuple[int, int, int, dict[str, Any]]] = []

    def add(self, number: int, manifest: dict[str, Any] | None) -> None:
        """The manifest of input ``number`` (its place in input order), or None if it never finished."""
        self.total += 1
        if manifest is None:
            self.pending += 1
            return
        self.input_seconds += float(manifest.get("seconds") or 0)
        if manifest.get("status") != "done":
            self.failed += 1
            return
        self.done += 1
        self.claims += int(manifest.get("claims") or 0)
        self.words += int(manifest.get("words") or 0)
        for kind, n in (manifest.get("by_kind") or {}).items():
            self.by_kind[kind] = self.by_kind.get(kind, 0) + n
        for rating, n in (manifest.get("by_rating") or {}).items():
            self.by_rating[rating] = self.by_rating.get(rating, 0) + n
        for kind, cells in (manifest.get("by_kind_rating") or {}).items():
            row = self.by_kind_rating.setdefault(kind, dict.fromkeys(RATINGS, 0))
            for rating, n in cells.items():
                row[rating] = row.get(rating, 0) + n
        for entry in manifest.get("top") or []:
            self._offer(number, manifest, entry)

    def _offer(self, number: int, manifest: dict[str, Any], entry: dict[str, Any]) -> None:
        # Heap of the best ``top_n``; its smallest key is the worst kept claim. Larger key = better:
        # higher score, then earlier input, then earlier position.
        key = (int(entry["score"]), -number, -int(entry["position"]))
        if len(self._heap) >= self.top_n and key <= self._heap[0][:3]:
            return
        item = {**entry, "input": number, "slug": manifest["slug"], "path": manifest.get("path"),
                "relative": manifest.get("relative"), "title": manifest.get("title"),
                "speaker": manifest.get("speaker"), "date": manifest.get("date"), "brief": manifest.get("brief")}
        if len(self._heap) < self.top_n:
            heapq.heappush(self._heap, (*key, item))
        else:
            heapq.heapreplace(self._heap, (*key, item))

    def top(self) -> list[dict[str, Any]]:
        """The best-ranked claims, best first."""
        return [item for *_, item in sorted(self._heap, key=lambda entry: entry[:3], reverse=True)]

    def figures(self) -> dict[str, Any]:
        return {
            "inputs": {"total": self.total, "done": self.done, "failed": self.failed, "pending": self.pending},
            "claims": {"total": self.claims, "by_kind": self.by_kind, "by_rating": self.by_rating,
                       "by_kind_and_rating": self.by_kind_rating},
            "words": self.words,
            "input_seconds": round(self.input_seconds, 3),
        }

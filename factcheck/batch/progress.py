"""Progress on stderr: a one-line bar on a terminal, plain lines in logs and pipes.

A bar redrawn with ``\\r`` is noise in a CI log or a newsroom's cron mail, so when stderr is not a
terminal we print a plain line at every tenth of the way (or every ``interval`` seconds, whichever
comes first). Time left is estimated from bytes, not files: transcripts vary a hundredfold in length.
Inputs skipped by ``--resume`` count as done but not towards the rate. No dependency: twenty lines of
arithmetic did not justify one.
"""

from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO

PLAIN_INTERVAL = 30.0
BAR_REFRESH = 0.1


def duration(seconds: float) -> str:
    """``75`` → ``1m15s``; ``3725`` → ``1h02m``."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


class Progress:
    def __init__(self, total_files: int, total_bytes: int, stream: TextIO | None = None, *,
                 bar: bool | None = None, interval: float = PLAIN_INTERVAL, enabled: bool = True) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.bar = self.stream.isatty() if bar is None else bar
        self.enabled = enabled
        self.total_files = total_files
        self.total_bytes = max(total_bytes, 1)
        self.interval = interval
        self.files = self.failed = self.claims = self.skipped = 0
        self.done_bytes = self.run_bytes = 0
        self.run_files = 0
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._last_step = -1
        self._drawn = False

    # -- events -------------------------------------------------------------------------------------
    def skip(self, size: int, claims: int, failed: bool) -> None:
        """An input finished by an earlier run (``--resume``)."""
        self.skipped += 1
        self._count(size, claims, failed)
        self._update()

    def advance(self, size: int, claims: int, failed: bool) -> None:
        """An input finished now."""
        self.run_files += 1
        self.run_bytes += size
        self._count(size, claims, failed)
        self._update()

    def note(self, line: str) -> None:
        """A line of its own (a failed input), printed above the bar."""
        if not self.enabled:
            return
        self._clear()
        print(line, file=self.stream, flush=True)
        self._drawn = False
        self._update(force=self.bar)

    def close(self) -> None:
        if not self.enabled:
            return
        if self.bar:
            self._draw(force=True)
            print(file=self.stream, flush=True)
        elif self._last_step < 10 or self.files != self.total_files:
            print(self.line(), file=self.stream, flush=True)

    # -- text ---------------------------------------------------------------------------------------
    def line(self) -> str:
        """``412/1551 files (26%), 8,231 claims, 3 failed, 3.2 files/s, 4m10s elapsed, about 12m left``."""
        parts = [f"{self.files}/{self.total_files} files ({self._percent():.0f}%)", f"{self.claims:,} claims"]
        if self.failed:
            parts.append(f"{self.failed} failed")
        if self.skipped:
            parts.append(f"{self.skipped} done before")
        elapsed = time.monotonic() - self.started
        if self.run_files and elapsed > 0:
            parts.append(f"{self.run_files / elapsed:.1f} files/s")
        parts.append(f"{duration(elapsed)} elapsed")
        left = self.seconds_left()
        if left is not None and self.files < self.total_files:
            parts.append(f"about {duration(left)} left")
        return "batch: " + ", ".join(parts)

    def seconds_left(self) -> float | None:
        elapsed = time.monotonic() - self.started
        if not self.run_bytes or elapsed <= 0:
            return None
        remaining = max(self.total_bytes - self.done_bytes, 0)
        return remaining / (self.run_bytes / elapsed)

    # -- internals ----------------------------------------------------------------------------------
    def _count(self, size: int, claims: int, failed: bool) -> None:
        self.files += 1
        self.done_bytes += size
        self.claims += claims
        self.failed += int(failed)

    def _percent(self) -> float:
        return 100.0 * self.files / self.total_files if self.total_files else 100.0

    def _update(self, force: bool = False) -> None:
        if not self.enabled:
            return
        if self.bar:
            self._draw(force)
            return
        step = int(self._percent() // 10)
        now = time.monotonic()
        if step > self._last_step or now - self._last_draw >= self.interval:
            self._last_step = step
            self._last_draw = now
            print(self.line(), file=self.stream, flush=True)

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_draw < BAR_REFRESH and self.files < self.total_files:
            return
        self._last_draw = now
        width = shutil.get_terminal_size((100, 20)).columns
        text = self.line().removeprefix("batch: ")
        cells = max(10, min(30, width - len(text) - 8))
        filled = int(cells * self._percent() / 100)
        line = f"|{'█' * filled}{' ' * (cells - filled)}| {text}"
        self.stream.write("\r" + line[: width - 1].ljust(width - 1))
        self.stream.flush()
        self._drawn = True

    def _clear(self) -> None:
        if self.bar and self._drawn:
            width = shutil.get_terminal_size((100, 20)).columns
            self.stream.write("\r" + " " * (width - 1) + "\r")

"""Batch throughput and memory on the real corpora: words per second with 1 and 2 workers, the speed-up, peak RSS.

    python benchmarks/batch.py              # all UN General Debate 2017–2024 speeches + State of the Union texts
    python benchmarks/batch.py --limit 200  # an evenly spread sample of 200 of them

Each configuration runs ``factcheck batch`` in a fresh process (as a user would), over the same inputs, into a
fresh output folder; a sampler adds up the resident memory of that process and all its children every 50 ms,
so "peak RSS" covers the whole batch (driver + worker processes), not one process. RSS counts the pages of shared
libraries once per process that maps them; PSS (sampled every 250 ms) splits them, so the PSS sum is what the
tree really occupies. Both are printed; the target is checked against RSS, the stricter one.
Words are those of the inputs that were processed, as counted in summary.json (whitespace-separated); an input
stuck past --timeout (default 60 s here) is listed as failed and its words are not counted, but its time is.
Targets on a 2-core machine: speed-up >= 1.7, peak RSS < 500 MB.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

CORPORA = Path(os.environ.get("FACTCHECK_CORPORA", Path(__file__).resolve().parents[2] / "shared/data/corpora"))
SOURCES = (("ungdc/sessions_2017-2024", "**/*.txt"), ("sotu/texts", "*.txt"))


def corpus_files() -> list[Path]:
    files: list[Path] = []
    for folder, pattern in SOURCES:
        files.extend(sorted((CORPORA / folder).glob(pattern)))
    if not files:
        sys.exit(f"no corpus under {CORPORA} (set FACTCHECK_CORPORA)")
    return files


def sample(files: list[Path], limit: int | None) -> list[Path]:
    """An even spread over both corpora (not the first N, which would all be 2017 UN speeches)."""
    if not limit or limit >= len(files):
        return files
    step = len(files) / limit
    return [files[int(i * step)] for i in range(limit)]


def link_inputs(files: list[Path], folder: Path) -> None:
    """Symlinks under their corpus-relative paths, so the batch sees one folder and unique slugs."""
    for file in files:
        target = folder / file.relative_to(CORPORA)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(file)


class PeakRSS:
    """Samples the summed RSS of a process and its descendants in a thread; ``peak`` in bytes."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        import psutil  # comes with distributed (factcheck[dask], factcheck[test])

        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.peak_single = 0
        self.peak_pss = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            sizes = []
            for proc in procs:
                with contextlib.suppress(psutil.Error):
                    sizes.append(proc.memory_info().rss)
            self.peak = max(self.peak, sum(sizes))
            self.peak_single = max(self.peak_single, max(sizes, default=0))
            self.samples += 1
            if self.samples % 5 == 1:
                self.peak_pss = max(self.peak_pss, sum(_pss(proc.pid) for proc in procs))
            time.sleep(self.interval)


def _pss(pid: int) -> int:
    """Proportional set size: shared pages (spaCy's, numpy's, vl-convert's libraries) split between the
    processes that map them, so the sum over a process tree is what it really occupies. Linux only."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


ENTRIES = {
    # what users run: the whole `factcheck` command line, with whatever it imports at start-up
    "cli": [sys.executable, "-m", "factcheck.cli", "batch"],
    # the batch command alone, to tell the batch's own memory from the start-up imports of other commands
    "batch": [sys.executable, "-c", "from factcheck.batch.cli import batch; batch()"],
}


def run(inputs: Path, out: Path, workers: int, timeout: float, entry: str = "cli") -> dict[str, float]:
    command = [*ENTRIES[entry], str(inputs), "--out", str(out),
               "--workers", str(workers), "--timeout", str(timeout), "--no-progress"]
    started = time.perf_counter()
    cpu_before = os.times()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    with PeakRSS(process.pid) as rss:
        code = process.wait()
    wall = time.perf_counter() - started
    cpu_after = os.times()
    cpu = sum(getattr(cpu_after, f) - getattr(cpu_before, f) for f in ("children_user", "children_system"))
    if code != 0:
        sys.exit(f"factcheck batch failed with exit status {code}")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    words = summary["words"]
    return {"workers": workers, "inputs": summary["inputs"]["done"], "failed": summary["inputs"]["failed"],
            "batch_seconds": summary["time"]["seconds"],
            "claims": summary["claims"]["total"], "words": words, "seconds": wall, "words_per_second": words / wall,
            "peak_rss_mb": rss.peak / 2**20, "peak_single_mb": rss.peak_single / 2**20,
            "peak_pss_mb": rss.peak_pss / 2**20, "cpu_seconds": cpu,
            "load_after": os.getloadavg()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="use an even sample of N inputs (default: all)")
    parser.add_argument("--workers", default="1,2", help="worker counts to compare (default: 1,2)")
    parser.add_argument("--timeout", type=float, default=60,
                        help="per-input time limit passed to factcheck batch (default: 60 s)")
    parser.add_argument("--entry", choices=sorted(ENTRIES), default="cli",
                        help="cli: `factcheck batch` as users run it (default); batch: the batch command alone")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON as well")
    args = parser.parse_args()

    files = sample(corpus_files(), args.limit)
    counts = [int(n) for n in args.workers.split(",")]
    print(f"{len(files)} inputs from {CORPORA} ({sum(f.stat().st_size for f in files) / 2**20:.1f} MB); "
          f"{os.cpu_count()} cores", flush=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as scratch:
        inputs = Path(scratch) / "inputs"
        link_inputs(files, inputs)
        for workers in counts:
            out = Path(scratch) / f"out-{workers}"
            figures = run(inputs, out, workers, args.timeout, args.entry)
            results.append(figures)
            print(f"{workers} worker{'s' if workers > 1 else ' '}: {figures['words']:,} words in "
                  f"{figures['seconds']:.1f} s = {figures['words_per_second']:,.0f} words/s; "
                  f"{figures['inputs']} inputs, {figures['claims']:,} claims, {figures['failed']} failed; "
                  f"peak RSS {figures['peak_rss_mb']:.0f} MB (PSS {figures['peak_pss_mb']:.0f} MB, largest process "
                  f"{figures['peak_single_mb']:.0f} MB); "
                  f"{figures['cpu_seconds']:.0f} s CPU; 1-minute load average {figures['load_after']:.1f} at the end",
                  flush=True)
            for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines():
                error = json.loads(line)
                print(f"    failed: {error['reason']}", flush=True)
    base = results[0]
    for figures in results[1:]:
        speedup = figures["words_per_second"] / base["words_per_second"]
        figures["speedup"] = speedup
        print(f"speed-up {base['workers']} → {figures['workers']} workers: {speedup:.2f}x (target >= 1.7)")
    print(f"peak RSS over all runs: {max(r['peak_rss_mb'] for r in results):.0f} MB (target < 500 MB)")
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

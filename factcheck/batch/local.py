"""Running the work on this machine: in-process for one worker, a process pool for more.

Parallelism is across files, one spaCy pipeline per worker process, never ``nlp.pipe(n_process=...)``:
the pipeline is rule-based and cheap to call, so shipping docs between processes costs more than it
saves, while whole files are big, independent units. At most ``2 × workers`` tasks are in flight, so
memory follows the number of workers, not the size of the corpus; results come back in completion
order (each carries its slug), and the driver writes them.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from factcheck.batch.work import Result, Settings, Task, failed, process, worker_state

IN_FLIGHT_PER_WORKER = 2
MAX_BLAMED_IN_A_ROW = 3


class SerialExecutor:
    """One worker: the driver does the work itself (no pickling, plain tracebacks under a debugger)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __enter__(self) -> SerialExecutor:
        worker_state(self.settings)
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def map_unordered(self, tasks: Iterable[Task]) -> Iterator[Result]:
        for task in tasks:
            yield process(task)


def _init_worker(settings: Settings, parent: int) -> None:
    """Pool worker start: ignore Ctrl-C (the driver handles it), exit with the driver, warm up once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=watch_parent, args=(parent,), daemon=True).start()
    worker_state(settings)


def watch_parent(parent: int) -> None:
    """Exit when the process that started this one is gone (pool workers; the children of Dask workers).

    A driver killed with SIGKILL cannot tell its pool to stop; orphans would keep burning CPU.
    """
    while True:
        if os.getppid() != parent:
            os._exit(1)
        time.sleep(0.5)


class PoolExecutor:
    """``workers`` processes (spawned, so nothing of the driver's state leaks in), bounded in flight.

    A worker that dies (the out-of-memory killer, a crash in native code) breaks the whole pool and every
    task in flight with it. The pool is then restarted and those tasks are retried one at a time, so the
    input that kills a worker alone is found and recorded as failed, and the batch goes on; without this,
    ``--resume`` would meet the same input and die again.
    """

    def __init__(self, settings: Settings, workers: int, work: Callable[[Task], Result] = process) -> None:
        self.settings = settings
        self.workers = workers
        self.work = work
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_init_worker, initargs=(self.settings, os.getpid()))
        return self._pool

    def __enter__(self) -> PoolExecutor:
        self._start()
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=exc_type is None, cancel_futures=True)
            self._pool = None

    def map_unordered(self, tasks: Iterable[Task]) -> Iterator[Result]:
        assert self._pool is not None, "use PoolExecutor as a context manager"
        pool = self._pool
        limit = self.workers * IN_FLIGHT_PER_WORKER
        pending: dict[Future[Result], Task] = {}
        suspects: deque[Task] = deque()  # in flight when a worker died: retried alone
        alone: Task | None = None
        blamed = 0  # inputs blamed for a dead worker since the last task that came back
        source = iter(tasks)
        exhausted = False
        while True:
            if suspects:
                if not pending:
                    alone = suspects.popleft()
                    pending[pool.submit(self.work, alone)] = alone
            else:
                while not exhausted and len(pending) < limit:
                    task = next(source, None)
                    if task is None:
                        exhausted = True
                    else:
                        pending[pool.submit(self.work, task)] = task
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                task = pending.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken = True
                    suspects.append(task)
                    continue
                except Exception as exc:  # e.g. a result that cannot be pickled back
                    result = failed(task, f"worker error: {type(exc).__name__}: {exc}")
                if task is alone:
                    alone = None
                blamed = 0
                yield result
            if broken:
                suspects.extend(pending.values())
                pending.clear()
                if alone is not None:  # it ran by itself: it is the one that kills workers
                    suspects.remove(alone)
                    blamed += 1
                    if blamed >= MAX_BLAMED_IN_A_ROW:  # not the inputs: the workers cannot run at all
                        raise BrokenProcessPool(f"{blamed} inputs in a row killed their worker process")
                    yield failed(alone, "the worker process died on this input (out of memory, or a crash)")
                alone = None
                pool.shutdown(wait=False, cancel_futures=True)
                pool = self._start()

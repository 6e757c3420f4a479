"""One input at a time in a child process of its own: how ``--timeout`` is kept on Dask workers.

A Dask worker runs its tasks in threads. The local pool's deadline is a ``SIGALRM``, which only a
process's main thread receives, and nothing else stops a thread that is inside a regular expression. So
each Dask worker thread hands its inputs to a child process it keeps (``python -m
factcheck.batch.isolated``, started on the thread's first input, the pipeline built once in it), where
:func:`factcheck.batch.work.process` runs in the main thread under the same deadline as on the local
pool, and the same input gives the same records and the same ``timeout`` failure.

The worker thread waits for the child's answer; if none comes ``GRACE`` seconds after the deadline (the
child is stuck in native code that does not look at signals), it kills the child and records the
timeout itself, and the next input starts a fresh child. A child that dies on an input (the out-of-memory
killer, a crash) fails that input alone, as on the local pool; the Dask worker is not affected. A child
exits by itself when its worker process is gone.

Memory: a Dask nanny watches its worker process, not the worker's children, so the thread watches the
child in its stead: a child above the worker's ``terminate`` threshold (95 % of ``--memory-limit`` by
default), where the nanny would have restarted the worker, is killed and its input fails.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
import weakref
from multiprocessing.connection import Connection
from typing import Any

from factcheck.batch.work import Result, Task, failed, process, timed_out, worker_state

# Seconds past --timeout before the thread kills a child that has not answered: the child's own SIGALRM
# normally ends the input at the deadline and answers at once.
GRACE = 10.0
# Seconds a fresh child may take to start and build the pipeline (a few, on an idle machine).
START = 600.0
WORK = "factcheck.batch.work:process"
# Seconds between looks at a child's memory while it works, when the worker has a memory limit.
WATCH_EVERY = 0.5

_local = threading.local()


def process_isolated(task: Task) -> Result:
    """The Dask task: :func:`~factcheck.batch.work.process` in this thread's child, under ``task.timeout``."""
    if os.name == "nt":  # pragma: no cover - no SIGALRM to keep the deadline there anyway
        return process(task)
    child = getattr(_local, "child", None)
    if child is None or not child.alive():
        child = _local.child = Child(memory=_memory_budget())
    return child.run(task)


def _memory_budget() -> int | None:
    """Bytes at which this Dask worker's nanny would restart it (None: no limit, or not on a Dask worker)."""
    try:
        import dask
        from distributed import get_worker

        limit = get_worker().memory_manager.memory_limit
    except (ImportError, ValueError, AttributeError):
        return None
    fraction = dask.config.get("distributed.worker.memory.terminate", default=False)
    return int(limit * fraction) if limit and fraction else None


class Child:
    """A child process that handles inputs one at a time; ``work`` is what it calls ("module:function"),
    ``memory`` the resident bytes past which it is killed (None: no limit)."""

    def __init__(self, work: str | None = None, memory: int | None = None) -> None:
        work = work or WORK
        self.memory = memory
        here, there = multiprocessing.Pipe()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "factcheck.batch.isolated", str(there.fileno()), str(os.getpid()), work],
                pass_fds=[there.fileno()], stdin=subprocess.DEVNULL)
        finally:
            there.close()
        self.connection = here
        # Whoever drops the child (a worker thread that ends) stops its process too.
        self._stop = weakref.finalize(self, _stop, self.process, here)

    def alive(self) -> bool:
        return self.process.poll() is None

    def close(self) -> None:
        self._stop()

    def run(self, task: Task) -> Result:
        try:
            self.connection.send(task)
            if not self.connection.poll(START) or self.connection.recv() != "ready":
                self.close()
                return failed(task, f"the process to check it in did not start within {START:g} s")
            deadline = time.monotonic() + task.timeout + GRACE if task.timeout else None
            while not self.connection.poll(_until(deadline, WATCH_EVERY if self.memory else None)):
                if deadline is not None and time.monotonic() >= deadline:
                    self.close()  # stuck where SIGALRM does not reach: the deadline is kept from here
                    return timed_out(task)
                if self.memory and self._resident() > self.memory:
                    self.close()
                    return failed(task, f"the process checking it used more than {self.memory / 2**20:,.0f} MiB "
                                        "of memory, the Dask worker's limit, and was stopped")
            result: Result = self.connection.recv()
            return result
        except (EOFError, OSError):
            self.close()
            status = self.process.returncode
            how = f"killed by signal {-status}" if status is not None and status < 0 else f"exit status {status}"
            return failed(task, f"the process checking it on the Dask worker died on this input (out of memory, or "
                                f"a crash; {how})")

    def _resident(self) -> int:
        import psutil  # distributed's own dependency: there whenever there is a memory limit to keep

        try:
            return int(psutil.Process(self.process.pid).memory_info().rss)
        except psutil.Error:  # gone already: the next poll says so
            return 0


def _until(deadline: float | None, every: float | None) -> float | None:
    """How long to wait for an answer before looking again (None: for ever)."""
    left = None if deadline is None else max(0.0, deadline - time.monotonic())
    return every if left is None else left if every is None else min(left, every)


def _stop(child: subprocess.Popen[bytes], connection: Connection) -> None:
    connection.close()
    if child.poll() is None:
        child.kill()
    child.wait()


def main(argv: list[str]) -> None:
    """The child: read a task, build the pipeline if new (not timed), say ``ready``, answer the result."""
    descriptor, parent, work = int(argv[0]), int(argv[1]), argv[2]
    from factcheck.batch.local import watch_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C on a `dask worker` terminal is the worker's
    threading.Thread(target=watch_parent, args=(parent,), daemon=True).start()
    module, name = work.split(":")
    handle: Any = getattr(importlib.import_module(module), name)
    connection = Connection(descriptor)
    while True:
        try:
            task: Task = connection.recv()
        except EOFError:  # the worker let go of us
            return
        with contextlib.suppress(Exception):  # process() meets the same error and records it for the input
            worker_state(task.settings)
        connection.send("ready")
        result = handle(task)
        try:
            connection.send(result)
        except (EOFError, OSError):
            return
        except Exception as exc:  # a result that cannot be pickled: the input's failure, not the child's
            connection.send(failed(task, f"its result could not be sent back: {type(exc).__name__}: {exc}"))


if __name__ == "__main__":
    main(sys.argv[1:])

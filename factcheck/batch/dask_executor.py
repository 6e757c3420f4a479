"""Running the work on a Dask distributed cluster (``--scheduler tcp://host:8786``; extra ``factcheck[dask]``).

The driver reads each input and ships its bytes with the task, and the worker returns the rendered files,
so the cluster needs factcheck installed but no access to the driver's disk. Each worker process builds
the pipeline once, on its first task (:func:`factcheck.batch.work.worker_state`); use one thread per
worker process (``dask worker --nthreads 1 --nworkers N``): the extractor is pure Python and threads would
only share one core. At most ``2 × cluster threads`` tasks are in flight.

``--timeout`` is not enforced here: tasks run in worker threads, which ``SIGALRM`` cannot interrupt (see
:func:`factcheck.batch.work._deadline` and docs/batch.md for what bounds a stalled input on Dask).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from factcheck.batch.work import Result, Settings, Task, failed, process


class BatchError(Exception):
    """The batch itself cannot go on (no scheduler, the cluster went away); inputs are not to blame."""


class DaskExecutor:
    def __init__(self, settings: Settings, address: str) -> None:
        self.settings = settings
        self.address = address
        self.client: Any = None
        self.limit = 2

    def __enter__(self) -> DaskExecutor:
        try:
            from distributed import Client
        except ImportError:
            raise BatchError("--scheduler needs Dask: pip install 'factcheck[dask]'") from None
        try:
            self.client = Client(self.address, set_as_default=False)  # distributed.comm.timeouts.connect
        except (OSError, TimeoutError, ValueError) as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {self.address}: {exc}") from None
        threads = sum(self.client.nthreads().values())
        self.limit = max(2, 2 * threads)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None

    def map_unordered(self, tasks: Iterable[Task]) -> Iterator[Result]:
        from distributed import as_completed
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker

        client = self.client
        source = iter(tasks)
        pending: dict[str, Task] = {}
        running = as_completed(loop=client.loop)

        def fill() -> None:
            while len(pending) < self.limit:
                task = next(source, None)
                if task is None:
                    return
                future = client.submit(process, task, pure=False, key=f"factcheck-{task.slug}-{uuid.uuid4().hex[:8]}")
                pending[future.key] = task
                running.add(future)

        fill()
        for future in running:
            task = pending.pop(future.key)
            try:
                result = future.result()
            except KilledWorker as exc:  # this input took down worker after worker: blame the input
                result = failed(task, f"Dask workers died on this input: {exc}")
            except (FutureCancelledError, OSError) as exc:
                raise BatchError(f"lost the Dask cluster at {self.address}: {exc}") from None
            except Exception as exc:
                result = failed(task, f"worker error: {type(exc).__name__}: {exc}")
            future.release()
            fill()
            yield result

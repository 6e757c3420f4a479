"""Running the work on a Dask distributed cluster (``--scheduler tcp://host:8786``; extra ``factcheck[dask]``).

The driver reads each input and ships its bytes with the task, and the worker returns the rendered files,
so the cluster needs factcheck installed but no access to the driver's disk. Each worker thread runs its
inputs in a child process of its own, which builds the pipeline once and keeps ``--timeout`` as the local
pool does (:mod:`factcheck.batch.isolated`); use one thread per worker process (``dask worker --nthreads 1
--nworkers N``): the extractor is pure Python and threads would only share one core. At most
``2 × cluster threads`` tasks are in flight.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import socket
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from factcheck.batch.isolated import process_isolated
from factcheck.batch.work import Result, Settings, Task, failed


class BatchError(Exception):
    """The batch itself cannot go on (no scheduler, the cluster went away); inputs are not to blame."""


# How long the driver waits for a scheduler to accept a connection and answer Dask's handshake before it
# says it cannot reach it. A scheduler on a working network answers in milliseconds.
PROBE_SECONDS = 5.0
# Schemes that are TCP underneath (host:port), so a plain socket can tell at once whether anything listens.
_TCP_SCHEMES = frozenset({"tcp", "tls", "ws", "wss"})
# Of those, the ones whose Dask handshake the driver can try without TLS settings.
_PLAIN_SCHEMES = frozenset({"tcp", "ws"})


def check_scheduler(address: str, seconds: float = PROBE_SECONDS) -> None:
    """Raise :class:`BatchError` at once, with one line, if ``address`` cannot be a reachable scheduler.

    ``distributed.Client(address)`` is not fit for telling a user they mistyped: a malformed address
    raises from inside its constructor and leaves a half-started client behind, which Python collects at
    exit, after the client's event loop has stopped, so closing it waits twice the connect timeout (60 s)
    and prints a traceback; a refused connection is retried for the whole connect timeout (30 s); and a
    server that accepts the connection but is not a scheduler (the dashboard's port, say) is waited on
    forever, because the handshake has no timeout. So the address is checked here first, each step
    bounded by ``seconds``: parsed as Dask parses it, connected to with a plain socket, and, where no TLS
    settings are needed, greeted with Dask's handshake.
    """
    try:
        from distributed.comm.addressing import parse_address, parse_host_port
        from distributed.comm.registry import get_backend
    except ImportError:
        raise BatchError("--scheduler needs Dask: pip install 'factcheck[dask]'") from None

    def unreachable(reason: object) -> BatchError:
        return BatchError(f"cannot reach the Dask scheduler at {address}: {reason}")

    try:
        scheme, location = parse_address(address)
        get_backend(scheme)
        if scheme not in _TCP_SCHEMES:  # inproc://, ucx://: leave it to the client
            return
        host, port = parse_host_port(location)
    except ValueError as exc:
        raise unreachable(f"not a scheduler address ({exc}); expected one like tcp://host:8786") from None
    try:
        socket.create_connection((host, port), timeout=seconds).close()
    except TimeoutError:
        raise unreachable(f"no answer within {seconds:g} s") from None
    except (OSError, OverflowError) as exc:  # refused, unknown host, port out of range ...
        raise unreachable(exc.strerror if isinstance(exc, OSError) and exc.strerror else exc) from None
    if scheme in _PLAIN_SCHEMES:
        with ThreadPoolExecutor(1) as alone:  # a loop of its own: the caller may be inside one (Jupyter)
            problem = alone.submit(asyncio.run, _handshake(address, seconds)).result()
        if problem:
            raise unreachable(problem)


async def _handshake(address: str, seconds: float) -> str | None:
    """Why the server at ``address`` does not answer as Dask does, or None if it does."""
    from distributed.comm import connect
    from distributed.security import Security

    comm = None
    try:
        comm = await asyncio.wait_for(connect(address, timeout=seconds, **Security().get_connection_args("client")),
                                      seconds)
    except Exception:  # no answer in time, a closed connection, bytes that are not Dask's ...
        return "something listens there, but not a Dask scheduler (the dashboard? a scheduler's port is usually 8786)"
    finally:
        if comm is not None:
            comm.abort()
    return None


class DaskExecutor:
    def __init__(self, settings: Settings, address: str) -> None:
        self.settings = settings
        self.address = address
        self.client: Any = None
        self.limit = 2

    def __enter__(self) -> DaskExecutor:
        check_scheduler(self.address)
        from distributed import Client

        problem = None
        try:
            self.client = Client(self.address, set_as_default=False)  # distributed.comm.timeouts.connect
        except Exception as exc:
            problem = f"cannot reach the Dask scheduler at {self.address}: {exc}"
        if problem is not None:
            # A client whose start failed otherwise than with OSError is left half-started, in a reference
            # cycle. Collect it now, while its event loop runs: collected at exit, closing it would wait
            # twice the connect timeout for a loop that has stopped, then print a traceback.
            gc.collect()
            raise BatchError(problem)
        threads = sum(self.client.nthreads().values())
        self.limit = max(2, 2 * threads)
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        client, self.client = self.client, None
        if client is None:
            return
        # Every result is in (or the batch is stopping): the client saying goodbye is housekeeping, so it
        # may not hold the batch for long nor fail it. When the batch stops because the scheduler went
        # away, closing cancels the client's attempts to reconnect, which distributed logs as a
        # traceback; the user gets the batch's one line instead.
        log = logging.getLogger("distributed.client")
        level = log.level
        if exc_type is not None:
            log.setLevel(logging.CRITICAL)
        try:
            client.close(timeout=2 * PROBE_SECONDS)
        except Exception:  # nothing of the batch's is lost with the client
            pass
        finally:
            log.setLevel(level)

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
                future = client.submit(process_isolated, task, pure=False,
                                       key=f"factcheck-{task.slug}-{uuid.uuid4().hex[:8]}")
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
                reason = " ".join(str(exc).split())  # distributed's message runs over two lines
                raise BatchError(f"lost the Dask cluster at {self.address}: {reason}; finished inputs are kept: "
                                 "run again with --resume") from None
            except Exception as exc:
                result = failed(task, f"worker error: {type(exc).__name__}: {exc}")
            future.release()
            fill()
            yield result

"""Executors that map one function over chunks of work and give results back in order.

Three engines share one contract: ``map_ordered(function, chunks, ...)`` yields
``function(chunk)`` for every chunk, in the order the chunks came, while at
most a small window of chunks is in flight, so memory stays bounded however
long the stream of chunks is.

* ``local``: in this process, one chunk at a time.
* ``processes``: a :class:`concurrent.futures.ProcessPoolExecutor` with
  ``jobs`` workers (all cores by default), started with ``forkserver`` where
  the platform has it (``spawn`` elsewhere), so no thread of the parent is
  copied into a worker.
* ``dask``: a :class:`distributed.Client` (given, or connected to a scheduler
  address, or a fresh ``LocalCluster`` of ``jobs`` single-threaded worker
  processes, forked from the same fork server as ``processes`` where the
  platform has one, without a dashboard). Chunks are submitted as futures
  rather than as a dask bag: a bag needs its partitions up front (no
  streaming), and dask's local processes scheduler batches tasks so that a
  bag with few partitions runs on one core. Futures in a bounded window keep
  every worker busy and memory bounded.

``function`` must be importable at module level, since workers receive it by
reference.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, contextmanager
from multiprocessing import forkserver
from typing import Any, Protocol, TypeVar

from analysis.errors import ParameterError, ProfileError

__all__ = ["ENGINES", "default_jobs", "map_ordered", "task_scale"]

#: Engine names accepted by :func:`map_ordered` and ``profile_corpus``.
ENGINES = ("local", "processes", "dask")

_In = TypeVar("_In")
_Out = TypeVar("_Out")
_Out_co = TypeVar("_Out_co", covariant=True)

_GUARD_HINT = (
    "In a script, put the code that runs the profile under "
    '`if __name__ == "__main__":` (each worker process imports the script again), '
    "or use engine='local'"
)

_DASK_MISSING = (
    "engine='dask' needs dask[distributed]; install it with pip install 'news-analysis[scale]'"
)

# Chunks in flight per worker: enough that a worker never waits for the next
# chunk while the parent collects a result, few enough to bound memory.
_WINDOW_PER_WORKER = 3

# Dask config for the LocalCluster made here. Its scheduler, nannies and
# workers wake up every 20 ms (event loop health tick), 100 ms (memory
# monitor), 500 ms (system monitor) and 10 ms (worker profiler) by default:
# about 0.9 CPU-s per 10 s on an idle cluster of two workers (0.13 with these
# settings), taken from the cores that profile. The tick only feeds "event
# loop unresponsive" warnings, the system monitor and the profiler mostly the
# dashboard (turned off here), and memory use is still checked twice a second.
_QUIET_CLUSTER = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "500ms",
    "distributed.worker.profile.enabled": False,
}


class _Future(Protocol[_Out_co]):
    """What both concurrent.futures and distributed futures offer."""

    def result(self) -> _Out_co:
        """Return the finished value (waiting if needed)."""
        ...


def default_jobs() -> int:
    """Return the number of CPU cores this process may use (at least 1)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def task_scale(engine: str) -> int:
    """Return how many times the usual articles per task suit ``engine`` (1 or 2).

    A dask task costs more than a pool task: the scheduler and its messages,
    and the pickling in event loops, on the same cores as the work. With 128
    articles per task instead of 64, a cold dask run of 5,000 PolNeAR texts
    on 2 cores took 1.2-2 CPU-s less of 21-23; 256 was slower again (its
    last tasks leave one worker idle for longer).
    """
    return 2 if engine == "dask" else 1


def _check_jobs(jobs: int | None) -> int:
    """Return ``jobs``, or all cores when None; raise ParameterError when below 1."""
    if jobs is None:
        return default_jobs()
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ParameterError(f"jobs must be a whole number of at least 1, got {jobs!r}")
    return jobs


def map_ordered(
    function: Callable[[_In], _Out],
    chunks: Iterable[_In],
    *,
    engine: str = "local",
    jobs: int | None = None,
    client: Any = None,
) -> Iterator[_Out]:
    """Yield ``function(chunk)`` for each chunk, in input order, on the chosen engine.

    ``jobs`` is the number of worker processes (default: all cores; for
    ``dask`` it sizes the LocalCluster made when ``client`` is None).
    ``client`` (dask only) is a ``distributed.Client`` or a scheduler address.
    Raises ParameterError for an unknown engine, bad ``jobs`` or a client
    given to another engine; ProfileError when dask is not installed.
    """
    if engine not in ENGINES:
        raise ParameterError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if client is not None and engine != "dask":
        raise ParameterError("a client or scheduler address only works with engine='dask'")
    n_jobs = _check_jobs(jobs)
    if engine == "local":
        return (function(chunk) for chunk in chunks)
    if engine == "processes":
        return _map_processes(function, chunks, n_jobs)
    return _map_dask(function, chunks, n_jobs, client)


def _ordered_window(
    submit: Callable[[_In], _Future[_Out]], chunks: Iterable[_In], window: int
) -> Iterator[_Out]:
    """Yield results of submitted chunks in order, with at most ``window`` in flight."""
    pending: deque[_Future[_Out]] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _process_context(
    preload: tuple[str, ...] = ("analysis.article_profile",),
) -> multiprocessing.context.BaseContext:
    """Return the safest available start method: forkserver, else spawn.

    ``preload``: the modules the fork server imports before it forks a worker
    (used only when this call starts the fork server: it is shared by the whole
    process and keeps the list it started with).
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # The fork server imports what profiling an article needs once (not pandas:
    # workers build no tables); each worker forked from it then starts in
    # milliseconds instead of importing the lexicons itself.
    context.set_forkserver_preload(list(preload))
    return context


def _start_forkserver() -> dict[str, str]:
    """Start the fork server now and return the dask config that makes workers fork from it.

    The fork server imports distributed and the profiling code once, in its own
    process, while this process is still importing distributed and starting
    the scheduler; each LocalCluster worker is then forked ready to work,
    instead of being spawned to import both itself (about 1 s before the first
    result, and its exit is quicker too). Returns {} (dask's default, spawn)
    where the platform has no fork server.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return {}
    _process_context(preload=("distributed", "analysis.article_profile"))
    forkserver.ensure_running()
    return {"distributed.worker.multiprocessing-method": "forkserver"}


def _map_processes(
    function: Callable[[_In], _Out], chunks: Iterable[_In], jobs: int
) -> Iterator[_Out]:
    """Yield ``function(chunk)`` in order from a pool of ``jobs`` worker processes."""
    # gc.freeze() as each worker starts: the modules it was forked with (lexicons and
    # all) live as long as the worker, so the collector's full passes need not walk
    # them, nor write to their pages, which the fork server then shares with it longer.
    executor = ProcessPoolExecutor(
        max_workers=jobs, mp_context=_process_context(), initializer=gc.freeze
    )
    try:
        yield from _ordered_window(
            lambda chunk: executor.submit(function, chunk), chunks, _WINDOW_PER_WORKER * jobs
        )
    except BrokenProcessPool as error:
        raise ProfileError(
            f"a worker process stopped before finishing. {_GUARD_HINT}; otherwise the "
            "machine may be out of memory"
        ) from error
    finally:
        # On an error or Ctrl-C, drop the chunks not yet started instead of running them.
        executor.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _dask_client(client: Any, jobs: int) -> Iterator[Any]:
    """Yield a usable distributed Client; close it afterwards only if it was made here."""
    if importlib.util.find_spec("distributed") is None:  # pragma: no cover - CI has the extra
        raise ProfileError(_DASK_MISSING)
    # Started before importing distributed here, so that both imports overlap.
    worker_config = _start_forkserver() if client is None else {}
    try:
        # Typed as Any: distributed ships without complete annotations.
        distributed: Any = importlib.import_module("distributed")
        dask: Any = importlib.import_module("dask")
    except ImportError as error:  # pragma: no cover - the scale extra is installed in CI
        raise ProfileError(_DASK_MISSING) from error
    if client is not None and not isinstance(client, str):
        yield client
        return
    owned: list[AbstractContextManager[Any]] = []
    try:
        if client is None:
            try:
                # No dashboard: nobody watches one during a profile, and it slows the start.
                with dask.config.set({**_QUIET_CLUSTER, **worker_config}):
                    cluster = distributed.LocalCluster(
                        n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
                    )
            except RuntimeError as error:  # "Nanny failed to start"
                raise ProfileError(
                    f"cannot start a local dask cluster ({str(error).rstrip('.')}). {_GUARD_HINT}"
                ) from error
            owned.append(cluster)
            made = distributed.Client(cluster)
        else:
            try:
                made = distributed.Client(client, timeout="10s")
            except OSError as error:
                raise ProfileError(
                    f"cannot reach the dask scheduler at {client!r}: {error}"
                ) from error
        owned.append(made)
        yield made
    finally:
        for resource in reversed(owned):
            resource.__exit__(None, None, None)


def _map_dask(
    function: Callable[[_In], _Out], chunks: Iterable[_In], jobs: int, client: Any
) -> Iterator[_Out]:
    """Yield ``function(chunk)`` in order from the workers of a dask cluster."""
    with _dask_client(client, jobs) as dask_client:
        workers = dask_client.scheduler_info().get("workers", {})
        threads = sum(int(info.get("nthreads", 1)) for info in workers.values()) or jobs
        yield from _ordered_window(
            # pure=False: two equal chunks are still two tasks (no result sharing).
            lambda chunk: dask_client.submit(function, chunk, pure=False),
            chunks,
            _WINDOW_PER_WORKER * threads,
        )

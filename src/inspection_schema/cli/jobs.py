"""``--jobs``: independent tasks on several processes, their results in input order.

:func:`ordered_map` applies a function to each item on ``jobs`` worker processes
(the standard library's :class:`~concurrent.futures.ProcessPoolExecutor`) and yields
the results in the order of the items, whatever order they finish in. Items are drawn
from the iterable only as results are handed out, and at most ``jobs * AHEAD`` tasks are
in flight, so memory stays bounded however many items there are. With one job nothing is
started: the function runs in this process, so a single input pays for no pool.

:func:`ordered_map_with` also hands each call a ``shared`` value (what every task needs
alike, such as the check's options with Ofsted's outcome record). It is sent to each worker
once, when the worker starts, not with every item, so a large value is copied once per
process.
An item whose result is too large to be sent back whole (a workbook's results) can be kept
in this process and its result consumed lazily (``here``).

The workers ignore Ctrl-C (SIGINT): it reaches this process alone, which cancels the
queued tasks and raises :class:`KeyboardInterrupt` once; the commands turn that into exit
status 130 without a traceback.
"""

from __future__ import annotations

import gc
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

Item = TypeVar("Item")
Result = TypeVar("Result")
Shared = TypeVar("Shared")

AHEAD = 4
"""Tasks submitted per worker ahead of the result being handed out."""


class WorkerLost(RuntimeError):
    """A worker process ended abruptly (killed, or out of memory): the run cannot go on."""


def cores() -> int:
    """The processor cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def default_jobs(inputs: int) -> int:
    """The default of ``--jobs``: every core when there is more than one input, else one."""
    return cores() if inputs > 1 else 1


def positive_jobs(text: str) -> int:
    """``--jobs``'s argument type: a whole number, at least 1."""
    import argparse

    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of jobs, got {text!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1 job, got {jobs}")
    return jobs


_WORKER: dict[str, Any] = {}
"""In a worker process: the ``shared`` value of :func:`ordered_map_with`, set at its start."""


def _start_worker(shared: object) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # What the worker inherited (the modules loaded, the shared value) lives as long as it
    # does: kept out of the garbage collector's sweeps, it is neither walked again nor
    # copied page by page from the parent's memory.
    gc.freeze()
    _WORKER["shared"] = shared


def _call(function: Callable[[Any, Item], Result], item: Item) -> Result:
    return function(_WORKER["shared"], item)


def _apply(function: Callable[[Item], Result], item: Item) -> Result:
    return function(item)


def ordered_map(
    function: Callable[[Item], Result], items: Iterable[Item], jobs: int
) -> Iterator[Result]:
    """``function(item)`` for every item, in the items' order, on ``jobs`` processes.

    ``function`` and the items must be picklable when ``jobs`` is more than one. An
    exception raised by ``function`` is raised here, at its item's turn.
    """
    return ordered_map_with(_apply, function, items, jobs)


def ordered_map_with(
    function: Callable[[Shared, Item], Result],
    shared: Shared,
    items: Iterable[Item],
    jobs: int,
    *,
    here: tuple[Callable[[Item], bool], Callable[[Shared, Item], Result]] | None = None,
) -> Iterator[Result]:
    """``function(shared, item)`` for every item, in the items' order, on ``jobs`` processes.

    ``function`` must be a module's function, and ``shared`` and the items picklable, when
    ``jobs`` is more than one; ``shared`` reaches each worker once. An exception raised by
    ``function`` is raised here, at its item's turn.

    ``here``, a pair ``(stays, local)``, keeps some items in this process: an item for which
    ``stays(item)`` is true is not sent to a worker; at its turn, once every earlier result
    has been handed out, ``local(shared, item)`` gives its result here, so that result may
    be lazy (an iterator the caller consumes as it goes, where a worker's result must be
    complete before it can be sent back), with one job as with several.
    """
    stays, local = here if here is not None else (None, function)
    if jobs <= 1:
        for item in items:
            yield (local if stays is not None and stays(item) else function)(shared, item)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(shared,))
    pending: deque[Future[Result]] = deque()
    finished = False
    try:
        for item in items:
            if stays is not None and stays(item):
                while pending:
                    yield pending.popleft().result()
                yield local(shared, item)
                continue
            pending.append(executor.submit(_call, function, item))
            if len(pending) >= jobs * AHEAD:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        finished = True
    except BrokenProcessPool:
        raise WorkerLost("a worker process ended abruptly (out of memory, or killed)") from None
    finally:
        executor.shutdown(wait=finished, cancel_futures=not finished)

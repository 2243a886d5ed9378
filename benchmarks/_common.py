"""What the benchmark scripts share: the checkout's paths, documents made from the bundled
examples, and commands timed on one core.

Imported by the scripts as ``from _common import ...`` (a script's own folder is first on
Python's path when it is run as ``python benchmarks/<name>.py``).
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
"""The checkout's root."""
BIN = Path(sys.executable).parent
"""Where the running interpreter's environment has its scripts (validate-report, ...)."""


def example_documents() -> list[dict[str, Any]]:
    """The bundled hand-checked instances (``examples/*.json``), in name order."""
    return [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "examples").glob("*.json"))
    ]


def shifted(value: str, days: int) -> str:
    """An ISO date moved by ``days``."""
    return (datetime.date.fromisoformat(value) + datetime.timedelta(days=days)).isoformat()


def shift_dates(document: dict[str, Any], days: int) -> None:
    """Move every date of a report that the rules compare by ``days``, in place: the
    inspection's and the last inspection's, the history's and the requirements' due dates,
    so that the dates keep their order."""
    for dates in (document["inspection_dates"], document.get("last_inspection", {})):
        for key in ("start", "end", "date"):
            if key in dates:
                dates[key] = shifted(dates[key], days)
    for row in document.get("inspection_history", []):
        row["date"] = shifted(row["date"], days)
    for requirement in document.get("requirements", []):
        if "due_date" in requirement:
            requirement["due_date"] = shifted(requirement["due_date"], days)


def one_core() -> list[str]:
    """A command prefix that pins a process to one core, where the platform allows it."""
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def run_timed(command: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run a command on one core; its wall time in seconds and what it gave."""
    start = time.perf_counter()
    result = subprocess.run(one_core() + command, capture_output=True, text=True, check=False)
    return time.perf_counter() - start, result


@contextlib.contextmanager
def pinned_to_one_core() -> Iterator[str]:
    """Run the block on one CPU where the platform allows it, then restore the affinity."""
    if not hasattr(os, "sched_setaffinity"):
        yield "not pinned (no sched_setaffinity)"
        return
    before = os.sched_getaffinity(0)
    cpu = min(before)
    os.sched_setaffinity(0, {cpu})
    try:
        yield f"pinned to CPU {cpu}"
    finally:
        os.sched_setaffinity(0, before)


def machine() -> str:
    """The machine a figure comes from: CPU model, cores, Python, and the load average (a
    busy machine slows every figure taken on it)."""
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.partition(":")[2].strip()
                break
    load = (
        ", ".join(f"{value:.2f}" for value in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    )
    return (
        f"{model}, {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
        f"load average {load} (1, 5, 15 min)"
    )


def _count_up(limit: int) -> int:
    total = 0
    for number in range(limit):
        total += number
    return total


def parallel_ceiling(rounds: int = 3, tasks: int = 16, size: int = 2_000_000) -> float:
    """How much faster this machine runs a pure-Python loop on two processes than on one
    (best of ``rounds`` interleaved): the most ``--jobs 2`` can gain here, whatever the
    code. A virtual machine's two cores may share one physical core or be lent to others,
    so the answer can be well under 2."""
    from concurrent.futures import ProcessPoolExecutor

    best = {1: float("inf"), 2: float("inf")}
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(_count_up, [1, 1]))  # both workers started before timing
        for _ in range(rounds):
            start = time.perf_counter()
            for _task in range(tasks):
                _count_up(size)
            best[1] = min(best[1], time.perf_counter() - start)
            start = time.perf_counter()
            list(pool.map(_count_up, [size] * tasks))
            best[2] = min(best[2], time.perf_counter() - start)
    return best[1] / best[2]

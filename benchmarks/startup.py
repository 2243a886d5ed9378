"""Start-up time: each command on one file against a bare interpreter, in the same run.

    python benchmarks/startup.py [--runs 20]

Times, as whole processes from start to exit (wall clock), alternating so that a busy
machine slows every command alike:
  * ``python -c pass``, the floor;
  * importing the two compiled libraries every validation loads (orjson, jsonschema-rs),
    the least any run of validate-report can cost;
  * ``validate-report`` on one bundled example instance;
  * ``extract-report`` on one bundled report text.
Prints each median and its ratio to the floor, with the targets (at most 4 times the floor
for validate-report, 8 times for extract-report). Byte-code caching is left on (as in an
installed package) and every command runs once before timing. Asserts nothing: run it with
the interpreter of the environment the package is installed in.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import machine

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
INSTANCE = ROOT / "examples" / "2515609-full-2021-10-12.json"
REPORT = ROOT / "examples" / "reports" / "2515609-full-2021-10-12.txt"

COMMANDS: dict[str, tuple[list[str], float | None]] = {
    "python -c pass": ([sys.executable, "-c", "pass"], None),
    "import orjson, jsonschema_rs": ([sys.executable, "-c", "import orjson, jsonschema_rs"], None),
    "validate-report, one file": ([str(BIN / "validate-report"), str(INSTANCE)], 4.0),
    "extract-report, one text": ([str(BIN / "extract-report"), str(REPORT)], 8.0),
}


ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall_time(command: list[str]) -> float:
    """Seconds from starting the command to its exit; the command must succeed."""
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=ENVIRONMENT)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="runs of each command (default 20)")
    args = parser.parse_args()
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for command, _ in COMMANDS.values():
        wall_time(command)  # warm the file cache and the byte-code cache
    for _ in range(args.runs):
        for name, (command, _) in COMMANDS.items():
            times[name].append(wall_time(command))
    floor = statistics.median(times["python -c pass"])
    print(f"machine: {machine()}; medians of {args.runs} runs")
    for name, (_, target) in COMMANDS.items():
        median = statistics.median(times[name])
        ratio = median / floor
        goal = f" (target: at most {target:g} x)" if target else ""
        verdict = "" if target is None else (" met" if ratio <= target else " NOT met")
        print(f"{name:30} {median * 1000:7.1f} ms  {ratio:5.2f} x the floor{goal}{verdict}")


if __name__ == "__main__":
    main()

"""Start-up time: each command on one file against a bare interpreter, in the same run.

    python benchmarks/startup.py [--runs 20]

Times, as whole processes from start to exit (wall clock), alternating so that a busy
machine slows every command alike:
  * ``python -c pass``, the floor;
  * the import floor of the libraries, each imported alone in a fresh interpreter:
    jsonschema-rs; orjson and jsonschema-rs, every library validate-report loads on one
    file; and jsonschema-rs, attrs and cattrs, every library extract-report loads on one
    text (it writes JSON with the standard library, so not orjson);
  * the fast engine made ready, as every check needs it before its first document:
    jsonschema-rs imported and the validator of the example's schema version built (with
    the few modules of the package that load the schema);
  * ``validate-report`` on one bundled example instance;
  * ``extract-report`` on one bundled report text.
Prints each median and its ratio to the floor, with the targets (at most 4 times the floor
for validate-report, 8 times for extract-report), then, for each command, how much of its
median is its libraries' import floor and how much is the package's own, and how much of
``validate-report``'s is the fast engine's making ready. Byte-code caching
is left on (as in an installed package) and every command runs once before timing. Asserts
nothing: run it with the interpreter of the environment the package is installed in.
"""

from __future__ import annotations

import argparse
import json
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

VALIDATE_LIBRARIES = "import orjson, jsonschema_rs"
EXTRACT_LIBRARIES = "import jsonschema_rs, attrs, cattrs"
READY = "the fast engine ready"
VALIDATE = "validate-report, one file"
EXTRACT = "extract-report, one text"


def _imports(statement: str) -> list[str]:
    return [sys.executable, "-c", statement]


COMMANDS: dict[str, tuple[list[str], float | None]] = {
    "python -c pass": ([sys.executable, "-c", "pass"], None),
    "import jsonschema_rs": (_imports("import jsonschema_rs"), None),
    VALIDATE_LIBRARIES: (_imports(VALIDATE_LIBRARIES), None),
    EXTRACT_LIBRARIES: (_imports(EXTRACT_LIBRARIES), None),
    READY: (
        _imports(
            "from inspection_schema.validate.fast_validator import fast_validator; "
            f"fast_validator({json.loads(INSTANCE.read_text())['schema_version']!r})"
        ),
        None,
    ),
    VALIDATE: ([str(BIN / "validate-report"), str(INSTANCE)], 4.0),
    EXTRACT: ([str(BIN / "extract-report"), str(REPORT)], 8.0),
}
LIBRARIES = {VALIDATE: VALIDATE_LIBRARIES, EXTRACT: EXTRACT_LIBRARIES}
"""Each command and the import of every third-party library it loads on its one input."""
READY_FOR = {VALIDATE: READY}
"""Each command and the fixed work it cannot start checking without."""


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
    medians = {name: statistics.median(runs) for name, runs in times.items()}
    floor = medians["python -c pass"]
    print(f"machine: {machine()}; medians of {args.runs} runs")
    for name, (_, target) in COMMANDS.items():
        ratio = medians[name] / floor
        goal = f" (target: at most {target:g} x)" if target else ""
        verdict = "" if target is None else (" met" if ratio <= target else " NOT met")
        print(f"{name:36} {medians[name] * 1000:7.1f} ms  {ratio:5.2f} x the floor{goal}{verdict}")
    print("each command's median = its libraries' import floor + the package's own time:")
    for command, libraries in LIBRARIES.items():
        own = medians[command] - medians[libraries]
        print(
            f"{command:36} {medians[libraries] / floor:5.2f} x ({libraries})"
            f" + {own / floor:5.2f} x own ({own * 1000:.1f} ms)"
        )
    for command, ready in READY_FOR.items():
        rest = medians[command] - medians[ready]
        print(
            f"{command:36} {medians[ready] / floor:5.2f} x ({ready})"
            f" + {rest / floor:5.2f} x the rest ({rest * 1000:.1f} ms)"
        )


if __name__ == "__main__":
    main()

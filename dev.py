"""Set up and run the project from a fresh clone, with nothing but Python 3.11+.

    python3 dev.py example   # extract the bundled real reports and validate the results
    python3 dev.py test      # the whole test suite (lint, then pytest)

Both create ``.venv`` beside this file and install the package into it first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
SAMPLES = sorted((ROOT / "examples" / "reports").glob("*.txt"))
OUT = ROOT / "out"


def run(*command: str | Path) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT)


def set_up(extra: str = "") -> None:
    if not PYTHON.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", f".{extra}")


def example() -> None:
    set_up()
    OUT.mkdir(exist_ok=True)
    for sample in SAMPLES:
        target = OUT / f"{sample.stem}.json"
        run(BIN / "extract-report", sample, "-o", target)
        run(BIN / "validate-report", target)
    run(BIN / "validate-report", *sorted((ROOT / "examples").glob("*.json")))
    print(f"Extracted instances are in {OUT.relative_to(ROOT)}/.")


def test() -> None:
    set_up("[dev]")
    run(BIN / "ruff", "check", "src", "tests", "tools", "benchmarks", "dev.py")
    run(PYTHON, "-m", "pytest", "-q", *sys.argv[2:])


COMMANDS = {"example": example, "test": test}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(f"usage: python3 dev.py {{{'|'.join(COMMANDS)}}} [pytest arguments]")
    try:
        COMMANDS[sys.argv[1]]()
    except subprocess.CalledProcessError as error:
        sys.exit(error.returncode)

"""Set up and run the project from a fresh clone, with nothing but Python 3.11+.

    python3 dev.py example   # extract and validate the bundled real reports (text and a
                             # Word-like PDF of each), then cross-check them against
                             # Ofsted's published outcomes
    python3 dev.py test      # the whole gate: lint, format, types, sizes, then pytest

Both create ``.venv`` beside this file and install the package into it first. ``test`` runs,
in order and stopping at the first failure: ``ruff check``, ``ruff format --check``, mypy
(strict, configured in pyproject.toml), the size and complexity check (no module of ``src/``
over 400 lines, no function over cyclomatic complexity 15), then pytest.
"""

from __future__ import annotations

import json
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
OUTCOMES = ROOT / "data" / "ofsted-outcomes"
WORD_CORPUS = ROOT / "tests" / "data" / "word-corpus"
LINTED = ("src", "tests", "tools", "benchmarks", "dev.py")
MAX_MODULE_LINES = 400


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
    word_like_pdfs()
    print("Cross-checking the extracted reports against Ofsted's outcome data:", flush=True)
    extracted = [OUT / f"{sample.stem}.json" for sample in SAMPLES]
    run(
        BIN / "validate-report",
        "--warnings-as-errors",
        "--outcomes",
        OUTCOMES.relative_to(ROOT),
        *extracted,
    )
    print("Both extracted reports agree with Ofsted's record of their inspections.")


def _instance(path: Path) -> dict[str, object]:
    instance = json.loads(path.read_text(encoding="utf-8"))
    instance.pop("provenance", None)
    return instance


def word_like_pdfs() -> None:
    """Extract a Word-like PDF of each sample (from the test corpus).

    Each PDF's instance is compared with the one extracted from the sample's text.
    """
    files = json.loads((WORD_CORPUS / "manifest.json").read_text(encoding="utf-8"))["files"]
    for sample in SAMPLES:
        source = sample.relative_to(ROOT).as_posix()
        pdf = ROOT / next(
            entry["file"] for entry in files if entry["source"] == source and entry["tagged"]
        )
        target = OUT / f"{sample.stem}-word.json"
        run(BIN / "extract-report", pdf, "-o", target)
        run(BIN / "validate-report", target)
        from_text, from_pdf = _instance(OUT / f"{sample.stem}.json"), _instance(target)
        if from_pdf != from_text:
            keys = from_text.keys() | from_pdf.keys()
            fields = sorted(key for key in keys if from_text.get(key) != from_pdf.get(key))
            sys.exit(
                f"{pdf.name} gives another instance than {sample.name}; "
                f"fields that differ: {', '.join(fields)}"
            )
        print(f"{pdf.relative_to(ROOT)} gives the same instance as {source}.")


def check_sizes() -> None:
    """Fail when a module of src/ is over MAX_MODULE_LINES lines or a function too complex."""
    print(f"+ modules of src/ at most {MAX_MODULE_LINES} lines", flush=True)
    too_long = [
        f"{path.relative_to(ROOT)}: {count} lines"
        for path in sorted((ROOT / "src").rglob("*.py"))
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    if too_long:
        print("\n".join(too_long), file=sys.stderr)
        raise subprocess.CalledProcessError(1, "module size check")
    run(BIN / "ruff", "check", "--select", "C901", "src", "tools")


def test() -> None:
    set_up("[dev]")
    run(BIN / "ruff", "check", *LINTED)
    run(BIN / "ruff", "format", "--check", *LINTED)
    run(BIN / "mypy")
    check_sizes()
    run(PYTHON, "-m", "pytest", "-q", *sys.argv[2:])


COMMANDS = {"example": example, "test": test}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(f"usage: python3 dev.py {{{'|'.join(COMMANDS)}}} [pytest arguments]")
    try:
        COMMANDS[sys.argv[1]]()
    except subprocess.CalledProcessError as error:
        sys.exit(error.returncode)

"""Set up and run the project from a fresh clone, with nothing but Python 3.11+.

    python3 dev.py example   # extract and validate the bundled real reports (text and a
                             # Word-like PDF of each), validate the hand-checked instances
                             # of every schema version in examples/, then cross-check the
                             # extracted reports against Ofsted's published outcomes
    python3 dev.py test      # the whole gate: lint, format, types, sizes, then pytest
    python3 dev.py record    # put the last test run's count and time into the README
    python3 dev.py bench     # run every benchmark; their output goes to docs/benchmarks.txt

Both ``example`` and ``test`` create ``.venv`` beside this file and install the package into
it first. ``test`` runs, in order and stopping at the first failure: ``ruff check``, ``ruff
format --check``, mypy (strict, configured in pyproject.toml), the size and complexity check
(no module of ``src/`` over 400 lines, no function over cyclomatic complexity 15), then
pytest; it ends by printing how many tests ran and how long they took, as pytest counted
them, and keeps that record in ``out/test-run.json``. ``record`` copies the record to
``docs/test-run.json`` and rewrites the README's block between its ``test-run`` markers
from it, so the figures there come from a run, never from a keyboard.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
EXAMPLES = ROOT / "examples"
SAMPLES = sorted((EXAMPLES / "reports").glob("*.txt"))
OUT = ROOT / "out"
OUTCOMES = ROOT / "data" / "ofsted-outcomes"
WORD_CORPUS = ROOT / "tests" / "data" / "word-corpus"
LINTED = ("src", "tests", "tools", "benchmarks", "dev.py")
MAX_MODULE_LINES = 400
JUNIT = OUT / "pytest.xml"
RUN_RECORD = OUT / "test-run.json"
RECORDED = ROOT / "docs" / "test-run.json"
README = ROOT / "README.md"
BLOCK = ("<!-- test-run:start (python3 dev.py record) -->", "<!-- test-run:end -->")


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
    validate_bundled()
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


def validate_bundled() -> None:
    """Validate every hand-checked instance; the output names each."""
    run(BIN / "validate-report", *bundled_instances())


def bundled_instances() -> list[Path]:
    """The hand-checked instances: ``examples/*.json`` and their twins of each later schema
    version (``examples/1.2/``), as paths from the checkout's root."""
    return sorted(path.relative_to(ROOT) for path in EXAMPLES.rglob("*.json"))


def _instance(path: Path) -> dict[str, object]:
    instance: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
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


def run_record(junit: Path, arguments: list[str]) -> dict[str, Any]:
    """What pytest's JUnit XML report says of a run, with the machine it ran on."""
    suites = ElementTree.parse(junit).getroot()
    suite = suites if suites.tag == "testsuite" else suites.find("testsuite")
    assert suite is not None, f"{junit} holds no test suite"
    counts = {key: int(suite.get(key, "0")) for key in ("tests", "failures", "errors", "skipped")}
    return {
        **counts,
        "passed": counts["tests"] - counts["failures"] - counts["errors"] - counts["skipped"],
        "seconds": round(float(suite.get("time", "0")), 1),
        "pytest_arguments": arguments,
        "python": platform.python_version(),
        "cores": os.cpu_count(),
        "machine": f"{platform.system()} {platform.machine()}",
        "date": datetime.date.today().isoformat(),
    }


def test() -> None:
    set_up("[dev,corpus]")  # the type check reads python-docx's types for tools/word_corpus
    run(BIN / "ruff", "check", *LINTED)
    run(BIN / "ruff", "format", "--check", *LINTED)
    run(BIN / "mypy")
    check_sizes()
    OUT.mkdir(exist_ok=True)
    arguments = sys.argv[2:]
    run(PYTHON, "-m", "pytest", "-q", f"--junitxml={JUNIT}", *arguments)
    record = run_record(JUNIT, arguments)
    RUN_RECORD.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"dev.py: {describe_run(record)}")


def describe_run(record: dict[str, Any]) -> str:
    """A run in one sentence: its count, outcome and time, and where it ran."""
    skipped = f", {record['skipped']} skipped" if record["skipped"] else ""
    options = " ".join(record["pytest_arguments"])
    return (
        f"{record['passed']} of {record['tests']} tests passed{skipped} in "
        f"{record['seconds']:.0f} s (pytest's count and time"
        f"{', options ' + options if options else ''}; {record['cores']} cores, "
        f"{record['machine']}, Python {record['python']}, {record['date']})"
    )


def readme_block(record: dict[str, Any]) -> str:
    """The README's block of test-run figures, written from a recorded run."""
    sentence = f"The last recorded run of `python3 dev.py test`: {describe_run(record)}."
    return f"{BLOCK[0]}\n{sentence}\n{BLOCK[1]}"


def record_run() -> None:
    """Copy the last run's record to docs/ and rewrite the README's block from it."""
    if not RUN_RECORD.is_file():
        sys.exit(f"no test run recorded: run `python3 dev.py test` first ({RUN_RECORD})")
    record = json.loads(RUN_RECORD.read_text(encoding="utf-8"))
    RECORDED.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    text = README.read_text(encoding="utf-8")
    start, end = text.index(BLOCK[0]), text.index(BLOCK[1]) + len(BLOCK[1])
    README.write_text(text[:start] + readme_block(record) + text[end:], encoding="utf-8")
    print(f"README.md: {describe_run(record)}")


BENCHMARKS = (
    "validation",
    "startup",
    "extraction",
    "tables",
    "outcomes",
    "memory",
    "hostile_inputs",
)
BENCHMARK_RECORD = ROOT / "docs" / "benchmarks.txt"


def bench() -> None:
    """Run the benchmarks (all, or those named) and keep their output in docs/: a named
    benchmark's section is replaced, the others' are kept as they were."""
    names = sys.argv[2:] or list(BENCHMARKS)
    unknown = sorted(set(names) - set(BENCHMARKS))
    if unknown:
        known = ", ".join(BENCHMARKS)
        sys.exit(f"dev.py bench: no benchmark {', '.join(unknown)} (one of {known})")
    set_up("[dev,corpus]")
    sections = _benchmark_sections()
    for name in names:
        command = [str(PYTHON), str(ROOT / "benchmarks" / f"{name}.py")]
        print(f"+ {' '.join(command)}", flush=True)
        started = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        print(result.stdout, end="", flush=True)
        failed = f"(exit status {result.returncode}: {result.stderr.strip()})\n"
        output = result.stdout + (failed if result.returncode else "")
        sections[name] = f"## benchmarks/{name}.py, run {started}\n\n{output}"
    record = [sections[name] for name in BENCHMARKS if name in sections]
    BENCHMARK_RECORD.write_text(f"{BENCHMARK_HEADER}\n\n" + "\n".join(record), encoding="utf-8")
    print(f"dev.py: the output is kept in {BENCHMARK_RECORD.relative_to(ROOT)}")


BENCHMARK_HEADER = "# The latest output of each benchmark (python3 dev.py bench)"


def _benchmark_sections() -> dict[str, str]:
    """The kept output of each benchmark, by name."""
    if not BENCHMARK_RECORD.is_file():
        return {}
    text = BENCHMARK_RECORD.read_text(encoding="utf-8")
    sections = {}
    for part in text.split("\n## benchmarks/")[1:]:
        name = part.split(".py", 1)[0]
        sections[name] = "## benchmarks/" + part.rstrip("\n") + "\n"
    return sections


COMMANDS = {"example": example, "test": test, "record": record_run, "bench": bench}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(f"usage: python3 dev.py {{{'|'.join(COMMANDS)}}} [pytest arguments | benchmarks]")
    try:
        COMMANDS[sys.argv[1]]()
    except subprocess.CalledProcessError as error:
        sys.exit(error.returncode)

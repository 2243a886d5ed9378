"""Run the language-neutral conformance suite against a validator command.

    python -m inspection_schema.conformance --suite conformance --version 1.0 \\
        --command "validate-report --format json --schema-version {version} {file}"

For every validation case in ``<suite>/<version>/validation/*.json`` the instance is
written to a temporary file; the command is run once for all of them (``{file}`` stands
for the list of files, ``{version}`` for the case file's schema version; without
``{version}``, ``--schema-version <version>`` goes before the files) and must print
validate-report's JSON report on standard output. Each case passes when the set of
``(code, path)`` of the reported findings equals the expected set and the document's
status agrees with the expected ``valid``. Every disagreement is printed, then a closing
line ``N passed, N failed``; the exit status is 0 when none failed and 1 otherwise.

Without ``--command``, the runner uses this package's validate-report with the current
interpreter; ``--engine`` passes ``--engine fast|reference`` to it (so the fast engine can
be checked against the reference engine).
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_DEFAULT_COMMAND = (
    f"{shlex.quote(sys.executable)} -c "
    + shlex.quote("import sys; from inspection_schema.cli.validate import main; sys.exit(main())")
    + " --format json {file}"
)

Finding = tuple[str, str]


@dataclass(frozen=True)
class Case:
    """One validation case, with its instance loaded."""

    file: Path
    description: str
    version: str
    instance: Any
    valid: bool
    findings: frozenset[Finding]


@dataclass(frozen=True)
class Outcome:
    """What a validator said about one case's instance."""

    valid: bool | None
    findings: frozenset[Finding]
    problem: str | None = None


def case_files(suite: Path, version: str, kind: str = "validation") -> list[Path]:
    """The case files of one kind (``validation`` or ``extraction``) for a schema version."""
    return sorted((suite / version / kind).glob("*.json"))


def load_cases(path: Path) -> Iterator[Case]:
    """The validation cases of one case file, instances read from their files if need be."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for item in data["cases"]:
        if "instance_file" in item:
            instance_path = path.parent / item["instance_file"]
            instance = json.loads(instance_path.read_text(encoding="utf-8"))
        else:
            instance = item["instance"]
        expected = item["expected"]
        yield Case(
            file=path,
            description=item["description"],
            version=data["schema_version"],
            instance=instance,
            valid=expected["valid"],
            findings=frozenset((f["code"], f["path"]) for f in expected["findings"]),
        )


def command_line(template: str, files: Sequence[Path], version: str, engine: str | None) -> list[str]:
    """The command's arguments, with ``{file}`` and ``{version}`` filled in.

    A template without ``{version}`` gets ``--schema-version <version>`` before the files,
    so that each case is checked against its case file's version, as the suite requires.
    """
    arguments: list[str] = []
    for token in shlex.split(template):
        if token == "{file}":
            if "{version}" not in template:
                arguments += ["--schema-version", version]
            if engine is not None:
                arguments += ["--engine", engine]
            arguments += [str(f) for f in files]
        else:
            arguments.append(token.replace("{version}", version))
    return arguments


def run_command(template: str, cases: Sequence[Case], engine: str | None = None) -> list[Outcome]:
    """Validate each case's instance with the command; one outcome per case, in order."""
    outcomes: list[Outcome] = [Outcome(None, frozenset(), "not run")] * len(cases)
    by_version: dict[str, list[int]] = {}
    for index, case in enumerate(cases):
        by_version.setdefault(case.version, []).append(index)
    with tempfile.TemporaryDirectory(prefix="conformance-") as folder:
        for version, indexes in by_version.items():
            files = []
            for index in indexes:
                path = Path(folder) / f"case-{index:05d}.json"
                path.write_text(json.dumps(cases[index].instance), encoding="utf-8")
                files.append(path)
            arguments = command_line(template, files, version, engine)
            reported = _report(arguments)
            for index, path in zip(indexes, files, strict=True):
                outcomes[index] = reported.get(str(path), Outcome(None, frozenset(), "no entry in the report"))
    return outcomes


def _report(arguments: list[str]) -> dict[str, Outcome]:
    try:
        completed = subprocess.run(arguments, capture_output=True, text=True, check=False)
    except OSError as error:
        raise SystemExit(f"cannot run {arguments[0]!r}: {error}") from None
    try:
        report = json.loads(completed.stdout)
        documents = report["documents"]
    except (ValueError, KeyError, TypeError):
        message = (completed.stderr or completed.stdout).strip()[:500]
        raise SystemExit(f"the command did not print a JSON report: {message}") from None
    found: dict[str, Outcome] = {}
    for document in documents:
        status = document.get("status")
        findings = frozenset((f["code"], f["path"]) for f in document.get("findings", []))
        problem = document.get("problem", {}).get("message") if status == "unreadable" else None
        valid = None if status == "unreadable" else status == "valid"
        found[document["source"]] = Outcome(valid, findings, problem)
    return found


def disagreement(case: Case, outcome: Outcome) -> str | None:
    """A description of how the outcome differs from the case's expectation, if it does."""
    if outcome.valid == case.valid and outcome.findings == case.findings:
        return None
    lines = [f"{case.file}: {case.description}"]
    if outcome.problem:
        lines.append(f"  unreadable: {outcome.problem}")
    if outcome.valid != case.valid:
        lines.append(f"  expected valid={case.valid}, found valid={outcome.valid}")
    for code, path in sorted(case.findings - outcome.findings):
        lines.append(f"  missing:    {code} at {path or '(document)'}")
    for code, path in sorted(outcome.findings - case.findings):
        lines.append(f"  unexpected: {code} at {path or '(document)'}")
    return "\n".join(lines)


def run(suite: Path, version: str, command: str, engine: str | None = None) -> tuple[int, list[str]]:
    """Run every validation case of one version; the number passed and the disagreements."""
    cases = [case for path in case_files(suite, version) for case in load_cases(path)]
    if not cases:
        raise SystemExit(f"no validation cases in {suite / version / 'validation'}")
    problems = [
        text
        for case, outcome in zip(cases, run_command(command, cases, engine), strict=True)
        if (text := disagreement(case, outcome)) is not None
    ]
    return len(cases) - len(problems), problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m inspection_schema.conformance",
        description="Run the conformance suite's validation cases against a validator command.",
    )
    parser.add_argument("--suite", type=Path, default=Path("conformance"), help="the suite folder")
    parser.add_argument("--version", default="1.0", help="schema version whose cases to run")
    parser.add_argument(
        "--command",
        default=None,
        help="validator command; {file} stands for the instance files, {version} for the "
        "schema version (default: this package's validate-report)",
    )
    parser.add_argument("--engine", choices=("fast", "reference"), help="pass --engine to validate-report")
    args = parser.parse_args(argv)
    passed, problems = run(args.suite, args.version, args.command or _DEFAULT_COMMAND, args.engine)
    for text in problems:
        print(text)
    print(f"{passed} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

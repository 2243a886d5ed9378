"""Run the language-neutral conformance suite against a validator command.

The command line is ``python -m inspection_schema.conformance`` (parsed by
:mod:`inspection_schema.cli.conformance`)::

    python -m inspection_schema.conformance --suite conformance --version 1.0 \\
        --command "validate-report --format json --schema-version {version} {file}"

For every validation case in ``<suite>/<version>/validation/*.json`` the instance is
written to a temporary file; the command is run once for all of them (``{file}`` stands
for the list of files, ``{version}`` for the case file's schema version; without
``{version}``, ``--schema-version <version>`` goes before the files) and must print
validate-report's JSON report on standard output. Each case passes when the set of
``(code, path)`` of the reported findings equals the expected set and the document's
status agrees with the expected ``valid``. Every disagreement is printed, then a closing
line ``N passed, N failed``. Exit status: 0 when every case agreed, 1 when any disagreed,
2 when the suite could not be used in full: a case file that is not JSON, does not follow
``case-file.schema.json`` or names a missing instance file (one line on standard error
naming the file, the JSON Pointer and what was expected; the other files' cases still
run), no case files for the version, or a command that cannot be run or whose output
does not follow ``findings-report.schema.json`` (one line naming the place).

Without ``--command``, the runner uses this package's validate-report with the current
interpreter; ``--engine`` passes ``--engine fast|reference`` to it (so the fast engine can
be checked against the reference engine).
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jsonschema
from jsonschema.exceptions import best_match

from inspection_schema.conformance.cases import (
    Case,
    CaseFileError,
    FindingKey,
    case_files,
    load_cases,
)
from inspection_schema.spec.registry import registry
from inspection_schema.spec.resources import load_json
from inspection_schema.validate.findings import pointer

EXIT_AGREEMENT = 0
EXIT_DISAGREEMENT = 1
EXIT_UNUSABLE = 2
REPORT_SCHEMA = "findings-report.schema.json"

__all__ = [
    "DEFAULT_COMMAND",
    "EXIT_AGREEMENT",
    "EXIT_DISAGREEMENT",
    "EXIT_UNUSABLE",
    "REPORT_SCHEMA",
    "Case",
    "CaseFileError",
    "Outcome",
    "RunnerError",
    "SuiteResult",
    "case_files",
    "command_line",
    "disagreement",
    "load_cases",
    "run",
    "run_command",
]

DEFAULT_COMMAND = (
    f"{shlex.quote(sys.executable)} -c "
    + shlex.quote("import sys; from inspection_schema.cli.validate import main; sys.exit(main())")
    + " --format json {file}"
)


class RunnerError(Exception):
    """The suite cannot be run: no case files, or a command that cannot run or report."""


@dataclass(frozen=True)
class Outcome:
    """What a validator said about one case's instance."""

    valid: bool | None
    findings: frozenset[FindingKey]
    problem: str | None = None


def command_line(
    template: str, files: Sequence[Path], version: str, engine: str | None
) -> list[str]:
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
                outcomes[index] = reported.get(
                    str(path), Outcome(None, frozenset(), "no entry in the report")
                )
    return outcomes


@cache
def _report_checker() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(load_json(REPORT_SCHEMA), registry=registry())


def _report(arguments: list[str]) -> dict[str, Outcome]:
    try:
        completed = subprocess.run(arguments, capture_output=True, text=True, check=False)
    except OSError as error:
        raise RunnerError(f"cannot run {arguments[0]!r}: {error.strerror or error}") from None
    try:
        report = json.loads(completed.stdout)
    except ValueError:
        message = (completed.stderr or completed.stdout).strip()[:500]
        raise RunnerError(f"the command did not print a JSON report: {message}") from None
    broken = best_match(_report_checker().iter_errors(report))
    if broken is not None:
        where = pointer(*broken.absolute_path) or "(whole report)"
        raise RunnerError(
            f"the command's report does not follow {REPORT_SCHEMA} at {where}: {broken.message}"
        )
    found: dict[str, Outcome] = {}
    for document in report["documents"]:
        status = document["status"]
        findings = frozenset((f["code"], f["path"]) for f in document["findings"])
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


@dataclass(frozen=True)
class SuiteResult:
    """What one run of the suite found."""

    passed: int
    disagreements: list[str]
    unusable: list[str]


def run(suite: Path, version: str, command: str, engine: str | None = None) -> SuiteResult:
    """Run every usable validation case of one version against the command.

    A case file that cannot be used is reported in ``unusable`` and the other files' cases
    still run. Raises :class:`RunnerError` when there is nothing to run or the command
    cannot be run or does not print a report.
    """
    cases: list[Case] = []
    unusable: list[str] = []
    files = case_files(suite, version)
    if not files:
        raise RunnerError(f"no validation case files in {suite / version / 'validation'}")
    for path in files:
        try:
            cases += load_cases(path)
        except CaseFileError as error:
            unusable.append(str(error))
    if not cases:
        return SuiteResult(0, [], unusable)
    disagreements = [
        text
        for case, outcome in zip(cases, run_command(command, cases, engine), strict=True)
        if (text := disagreement(case, outcome)) is not None
    ]
    return SuiteResult(len(cases) - len(disagreements), disagreements, unusable)

"""Run the suite's validation cases against any validator command.

For every validation case in ``<suite>/<version>/validation/*.json`` the instance is
written to a temporary file. The command is run on batches of those files (``{file}``
stands for the batch, ``{version}`` for the case file's schema version; without
``{version}``, ``--schema-version <version>`` goes before the files; for a case file that
names an outcome file, ``--outcomes <file>`` goes before them too). Batches hold at most
:data:`FILES_PER_RUN` files and :data:`ARGUMENT_BYTES` bytes of arguments, so any number
of cases fits the system's limit on a command line. Each run must print a findings report
(:mod:`inspection_schema.conformance.reports`) on standard output, within the timeout.

A case passes when the set of ``(code, path)`` of the findings reported for its file
equals the expected set and the document's status agrees with the expected ``valid``. A
finding code the suite does not know is simply a finding the case did not expect: that
case fails, the others run. A case file that cannot be used is reported and the other
files' cases still run.

Without a command, the runner uses this package's validate-report with the current
interpreter; ``engine`` passes ``--engine fast|reference`` to it.
"""

from __future__ import annotations

import json
import shlex
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from inspection_schema.conformance.cases import Case, CaseFileError, case_files, load_cases
from inspection_schema.conformance.commands import (
    DEFAULT_TIMEOUT,
    RunnerError,
    parse_json_output,
    run_bounded,
)
from inspection_schema.conformance.reports import Outcome, read_report
from inspection_schema.conformance.results import CaseResult, SuiteResult

__all__ = [
    "ARGUMENT_BYTES",
    "DEFAULT_COMMAND",
    "FILES_PER_RUN",
    "batches",
    "command_line",
    "disagreement",
    "run",
    "run_command",
]

DEFAULT_COMMAND = (
    f"{shlex.quote(sys.executable)} -c "
    + shlex.quote("import sys; from inspection_schema.cli.validate import main; sys.exit(main())")
    + " --format json {file}"
)
FILES_PER_RUN = 1000
ARGUMENT_BYTES = 100_000


def command_line(
    template: str,
    files: Sequence[Path],
    version: str,
    engine: str | None,
    outcomes: Path | None = None,
) -> list[str]:
    """The command's arguments, with ``{file}`` and ``{version}`` filled in.

    A template without ``{version}`` gets ``--schema-version <version>`` before the files,
    so that each case is checked against its case file's version, as the suite requires;
    cases with an outcome file get ``--outcomes <file>`` there too.
    """
    arguments: list[str] = []
    for token in shlex.split(template):
        if token == "{file}":
            if "{version}" not in template:
                arguments += ["--schema-version", version]
            if engine is not None:
                arguments += ["--engine", engine]
            if outcomes is not None:
                arguments += ["--outcomes", str(outcomes)]
            arguments += [str(f) for f in files]
        else:
            arguments.append(token.replace("{version}", version))
    return arguments


def batches(files: list[Path]) -> Iterator[list[Path]]:
    """The files in runs that keep the command line short."""
    batch: list[Path] = []
    size = 0
    for file in files:
        length = len(str(file)) + 1
        if batch and (len(batch) >= FILES_PER_RUN or size + length > ARGUMENT_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(file)
        size += length
    if batch:
        yield batch


def run_command(
    template: str,
    cases: Sequence[Case],
    engine: str | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[Outcome]:
    """Validate each case's instance with the command; one outcome per case, in order."""
    outcomes = [Outcome(None, frozenset(), "not run")] * len(cases)
    groups: dict[tuple[str, Path | None], list[int]] = {}
    for index, case in enumerate(cases):
        groups.setdefault((case.version, case.outcomes), []).append(index)
    with tempfile.TemporaryDirectory(prefix="conformance-") as folder:
        paths = {}
        for index, case in enumerate(cases):
            path = Path(folder) / f"case-{index:06d}.json"
            path.write_text(json.dumps(case.instance), encoding="utf-8")
            paths[index] = path
        for (version, outcome_file), indexes in groups.items():
            files = [paths[index] for index in indexes]
            reported: dict[str, Outcome] = {}
            for batch in batches(files):
                completed = run_bounded(
                    command_line(template, batch, version, engine, outcome_file), timeout=timeout
                )
                reported.update(read_report(parse_json_output(completed, "a JSON report")))
            for index in indexes:
                outcomes[index] = reported.get(
                    str(paths[index]), Outcome(None, frozenset(), "no entry in the report")
                )
    return outcomes


def disagreement(case: Case, outcome: Outcome) -> tuple[str, ...] | None:
    """How the outcome differs from the case's expectation, a line each; ``None`` if not."""
    if outcome.valid == case.valid and outcome.findings == case.findings:
        return None
    lines = []
    if outcome.problem:
        lines.append(f"  unreadable: {outcome.problem}")
    if outcome.valid != case.valid:
        lines.append(f"  expected valid={case.valid}, found valid={outcome.valid}")
    for code, path in sorted(case.findings - outcome.findings):
        lines.append(f"  missing:    {code} at {path or '(document)'}")
    for code, path in sorted(outcome.findings - case.findings):
        lines.append(f"  unexpected: {code} at {path or '(document)'}")
    return tuple(lines)


def run(
    suite: Path,
    version: str,
    command: str,
    engine: str | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
) -> SuiteResult:
    """Run every usable validation case of one version against the command.

    A case file that cannot be used is reported in ``unusable`` and the other files' cases
    still run. Raises :class:`RunnerError` when there is nothing to run or the command
    cannot be run or does not print a report.
    """
    cases: list[Case] = []
    result = SuiteResult()
    files = case_files(suite, version)
    if not files:
        raise RunnerError(f"no validation case files in {suite / version / 'validation'}")
    for path in files:
        try:
            cases += load_cases(path)
        except CaseFileError as error:
            result.unusable.append(str(error))
    if not cases:
        return result
    for case, outcome in zip(
        cases, run_command(command, cases, engine, timeout=timeout), strict=True
    ):
        differences = disagreement(case, outcome)
        result.cases.append(
            CaseResult(
                "validation",
                case.version,
                case.file,
                case.description,
                differences is None,
                differences or (),
            )
        )
    return result

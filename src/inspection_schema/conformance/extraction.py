"""Run the suite's extraction cases against any extractor command.

For every case in ``<suite>/<version>/extraction/*.json`` the command is run on the case's
input report (``{input}`` stands for its path) and must print the instance, as the case
file's schema version, as one JSON document on standard output: ``{version}`` stands for
that version, and a command without ``{version}`` gets ``--schema-version <version>``
before the input (as extract-report takes it). The instance is compared with the expected
one field by field, ``provenance`` left out of both (an extractor writes its own); each
difference is a line naming its JSON Pointer. A run that gives no instance, takes longer
than the timeout or prints more than the output limit fails its case alone; a command that
cannot be started at all stops the run.

Without a command, the runner uses this package's extract-report with the current
interpreter.
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from inspection_schema.conformance.cases import (
    CaseFileError,
    ExtractionCase,
    case_files,
    load_extraction_cases,
)
from inspection_schema.conformance.commands import (
    DEFAULT_TIMEOUT,
    CannotRun,
    RunnerError,
    parse_json_output,
    run_bounded,
)
from inspection_schema.conformance.results import CaseResult, SuiteResult
from inspection_schema.validate.findings import pointer

__all__ = [
    "DEFAULT_EXTRACT_COMMAND",
    "MAX_DIFFERENCES",
    "differences",
    "extraction_arguments",
    "run_extraction",
]

DEFAULT_EXTRACT_COMMAND = (
    f"{shlex.quote(sys.executable)} -c "
    + shlex.quote("import sys; from inspection_schema.cli.extract import main; sys.exit(main())")
    + " {input}"
)
MAX_DIFFERENCES = 20
"""The most differences listed for one case."""
_UNSET = object()


Path_ = tuple[str | int, ...]


def _walk(expected: Any, found: Any, path: Path_) -> Iterator[tuple[Path_, str]]:
    """Each difference: where it is, and in words."""
    if isinstance(expected, dict) and isinstance(found, dict):
        for key in expected.keys() | found.keys():
            yield from _walk(expected.get(key, _UNSET), found.get(key, _UNSET), (*path, key))
    elif isinstance(expected, list) and isinstance(found, list):
        for index in range(max(len(expected), len(found))):
            left = expected[index] if index < len(expected) else _UNSET
            right = found[index] if index < len(found) else _UNSET
            yield from _walk(left, right, (*path, index))
    elif found is _UNSET:
        yield path, f"  missing:    {pointer(*path) or '(document)'}"
    elif expected is _UNSET:
        yield path, f"  unexpected: {pointer(*path) or '(document)'}"
    elif expected != found or type(expected) is not type(found):
        shown = f"expected {_short(expected)}, found {_short(found)}"
        yield path, f"  differs:    {pointer(*path) or '(document)'}: {shown}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _in_order(path: Path_) -> tuple[tuple[int, int | str], ...]:
    """A sort key putting paths in document order (item 2 before item 10)."""
    return tuple((0, part) if isinstance(part, int) else (1, part) for part in path)


def differences(expected: Any, found: Any) -> list[str]:
    """Every field that differs between two instances, ``provenance`` left out, in order."""
    if isinstance(expected, dict) and isinstance(found, dict):
        expected = {k: v for k, v in expected.items() if k != "provenance"}
        found = {k: v for k, v in found.items() if k != "provenance"}
    return [line for _, line in sorted(_walk(expected, found, ()), key=lambda d: _in_order(d[0]))]


def extraction_arguments(template: str, report: Path, version: str) -> list[str]:
    """The command's arguments, with ``{input}`` and ``{version}`` filled in.

    A template without ``{version}`` gets ``--schema-version <version>`` before the input
    (or at the end, with the input, if it has no ``{input}`` either).
    """
    arguments: list[str] = []
    for token in shlex.split(template):
        if token == "{input}" and "{version}" not in template:
            arguments += ["--schema-version", version]
        arguments.append(token.replace("{input}", str(report)).replace("{version}", version))
    if "{input}" not in template:
        if "{version}" not in template:
            arguments += ["--schema-version", version]
        arguments.append(str(report))
    return arguments


def _check(case: ExtractionCase, template: str, timeout: float) -> tuple[str, ...]:
    """How the command's instance differs from the expected one, a line each."""
    try:
        arguments = extraction_arguments(template, case.input, case.version)
        completed = run_bounded(arguments, timeout=timeout)
        instance = parse_json_output(completed, "an instance")
    except CannotRun:
        raise
    except RunnerError as error:
        return (f"  no instance: {error}",)
    lines = differences(case.expected, instance)
    if len(lines) > MAX_DIFFERENCES:
        lines[MAX_DIFFERENCES:] = [f"  … and {len(lines) - MAX_DIFFERENCES} more differences"]
    return tuple(lines)


def run_extraction(
    suite: Path, version: str, command: str, *, timeout: float = DEFAULT_TIMEOUT
) -> SuiteResult:
    """Run every usable extraction case of one version against the command.

    A version without extraction cases gives an empty result. Raises
    :class:`~inspection_schema.conformance.commands.CannotRun` if the command cannot be
    started.
    """
    result = SuiteResult()
    for path in case_files(suite, version, "extraction"):
        try:
            cases = load_extraction_cases(path)
        except CaseFileError as error:
            result.unusable.append(str(error))
            continue
        for case in cases:
            found = _check(case, command, timeout)
            result.cases.append(
                CaseResult("extraction", version, case.file, case.description, not found, found)
            )
    return result

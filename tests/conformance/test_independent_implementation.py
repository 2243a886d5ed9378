"""The suite run against an implementation written apart from this package, case by case.

``independent_validator.py`` knows the JSON Schema (through plain ``jsonschema``) and two
of the semantic rules, and reports under its own tool name in report format 1.1. The
runner must hand back one result per case: passed exactly where every finding the case
expects is one the independent validator implements.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from inspection_schema import conformance
from inspection_schema.cli.conformance import main as conformance_main
from tests.conformance.independent_validator import IMPLEMENTED, NAME
from tests.support import EXAMPLES, SUITE

SCRIPT = Path(__file__).with_name("independent_validator.py")
COMMAND = (
    f"{shlex.quote(sys.executable)} {shlex.quote(str(SCRIPT))} "
    "--schema-version {version} {file}"
)
VERSIONS = conformance.suite_versions(SUITE)


def _expected_cases() -> dict[tuple[str, str, str], bool]:
    """Each validation case, by file, version and description: whether it should pass."""
    expected = {}
    for version in VERSIONS:
        for path in conformance.case_files(SUITE, version):
            for case in conformance.load_cases(path):
                implemented = {code for code, _ in case.findings} <= IMPLEMENTED
                expected[(str(path), version, case.description)] = implemented
    return expected


@pytest.fixture(scope="module")
def results() -> list[conformance.CaseResult]:
    found: list[conformance.CaseResult] = []
    for version in VERSIONS:
        found += conformance.run(SUITE, version, COMMAND).cases
    return found


def test_it_reports_under_its_own_name() -> None:
    completed = subprocess.run(
        [sys.executable, str(SCRIPT), "--schema-version", "1.0", str(EXAMPLES[0])],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(completed.stdout)
    assert report["tool"] == {"name": NAME, "version": "0.1"}
    assert report["report_format"] == "1.1"


def test_every_case_gets_its_own_result(results: list[conformance.CaseResult]) -> None:
    expected = _expected_cases()
    got = {(str(r.file), r.version, r.description): r.passed for r in results}
    assert len(results) == len(expected)
    assert got == expected


def test_it_passes_the_schema_cases_and_fails_the_rules_it_lacks(
    results: list[conformance.CaseResult],
) -> None:
    by_file: dict[str, list[bool]] = {}
    for result in results:
        by_file.setdefault(Path(result.file).name, []).append(result.passed)
    assert all(by_file["valid.json"])
    assert sum(by_file["schema.json"]) >= len(by_file["schema.json"]) - 3  # three name rules too
    rules = by_file["rules.json"]
    assert 2 <= sum(rules) < len(rules)  # the two rules it implements, and no other


def test_a_failed_rule_case_says_what_was_missing(results: list[conformance.CaseResult]) -> None:
    lacking = next(
        r for r in results if r.description == "a summary sentence in no grade's wording"
    )
    assert not lacking.passed
    assert lacking.differences == ("  missing:    summary-unrecognised at /summary",)
    passing = next(r for r in results if r.description == "a due date before the inspection")
    assert passing.passed


def test_the_command_line_gives_the_same_count(capsys: pytest.CaptureFixture[str]) -> None:
    status = conformance_main(["--suite", str(SUITE), "--command", COMMAND])
    out = capsys.readouterr().out
    expected = _expected_cases()
    passed = sum(expected.values())
    assert status == conformance.EXIT_DISAGREEMENT
    assert out.splitlines()[-1] == f"{passed} passed, {len(expected) - passed} failed"
    assert out.count("FAIL validation ") == len(expected) - passed

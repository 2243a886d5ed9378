"""Case files that name an outcome file: the runner passes it to the command under test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from inspection_schema import conformance
from inspection_schema.cli.conformance import main as conformance_main
from tests.support import SUITE

OUTCOME_FILE = SUITE / "1.1" / "validation" / "outcomes.json"


@pytest.fixture
def suite(tmp_path: Path) -> Path:
    return shutil.copytree(SUITE, tmp_path / "suite")


def _validation(suite: Path) -> list[str]:
    """The arguments that run the suite's validation cases of schema 1.1 with validate-report."""
    return [
        "--suite",
        str(suite),
        "--schema-version",
        "1.1",
        "--command",
        conformance.DEFAULT_COMMAND,
    ]


def test_the_outcome_file_goes_before_the_documents() -> None:
    files = [Path("a.json"), Path("b.json")]
    arguments = conformance.command_line(
        "validate-report --format json {file}", files, "1.1", None, Path("events.csv")
    )
    assert arguments == [
        "validate-report",
        "--format",
        "json",
        "--schema-version",
        "1.1",
        "--outcomes",
        "events.csv",
        "a.json",
        "b.json",
    ]
    without = conformance.command_line("v {file}", files, "1.1", None)
    assert "--outcomes" not in without


def test_cases_know_their_outcome_file() -> None:
    cases = conformance.load_cases(OUTCOME_FILE)
    assert {case.outcomes for case in cases} == {
        SUITE / "1.1" / "validation" / "../../outcomes/events.csv"
    }
    assert all(case.outcomes is not None and case.outcomes.is_file() for case in cases)
    other = conformance.load_cases(SUITE / "1.1" / "validation" / "valid.json")
    assert {case.outcomes for case in other} == {None}


def test_an_outcome_file_outside_the_suite_is_refused(
    suite: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "events.csv"
    shutil.copy(suite / "outcomes" / "events.csv", outside)
    path = suite / "1.1" / "validation" / "outcomes.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["outcomes"] = "../../../events.csv"
    path.write_text(json.dumps(data), encoding="utf-8")
    status = conformance_main(_validation(suite))
    err = capsys.readouterr().err
    assert status == conformance.EXIT_UNUSABLE
    assert err.startswith(f"inspection-conformance: cannot use {path}: /outcomes: a path inside ")
    assert "'../../../events.csv' is not" in err


def test_a_missing_outcome_file_is_located_by_pointer(
    suite: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (suite / "outcomes" / "events.csv").unlink()
    status = conformance_main(_validation(suite))
    captured = capsys.readouterr()
    assert status == conformance.EXIT_UNUSABLE
    path = suite / "1.1" / "validation" / "outcomes.json"
    assert captured.err.startswith(
        f"inspection-conformance: cannot use {path}: /outcomes: an outcome file at "
    )
    assert captured.out.splitlines()[-1].endswith(" passed, 0 failed, 1 case file(s) unusable")


def test_a_wrong_expectation_of_an_outcome_case_is_reported(
    suite: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = suite / "1.1" / "validation" / "outcomes.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    case = next(c for c in data["cases"] if c["expected"]["findings"])
    removed = case["expected"]["findings"].pop()
    path.write_text(json.dumps(data), encoding="utf-8")
    assert conformance_main(_validation(suite)) == 1
    out = capsys.readouterr().out
    assert f"  unexpected: {removed['code']} at {removed['path']}\n" in out
    assert out.rstrip().endswith(" passed, 1 failed")

"""The conformance runner given a broken suite or a command that cannot serve.

Each problem gets one clear line, and the exit status is 2.
"""

from __future__ import annotations

import json
import shlex
import shutil
import sys
from pathlib import Path

import pytest

from inspection_schema import conformance
from inspection_schema.cli.conformance import main as conformance_main
from tests.support import SUITE


@pytest.fixture
def suite(tmp_path: Path) -> Path:
    return shutil.copytree(SUITE, tmp_path / "suite")


def _cases_in(path: Path) -> int:
    return len(json.loads(path.read_text(encoding="utf-8"))["cases"])


def _run(suite: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    command = ["--command", conformance.DEFAULT_COMMAND]  # the validation cases only
    status = conformance_main(["--suite", str(suite), "--schema-version", "1.0", *command, *extra])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _total(suite: Path) -> int:
    return sum(_cases_in(path) for path in conformance.case_files(suite, "1.0"))


def test_a_case_file_that_is_not_json_is_named_and_the_others_still_run(
    suite: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = suite / "1.0" / "validation" / "schema.json"
    lost = _cases_in(broken)
    broken.write_text('{"cases": [', encoding="utf-8")
    status, out, err = _run(suite, capsys)
    assert status == conformance.EXIT_UNUSABLE
    where = "line 1, column 12: Expecting value"
    assert (
        err == f"inspection-conformance: cannot use {broken}: (whole file): "
        f"JSON in {broken} ({where})\n"
    )
    assert (
        out.splitlines()[-1] == f"{_total(SUITE) - lost} passed, 0 failed, 1 case file(s) unusable"
    )


def test_a_case_without_its_expectation_is_located_by_pointer(
    suite: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = suite / "1.0" / "validation" / "rules.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["cases"][2]["expected"]
    path.write_text(json.dumps(data), encoding="utf-8")
    status, _, err = _run(suite, capsys)
    assert status == conformance.EXIT_UNUSABLE
    assert err.startswith(
        f"inspection-conformance: cannot use {path}: /cases/2: a validation case file ("
    )
    assert "'expected' is a required property" in err


def test_an_extraction_case_in_a_validation_file_is_refused(
    suite: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = suite / "1.0" / "validation" / "valid.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["cases"].append({"description": "misplaced", "input": "a.txt", "expected_file": "a.json"})
    path.write_text(json.dumps(data), encoding="utf-8")
    status, _, err = _run(suite, capsys)
    assert status == conformance.EXIT_UNUSABLE
    assert f"{path}: /cases/{len(data['cases']) - 1}" in err


def test_a_missing_instance_file_is_located_by_pointer(
    suite: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = suite / "1.0" / "validation" / "valid.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    index = next(i for i, case in enumerate(data["cases"]) if "instance_file" in case)
    missing = (path.parent / data["cases"][index]["instance_file"]).resolve()
    missing.unlink()
    status, out, err = _run(suite, capsys)
    assert status == conformance.EXIT_UNUSABLE
    assert err.startswith(
        f"inspection-conformance: cannot use {path}: /cases/{index}/instance_file: "
        "a readable file at "
    )
    assert "No such file or directory" in err
    assert (
        out.splitlines()[-1]
        == f"{_total(SUITE) - len(data['cases'])} passed, 0 failed, 1 case file(s) unusable"
    )


@pytest.mark.parametrize("damage", ["remove", "not JSON", "not a case-file schema"])
def test_a_suite_without_a_usable_case_file_schema_is_refused(
    suite: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    schema = suite / "case-file.schema.json"
    if damage == "remove":
        schema.unlink()
    else:
        schema.write_text("{" if damage == "not JSON" else "[]", encoding="utf-8")
    status, out, err = _run(suite, capsys)
    assert status == conformance.EXIT_UNUSABLE
    lines = err.splitlines()
    assert len(lines) == len(conformance.case_files(suite, "1.0"))
    assert all(f"whose case-file schema {schema} can be read" in line for line in lines)
    assert out.splitlines()[-1].startswith("0 passed, 0 failed, ")


def test_a_version_without_cases_is_refused(
    suite: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = conformance_main(["--suite", str(suite), "--schema-version", "9.9"])
    err = capsys.readouterr().err
    assert status == conformance.EXIT_UNUSABLE
    assert (
        err
        == f"inspection-conformance: no validation case files in {suite / '9.9' / 'validation'}\n"
    )


def test_a_command_that_cannot_run_is_refused(
    suite: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(suite, capsys, "--command", "no-such-validator-anywhere {file}")
    assert status == conformance.EXIT_UNUSABLE
    assert err.startswith("inspection-conformance: cannot run 'no-such-validator-anywhere': ")


def test_a_command_that_prints_no_report_is_refused(
    suite: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = f"{shlex.quote(sys.executable)} -c {shlex.quote('print(1 / 0)')} {{file}}"
    status, _, err = _run(suite, capsys, "--command", command)
    assert status == conformance.EXIT_UNUSABLE
    assert err.startswith(
        "inspection-conformance: the command did not print a JSON report: Traceback"
    )
    assert err.rstrip().endswith("ZeroDivisionError: division by zero")


def test_a_report_in_another_format_is_located_by_pointer(
    suite: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "loose-validator.py"
    report = {
        "report_format": "1.0",
        "tool": {"name": "loose"},
        "summary": {},
        "documents": [{"status": "valid"}],
    }
    script.write_text(f"print({json.dumps(json.dumps(report))})", encoding="utf-8")
    command = f"{shlex.quote(sys.executable)} {shlex.quote(str(script))} {{file}}"
    status, _, err = _run(suite, capsys, "--command", command)
    assert status == conformance.EXIT_UNUSABLE
    assert err.startswith(
        "inspection-conformance: the command's report does not follow "
        f"{conformance.REPORT_SCHEMAS['1.0']} at "
    )
    assert err.count("\n") == 1

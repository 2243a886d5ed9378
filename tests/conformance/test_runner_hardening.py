"""The runner against commands and suites that misbehave: each gives one line, never a hang.

A command that runs too long, prints bytes that are not UTF-8 or JSON nested without end;
case files that are FIFOs or name files outside the suite; more cases than one command
line can carry; a finding code the suite does not know.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from inspection_schema import conformance
from inspection_schema.conformance import runner
from inspection_schema.conformance.extraction import differences
from tests.support import SUITE, load_example

PYTHON = shlex.quote(sys.executable)


def _suite(tmp_path: Path, cases: list[dict[str, Any]], version: str = "1.0") -> Path:
    """A suite of one validation case file holding ``cases``."""
    suite = tmp_path / "suite"
    (suite / version / "validation").mkdir(parents=True)
    shutil.copy(SUITE / "case-file.schema.json", suite)
    data = {"description": "crafted", "schema_version": version, "cases": cases}
    (suite / version / "validation" / "crafted.json").write_text(json.dumps(data), "utf-8")
    return suite


def _valid_case(description: str) -> dict[str, Any]:
    return {"description": description, "instance": {}, "expected": {"valid": True, "findings": []}}


def _script(tmp_path: Path, name: str, body: str) -> str:
    """A command running a Python script with ``body``; ``{file}`` is appended."""
    path = tmp_path / f"{name}.py"
    path.write_text(body, encoding="utf-8")
    return f"{PYTHON} {shlex.quote(str(path))} {{file}}"


_ECHO = """\
import json, sys
files = [a for a in sys.argv[1:] if a.endswith(".json")]
documents = [{{"source": f, "status": "valid", "findings": []}} for f in files]
{change}
summary = {{"documents": len(files), "valid": len(files), "invalid": 0, "unreadable": 0,
            "errors": 0, "warnings": 0}}
print(json.dumps({{"report_format": "1.1", "tool": {{"name": "echo", "version": "1"}},
                  "documents": documents, "summary": summary}}))
"""
"""A validator that calls every file valid; ``change`` may alter its entries first."""


def _main(suite: Path, command: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """The runner's command line, in its own process (so that a hang would be a timeout)."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "inspection_schema",
            "inspection-conformance",
            "--suite",
            str(suite),
            "--command",
            command,
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_an_unknown_finding_code_fails_its_case_alone(tmp_path: Path) -> None:
    suite = _suite(tmp_path, [_valid_case(f"case {n}") for n in range(3)])
    change = (
        'documents[1]["findings"] = [{"code": "Not_A_Code", "severity": "error", '
        '"path": "", "message": "?"}]'
    )
    result = _main(suite, _script(tmp_path, "odd", _ECHO.format(change=change)))
    assert result.returncode == conformance.EXIT_DISAGREEMENT, result.stderr
    assert result.stdout.splitlines()[-1] == "2 passed, 1 failed"
    assert "case 1\n  unreadable: its report entry does not follow " in result.stdout
    assert "findings-report-1.1.schema.json at /documents/1/findings/0/code" in result.stdout


def test_a_code_outside_the_catalogue_is_an_unexpected_finding(tmp_path: Path) -> None:
    suite = _suite(tmp_path, [_valid_case(f"case {n}") for n in range(2)])
    change = (
        'documents[0]["findings"] = [{"code": "my-own-rule", "severity": "warning", '
        '"path": "/urn", "message": "?"}]'
    )
    result = _main(suite, _script(tmp_path, "own", _ECHO.format(change=change)))
    assert result.returncode == conformance.EXIT_DISAGREEMENT
    assert "  unexpected: my-own-rule at /urn" in result.stdout
    assert result.stdout.splitlines()[-1] == "1 passed, 1 failed"


def test_a_command_that_runs_too_long_is_stopped(tmp_path: Path) -> None:
    suite = _suite(tmp_path, [_valid_case("one")])
    command = _script(tmp_path, "slow", "import time\ntime.sleep(3600)\n")
    result = _main(suite, command, "--timeout", "0.5")
    assert result.returncode == conformance.EXIT_UNUSABLE
    assert result.stderr == (
        "inspection-conformance: the command did not finish within 0.5 seconds (see --timeout)\n"
    )


def test_output_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    suite = _suite(tmp_path, [_valid_case("one")])
    command = _script(tmp_path, "latin", "import sys\nsys.stdout.buffer.write(b'{\\xff}')\n")
    result = _main(suite, command)
    assert result.returncode == conformance.EXIT_UNUSABLE
    assert result.stderr == (
        "inspection-conformance: the command's output is not UTF-8 (byte 0xff at offset 1)\n"
    )


@pytest.mark.parametrize("depth", [600, 200_000])
def test_deeply_nested_output_is_refused(tmp_path: Path, depth: int) -> None:
    suite = _suite(tmp_path, [_valid_case("one")])
    body = f"print('[' * {depth} + ']' * {depth})\n"
    result = _main(suite, _script(tmp_path, "deep", body))
    assert result.returncode == conformance.EXIT_UNUSABLE
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("inspection-conformance: the command printed JSON nested ")
    assert result.stderr.count("\n") == 1


def test_a_fifo_case_file_is_refused_without_blocking(tmp_path: Path) -> None:
    suite = _suite(tmp_path, [_valid_case("one")])
    fifo = suite / "1.0" / "validation" / "pipe.json"
    os.mkfifo(fifo)
    result = _main(suite, _script(tmp_path, "echo", _ECHO.format(change="")))
    assert result.returncode == conformance.EXIT_UNUSABLE
    assert result.stderr == (
        f"inspection-conformance: cannot use {fifo}: (whole file): a regular file at {fifo} "
        "(it is a folder, a FIFO or a device)\n"
    )
    assert result.stdout.splitlines()[-1] == "1 passed, 0 failed, 1 case file(s) unusable"


@pytest.mark.parametrize("named", ["/etc/passwd", "../../../outside.json", "link.json"])
def test_an_instance_file_outside_the_suite_is_refused(tmp_path: Path, named: str) -> None:
    (tmp_path / "outside.json").write_text("{}", encoding="utf-8")
    case = {"description": "x", "instance_file": named, "expected": {"valid": True, "findings": []}}
    suite = _suite(tmp_path, [case])
    (suite / "1.0" / "validation" / "link.json").symlink_to(tmp_path / "outside.json")
    result = _main(suite, _script(tmp_path, "echo", _ECHO.format(change="")))
    assert result.returncode == conformance.EXIT_UNUSABLE
    assert f": /cases/0/instance_file: a path inside the suite {suite} ({named!r} is not)" in (
        result.stderr
    )


def test_more_cases_than_one_command_line_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "FILES_PER_RUN", 100)
    count = 250
    suite = _suite(tmp_path, [_valid_case(f"case {n}") for n in range(count)])
    log = tmp_path / "runs.log"
    change = f"open({str(log)!r}, 'a').write(str(len(files)) + '\\n')"
    result = conformance.run(suite, "1.0", _script(tmp_path, "echo", _ECHO.format(change=change)))
    assert result.passed == count
    assert log.read_text(encoding="utf-8").split() == ["100", "100", "50"]


def test_batches_keep_the_command_line_short() -> None:
    files = [Path("/tmp") / ("x" * 200 + f"{n}.json") for n in range(2000)]
    runs = list(runner.batches(files))
    assert [f for batch in runs for f in batch] == files
    for batch in runs:
        assert len(batch) <= runner.FILES_PER_RUN
        assert sum(len(str(f)) + 1 for f in batch) <= runner.ARGUMENT_BYTES


# Extraction cases


def _extraction_suite(tmp_path: Path) -> Path:
    suite = shutil.copytree(SUITE, tmp_path / "suite")
    for version in conformance.suite_versions(suite):
        shutil.rmtree(suite / version / "validation")
    return suite


def test_extraction_cases_report_each_differing_field(tmp_path: Path) -> None:
    suite = _extraction_suite(tmp_path)
    expected = suite / "1.0" / "extraction" / "expected" / "2515609-full-2021-10-12.json"
    instance = json.loads(expected.read_text(encoding="utf-8"))
    instance["urn"] = "2515608"
    del instance["requirements"][2]["due_date"]
    expected.write_text(json.dumps(instance), encoding="utf-8")
    result = conformance.run_extraction(suite, "1.0", conformance.DEFAULT_EXTRACT_COMMAND)
    failed = result.failed
    assert len(result.cases) == 2
    assert len(failed) == 1
    assert failed[0].differences == (
        "  unexpected: /requirements/2/due_date",
        "  differs:    /urn: expected '2515608', found '2515609'",
    )


def test_an_extractor_that_gives_no_instance_fails_its_cases_alone(tmp_path: Path) -> None:
    suite = _extraction_suite(tmp_path)
    command = f"{PYTHON} -c {shlex.quote('import sys; sys.exit(2)')} {{input}}"
    result = conformance.run_extraction(suite, "1.0", command)
    assert len(result.failed) == 2
    assert (
        result.failed[0]
        .differences[0]
        .startswith("  no instance: the command did not print an instance")
    )


def test_extraction_differences_leave_provenance_out() -> None:
    example = load_example("2515609-full-2021-10-12")
    other = json.loads(json.dumps(example))
    other["provenance"] = {"extractor": "another"}
    assert differences(example, other) == []
    other["inspectors"].append({"name": "A. N. Other", "role": "social_care_inspector"})
    assert differences(example, other) == [
        f"  unexpected: /inspectors/{len(example['inspectors'])}"
    ]

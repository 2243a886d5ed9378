"""validate-report as a user runs it: exit codes, output formats and unreadable input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from inspection_schema.spec.resources import load_json
from tests.support import EXAMPLES, REPO, load_example

VALID = str(EXAMPLES[0])


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "inspection_schema.cli.validate", *args]
    return subprocess.run(
        command,
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def _bad_inputs(tmp_path: Path) -> dict[str, list[str]]:
    big = tmp_path / "huge.json"
    with big.open("wb") as handle:
        handle.write(b'{"padding": "')
        handle.write(b"x" * (100 * 1024 * 1024))
        handle.write(b'"}')
    empty_dir = tmp_path / "nothing-here"
    empty_dir.mkdir()
    (empty_dir / "notes.txt").write_text("not json")
    return {
        "empty file": [_write(tmp_path, "empty.json", b"")],
        "invalid JSON": [_write(tmp_path, "broken.json", b'{"urn": "2515609",}')],
        "not UTF-8": [_write(tmp_path, "latin1.json", '{"urn": "caf\xe9"}'.encode("latin-1"))],
        "array": [_write(tmp_path, "array.json", b"[1, 2]")],
        "number": [_write(tmp_path, "number.json", b"42")],
        "deep": [_write(tmp_path, "deep.json", b"[" * 10_000 + b"]" * 10_000)],
        "100 MB": [str(big)],
        "missing path": [str(tmp_path / "no-such-file.json")],
        "directory without JSON": [str(empty_dir)],
        "unknown declared version": [
            _write(
                tmp_path,
                "future.json",
                json.dumps({**load_example(EXAMPLES[0].name), "schema_version": "9.9"}).encode(),
            )
        ],
    }


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    return _bad_inputs(tmp_path_factory.mktemp("bad"))


@pytest.mark.parametrize(
    "kind",
    [
        "empty file",
        "invalid JSON",
        "not UTF-8",
        "array",
        "number",
        "deep",
        "100 MB",
        "missing path",
        "directory without JSON",
        "unknown declared version",
    ],
)
def test_unreadable_input_is_one_line_exit_2_and_others_still_checked(
    bad_inputs: dict[str, list[str]], kind: str
) -> None:
    (bad,) = bad_inputs[kind]
    result = run(bad, VALID)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"validate-report: {bad}: ")
    assert f"{VALID}: valid" in result.stdout


def test_unknown_declared_version_lists_supported_versions(
    bad_inputs: dict[str, list[str]],
) -> None:
    result = run(*bad_inputs["unknown declared version"])
    assert result.returncode == 2
    assert "'9.9'" in result.stderr
    assert "1.0" in result.stderr


def test_unknown_schema_version_option_is_a_usage_error() -> None:
    result = run("--schema-version", "7.3", VALID)
    assert result.returncode == 2
    assert "7.3" in result.stderr
    assert "Traceback" not in result.stderr


def test_examples_are_valid_from_another_directory(tmp_path: Path) -> None:
    result = run(*map(str, EXAMPLES), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": valid") == len(EXAMPLES)


def test_injected_due_date_before_inspection_exits_1_with_code_and_pointer(tmp_path: Path) -> None:
    document = load_example("2515609-full-2021-10-12.json")
    document["requirements"][2]["due_date"] = "2021-09-30"
    path = _write(tmp_path, "early.json", json.dumps(document).encode())
    result = run("--format", "json", path)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    jsonschema.validate(report, load_json("findings-report-1.1.schema.json"))
    findings = report["documents"][0]["findings"]
    assert [(f["code"], f["path"]) for f in findings] == [
        ("due-date-before-inspection", "/requirements/2/due_date")
    ]


def test_json_lines_findings_carry_line_numbers(tmp_path: Path) -> None:
    good = load_example("1252023-full-2023-01-31.json")
    bad = json.loads(json.dumps(good))
    bad["judgements"]["helped_and_protected"] = "Good"
    lines = [json.dumps(good), "", json.dumps(bad), "{oops"]
    path = _write(tmp_path, "batch.jsonl", "\n".join(lines).encode())
    result = run("--format", "json", path)
    assert result.returncode == 2
    report: dict[str, Any] = json.loads(result.stdout)
    jsonschema.validate(report, load_json("findings-report-1.1.schema.json"))
    entries = [(d["line"], d["status"]) for d in report["documents"]]
    assert entries == [(1, "valid"), (3, "invalid"), (4, "unreadable")]
    finding = report["documents"][1]["findings"][0]
    assert finding["hint"] == "good"
    assert "Did you mean 'good'?" in finding["message"]
    assert report["summary"] == {
        "documents": 3,
        "valid": 1,
        "invalid": 1,
        "unreadable": 1,
        "errors": 1,
        "warnings": 0,
    }


def test_standard_input_single_document_and_json_lines() -> None:
    document = (REPO / "examples" / "1252023-full-2023-01-31.json").read_bytes()
    assert run("-", stdin=document).returncode == 0
    compact = json.dumps(json.loads(document)).encode()
    result = run("-", stdin=compact + b"\n" + compact + b"\n")
    assert result.returncode == 0
    assert "-:1: valid" in result.stdout
    assert "-:2: valid" in result.stdout


def test_warnings_as_errors(tmp_path: Path) -> None:
    document = load_example("2515609-full-2021-10-12.json")
    del document["requirements"][0]["due_date"]
    path = _write(tmp_path, "no-due-date.json", json.dumps(document).encode())
    assert run(path).returncode == 0
    assert run("--warnings-as-errors", path).returncode == 1


def test_reference_engine_option_gives_the_same_report(tmp_path: Path) -> None:
    document = load_example("2515609-full-2021-10-12.json")
    document["urn"] = "25156"
    document["extra"] = True
    path = _write(tmp_path, "two-problems.json", json.dumps(document).encode())
    fast, reference = (
        run("--format", "json", path),
        run("--format", "json", "--engine", "reference", path),
    )
    assert fast.returncode == reference.returncode == 1
    assert json.loads(fast.stdout)["documents"] == json.loads(reference.stdout)["documents"]


def test_help_shows_examples_and_exit_codes() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout
    assert "exit codes:" in result.stdout

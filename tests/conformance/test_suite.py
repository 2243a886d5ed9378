"""The conformance suite, consumed through the Python API and through the runner.

Parametrised over every case file and case, so a new case file needs no new code.
"""

from __future__ import annotations

import json
import shutil
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from inspection_schema import conformance
from inspection_schema.cli.conformance import main as conformance_main
from inspection_schema.extract.api import extract_path
from inspection_schema.model.converter import unstructure
from inspection_schema.outcomes import OutcomeIndex, load_outcomes
from inspection_schema.spec import finding_catalogue
from inspection_schema.validate.checker import validate
from tests.support import SUITE

VERSIONS = sorted(p.name for p in SUITE.iterdir() if p.is_dir() and p.name[0].isdigit())
VALIDATION_FILES = [f for v in VERSIONS for f in conformance.case_files(SUITE, v)]
EXTRACTION_FILES = [f for v in VERSIONS for f in conformance.case_files(SUITE, v, "extraction")]
ALL_FILES = VALIDATION_FILES + EXTRACTION_FILES
CASES = [case for path in VALIDATION_FILES for case in conformance.load_cases(path)]

# Every schema keyword of schema 1.0 has its own code, so schema-constraint (the code for
# any other keyword) cannot be produced by a 1.0 or 1.1 document.
UNREACHABLE = {"schema-constraint"}


def _id(case: conformance.Case) -> str:
    return f"{case.version}/{case.file.stem}: {case.description}"


@cache
def _outcomes(path: Path | None) -> OutcomeIndex | None:
    return None if path is None else load_outcomes(path)


@pytest.mark.parametrize("engine", ["fast", "reference"])
@pytest.mark.parametrize("case", CASES, ids=_id)
def test_case(case: conformance.Case, engine: str) -> None:
    findings = validate(
        case.instance,
        schema_version=case.version,
        engine=engine,  # type: ignore[arg-type]
        outcomes=_outcomes(case.outcomes),
    )
    assert {(f.code, f.path) for f in findings} == case.findings
    assert (not any(f.severity == "error" for f in findings)) == case.valid


@pytest.mark.parametrize(
    "path", ALL_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.name}"
)
def test_case_file_follows_the_case_file_schema(path: Path) -> None:
    schema = json.loads((SUITE / "case-file.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(path.read_text(encoding="utf-8"))
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(data)]
    assert errors == []
    assert data["schema_version"] == path.parent.parent.name


def test_every_catalogued_code_has_an_invalid_case() -> None:
    covered = {code for case in CASES for code, _ in case.findings}
    assert sorted(set(finding_catalogue.entries()) - covered - UNREACHABLE) == []


def test_every_outcome_code_has_a_case_with_an_outcome_file() -> None:
    outcome_codes = {
        code for code, item in finding_catalogue.entries().items() if item["source"] == "outcomes"
    }
    covered = {code for case in CASES if case.outcomes for code, _ in case.findings}
    assert outcome_codes <= covered
    assert not any(
        code in outcome_codes for case in CASES if not case.outcomes for code, _ in case.findings
    )


def test_every_report_kind_has_a_valid_case() -> None:
    kinds = {case.instance.get("report_kind") for case in CASES if case.valid and not case.findings}
    assert kinds >= {"full", "interim", "monitoring", "assurance", "emergency"}


@pytest.mark.parametrize("engine", ["fast", "reference"])
def test_runner_agrees_with_validate_report(
    engine: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for version in VERSIONS:
        assert (
            conformance_main(
                ["--suite", str(SUITE), "--schema-version", version, "--engine", engine]
            )
            == 0
        )
    lines = capsys.readouterr().out.splitlines()
    assert all(line.endswith(" passed, 0 failed") for line in lines)


def test_runner_reports_exactly_a_broken_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    suite = tmp_path / "conformance"
    shutil.copytree(SUITE, suite)
    path = suite / "1.0" / "validation" / "rules.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    broken = next(c for c in data["cases"] if c["expected"]["findings"])
    removed = broken["expected"]["findings"].pop()
    path.write_text(json.dumps(data), encoding="utf-8")
    assert conformance_main(["--suite", str(suite), "--schema-version", "1.0"]) == 1
    out = capsys.readouterr().out
    assert f"{path}: {broken['description']}\n" in out
    assert f"  unexpected: {removed['code']} at {removed['path']}\n" in out
    assert out.count("unexpected:") + out.count("missing:") == 1
    assert out.rstrip().endswith(" passed, 1 failed")


def _extraction_cases() -> list[tuple[Path, dict[str, Any]]]:
    return [
        (path, case)
        for path in EXTRACTION_FILES
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]
    ]


@pytest.mark.parametrize(
    ("path", "case"), _extraction_cases(), ids=lambda x: getattr(x, "name", "")
)
def test_extraction_case(path: Path, case: dict[str, Any]) -> None:
    version = json.loads(path.read_text(encoding="utf-8"))["schema_version"]
    report = extract_path(path.parent / case["input"], schema_version=version)
    document = unstructure(report)
    document.pop("provenance", None)
    expected = json.loads((path.parent / case["expected_file"]).read_text(encoding="utf-8"))
    expected.pop("provenance", None)
    assert document == expected


@pytest.mark.parametrize(
    "path", ALL_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.name}"
)
def test_case_files_name_only_files_inside_the_suite(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    if "outcomes" in data:
        named = (path.parent / data["outcomes"]).resolve()
        assert named.is_file()
        assert named.is_relative_to(SUITE)
    for case in data["cases"]:
        for key in ("instance_file", "input", "expected_file"):
            if key in case:
                named = (path.parent / case[key]).resolve()
                assert named.is_file(), (case["description"], key)
                assert named.is_relative_to(SUITE), (case["description"], key)


def test_the_suite_runs_when_copied_on_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    suite = shutil.copytree(SUITE, tmp_path / "suite")
    assert (
        conformance_main(["--suite", str(suite), "--schema-version", "1.0"])
        == conformance.EXIT_AGREEMENT
    )
    extraction = [c for path in EXTRACTION_FILES for c in conformance.load_extraction_cases(path)]
    passed = sum(c.version == "1.0" for c in CASES) + sum(c.version == "1.0" for c in extraction)
    assert capsys.readouterr().out.splitlines()[-1] == f"{passed} passed, 0 failed"


def test_the_suite_ships_with_the_package() -> None:
    import tomllib

    from tests.support import REPO

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["conformance"] == "inspection_schema/conformance/suite"
    assert config["project"]["scripts"]["inspection-conformance"] == (
        "inspection_schema.cli.conformance:main"
    )
    shipped = conformance.default_suite()  # the checkout's, or the installed package's copy
    assert conformance.suite_versions(shipped) == VERSIONS
    for path in sorted(SUITE.rglob("*.json")):
        copy = shipped / path.relative_to(SUITE)
        assert copy.read_bytes() == path.read_bytes(), copy

"""The findings report formats: what validate-report writes is format 1.1, and a report that
declares format 1.0 is held to format 1.0 in full, even by the 1.1 schema.

Format 1.1 widens 1.0 (a finding's spreadsheet ``location``, any problem code, any tool's
name), so every 1.0 report is a 1.1 report; the reverse is refused: a report that says it
is 1.0 but carries what only 1.1 has is valid under neither schema.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from inspection_schema.cli import validate
from inspection_schema.spec.registry import registry
from inspection_schema.spec.resources import load_json
from tests.support import EXAMPLES, REPO

WORKBOOK = REPO / "tests" / "tables" / "data" / "calc-saved.xlsx"
FORMATS = {"1.0": "findings-report.schema.json", "1.1": "findings-report-1.1.schema.json"}


def _errors(report: dict[str, Any], report_format: str) -> list[str]:
    checker = jsonschema.Draft202012Validator(
        load_json(FORMATS[report_format]), registry=registry()
    )
    return [error.message for error in checker.iter_errors(report)]


def _written(capsys: pytest.CaptureFixture[str], *paths: Path) -> dict[str, Any]:
    """validate-report's JSON report on ``paths``."""
    validate.main(["--format", "json", *map(str, paths)])
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    return report


def _declaring(report: dict[str, Any], report_format: str) -> dict[str, Any]:
    relabelled = copy.deepcopy(report)
    relabelled["report_format"] = report_format
    return relabelled


@pytest.fixture
def with_locations(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """validate-report's report on a workbook whose findings say where their values were."""
    report = _written(capsys, WORKBOOK)
    assert any("location" in f for d in report["documents"] for f in d["findings"])
    return report


def test_validate_report_writes_format_1_1_valid_under_its_schema(
    with_locations: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    without = _written(capsys, *EXAMPLES)
    for report in (with_locations, without):
        assert report["report_format"] == "1.1"
        assert _errors(report, "1.1") == []


def test_a_report_declaring_1_0_may_not_carry_a_location(with_locations: dict[str, Any]) -> None:
    """The 1.1 schema once accepted a report declaring 1.0 with 1.1's locations."""
    declared = _declaring(with_locations, "1.0")
    assert any("'location' was unexpected" in message for message in _errors(declared, "1.1"))
    assert _errors(declared, "1.0") != []


def test_a_report_declaring_1_0_may_not_name_another_tool(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = _written(capsys, *EXAMPLES)
    report["tool"] = {"name": "my-validator", "version": "3"}
    assert _errors(report, "1.1") == []
    assert _errors(_declaring(report, "1.0"), "1.1") != []


def test_every_1_0_report_is_a_1_1_report(capsys: pytest.CaptureFixture[str]) -> None:
    """A run without spreadsheets writes nothing format 1.0 lacks, but the format's number."""
    as_1_0 = _declaring(_written(capsys, *EXAMPLES), "1.0")
    assert _errors(as_1_0, "1.0") == []
    assert _errors(as_1_0, "1.1") == []

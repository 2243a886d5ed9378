"""validate-report on spreadsheets: findings name sheet, row and column; problems are one line."""

from __future__ import annotations

import csv
import datetime
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import openpyxl
import pytest

from inspection_schema.cli.validate import main
from inspection_schema.spec.resources import load_json
from inspection_schema.tables.layout import layout
from inspection_schema.tables.output import TablesOutput
from tests.support import EXAMPLES, load_example

LAYOUT = layout()


def _letter(table: str, heading: str) -> str:
    found = LAYOUT.table(table)
    assert found is not None
    return str(openpyxl.utils.get_column_letter(found.headings.index(heading) + 1))


@pytest.fixture
def faulty(tmp_path: Path) -> Path:
    """The two examples as a workbook, then edited: a typo in one grade, an early due date."""
    path = tmp_path / "team.xlsx"
    with TablesOutput(path, "xlsx") as output:
        for example in EXAMPLES:
            output.add(load_example(example))
    book = openpyxl.load_workbook(path)
    book["reports"][f"{_letter('reports', 'judgements/helped_and_protected')}3"] = "goood"
    book["requirements"][f"{_letter('requirements', 'requirements/due_date')}8"] = datetime.date(
        2020, 1, 1
    )
    book.save(path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_findings_name_sheet_row_and_column(
    faulty: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(capsys, str(faulty))
    assert status == 1, out + err
    grade = _letter("reports", "judgements/helped_and_protected")
    due = _letter("requirements", "requirements/due_date")
    lines = out.splitlines()
    assert lines[0] == f"{faulty}:2: valid"
    assert lines[1] == f"{faulty}:3: invalid (2 errors, 0 warnings)"
    assert lines[2].startswith(
        "  error schema-enum at /judgements/helped_and_protected in sheet reports, row 3, "
        f"column {grade} (judgements/helped_and_protected): "
    )
    # the examples are written in file order: 1252023 (five requirements, rows 2-6), then
    # 2515609, whose requirements start on row 7; row 8 is its second requirement
    assert lines[3].startswith(
        "  error due-date-before-inspection at /requirements/1/due_date in sheet requirements, "
        f"row 8, column {due} (requirements/due_date): Requirement 2 is due on 2020-01-01"
    )
    assert len(lines) == 5


def test_the_json_report_is_format_1_1_with_locations(
    faulty: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(capsys, "--format", "json", str(faulty))
    assert status == 1
    report = json.loads(out)
    jsonschema.validate(report, load_json("findings-report-1.1.schema.json"))
    assert report["report_format"] == "1.1"
    findings = report["documents"][1]["findings"]
    assert [f["location"] for f in findings] == [
        {
            "sheet": "reports",
            "row": 3,
            "column": _letter("reports", "judgements/helped_and_protected"),
            "heading": "judgements/helped_and_protected",
        },
        {
            "sheet": "requirements",
            "row": 8,
            "column": _letter("requirements", "requirements/due_date"),
            "heading": "requirements/due_date",
        },
    ]


def test_a_run_without_spreadsheets_writes_format_1_1_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = load_example(EXAMPLES[0])
    document["judgements"]["helped_and_protected"] = "Good"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    status, out, _ = _run(capsys, "--format", "json", str(path))
    assert status == 1
    report = json.loads(out)
    assert report["report_format"] == "1.1"
    jsonschema.validate(report, load_json("findings-report-1.1.schema.json"))
    findings = report["documents"][0]["findings"]
    assert [f["code"] for f in findings] == ["schema-enum"]
    assert "location" not in findings[0]
    # nothing in it that the released format 1.0 would not allow, but its number
    jsonschema.validate(
        {**report, "report_format": "1.0"}, load_json("findings-report.schema.json")
    )


def test_findings_as_csv_one_row_each(faulty: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = faulty.parent / "gone.json"
    status, out, _ = _run(capsys, "--format", "csv", str(faulty), str(EXAMPLES[0]), str(missing))
    assert status == 2
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == [
        "source", "line", "code", "severity", "path", "message", "sheet", "row", "column",
    ]  # fmt: skip
    assert [(r[1], r[2], r[4], r[6], r[7]) for r in rows[1:3]] == [
        ("3", "schema-enum", "/judgements/helped_and_protected", "reports", "3"),
        ("3", "due-date-before-inspection", "/requirements/1/due_date", "requirements", "8"),
    ]
    assert rows[3] == [
        str(missing), "", "input-missing", "error", "", "does not exist", "", "", "",
    ]  # fmt: skip
    assert len(rows) == 4


def _csv_folder(tmp_path: Path, documents: list[dict[str, Any]]) -> Path:
    folder = tmp_path / "tables"
    with TablesOutput(folder, "csv") as output:
        for document in documents:
            output.add(document)
    return folder


def test_a_folder_of_csv_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = load_example(EXAMPLES[0])
    document["inspectors"][0]["role"] = "Social Care Inspector"
    folder = _csv_folder(tmp_path, [document])
    status, out, _ = _run(capsys, str(folder))
    assert status == 1
    role = _letter("inspectors", "inspectors/role")
    assert (
        f"  error schema-pattern at /inspectors/0/role in inspectors.csv, row 2, column {role} "
        "(inspectors/role): " in out
    )
    assert out.startswith(f"{folder / 'reports.csv'}:2: invalid")


def test_a_column_the_schema_does_not_have_is_reported_at_its_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _csv_folder(tmp_path, [load_example(EXAMPLES[0])])
    reports = folder / "reports.csv"
    rows = list(csv.reader(reports.open(encoding="utf-8", newline="")))
    rows[0].append("notes")
    rows[1].append("checked by Ann")
    with reports.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    status, out, _ = _run(capsys, str(folder))
    assert status == 1
    column = openpyxl.utils.get_column_letter(len(rows[0]))
    assert (
        f"schema-additional-property at /notes in reports.csv, row 2, column {column} (notes)"
        in out
    )


def test_unreadable_spreadsheets_are_one_line_and_others_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    folder = _csv_folder(tmp_path, [load_example(EXAMPLES[0])])
    with (folder / "inspectors.csv").open("a", encoding="utf-8") as handle:
        handle.write("SC999999,2021-10-12,,1,Ann Other,social_care_inspector,\n")
    status, out, err = _run(capsys, str(broken), str(folder), str(EXAMPLES[1]))
    assert status == 2
    orphan = (
        f"validate-report: {folder / 'reports.csv'}: inspectors.csv, row 3: no row of the reports "
        "table has urn 'SC999999', inspection_dates/start '2021-10-12', event_number empty"
    )
    assert err.splitlines() == [
        f"validate-report: {broken}: is not a spreadsheet (an XLSX or ODS file is a ZIP container)",
        orphan,
    ]
    assert f"{folder / 'reports.csv'}:2: valid" in out
    assert f"{EXAMPLES[1]}: valid" in out


def test_an_empty_workbook_template_has_no_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "template.xlsx"
    TablesOutput(template, "xlsx").close()
    status, _, err = _run(capsys, str(template))
    assert status == 2
    assert err == f"validate-report: {template}: has no reports (no rows)\n"


def test_checking_json_imports_nothing_of_the_spreadsheets() -> None:
    code = (
        "import sys; from inspection_schema.cli.validate import main; "
        f"status = main([{str(EXAMPLES[0])!r}]); "
        "print(sorted(m for m in sys.modules if m.startswith(('inspection_schema.tables.', "
        "'xlsxwriter', 'python_calamine', 'openpyxl'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.splitlines()[-1] == "[]"

"""A workbook saved by LibreOffice Calc reads back whole, with exactly its two faults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from inspection_schema.cli.validate import main
from inspection_schema.tables.layout import layout
from inspection_schema.tables.readers import read_workbook
from inspection_schema.tables.unflatten import unflatten
from tests.support import load_example

FIXTURE = Path(__file__).parent / "data" / "calc-saved.xlsx"
OPENDOCUMENT = FIXTURE.with_suffix(".ods")


@pytest.mark.parametrize("workbook", [FIXTURE, OPENDOCUMENT], ids=["xlsx", "ods"])
def test_validation_gives_exactly_the_two_faults(
    workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--format", "csv", str(workbook)]) == 1
    rows = capsys.readouterr().out.splitlines()
    # reports: 1252023 on row 2, 2515609 on row 3. requirements: 1252023's five on rows 2-6.
    # Columns: X is judgements/helped_and_protected (the 24th heading of the reports table the
    # fixture was written with), G is requirements/due_date (after the three key columns,
    # requirements/#, requirements/text and requirements/gloss).
    found = [[*row.split(",")[1:5], *row.split(",")[-3:]] for row in rows[1:]]
    due = ["due-date-before-inspection", "error", "/requirements/2/due_date"]
    grade = ["schema-enum", "error", "/judgements/helped_and_protected"]
    assert found == [
        ["2", *due, "requirements", "4", "G"],
        ["3", *grade, "reports", "3", "X"],
    ]


def test_the_text_report_names_sheet_row_and_column(capsys: pytest.CaptureFixture[str]) -> None:
    main([str(FIXTURE)])
    out = capsys.readouterr().out
    assert " in sheet reports, row 3, column X (judgements/helped_and_protected): " in out
    assert " in sheet requirements, row 4, column G (requirements/due_date): " in out


def _expected(name: str) -> dict[str, Any]:
    document = load_example(name)
    if document["urn"] == "2515609":
        document["judgements"]["helped_and_protected"] = "requires_improvment_to_be_good"
    else:
        document["requirements"][2]["due_date"] = "2023-01-20"
    return document


@pytest.mark.parametrize("workbook", [FIXTURE, OPENDOCUMENT], ids=["xlsx", "ods"])
def test_everything_else_survives_calc(workbook: Path) -> None:
    read = unflatten(read_workbook(workbook), layout())
    assert read.problems == []
    documents = [entry.document for entry in read.documents]
    assert all(document is not None for document in documents)
    provenance = [document.pop("provenance") for document in documents if document]
    assert [p["source_name"] for p in provenance] == [
        "1252023-full-2023-01-31.txt",
        "2515609-full-2021-10-12.txt",
    ]
    assert documents == [
        _expected("1252023-full-2023-01-31"),
        _expected("2515609-full-2021-10-12"),
    ]

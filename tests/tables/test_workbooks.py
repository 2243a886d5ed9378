"""Workbooks as written: types survive, and a second, independent reader (openpyxl) agrees."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from inspection_schema.extract.api import extract_instance
from inspection_schema.spec.versions import latest_version, load_schema
from inspection_schema.tables.layout import layout
from inspection_schema.tables.output import TablesOutput
from inspection_schema.tables.readers import read_workbook
from tests.support import EXAMPLES_DIR, load_example

REAL_REPORTS = sorted((EXAMPLES_DIR / "reports").glob("*.txt"))


@pytest.fixture(scope="module")
def real_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two real reports, extracted from their texts and written as one workbook."""
    path = tmp_path_factory.mktemp("real") / "real.xlsx"
    with TablesOutput(path, "xlsx") as output:
        for report in REAL_REPORTS:
            output.add(extract_instance(report))
    return path


def _sheet(path: Path, name: str) -> list[list[Any]]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = [[cell.value for cell in row] for row in book[name].iter_rows()]
    book.close()
    return rows


def test_the_real_reports_have_two_rows_with_their_urns_as_text(real_workbook: Path) -> None:
    book = openpyxl.load_workbook(real_workbook)
    sheet = book["reports"]
    header = [cell.value for cell in sheet[1]]
    urn = header.index("urn") + 1
    cells = [sheet.cell(row, urn) for row in range(2, sheet.max_row + 1)]
    assert [cell.value for cell in cells] == ["1252023", "2515609"]
    assert all(cell.data_type == "s" for cell in cells)


def test_the_requirements_sheet_has_15_rows_with_dates(real_workbook: Path) -> None:
    book = openpyxl.load_workbook(real_workbook)
    sheet = book["requirements"]
    header = [cell.value for cell in sheet[1]]
    due = header.index("requirements/due_date") + 1
    cells = [sheet.cell(row, due) for row in range(2, sheet.max_row + 1)]
    assert len(cells) == 15
    assert all(cell.is_date and isinstance(cell.value, datetime.datetime) for cell in cells)
    assert cells[0].number_format == "yyyy-mm-dd"
    expected = [
        requirement["due_date"]
        for name in ("1252023-full-2023-01-31", "2515609-full-2021-10-12")
        for requirement in load_example(name)["requirements"]
    ]
    assert [cell.value.date().isoformat() for cell in cells] == expected


def _same(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return value.date() if value.time() == datetime.time() else value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return "" if value is None else value


@pytest.mark.parametrize("sheet", [table.name for table in layout().tables] + ["fields"])
def test_calamine_and_openpyxl_read_the_same_values(real_workbook: Path, sheet: str) -> None:
    theirs = [[_same(v) for v in row] for row in _sheet(real_workbook, sheet)]
    ours = [[_same(v) for v in row] for _, row in read_workbook(real_workbook)[sheet].rows]
    width = max(len(row) for row in ours + theirs)
    pad = [[*row, *[""] * (width - len(row))] for row in theirs]
    assert [[*row, *[""] * (width - len(row))] for row in ours] == pad


def test_identifiers_that_look_like_numbers_stay_text(tmp_path: Path) -> None:
    document = load_example("2515609-full-2021-10-12")
    document.update(schema_version="1.1", urn="0123456", event_number="10185961")
    twin = load_example("2515609-full-2021-10-12")
    twin.update(schema_version="1.1", urn="SC045408", event_number="012345678")
    path = tmp_path / "ids.xlsx"
    with TablesOutput(path, "xlsx", version="1.1") as output:
        output.add(document)
        output.add(twin)
    book = openpyxl.load_workbook(path)
    for name in ("reports", "inspectors"):
        sheet = book[name]
        header = [cell.value for cell in sheet[1]]
        for heading in ("urn", "event_number"):
            cells = [sheet.cell(r, header.index(heading) + 1) for r in range(2, sheet.max_row + 1)]
            assert {cell.data_type for cell in cells} == {"s"}
            assert {cell.number_format for cell in cells} == {"@"}
            values = {cell.value for cell in cells}
            assert values == (
                {"0123456", "SC045408"} if heading == "urn" else {"10185961", "012345678"}
            )


def test_the_template_has_every_sheet_and_column_and_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    TablesOutput(path, "xlsx").close()
    book = openpyxl.load_workbook(path)
    tables = layout().tables
    assert book.sheetnames == [table.name for table in tables] + ["fields"]
    for table in tables:
        rows = list(book[table.name].iter_rows(values_only=True))
        assert rows == [tuple(table.headings)]
    fields = list(book["fields"].iter_rows(values_only=True))
    assert len(fields) == 1 + sum(len(table.columns) for table in tables)
    by_column = {(row[0], row[1]): row for row in fields[1:]}
    name = load_schema(latest_version())["$defs"]["Provider"]["properties"]["name"]
    assert by_column["reports", "provider/name"][-1] == name["description"]
    assert by_column["reports", "urn"][2] == "text"
    assert by_column["requirements", "requirements/due_date"][2] == "date (YYYY-MM-DD)"
    assert by_column["reports", "summary"][4] == "full"


def test_closed_codes_are_offered_in_a_drop_down(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    TablesOutput(path, "xlsx").close()
    sheet = openpyxl.load_workbook(path)["reports"]
    header = [cell.value for cell in sheet[1]]
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}

    def offered(heading: str) -> str:
        letter = openpyxl.utils.get_column_letter(header.index(heading) + 1)
        return str(lists[f"{letter}2:{letter}1048576"])

    four = "outstanding,good,requires_improvement_to_be_good,inadequate"
    assert offered("judgements/helped_and_protected") == f'"{four}"'
    # Only a secure children's home's extra areas may be not judged.
    assert offered("judgements/health") == f'"{four},not_judged"'

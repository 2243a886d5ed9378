"""Reading tables back into documents: rows in any order, locations, and problems in words."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from inspection_schema.tables.layout import layout
from inspection_schema.tables.locations import Cell, column_letter
from inspection_schema.tables.sheet_columns import RawTable
from inspection_schema.tables.unflatten import unflatten
from tests.support import EXAMPLES, load_example
from tests.tables.support import raw_tables, write_and_read

LAYOUT = layout("1.1")


def _documents() -> list[dict[str, Any]]:
    return [load_example(path) for path in EXAMPLES]


@pytest.mark.parametrize("table_format", ["xlsx", "csv"])
def test_the_examples_come_back_unchanged(table_format: str, tmp_path: Path) -> None:
    read = write_and_read(_documents(), table_format, tmp_path / "tables")  # type: ignore[arg-type]
    assert read.problems == []
    assert [entry.document for entry in read.documents] == _documents()
    assert [entry.row for entry in read.documents] == [2, 3]


def _with_rows(
    raw: dict[str, RawTable], name: str, rows: Sequence[tuple[int, Sequence[Any]]]
) -> None:
    raw[name] = replace(raw[name], rows=[raw[name].rows[0], *rows])


def test_rows_may_be_in_any_order_and_numbers_may_have_gaps() -> None:
    documents = _documents()
    raw = raw_tables(documents, LAYOUT)
    rows = [(n, list(r)) for n, r in raw["requirements"].rows[1:]]
    number = LAYOUT.table("requirements").headings.index("requirements/#")  # type: ignore[union-attr]
    for _, row in rows:
        row[number] = str(int(row[number]) * 10)  # 10, 20, 30…: gaps
    _with_rows(raw, "requirements", list(reversed(rows)))
    regulations = [(n, list(r)) for n, r in raw["requirements_regulations"].rows[1:]]
    for _, row in regulations:
        row[number] = str(int(row[number]) * 10)
    _with_rows(raw, "requirements_regulations", regulations[::-1])
    read = unflatten(raw, LAYOUT)
    assert read.problems == []
    assert [entry.document for entry in read.documents] == documents


def test_every_value_knows_its_cell() -> None:
    read = unflatten(raw_tables(_documents(), LAYOUT), LAYOUT)
    cells = read.documents[0].cells
    headings = LAYOUT.table("requirements").headings  # type: ignore[union-attr]
    due = headings.index("requirements/due_date")
    # the first document's fourth requirement is on the requirements table's fifth row
    assert cells.locate("/requirements/3/due_date") == Cell(
        "requirements", 5, due, "requirements/due_date"
    )
    reports = LAYOUT.tables[0].headings
    health = reports.index("judgements/health")
    assert cells.locate("/judgements/health") == Cell("reports", 2, health, "judgements/health")
    provisions = cells.locate("/requirements/3/regulations/0/provisions/2")
    assert provisions is not None
    assert (provisions.sheet, provisions.row) == ("requirements_regulations", 5)
    assert cells.locate("/inspectors") == Cell("reports", 2)
    assert cells.locate("/provider") == Cell(
        "reports", 2, reports.index("provider/name"), "provider/name"
    )
    assert read.documents[1].cells.locate("/urn") == Cell("reports", 3, reports.index("urn"), "urn")


def test_column_letters_are_a_spreadsheets() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
    ]  # fmt: skip


def test_wording_columns_are_not_read_and_unknown_columns_are_fields() -> None:
    raw = raw_tables(_documents()[:1], LAYOUT)
    header = [*raw["reports"].rows[0][1], "colour"]
    row = [*raw["reports"].rows[1][1], "red"]
    wording = header.index("judgements/helped_and_protected (wording)")
    row[wording] = "Outstanding"
    raw["reports"] = replace(raw["reports"], rows=[(1, header), (2, row)])
    document = unflatten(raw, LAYOUT).documents[0]
    assert document.document is not None
    assert document.document["colour"] == "red"
    assert document.document["judgements"] == _documents()[0]["judgements"]
    assert document.cells.locate("/colour") == Cell("reports", 2, len(header) - 1, "colour")


def test_blank_rows_are_skipped() -> None:
    raw = raw_tables(_documents(), LAYOUT)
    rows = list(raw["reports"].rows)
    rows.insert(2, (3, [""] * len(rows[0][1])))
    raw["reports"] = replace(
        raw["reports"], rows=[(n, r) for n, (_, r) in enumerate(rows, start=1)]
    )
    read = unflatten(raw, LAYOUT)
    assert [entry.row for entry in read.documents] == [2, 4]
    assert [entry.document for entry in read.documents] == _documents()


def _problems(raw: dict[str, RawTable]) -> tuple[list[str], list[str | None]]:
    read = unflatten(raw, LAYOUT)
    return read.problems, [entry.problem for entry in read.documents]


def test_tables_without_a_reports_table_are_refused() -> None:
    raw = raw_tables(_documents(), LAYOUT)
    del raw["reports"]
    assert _problems(raw) == (["has no table 'reports' (one row per report)"], [])


def test_a_row_whose_report_is_not_there_is_named() -> None:
    raw = raw_tables(_documents(), LAYOUT)
    rows = [(n, list(r)) for n, r in raw["inspectors"].rows[1:]]
    rows[0][1][0] = "SC999999"
    _with_rows(raw, "inspectors", rows)
    problems, per_document = _problems(raw)
    assert len(problems) == 1
    assert problems[0].startswith("sheet inspectors, row 2: no row of the reports table has urn ")
    assert "'SC999999'" in problems[0]
    assert per_document == [None, None]


def test_two_rows_for_one_item_make_that_report_unreadable() -> None:
    raw = raw_tables(_documents(), LAYOUT)
    rows = list(raw["inspectors"].rows[1:])
    _with_rows(raw, "inspectors", [*rows, (len(rows) + 2, rows[0][1])])
    problems, per_document = _problems(raw)
    assert problems == []
    assert per_document[0] == (
        f"sheet inspectors: rows 2 and {len(rows) + 2} are the same item (1) of one report"
    )
    assert per_document[1] is None


def test_an_item_number_must_be_a_whole_number_from_1() -> None:
    raw = raw_tables(_documents(), LAYOUT)
    rows = [(n, list(r)) for n, r in raw["inspectors"].rows[1:]]
    rows[0][1][3] = "first"
    _with_rows(raw, "inspectors", rows)
    _, per_document = _problems(raw)
    assert per_document[0] == (
        "sheet inspectors, row 2: inspectors/# must be a whole number from 1 (the item's number); "
        "found 'first'"
    )


def test_an_item_of_a_missing_item_is_named() -> None:
    raw = raw_tables(_documents()[:1], LAYOUT)
    rows = [(n, list(r)) for n, r in raw["requirements_regulations"].rows[1:]]
    rows[0][1][3] = "99"
    _with_rows(raw, "requirements_regulations", rows)
    _, per_document = _problems(raw)
    assert per_document == [
        "sheet requirements_regulations, row 2: its item (99,) of requirements has no row"
    ]


def test_reports_with_one_key_cannot_have_items() -> None:
    documents = _documents()
    twin = copy.deepcopy(documents[0])
    raw = raw_tables([documents[0], twin], LAYOUT)
    problems, per_document = _problems(raw)
    assert problems == []
    message = (
        "sheet reports: rows 2 and 3 have the same key "
        "(urn, inspection_dates/start, event_number); each report needs its own"
    )
    assert per_document == [message, message]


@pytest.mark.parametrize(
    ("header", "values", "words"),
    [
        (["urn", "urn"], ["1", "2"], "columns A and B are both headed 'urn'"),
        (["urn", ""], ["1", "2"], "row 2, column B has a value but the column has no heading"),
        (["", ""], ["1", ""], "has no header row in row 1 (row 2, column A has a value)"),
    ],
)
def test_a_header_that_cannot_be_read_is_named(
    header: list[str], values: list[str], words: str
) -> None:
    raw = {"reports": RawTable("reports", "reports", [(1, header), (2, values)])}
    assert _problems(raw) == ([f"sheet reports: {words}"], [])


def test_a_table_missing_its_item_numbers_is_named() -> None:
    raw = raw_tables(_documents(), LAYOUT)
    inspectors = raw["inspectors"]
    rows = [(n, [v for i, v in enumerate(r) if i != 3]) for n, r in inspectors.rows]
    raw["inspectors"] = replace(inspectors, rows=rows)
    problems, _ = _problems(raw)
    assert problems == ["sheet inspectors: has no column 'inspectors/#' (the item's number)"]


def test_a_misnamed_table_is_not_left_out_unseen() -> None:
    raw = raw_tables(_documents(), LAYOUT)
    raw["inspector"] = replace(raw.pop("inspectors"), name="inspector", sheet="inspector")
    problems, _ = _problems(raw)
    tables = (
        "reports, inspection_history, area_narratives, requirements, requirements_regulations, "
        "recommendations, inspectors"
    )
    assert problems == [f"sheet inspector is not a table of schema 1.1 (tables: {tables})"]


def test_sheets_of_notes_and_missing_tables_are_fine() -> None:
    raw = raw_tables(_documents(), LAYOUT)
    del raw["recommendations"]
    raw["notes"] = RawTable("notes", "notes", [(1, ["to do"]), (2, ["check the dates"])])
    read = unflatten(raw, LAYOUT)
    assert read.problems == []
    first = read.documents[0].document
    assert first is not None
    assert "recommendations" not in first

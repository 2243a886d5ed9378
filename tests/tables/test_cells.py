"""A value in its cell and back: strict writing, lenient reading."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from inspection_schema.tables.cells import MISSING, CellError, from_cell, iso_date, to_cell
from inspection_schema.tables.layout import Column, layout

COLUMNS = {c.heading: c for t in layout("1.1").tables for c in t.columns}


def column(heading: str) -> Column:
    return COLUMNS[heading]


@pytest.mark.parametrize(
    ("heading", "value", "cell"),
    [
        ("urn", "SC045408", "SC045408"),
        ("copyright_year", 2021, 2021),
        ("enforcement_action/taken", False, False),
        ("requirements/regulations/provisions", ["5(a)", "5(b)"], "5(a);5(b)"),
        ("home_information", ["One.", "Two."], "One.\nTwo."),
        ("provenance/section_pages", {"summary": 1}, '{"summary":1}'),
        ("inspection_dates/start", "2021-10-12", "2021-10-12"),
    ],
)
def test_values_become_cells(heading: str, value: Any, cell: Any) -> None:
    assert to_cell(value, column(heading)) == cell
    assert from_cell(cell, column(heading)) == value


@pytest.mark.parametrize(
    ("heading", "value", "words"),
    [
        ("urn", None, "null"),
        ("urn", "", "empty text"),
        ("urn", 2515609, "holds a number, but its column holds text"),
        ("copyright_year", "2021", "holds text, but its column holds a whole number"),
        ("enforcement_action/taken", "false", "true or false"),
        ("home_information", ["One.\nTwo."], "line break"),
        ("requirements/regulations/provisions", ["5(a);5(b)"], "';'"),
        ("requirements/regulations/provisions", [" 5(a)"], "spaces"),
        ("provider/name", {"x": 1}, "holds an object"),
    ],
)
def test_values_a_cell_would_not_give_back_are_refused(
    heading: str, value: Any, words: str
) -> None:
    with pytest.raises(CellError, match=words):
        to_cell(value, column(heading))


@pytest.mark.parametrize(
    ("heading", "cell", "value"),
    [
        ("urn", 2515609.0, "2515609"),  # a spreadsheet made the URN a number
        ("event_number", 10185961, "10185961"),
        ("event_number", "1.02E+07", "1.02E+07"),  # kept as typed: the schema reports it
        ("inspection_dates/start", datetime.date(2021, 10, 12), "2021-10-12"),
        ("inspection_dates/start", datetime.datetime(2021, 10, 12), "2021-10-12"),
        ("inspection_dates/start", datetime.datetime(2021, 10, 12, 9, 30), "2021-10-12T09:30:00"),
        ("inspection_dates/start", "12/10/2021", "12/10/2021"),
        ("copyright_year", "2021", 2021),
        ("copyright_year", 2021.0, 2021),
        ("copyright_year", " 2021 ", 2021),
        ("copyright_year", "twenty", "twenty"),
        ("copyright_year", 2021.5, 2021.5),
        ("enforcement_action/taken", "TRUE", True),
        ("enforcement_action/taken", "false", False),
        ("enforcement_action/taken", "no", "no"),
        ("enforcement_action/taken", 1.0, True),
        ("enforcement_action/taken", 0, False),
        ("enforcement_action/taken", 2, 2),
        ("requirements/regulations/provisions", "5(a); 5(b) ;", ["5(a)", "5(b)"]),
        ("home_information", "One.\r\n\r\nTwo.\n", ["One.", "Two."]),
        ("provenance/section_pages", "{not json", "{not json"),
        ("recommendations/guide_reference/page", "54", 54),
    ],
)
def test_cells_are_read_leniently(heading: str, cell: Any, value: Any) -> None:
    assert from_cell(cell, column(heading)) == value


@pytest.mark.parametrize("cell", [None, "", "  ", "\n"])
def test_empty_cells_are_missing(cell: Any) -> None:
    assert from_cell(cell, column("home_information")) is MISSING
    if cell in (None, ""):
        assert from_cell(cell, column("urn")) is MISSING


def test_only_real_iso_dates_a_workbook_can_hold_become_date_cells() -> None:
    assert iso_date("2021-10-12") == datetime.date(2021, 10, 12)
    assert iso_date("2021-02-30") is None
    assert iso_date("20211012") is None
    assert iso_date("1899-12-31") is None
    assert iso_date(20211012) is None

"""The codelists and the bundled examples against Ofsted's own outcome data."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspection_schema.spec.codelists import codelist
from tests.spec.ofsted_data import judgement_columns, rows, type_column
from tests.support import load_example


def _csvs(shared: Path) -> list[Path]:
    files = sorted((shared / "ofsted-outcomes").glob("*.csv"))
    assert len(files) == 8
    return files


def test_every_judgement_value_in_ofsted_data_has_a_code(shared: Path) -> None:
    outcome = codelist("outcome")
    values: set[str] = set()
    for path in _csvs(shared):
        for row in rows(path):
            values.update(row[column].strip() for column in judgement_columns(row))
    values -= {"", "NULL"}
    assert len(values) >= 15, sorted(values)
    unmapped = sorted(v for v in values if outcome.code_for(v) is None)
    assert unmapped == []


def test_every_inspection_type_in_ofsted_data_has_a_code(shared: Path) -> None:
    types = codelist("inspection-type")
    values: set[str] = set()
    for path in _csvs(shared):
        for row in rows(path):
            values.add(row[type_column(row)].strip())
    assert {"Full inspection", "SC Interim", "Assurance visit"} <= values
    unmapped = sorted(v for v in values if types.code_for(v) is None)
    assert unmapped == []
    assert types.code_for("SC – Emergency inspection") == "emergency"


@pytest.mark.parametrize(
    ("example", "csv_name"),
    [
        ("2515609-full-2021-10-12.json", "inspections-2021-22.csv"),
        ("1252023-full-2023-01-31.json", "inspections-2022-23.csv"),
    ],
)
def test_example_agrees_with_ofsted_outcome_row(shared: Path, example: str, csv_name: str) -> None:
    document = load_example(example)
    start = document["inspection_dates"]["start"]
    day, month, year = start[8:], start[5:7], start[:4]
    matches = [
        row
        for row in rows(shared / "ofsted-outcomes" / csv_name)
        if row["URN"] == document["urn"] and row["Inspection date"] == f"{day}/{month}/{year}"
    ]
    assert len(matches) == 1
    row = matches[0]
    judgement = codelist("judgement")
    columns = {
        "overall_experiences_and_progress": "experiences and progress",
        "helped_and_protected": "helped and protected",
        "leaders_and_managers": "leaders and managers",
    }
    for area, words in columns.items():
        column = next(c for c in row if words in c.lower())
        assert judgement.code_for(row[column]) == document["judgements"][area], area

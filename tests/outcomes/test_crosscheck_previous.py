"""The cross-check with Ofsted's newest layout, as CSV and as spreadsheets: the previous event
each row states stands in for a history row the files do not otherwise cover."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from inspection_schema.outcomes import cross_check, load_outcomes

from .conftest import CRAFTED

# SC100001: full inspection 07/11/2023 (good, good, requires improvement), event 10900001;
# its previous event, stated in the same row: full inspection 03/08/2022 (outstanding).
FILES = ["layout-2023.csv", "layout-2023.xlsx", "layout-2023.ods"]


def report(**history_row: str) -> dict[str, Any]:
    return {
        "schema_version": "1.1",
        "urn": "SC100001",
        "report_kind": "full",
        "event_number": "10900001",
        "publication_date": "2023-12-07",
        "inspection_dates": {"start": "2023-11-07", "end": "2023-11-08"},
        "judgements": {
            "overall_experiences_and_progress": "good",
            "helped_and_protected": "good",
            "leaders_and_managers": "requires_improvement_to_be_good",
        },
        "inspection_history": [
            {"date": "2022-08-03", "inspection_type": "full", "judgement": "outstanding"}
            | history_row
        ],
        "last_inspection": {"date": "2022-08-03", "overall_judgement": "outstanding"},
    }


@pytest.mark.parametrize("name", FILES)
def test_the_report_agrees_with_each_form_of_the_file(name: str) -> None:
    record = load_outcomes(CRAFTED / name)
    assert not record.covers(datetime.date(2022, 8, 3))  # before the file's first event
    assert cross_check(report(), record) == []


@pytest.mark.parametrize("name", FILES)
def test_a_history_row_against_the_stated_previous_event(name: str) -> None:
    record = load_outcomes(CRAFTED / name)
    findings = cross_check(report(judgement="good"), record)
    assert [(f.code, f.path) for f in findings] == [
        ("outcome-history-mismatch", "/inspection_history/0/judgement")
    ]
    assert "event 10800001" in findings[0].message
    assert "'outstanding'" in findings[0].message
    kinds = cross_check(
        report(inspection_type="interim", judgement="sustained_effectiveness"), record
    )
    assert [(f.code, f.path) for f in kinds] == [
        ("outcome-history-mismatch", "/inspection_history/0/inspection_type")
    ]


def test_a_row_of_an_uncovered_date_with_no_stated_event_is_not_compared() -> None:
    record = load_outcomes(CRAFTED / "layout-2023.csv")
    document = report(date="2021-05-05", judgement="inadequate")
    document["last_inspection"] = {"date": "2021-05-05"}
    assert cross_check(document, record) == []

"""Columns are told by what their header means, whatever the year calls them or puts them."""

from __future__ import annotations

import pytest

from inspection_schema.outcomes import OutcomeFileError, read_outcome_file
from inspection_schema.outcomes.columns import find_layout, recognise
from inspection_schema.spec.codelists import codelist

from .conftest import Write


def _fields(headers: list[str]) -> dict[str, tuple[str, bool]]:
    layout = recognise("f.csv", 1, headers)
    assert layout.not_understood == ()
    return {column.header: (column.field, column.previous) for column in layout.columns}


@pytest.mark.parametrize("prefix", ["", "Inspection ", "Previous "])
def test_every_judgement_area_label_is_its_own_grade_column(prefix: str) -> None:
    for entry in codelist("judgement-area").entries:
        header = prefix + entry["label"]
        assert _fields([header]) == {header: (f"grade:{entry['code']}", prefix == "Previous ")}


def test_the_previous_event_drops_the_article_and_capitals_vary() -> None:
    found = _fields(["Previous effectiveness of leaders and managers", "Previous inspection Date"])
    assert found["Previous effectiveness of leaders and managers"] == (
        "grade:leaders_and_managers",
        True,
    )
    assert found["Previous inspection Date"] == ("inspection_date", True)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Inspection type", "event_type"),
        ("Event type", "event_type"),
        ("Inspection event type", "event_type"),
        ("Event Type Group", "event_type"),
        ("Inspection Date", "inspection_date"),
        ("Event date", "inspection_date"),
        ("Inspection ID", "event_number"),
        ("Event number", "event_number"),
        ("Inspection event number", "event_number"),
        ("Publication date", "publication_date"),
        ("Inspection publication date", "publication_date"),
        ("URN", "urn"),
        ("Provider URN", "urn"),
        ("Short breaks only", "short_break_only"),
        ("Short-break-only children's home", "short_break_only"),
        ("Multi-building children's home", "multi_building"),
        ("Overall effectiveness", "grade:overall_experiences_and_progress"),
        ("Safeguarding children and young people", "grade:helped_and_protected"),
        ("The safety of children and young people", "grade:helped_and_protected"),
        ("Leadership and management", "grade:leaders_and_managers"),
        ("Outcomes for children and young people", "grade:outcomes_for_children"),
        ("Quality of care", "grade:quality_of_care"),
    ],
)
def test_each_years_wording_of_a_column(header: str, field: str) -> None:
    assert _fields([header]) == {header: (field, False)}


def test_columns_named_for_something_else_are_skipped_and_the_rest_reported() -> None:
    headers = ["Web link", "Linked Education URN", "Provider postcode", "Ofsted region", "URN"]
    layout = recognise("f.csv", 1, [*headers, "Number of complaints", "Previous URN", ""])
    assert [column.header for column in layout.columns] == ["URN"]
    assert layout.not_understood == ("Number of complaints", "Previous URN")


def test_two_columns_meaning_one_thing_are_refused_naming_both() -> None:
    with pytest.raises(OutcomeFileError) as raised:
        recognise("f.csv", 3, ["URN", "Inspection date", "Inspection start date"])
    assert str(raised.value) == (
        "f.csv, row 3: columns 'Inspection date' and 'Inspection start date' both hold "
        "the inspection date"
    )


def test_the_header_row_is_found_below_title_rows() -> None:
    rows = [
        (1, ["Children's social care data in England 2023", "", ""]),
        (2, ["This worksheet contains one table.", "", ""]),
        (3, ["Event type", "URN", "Inspection date"]),
    ]
    position, layout = find_layout("f.csv", rows)
    assert (position, layout.row) == (2, 3)


def test_a_layout_never_seen_reads_with_no_change(write: Write) -> None:
    path = write(
        "inspections-2031-32.csv",
        "Release of 2032,,,,,,,,\n"
        "Unique reference number,Setting type,Visit type,Start date,Date published,Event ID,"
        "Experiences and progress,Helped and protected,Leaders and managers,"
        "Previous visit type,Previous start date,Previous experiences and progress\n"
        "SC123456,Children's home,Full inspection,03/02/2031,01/03/2031,12345678,"
        "Good,Good,Outstanding,Full inspection,04/02/2030,Requires improvement to be good\n",
    )
    outcome = read_outcome_file(path)
    assert outcome.layout.not_understood == ()
    assert outcome.unmapped == ()
    [event] = outcome.events
    assert (event.urn, event.provision_type, event.event_type, event.event_number) == (
        "SC123456",
        "childrens_home",
        "full",
        "12345678",
    )
    assert event.grades == {
        "overall_experiences_and_progress": "good",
        "helped_and_protected": "good",
        "leaders_and_managers": "outstanding",
    }
    assert event.previous is not None
    assert event.previous.grades == {
        "overall_experiences_and_progress": "requires_improvement_to_be_good"
    }
    assert str(event.previous.inspection_date) == "2030-02-04"


def test_a_column_not_understood_is_told_in_one_line(write: Write) -> None:
    path = write("new.csv", "URN,Event type,Inspection date,Quality of teaching\n")
    outcome = read_outcome_file(path, name="new.csv")
    assert outcome.notices() == [
        "new.csv, row 1: column 'Quality of teaching' was not understood, so it is ignored"
    ]

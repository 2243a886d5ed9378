"""Each rule of reading an outcome file, on small crafted files."""

from __future__ import annotations

import datetime
import gzip
from pathlib import Path

import pytest

from inspection_schema.outcomes import OutcomeEvent, read_outcome_file

from .conftest import CRAFTED, Write

HEADER = (
    "URN,Provision type,Sector,Places,Short breaks only,Event type,Inspection date,"
    "Publication date,Event number,Overall experiences and progress of children and young "
    "people,Health services,The effectiveness of leaders and managers\n"
)


def _one(path: Path) -> OutcomeEvent:
    outcome = read_outcome_file(path)
    assert outcome.unmapped == ()
    [event] = outcome.events
    return event


def test_title_rows_above_the_header_are_passed_over(write: Write) -> None:
    path = write(
        "titled.csv",
        "Children's social care data in England,,\n"
        '"This worksheet contains one table, this table begins in cell A4.",,\n'
        "Some cells in this table are empty.,,\n"
        "URN,Inspection event type,Inspection date\n"
        "SC000001,Full inspection,01/02/2022\n",
    )
    outcome = read_outcome_file(path)
    assert outcome.layout.row == 4
    assert [(e.urn, e.row) for e in outcome.events] == [("SC000001", 5)]


def test_a_utf8_file_with_a_bom_and_one_windows_1252_line(write: Write) -> None:
    content = (
        "\ufeffURN,Event type,Inspection date,Provision type\n"
        "SC000001,Full inspection,01/02/2017,Children’s home\n"
    ).encode() + b"SC000002,SC \x96 Emergency inspection,02/02/2017,Boarding School\n"
    outcome = read_outcome_file(write("mixed.csv", content))
    assert outcome.unmapped == ()
    assert [(e.urn, e.event_type, e.report_kind, e.provision_type) for e in outcome.events] == [
        ("SC000001", "full", "full", "childrens_home"),
        ("SC000002", "emergency", "emergency", "boarding_school"),
    ]


def test_null_and_blank_cells_say_nothing_and_not_judged_is_kept(write: Write) -> None:
    path = write(
        "nulls.csv",
        HEADER + "SC000001,Secure children's home,NULL,,NULL,Full inspection,01/02/2020,"
        "NULL,NULL,Good,Not Judged,\n",
    )
    event = _one(path)
    assert (event.sector, event.places, event.short_break_only, event.event_number) == (
        None,
        None,
        None,
        None,
    )
    assert event.publication_date is None
    assert event.grades == {"overall_experiences_and_progress": "good", "health": "not_judged"}


def test_dates_are_day_month_year(write: Write) -> None:
    path = write("dates.csv", HEADER + "SC000001,,,,,Full inspection,03/11/2021,9/12/2021,,,,\n")
    event = _one(path)
    assert (event.inspection_date, event.publication_date) == (
        datetime.date(2021, 11, 3),
        datetime.date(2021, 12, 9),
    )


def test_a_rounded_event_number_is_unknown_never_a_wrong_number(write: Write) -> None:
    path = write(
        "rounded.csv",
        HEADER + "SC000001,,,,,Full inspection,01/02/2022,,1.02E+07,,,\n"
        "SC000002,,,,,Full inspection,02/02/2022,,10234567,,,\n",
    )
    outcome = read_outcome_file(path)
    assert outcome.unmapped == ()
    assert [e.event_number for e in outcome.events] == [None, "10234567"]
    assert outcome.unknown_event_numbers == 1


def test_mixed_capitals_and_spellings_map_through_the_codelists(write: Write) -> None:
    path = write(
        "capitals.csv",
        HEADER + "SC000001,CHILDREN'S HOME,local authority,4,Yes,SC Interim,01/02/2015,,,"
        "Sustained Effectiveness,,\n"
        "SC000002,Children's Home,Voluntary ,4,,Full inspection,02/02/2019,,,"
        "Requires Improvement to be good,,REQUIRES IMPROVEMENT\n",
    )
    outcome = read_outcome_file(path)
    assert outcome.unmapped == ()
    first, second = outcome.events
    assert (first.provision_type, first.sector, first.event_type, first.report_kind) == (
        "childrens_home",
        "local_authority",
        "interim",
        "interim",
    )
    assert first.grades == {"overall_experiences_and_progress": "sustained_effectiveness"}
    assert second.sector == "voluntary"
    assert set(second.grades.values()) == {"requires_improvement_to_be_good"}


@pytest.mark.parametrize(
    ("cell", "flag"),
    [
        ("Yes", True),
        ("Y", True),
        ("Short breaks only", True),
        ("Short-break-only children's home", True),
        ("0", False),
        ("Long term care only", False),
        ("Short breaks and long term care", False),
        ("", None),
        ("NULL", None),
    ],
)
def test_yes_no_columns(write: Write, cell: str, flag: bool | None) -> None:
    path = write(
        "flags.csv",
        "URN,Event type,Inspection date,Short-break-only children's home\n"
        f"SC000001,Full inspection,01/02/2022,{cell}\n",
    )
    assert _one(path).short_break_only is flag


def test_values_that_map_to_no_code_are_reported_and_the_event_kept(write: Write) -> None:
    path = write(
        "unmapped.csv",
        HEADER + "SC000001,Children's hostel,Charity,four,Maybe,Full inspection,31/02/2020,"
        ",10-99,Brilliant,,Good\n"
        "SC000002,,,,,Inspection of sorts,01/03/2020,,,,,\n"
        ",,,,,Full inspection,01/03/2020,,,,,\n",
        encoding="utf-8",
    )
    outcome = read_outcome_file(path, name="unmapped.csv")
    assert [e.urn for e in outcome.events] == ["SC000001", "SC000002"]
    first, second = outcome.events
    assert (first.provision_type, first.sector, first.inspection_date, first.event_number) == (
        None,
        None,
        None,
        None,
    )
    assert first.grades == {"leaders_and_managers": "good"}
    assert second.event_type is None
    reported = [(v.row, v.column, v.value) for v in outcome.unmapped]
    assert reported == [
        (2, "Provision type", "Children's hostel"),
        (2, "Inspection date", "31/02/2020"),
        (2, "Event number", "10-99"),
        (2, "Overall experiences and progress of children and young people", "Brilliant"),
        (2, "Sector", "Charity"),
        (2, "Places", "four"),
        (2, "Short breaks only", "Maybe"),
        (3, "Event type", "Inspection of sorts"),
        (4, "URN", ""),
    ]
    assert outcome.notices()[0] == (
        "unmapped.csv, row 2, column 'Provision type': \"Children's hostel\" is not a wording "
        "of the provision-type codelist"
    )


def test_six_digit_urns_are_read_as_written(write: Write) -> None:
    path = write(
        "urns.csv", "URN,Inspection type,Inspection Date\n128851,Full inspection,01/07/2014\n"
    )
    assert _one(path).urn == "128851"


def test_the_previous_event_is_read_where_the_file_gives_it() -> None:
    outcome = read_outcome_file(CRAFTED / "layout-2023.csv")
    assert outcome.unmapped == ()
    full, monitoring, assurance = outcome.events
    assert full.previous is not None
    assert (full.previous.event_type, full.previous.report_kind, full.previous.event_number) == (
        "full",
        "full",
        "10800001",
    )
    assert full.previous.publication_date == datetime.date(2022, 9, 27)
    assert full.previous.grades == {
        "overall_experiences_and_progress": "outstanding",
        "helped_and_protected": "good",
        "leaders_and_managers": "good",
    }
    assert monitoring.previous is None
    assert (monitoring.short_break_only, monitoring.multi_building) == (True, True)
    assert (full.short_break_only, full.multi_building) == (None, None)
    assert assurance.previous is not None
    assert assurance.previous.grades["helped_and_protected"] == "inadequate"


def test_gzip_compressed_csv_reads_as_the_plain_file(write: Write) -> None:
    plain = (CRAFTED / "layout-2023.csv").read_bytes()
    packed = write("layout.csv.gz", gzip.compress(plain))
    unpacked = read_outcome_file(CRAFTED / "layout-2023.csv")
    assert read_outcome_file(packed).events == tuple(
        _moved(event, str(packed)) for event in unpacked.events
    )


@pytest.mark.parametrize("suffix", ["xlsx", "ods"])
def test_spreadsheets_read_as_the_csv_they_were_made_from(suffix: str) -> None:
    sheet = CRAFTED / f"layout-2023.{suffix}"
    events = read_outcome_file(sheet).events
    expected = read_outcome_file(CRAFTED / "layout-2023.csv").events
    assert events == tuple(_moved(event, str(sheet)) for event in expected)
    assert events[0].event_number == "10900001"
    assert events[1].urn == "2100002"


def _moved(event: OutcomeEvent, path: str) -> OutcomeEvent:
    """The same event, read from another file."""
    fields = {name: getattr(event, name) for name in OutcomeEvent.__dataclass_fields__}
    return OutcomeEvent(**{**fields, "path": path})

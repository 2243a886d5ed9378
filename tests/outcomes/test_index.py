"""Outcome files loaded once; events found by event number, by URN and date, and nearest."""

from __future__ import annotations

import datetime
import gzip

import pytest

from inspection_schema.outcomes import OutcomeIndex, load_outcomes

from .conftest import Write

DAY = datetime.date


@pytest.fixture
def record(write: Write) -> OutcomeIndex:
    write(
        "a.csv",
        "URN,Event type,Inspection date,Event number\n"
        "SC000001,Full inspection,10/01/2020,1000001\n"
        "SC000001,Interim inspection,20/09/2020,1000002\n"
        "SC000001,Monitoring inspection,20/09/2020,1.0E+06\n",
    )
    path = write(
        "b.csv.gz",
        gzip.compress(
            b"URN,Inspection event type,Inspection date,Inspection event number\n"
            b"SC000001,Full inspection,05/05/2021,1000003\n"
            b"1234567,Full inspection,05/05/2021,1000004\n"
        ),
    )
    return load_outcomes(path.parent)


def test_a_folder_is_read_once_file_by_file(record: OutcomeIndex) -> None:
    assert [file.path.rsplit("/", 1)[1] for file in record.files] == ["a.csv", "b.csv.gz"]
    assert len(record) == 5
    assert record.notices() == []


def test_by_event_number(record: OutcomeIndex) -> None:
    found = record.by_event_number("1000003")
    assert found is not None
    assert (found.urn, found.inspection_date) == ("SC000001", DAY(2021, 5, 5))
    assert record.by_event_number("9999999") is None
    assert record.by_event_number("1000000") is None  # the rounded '1.0E+06' is no number


def test_by_urn_and_date(record: OutcomeIndex) -> None:
    assert [e.event_type for e in record.at("sc000001", DAY(2020, 9, 20))] == [
        "interim",
        "monitoring",
    ]
    assert record.at("SC000001", DAY(2020, 9, 21)) == []
    assert [e.event_number for e in record.for_urn("SC000001")] == [
        "1000001",
        "1000002",
        None,
        "1000003",
    ]


@pytest.mark.parametrize(
    ("day", "number"),
    [
        (DAY(2019, 1, 1), "1000001"),
        (DAY(2020, 1, 11), "1000001"),
        (DAY(2021, 5, 1), "1000003"),
        (DAY(2024, 1, 1), "1000003"),
    ],
)
def test_the_nearest_event_of_a_urn(record: OutcomeIndex, day: DAY, number: str) -> None:
    nearest = record.nearest("SC000001", day)
    assert nearest is not None
    assert nearest.event_number == number


def test_nearest_on_a_tie_is_the_earlier_and_none_for_an_unknown_urn(
    record: OutcomeIndex,
) -> None:
    tie = record.nearest("SC000001", DAY(2020, 5, 16))  # 127 days from 10/01 and from 20/09
    assert tie is not None
    assert tie.event_number == "1000001"
    assert record.nearest("SC999999", DAY(2021, 1, 1)) is None

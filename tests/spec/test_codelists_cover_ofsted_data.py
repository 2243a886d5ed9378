"""The codelists and the bundled examples against Ofsted's own outcome data."""

from __future__ import annotations

import datetime

import pytest

from inspection_schema.spec.codelists import codelist
from tests.spec.ofsted_data import ofsted_record
from tests.support import load_example


def test_every_value_in_ofsted_data_maps_to_a_code() -> None:
    record = ofsted_record()
    unmapped = sorted({f"{value.value!r} is not {value.expected}" for value in record.unmapped})
    assert unmapped == []
    assert record.notices() == []  # each line names the file, row, column and value
    grades = {grade for event in record for grade in event.grades.values()}
    assert len(grades) >= 10, sorted(grades)
    assert grades <= codelist("outcome").codes
    types = {event.event_type for event in record}
    assert {"full", "interim", "monitoring", "assurance", "emergency"} <= types
    provisions = {event.provision_type for event in record}
    assert {"childrens_home", "secure_childrens_home", "secure_training_centre"} <= provisions


@pytest.mark.parametrize(
    ("example", "event_number"),
    [
        ("2515609-full-2021-10-12.json", "10185961"),
        ("1252023-full-2023-01-31.json", "10260790"),
    ],
)
def test_example_agrees_with_its_ofsted_event(example: str, event_number: str) -> None:
    document = load_example(example)
    start = datetime.date.fromisoformat(document["inspection_dates"]["start"])
    [event] = ofsted_record().at(document["urn"], start)
    assert event.event_number == event_number
    assert (event.report_kind, event.provision_type) == (
        document["report_kind"],
        document["provision_type"],
    )
    assert event.grades == document["judgements"]

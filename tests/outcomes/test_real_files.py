"""Every row of every file of Ofsted's outcome data in the repository, read."""

from __future__ import annotations

import datetime
from collections import Counter

import pytest

from inspection_schema.outcomes import OutcomeIndex

from .conftest import OFSTED


def test_every_row_reads_with_every_value_mapped(
    ofsted: OutcomeIndex, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(ofsted.files) == len(list(OFSTED.glob("*.csv.gz"))) >= 8
    unmapped = sorted({f"{value.value!r} is not {value.expected}" for value in ofsted.unmapped})
    assert unmapped == []
    assert ofsted.notices() == []
    with capsys.disabled():
        print(f"\n{len(ofsted)} inspection events read from {len(ofsted.files)} outcome files")
    assert len(ofsted) >= 30_000
    assert all(event.event_type and event.inspection_date for event in ofsted)


def test_every_file_gives_the_fields_of_its_year(ofsted: OutcomeIndex) -> None:
    for outcome in ofsted.files:
        fields = outcome.layout.fields()
        assert {"urn", "provision_type", "sector", "event_type", "event_number"} <= fields
        assert any(field.startswith("grade:") for field in fields)
        assert all(event.report_kind for event in outcome.events), outcome.path


def test_the_rounded_event_numbers_of_2022_23_are_unknown(ofsted: OutcomeIndex) -> None:
    unknown = {o.path.rsplit("/", 1)[1]: o.unknown_event_numbers for o in ofsted.files}
    assert unknown["inspections-2022-23.csv.gz"] == 2
    assert sum(unknown.values()) == 2
    numbers = Counter(event.event_number for event in ofsted if event.event_number)
    assert not any(number.startswith("102000") for number in numbers)
    shared = [number for number, count in numbers.items() if count > 1]
    assert shared == ["10213015"]  # one agency's inspection, given to each of its five URNs
    assert {event.provision_type for event in ofsted.numbered("10213015")} == {
        "voluntary_adoption_agency"
    }
    branch = ofsted.by_event_number("10213015", urn="SC051838")
    assert branch is not None
    assert branch.urn == "SC051838"


@pytest.mark.parametrize(
    ("number", "urn", "started", "published", "grades"),
    [
        (
            "10185961",
            "2515609",
            datetime.date(2021, 10, 12),
            datetime.date(2021, 11, 22),
            ("requires_improvement_to_be_good", "requires_improvement_to_be_good", "inadequate"),
        ),
        (
            "10260790",
            "1252023",
            datetime.date(2023, 1, 31),
            datetime.date(2023, 3, 9),
            ("good", "requires_improvement_to_be_good", "requires_improvement_to_be_good"),
        ),
    ],
)
def test_the_events_of_the_two_real_reports(
    ofsted: OutcomeIndex,
    number: str,
    urn: str,
    started: datetime.date,
    published: datetime.date,
    grades: tuple[str, str, str],
) -> None:
    event = ofsted.by_event_number(number)
    assert event is not None
    assert ofsted.at(urn, started) == [event]
    assert (event.urn, event.provision_type, event.report_kind) == (urn, "childrens_home", "full")
    assert (event.inspection_date, event.publication_date) == (started, published)
    areas = ("overall_experiences_and_progress", "helped_and_protected", "leaders_and_managers")
    assert event.grades == dict(zip(areas, grades, strict=True))

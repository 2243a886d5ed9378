"""Every inspection event of Ofsted's outcome data, checked by the rules and the codelists.

Each row of every file in ``data/ofsted-outcomes`` becomes the facts it states (see
:mod:`tests.rules.ofsted_facts`); a real, published outcome must never be an error, and
every value must map to a code. The bundled examples agree with their events.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from pathlib import Path

import pytest

from inspection_schema.outcomes import OutcomeEvent, OutcomeIndex, load_outcomes
from inspection_schema.rules.history import graded_as_its_type
from inspection_schema.spec.codelists import (
    codelist,
    extra_areas,
    judged_periods,
    overall_area,
    within,
)
from inspection_schema.spec.finding_catalogue import entry
from tests.rules.ofsted_facts import Checked, check, first_day
from tests.spec.ofsted_data import ofsted_record
from tests.support import load_example

LIMITING = {
    "leadership-inadequate-overall": "leaders_and_managers",
    "protection-inadequate-overall": "helped_and_protected",
}


@pytest.fixture(scope="module")
def checked() -> Checked:
    return check(ofsted_record())


def _unmapped(record: OutcomeIndex) -> list[str]:
    """Each distinct value that maps to no code, how often, and where it is first."""
    notices = record.notices()  # each names the file, row, column and value
    values = Counter(f"{value.value!r} is not {value.expected}" for value in record.unmapped)
    return [f"{count} x {value}" for value, count in values.most_common()] + notices[:10]


def test_every_value_of_every_row_maps_to_a_code() -> None:
    record = ofsted_record()
    assert _unmapped(record) == [], "\n".join(_unmapped(record))
    coded: dict[str, set[str | None]] = {
        "provision-type": {event.provision_type for event in record},
        "inspection-type": {event.event_type for event in record},
        "sector": {event.sector for event in record},
        "outcome": {grade for event in record for grade in event.grades.values()},
    }
    for name, codes in coded.items():
        assert codes - {None} <= codelist(name).codes, name
    assert len(coded["outcome"]) >= 10, sorted(map(str, coded["outcome"]))
    assert {"full", "interim", "monitoring", "assurance", "emergency"} <= coded["inspection-type"]
    assert {"childrens_home", "secure_childrens_home", "secure_training_centre"} <= coded[
        "provision-type"
    ]


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


def test_no_real_inspection_event_is_an_error(
    checked: Checked, capsys: pytest.CaptureFixture[str]
) -> None:
    with capsys.disabled():
        print(
            f"\n{checked.events} inspection events of Ofsted's outcome data checked by the rules: "
            f"{len(checked.errors)} errors, warnings {dict(sorted(checked.warnings.items()))}"
        )
    assert checked.events == len(ofsted_record()) >= 30_000
    assert checked.errors == [], "\n".join(checked.error_lines())
    assert "code-not-in-codelist" not in checked.warnings


def test_every_event_is_graded_as_its_type_was_at_the_time() -> None:
    wrong = [
        f"{event.place}: {event.event_type} {event.inspection_date} {grade!r}"
        for event in ofsted_record()
        if event.event_type is not None
        and (grade := event.grades.get(overall_area())) is not None
        and not graded_as_its_type(event.event_type, first_day(event), grade)
    ]
    assert wrong == [], "\n".join(wrong[:20])


def _years(record: OutcomeIndex) -> str:
    """The years the files cover, as their names give them: '2014-15 to 2022-23'."""
    years = sorted(
        found.group(0)
        for outcome in record.files
        if (found := re.search(r"\d{4}-\d{2}", Path(outcome.path).name)) is not None
    )
    assert len(years) == len(record.files)
    return f"{years[0]} to {years[-1]}"


def _childrens_home_full(event: OutcomeEvent) -> bool:
    return event.provision_type == "childrens_home" and event.report_kind == "full"


@pytest.mark.parametrize("code", sorted(LIMITING))
def test_the_catalogue_says_how_rare_each_limiting_combination_is(
    checked: Checked, code: str
) -> None:
    record = ofsted_record()
    area = LIMITING[code]
    total = sum(
        1
        for event in record
        if _childrens_home_full(event) and event.grades.get(area) == "inadequate"
    )
    found = sum(
        1
        for event, finding in checked.found
        if finding.code == code and _childrens_home_full(event)
    )
    seen = entry(code)["ofsted_data"]
    assert (seen["years"], seen["total"], seen["found"]) == (_years(record), total, found)
    description = entry(code)["description"]
    assert f"{found} full inspections of children's homes" in description
    assert f"{total:,}" in description
    assert seen["years"] in description
    assert entry(code)["severity"] == "warning"


@pytest.mark.parametrize("area", extra_areas("secure_childrens_home"))
def test_a_secure_home_is_graded_on_an_area_only_when_ofsted_judged_it(area: str) -> None:
    full = [
        event
        for event in ofsted_record()
        if event.provision_type == "secure_childrens_home" and event.report_kind == "full"
    ]
    periods = judged_periods(area)
    graded_outside = [
        event.place
        for event in full
        if area in event.grades and not any(within(first_day(event), p) for p in periods)
    ]
    assert graded_outside == []
    inside = Counter(
        area in event.grades for event in full if any(within(first_day(event), p) for p in periods)
    )
    assert inside[True] > 10 * inside[False]  # nearly every inspection then has the grade


# A year's file in a layout none of the files above has: the header named otherwise and in
# another order, the previous event beside each event, no 'Inspection' prefix, title rows.
NEW_LAYOUT = """\
Children's social care data in England 2024 - Provider level in year 2023-24
"This table begins in cell A3."
Setting type,Provider URN,Provider sector,Number of places,Visit type,Date of inspection,\
Date published,Event reference,OVERALL EXPERIENCES AND PROGRESS OF CHILDREN AND YOUNG PEOPLE,\
How well children and young people are helped and protected,The effectiveness of leaders and \
managers,Outcomes in education and related learning activities,Health services,Previous event \
type,Previous inspection date,Previous event number,Previous overall experiences and progress \
of children and young people,Name
Children's home,SC100001,Private,3,Full inspection,07/11/2023,07/12/2023,10900001,Good,Good,\
Inadequate,,,Full inspection,03/08/2022,10800001,Requires improvement to be good,REDACTED
Children's home,SC100001,Private,3,Monitoring inspection,12/03/2024,15/04/2024,10900011,\
Requires improvement to be good,,,,,Full inspection,07/11/2023,10900001,Good,REDACTED
Secure children's home,SC100002,Local authority,8,Full inspection,21/01/2024,NULL,10900002,Good,\
Good,Good,Requires improvement to be good,Not judged,Full inspection,15/10/2014,294001,Adequate,\
REDACTED
Children's home,2100003,Voluntary ,4,Assurance inspection,11/09/2023,23/10/2023,10900003,,,,,,\
NULL,NULL,NULL,NULL,REDACTED
Children's home,2100003,Voluntary,4,SC – Emergency inspection,02/02/2024,NULL,1.02E+07,,,,,,\
Assurance inspection,11/09/2023,10900003,,REDACTED
"""


def test_a_year_in_a_layout_not_seen_before_needs_no_code_change(tmp_path: Path) -> None:
    path = tmp_path / "inspections-2023-24.csv"
    path.write_text(NEW_LAYOUT, encoding="utf-8")
    record = load_outcomes(path)
    assert _unmapped(record) == []
    checked = check(record)
    assert checked.events == len(record) == 5
    assert checked.errors == [], "\n".join(checked.error_lines())
    assert checked.warnings == {"leadership-inadequate-overall": 1}
    by_number = {event.event_number: event for event in record}
    assert by_number["10900011"].grades == {overall_area(): "requires_improvement_to_be_good"}
    assert by_number["10900002"].grades["health"] == "not_judged"
    secure = by_number["10900002"]
    assert secure.previous is not None
    assert secure.previous.inspection_date == datetime.date(2014, 10, 15)
    assert secure.previous.grades == {overall_area(): "adequate"}

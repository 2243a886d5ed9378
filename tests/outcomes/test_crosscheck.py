"""The cross-check against a small outcome file of invented events: matching and each finding."""

from __future__ import annotations

from typing import Any

import pytest

from inspection_schema.outcomes import OutcomeIndex, cross_check, load_outcomes
from inspection_schema.spec.finding_catalogue import entries

from .conftest import Write

HEADER = (
    "URN,Provision type,Inspection event type,Inspection date,Inspection publication date,"
    "Inspection event number,Overall experiences and progress of children and young people,"
    "How well children and young people are helped and protected,"
    "The effectiveness of leaders and managers,Health services\n"
)
EVENTS = (
    "1234567,Children's home,Full inspection,25/09/2019,22/11/2019,10000003,Good,Good,Good,\n"
    "1234567,Children's home,Interim inspection,03/02/2020,16/03/2020,10000002,"
    "Sustained effectiveness,,,\n"
    "1234567,Children's home,Monitoring inspection,12/10/2021,01/12/2021,10000004,,,,\n"
    "1234567,Children's home,Full inspection,12/10/2021,22/11/2021,10000001,"
    "Requires improvement to be good,Good,Inadequate,\n"
    "SC111111,Secure children's home,Full inspection,01/06/2021,01/07/2021,10000005,"
    "Good,Good,Good,Not judged\n"
    "SC222222,Voluntary Adoption Agency,Full inspection,23/05/2022,30/06/2022,10000009,"
    "Good,Good,Good,\n"
    "SC222223,Voluntary Adoption Agency,Full inspection,23/05/2022,30/06/2022,10000009,"
    "Outstanding,Good,Outstanding,\n"
)
CODES = {code for code, item in entries().items() if item["source"] == "outcomes"}


@pytest.fixture
def record(write: Write) -> OutcomeIndex:
    return load_outcomes(write("events.csv", HEADER + EVENTS))


def full(**changes: Any) -> dict[str, Any]:
    """A full report of event 10000001 as Ofsted's record has it (no event number)."""
    document: dict[str, Any] = {
        "urn": "1234567",
        "report_kind": "full",
        "inspection_dates": {"start": "2021-10-12", "end": "2021-10-13"},
        "judgements": {
            "overall_experiences_and_progress": "requires_improvement_to_be_good",
            "helped_and_protected": "good",
            "leaders_and_managers": "inadequate",
        },
    }
    document.update(changes)
    return document


def found(document: Any, record: OutcomeIndex) -> list[tuple[str, str]]:
    return sorted((f.code, f.path) for f in cross_check(document, record))


def only(document: Any, record: OutcomeIndex) -> Any:
    findings = cross_check(document, record)
    assert len(findings) == 1, findings
    return findings[0]


def test_the_six_codes_are_catalogued_for_every_version() -> None:
    assert sorted(CODES) == [
        "outcome-event-mismatch",
        "outcome-history-mismatch",
        "outcome-judgement-mismatch",
        "outcome-kind-mismatch",
        "outcome-not-found",
        "outcome-publication-mismatch",
    ]
    severities = {code: entries()[code]["severity"] for code in CODES}
    assert {code for code, level in severities.items() if level == "error"} == {
        "outcome-judgement-mismatch",
        "outcome-kind-mismatch",
    }
    assert {entries()[code]["since"] for code in CODES} == {"1.0"}


def test_a_document_that_agrees_has_no_finding(record: OutcomeIndex) -> None:
    assert cross_check(full(), record) == []
    numbered = full(schema_version="1.1", event_number="10000001", publication_date="2021-11-22")
    assert cross_check(numbered, record) == []


def test_the_event_of_the_reports_kind_is_preferred_on_a_day_of_two_events(
    record: OutcomeIndex,
) -> None:
    monitoring = {
        "urn": "1234567",
        "report_kind": "monitoring",
        "inspection_dates": {"start": "2021-10-12"},
        "publication_date": "2021-12-01",
    }
    assert cross_check(monitoring, record) == []
    assert cross_check(full(publication_date="2021-11-22"), record) == []


def test_a_grade_that_differs_names_the_event_and_both_values(record: OutcomeIndex) -> None:
    judgements = {**full()["judgements"], "leaders_and_managers": "good"}
    finding = only(full(judgements=judgements), record)
    assert (finding.code, finding.severity) == ("outcome-judgement-mismatch", "error")
    assert finding.path == "/judgements/leaders_and_managers"
    assert "event 10000001" in finding.message
    assert "'inadequate'" in finding.message
    assert "'good'" in finding.message
    assert (finding.expected, finding.found) == ("inadequate", "good")


def test_one_finding_per_area_that_differs(record: OutcomeIndex) -> None:
    judgements = dict.fromkeys(full()["judgements"], "outstanding")
    assert found(full(judgements=judgements), record) == [
        ("outcome-judgement-mismatch", "/judgements/helped_and_protected"),
        ("outcome-judgement-mismatch", "/judgements/leaders_and_managers"),
        ("outcome-judgement-mismatch", "/judgements/overall_experiences_and_progress"),
    ]


def test_not_judged_is_a_grade_and_blank_is_nothing_to_compare(record: OutcomeIndex) -> None:
    secure = full(
        urn="SC111111",
        inspection_dates={"start": "2021-06-01"},
        judgements={
            "overall_experiences_and_progress": "good",
            "helped_and_protected": "good",
            "leaders_and_managers": "good",
            "health": "good",
            "education_and_learning": "outstanding",
        },
    )
    finding = only(secure, record)
    assert (finding.code, finding.path) == ("outcome-judgement-mismatch", "/judgements/health")
    assert "'not_judged'" in finding.message
    assert "'good'" in finding.message


def test_an_interim_outcome_is_compared_with_the_events_overall_grade(
    record: OutcomeIndex,
) -> None:
    interim = {
        "urn": "1234567",
        "report_kind": "interim",
        "inspection_dates": {"start": "2020-02-03"},
        "interim_judgement": "sustained_effectiveness",
    }
    assert cross_check(interim, record) == []
    finding = only({**interim, "interim_judgement": "declined_effectiveness"}, record)
    assert (finding.code, finding.path) == ("outcome-judgement-mismatch", "/interim_judgement")
    assert "event 10000002" in finding.message
    assert "'sustained_effectiveness'" in finding.message


def test_a_report_of_another_kind_gets_only_the_kind_finding(record: OutcomeIndex) -> None:
    document = full(inspection_dates={"start": "2020-02-03"})  # the interim event's day
    finding = only(document, record)
    assert (finding.code, finding.severity, finding.path) == (
        "outcome-kind-mismatch",
        "error",
        "/report_kind",
    )
    assert "event 10000002" in finding.message
    assert (finding.expected, finding.found) == ("interim", "full")
    assert "'interim'" in finding.message
    assert "'full'" in finding.message
    emergency = full(report_kind="emergency", inspection_dates={"start": "2019-09-25"})
    kind = only(emergency, record)
    assert (kind.expected, kind.found) == ("full", "emergency")
    assert "event 10000003" in kind.message


def test_a_publication_date_that_differs_is_a_warning(record: OutcomeIndex) -> None:
    finding = only(full(publication_date="2021-11-23"), record)
    assert (finding.code, finding.severity) == ("outcome-publication-mismatch", "warning")
    assert finding.path == "/publication_date"
    assert "2021-11-22" in finding.message
    assert "2021-11-23" in finding.message
    assert "event 10000001" in finding.message


def test_an_event_number_of_this_urn_wins_over_the_date(record: OutcomeIndex) -> None:
    # The number is the 2019 full inspection's, graded good in every area: it is the event
    # compared, so two of the 2021 inspection's grades given here disagree with it.
    document = full(event_number="10000003", inspection_dates={"start": "2021-10-12"})
    assert found(document, record) == [
        ("outcome-event-mismatch", "/inspection_dates/start"),
        ("outcome-judgement-mismatch", "/judgements/leaders_and_managers"),
        ("outcome-judgement-mismatch", "/judgements/overall_experiences_and_progress"),
    ]
    moved = cross_check(document, record)[0]
    assert "event 10000003" in moved.message
    assert "2019-09-25" in moved.message
    assert "2021-10-12" in moved.message


def test_an_event_number_of_another_urn_falls_back_to_urn_and_date(record: OutcomeIndex) -> None:
    finding = only(full(event_number="10000005"), record)
    assert (finding.code, finding.severity, finding.path) == (
        "outcome-event-mismatch",
        "warning",
        "/event_number",
    )
    assert "10000005" in finding.message
    assert "event 10000001" in finding.message
    assert (finding.expected, finding.found) == ("10000001", "10000005")


def test_an_event_number_shared_by_several_urns_matches_the_documents_urn(
    record: OutcomeIndex,
) -> None:
    agency = full(
        urn="SC222223",
        event_number="10000009",
        inspection_dates={"start": "2022-05-23"},
        judgements={
            "overall_experiences_and_progress": "outstanding",
            "helped_and_protected": "good",
            "leaders_and_managers": "outstanding",
        },
    )
    assert cross_check(agency, record) == []
    branch = {**agency, "urn": "SC222222"}
    assert found(branch, record) == [
        ("outcome-judgement-mismatch", "/judgements/leaders_and_managers"),
        ("outcome-judgement-mismatch", "/judgements/overall_experiences_and_progress"),
    ]


def test_no_event_on_the_date_names_the_nearest_event(record: OutcomeIndex) -> None:
    finding = only(full(inspection_dates={"start": "2021-10-19"}), record)
    assert (finding.code, finding.severity) == ("outcome-not-found", "warning")
    assert finding.path == "/inspection_dates/start"
    assert "2021-10-19" in finding.message
    assert "nearest is event 10000001 (Full inspection of 2021-10-12)" in finding.message
    assert "hold no events" not in finding.message


def test_a_date_outside_the_files_says_so(record: OutcomeIndex) -> None:
    finding = only(full(inspection_dates={"start": "2024-01-09"}), record)
    assert finding.code == "outcome-not-found"
    assert "hold no events of 2024-01-09" in finding.message


def test_an_unknown_urn_is_not_found_at_the_urn(record: OutcomeIndex) -> None:
    finding = only(full(urn="7654321", event_number="10000009"), record)
    assert (finding.code, finding.path) == ("outcome-not-found", "/urn")
    assert "7654321" in finding.message
    assert "URN SC222222, SC222223's" in finding.message


def history(*rows: tuple[str, str, str | None]) -> list[dict[str, str]]:
    return [
        {"date": day, "inspection_type": kind} | ({"judgement": grade} if grade else {})
        for day, kind, grade in rows
    ]


def test_history_rows_and_the_last_inspection_that_agree(record: OutcomeIndex) -> None:
    document = full(
        inspection_history=history(
            ("2020-02-03", "interim", "sustained_effectiveness"),
            ("2019-09-25", "full", "good"),
            ("2017-01-10", "full", "outstanding"),  # before the files: not compared
        ),
        last_inspection={"date": "2020-02-03", "overall_judgement": "sustained_effectiveness"},
    )
    assert cross_check(document, record) == []


def test_history_rows_that_disagree(record: OutcomeIndex) -> None:
    document = full(
        inspection_history=history(
            ("2020-02-03", "full", "good"),
            ("2019-09-25", "full", "outstanding"),
            ("2019-11-05", "monitoring", None),
            ("2019-09-25", "interim", None),
        ),
        last_inspection={"date": "2019-09-25", "overall_judgement": "inadequate"},
    )
    assert found(document, record) == [
        ("outcome-history-mismatch", "/inspection_history/0/inspection_type"),
        ("outcome-history-mismatch", "/inspection_history/1/judgement"),
        ("outcome-history-mismatch", "/inspection_history/2/date"),
        ("outcome-history-mismatch", "/inspection_history/3/inspection_type"),
        ("outcome-history-mismatch", "/last_inspection/overall_judgement"),
    ]
    messages = {f.path: f.message for f in cross_check(document, record)}
    assert "event 10000003" in messages["/inspection_history/1/judgement"]
    assert "'good'" in messages["/inspection_history/1/judgement"]
    assert "'outstanding'" in messages["/inspection_history/1/judgement"]
    assert "history row 3" in messages["/inspection_history/2/date"]
    assert "nearest is event 10000003" in messages["/inspection_history/2/date"]
    assert "the last inspection says 'inadequate'" in messages["/last_inspection/overall_judgement"]


def test_a_last_inspection_on_a_day_without_events(record: OutcomeIndex) -> None:
    document = full(last_inspection={"date": "2019-10-01", "overall_judgement": "good"})
    finding = only(document, record)
    assert (finding.code, finding.path) == ("outcome-history-mismatch", "/last_inspection/date")


@pytest.mark.parametrize(
    "document",
    [
        None,
        [],
        "1234567",
        {},
        {"urn": 1234567},
        {"urn": "1234567", "inspection_dates": "2021-10-12"},
        {"urn": "1234567", "inspection_dates": {"start": "2021-02-30"}},
        {"urn": "1234567", "inspection_history": [None, 3, {"date": 5}], "judgements": [1]},
    ],
)
def test_what_cannot_be_read_is_not_compared(document: Any, record: OutcomeIndex) -> None:
    assert cross_check(document, record) == []


def test_a_badly_typed_value_reads_as_absent(record: OutcomeIndex) -> None:
    document = full(event_number=10000003, publication_date=20211122, report_kind=["full"])
    assert cross_check(document, record) == []

"""The two bundled real reports, extracted, held against Ofsted's own outcome data.

Ofsted's record has URN 2515609's full inspection of 12 October 2021 as event 10185961
(requires improvement, requires improvement, inadequate; published 22 November 2021) and
URN 1252023's of 31 January 2023 as event 10260790 (good, requires improvement, requires
improvement; published 9 March 2023), with each URN's earlier events as the reports'
history tables give them. A changed grade, kind or date gives exactly one finding more
than validation without the record.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from inspection_schema import api
from inspection_schema.extract.api import extract_instance
from inspection_schema.outcomes import OutcomeIndex, cross_check
from tests.support import EXAMPLES, REPO, load_example

REPORTS = sorted((REPO / "examples" / "reports").glob("*.txt"))
EVENTS = {"2515609": "10185961", "1252023": "10260790"}


@pytest.fixture(scope="module")
def extracted() -> dict[str, dict[str, Any]]:
    """Each bundled report text, extracted, by URN."""
    documents = [extract_instance(path) for path in REPORTS]
    return {document["urn"]: document for document in documents}


def test_both_reports_are_bundled_and_extract(extracted: dict[str, dict[str, Any]]) -> None:
    assert sorted(extracted) == sorted(EVENTS)
    assert all("event_number" not in document for document in extracted.values())


def test_both_extracted_reports_agree_with_the_repository_copy(
    extracted: dict[str, dict[str, Any]], ofsted: OutcomeIndex
) -> None:
    for urn, document in extracted.items():
        assert len(document["inspection_history"]) >= 1
        assert cross_check(document, ofsted) == [], urn
        assert api.validate(document, outcomes=ofsted) == api.validate(document) == [], urn


def test_the_hand_checked_examples_agree(ofsted: OutcomeIndex) -> None:
    assert len(EXAMPLES) == 2
    for path in EXAMPLES:
        assert cross_check(load_example(path), ofsted) == [], path.name


def _added(document: dict[str, Any], record: OutcomeIndex) -> list[Any]:
    """The findings the record adds to plain validation."""
    plain = set(api.validate(document))
    return [finding for finding in api.validate(document, outcomes=record) if finding not in plain]


@pytest.mark.parametrize("urn", sorted(EVENTS))
def test_one_changed_grade_gives_exactly_one_judgement_finding(
    urn: str, extracted: dict[str, dict[str, Any]], ofsted: OutcomeIndex
) -> None:
    document = copy.deepcopy(extracted[urn])
    was = document["judgements"]["helped_and_protected"]
    assert was == "requires_improvement_to_be_good"  # in both reports, as Ofsted's record
    document["judgements"]["helped_and_protected"] = "outstanding"
    (finding,) = _added(document, ofsted)
    assert (finding.code, finding.severity, finding.path) == (
        "outcome-judgement-mismatch",
        "error",
        "/judgements/helped_and_protected",
    )
    assert f"event {EVENTS[urn]}" in finding.message
    assert f"{was!r}" in finding.message
    assert "'outstanding'" in finding.message


@pytest.mark.parametrize("urn", sorted(EVENTS))
def test_a_changed_report_kind_gives_exactly_one_kind_finding(
    urn: str, extracted: dict[str, dict[str, Any]], ofsted: OutcomeIndex
) -> None:
    document = copy.deepcopy(extracted[urn])
    document["report_kind"] = "monitoring"
    (finding,) = _added(document, ofsted)
    assert (finding.code, finding.severity, finding.path) == (
        "outcome-kind-mismatch",
        "error",
        "/report_kind",
    )
    assert f"event {EVENTS[urn]}" in finding.message
    assert "'full'" in finding.message
    assert "'monitoring'" in finding.message


@pytest.mark.parametrize("urn", sorted(EVENTS))
def test_a_changed_inspection_date_gives_exactly_one_not_found_finding(
    urn: str, extracted: dict[str, dict[str, Any]], ofsted: OutcomeIndex
) -> None:
    document = copy.deepcopy(extracted[urn])
    start = document["inspection_dates"]["start"]
    document["inspection_dates"]["start"] = moved = start[:-2] + f"{int(start[-2:]) - 3:02d}"
    (finding,) = _added(document, ofsted)
    assert (finding.code, finding.severity, finding.path) == (
        "outcome-not-found",
        "warning",
        "/inspection_dates/start",
    )
    assert moved in finding.message
    assert f"nearest is event {EVENTS[urn]} (Full inspection of {start})" in finding.message

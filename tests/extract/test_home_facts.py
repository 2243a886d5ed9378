"""The structured home facts: read where 'Information about this children's home' states them.

Expectations come from reading the sentences quoted in each test, not from the parser.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from inspection_schema.extract import IncompleteReport, extract_text
from inspection_schema.extract.home_facts import parse_home_facts, split_needs
from inspection_schema.model import (
    AgeRange,
    HomeFacts,
    LastVisit,
    MonitoringJudgements,
    MonitoringReport,
)
from inspection_schema.model.converter import unstructure
from tests.extract.test_kinds import HEAD


def test_report_2515609_states_six_facts(load_report: Any) -> None:
    # "It provides medium- to long-term care for three children aged between five and 18
    # years. The children may have physical disabilities, sensory impairment, and complex
    # learning, social, emotional or behavioural needs." / "The current manager registered
    # with Ofsted in February 2019." / "Ofsted last visited this setting on 14 October 2020
    # to carry out a monitoring visit inspection."
    report = extract_text(load_report("2515609-full-2021-10-12"), schema_version="1.2")
    assert report.home_facts == HomeFacts(
        registered_places=3,
        age_range=AgeRange(minimum=5, maximum=18),
        needs=[
            "physical disabilities",
            "sensory impairment",
            "complex learning, social, emotional or behavioural needs",
        ],
        manager_registered="2019-02",
        last_visit=LastVisit(date=datetime.date(2020, 10, 14), kind="monitoring"),
        short_break_only=False,
    )


def test_report_1252023_states_places_and_needs_only(load_report: Any) -> None:
    # "This home is one of three owned by a small provider. It is registered to provide care
    # for up to three children who have social and emotional needs." The application to care
    # for "children with learning disabilities" is not yet granted, "The manager is
    # registered with Ofsted" gives no month, and no last visit or kind of care is stated.
    report = extract_text(load_report("1252023-full-2023-01-31"), schema_version="1.2")
    assert report.home_facts == HomeFacts(registered_places=3, needs=["social and emotional needs"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "The home provides care for children aged between 7 and 16 years old and is "
                "registered for a maximum of six children."
            ),
            {"registered_places": 6, "age_range": AgeRange(minimum=7, maximum=16)},
        ),
        (
            (
                "It provides short break and sleep-over services for children aged two to 14 years "
                "who have a visual impairment and additional profound and complex needs."
            ),
            {
                "age_range": AgeRange(minimum=2, maximum=14),
                "needs": ["a visual impairment and additional profound and complex needs"],
                "short_break_only": True,
            },
        ),
        (
            (
                "It provides care and accommodation for up to three young people with emotional "
                "and/or behavioural difficulties."
            ),
            {"registered_places": 3, "needs": ["emotional and/or behavioural difficulties"]},
        ),
        (
            (
                "This is a privately run children's home, registered to care for up to 12 young "
                "people aged 11 years and over."
            ),
            {"registered_places": 12, "age_range": AgeRange(minimum=11)},
        ),
        (
            "It provides short breaks and long-term care for children aged up to 17.",
            {"age_range": AgeRange(maximum=17), "short_break_only": False},
        ),
        ("This is a multi-building children's home.", {"multi_building": True}),
        ("This is not a multi-building children's home.", {"multi_building": False}),
        (
            "The registered manager has been registered with Ofsted since 3 May 2021.",
            {"manager_registered": "2021-05"},
        ),
        (
            "Ofsted last visited this setting on 7 March 2022 to carry out an assurance visit.",
            {"last_visit": LastVisit(date=datetime.date(2022, 3, 7), kind="assurance")},
        ),
        (
            "Ofsted last visited the home on 7 March 2022.",
            {"last_visit": LastVisit(date=datetime.date(2022, 3, 7))},
        ),
    ],
)
def test_each_wording_states_its_facts(sentence: str, expected: dict[str, Any]) -> None:
    assert parse_home_facts([sentence]) == HomeFacts(**expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "This home is one of three owned by a small provider.",
        "At the time of this inspection, the home provided care for two children.",
        "An application has been made so that they can provide care to children with autism.",
        "The manager is registered with Ofsted and is suitably qualified and experienced.",
        "The registered manager reviews children's progress with the placing authority.",
        "Children have access to a range of activities.",
        "Ofsted last visited this setting on 31 February 2022 to carry out a full inspection.",
        "Due to COVID-19, we suspended all routine inspections on 17 March 2020.",
    ],
)
def test_sentences_that_state_no_fact_give_none(sentence: str) -> None:
    assert parse_home_facts([sentence]) is None


def test_an_unknown_kind_of_visit_keeps_the_date_and_leaves_the_kind_out() -> None:
    facts = parse_home_facts(
        ["Ofsted last visited this setting on 2 June 2022 to carry out a regulatory check."]
    )
    assert facts == HomeFacts(last_visit=LastVisit(date=datetime.date(2022, 6, 2)))


def test_the_first_statement_of_a_fact_wins() -> None:
    facts = parse_home_facts(
        [
            "It is registered to provide care for up to four children.",
            "It provides care for two children who have autism.",
        ]
    )
    assert facts == HomeFacts(registered_places=4, needs=["autism"])


@pytest.mark.parametrize(
    ("phrase", "needs"),
    [
        ("social and emotional needs", ["social and emotional needs"]),
        (
            "autism, learning disabilities, and mental health needs.",
            [
                "autism",
                "learning disabilities",
                "mental health needs",
            ],
        ),
        ("autism, or sensory impairment", ["autism", "sensory impairment"]),
        (
            "autism, learning disabilities and mental health needs",
            ["autism, learning disabilities and mental health needs"],
        ),
    ],
)
def test_needs_are_split_only_at_a_list_that_ends_with_a_comma(
    phrase: str, needs: list[str]
) -> None:
    assert split_needs(phrase) == needs


def test_facts_are_left_out_of_versions_before_1_2(load_report: Any) -> None:
    for version in ("1.0", "1.1"):
        report = extract_text(load_report("2515609-full-2021-10-12"), schema_version=version)
        assert "home_facts" not in unstructure(report)


# Judgement tables beyond the three areas

_OVERALL = "Overall experiences and progress of children and young people, taking into account"
_GRADED = f"{_OVERALL}\trequires improvement to be good\n"


def test_a_monitoring_report_gives_the_grades_its_table_states() -> None:
    text = HEAD.format(title="Monitoring inspection", judgement=_GRADED)
    report = extract_text(text, schema_version="1.2")
    assert isinstance(report, MonitoringReport)
    assert report.judgements == MonitoringJudgements(
        overall_experiences_and_progress="requires_improvement_to_be_good"
    )
    pinned = extract_text(text, schema_version="1.1")
    assert "judgements" not in unstructure(pinned)


def test_a_monitoring_report_without_a_table_has_no_grades() -> None:
    text = HEAD.format(title="Monitoring inspection", judgement="")
    report = extract_text(text, schema_version="1.2")
    assert "judgements" not in unstructure(report)


_SECURE_TABLE = "\n".join(
    (
        f"{_OVERALL}\tgood",
        "How well children and young people are helped and protected\tgood",
        "The effectiveness of leaders and managers\tgood",
        "Outcomes in education and related learning activities\trequires improvement to be good",
        "Health services\tnot judged",
        "",
        "The children's home provides effective services that meet the requirements for good.",
        "",
    )
)


def test_a_secure_homes_table_gives_education_and_health_and_may_say_not_judged() -> None:
    text = HEAD.format(title="Full inspection", judgement=_SECURE_TABLE)
    grades = unstructure(extract_text(text, schema_version="1.2"))["judgements"]
    assert grades["education_and_learning"] == "requires_improvement_to_be_good"
    assert grades["health"] == "not_judged"
    as_1_1 = unstructure(extract_text(text, schema_version="1.1"))["judgements"]
    assert as_1_1["education_and_learning"] == "requires_improvement_to_be_good"
    assert "health" not in as_1_1, "1.1 has no 'not judged'"


def test_an_area_of_every_home_cannot_be_not_judged() -> None:
    table = _SECURE_TABLE.replace("protected\tgood", "protected\tnot judged")
    with pytest.raises(IncompleteReport, match="without a grade for helped_and_protected"):
        extract_text(HEAD.format(title="Full inspection", judgement=table))

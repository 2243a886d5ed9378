"""The renderer's wording for 1.2: the sentences stating home facts, and the grade tables."""

from __future__ import annotations

import datetime
import json

import attrs
import pytest

from inspection_schema.model import (
    AgeRange,
    FullReport,
    HomeFacts,
    LastVisit,
    MonitoringJudgements,
    MonitoringReport,
)
from inspection_schema.model.converter import structure
from inspection_schema.testing.rendering import render_text
from inspection_schema.testing.rendering.home_facts import fact_paragraphs, number
from tests.support import EXAMPLES_DIR


def _report_2021() -> FullReport:
    path = EXAMPLES_DIR / "2515609-full-2021-10-12.json"
    report = structure(json.loads(path.read_text(encoding="utf-8")))
    assert isinstance(report, FullReport)
    return report


def test_the_facts_of_report_2515609_in_the_renderers_words() -> None:
    facts = HomeFacts(
        registered_places=3,
        age_range=AgeRange(minimum=5, maximum=18),
        needs=["physical disabilities", "sensory impairment", "complex learning needs"],
        manager_registered="2019-02",
        last_visit=LastVisit(date=datetime.date(2020, 10, 14), kind="monitoring"),
        short_break_only=False,
    )
    assert fact_paragraphs(facts) == [
        (
            "It provides medium- to long-term care for up to three children aged between five and "
            "18 years who have physical disabilities, sensory impairment, and complex learning "
            "needs."
        ),
        "The current manager registered with Ofsted in February 2019.",
        "Ofsted last visited this setting on 14 October 2020 to carry out a monitoring inspection.",
    ]


@pytest.mark.parametrize(
    ("facts", "paragraphs"),
    [
        (
            HomeFacts(short_break_only=True, multi_building=True),
            ["It provides short breaks for children. This is a multi-building children's home."],
        ),
        (
            HomeFacts(age_range=AgeRange(minimum=11), needs=["autism"]),
            ["It provides care for children aged 11 years and over who have autism."],
        ),
        (
            HomeFacts(registered_places=12, age_range=AgeRange(maximum=9)),
            ["It provides care for up to 12 children aged up to nine years."],
        ),
        (
            HomeFacts(last_visit=LastVisit(date=datetime.date(2022, 6, 2), kind="assurance")),
            ["Ofsted last visited this setting on 2 June 2022 to carry out an assurance visit."],
        ),
        (
            HomeFacts(last_visit=LastVisit(date=datetime.date(2022, 6, 2))),
            ["Ofsted last visited this setting on 2 June 2022."],
        ),
        (HomeFacts(multi_building=False), ["This is not a multi-building children's home."]),
    ],
)
def test_each_fact_has_its_sentence(facts: HomeFacts, paragraphs: list[str]) -> None:
    assert fact_paragraphs(facts) == paragraphs


def test_numbers_under_ten_are_words() -> None:
    assert [number(n) for n in (0, 3, 9, 10, 18)] == ["zero", "three", "nine", "10", "18"]


def test_two_needs_are_refused_because_they_would_read_as_one() -> None:
    with pytest.raises(ValueError, match="two needs"):
        fact_paragraphs(HomeFacts(needs=["autism", "learning disabilities"]))


def test_a_secure_homes_table_has_its_extra_rows_and_may_say_not_judged() -> None:
    report = _report_2021()
    grades = attrs.evolve(report.judgements, education_and_learning="good", health="not_judged")
    text = render_text(attrs.evolve(report, schema_version="1.2", judgements=grades))
    table = text.split("Inspection dates: 12 to 13 October 2021\n\n", 1)[1].split("\n\n")[0]
    assert table.splitlines()[3:] == [
        "Outcomes in education and related learning activities\tgood",
        "Health services\tnot judged",
    ]


def test_a_monitoring_report_prints_the_grades_it_has() -> None:
    report = _report_2021()
    monitoring = MonitoringReport(
        schema_version="1.2",
        urn=report.urn,
        provider=report.provider,
        inspection_dates=report.inspection_dates,
        inspectors=report.inspectors,
        judgements=MonitoringJudgements(leaders_and_managers="inadequate"),
    )
    text = render_text(monitoring)
    assert "\n\nThe effectiveness of leaders and managers\tinadequate\n\n" in text
    assert "helped and protected" not in text
    assert "\tinadequate" not in render_text(attrs.evolve(monitoring, judgements=None))

"""The text layout: the real reports' headings, rows and wording, for every kind."""

from __future__ import annotations

import datetime
import json
from typing import Any

import attrs
import pytest

from inspection_schema.model import (
    REPORT_CLASSES,
    AssuranceReport,
    EmergencyReport,
    FullReport,
    InterimReport,
    MonitoringReport,
    Report,
    Requirement,
)
from inspection_schema.model.converter import structure
from inspection_schema.testing.rendering import render_text
from tests.support import EXAMPLES_DIR

EXAMPLES = EXAMPLES_DIR


def _example(name: str) -> FullReport:
    report = structure(json.loads((EXAMPLES / name).read_text(encoding="utf-8")))
    assert isinstance(report, FullReport)
    return report


@pytest.fixture(scope="module")
def report_2021() -> FullReport:
    return _example("2515609-full-2021-10-12.json")


@pytest.fixture(scope="module")
def report_2023() -> FullReport:
    return _example("1252023-full-2023-01-31.json")


def _common(report: FullReport) -> dict[str, Any]:
    names = [a.name for a in attrs.fields(type(report)) if a.name != "report_kind"]
    keep = set.intersection(*({f.name for f in attrs.fields(c)} for c in REPORT_CLASSES.values()))
    return {name: getattr(report, name) for name in names if name in keep}


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.json")))
def test_every_example_renders(name: str) -> None:
    text = render_text(_example(name))
    assert text.endswith("\n")
    assert "\n\n\n" not in text


def test_headline_and_previous_inspection(report_2021: FullReport) -> None:
    text = render_text(report_2021)
    assert text.startswith("2515609\n\nRegistered provider: Progress Children's Services Limited")
    assert (
        "\n\nFull inspection\n\nInspected under the social care common inspection framework\n"
        in text
    )
    assert "\nInspection dates: 12 to 13 October 2021\n" in text
    assert (
        "\nOverall experiences and progress of children and young people, taking into account"
        "\trequires improvement to be good\n"
        "How well children and young people are helped and protected"
        "\trequires improvement to be good\n"
        "The effectiveness of leaders and managers\tinadequate\n"
    ) in text
    assert "\nDate of last inspection: 25 September 2019\n" in text
    assert "\nEnforcement action since last inspection: none\n" in text
    assert (
        "\nRecent inspection history\n\nInspection date\tInspection type\tInspection judgement\n"
        "25/09/2019\tFull\tRequires improvement to be good\n"
    ) in text
    assert "\n\nThe effectiveness of leaders and managers: inadequate\n\n" in text


def test_history_and_enforcement_2023(report_2023: FullReport) -> None:
    text = render_text(report_2023)
    assert "\nInspection dates: 31 January to 1 February 2023\n" in text
    assert "\nOverall judgement at last inspection: Inadequate\n" in text
    assert "\nEnforcement action since last inspection:\n\nFollowing the last full" in text
    assert "25/10/2022\tFull\tInadequate\n15/06/2021\tFull\tGood\n" in text
    assert "23/10/2019\tInterim\tSustained effectiveness\n" in text
    assert "\nInspector\n\nSarah Orriss, Social Care Inspector\n" in text
    assert text.endswith("\n© Crown copyright 2023\n")


def test_requirements_rows(report_2021: FullReport) -> None:
    text = render_text(report_2021)
    assert "\nRequirement\tDue date\nIn meeting the quality standards" in text
    assert "must ensure that staff—\t19 November 2021\n" in text
    assert "relevant plans. (Regulation 5 (a)(b)(c))\t\n" in text
    assert "\nThis particularly refers to the registered manager ensuring that they" in text
    table = text.split("Requirement\tDue date\n", 1)[1].split("\n\n", 1)[0]
    rows = table.split("\n")
    assert all(row.count("\t") == 1 for row in rows)
    starts = [row for row in rows if not row.endswith("\t")]
    assert len(starts) == len(report_2021.requirements or [])


def test_recommendation_and_details(report_2021: FullReport) -> None:
    text = render_text(report_2021)
    assert (
        "\nRecommendation\n\n- The registered person should ensure that rotas reflect the "
        "correct staff ratio for each child. ('Guide to the children's homes regulations, "
        "including the quality standards', page 54, paragraphs 10.18).\n"
    ) in text
    details = text.split("\nChildren's home details\n", 1)[1]
    assert details.startswith(
        "\nUnique reference number: 2515609\n\nProvision sub-type: Children's home\n\n"
        "Registered provider: Progress Children's Services Limited\n\n"
        "Registered provider address: Progress House, 127 Millfields Road, Wolverhampton, "
        "Staffordshire WV4 6JG\n\nResponsible individual: Rachael Sharpe\n\n"
        "Registered manager: Deana Galsworthy\n\nInspectors\n\n"
        "Patrick McIntosh, Social Care Inspector\nSophie Hills, Social Care Inspector\n"
    )


def test_missing_due_date_and_regulations(report_2021: FullReport) -> None:
    requirement = Requirement(text=["Do this."], regulations=[], gloss=["Because."])
    text = render_text(attrs.evolve(report_2021, requirements=[requirement]))
    assert "\nDo this. ()\t—\nBecause.\t\n" in text


def test_absent_sections_are_left_out(report_2021: FullReport) -> None:
    bare = attrs.evolve(
        report_2021,
        home_information=None,
        framework=None,
        last_inspection=None,
        enforcement_action=None,
        inspection_history=None,
        area_narratives=None,
        requirements_preamble=None,
        requirements=None,
        recommendations=None,
        inspection_information=None,
        copyright_year=None,
    )
    text = render_text(bare)
    for heading in (
        "Information about this children's home",
        "Recent inspection history",
        "Inspection judgements",
        "What does the children's home need to do to improve?",
        "Information about this inspection",
        "Inspected under",
        "Date of last inspection",
        "©",
    ):
        assert heading not in text
    assert "\nChildren's home details\n" in text


def _kinds(report: FullReport) -> list[Report]:
    common = _common(report)
    one_day = attrs.evolve(report.inspection_dates, end=report.inspection_dates.start)
    findings = ["The home has made progress since the last inspection."]
    return [
        InterimReport(
            **common | {"inspection_dates": one_day},
            interim_judgement="declined_effectiveness",
            judgement_statement="The home has declined in effectiveness.",
            findings=findings,
        ),
        MonitoringReport(**common, findings=findings),
        AssuranceReport(**common, outcome_statement="No serious concerns.", findings=findings),
        EmergencyReport(**common, findings=findings),
    ]


@pytest.mark.parametrize("index", range(4))
def test_every_kind_renders(report_2021: FullReport, index: int) -> None:
    report = _kinds(report_2021)[index]
    text = render_text(report)
    title = {
        "interim": "Interim inspection",
        "monitoring": "Monitoring inspection",
        "assurance": "Assurance visit",
        "emergency": "Emergency inspection",
    }[report.report_kind]
    assert f"\n\n{title}\n\n" in text
    assert "\nFindings\n\nThe home has made progress since the last inspection.\n" in text
    assert "Inspection judgements" not in text
    if report.report_kind == "interim":
        assert "\nInspection date: 12 October 2021\n" in text
        assert "\nInterim judgement: Declined in effectiveness\n\nThe home has declined" in text
    if report.report_kind == "assurance":
        assert "\nOutcome: No serious concerns.\n" in text


def test_dates_across_years(report_2021: FullReport) -> None:
    dates = attrs.evolve(
        report_2021.inspection_dates,
        start=datetime.date(2022, 12, 30),
        end=datetime.date(2023, 1, 2),
    )
    text = render_text(attrs.evolve(report_2021, inspection_dates=dates))
    assert "\nInspection dates: 30 December 2022 to 2 January 2023\n" in text

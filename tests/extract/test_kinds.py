"""Interim, monitoring, assurance and emergency reports: their own title, their own fields."""

from __future__ import annotations

from typing import Any

import pytest

from inspection_schema.extract import IncompleteReport, extract_pdf_bytes, extract_text
from inspection_schema.model import (
    AssuranceReport,
    EmergencyReport,
    InterimReport,
    MonitoringReport,
)
from inspection_schema.model.converter import structure, unstructure
from inspection_schema.testing import rendering
from tests.support import load_example

HEAD = """1234567

Registered provider: Example Care Limited

{title}

Inspected under the social care common inspection framework

Information about this children's home

The home provides care for up to two children.

Inspection dates: 30 December 2022 to 2 January 2023

{judgement}
Date of last inspection: 25 October 2022

Overall judgement at last inspection: Inadequate

Enforcement action since last inspection: None

Recent inspection history

Inspection date\tInspection type\tInspection judgement
25/10/2022\tFull\tInadequate
23/10/2019\tInterim\tSustained effectiveness

Findings

The manager has acted on the requirements made at the last
inspection.

Staff now receive regular supervision.

Children's home details

Unique reference number: 1234567

Registered provider: Example Care Limited

Registered manager: Post vacant

Inspector

Jo Bloggs, Social Care Regulatory Inspector

\u00a9 Crown copyright 2023
"""


def _text(title: str, judgement: str = "") -> str:
    return HEAD.format(title=title, judgement=judgement + "\n" if judgement else "")


def _common(report: Any) -> None:
    data = unstructure(report)
    assert data["urn"] == "1234567"
    assert data["inspection_dates"] == {"start": "2022-12-30", "end": "2023-01-02"}
    assert data["last_inspection"] == {"date": "2022-10-25", "overall_judgement": "inadequate"}
    assert data["enforcement_action"] == {"taken": False}
    assert data["inspection_history"][1] == {
        "date": "2019-10-23",
        "inspection_type": "interim",
        "judgement": "sustained_effectiveness",
    }
    assert data["findings"] == [
        "The manager has acted on the requirements made at the last inspection.",
        "Staff now receive regular supervision.",
    ]
    assert data["registered_manager"] == "Post vacant"
    assert data["inspectors"] == [{"name": "Jo Bloggs", "role": "social_care_regulatory_inspector"}]
    assert data["copyright_year"] == 2023
    assert "judgements" not in data
    assert "summary" not in data


def test_interim() -> None:
    report = extract_text(
        _text(
            "Interim inspection",
            "Interim judgement: Sustained effectiveness\n\n"
            "At this interim inspection, Ofsted judged that the home has sustained its "
            "effectiveness since the last full inspection.\n",
        )
    )
    assert isinstance(report, InterimReport)
    assert report.interim_judgement == "sustained_effectiveness"
    assert report.judgement_statement is not None
    assert report.judgement_statement.startswith("At this interim inspection")
    _common(report)


def test_interim_without_its_judgement_is_incomplete() -> None:
    with pytest.raises(IncompleteReport, match="interim judgement"):
        extract_text(_text("Interim inspection"))


@pytest.mark.parametrize("title", ["Monitoring visit", "Monitoring inspection"])
def test_monitoring(title: str) -> None:
    report = extract_text(_text(title))
    assert isinstance(report, MonitoringReport)
    _common(report)


@pytest.mark.parametrize("title", ["Assurance visit", "Assurance inspection"])
def test_assurance(title: str) -> None:
    report = extract_text(_text(title, "Outcome: The home continues to meet the standards."))
    assert isinstance(report, AssuranceReport)
    assert report.outcome_statement == "The home continues to meet the standards."
    _common(report)


def test_assurance_without_an_outcome_leaves_it_out() -> None:
    report = extract_text(_text("Assurance visit"))
    assert isinstance(report, AssuranceReport)
    assert report.outcome_statement is None


def test_emergency() -> None:
    report = extract_text(_text("Emergency inspection"))
    assert isinstance(report, EmergencyReport)
    _common(report)


def test_nothing_is_invented() -> None:
    data = unstructure(extract_text(_text("Monitoring visit")))
    for absent in (
        "provision_type",
        "responsible_individual",
        "requirements",
        "recommendations",
        "inspection_information",
        "requirements_preamble",
    ):
        assert absent not in data
    assert data["provider"] == {"name": "Example Care Limited"}


@pytest.mark.parametrize("kind", ["interim", "monitoring", "assurance", "emergency"])
def test_rendered_kinds_round_trip(kind: str) -> None:
    data = load_example("2515609-full-2021-10-12")
    for key in ("judgements", "summary", "area_narratives"):
        data.pop(key)
    data["report_kind"] = kind
    data["findings"] = ["The first finding.", "The second finding, which is longer."]
    if kind == "interim":
        data["interim_judgement"] = "declined_effectiveness"
        data["judgement_statement"] = "The home has declined in effectiveness."
    if kind == "assurance":
        data["outcome_statement"] = "Improvements are needed."
    report = structure(data)
    text = rendering.render_text(report)
    got = unstructure(extract_text(text, schema_version=data["schema_version"]))
    got.pop("provenance")
    assert got == data
    import io

    buffer = io.BytesIO()
    rendering.render_pdf(report, buffer)
    got = unstructure(extract_pdf_bytes(buffer.getvalue(), schema_version=data["schema_version"]))
    got.pop("provenance")
    assert got == data

"""The rules read the values schema 1.2 adds: sector, a graded monitoring report, 'not judged'.

The rules read JSON, so they are checked here on documents declaring 1.2 without the
schema: what each rule makes of the new values, whatever the schema says of them.
"""

from __future__ import annotations

from typing import Any

import pytest

from inspection_schema.rules import rule_findings
from tests.support import load_example

RI = "requires_improvement_to_be_good"


def _document(version: str, **fields: Any) -> dict[str, Any]:
    document = load_example("1252023-full-2023-01-31.json")
    document.update(schema_version=version, **fields)
    return document


@pytest.mark.parametrize("sector", ["private", "local_authority", "public_sector"])
def test_a_listed_sector_is_not_a_finding(sector: str) -> None:
    assert rule_findings(_document("1.2", sector=sector)) == []


def test_a_sector_the_codelist_does_not_list_is_a_warning() -> None:
    [finding] = rule_findings(_document("1.2", sector="charity"))
    assert (finding.code, finding.severity, finding.path) == (
        "code-not-in-codelist",
        "warning",
        "/sector",
    )
    assert "private" in finding.message


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_a_sector_is_left_to_the_schema_before_1_2(version: str) -> None:
    assert rule_findings(_document(version, sector="charity")) == []


def test_a_graded_monitoring_report_and_a_graded_monitoring_row_are_not_findings() -> None:
    document = load_example("1252023-full-2023-01-31.json")
    monitoring = {
        key: document[key]
        for key in ("urn", "provider", "inspectors", "provision_type", "copyright_year")
    }
    monitoring.update(
        schema_version="1.2",
        report_kind="monitoring",
        inspection_dates={"start": "2023-03-02", "end": "2023-03-02"},
        judgements={"overall_experiences_and_progress": RI},
        inspection_history=[
            {"date": "2022-07-26", "inspection_type": "monitoring", "judgement": RI},
            {"date": "2022-01-25", "inspection_type": "full", "judgement": "inadequate"},
        ],
        last_inspection={"date": "2022-07-26", "overall_judgement": RI},
    )
    assert rule_findings(monitoring) == []


def test_not_judged_areas_of_a_secure_home_are_not_findings() -> None:
    document = _document("1.2", provision_type="secure_childrens_home")
    document["judgements"].update(education_and_learning="not_judged", health="not_judged")
    assert rule_findings(document) == []

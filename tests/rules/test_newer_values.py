"""The rules read the values schema 1.2 adds: sector, home facts, graded monitoring, 'not judged'.

The rules read JSON, so each value is checked here with the rules alone (what each rule
makes of it, whatever the schema says) and, where the document declares 1.2, with the
schema too: schema 1.2 accepts it and the findings are the rules' own.
"""

from __future__ import annotations

from typing import Any

import pytest

from inspection_schema.rules import rule_findings
from inspection_schema.validate.checker import validate
from tests.support import TWINS_DIR, load_example

RI = "requires_improvement_to_be_good"


def _document(version: str, **fields: Any) -> dict[str, Any]:
    document = load_example("1252023-full-2023-01-31.json")
    document.update(schema_version=version, **fields)
    return document


def _twin(**fields: Any) -> dict[str, Any]:
    """The real report 1252023 as a 1.2 instance (sector and home facts included)."""
    document = load_example(TWINS_DIR / "1252023-full-2023-01-31.json")
    document.update(fields)
    return document


def _with_last_visit(document: dict[str, Any], kind: str) -> dict[str, Any]:
    document["home_facts"] = {"last_visit": {"date": "2022-06-14", "kind": kind}}
    return document


def _codes_and_paths(document: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Schema and rule findings of a document checked against schema 1.2."""
    return [(f.code, f.severity, f.path) for f in validate(document, schema_version="1.2")]


@pytest.mark.parametrize("sector", ["private", "local_authority", "public_sector"])
def test_a_listed_sector_is_not_a_finding(sector: str) -> None:
    assert rule_findings(_document("1.2", sector=sector)) == []
    assert _codes_and_paths(_twin(sector=sector)) == []


def test_a_sector_the_codelist_does_not_list_is_a_warning() -> None:
    [finding] = rule_findings(_document("1.2", sector="charity"))
    assert (finding.code, finding.severity, finding.path) == (
        "code-not-in-codelist",
        "warning",
        "/sector",
    )
    assert "private" in finding.message
    assert _codes_and_paths(_twin(sector="charity")) == [
        ("code-not-in-codelist", "warning", "/sector")
    ]


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_a_sector_is_left_to_the_schema_before_1_2(version: str) -> None:
    assert rule_findings(_document(version, sector="charity")) == []


@pytest.mark.parametrize("declared", [None, ["1.2"], "one point two", "1.10"])
def test_a_sector_is_checked_when_the_declaration_is_not_an_earlier_version(
    declared: Any,
) -> None:
    document = _document("1.2", sector="charity")
    document["schema_version"] = declared
    [finding] = rule_findings(document)
    assert (finding.code, finding.path) == ("code-not-in-codelist", "/sector")


@pytest.mark.parametrize("kind", ["monitoring", "full", "interim"])
def test_a_last_visit_of_a_listed_inspection_type_is_not_a_finding(kind: str) -> None:
    assert rule_findings(_with_last_visit(_document("1.2"), kind)) == []
    assert _codes_and_paths(_with_last_visit(_twin(), kind)) == []


def test_a_last_visit_of_a_type_the_codelist_does_not_list_is_a_warning() -> None:
    [finding] = rule_findings(_with_last_visit(_document("1.2"), "support_visit"))
    assert (finding.code, finding.severity, finding.path) == (
        "code-not-in-codelist",
        "warning",
        "/home_facts/last_visit/kind",
    )
    assert "inspection-type" in finding.message
    assert _codes_and_paths(_with_last_visit(_twin(), "support_visit")) == [
        ("code-not-in-codelist", "warning", "/home_facts/last_visit/kind")
    ]


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_home_facts_are_left_to_the_schema_before_1_2(version: str) -> None:
    assert rule_findings(_with_last_visit(_document(version), "support_visit")) == []


@pytest.mark.parametrize(
    "home_facts", [{"last_visit": {"date": "2022-06-14"}}, {"last_visit": "monitoring"}, []]
)
def test_a_last_visit_without_a_kind_is_not_a_rule_finding(home_facts: Any) -> None:
    assert rule_findings(_document("1.2", home_facts=home_facts)) == []


def _graded_monitoring() -> dict[str, Any]:
    document = load_example(TWINS_DIR / "1252023-full-2023-01-31.json")
    monitoring = {
        key: document[key]
        for key in ("urn", "provider", "inspectors", "provision_type", "copyright_year", "sector")
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
    return monitoring


def test_a_graded_monitoring_report_and_a_graded_monitoring_row_are_not_findings() -> None:
    monitoring = _graded_monitoring()
    assert rule_findings(monitoring) == []
    assert _codes_and_paths(monitoring) == []


def test_a_monitoring_report_graded_on_every_area_is_not_a_finding() -> None:
    monitoring = _graded_monitoring()
    monitoring["judgements"] = {
        "overall_experiences_and_progress": "good",
        "helped_and_protected": "inadequate",
        "leaders_and_managers": "inadequate",
    }
    # The limiting rules are about a full inspection's judgement table.
    assert _codes_and_paths(monitoring) == []


def test_not_judged_areas_of_a_secure_home_are_not_findings() -> None:
    document = _document("1.2", provision_type="secure_childrens_home")
    document["judgements"].update(education_and_learning="not_judged", health="not_judged")
    assert rule_findings(document) == []
    twin = _twin(provision_type="secure_childrens_home")
    twin["judgements"].update(education_and_learning="good", health="not_judged")
    assert _codes_and_paths(twin) == []


def test_a_secure_home_area_left_out_under_1_2_is_still_missing() -> None:
    twin = _twin(provision_type="secure_childrens_home")
    twin["judgements"].update(education_and_learning="not_judged")
    assert _codes_and_paths(twin) == [
        ("secure-home-judgements-missing", "warning", "/judgements/health")
    ]

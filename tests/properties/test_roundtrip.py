"""Generated reports are valid, and JSON ↔ model conversion loses nothing."""

from __future__ import annotations

import datetime
import json
from typing import Any

import attrs
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from inspection_schema.model import REPORT_CLASSES, HomeFacts, MonitoringReport, Report
from inspection_schema.model.converter import structure, unstructure
from inspection_schema.spec.codelists import NOT_JUDGED, codelist
from inspection_schema.spec.versions import UnknownSchemaVersion, supported_versions
from inspection_schema.testing import strategies
from inspection_schema.testing.strategies.home import home_facts
from inspection_schema.validate.checker import validate

KINDS = sorted(REPORT_CLASSES)


@pytest.mark.parametrize("engine", ["fast", "reference"])
@given(document=strategies.report_documents())
def test_generated_reports_have_no_findings(engine: str, document: dict[str, Any]) -> None:
    findings = validate(document, engine=engine)  # type: ignore[arg-type]
    assert [(f.code, f.path, f.message) for f in findings] == []


@pytest.mark.parametrize("kind", KINDS)
@given(data=st.data())
def test_every_kind_is_generated(kind: str, data: Any) -> None:
    report = data.draw(strategies.reports(kind))
    assert type(report) is REPORT_CLASSES[kind]
    assert not validate(unstructure(report))


@given(document=strategies.report_documents())
def test_json_to_model_to_json_is_identity(document: dict[str, Any]) -> None:
    text = json.dumps(document)
    assert json.loads(json.dumps(unstructure(structure(json.loads(text))))) == document


@given(report=strategies.reports())
def test_model_to_json_to_model_is_identity(report: Report) -> None:
    assert structure(json.loads(json.dumps(unstructure(report)))) == report


@given(document=strategies.report_documents())
def test_unstructured_keys_lead_with_version_and_kind(document: dict[str, Any]) -> None:
    assert list(document)[:2] == ["schema_version", "report_kind"]


@pytest.mark.parametrize("version", supported_versions())
@given(data=st.data())
def test_every_schema_version_is_generated(version: str, data: Any) -> None:
    document = data.draw(strategies.report_documents(schema_version=version))
    assert document["schema_version"] == version
    assert validate(document) == []
    if version == "1.0":
        assert not {"event_number", "publication_date"} & set(document)
        assert not {"education_and_learning", "health"} & set(document.get("judgements", {}))
    if version in {"1.0", "1.1"}:
        assert not {"sector", "home_facts"} & set(document)
        assert NOT_JUDGED not in document.get("judgements", {}).values()
        assert not (document["report_kind"] == "monitoring" and "judgements" in document)


def test_the_fields_1_1_added_are_generated() -> None:
    def secure_home_with_everything(report: Report) -> bool:
        judgements = getattr(report, "judgements", None)
        return (
            report.event_number is not None
            and report.publication_date is not None
            and judgements is not None
            and judgements.education_and_learning is not None
            and judgements.health is not None
        )

    found = find(strategies.reports("full", "1.1"), secure_home_with_everything, settings=_SEARCH)
    assert found.provision_type == "secure_childrens_home"
    assert found.publication_date is not None
    assert found.publication_date > found.inspection_dates.end


_SEARCH = settings(database=None, max_examples=3000, phases=[Phase.generate])


@pytest.mark.parametrize("fact", [field.name for field in attrs.fields(HomeFacts)])
def test_each_home_fact_1_2_added_is_generated(fact: str) -> None:
    start = datetime.date(2023, 1, 31)
    found = find(
        home_facts(start),
        lambda facts: facts is not None and getattr(facts, fact) is not None,
        settings=_SEARCH,
    )
    assert found is not None
    assert found.last_visit is None or found.last_visit.date < start


def test_1_2_reports_carry_home_facts_stated_in_their_paragraphs_and_a_sector() -> None:
    found = find(
        strategies.reports(schema_version="1.2"),
        lambda report: report.home_facts is not None and report.sector is not None,
        settings=_SEARCH,
    )
    assert found.home_information is not None
    assert found.sector in codelist("sector")


def test_a_secure_home_not_judged_and_a_graded_monitoring_report_are_generated() -> None:
    def not_judged(report: Report) -> bool:
        judgements = getattr(report, "judgements", None)
        return NOT_JUDGED in (
            getattr(judgements, "health", None),
            getattr(judgements, "education_and_learning", None),
        )

    secure = find(strategies.reports("full", "1.2"), not_judged, settings=_SEARCH)
    assert secure.provision_type == "secure_childrens_home"
    monitoring = find(
        strategies.reports("monitoring", "1.2"),
        lambda report: getattr(report, "judgements", None) is not None,
        settings=_SEARCH,
    )
    assert isinstance(monitoring, MonitoringReport)


def test_an_unknown_schema_version_is_refused() -> None:
    with pytest.raises(UnknownSchemaVersion):
        strategies.reports(schema_version="0.9")

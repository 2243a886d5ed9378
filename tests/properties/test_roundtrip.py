"""Generated reports are valid, and JSON ↔ model conversion loses nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspection_schema import strategies
from inspection_schema.converter import structure, unstructure
from inspection_schema.model import REPORT_CLASSES, Report
from inspection_schema.validation import validate

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

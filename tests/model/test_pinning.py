"""Restricting a document to an earlier schema version leaves out what that version lacks."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given

from inspection_schema.model.pinning import restrict_to_version
from inspection_schema.spec.versions import UnknownSchemaVersion, at_least, supported_versions
from inspection_schema.testing import strategies
from inspection_schema.validate.schema_engines import violations
from tests.support import EXAMPLES, load_example


def _secure_home_1_2() -> dict[str, Any]:
    document = load_example(EXAMPLES[0])
    document.update(
        schema_version="1.2",
        provision_type="secure_childrens_home",
        sector="private",
        event_number="10260790",
        home_facts={"registered_places": 3, "age_range": {"minimum": 10, "maximum": 17}},
    )
    document["judgements"].update(education_and_learning="good", health="not_judged")
    return document


def test_each_version_keeps_only_what_it_has() -> None:
    document = _secure_home_1_2()
    as_1_2 = restrict_to_version(document, "1.2")
    assert as_1_2 == document
    as_1_1 = restrict_to_version(document, "1.1")
    assert as_1_1["schema_version"] == "1.1"
    assert as_1_1["event_number"] == "10260790"
    assert "sector" not in as_1_1
    assert "home_facts" not in as_1_1
    assert as_1_1["judgements"]["education_and_learning"] == "good"
    assert "health" not in as_1_1["judgements"], "1.1 cannot say not_judged"
    as_1_0 = restrict_to_version(document, "1.0")
    assert "event_number" not in as_1_0
    assert set(as_1_0["judgements"]) == {
        "overall_experiences_and_progress",
        "helped_and_protected",
        "leaders_and_managers",
    }
    for version, restricted in (("1.0", as_1_0), ("1.1", as_1_1), ("1.2", as_1_2)):
        assert list(restricted)[:2] == ["schema_version", "report_kind"]
        assert list(violations(restricted, version)) == []


def test_the_input_is_left_alone() -> None:
    document = _secure_home_1_2()
    before = copy.deepcopy(document)
    restrict_to_version(document, "1.0")
    assert document == before


def test_an_unknown_version_is_refused() -> None:
    with pytest.raises(UnknownSchemaVersion):
        restrict_to_version(_secure_home_1_2(), "0.9")


@given(document=strategies.report_documents())
def test_a_generated_document_restricted_to_each_version_is_valid_there(
    document: dict[str, Any],
) -> None:
    declared = document["schema_version"]
    for version in supported_versions():
        restricted = restrict_to_version(document, version)
        assert list(violations(restricted, version)) == [], version
        if at_least(version, declared):
            assert restricted == {**document, "schema_version": version}

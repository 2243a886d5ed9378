"""The data files agree with the schemas and the code that read them."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from inspection_schema.spec import patterns
from inspection_schema.spec.codelists import (
    NOT_JUDGED,
    all_codelists,
    codelist,
    extra_areas,
    grades,
    not_judged_areas,
)
from inspection_schema.spec.finding_catalogue import entries
from inspection_schema.spec.regulations import catalogue, quality_standards, regulation_range
from inspection_schema.spec.versions import at_least, load_schema, supported_versions

# Closed codelists and the schema enum that holds the same codes.
CLOSED = {
    "judgement": "AreaJudgement",
    "interim-judgement": "InterimJudgement",
    "judgement-area": "Area",
}
PATTERNS = {
    "Urn": patterns.URN_PATTERN,
    "Code": patterns.CODE_PATTERN,
    "ProvisionId": patterns.PROVISION_PATTERN,
}


@pytest.mark.parametrize("version", supported_versions())
def test_closed_codelists_are_the_schema_enums(version: str) -> None:
    definitions = load_schema(version)["$defs"]
    for name, definition in CLOSED.items():
        listed = {
            entry["code"] for entry in codelist(name).entries if at_least(version, entry["since"])
        }
        assert not codelist(name).open
        assert set(definitions[definition]["enum"]) == listed, (version, name)


@pytest.mark.parametrize("version", supported_versions())
def test_only_the_areas_marked_not_judged_since_refer_to_the_wider_definition(
    version: str,
) -> None:
    schema = load_schema(version)
    secure = "#/$defs/SecureAreaJudgement"
    areas = schema["$defs"]["Judgements"]["properties"]
    wider = {area for area, node in areas.items() if node["$ref"] == secure}
    assert wider == set(not_judged_areas(version))
    if wider:
        # The four grades and Ofsted's 'Not judged' (since 1.2); nothing else refers to it.
        assert schema["$defs"]["SecureAreaJudgement"]["enum"] == [*grades(), NOT_JUDGED]
        assert json.dumps(schema).count(f'"{secure}"') == len(wider)
    else:
        assert "SecureAreaJudgement" not in schema["$defs"]


def test_not_judged_is_an_outcome_code_and_only_extra_areas_may_be_not_judged() -> None:
    assert codelist("outcome").code_for("Not judged") == NOT_JUDGED
    assert not_judged_areas("1.1") == ()
    assert not_judged_areas("1.2") == extra_areas("secure_childrens_home")


@pytest.mark.parametrize("version", supported_versions())
def test_report_kinds_are_the_schema_kinds(version: str) -> None:
    schema = load_schema(version)
    assert schema["properties"]["report_kind"]["enum"] == [
        e["code"] for e in codelist("report-kind").entries
    ]


@pytest.mark.parametrize("version", supported_versions())
def test_shared_patterns_are_the_schema_patterns(version: str) -> None:
    definitions = load_schema(version)["$defs"]
    for name, pattern in PATTERNS.items():
        assert definitions[name]["pattern"] == pattern, name


def test_every_code_is_well_formed_and_listed_once() -> None:
    code = re.compile(patterns.CODE_PATTERN)
    for listed in all_codelists():
        codes = [entry["code"] for entry in listed.entries]
        assert len(codes) == len(set(codes)), listed.name
        assert all(code.match(c) for c in codes), listed.name
        assert all(
            entry["label"] and entry["status"] in {"verified", "unverified"}
            for entry in listed.entries
        )


def test_no_wording_means_two_codes_in_one_codelist() -> None:
    for listed in all_codelists():
        for entry in listed.entries:
            for wording in (entry["label"], *entry.get("variants", ())):
                assert listed.code_for(wording) == entry["code"], (listed.name, wording)


def test_finding_catalogue_entries_are_complete() -> None:
    versions = set(supported_versions())
    for code, item in entries().items():
        assert re.fullmatch(r"[a-z][a-z0-9-]*", code)
        assert item["severity"] in {"error", "warning"}
        assert item["source"] in {"schema", "rule", "outcomes"}
        assert item["title"]
        assert item["description"]
        assert item["since"] in versions, code


def test_regulation_catalogue_is_complete() -> None:
    data: dict[str, Any] = catalogue()
    assert [item["number"] for item in data["regulations"]] == list(range(1, 53))
    assert regulation_range() == (1, 52)
    assert sorted(quality_standards()) == list(range(6, 15))
    assert [schedule["number"] for schedule in data["schedules"]][:4] == [1, 2, 3, 4]
    assert quality_standards()[7] == "The children's views, wishes and feelings standard"

"""A minor version only adds: every document valid under 1.0 is valid under 1.1, unchanged.

Three kinds of evidence: the 1.1 schema differs from 1.0 by additions only (checked
structurally), generated 1.0 documents get exactly the same findings under every 1.x,
and the declared version (or ``--schema-version``) selects the schema.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspection_schema.cli.validate import main as validate_report
from inspection_schema.model.converter import StructureError, structure, unstructure
from inspection_schema.spec.versions import load_schema, supported_versions
from inspection_schema.validate.checker import is_valid, validate
from tests.spec.widening import widening_problems
from tests.support import EXAMPLES, load_example, secure_home_1_1

VERSIONS = supported_versions()
PAIRS = [
    (old, new)
    for old, new in itertools.pairwise(VERSIONS)
    if old.split(".")[0] == new.split(".")[0]
]


# The schema: additions only


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_minor_version_only_adds(old: str, new: str) -> None:
    assert widening_problems(load_schema(old), load_schema(new)) == []


def test_1_1_adds_the_documented_fields() -> None:
    schema = load_schema("1.1")
    assert schema["$id"] == "urn:inspection-schema:report:1.1"
    assert schema["properties"]["schema_version"]["enum"] == ["1.0", "1.1"]
    assert {"education_and_learning", "health"} <= set(schema["$defs"]["Judgements"]["properties"])
    for kind in (
        "FullReport",
        "InterimReport",
        "MonitoringReport",
        "AssuranceReport",
        "EmergencyReport",
    ):
        properties = schema["$defs"][kind]["properties"]
        assert properties["event_number"] == {
            "$ref": "#/$defs/EventNumber",
            "description": "Ofsted's inspection event number (since 1.1).",
        }
        assert properties["publication_date"]["$ref"] == "#/$defs/Date"


# Generated documents: the same findings under every 1.x


def _assert_same_findings_under_every_1x(document: dict[str, Any]) -> None:
    baseline = [f.to_json() for f in validate(document, "1.0")]
    assert is_valid(validate(document, "1.0"))
    for version in VERSIONS:
        if version.startswith("1."):
            for engine in ("fast", "reference"):
                found = [f.to_json() for f in validate(document, version, engine)]
                assert found == baseline, (version, engine, json.dumps(document)[:2000])


def _report_documents() -> st.SearchStrategy[dict[str, Any]]:
    from inspection_schema.testing import strategies

    return strategies.report_documents(schema_version="1.0")


@given(document=st.deferred(_report_documents))
def test_generated_1_0_documents_get_the_same_findings_under_1_1(document: dict[str, Any]) -> None:
    assert document["schema_version"] == "1.0"
    _assert_same_findings_under_every_1x(document)


_OPTIONAL_IN_EXAMPLES = sorted(
    {key for path in EXAMPLES for key in load_example(path)}
    - {
        "schema_version",
        "report_kind",
        "urn",
        "provider",
        "inspection_dates",
        "judgements",
        "summary",
        "inspectors",
    }
)


@st.composite
def _example_variants(draw: st.DrawFn) -> dict[str, Any]:
    """A small local generator: a real report with some optional fields dropped and codes varied.

    It does not depend on :mod:`inspection_schema.testing.strategies`, and it reaches cases the
    semantic rules care about (secure children's homes, other provision types).
    """
    document = load_example(draw(st.sampled_from(EXAMPLES)))
    for key in draw(st.sets(st.sampled_from(_OPTIONAL_IN_EXAMPLES))):
        document.pop(key, None)
    document["provision_type"] = draw(
        st.sampled_from(["childrens_home", "secure_childrens_home", "residential_special_school"])
    )
    if draw(st.booleans()):
        document["urn"] = draw(st.from_regex(r"SC[0-9]{6}", fullmatch=True))
    return document


@given(document=_example_variants())
def test_variants_of_real_1_0_documents_get_the_same_findings_under_1_1(
    document: dict[str, Any],
) -> None:
    _assert_same_findings_under_every_1x(document)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_real_examples_have_no_findings_under_each_version(example: Path, version: str) -> None:
    assert validate(load_example(example), version) == []


# The new fields and rule


def test_a_1_1_document_with_the_new_fields_is_valid_and_round_trips() -> None:
    document = secure_home_1_1(education_and_learning="good", health="outstanding")
    document["event_number"] = "10185961"
    document["publication_date"] = "2021-11-22"
    for engine in ("fast", "reference"):
        assert validate(document, engine=engine) == []
    assert unstructure(structure(document)) == document


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("event_number", "12345", "schema-pattern"),
        ("event_number", 10185961, "schema-type"),
        ("publication_date", "22/11/2021", "schema-format"),
    ],
)
def test_the_new_fields_are_checked(field: str, value: Any, code: str) -> None:
    document = secure_home_1_1(education_and_learning="good", health="good")
    document[field] = value
    for engine in ("fast", "reference"):
        assert [(f.code, f.path) for f in validate(document, engine=engine)] == [
            (code, f"/{field}")
        ]
    with pytest.raises(StructureError):
        structure(document)


def test_a_secure_home_without_its_extra_judgements_gets_warnings() -> None:
    document = secure_home_1_1(education_and_learning="good")
    findings = validate(document)
    assert [(f.code, f.severity, f.path) for f in findings] == [
        ("secure-home-judgements-missing", "warning", "/judgements/health")
    ]
    assert "health" in findings[0].message
    del document["judgements"]["education_and_learning"]
    assert [f.path for f in validate(document)] == [
        "/judgements/education_and_learning",
        "/judgements/health",
    ]


def test_the_secure_home_rule_spares_documents_that_declare_1_0() -> None:
    document = secure_home_1_1()
    document["schema_version"] = "1.0"
    assert validate(document, "1.0") == []
    assert validate(document, "1.1") == []


def test_the_secure_home_rule_ignores_other_homes_and_kinds() -> None:
    document = secure_home_1_1()
    document["provision_type"] = "childrens_home"
    assert validate(document) == []


# The declared version selects the schema; --schema-version overrides


def _write(tmp_path: Path, name: str, document: dict[str, Any]) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def test_the_declared_version_selects_the_schema() -> None:
    document = secure_home_1_1(education_and_learning="good", health="good")
    document["event_number"] = "10185961"
    assert validate(document) == []
    pinned = [(f.code, f.path) for f in validate(document, "1.0")]
    assert ("schema-additional-property", "/event_number") in pinned
    assert ("schema-additional-property", "/judgements/health") in pinned
    assert ("schema-const", "/schema_version") in pinned


def test_cli_examples_are_valid_under_each_version(capsys: pytest.CaptureFixture[str]) -> None:
    for version in ("1.0", "1.1"):
        assert validate_report(["--schema-version", version, *map(str, EXAMPLES)]) == 0
    assert "0 warnings" in capsys.readouterr().out


def test_cli_schema_version_overrides_the_declared_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = secure_home_1_1(education_and_learning="good", health="good")
    document["publication_date"] = "2021-11-22"
    path = _write(tmp_path, "secure.json", document)
    assert validate_report([path]) == 0
    assert validate_report(["--schema-version", "1.1", path]) == 0
    assert validate_report(["--schema-version", "1.0", path]) == 1
    assert "/publication_date" in capsys.readouterr().out


def test_cli_unknown_declared_version_exits_2_listing_the_versions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = {**load_example(EXAMPLES[0]), "schema_version": "9.9"}
    path = _write(tmp_path, "future.json", document)
    assert validate_report([path, str(EXAMPLES[0])]) == 2
    err = capsys.readouterr().err
    assert "'9.9'" in err
    assert ", ".join(VERSIONS) in err


def test_cli_unknown_schema_version_option_exits_2_listing_the_versions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert validate_report(["--schema-version", "9.9", str(EXAMPLES[0])]) == 2
    assert ", ".join(VERSIONS) in capsys.readouterr().err

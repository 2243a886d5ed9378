"""The public pinning API: versions, schemas by version, and validation."""

from __future__ import annotations

import pytest

from inspection_schema import api
from inspection_schema.rules import RULES, applies_to
from inspection_schema.spec import versions
from inspection_schema.spec.registry import registry
from tests.support import EXAMPLES, load_example


def test_versions() -> None:
    versions = api.supported_versions()
    assert versions[:2] == ["1.0", "1.1"]
    assert api.latest_version() == versions[-1]


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_schema_by_version(version: str) -> None:
    schema = api.load_schema(version)
    assert api.schema_id(version) == schema["$id"] == f"urn:inspection-schema:report:{version}"
    assert registry().contents(api.schema_id(version)) == schema


def test_unknown_version_names_the_supported_ones() -> None:
    with pytest.raises(api.UnknownSchemaVersion, match=r"supported: 1\.0, 1\.1"):
        api.load_schema("9.9")
    with pytest.raises(api.UnknownSchemaVersion):
        api.validate(load_example(EXAMPLES[0]), "2.0")


def test_validate_pins_or_follows_the_declaration() -> None:
    document = load_example(EXAMPLES[0])
    assert api.validate(document) == []
    assert api.validate(document, "1.0") == api.validate(document, schema_version="1.1") == []
    document["event_number"] = "10185961"
    assert [f.code for f in api.validate(document, "1.0")] == ["schema-additional-property"]
    assert api.is_valid(api.validate(document, "1.1"))


def test_versions_compare_by_number_not_by_text() -> None:
    assert versions.parse("1.10") == (1, 10)
    assert versions.at_least("1.10", "1.9")
    assert not versions.at_least("1.9", "1.10")
    assert sorted(["1.10", "2.0", "1.9"], key=versions.order) == ["1.9", "1.10", "2.0"]


@pytest.mark.parametrize("text", ["1", "1.0.1", "v1.0", "", None, 1.0])
def test_anything_but_major_minor_is_not_a_version(text: object) -> None:
    assert versions.parse(text) is None
    if isinstance(text, str):
        with pytest.raises(ValueError, match=r"MAJOR\.MINOR"):
            versions.order(text)


@pytest.mark.parametrize(
    ("declared", "checked"),
    [("1.0", False), ("1.1", True), ("1.10", True), (None, True), ("x", True)],
)
def test_a_rule_checks_documents_declaring_its_version_or_later(
    declared: object, checked: bool
) -> None:
    newer = next(rule for rule in RULES.values() if rule.since == "1.1")
    assert applies_to(newer, declared) is checked

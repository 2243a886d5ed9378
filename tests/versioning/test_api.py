"""The public pinning API: versions, schemas by version, and validation."""

from __future__ import annotations

import pytest

from inspection_schema import api
from inspection_schema.registry import registry

from .conftest import EXAMPLES, load_example


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

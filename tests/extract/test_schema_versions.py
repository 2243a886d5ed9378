"""The extractor writes the schema version asked for, leaving out what that version lacks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from inspection_schema.extract import api
from inspection_schema.model.converter import unstructure
from inspection_schema.spec.versions import UnknownSchemaVersion, supported_versions
from inspection_schema.validate.schema_engines import violations
from tests.support import EXAMPLE_NAMES, REPORTS, load_example


def _without_provenance(instance: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in instance.items() if key != "provenance"}


@pytest.mark.parametrize("version", supported_versions())
@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_each_version_asked_for_is_the_version_written(
    name: str, version: str, load_report: Any
) -> None:
    report = api.extract_text(load_report(name), schema_version=version)
    instance = unstructure(report)
    assert instance["schema_version"] == version
    assert list(violations(instance, version)) == []


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_pinned_to_1_0_the_real_reports_give_their_1_0_instances(
    name: str, load_report: Any
) -> None:
    report = api.extract_text(load_report(name), schema_version="1.0")
    assert _without_provenance(unstructure(report)) == load_example(name)


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_every_entry_point_takes_the_version(name: str) -> None:
    path = REPORTS / f"{name}.txt"
    for version in supported_versions():
        assert api.extract_path(path, schema_version=version).schema_version == version
        assert api.extract_instance(path, schema_version=version)["schema_version"] == version


def test_an_unknown_version_is_refused_before_the_input_is_read(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(UnknownSchemaVersion, match=r"supported: 1\.0"):
        api.extract_path(missing, schema_version="0.9")
    with pytest.raises(UnknownSchemaVersion):
        api.extract_text("", schema_version="2.0")
    with pytest.raises(UnknownSchemaVersion):
        api.extract_pdf_bytes(b"", schema_version="1")

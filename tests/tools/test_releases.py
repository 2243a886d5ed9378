"""The release recorder and checker, on a copy of the schemas folder."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest

from tests.support import SCHEMAS
from tools.releases import (
    read_releases,
    record,
    release_problems,
    released_versions,
    version_folders,
)


@pytest.fixture
def schemas_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, copy)
    return copy


def _newest_released(schemas: Path) -> str:
    """Remove the draft version folder, if there is one; the newest released version."""
    released = released_versions(read_releases(schemas))
    for version in version_folders(schemas):
        if version not in released:
            shutil.rmtree(schemas / version)
    return version_folders(schemas)[-1]


def test_checker_notices_a_changed_file(schemas_copy: Path) -> None:
    path = schemas_copy / "1.0" / "report.schema.json"
    path.write_bytes(path.read_bytes().replace(b'"minLength": 1', b'"minLength": 2', 1))
    assert release_problems(schemas_copy) == [
        (
            "1.0/report.schema.json has changed since its release on "
            f"{read_releases(schemas_copy)['files'][0]['released']}: released files never change "
            "(add a new version instead)"
        )
    ]


def test_checker_notices_a_missing_file(schemas_copy: Path) -> None:
    (schemas_copy / "1.0" / "report.schema.json").unlink()
    assert release_problems(schemas_copy) == [
        "1.0/report.schema.json is recorded as released but is missing"
    ]


def test_checker_allows_one_newest_draft_only(schemas_copy: Path) -> None:
    newest = _newest_released(schemas_copy)
    major, minor = newest.split(".")
    for step in (1, 2):
        draft = schemas_copy / f"{major}.{int(minor) + step}"
        draft.mkdir()
        shutil.copy(schemas_copy / newest / "report.schema.json", draft / "report.schema.json")
        if step == 1:
            assert release_problems(schemas_copy) == []
    assert release_problems(schemas_copy) == [
        (
            f"more than one draft version ({major}.{int(minor) + 1}, {major}.{int(minor) + 2}): "
            "release all but the newest"
        )
    ]


def test_checker_notices_an_unrecorded_file_in_a_released_version(schemas_copy: Path) -> None:
    shutil.copy(
        schemas_copy / "1.0" / "report.schema.json", schemas_copy / "1.0" / "extra.schema.json"
    )
    assert release_problems(schemas_copy) == [
        "1.0/extra.schema.json is in released version 1.0 but is not recorded"
    ]


def test_record_adds_a_draft_to_the_releases(schemas_copy: Path) -> None:
    newest = _newest_released(schemas_copy)
    major, minor = newest.split(".")
    draft_version = f"{major}.{int(minor) + 1}"
    draft = schemas_copy / draft_version
    draft.mkdir()
    shutil.copy(schemas_copy / newest / "report.schema.json", draft / "report.schema.json")
    added = record(draft_version, datetime.date(2030, 1, 2), schemas_copy)
    assert added == [f"{draft_version}/report.schema.json"]
    assert draft_version in released_versions(read_releases(schemas_copy))
    assert record(draft_version, datetime.date(2030, 1, 2), schemas_copy) == []
    assert release_problems(schemas_copy) == []

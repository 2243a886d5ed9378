"""Released schema files never change, and every version folder is released or the one draft."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from inspection_schema.releases import (
    read_releases,
    record,
    release_problems,
    released_versions,
    sha256_of,
    version_folders,
)
from inspection_schema.resources import schemas_dir
from inspection_schema.versions import schema_id, supported_versions

from .conftest import REPO

SCHEMAS = REPO / "schemas"
RELEASES: dict[str, Any] = json.loads((SCHEMAS / "releases.json").read_text(encoding="utf-8"))
RECORDED = RELEASES["files"]


@pytest.mark.parametrize("item", RECORDED, ids=[item["path"] for item in RECORDED])
def test_released_file_is_present_and_unchanged(item: dict[str, Any]) -> None:
    path = SCHEMAS / item["path"]
    assert path.is_file(), f"released file {item['path']} is missing"
    assert sha256_of(path) == item["sha256"], (
        f"{item['path']} changed after its release on {item['released']}: released schema files "
        "never change; put the change in a new version (see CONTRIBUTING.md)"
    )


@pytest.mark.parametrize("item", RECORDED, ids=[item["path"] for item in RECORDED])
def test_released_file_records_its_id_and_date(item: dict[str, Any]) -> None:
    contents = json.loads((SCHEMAS / item["path"]).read_text(encoding="utf-8"))
    assert item["id"] == contents["$id"]
    datetime.date.fromisoformat(item["released"])
    folder, _, name = item["path"].partition("/")
    if name == "report.schema.json":
        assert contents["$id"] == schema_id(folder)


def test_the_repository_and_the_package_agree() -> None:
    assert release_problems(SCHEMAS) == []
    assert release_problems(schemas_dir()) == []


def test_every_version_folder_is_released_except_at_most_the_newest() -> None:
    folders = version_folders(SCHEMAS)
    released = released_versions(RELEASES)
    drafts = [folder for folder in folders if folder not in released]
    assert set(released) <= set(folders)
    assert len(drafts) <= 1, f"more than one draft: {drafts}"
    assert not drafts or drafts[0] == folders[-1], f"draft {drafts[0]} is not the newest version"
    assert folders == supported_versions()


def test_1_0_and_1_1_are_released() -> None:
    assert {"1.0", "1.1"} <= set(released_versions(RELEASES))


def test_each_file_is_recorded_once_and_releases_are_in_version_order() -> None:
    paths = [item["path"] for item in RECORDED]
    assert len(paths) == len(set(paths))
    dates = {
        item["path"].split("/")[0]: item["released"] for item in RECORDED if "/" in item["path"]
    }
    in_order = [dates[v] for v in released_versions(RELEASES)]
    assert in_order == sorted(in_order)


# The checker itself, on a copy of the schemas folder


@pytest.fixture
def schemas_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, copy)
    return copy


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
    newest = version_folders(schemas_copy)[-1]
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
    newest = version_folders(schemas_copy)[-1]
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

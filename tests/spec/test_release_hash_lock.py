"""The release hash lock: released schema files match ``schemas/releases.json``.

A released schema file never changes. Every file recorded in ``schemas/releases.json``
must be present with the recorded SHA-256, and every version folder is released or is the
one draft (the newest).
"""

from __future__ import annotations

import datetime
import hashlib
import json
from typing import Any

import pytest

from inspection_schema.spec.resources import schemas_dir
from inspection_schema.spec.versions import schema_id, supported_versions
from tests.support import SCHEMAS
from tools.releases import release_problems, released_versions, version_folders

RELEASES: dict[str, Any] = json.loads((SCHEMAS / "releases.json").read_text(encoding="utf-8"))
RECORDED = RELEASES["files"]


@pytest.mark.parametrize("item", RECORDED, ids=[item["path"] for item in RECORDED])
def test_released_file_is_present_and_unchanged(item: dict[str, Any]) -> None:
    path = SCHEMAS / item["path"]
    assert path.is_file(), f"released file {item['path']} is missing"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == item["sha256"], (
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

"""The package version names the newest schema version the package ships.

A package release that ships a new schema minor is a package minor release with the same
MAJOR.MINOR, so a downstream pin such as ``inspection-schema>=1.2,<2`` selects a package
that knows schema 1.2.
"""

from __future__ import annotations

import tomllib

from inspection_schema import __version__
from inspection_schema.spec.versions import latest_version
from tests.support import REPO


def test_pyproject_and_the_module_give_one_version() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__


def test_the_package_major_minor_is_the_newest_schema_version() -> None:
    major, minor, patch = __version__.split(".")
    assert f"{major}.{minor}" == latest_version()
    assert patch.isdigit()

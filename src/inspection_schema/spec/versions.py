"""Schema versions: which are shipped, their identifiers, and loading one by version.

Every released version lives in ``schemas/<MAJOR.MINOR>/report.schema.json`` and
never changes. Loading reads package data only; it never touches the network.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from inspection_schema.spec.resources import load_json, schemas_dir

_VERSION = re.compile(r"^[0-9]+\.[0-9]+$")


class UnknownSchemaVersion(ValueError):
    """A schema version this package does not ship."""

    def __init__(self, version: object) -> None:
        self.version = version
        supported = ", ".join(supported_versions())
        super().__init__(f"unknown schema version {version!r} (supported: {supported})")


def parse(version: object) -> tuple[int, int] | None:
    """The ``(major, minor)`` numbers of a ``MAJOR.MINOR`` version; ``None`` for anything else."""
    if not isinstance(version, str) or not _VERSION.match(version):
        return None
    major, minor = version.split(".")
    return int(major), int(minor)


def order(version: str) -> tuple[int, int]:
    """A sort key putting ``MAJOR.MINOR`` versions oldest first.

    Raises ``ValueError`` for anything that is not a version.
    """
    numbers = parse(version)
    if numbers is None:
        raise ValueError(f"not a MAJOR.MINOR version: {version!r}")
    return numbers


@cache
def _versions() -> tuple[str, ...]:
    found = [
        entry.name
        for entry in schemas_dir().iterdir()
        if parse(entry.name) is not None and (entry / "report.schema.json").is_file()
    ]
    return tuple(sorted(found, key=order))


def at_least(version: str, minimum: str) -> bool:
    """Whether ``version`` is ``minimum`` or a later version (both ``MAJOR.MINOR``)."""
    return order(version) >= order(minimum)


def supported_versions() -> list[str]:
    """The schema versions this package ships, oldest first."""
    return list(_versions())


def latest_version() -> str:
    """The newest schema version this package ships."""
    return _versions()[-1]


def schema_id(version: str) -> str:
    """The ``$id`` of a schema version, e.g. ``urn:inspection-schema:report:1.0``."""
    return f"urn:inspection-schema:report:{check_version(version)}"


def check_version(version: object) -> str:
    """Return ``version`` if this package ships it; raise :class:`UnknownSchemaVersion` if not."""
    if isinstance(version, str) and version in _versions():
        return version
    raise UnknownSchemaVersion(version)


def load_schema(version: str) -> dict[str, Any]:
    """The report schema of one version, as a dict (shared: do not modify it)."""
    return load_json(f"{check_version(version)}/report.schema.json")  # type: ignore[no-any-return]

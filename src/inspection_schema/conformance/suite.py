"""Where the conformance suite is, and which schema versions it has cases for.

The suite ships inside the package (``inspection_schema/conformance/suite``), so an
installed package can run it with no checkout; in a source checkout it is the top-level
``conformance/`` folder. A suite is any folder laid out the same way (``--suite``).
"""

from __future__ import annotations

from pathlib import Path

from inspection_schema.spec.versions import parse

__all__ = ["CASE_FILE_SCHEMA", "KINDS", "default_suite", "inside", "suite_versions"]

CASE_FILE_SCHEMA = "case-file.schema.json"
KINDS = ("validation", "extraction")
"""The kinds of case, each in a folder of its version's folder."""

_PACKAGE = Path(__file__).resolve().parent


def default_suite() -> Path:
    """The suite shipped with the package, or the checkout's ``conformance/`` folder."""
    shipped = _PACKAGE / "suite"
    if (shipped / CASE_FILE_SCHEMA).is_file():
        return shipped
    return _PACKAGE.parents[2] / "conformance"


def suite_versions(suite: Path) -> list[str]:
    """The schema versions the suite has a folder for, oldest first."""
    try:
        entries = list(suite.iterdir())
    except OSError:
        return []
    found = [
        (numbers, entry.name)
        for entry in entries
        if (numbers := parse(entry.name)) is not None and entry.is_dir()
    ]
    return [name for _, name in sorted(found)]


def inside(suite: Path, path: Path) -> bool:
    """Whether ``path`` (symbolic links followed) lies inside the suite's folder."""
    try:
        return path.resolve().is_relative_to(suite.resolve())
    except (OSError, RuntimeError):  # a symbolic-link loop
        return False

"""The one shape of every problem validation reports, and JSON Pointer helpers.

A finding about a document read from a spreadsheet also has a :class:`Location`: the sheet,
row and column its value was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from inspection_schema.bounded_memo import BoundedMemo
from inspection_schema.spec.finding_catalogue import severity


class _Missing:
    """The marker of an absent ``expected`` or ``found``: one instance, kept so by pickling."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<missing>"

    def __reduce__(self) -> str:
        return "_MISSING"


_MISSING: Any = _Missing()


@dataclass(frozen=True, slots=True)
class Location:
    """Where in a spreadsheet a value was read from: sheet (or CSV file), row, column."""

    sheet: str
    row: int
    column: str | None = None
    """The column's letters, as a spreadsheet program shows them."""
    heading: str | None = None
    """The column's heading."""

    def describe(self) -> str:
        """``sheet requirements, row 3, column F (requirements/due_date)``."""
        place = self.sheet if self.sheet.endswith(".csv") else f"sheet {self.sheet}"
        words = f"{place}, row {self.row}"
        if self.column is not None:
            words += f", column {self.column}"
            if self.heading:
                words += f" ({self.heading})"
        return words

    def to_json(self) -> dict[str, Any]:
        """The location as it appears in the JSON report (format 1.1)."""
        data: dict[str, Any] = {"sheet": self.sheet, "row": self.row}
        if self.column is not None:
            data["column"] = self.column
        if self.heading is not None:
            data["heading"] = self.heading
        return data


class Locator(Protocol):
    """Finds where the value at a JSON Pointer was read from."""

    def locate(self, pointer: str) -> Location | None:
        """The location of ``pointer``'s value, or ``None``."""


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem in a document: a catalogued code, its severity, where, and what is wrong."""

    code: str
    severity: str
    path: str
    message: str
    expected: Any = field(default=_MISSING, compare=False)
    found: Any = field(default=_MISSING, compare=False)
    hint: str | None = field(default=None, compare=False)
    location: Location | None = field(default=None, compare=False)
    """Where a document read from a spreadsheet had the value."""

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_json(self) -> dict[str, Any]:
        """The finding as it appears in the JSON report."""
        data: dict[str, Any] = {
            "code": self.code,
            "severity": self.severity,
            "path": self.path,
            "message": self.message,
        }
        if self.expected is not _MISSING:
            data["expected"] = self.expected
        if self.found is not _MISSING:
            data["found"] = self.found
        if self.hint is not None:
            data["hint"] = self.hint
        if self.location is not None:
            data["location"] = self.location.to_json()
        return data


def make_finding(
    code: str,
    path: str,
    message: str,
    *,
    expected: Any = _MISSING,
    found: Any = _MISSING,
    hint: str | None = None,
) -> Finding:
    """A finding whose severity comes from the catalogue."""
    return Finding(code, severity(code), path, message, expected, found, hint)


def pointer(*parts: str | int) -> str:
    """An RFC 6901 JSON Pointer from path segments."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


_AS_WRITTEN = {"urn": "URN", "sha256": "SHA-256"}
"""Words of field names that Ofsted (or everyone) writes otherwise than in lower case."""


@BoundedMemo  # a batch's failing documents break at the same pointers
def describe_path(path: str) -> str:
    """A JSON Pointer in words.

    ``/requirements/2/due_date`` → ``requirements item 3 › due date``; ``/urn`` → ``URN``.
    """
    if not path:
        return "the document"
    words: list[str] = []
    for raw in path.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if part.isdigit():
            words[-1:] = [f"{words[-1] if words else 'item'} item {int(part) + 1}"]
        else:
            words.append(" ".join(_AS_WRITTEN.get(word, word) for word in part.split("_")))
    return " › ".join(words)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Findings without repeats (same code and path), ordered by path then code."""
    if len(findings) < 2:  # most documents: nothing to sort
        return list(findings)
    unique = {(f.path, f.code): f for f in reversed(findings)}
    return sorted(unique.values(), key=_sort_key)


PathKey = tuple[tuple[int, int | str], ...]


@BoundedMemo
def _path_key(path: str) -> PathKey:
    """A pointer's sort key: numbers in number order, before names."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in path.split("/")[1:])


def _sort_key(finding: Finding) -> tuple[PathKey, str]:
    return _path_key(finding.path), finding.code

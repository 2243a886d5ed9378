"""The one shape of every problem validation reports, and JSON Pointer helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from inspection_schema.spec.finding_catalogue import severity

_MISSING: Any = object()


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


def describe_path(path: str) -> str:
    """A JSON Pointer in words.

    ``/requirements/2/due_date`` → ``requirements item 3 › due date``.
    """
    if not path:
        return "the document"
    words: list[str] = []
    for raw in path.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if part.isdigit():
            words[-1:] = [f"{words[-1] if words else 'item'} item {int(part) + 1}"]
        else:
            words.append(part.replace("_", " "))
    return " › ".join(words)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Findings without repeats (same code and path), ordered by path then code."""
    unique = {(f.path, f.code): f for f in reversed(findings)}
    return sorted(unique.values(), key=lambda f: (_path_key(f.path), f.code))


def _path_key(path: str) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in path.split("/")[1:])

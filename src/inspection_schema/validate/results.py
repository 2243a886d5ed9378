"""What checking one document gives: valid, invalid or unreadable, with its findings.

:class:`DocumentResult` is the library's answer for one document (one file, one JSON Lines
line or standard input); :class:`Problem` says why a document could not be checked at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from inspection_schema.validate.findings import Finding

Status = Literal["valid", "invalid", "unreadable"]


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a document could not be checked: a stable code and a one-line message."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """The outcome for one document: its status, the version it was checked against, findings.

    An unreadable document has a :attr:`problem` and no findings.
    """

    source: str
    line: int | None
    status: Status
    schema_version: str | None = None
    findings: list[Finding] = field(default_factory=list)
    problem: Problem | None = None

    @property
    def location(self) -> str:
        """``source``, or ``source:line`` for a line of a JSON Lines input."""
        return self.source if self.line is None else f"{self.source}:{self.line}"

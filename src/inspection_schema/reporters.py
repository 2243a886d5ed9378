"""Reporters: how validation results are shown. Text for people, JSON for programs.

Both take results one at a time and write as they go, so a large JSON Lines run
never holds every result in memory. The JSON report's structure is published as
``schemas/findings-report.schema.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Protocol, TextIO

from inspection_schema import __version__
from inspection_schema.findings import Finding

REPORT_FORMAT = "1.0"


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome for one document: valid, invalid or unreadable, with its findings."""

    source: str
    line: int | None
    status: str
    schema_version: str | None = None
    findings: list[Finding] = field(default_factory=list)
    problem_code: str | None = None
    problem_message: str | None = None

    @property
    def location(self) -> str:
        return self.source if self.line is None else f"{self.source}:{self.line}"


@dataclass
class Summary:
    """Counts over a whole run."""

    documents: int = 0
    valid: int = 0
    invalid: int = 0
    unreadable: int = 0
    errors: int = 0
    warnings: int = 0

    def add(self, result: Result) -> None:
        self.documents += 1
        setattr(self, result.status, getattr(self, result.status) + 1)
        self.errors += sum(f.is_error for f in result.findings)
        self.warnings += sum(not f.is_error for f in result.findings)


class Reporter(Protocol):
    """Receives each result as it is ready, then the summary."""

    def document(self, result: Result) -> None: ...

    def finish(self, summary: Summary) -> None: ...


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class TextReporter:
    """One line per document, one indented line per finding, and a closing summary."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def document(self, result: Result) -> None:
        if result.status == "unreadable":
            return
        errors = sum(f.is_error for f in result.findings)
        warnings = len(result.findings) - errors
        counts = (
            f" ({_plural(errors, 'error')}, {_plural(warnings, 'warning')})"
            if result.findings
            else ""
        )
        self.out.write(f"{result.location}: {result.status}{counts}\n")
        for finding in result.findings:
            where = finding.path or "/"
            self.out.write(f"  {finding.severity} {finding.code} at {where}: {finding.message}\n")

    def finish(self, summary: Summary) -> None:
        self.out.write(
            f"{_plural(summary.documents, 'document')}: {summary.valid} valid, "
            f"{summary.invalid} invalid, "
            f"{summary.unreadable} unreadable ({_plural(summary.errors, 'error')}, "
            f"{_plural(summary.warnings, 'warning')})\n"
        )


class JsonReporter:
    """The JSON report, written incrementally as one JSON object."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0
        tool = {"name": "validate-report", "version": __version__}
        head = json.dumps({"report_format": REPORT_FORMAT, "tool": tool})
        self.out.write(head[:-1] + ', "documents": [')

    def document(self, result: Result) -> None:
        entry: dict[str, Any] = {"source": result.source}
        if result.line is not None:
            entry["line"] = result.line
        entry["status"] = result.status
        if result.schema_version is not None:
            entry["schema_version"] = result.schema_version
        entry["findings"] = [f.to_json() for f in result.findings]
        if result.problem_code is not None:
            entry["problem"] = {"code": result.problem_code, "message": result.problem_message}
        self.out.write(
            ("\n  " if self.count == 0 else ",\n  ")
            + json.dumps(entry, ensure_ascii=False, default=str)
        )
        self.count += 1

    def finish(self, summary: Summary) -> None:
        counts = {
            "documents": summary.documents,
            "valid": summary.valid,
            "invalid": summary.invalid,
            "unreadable": summary.unreadable,
            "errors": summary.errors,
            "warnings": summary.warnings,
        }
        self.out.write(f'\n], "summary": {json.dumps(counts)}}}\n')


REPORTERS = {"text": TextReporter, "json": JsonReporter}

"""The text report, for people: one line per document, one indented line per finding."""

from __future__ import annotations

from typing import TextIO

from inspection_schema.validate.reporters.base import Summary, plural
from inspection_schema.validate.results import DocumentResult


class TextReporter:
    """One line per document, one indented line per finding, and a closing summary.

    Unreadable documents are left to standard error, where the command names them.
    """

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def document(self, result: DocumentResult) -> None:
        if result.status == "unreadable":
            return
        errors = sum(f.is_error for f in result.findings)
        warnings = len(result.findings) - errors
        counts = (
            f" ({plural(errors, 'error')}, {plural(warnings, 'warning')})"
            if result.findings
            else ""
        )
        self.out.write(f"{result.location}: {result.status}{counts}\n")
        for finding in result.findings:
            where = finding.path or "/"
            if finding.location is not None:
                where += f" in {finding.location.describe()}"
            self.out.write(f"  {finding.severity} {finding.code} at {where}: {finding.message}\n")

    def finish(self, summary: Summary) -> None:
        self.out.write(
            f"{plural(summary.documents, 'document')}: {summary.valid} valid, "
            f"{summary.invalid} invalid, "
            f"{summary.unreadable} unreadable ({plural(summary.errors, 'error')}, "
            f"{plural(summary.warnings, 'warning')})\n"
        )

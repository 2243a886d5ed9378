"""The text report, for people: one line per document, one indented line per finding.

Every line stays one line: a line break or other control character in a file name, a
document's key (which JSON Pointers and messages quote) or a value is written escaped
(``\\n``), so a document cannot forge a line of the report.
"""

from __future__ import annotations

from typing import TextIO

from inspection_schema.reading import one_line, shown_name
from inspection_schema.validate.reporters.base import Summary, plural, severities, stream_of
from inspection_schema.validate.results import DocumentResult


class TextReporter:
    """One line per document, one indented line per finding, and a closing summary.

    Unreadable documents are left to standard error, where the command names them.
    """

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out

    def render(self, result: DocumentResult) -> str:
        if result.status == "unreadable":
            return ""
        errors, warnings = severities(result)
        counts = (
            f" ({plural(errors, 'error')}, {plural(warnings, 'warning')})"
            if result.findings
            else ""
        )
        lines = [f"{shown_name(result.location)}: {result.status}{counts}\n"]
        for finding in result.findings:
            where = one_line(finding.path or "/")
            if finding.location is not None:
                where += f" in {one_line(finding.location.describe())}"
            message = one_line(finding.message)
            lines.append(f"  {finding.severity} {finding.code} at {where}: {message}\n")
        return "".join(lines)

    def write(self, text: str) -> None:
        stream_of(self.out).write(text)

    def finish(self, summary: Summary) -> None:
        stream_of(self.out).write(
            f"{plural(summary.documents, 'document')}: {summary.valid} valid, "
            f"{summary.invalid} invalid, "
            f"{summary.unreadable} unreadable ({plural(summary.errors, 'error')}, "
            f"{plural(summary.warnings, 'warning')})\n"
        )
